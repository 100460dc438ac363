"""A site's footer or sidebar under the article: its boxes' labels ("LIÊN KẾT", "THỐNG KÊ", "PAGE FACEBOOK"),
their counters and links, and its copyright line ("Copyright © 2022 thuộc về ..."). From the first label after
the article's last paragraph to the page's end, none of it is read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, menu_label, words
from .wordlists import word_list

_COPYRIGHT = re.compile(r"(?i:©|\(c\)|copyright|bản quyền)(?:\s*©)?\s*(?:(?:19|20)\d\d\b|thuộc về)")
_PARAGRAPH_WORDS = 10
_FOOTER_LINE_WORDS = 14


def cut_site_footer(d: Draft) -> Draft:
    """Cut the page at the first footer box's label or copyright line after its last paragraph, when nothing after
    that point is longer than a footer's line."""
    blocks = d.blocks
    last = max((i for i, b in enumerate(blocks) if ends_sentence(b) and words(b) >= _PARAGRAPH_WORDS), default=-1)
    labels = word_list("footer_labels.txt")
    for i in range(last + 1, len(blocks)):
        label = menu_label(blocks[i]) in labels or _COPYRIGHT.match(blocks[i]) is not None
        if label and all(words(b) <= _FOOTER_LINE_WORDS for b in blocks[i:]):
            return dataclasses.replace(d, blocks=blocks[:i])
    return d
