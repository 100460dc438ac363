"""Weekdays and ordinals after "thứ": "thứ 2 - CN", "thứ 2-6", "Thứ 2-4-6", "lần thứ 1"."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_ordinal
from .options import Options

_WEEKDAY_RANGE = re.compile(r"(?<!\w)([Tt]hứ\s+[2-7])\s*[-–]\s*((?:[Tt]hứ\s+[2-8])|CN|[Cc]hủ nhật)(?!\w)")
_ORDINAL = re.compile(r"(?<!\w)((?i:thứ))\s+(\d{1,3})(?![\w/]|[.,]\d)")
_ORDINAL_RANGE = re.compile(r"(?<!\w)((?i:thứ))\s+(\d{1,2})\s*(?:[-–]+>?|→)\s*(\d{1,2})(?![\w/]|[.,]\d|\s*[-–]\s*\d)")
# "Thứ 2-4-6", "thứ 3 - 5 - 7": a class's days listed, not a range
# "tối t7 10h lên xe": a weekday typed short after a part of the day
_SHORT_WEEKDAY = re.compile(r"\b((?i:sáng|trưa|chiều|tối|đêm|ngày)) [tT]([2-7])\b")
_ORDINAL_LIST = re.compile(r"(?<!\w)((?i:thứ))\s+(\d)((?:\s*[-–]\s*\d){2,})(?![\w/]|[.,]\d)")
# "Thứ 2-4-6 hoặc 3-5-7": the second list's "thứ" left unwritten
_LIST_AFTER_LIST = re.compile(
    r"((?i:thứ)\s+\d(?:\s*[-–]\s*\d){2,}\s*(?:hoặc|và|,|/)\s*)(?=\d(?:\s*[-–]\s*\d){2,}(?!\d))"
)

# "T2 – T6", "T7 - CN", "từ T2 đến T7": a week's days typed short at both ends of a span
_SHORT_RANGE = re.compile(r"(?<![\w/])T([2-7])(\s*[-–]\s*| đến )(?:T([2-8])|(CN))(?![\w/])")


_WEEK_BEFORE = re.compile(r"(?i:từ|lịch\w*|mở cửa|làm việc|học|giờ|[:(,])\s*$")
_WEEK_AFTER = re.compile(r"\s*(?:[:,;)]|\d{1,2}\s*(?:h|g|:|giờ))")


def _short_range(m: re.Match[str]) -> str:
    if not (_WEEK_BEFORE.search(m.string, 0, m.start()) or _WEEK_AFTER.match(m.string, m.end())):
        return m[0]  # "Xe T2-T3 loại mới": codes, not days
    last = m[3] or "8"  # Sunday, after the seventh day
    joint = ", " if int(last) == int(m[1]) + 1 else " đến "  # "T7 - CN": two days, one after the other
    return f"thứ {m[1]}{joint}{'thứ ' + m[3] if m[3] else m[4]}"


# "Lịch học: T2,4,6", "T3, T5, T7": weekdays typed short; "Nhập học: T4,7,10" (one past seven): months
_SHORT_LIST = re.compile(r"(?<![\w/])T(\d{1,2})((?:\s?,\s?T?\d{1,2}(?![\d/])){1,5})(?![\w/]|[.,]\d)")


def _short_list(m: re.Match[str]) -> str:
    listed = [int(m[1]), *map(int, re.findall(r"\d+", m[2]))]
    if len(listed) == 2 and "T" not in m[2]:
        return m[0]  # "T7,5": perhaps a decimal
    if all(2 <= n <= 7 for n in listed):
        return ", ".join(f"thứ {n}" for n in listed)
    if all(1 <= n <= 12 for n in listed) and max(listed) > 7:
        return "tháng " + ", ".join(map(str, listed))
    return m[0]


def _listed_days(m: re.Match[str]) -> str:
    days = [m.group(2), *re.findall(r"\d", m.group(3))]
    return ", ".join(f"{m.group(1) if n == 0 else 'thứ'} {day}" for n, day in enumerate(days))


def weekdays(text: str, opts: Options, lex: Lexicon) -> str:
    """ "thứ 2 - CN" -> "thứ hai đến Chủ nhật"; "Thứ 2-4-6" -> "Thứ hai, thứ tư, thứ sáu"; "thứ 4",
    "lần thứ 1" -> "thứ tư", "lần thứ nhất"; "tối t7" -> "tối thứ bảy"; "T2,4,6" -> "thứ hai, thứ tư,
    thứ sáu", "T4,7,10" -> "tháng tư, bảy, mười"."""
    text = _SHORT_LIST.sub(_short_list, _SHORT_WEEKDAY.sub(r"\1 thứ \2", _SHORT_RANGE.sub(_short_range, text)))
    text = _WEEKDAY_RANGE.sub(
        lambda m: f"{m.group(1)} đến {m.group(2)}",
        _ORDINAL_LIST.sub(_listed_days, _LIST_AFTER_LIST.sub(r"\1thứ ", text)),
    )
    text = _ORDINAL_RANGE.sub(r"\1 \2 đến thứ \3", text)  # "từ thứ 2-6", "tuần tuổi thứ 6-8": each end its "thứ"
    return _ORDINAL.sub(lambda m: f"{m.group(1)} {read_ordinal(int(m.group(2)), opts)}", text)
