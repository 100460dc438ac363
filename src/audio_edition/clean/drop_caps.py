"""A drop capital scraped onto a line of its own, and a paragraph broken inside a sentence."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, words

# "... càng đậm hơn. ấu" over "trùng bị doãng ra, ...": a paragraph broken inside a word, its last words small
_BROKEN_TAIL = re.compile(rf"[.!?]\s+[{P.LOWER}]+(?:\s+[{P.LOWER}]+)?$")
_BROKEN_HEAD = re.compile(rf"[{P.LOWER}]+[\s,]")
_BROKEN_HEAD_WORDS = 4


def join_drop_caps(d: Draft) -> Draft:
    """A drop capital scraped onto a line of its own ("S" then "áng 3/6, ...") is put back, and a
    paragraph broken inside a sentence ("... đậm hơn. ấu" over "trùng bị doãng ra ...") joined to
    the rest of it, which opens in small letters."""
    blocks: list[str] = []
    for block in d.blocks:
        if blocks and re.fullmatch(r"[A-ZĐÀ-Ỹ]", blocks[-1]) and block[:1].islower():
            blocks[-1] += block
        elif (
            blocks
            and _BROKEN_TAIL.search(blocks[-1])
            and _BROKEN_HEAD.match(block)
            and words(block) >= _BROKEN_HEAD_WORDS
        ):
            blocks[-1] += " " + block
        else:
            blocks.append(block)
    return dataclasses.replace(d, blocks=tuple(blocks))
