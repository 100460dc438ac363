"""Read an article file (a plain-text scrape) into a Document."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Document
from .encoding import decode

MAX_BYTES = 5 * 1024 * 1024


def read_document(path: str | Path) -> Document:
    """Read `path` into a Document, refusing missing, empty, binary or unreadable files."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: {size} bytes is too large for one article (limit {MAX_BYTES})")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    text = decode(data, str(p))
    if not text.strip():
        raise InputError(f"{p}: the file is empty")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        raise InputError(
            f"{p}: HTML pages are not supported yet",
            hint="save the page as plain text (select all, copy, paste into a .txt file)",
        )
    return Document(source=str(p), text=text)
