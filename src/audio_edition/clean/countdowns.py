"""An event page's countdown, each figure and its unit on a line of its own ("0" / "Ngày" / "0" / "Giờ" / "0" /
"Phút" / "0" / "Giây"): a clock, not the text. None of it is read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_UNIT = re.compile(r"(?i:ngày|giờ|phút|giây|days?|hours?|minutes?|seconds?|mins?|secs?)")
_FIGURE = re.compile(r"\d{1,3}")
_UNITS = 3  # days, hours and minutes at least


def drop_countdown(d: Draft) -> Draft:
    """Three or more figures in a row, each over its unit of time, go with their units."""
    blocks, gone = d.blocks, set()
    i = 0
    while i < len(blocks):
        j = i
        while j + 1 < len(blocks) and _FIGURE.fullmatch(blocks[j].strip()) and _UNIT.fullmatch(blocks[j + 1].strip()):
            j += 2
        if (j - i) // 2 >= _UNITS:
            gone.update(range(i, j))
        i = max(j, i + 1)
    return d if not gone else dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in gone))
