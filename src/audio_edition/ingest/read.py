"""Read an article: a plain-text scrape or an HTML page, from a file or a URL."""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .encoding import decode
from .html import read_html

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_url(text: str) -> bool:
    """Whether `text` is an http(s) address rather than a file name."""
    return text.startswith(("http://", "https://"))


def looks_like_html(data: bytes) -> bool:
    """Whether a file's first bytes are an HTML page's."""
    head = data.lstrip()[:512].lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head


def read_document(source: str | Path) -> Document:
    """Read a file or URL into a Document, refusing missing, empty, binary or unreadable input."""
    if isinstance(source, str) and is_url(source):
        from .fetch import fetch  # the HTTP client: only when there is something to fetch

        page = fetch(source)
        if not page.data.strip():
            raise InputError(f"{source}: the page is empty")
        document = read_html(page.data, source, url=page.url, header_charset=page.charset)
        warn_replacement_characters(document.text, source)
        return document
    p = Path(source)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article file")
    if not p.is_file():  # a FIFO would block forever, /dev/zero would never end
        raise InputError(f"{p}: is not a regular file (a pipe, a device or a socket), not an article file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: {size} bytes is too large for one article (limit {MAX_BYTES})")
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"{p}: too large for one article (limit {MAX_BYTES} bytes)")
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    if p.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        document = read_html(data, str(p))
        warn_replacement_characters(document.text, str(p))
        return document
    text = decode(data, str(p))
    if not text.strip():
        raise InputError(f"{p}: the file is empty")
    warn_replacement_characters(text, str(p))
    return Document(source=str(p), text=text)


def warn_replacement_characters(text: str, source: str) -> None:
    """U+FFFD marks text a converter could not read: what it stood for is lost, and is not spoken."""
    count = text.count("\ufffd")
    if count:
        log.warning(
            "%s: %d character(s) were lost in an earlier conversion (shown as \ufffd) and will not be read; "
            "a copy in its original encoding would read better",
            source,
            count,
        )
