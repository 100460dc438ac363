"""Read an article: a plain-text scrape or an HTML page, from a file or a URL."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Document
from .encoding import decode
from .html import read_html

MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def looks_like_html(data: bytes) -> bool:
    head = data.lstrip()[:512].lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head


def read_document(source: str | Path) -> Document:
    """Read a file or URL into a Document, refusing missing, empty, binary or unreadable input."""
    if isinstance(source, str) and is_url(source):
        from .fetch import fetch  # urllib and http.client: only when there is something to fetch

        page = fetch(source)
        if not page.data.strip():
            raise InputError(f"{source}: the page is empty")
        return read_html(page.data, source, url=page.url, header_charset=page.charset)
    p = Path(source)
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
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    if p.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        return read_html(data, str(p))
    text = decode(data, str(p))
    if not text.strip():
        raise InputError(f"{p}: the file is empty")
    return Document(source=str(p), text=text)
