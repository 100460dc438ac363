"""A line that says the same words twice in a row ("Để nếp sống văn hóa ''ăn sâu, bén rễ'' Để nếp sống văn hóa
''ăn sâu, bén rễ''"): a title and its copy that the scrape ran together, read once; so is a part's number printed
alone over its heading ("1." / "1. Quạt bị bó bạc")."""

from __future__ import annotations

import dataclasses
import re

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
    """Each block that is a title printed twice, a space between, becomes that title; one between the title and the
    title's copy ("Xã An Hiệp – Duy trì ..." / "Chung sức xây dựng Nông thôn mới Chung sức xây dựng Nông thôn mới" /
    "Xã An Hiệp – Duy trì ...") is the portal's section, printed twice, and goes."""
    b = d.blocks
    between = {i for i in range(1, len(b) - 1) if b[i - 1] == b[i + 1] and _once(b[i]) != b[i]}
    blocks = tuple(_once(block) for i, block in enumerate(b) if i not in between)
    return d if blocks == b else dataclasses.replace(d, blocks=blocks)


_LONE_NUMBER = re.compile(r"\d{1,2}[.)]")


def read_numbers_once(d: Draft) -> Draft:
    """A part's number alone over the part's heading that opens with it again ("1." / "1. Quạt bị bó bạc", a contents
    box's number left over its item, the item itself gone as the title's copy) is not read."""
    b = d.blocks
    over_itself = {i for i in range(len(b) - 1) if _LONE_NUMBER.fullmatch(b[i]) and b[i + 1].startswith(f"{b[i]} ")}
    blocks = tuple(x for i, x in enumerate(b) if i not in over_itself)
    return d if blocks == b else dataclasses.replace(d, blocks=blocks)
