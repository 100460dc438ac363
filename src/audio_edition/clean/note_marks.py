"""A source's reference marks that close a line with no stop ("... tốt cho tim mạch (1)", "... nam giới (2)
(3)"): the page's pointers to its list of sources, which a listener has no use for and which keep a list's
items from looking alike."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

# "(2) (3)" after a word, the line's end; never a numbered clause's own number ("khoản (2)", "mục (3)")
_CLOSING_MARKS = re.compile(r"(?<=[^\W\d_]{2})(?P<marks>(?:\s*\(\d{1,2}\))+)\s*$")
_MARKED_LINES = 2  # a list's items, each closing on its sources
_NUMBERED_BY = frozenset("khoản điểm mục điều bước phần mẫu hình bảng trang số loại nhóm câu".split())


def drop_closing_note_marks(d: Draft) -> Draft:
    """Each line closing on reference marks in brackets, with no stop, without them, where two lines or
    more so close."""

    def without(block: str) -> str:
        m = _CLOSING_MARKS.search(block)
        if m is None or block[: m.start()].split()[-1].lower() in _NUMBERED_BY:
            return block
        said = re.findall(r"[^\W\d_]+", block[: m.start()])
        if all(w[0].isupper() for w in said):
            return block  # "Phần Thực Tập (1)", "... Chạy Được Bao Lâu (1)": a title's part in a series
        return block[: m.start()]

    blocks = tuple(without(b) for b in d.blocks)
    if sum(a != b for a, b in zip(blocks, d.blocks)) < _MARKED_LINES:
        return d  # "Truyền thuyết quanh ngôi đền cổ bên sông (8)": one line so marked is a series' part
    return dataclasses.replace(d, blocks=blocks)
