"""Figures a page printed broken, which both the sentence splitter and the reader must see whole."""

from __future__ import annotations

import re

from .letters import LOWER

# "với 7. 180 phòng": a count whose thousands a page parted with a stray space after the dot. Only
# after a word that asks for a count and before a counted word, so that "tháng 7. 180 người" (a
# sentence ended, one began) is never joined.
SPLIT_THOUSANDS = re.compile(
    r"(?<!\w)(?P<pre>(?i:với|có|gồm|đạt|là|khoảng|hơn|gần|trên|dưới|tổng cộng)\s+\d{1,3})\.\s(?P<rest>\d{3})"
    rf"(?=\s[{LOWER}])"
)
