"""A translated how-to site's label over its parts ("Bươc chân", its "Steps", over "Phần 1/2: Xác định chó con cần trợ
giúp"): the page's frame, not read; the parts' headings are. So is a course's pager over a lesson ("Lý thuyết" /
"Bài 2/4"): where the lesson sits in the course, never its title."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence

_LABEL = re.compile(r"(?i:bư[ơớ]c chân|các bước|steps)")
_NUMBERED_PART = re.compile(r"(?i:phần|phương pháp|part|method)\s+\d{1,2}\s*(?:/|của|trên|of)\s*\d{1,2}\s*:")


def drop_step_labels(d: Draft) -> Draft:
    """Each such label right over a part numbered among all ("Phần 1/2:", "Phương pháp 2 của 3:") goes."""
    b = d.blocks
    found = {i for i in range(1, len(b) - 1) if _LABEL.fullmatch(b[i].strip()) and _NUMBERED_PART.match(b[i + 1])}
    return d if not found else dataclasses.replace(d, blocks=tuple(x for k, x in enumerate(b) if k not in found))


_PAGER = re.compile(r"(?i:bài|bài học|lesson|chương)\s+\d{1,3}\s*/\s*\d{1,3}")
_PAGER_AT = 3
_TAB_WORDS = 2


def drop_lesson_pager(d: Draft) -> Draft:
    """ "Bài 2/4" near the top goes, and the tab's label right over it ("Lý thuyết", "Bài tập")."""
    b = list(d.blocks)
    at = next((i for i in range(min(_PAGER_AT, len(b))) if _PAGER.fullmatch(b[i].strip())), None)
    if at is None or at + 1 >= len(b):
        return d
    start = at - 1 if at and len(b[at - 1].split()) <= _TAB_WORDS and not ends_sentence(b[at - 1]) else at
    return dataclasses.replace(d, blocks=tuple(b[:start] + b[at + 1 :]))
