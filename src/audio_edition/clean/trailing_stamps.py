"""A time and date stamp, or a video's link label, printed after a paragraph's last sentence: the page's, not read."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .datelines import dateline, iso_datetime
from .draft import Draft

# "... Bộ Ngoại giao.... 08:03 | 24/05/2014": the page's time stamp after the last sentence
_TRAILING_STAMP = re.compile(rf"(?<=[.!?…\"”])\s+(?P<time>{P.TIME})\s*\|\s*(?P<date>{P.DATE})\s*$")


# "... dòng xe ùn ứ đổ về Đà Lạt. Video phân luồng": a video's link label after the last sentence
_TRAILING_MEDIA_LABEL = re.compile(r"(?<=[.!?…])\s+(?:Video|Clip|Xem video)\s+[^.!?]{1,40}$")


def strip_trailing_stamps(d: Draft) -> Draft:
    """A time and date stamp printed after a paragraph's last sentence is the page's, not read;
    it dates the article when nothing else did, and so does a date line closing the article
    ("Ngày 18.01.2024."). A video's link label there is not read either."""
    blocks, published = [], d.published
    for block in d.blocks:
        m = _TRAILING_STAMP.search(block)
        if m:
            published = published or iso_datetime(m["date"], m["time"])
            block = block[: m.start()]
        blocks.append(_TRAILING_MEDIA_LABEL.sub("", block))
    closing = dateline(blocks[-1].rstrip(". ")) if len(blocks) > 2 else None
    if closing is not None and not closing[0]:  # "... tại Trung tâm." / "Ngày 18.01.2024.": when it was posted
        blocks.pop()
        published = published or closing[1]
    return dataclasses.replace(d, blocks=tuple(blocks), published=published)
