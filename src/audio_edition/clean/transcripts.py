"""A document site's transcript of a file's pages: the page numbers it prints before each page's first words ("1
HƯỚNG DẪN DU HỌC ...", "2 SỨC HẤP DẪN ...") and its page headers ("Page 2: <the file's name>") are not read, nor who
uploaded the file ("Upload: guitardamme")."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_LABEL = frozenset({"transcription", "transcript"})
_LABEL_REACH = 10
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=[A-ZĐÀ-Ỹ]{2})")
_PAGE_HEADER = re.compile(r"(?i:page|trang) \d{1,4}: .{1,80}")
_UPLOADER = re.compile(r"(?i:upload|uploaded by|người đăng|người tải lên)\s*: \S+")


def drop_transcript_page_numbers(d: Draft) -> Draft:
    """Under a "Transcription" label near the top, each block's opening page number goes, and each page's header;
    the uploader's line above the label goes too."""
    label = next((i for i, b in enumerate(d.blocks[:_LABEL_REACH]) if b.strip().lower() in _LABEL), None)
    if label is None:
        return d
    top = tuple(b for b in d.blocks[: label + 1] if not _UPLOADER.fullmatch(b.strip()))
    pages = tuple(_PAGE_NUMBER.sub("", b) for b in d.blocks[label + 1 :] if not _PAGE_HEADER.fullmatch(b.strip()))
    return dataclasses.replace(d, blocks=(*top, *pages))
