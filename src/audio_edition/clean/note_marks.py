"""A source's reference marks that close a line with no stop ("... tốt cho tim mạch (1)", "... nam giới (2)
(3)"): the page's pointers to its list of sources, which a listener has no use for and which keep a list's
items from looking alike."""

from __future__ import annotations

import dataclasses
import re

from ..text.numbered import NUMBERED_BY
from . import patterns as P
from .draft import Draft

# "(2) (3)" after a word, the line's end; never a numbered clause's own number ("khoản (2)", "mục (3)")
_CLOSING_MARKS = re.compile(r"(?<=[^\W\d_]{2})(?P<marks>(?:\s*\(\d{1,2}\))+)\s*$")
_MARKED_LINES = 2  # a list's items, each closing on its sources


def drop_closing_note_marks(d: Draft) -> Draft:
    """Each line closing on reference marks in brackets, with no stop, without them, where two lines or
    more so close."""

    def without(block: str) -> str:
        m = _CLOSING_MARKS.search(block)
        if m is None or block[: m.start()].split()[-1].lower() in NUMBERED_BY:
            return block
        said = re.findall(r"[^\W\d_]+", block[: m.start()])
        if all(w[0].isupper() for w in said):
            return block  # "Phần Thực Tập (1)", "... Chạy Được Bao Lâu (1)": a title's part in a series
        return block[: m.start()]

    blocks = tuple(without(b) for b in d.blocks)
    if sum(a != b for a, b in zip(blocks, d.blocks)) < _MARKED_LINES:
        return d  # "Truyền thuyết quanh ngôi đền cổ bên sông (8)": one line so marked is a series' part
    return dataclasses.replace(d, blocks=blocks)


# "... gọi là purine 1. Purine là ... của tế bào 3.": a source's number a space after a sentence's last word
_SPACED_MARK = re.compile(r"(?<=[^\W\d_]{2}) (?P<n>\d{1,2})(?=\.(?:\s|$))")
# words a number follows as its own ("lớp 6", "tháng 3", "ngày 3"): never a source's number after them
_COUNTED_BY = NUMBERED_BY | frozenset(
    "lớp tầng phòng giờ phút giây ngày tháng năm tuần quý khu tổ ấp xóm bài chương tập kỳ khóa đợt lần thứ hạng top "
    "giai đoạn quận phường huyện thôn đội cấp mức size cỡ phiên bản version step part chapter page level grade "
    "room round phase lesson unit day week year type option section task question figure table no".split()
)
_SPACED_MARKS = 2  # in one paragraph: sources cited sentence after sentence


def drop_spaced_source_numbers(d: Draft) -> Draft:
    """A paragraph whose sentences close on a source's number after their last word ("... purine 1. ...
    của tế bào 3."), two or more of them, without those numbers; "hàng ngày 3" is daily, never a date; the same number
    each time ("... Windows 7. ... của Windows 7.") is a name's, kept."""

    def without(block: str) -> str:
        def own(m: re.Match[str]) -> bool:
            before = block[: m.start()].split()
            last = before[-1].lower()
            sentence = re.split(r"(?<=[^\W\d_]{2}[.!?:;])\s", block[: m.start()])[-1]  # never after "I." or "3."
            if m["n"].startswith("0") or P.NUMBERED_PART.match(sentence.lstrip()):
                return True  # "lúc 19 giờ 00.", "3. Bánh giò ... phố Huế 4. Nộm bò khô": a list's next number
            return last in _COUNTED_BY and not (last == "ngày" and len(before) > 1 and before[-2].lower() == "hàng")

        marks = [m for m in _SPACED_MARK.finditer(block) if not own(m)]
        if len(marks) < _SPACED_MARKS or len({m["n"] for m in marks}) == 1:  # "Windows 7." twice: a name's number
            return block
        for m in reversed(marks):
            block = block[: m.start()] + block[m.end() :]
        return block

    return dataclasses.replace(d, blocks=tuple(without(b) for b in d.blocks))
