"""Canonical JSON: sorted keys, UTF-8, two-space indent, trailing newline."""

from __future__ import annotations

import json
from typing import Any


def dumps(data: Any) -> bytes:
    """`data` as canonical JSON: sorted keys, UTF-8, a trailing newline."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")
