"""A forum member's card under a post's title: labels over their counts, not read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, menu_label
from .wordlists import word_list

_MEMBER_STATS = frozenset(word_list("member_stats.txt"))
_STAT_VALUE = re.compile(r"[\d.,/-]{1,10}")
_MIN_STAT_PAIRS = 2


def drop_member_card(d: Draft) -> Draft:
    """A forum member's card under a post's title ("Tham gia" / "13/7/25" / "Bài viết" / "7" /
    "Thích" / "0"): two or more labels, each over its count or date, are not read, and the
    member's join date is no date of the article."""
    blocks = d.blocks
    drop: set[int] = set()
    i = 0
    while i < len(blocks) - 1:
        j = i
        while j < len(blocks) - 1 and menu_label(blocks[j]) in _MEMBER_STATS and _STAT_VALUE.fullmatch(blocks[j + 1]):
            j += 2
        if (j - i) // 2 >= _MIN_STAT_PAIRS:
            drop.update(range(i, j))
        i = max(j, i + 1)
    if not drop:
        return d
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in drop))
