"""A document library's page: under the document's title, its file line ("pdf 63 trang Gia Huy
22/05/2022 2020": the file's type, its pages, who posted it, when, how often it was read); in the
preview of its pages under the line, each page's number left at its end ("... sẽ bị nghiêm cấm. 2
1"). None of it is read; the preview's text is."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_FILE_LINE = re.compile(r"(?i:pdf|docx?|pptx?|xlsx?)\s+\d{1,4}\s+trang\b[^.!?]{0,80}")
_PAGE_NUMBERS = re.compile(r"(?<=[.!?…])\s+\d{1,3}(?:\s+\d{1,3})?$")
_TOP_BLOCKS = 4


def drop_library_file_line(d: Draft) -> Draft:
    """The file line near the top and, on a page that has one, the pages' numbers at the ends of
    the preview's paragraphs."""
    line = next((i for i, b in enumerate(d.blocks[:_TOP_BLOCKS]) if _FILE_LINE.fullmatch(b.strip())), None)
    if line is None:
        return d
    blocks = (b for i, b in enumerate(d.blocks) if i != line)
    return dataclasses.replace(d, blocks=tuple(_PAGE_NUMBERS.sub("", b) for b in blocks))
