"""A line that says the same words twice in a row ("Để nếp sống văn hóa ''ăn sâu, bén rễ'' Để nếp sống văn hóa
''ăn sâu, bén rễ''"): a title and its copy that the scrape ran together, read once."""

from __future__ import annotations

import dataclasses

from .draft import Draft, ends_sentence, words

_MIN_WORDS = 4


def _once(block: str) -> str:
    """A paragraph that says a sentence twice is read as written; a title glued to itself, no space between, is
    related._doubled_title's; a section's label in capitals twice names the category (drop_header_furniture)."""
    half = len(block) // 2
    first = block[:half]
    if block[half:] != f" {first}" or words(first) < _MIN_WORDS or ends_sentence(first) or first.isupper():
        return block
    return first


def read_doubled_lines_once(d: Draft) -> Draft:
    """Each block that is a title printed twice, a space between, becomes that title."""
    blocks = tuple(_once(b) for b in d.blocks)
    return d if blocks == d.blocks else dataclasses.replace(d, blocks=blocks)
