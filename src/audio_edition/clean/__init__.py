"""Drop site chrome from an article's text."""

from __future__ import annotations

from .rules import RULES, Draft, clean

__all__ = ["RULES", "Draft", "clean"]
