"""A blog's signature under its title ("TẾT QUÊ TÔI." / "Irene." / the post), its writer's pen name, and a
portal's weather box closing the page ("Quảng Trị" / "+35" / "°" / "C" / "Cao:+36" / "Thấp:+25" / "Thỉnh thoảng có
nắng"): neither is read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

_PEN_NAME = re.compile(r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+)?\.")  # signed, with its stop
_SIGNED_TEXT_WORDS = 15


def extract_pen_name(d: Draft) -> Draft:
    """A name of one or two capitalised words and a stop alone under the title, over a paragraph ("Irene."): who
    wrote it (a region's name, "Tây Bắc Bộ", is no signature)."""
    blocks = d.blocks
    if len(blocks) < 3 or d.byline is not None or not _PEN_NAME.fullmatch(blocks[1].strip()):
        return d
    if not ends_sentence(blocks[2]) or words(blocks[2]) < _SIGNED_TEXT_WORDS:
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[2:]), byline=blocks[1].strip().rstrip("."))


# "+35", "°", "C", "Cao:+36", "Thấp:+25", "Độ ẩm: 80%": a weather box's readings, each on its line
_READING = re.compile(
    r"[+-]?\d{1,2}\s*°?\s*C?|°\s*C?|C|(?i:cao|thấp|độ ẩm|gió|nhiệt độ)\s*:\s*[+-]?\d{1,3}\s*(?:°C?|%)?"
)
_BOX_LINE_WORDS = 5
_PLACE_WORDS = 3


def drop_weather_box(d: Draft) -> Draft:
    """The page's weather box after the text: from its place's name over a temperature to the end, all short lines."""
    blocks = d.blocks
    start = next(
        (k for k in range(len(blocks) // 2, len(blocks)) if re.fullmatch(r"[+-]\d{1,2}", blocks[k].strip())), None
    )
    if start is None or not all(words(b) <= _BOX_LINE_WORDS and not ends_sentence(b) for b in blocks[start:]):
        return d
    if sum(bool(_READING.fullmatch(b.strip())) for b in blocks[start:]) < 2:
        return d
    place = blocks[start - 1]
    if words(place) <= _PLACE_WORDS and place[:1].isupper() and not ends_sentence(place):
        start -= 1  # "Quảng Trị": where the readings are taken
    return dataclasses.replace(d, blocks=blocks[:start])


def drop_pen_name_and_weather_box(d: Draft) -> Draft:
    """The pen name under the title the byline, the weather box closing the page gone."""
    return extract_pen_name(drop_weather_box(d))
