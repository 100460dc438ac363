"""Lines a scrape ran together or broke apart: a numbered list run into one paragraph or printed in two columns, a
paper's title wrapped over lines."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, words

# "... đồ khô 1. Nem Phùng : 30 Hàng Bún ... 2. Nem Tai bà Hồng ...": an item's number and the capital after it
_ITEM_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.\s+(?=[A-ZĐÀ-Ỹ])")
# "CẤU TRÚC SÁNG KIẾN I. THỰC TRẠNG ... II. LÍ DO ... III. ...": a contents list's Roman numbers, its parts named
_ROMAN_ITEM = re.compile(r"(?:(?<=\s)|^)(I{1,3}|IV|VI{0,3}|IX|X)\.\s+(?=[A-ZĐÀ-Ỹ])")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_RUN = 3  # three items in a row at least: a list, never a stray number


def split_inline_lists(d: Draft) -> Draft:
    """A paragraph holding a numbered list's items one after another ("I. Các món bánh ... 1. Nem Phùng : ... 2. Nem
    Tai bà Hồng ... 3. Bánh giò ...") is parted before each item, so no item's number closes the sentence before it;
    the numbers must run on from one, in order, three at least."""
    blocks: list[str] = []
    for block in d.blocks:
        blocks.extend(_items(block))
    return d if len(blocks) == len(d.blocks) else dataclasses.replace(d, blocks=tuple(blocks))


def _items(block: str) -> list[str]:
    starts, expected = [], 1
    for m in _ITEM_NUMBER.finditer(block):
        if int(m[1]) == expected:
            starts.append(m.start())
            expected += 1
    if len(starts) < _RUN:  # the Roman list's parts, its contents and then the parts themselves ("I." again)
        starts, expected = [], 1
        for m in _ROMAN_ITEM.finditer(block):
            if _ROMAN[m[1]] == expected or (_ROMAN[m[1]] == 1 and expected > _RUN):
                starts.append(m.start())
                expected = _ROMAN[m[1]] + 1
    if len(starts) < _RUN or (starts[0] == 0 and len(starts) == 1):
        return [block]
    cuts = [0, *starts] if starts[0] > 0 else starts
    parts = [block[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(block)])]
    return [p for p in parts if p]


# "1. Nguyễn Thị Miến 2. Bùi Thị Su": a list printed in two columns, two items to a line
_TWO_ITEMS = re.compile(r"(?P<a>\d{1,2})\.?\s+(?P<x>\S.{1,60}?)\s+(?P<b>\d{1,2})\.\s+(?P<y>\S.{1,60})")
_COLUMN_ROWS = 2
_ITEM_WORDS = 6


def split_two_column_items(d: Draft) -> Draft:
    """Two lines or more in a row, each holding two numbered items one after the other ("1. Nguyễn Thị
    Miến 2. Bùi Thị Su" / "3. ... 4. ..."): a two-column list, one item to a block, so no item's number
    closes the name before it."""
    rows = [_row(b) for b in d.blocks]
    blocks: list[str] = []
    for k, block in enumerate(d.blocks):
        paired = rows[k] and any(rows[j] for j in (k - 1, k + 1) if 0 <= j < len(rows))
        blocks.extend(rows[k] if paired else [block])
    return d if len(blocks) == len(d.blocks) else dataclasses.replace(d, blocks=tuple(blocks))


def _row(block: str) -> list[str]:
    m = _TWO_ITEMS.fullmatch(block.strip())
    if m is None or int(m["b"]) != int(m["a"]) + 1 or max(words(m["x"]), words(m["y"])) > _ITEM_WORDS:
        return []
    return [f"{m['a']}. {m['x']}", f"{m['b']}. {m['y']}"]


# "TS. Đỗ Thị Hiên", "ThS Lê Kim Tám": a paper's writer with an academic title, under its title
_TITLED_WRITER = re.compile(r"^(?:PGS|GS|TS|ThS|Ths|THS|NCS)\.?\s*(?:TS\.?\s*)?[A-ZĐÀ-Ỹ][^\W\d_]+(?:\s[^\W\d_]+){1,4}$")
_TITLE_LINE_WORDS = 12


def join_wrapped_title(d: Draft) -> Draft:
    """A paper's title in capitals wrapped over lines ("NGÔN NGỮ MIÊU TẢ VỚI VIỆC XÂY DỰNG CHÂN DUNG" / "NHÂN VẬT
    TRONG TRUYỆN NGẮN THẰNG HOÁN" / "CỦA CAO DUY SƠN") over its writer's titled name is one line, the title."""
    blocks = list(d.blocks)
    for k in range(2, min(len(blocks), 10)):
        if not _TITLED_WRITER.match(blocks[k]):
            continue
        first = k
        while first > 0 and _title_line(blocks[first - 1]):
            first -= 1
        if k - first >= 2:
            joined = " ".join(b.strip() for b in blocks[first:k])
            if first == 1 and ends_sentence(blocks[0]) and words(blocks[0]) >= _SUMMARY_WORDS:
                # the paper's summary printed over its title: the title heads it, the writer and the writer's
                # institute under the title, the summary the lead
                signed = k + 1 if k + 1 < len(blocks) and P.WRITERS_OFFICE.match(blocks[k + 1]) else k
                return dataclasses.replace(
                    d, blocks=(joined, *blocks[k : signed + 1], blocks[0], *blocks[signed + 1 :])
                )
            return dataclasses.replace(d, blocks=(*blocks[:first], joined, *blocks[k:]))
    return d


_SUMMARY_WORDS = 20


def _title_line(block: str) -> bool:
    return block.isupper() and len(block.split()) <= _TITLE_LINE_WORDS and block[-1:] not in ".!?:"


_NAMED_TITLE_WORDS = 8
# never "“Ra tay” sơn lại ngay cánh cửa ...", a title that opens on a quoted phrase: the name alone, or its publisher
_QUOTED_NAME = re.compile(r"[“\"][^“”\"]{3,120}[”\"](?:\s(?:của|do|[-–])\s[^.!?]{0,60})?")


def join_quoted_name_to_title(d: Draft) -> Draft:
    """ "Nhận xét về bộ CD" over "“20 Bài Bản Tổ ...”" and "“20 Bài Bản Tổ ...” của Viện Âm Nhạc – 2014": a short
    title goes on in a quoted name on the next line (printed again with its publisher): one title."""
    blocks = d.blocks
    if len(blocks) < 3 or words(blocks[0]) > _NAMED_TITLE_WORDS or blocks[0].rstrip()[-1:] in '.!?:;”"':
        return d
    k = 1
    while k + 1 < len(blocks) and blocks[k + 1].startswith(blocks[k]) and _QUOTED_NAME.fullmatch(blocks[k + 1]):
        k += 1
    if not _QUOTED_NAME.fullmatch(blocks[k]) or ends_sentence(blocks[k]):
        return d
    return dataclasses.replace(d, blocks=(f"{blocks[0].strip()} {blocks[k].strip()}", *blocks[k + 1 :]))
