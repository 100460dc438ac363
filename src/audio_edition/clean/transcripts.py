"""A document site's transcript of a file's pages: the page numbers it prints before each page's first words ("1
HƯỚNG DẪN DU HỌC ...", "2 SỨC HẤP DẪN ...") are not read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_LABEL = frozenset({"transcription", "transcript"})
_LABEL_REACH = 10
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=[A-ZĐÀ-Ỹ]{2})")


def drop_transcript_page_numbers(d: Draft) -> Draft:
    """Under a "Transcription" label near the top, each block's opening page number goes."""
    label = next((i for i, b in enumerate(d.blocks[:_LABEL_REACH]) if b.strip().lower() in _LABEL), None)
    if label is None:
        return d
    pages = tuple(_PAGE_NUMBER.sub("", b) for b in d.blocks[label + 1 :])
    return dataclasses.replace(d, blocks=(*d.blocks[: label + 1], *pages))
