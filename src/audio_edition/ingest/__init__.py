"""Read an input into a Document: bytes, encoding, Unicode NFC."""

from __future__ import annotations

from .read import read_document

__all__ = ["read_document"]
