"""Months, spans of months and quarters: "tháng 4" is "tháng tư", "tháng 5/2022" "tháng năm năm hai nghìn không
trăm hai mươi hai", "quý 3-2022", "Q3/2022" and "doanh thu Q1" quarters of a year; two dates run together
where a copy lost the dash between them ("năm 19209 tháng 12") parted."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_int, read_month
from .options import Options
from .patterns import DASH

_MONTH_YEAR = re.compile(r"(?<!\w)((?i:tháng))\s+(\d{1,2})(?:[/.-]|/ )(\d{4})(?![\w/])")  # "tháng 9/ 2019" too
# "tháng 5/2022 - 3/2023", "tháng 1/2023 – tháng 6/2023": a span of months
_MONTH_YEAR_RANGE = re.compile(
    rf"(?<!\w)([Tt]háng)\s+(\d{{1,2}})/(\d{{4}}){DASH}(?:tháng\s+)?(\d{{1,2}})/(\d{{4}})(?![\w/])"
)
# "tháng 4–5/2025", "tháng 4–6": two months, of one year or of any
# (never "5 tháng 3 – 10 tháng 4": a day's month, then the next day with its own, a span "đến")
_DAYS_SPAN = re.compile(r"(?<![\w.,/])(\d{1,2}\s+tháng\s+\d{1,2})\s*[-–]\s*(?=\d{1,2}\s+tháng\s+\d{1,2}(?!\d))")
_MONTHS_OF_YEAR = re.compile(
    rf"(?<!\w)([Tt]háng)\s+(\d{{1,2}}){DASH}(\d{{1,2}})(?:/(\d{{4}}))?(?![\w/-]|[.,]\d|\s+tháng\b)"
)
# "quý 3-2022"; a round of a year's events: "đợt 4-2024", "lần thứ 3/2023", "kỳ 1-2024"
_QUARTER_YEAR = re.compile(
    r"(?<!\w)([Qq]uý(?=\s+[1-4]\D)|[Đđ]ợt|[Ll]ần(?: thứ)?|[Kk]ỳ)\s+(\d{1,2})[/.-]((?:19|20)\d\d)(?![\w/]|[.,]\d)"
)
# "Q2/2024", "Q4-2023": a quarter in a finance table's shorthand (never "Q3" alone: Quận 3)
_Q_QUARTER_YEAR = re.compile(r"(?<![\w/.])Q([1-4])[/-]((?:19|20)\d\d)(?![\w/])")
# "doanh thu Q1", "cuối Q3": a quarter alone after a word of accounts or of a quarter's part
_Q_QUARTER_ALONE = re.compile(
    r"(?P<w>(?<!\w)(?i:doanh thu|lợi nhuận|lãi|lỗ|kết quả kinh doanh|tăng trưởng|cuối|đầu|giữa)\s+)Q([1-4])(?![\w/.-])"
)
_MONTH = re.compile(r"(?<!\w)((?i:tháng))\s+(\d{1,2})(?![\d/]|[.,]\d|\w)")
# "(4 tháng 10 năm 19209 tháng 12 năm 2002)": a life's two dates, the dash between them lost in a copy
_GLUED_DATES = re.compile(
    r"(?<!\d)(\d{1,2} tháng \d{1,2} năm )(1[5-9]\d\d|20[0-4]\d)([1-9]|[12]\d|3[01])( tháng \d{1,2} năm (\d{4}))(?!\d)"
)


def months(text: str, opts: Options, lex: Lexicon) -> str:
    """ "tháng 4", "tháng 5/2022", "quý 3-2022" ("Q3/2022") and spans of months, with tháng tư for April."""

    def month_year(m: re.Match[str]) -> str:
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return m.group(0)
        return f"{m.group(1)} {read_month(mo, opts)} năm {read_int(int(m.group(3)), opts)}"

    def month(m: re.Match[str]) -> str:
        mo = int(m.group(2))
        return f"{m.group(1)} {read_month(mo, opts)}" if 1 <= mo <= 12 else m.group(0)

    def quarter_year(m: re.Match[str]) -> str:
        return f"{m.group(1)} {read_int(int(m.group(2)), opts)} năm {read_int(int(m.group(3)), opts)}"

    def span(m: re.Match[str]) -> str:
        m1, m2 = int(m.group(2)), int(m.group(4))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return m.group(0)
        y1, y2 = (read_int(int(m.group(i)), opts) for i in (3, 5))
        return f"{m.group(1)} {read_month(m1, opts)} năm {y1} đến tháng {read_month(m2, opts)} năm {y2}"

    def months_of_year(m: re.Match[str]) -> str:
        m1, m2 = int(m.group(2)), int(m.group(3))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and m1 != m2):  # "tháng 11-1": over the new year too
            return m.group(0)
        year = f" năm {read_int(int(m.group(4)), opts)}" if m.group(4) else ""
        return f"{m.group(1)} {read_month(m1, opts)} đến tháng {read_month(m2, opts)}{year}"

    text = _GLUED_DATES.sub(lambda m: f"{m[1]}{m[2]} đến {m[3]}{m[4]}" if m[5] >= m[2] else m[0], text)
    text = _Q_QUARTER_ALONE.sub(r"\g<w>quý \2", _Q_QUARTER_YEAR.sub(r"quý \1/\2", text))
    text = _DAYS_SPAN.sub(r"\1 đến ", text)
    text = _MONTHS_OF_YEAR.sub(months_of_year, _MONTH_YEAR_RANGE.sub(span, text))
    text = _QUARTER_YEAR.sub(quarter_year, text)
    return _MONTH.sub(month, _MONTH_YEAR.sub(month_year, text))
