"""A part's numbered heading run onto the end of the paragraph before it: "... quy luật thời tiết rất
chính xác.II. Giải thích câu tục ngữ ...". The heading stands on a line of its own, its number read
as a part's ("hai"), never spelled inside the sentence."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

# a stop after a word in small letters, then "II." or "2." and a capitalised word
_GLUED_PART = re.compile(r"(?<=[a-zà-ỹđ]{2}[.!?])(?=(?:[IVX]{1,4}|\d{1,2})\.\s+[A-ZĐÀ-Ỹ])")


def split_glued_part_numbers(d: Draft) -> Draft:
    """Each block parted where a numbered heading was glued to a sentence's stop."""
    blocks = tuple(part.strip() for block in d.blocks for part in _GLUED_PART.split(block))
    return d if len(blocks) == len(d.blocks) else dataclasses.replace(d, blocks=blocks)
