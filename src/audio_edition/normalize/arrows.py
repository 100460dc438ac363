"""Arrows and the signs a study's notes draw between words: "=>" a consequence ("thì"), steps ("rồi") or, after
"từ", the far end ("đến"); "->" between numbers or two names a range or a route ("đến"), between words a pause;
"> <" two things set against each other ("đối lập với"); "→" and ticks a pause."""

from __future__ import annotations

import re

_ARROW = re.compile(r"(?P<a>\w+)\s*-{1,2}>\s*(?P<b>\w+)")
_NUMBER_WORDS = frozenset("một hai ba bốn sáu bảy tám chín mười mươi trăm nghìn ngàn triệu tỷ tỉ".split())


def _arrow(m: re.Match[str]) -> str:
    before, after = m["a"], m["b"]
    ranged = before[-1].isdigit() or after[0].isdigit() or {before, after} & _NUMBER_WORDS  # "nghìn -> ba triệu"
    named = before[0].isupper() and after[0].isupper()  # "Hà Nội -> Hải Phòng": a route
    return f"{before} đến {after}" if ranged or named else f"{before}, {after}"


# "→" before a figure said in words, a figure among the four words before it: from one to the other
_FIGURES_ARROW = re.compile(
    r"(?P<before>(?:\S+\s+){0,3}\S+)\s*→\s*(?=(?:âm|không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b)"
)


def _figures_arrow(m: re.Match[str]) -> str:
    figure = set(m["before"].split()) & (_NUMBER_WORDS | {"năm", "lăm", "mốt", "không", "phẩy"})
    return m["before"] + (" đến " if figure else " → ")


def arrows(text: str) -> str:
    """`text` with its arrows said as words or pauses."""
    text = re.sub(r"(?<=[.!?:;])\s*=>\s*", " ", text)  # "... của tác giả.=> Cảm xúc ...": a conclusion, a bullet
    text = re.sub(r"(?i:\b(từ)( \S+(?: \S+)?))\s*=>\s*", r"\1\2 đến ", text)  # "từ đầu => “...”": from one to the other
    steps = text.count("=>") > 1 and not re.search(r"(?i:\bnếu\b)", text)  # "máy => Hợp ngữ => ...": steps
    text = re.sub(r"\s*=>\s*", ", rồi " if steps else " thì ", text)  # "Nếu A < 0 => lỗ": a consequence
    # "(500k-> 3tr)", "3 --> 5", "Hà Nội -> Hải Phòng": from one to the other; between words, a note's pause ("sương
    # chùng chình -> Sương giăng mắc ...")
    text = re.sub(r"\s*-{1,2}>\s*", ", ", _ARROW.sub(_arrow, text))  # "(3/2 -> 2/3) -> tình cảm": a pause
    text = re.sub(r"(?<=[^\W\d_])\s*>\s?<\s*(?=[^\W\d_])", " đối lập với ", text)  # "sum họp > < Hiện tại": opposed
    text = _FIGURES_ARROW.sub(_figures_arrow, text)  # "từ ba mươi hai độ xê → bốn mươi mốt độ xê": a rise
    return re.sub(r"(?<=\w)\s*[→➡➔✅✔☑✓>]\s*(?=[^\W\d_])", ", ", text)  # "tạo bọt → rỗ", "shows>illustrates": a pause
