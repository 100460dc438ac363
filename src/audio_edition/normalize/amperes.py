"""A current in amperes: "16A", "15 A" after a figure in a sentence about electricity ("ổ cắm chuẩn dòng 16A",
"dây chịu tải tối đa 15A") is "mười sáu am pe". Elsewhere a figure and a capital A name a class, a flat or a
block ("lớp 10A", "căn 12A"), read as they are."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .options import Options

# the sentence speaks of electricity: a socket, a breaker, a charger, a load, volts or watts beside
_ELECTRIC = re.compile(
    r"(?i:\b(?:dòng điện|dòng tải|điện|ổ cắm|phích|cầu dao|cầu chì|aptomat|áp tô mát|sạc|tải|công suất|vôn|oát"
    r"|multitap|rơ le|relay|khởi động từ|contactor|dây dẫn|tiết diện)\b)"
    r"|\b(?:CB|MCB|MCCB|RCBO|RCCB|ELCB)\b|\d\s?(?:V|W|kW|kVA)\b"
)
_AMPERES = re.compile(r"(?<![\w.,/-])(?P<n>\d{1,4}(?:,\d{1,2})?)\s?A(?![\w'’/+-])")
# a figure named by the word before it: a class, a flat, a block, a road, a team
_NAMED_BEFORE = re.compile(
    r"(?i:\b(?:lớp|phòng|tầng|khu|căn|căn hộ|nhà|số|tòa|block|lô|tổ|ấp|ngõ|hẻm|ngách|kiệt|đường|phố|tuyến|xe|đội"
    r"|bảng|mẫu|hạng|quốc lộ|tỉnh lộ|QL|ĐT|mã|model)\s+)$"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def amperes(text: str, opts: Options, lex: Lexicon) -> str:
    """`text` with the currents of its electrical sentences said in amperes."""
    return _SENTENCE.sub(_sentence, text) if "A" in text else text


def _sentence(m: re.Match[str]) -> str:
    sentence = m[0]
    if not _ELECTRIC.search(sentence):
        return sentence
    return _AMPERES.sub(lambda a: a[0] if _NAMED_BEFORE.search(sentence, 0, a.start()) else f"{a['n']} am pe", sentence)
