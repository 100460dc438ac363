"""File names from headlines: ASCII, lower case, safe on every file system."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

MAX_SLUG_CHARS = 80


def slugify(text: str, limit: int = MAX_SLUG_CHARS) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[: limit + 1].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug or "article"


# Names the channel's own files use (feed.xml, feed.json, cover.jpg, index.html): no episode takes them.
RESERVED = frozenset({"feed", "cover", "index"})


def claim_slug(out_dir: Path, slug: str, source: str, taken: set[str] | None = None) -> str:
    """`slug`, or `slug-2`, `slug-3`...: the first that is not reserved, not in `taken`, and not
    the name of another source's episode in `out_dir` (an episode of the same source is rebuilt
    under its old name)."""
    taken = taken or set()
    for n in range(1, 1000):
        candidate = slug if n == 1 else f"{slug}-{n}"
        if candidate in RESERVED or candidate in taken:
            continue
        manifest = out_dir / f"{candidate}.json"
        if not manifest.exists():
            return candidate
        try:
            owner = json.loads(manifest.read_text(encoding="utf-8")).get("source")
        except (OSError, ValueError, AttributeError):
            owner = None
        if isinstance(owner, str) and _same_source(owner, source):
            return candidate
    raise RuntimeError(f"no free name for {slug!r} in {out_dir}")


def _same_source(a: str, b: str) -> bool:
    """The same article: the same URL, or the same file however its path was written."""
    if a == b:
        return True
    if "://" in a or "://" in b:
        return False
    return Path(a).resolve() == Path(b).resolve() or Path(a).name == Path(b).name
