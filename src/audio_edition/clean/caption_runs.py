"""A gallery's captions printed between paragraphs: "Đông đảo khán giả đã tham dự và cổ vũ cho
giải đấu" / "Các pha tranh chấp bóng quyết liệt" / "Thi đấu hết mình dù thời tiết không thuận
lợi", each under a picture the listener cannot see. Three lines or more in a row, each a phrase of
a few words with no stop, set between two paragraphs of the text, are pictures' captions, not
headings: a part's heading stands alone over its text, and a list is opened by a line ending in a
colon. A verse's lines end in commas, so its stanzas are never such a run, nor are a guide's steps
("Bước 4: Bấm Nộp hồ sơ") or a menu's short labels."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

_MIN_RUN = 3
_CAPTION_WORDS = range(5, 21)  # a menu's labels are shorter ("Những tin mới hơn")
_PARAGRAPH_WORDS = 15
# a list's item, a numbered heading, a verse line; a label's line ("Bước 4: ...", "Tác giả bài viết: ...")
_NOT_A_CAPTION = re.compile(r"^(?:\d|[-–•*+#(“\"])|[,;]$|:")


def _caption_like(block: str) -> bool:
    return (
        len(block.split()) in _CAPTION_WORDS
        and not ends_sentence(block)
        and not _NOT_A_CAPTION.search(block.strip())
        and not block.isupper()
        and block[:1].isupper()
    )


def _paragraph(block: str) -> bool:
    return ends_sentence(block) and words(block) >= _PARAGRAPH_WORDS and not block.rstrip().endswith(":")


def drop_caption_runs(d: Draft) -> Draft:
    """Runs of three captions or more between two paragraphs, never above the first paragraph."""
    blocks = d.blocks
    dropped: set[int] = set()
    i = 1
    while i < len(blocks):
        end = i
        while end < len(blocks) and _caption_like(blocks[end]):
            end += 1
        framed = end < len(blocks) and _paragraph(blocks[i - 1]) and _paragraph(blocks[end])
        if end - i >= _MIN_RUN and framed:
            dropped.update(range(i, end))
        i = max(end, i + 1)
    if not dropped:
        return d
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in dropped))
