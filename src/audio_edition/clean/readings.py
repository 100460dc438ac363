"""A reading from the Bible as a parish page prints it: after its introduction ("Bài trích sách Sáng
thế.", "Bài trích thư của Thánh Phaolô ...") each verse opens on its number ("20 Khi ấy, Đức Chúa
phán ...", "... và tôi sẽ còn mừng nữa, 19 bởi vì ..."). A lector never reads the numbers; the text
reads on without them."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_INTRODUCTION = re.compile(r"(?i:bài trích)\s")
# a reading's end: the psalm's refrain, the next reading's label, the Gospel's acclamation
_NEXT_PART = re.compile(r"(?i:đáp\s*:|đáp ca|bài đọc|tin mừng|alleluia|ha-lê-lui-a|câu xướng)")
# a number opening the block or after a stop, a colon or a comma, before a word: "20 Khi", ", 19 bởi"
_VERSE_NUMBER = re.compile(r"(?:^|(?<=[.!?:;,…][”\"’]\s)|(?<=[.!?:;,…]\s))(?P<n>\d{1,3})\s(?=[^\W\d_])")
_MIN_RUN = 2


def _runs(numbers: list[tuple[int, int, int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """The numbers (value, block, start, end) in runs counting up by one in the order they stand."""
    runs: list[list[tuple[int, int, int, int]]] = []
    for number in numbers:
        run = next((r for r in reversed(runs) if r[-1][0] + 1 == number[0]), None)
        if run is None:
            runs.append([number])
        else:
            run.append(number)
    return runs


def _readings(blocks: tuple[str, ...]) -> list[list[int]]:
    """The blocks of each reading: those after a "Bài trích ..." line up to the next part's label."""
    spans: list[list[int]] = []
    current: list[int] | None = None
    for i, block in enumerate(blocks):
        if _INTRODUCTION.match(block):
            current = []
            spans.append(current)
        elif _NEXT_PART.match(block):
            current = None
        elif current is not None:
            current.append(i)
    return spans


def drop_verse_numbers(d: Draft) -> Draft:
    """The verse numbers of each reading under "Bài trích ...", two or more counting up, dropped."""
    cut: dict[int, list[tuple[int, int]]] = {}
    for span in _readings(d.blocks):
        numbers = [(int(m["n"]), i, m.start(), m.end()) for i in span for m in _VERSE_NUMBER.finditer(d.blocks[i])]
        for run in _runs(numbers):
            if len(run) >= _MIN_RUN:
                for _, i, start, end in run:
                    cut.setdefault(i, []).append((start, end))
    if not cut:
        return d
    blocks = list(d.blocks)
    for i, pieces in cut.items():
        for start, end in sorted(pieces, reverse=True):
            blocks[i] = blocks[i][:start] + blocks[i][end:]
    return dataclasses.replace(d, blocks=tuple(blocks))
