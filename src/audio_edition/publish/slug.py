"""File names from headlines: ASCII, lower case, safe on every file system."""

from __future__ import annotations

from pathlib import Path

from ..text.slug import MAX_SLUG_CHARS, slugify
from .manifest import read as read_manifest

__all__ = ["MAX_SLUG_CHARS", "RESERVED", "claim_slug", "slugify"]

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
        found = read_manifest(manifest)
        owner = found.source if found is not None else None
        if owner is not None and _same_source(owner, source):
            return candidate
    raise RuntimeError(f"no free name for {slug!r} in {out_dir}")


def _same_source(a: str, b: str) -> bool:
    """The same article: the same URL, or the same file however its path was written."""
    if a == b:
        return True
    if "://" in a or "://" in b:
        return False
    return Path(a).resolve() == Path(b).resolve() or Path(a).name == Path(b).name
