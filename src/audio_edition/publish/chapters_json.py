"""Podcasting 2.0 JSON chapters (version 1.2.0), served as application/json+chapters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Chapter

VERSION = "1.2.0"
MEDIA_TYPE = "application/json+chapters"


def chapters_document(chapters: Sequence[Chapter]) -> dict[str, Any]:
    """Podcasting 2.0 chapters (version 1.2.0) as a JSON document."""
    return {
        "version": VERSION,
        "chapters": [{"startTime": c.start_ms / 1000, "endTime": c.end_ms / 1000, "title": c.title} for c in chapters],
    }
