"""A translated how-to site's label over its parts ("Bươc chân", its "Steps", over "Phần 1/2: Xác định chó con cần trợ
giúp"): the page's frame, not read; the parts' headings are."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_LABEL = re.compile(r"(?i:bư[ơớ]c chân|các bước|steps)")
_NUMBERED_PART = re.compile(r"(?i:phần|phương pháp|part|method)\s+\d{1,2}\s*(?:/|của|trên|of)\s*\d{1,2}\s*:")


def drop_step_labels(d: Draft) -> Draft:
    """Each such label right over a part numbered among all ("Phần 1/2:", "Phương pháp 2 của 3:") goes."""
    b = d.blocks
    found = {i for i in range(1, len(b) - 1) if _LABEL.fullmatch(b[i].strip()) and _NUMBERED_PART.match(b[i + 1])}
    return d if not found else dataclasses.replace(d, blocks=tuple(x for k, x in enumerate(b) if k not in found))
