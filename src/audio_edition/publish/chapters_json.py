"""Podcasting 2.0 JSON chapters (version 1.2.0), served as application/json+chapters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Chapter

VERSION = "1.2.0"
MEDIA_TYPE = "application/json+chapters"


def chapters_document(chapters: Sequence[Chapter], urls: Sequence[str | None] = ()) -> dict[str, Any]:
    """Podcasting 2.0 chapters (version 1.2.0) as a JSON document; `urls`, one per chapter where
    given, link a chapter to a web page (an edition's article to its source)."""
    links = list(urls) + [None] * (len(chapters) - len(urls))
    return {
        "version": VERSION,
        "chapters": [
            {
                "startTime": c.start_ms / 1000,
                "endTime": c.end_ms / 1000,
                "title": c.title,
                **({"url": url} if url else {}),
            }
            for c, url in zip(chapters, links)
        ],
    }
