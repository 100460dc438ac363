"""Names from headlines and titles: ASCII, lower case, safe on every file system."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_CHARS = 80


def slugify(text: str, limit: int = MAX_SLUG_CHARS) -> str:
    """`text` as a file name: ASCII, lower case, words joined by hyphens, at most `limit` long."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[: limit + 1].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug or "article"
