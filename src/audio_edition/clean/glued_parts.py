"""A part's numbered heading run onto the end of the paragraph before it: "... quy luật thời tiết rất
chính xác.II. Giải thích câu tục ngữ ...", "... suy dinh dưỡng…2. ĐÁNH GIÁ"; or in capitals onto the text it
heads, "1. Ý TƯỞNG SẢN PHẨMNước ta là ...". The heading stands on a line of its own, its number read
as a part's ("hai"), never spelled inside the sentence."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

# a stop after a word in small letters, then "II." or "2." and a capitalised word
_GLUED_PART = re.compile(r"(?<=[a-zà-ỹđ]{2}[.!?…])(?=(?:[IVX]{1,4}|\d{1,2})\.\s+[A-ZĐÀ-Ỹ])")  # "... dinh dưỡng…2. ĐÁNH"
_NUMBERED = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\.\s+")
_HEADING_WORDS = 2


def _heading_glued(block: str) -> list[str]:
    """ "1. Ý TƯỞNG SẢN PHẨMNước ta là ...": a numbered heading in capitals glued to the text it heads: the heading
    and the text."""
    number = _NUMBERED.match(block)
    if number is None:
        return [block]
    for i in range(number.end() + 1, len(block) - 1):
        if block[i].isupper() and block[i + 1].islower():
            heading = block[:i]
            if not heading[-1:].isupper():
                break  # "1. NGHỀ LÀM NÓN LÁ Lê Thị Hồng ...": a writer's name after the title, a space between
            text = heading[number.end() :]
            if text.upper() == text and len(text.split()) >= _HEADING_WORDS:
                return [heading, block[i:]]
            break
    return [block]


def split_glued_part_numbers(d: Draft) -> Draft:
    """Each block parted where a numbered heading was glued to a sentence's stop."""
    parts = (part.strip() for block in d.blocks for part in _GLUED_PART.split(block))
    blocks = tuple(piece for part in parts for piece in _heading_glued(part))
    return d if len(blocks) == len(d.blocks) else dataclasses.replace(d, blocks=blocks)
