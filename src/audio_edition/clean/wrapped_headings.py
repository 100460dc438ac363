"""A heading in capitals that the page wrapped over two lines ("SƠ LƯỢC LỊCH SỬ SỬ DỤNG VÀ" / "PHÁT TRIỂN
THUỐC NAM Ở NƯỚC TA"): the first line ends on a word that joins it to the next, so the two are one heading; so
does a line cut inside a word of two syllables ("SÓNG BIỂN TRƯỚC CHÚA PHỤC" / "SINH") or before the title's
last word and its exclamation ("CHÚA BẢO GÌ CỨ LÀM" / "THEO! (Ga 2,5)"), or a second line opening on "CỦA" or "VÀ"
("LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ" / "CỦA CHỦ TỊCH ...")."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, shared_pairs

# the small words a heading never ends on: it goes on in the next line
_JOINING = frozenset(
    "VÀ CỦA CHO VỚI TRONG Ở TẠI VỀ ĐỂ TỪ CÁC NHỮNG LÀ MỘT HOẶC HAY THEO ĐẾN SAU TRƯỚC KHI BẰNG TRÊN DƯỚI GIỮA".split()
    + ["VÌ", "&"]  # "MỤN TRỨNG CÁ &" / "CHIẾN LƯỢC ĐIỀU TRỊ"
)
# the end of a title on a line of its own: one word, or two closing on an exclamation or a question (its
# reference in brackets after it)
_TAIL = re.compile(r"[^\W\d_]+|(?:[^\W\d_]+ ?){1,2}[!?](?:\s*\([^()]{1,30}\))?")


# the office that issues a decision, its body's name on the next line ("HIỆU TRƯỞNG" / "TRƯỜNG CAO ĐẲNG ...")
_OFFICES = frozenset({"HIỆU TRƯỞNG", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "CHỦ TỊCH", "BỘ TRƯỞNG", "VIỆN TRƯỞNG", "CỤC TRƯỞNG"})


def _capitals(block: str) -> bool:
    return block.isupper() and re.search(r"[^\W\d_]{2}", block) is not None


def join_wrapped_capital_headings(d: Draft) -> Draft:
    """Two lines in capitals, the first ending on a joining word or the second a title's last word, made one heading."""
    blocks: list[str] = []
    for block in d.blocks:
        last = blocks[-1] if blocks else ""
        tail = _TAIL.fullmatch(block) is not None and _capitals(re.sub(r"\(.*\)", "", block))
        goes_on = _capitals(block) and block.split()[0] in ("CỦA", "VÀ")  # "LỊCH TIẾP DÂN" / "CỦA CHỦ TỊCH ..."
        if (
            _capitals(last)
            and last.rstrip()[-1:] not in ".!?:;)"
            and ((_capitals(block) and (last.split()[-1] in _JOINING or last.strip() in _OFFICES)) or tail or goes_on)
        ):
            blocks[-1] = f"{last} {block}"
            continue
        blocks.append(block)
    return dataclasses.replace(d, blocks=tuple(blocks))


# "Năm học 2024 - 2025", "Nhiệm kỳ 2021-2026": the school year or the term a title names, on a line of its own
_TERM_LINE = re.compile(r"(?i:Năm học|Nhiệm kỳ|Niên khóa|Khóa học)\s+(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d")


def join_title_term(d: Draft) -> Draft:
    """ "LỄ KẾT NẠP ĐỘI VIÊN ĐỢT 2" over "Năm học 2024 - 2025": the school year closes the title, never a
    chapter's heading of its own."""
    blocks = d.blocks
    if len(blocks) < 3 or not _TERM_LINE.fullmatch(blocks[1].strip()) or blocks[0].rstrip()[-1:] in ".!?:":
        return d
    term = blocks[1].strip()
    term = term if term.isupper() else term[0].lower() + term[1:]  # "NĂM HỌC 2025–2026" under a title in capitals
    return dataclasses.replace(d, blocks=(f"{blocks[0].rstrip()}, {term}", *blocks[2:]))


_TITLE_LINE_WORDS = 4
_MIN_TITLE_LINES = 3
_COPY_PAIRS = 2  # a copy says its title's words again; one title's lines may share a pair ("NHÂN DÂN")


def join_title_set_in_capital_lines(d: Draft) -> Draft:
    """ "HỘI THẢO KHOA HỌC QUỐC GIA ... NĂM 2026" / "VĂN HOÁ, VĂN HỌC VÙNG NAM BỘ" / "TRONG KỶ NGUYÊN ..." / ...: three
    lines or more in capitals opening the page, each of four words or more and none ending a sentence, then a line
    in small letters, no two of them saying the same words (a pair of words may recur): one title set over lines (a
    menu's are shorter)."""
    n = 0
    while n < len(d.blocks) and _capitals(d.blocks[n]) and len(d.blocks[n].split()) >= _TITLE_LINE_WORDS:
        if d.blocks[n].rstrip()[-1:] in ".!?:;":
            return d
        n += 1
    if n < _MIN_TITLE_LINES or n == len(d.blocks) or d.blocks[n].isupper():
        return d
    lines = d.blocks[:n]
    if any(shared_pairs(a, b) >= _COPY_PAIRS for k, a in enumerate(lines) for b in lines[k + 1 :]):
        return d  # the title printed again under it, whole or over two lines: one title and its copy
    return dataclasses.replace(d, blocks=(" ".join(b.strip() for b in lines), *d.blocks[n:]))
