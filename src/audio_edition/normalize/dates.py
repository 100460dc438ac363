"""Dates and times: "6/11/2018", "tháng 10/2018", "07:56", "7h30"."""

from __future__ import annotations

import re

from .numbers import read_int
from .options import Options


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _day(day: int, opts: Options, prefix: str | None) -> str:
    word = (prefix or "ngày").strip().lower()
    if word == "mùng" or word == "mồng":
        return f"{prefix.strip()} {read_int(day, opts)}" if prefix else f"ngày {read_int(day, opts)}"
    return f"{(prefix or 'ngày').strip()} {read_int(day, opts)}"


_FULL_DATE = re.compile(
    r"(?<![\w/.])(?:(?P<prefix>[Nn]gày|[Mm]ùng|[Mm]ồng)\s+)?"
    r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/])"
)
_DAY_MONTH = re.compile(r"(?<![\w/.])(?:(?P<prefix>[Nn]gày|[Mm]ùng|[Mm]ồng)\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w/])")
_DATE_CONTEXT = re.compile(
    r"(?:ngày|mùng|mồng|sáng|trưa|chiều|tối|đêm|hôm|từ|đến|tới|trước|sau|dịp|hạn|vào|lúc)\s*$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(r"(?<!\w)([Tt]háng)\s+(\d{1,2})/(\d{4})(?![\w/])")
_CLOCK = re.compile(r"(?<![\w:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\w:])")
_HOUR_MARK = re.compile(r"(?<![\w])(\d{1,2})h(\d{2})?(?!\w)")


def full_dates(text: str, opts: Options) -> str:
    def repl(m: re.Match[str]) -> str:
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if not _valid(d, mo):
            return m.group(0)
        return f"{_day(d, opts, m['prefix'])} tháng {read_int(mo, opts)} năm {read_int(y, opts)}"

    return _FULL_DATE.sub(repl, text)


def month_years(text: str, opts: Options) -> str:
    def repl(m: re.Match[str]) -> str:
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return m.group(0)
        return f"{m.group(1)} {read_int(mo, opts)} năm {read_int(int(m.group(3)), opts)}"

    return _MONTH_YEAR.sub(repl, text)


def day_months(text: str, opts: Options) -> str:
    """ "07/11" is a date after a word that introduces one ("ngày", "sáng", "từ"...)."""

    def repl(m: re.Match[str]) -> str:
        d, mo = int(m["d"]), int(m["m"])
        context = m["prefix"] or _DATE_CONTEXT.search(text[: m.start()])
        if not _valid(d, mo) or not context:
            return m.group(0)
        return f"{_day(d, opts, m['prefix'])} tháng {read_int(mo, opts)}"

    return _DAY_MONTH.sub(repl, text)


def _clock(hours: int, minutes: int, seconds: int | None, opts: Options) -> str:
    out = f"{read_int(hours, opts)} giờ"
    if minutes or seconds:
        out += f" {read_int(minutes, opts)} phút"
    if seconds:
        out += f" {read_int(seconds, opts)} giây"
    return out


def clock_times(text: str, opts: Options) -> str:
    def colon(m: re.Match[str]) -> str:
        h, mi = int(m.group(1)), int(m.group(2))
        s = int(m.group(3)) if m.group(3) else None
        if h > 24 or mi > 59 or (s is not None and s > 59):
            return m.group(0)
        return _clock(h, mi, s, opts)

    def hour_mark(m: re.Match[str]) -> str:
        h, mi = int(m.group(1)), int(m.group(2) or 0)
        if h > 24 or mi > 59:
            return m.group(0)
        return _clock(h, mi, None, opts)

    return _HOUR_MARK.sub(hour_mark, _CLOCK.sub(colon, text))
