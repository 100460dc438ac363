"""A paragraph an empty line cut mid-sentence ("... đầy ý nghĩa sau đây là một" / "số hình ảnh của ngày hội"):
the first part ends on a word no sentence ends with, the second goes on in small letters. One paragraph, read as
one sentence."""

from __future__ import annotations

import dataclasses

from ..text.legacy import is_syllable
from .draft import Draft, ends_sentence, words

_MIN_PART_WORDS = 8  # a heading or a caption is shorter; a list's label ends on a colon
# words no sentence ends with ("... đầy ý nghĩa sau đây là một": a count goes on to what it counts)
_OPEN_WORDS = frozenset("của tại với và các những là do bởi thuộc gồm thì mà rằng một".split())


def _left_open(block: str) -> bool:
    return (block.split() or [""])[-1] in _OPEN_WORDS


def _goes_on(block: str) -> bool:
    first = block.split(maxsplit=1)[0].rstrip(",;") if block.split() else ""
    return first[:1].islower() and is_syllable(first)


def join_parted_sentences(d: Draft) -> Draft:
    """Two blocks, the first a sentence left open (eight words or more, no stop, its last word one no sentence ends
    with) and the second going on in small letters, as one block."""
    blocks: list[str] = []
    for block in d.blocks:
        last = blocks[-1] if len(blocks) > 1 else ""  # never the title
        if last and words(last) >= _MIN_PART_WORDS and not ends_sentence(last) and _left_open(last) and _goes_on(block):
            blocks[-1] = f"{last.rstrip()} {block.lstrip()}"
            continue
        blocks.append(block)
    return d if len(blocks) == len(d.blocks) else dataclasses.replace(d, blocks=tuple(blocks))
