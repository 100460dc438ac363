"""A scrape that runs the page's top into one line: the section label, the headline and the lead
("Bất động sản Giá căn hộ ở Đà Nẵng lập đỉnh mới Giá căn hộ ở Đà Nẵng tiếp tục tăng ..."). The
label is a known section; the lead starts where a capitalised word follows the headline without
a stop and opens as leads do: with its day or time, "Theo", or the headline's own first word."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, words

_MIN_GLUED_WORDS = 25
_MIN_HEADLINE_WORDS = 5
_MIN_LEAD_WORDS = 8
_LEAD_OPENERS = (
    "Ngày",
    "Sáng",
    "Trưa",
    "Chiều",
    "Tối",
    "Đêm",
    "Rạng sáng",
    "Hôm nay",
    "Hôm qua",
    "Theo",
    "Mới đây",
    "Vừa qua",
    "Từ đầu năm",
    "Trong",
)
_WORD = re.compile(r"\S+")


def _label_length(block: str) -> int:
    """How many characters of `block` a known section label takes, followed by a capital."""
    for label in sorted(P.SECTIONS, key=len, reverse=True):
        head = block[: len(label)]
        rest = block[len(label) :]
        if head.lower() == label and rest[:1] == " " and rest.lstrip()[:1].isupper():
            return len(label) + 1
    return 0


def _lead_start(text: str) -> int | None:
    tokens = list(_WORD.finditer(text))
    first_word = tokens[0].group(0) if tokens else ""
    for n, token in enumerate(tokens[_MIN_HEADLINE_WORDS:], start=_MIN_HEADLINE_WORDS):
        before = tokens[n - 1].group(0)
        if not token.group(0)[:1].isupper() or before[:1].isupper() or before.endswith((",", ":", ";", "-", "–")):
            continue
        rest = text[token.start() :]
        opens = rest.startswith(_LEAD_OPENERS) or token.group(0) == first_word
        if opens and words(rest) >= _MIN_LEAD_WORDS:
            return token.start()
    return None


def split_glued_top(d: Draft) -> Draft:
    """ "<label> <headline> <lead>" on the first line -> the headline and the lead as two
    blocks, the label the category."""
    if not d.blocks:
        return d
    first = d.blocks[0]
    if words(first) < _MIN_GLUED_WORDS or not ends_sentence(first):
        return d
    cut = _label_length(first)
    if not cut:
        return d
    rest = first[cut:]
    start = _lead_start(rest)
    if start is None:
        return d
    headline, lead = rest[:start].strip(), rest[start:].strip()
    category = d.category or first[: cut - 1]
    return dataclasses.replace(d, blocks=(headline, lead, *d.blocks[1:]), category=category)
