"""A thesis's or a report's cover page scraped under its title: lines in capitals naming the body that issued it, the
writer, the title printed again over several lines, the degree and the town ("ỦY BAN NHÂN DÂN TỈNH ...", "TRẦN VĂN A",
"QUẢN LÝ HOẠT ĐỘNG ..." / "CHO HỌC SINH ...", "LUẬN VĂN THẠC SĨ ..."). None of it is read; the text under it is."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence

_COVER_REACH = 5  # the title, a viewer's lines maybe, then the cover
_COVER_LINES = 16
_LEAST_LINES = 4
_TITLE_SHARE = 0.8


def _capitals(block: str) -> bool:
    letters = [c for c in block if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters) and not ends_sentence(block)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def drop_cover_page(d: Draft) -> Draft:
    """A run of four lines or more in capitals near the top, the title's words printed again in order across some of
    them: the cover page, dropped whole, with the heading in capitals closing it ("LỜI CAM ĐOAN"): the text under
    it opens the article."""
    blocks = d.blocks
    title = _words(blocks[0]) if blocks else []
    for start in range(1, min(_COVER_REACH, len(blocks))):
        end = start
        while end < len(blocks) and end - start < _COVER_LINES and _capitals(blocks[end]):
            end += 1
        if end - start >= _LEAST_LINES and end < len(blocks) and _holds_title(title, blocks[start:end]):
            title_line = blocks[0][:1].upper() + blocks[0][1:]  # a post's title typed in small letters heads it
            return dataclasses.replace(d, blocks=(title_line, *blocks[1:start], *blocks[end:]))
    return d


def _holds_title(title: list[str], lines: tuple[str, ...]) -> bool:
    """Whether consecutive lines, joined, say the title: most of its words, in its order."""
    if len(title) < _LEAST_LINES:
        return False
    for first in range(len(lines)):
        for last in range(first + 1, len(lines) + 1):
            said = _words(" ".join(lines[first:last]))
            if _in_order(title, said) >= _TITLE_SHARE * len(title) and len(said) <= len(title) + 3:
                return True
    return False


def _in_order(title: list[str], said: list[str]) -> int:
    """How many of the title's words `said` holds in the title's order."""
    found, at = 0, 0
    for word in title:
        try:
            at = said.index(word, at) + 1
        except ValueError:
            continue
        found += 1
    return found
