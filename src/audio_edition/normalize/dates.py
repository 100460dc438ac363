"""Dates, date ranges and times (months and quarters alone: months.py).

Dates are read "ngày D tháng M năm Y", adding "ngày" unless the sentence just said it
("các ngày 26 và 27/6"); April is "tháng tư". A bare "07/11" is a date only after a word
that introduces one (ngày, sáng, từ, đến...), so "24/7" and "1/3 số ca" are not dates; a
"15-8" or "12.4" only after a word that names a day (ngày, sáng, đêm, phiên...).
"""

from __future__ import annotations

import re
from functools import cache

from ..text.letters import UPPER
from .abbreviations import Lexicon
from .lexicon import builtin_words
from .numbers import read_int, read_month, read_number
from .options import Options
from .patterns import DASH

_DAY_WORD = re.compile(
    r"(?:^|\s)(?:(?:ngày(?!\s+(?:mai|kia|nay|qua|hôm))|mùng|mồng)(?:\s+\S+){0,3}|hôm):?\s*$", re.IGNORECASE
)
# A named day before its date: "Ngày Thầy thuốc Việt Nam 27/2", "Ngày Phụ nữ Việt Nam 20/10".
_HOLIDAY = re.compile(r"(?:^|\s)(?:Ngày|ngày(?=\s+[A-ZĐÀ-Ỹ]))(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:]*|\s+[a-zà-ỹ]+){1,6}[\s,(]*$")
# "13,14 và 15 tháng Ba", "23,24,25/11/2022": days listed without spaces, not a decimal
_LISTED_DAYS = re.compile(r"(?<![\w.,])(\d{1,2}),(\d{1,2})(?=\s*(?:,|và)\s*\d{1,2}\s+(?i:tháng)\b)")
_LISTED_DAY_RUN = re.compile(r"(?<![\w.,])\d{1,2}(?:,\d{1,2}){2,}(?=/\d{1,2}(?:/\d{2,4})?(?![\w/]))")
# "ngày Quốc tế phụ nữ 8/3": a holiday's name says "ngày" already ("Ngày mai, 5/6" does not)
_NAMED_HOLIDAY = re.compile(rf"(?:^|\s)(?i:ngày)\s+[{UPPER}][^\s,.;:]*(?:\s+[^\s,.;:]+){{0,5}}\s*$")
# "kỷ niệm ngày thành lập Hội 20/10": a day named in a few words, without a figure among them
_NAMED_DAY = re.compile(r"(?:^|\s)(?i:ngày)(?:\s+[^\W\d_]+){1,4}\s*$")
# Words after which a day and month are a date. The strong ones name a day or a time of it:
# after them "15-8" and "12.4" are dates too (Tuổi Trẻ and Thanh Niên print dates so), where
# after "từ" or "đến" they are ranges ("từ 2-3 ngày"). "đêm nay (20/8)" and "thứ sáu (23/8)"
# reach here with the parenthesis already read as a comma; "Hiện nay, 1/3 dân số" does not.
_STRONG_DATE_WORDS = (
    r"ngày|mùng|mồng|sáng|trưa|chiều|tối|đêm|khuya|hôm|phiên|lễ|Giỗ Tổ|Quốc khánh|dịp|CN|chủ nhật|chúa nhật"
    r"|(?:cúp|cắt|mất) điện"
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])\b"  # a weekday; "thứ tự", "thứ hạng" name no day
    r"|(?:hôm|ngày|sáng|trưa|chiều|tối|đêm|khuya|tuần)\s+(?:nay|qua|mai)|(?:sáng|chiều|tối|đêm)\s+(?:sớm|muộn)"
    # "chủ nhật vừa qua (24.8)"
    r"|(?:chủ nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy))\s+(?:vừa qua|tuần trước|tuần này|tới|này)"
)
_STRONG_DATE_CONTEXT = re.compile(rf"(?:{_STRONG_DATE_WORDS})(?:[\s,(]*|\s+[-–]\s+)$", re.IGNORECASE)
# The last of a list of days takes the month for all: "ngày 28 và 29-5", "các ngày 3, 4 và 5-7",
# and so does the end of a span: "từ ngày 11 đến 13-10".
_DAY_LIST_CONTEXT = re.compile(
    rf"(?:{_STRONG_DATE_WORDS})\s+\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*(?:,|và|đến|tới)\s*$", re.IGNORECASE
)
_DATE_CONTEXT = re.compile(
    rf"(?:{_STRONG_DATE_WORDS}|từ|đến|tới|trước|sau|hạn|vào|lúc|hết|cuối|đầu|giữa)(?:[\s,(]*|\s+[-–]\s+)$",
    re.IGNORECASE,
)
# "trong các ngày từ": days named before a span of them
_DAYS_FROM = re.compile(r"(?i:ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya)\s+(?:từ\s+)?$")
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_FULL_DATE = re.compile(
    rf"(?<![\w/.,])(?:(?P<prefix>[Nn]gày|[Mm]ùng|[Mm]ồng)\s+)?{_D}(?P<sep>[/.\-]){_M}(?P=sep)(?P<y>\d{{4}})(?![\w/])"
)
_DAY_MONTH = re.compile(
    rf"(?<![\w/.,-])(?:(?P<prefix>[Nn]gày|[Mm]ùng|[Mm]ồng)\s+)?{_D}(?P<sep>[/.-]){_M}(?![\w/]|[.,-]\d)"
)
# "Hà Nội: 9-7, công bố điểm chuẩn": a place, a colon, and a date before a comma
_HEADING_DATE_BEFORE = re.compile(
    r"^(?!.*(?i:tỉ số|tỷ số|kết quả|chung cuộc|hiệp|trận|thắng|thua|hòa|bàn thắng))[^\d:]{1,40}:\s*$"
)  # "Kết quả: 2-1, ..." is a score
_DAY_RANGE = re.compile(
    rf"(?<![\w/.,])(?:(?P<prefix>[Nn]gày|[Mm]ùng|[Mm]ồng)\s+)?(?P<d1>\d{{1,2}}){DASH}(?P<d2>\d{{1,2}})"
    rf"(?P<sep>[/.]){_M}(?:(?P=sep)(?P<y>\d{{4}}))?(?![\w/]|[.,]\d)"
)
_DATE_RANGE = re.compile(
    r"(?<![\w/.,])(?:(?P<prefix>[Nn]gày)\s+)?(?P<d1>\d{1,2})/(?P<m1>\d{1,2})(?:/(?P<y1>\d{4}))?"
    rf"{DASH}(?:ngày\s+)?(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y2>\d{{4}}))?(?![\w/])"
)
# "ngày 31.8 - 6.9": the same with dots, only after a word that names a day
_DOTTED_DATE_RANGE = re.compile(
    r"(?<![\w/.,])(?:(?P<prefix>[Nn]gày)\s+)?(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})"
    rf"(?:{DASH}|\s+(?P<to>đến|tới)\s+)(?:ngày\s+)?(?P<d2>\d{{1,2}})\.(?P<m2>\d{{1,2}})(?![\w/]|[.,]\d)"
    r"(?!\s*(?:%|triệu|tỷ|nghìn|ngàn|phần trăm|điểm|độ|lần|USD|đồng)(?!\w))"  # "từ 21.6 đến 24.6 triệu": no days
)
# "tuần 19 đến 26-10", "từ 13 đến 16/12": a span given by its first and last days, the month
# written once (after "từ" only with a slash: "từ 13 đến 16.5" is a decimal)
_WEEK_SPAN = re.compile(
    r"(?<!\w)(?:(?P<week>[Tt]uần)|(?P<start>[Tt]ừ(?: ngày)?))\s+(?P<d1>\d{1,2})\s+(?:đến|tới)\s+(?P<d2>\d{1,2})"
    r"(?P<sep>(?(week)[/.-]|[/-]))(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\w/]|[.,]\d)"
)
# "từ 3 đến 5-7 người": what follows a count
_COUNTED_AFTER = re.compile(
    r"\s*(?:người|học sinh|ngày|tuổi|lần|tháng|năm|giờ|phút|km|kg|cm|m|triệu|tỷ|nghìn|ngàn|%|con|cây|hộ|xe|ca"
    r"|điểm)(?!\w)"
)
# "từ 1 đến 2/3 diện tích": a share of something, not a day
_SHARE_OF = re.compile(
    r"\s+(?:số|tổng|diện tích|dân số|(?:âm |dung |thời |khối )?lượng|công suất|trong số|ao|nồi|chậu"
    r"|thùng|bể|bình|chai|cốc|ly|xô|GDP|GRDP|doanh thu|lợi nhuận|thị phần|kim ngạch)\b"  # "chiếm 1/4 GDP"
)
# 7h30, 14h, 21g26p, 07:56, 01:20:30
_TIME = r"(?P<{0}h>\d{{1,2}})(?:h(?P<{0}m>\d{{2}})?|g(?P<{0}g>\d{{2}})p?|:(?P<{0}c>\d{{2}})(?::(?P<{0}s>\d{{2}}))?)"
# a colon after a clock is a label's ("Trước 6h00: tính 100% giá phòng"), one before digits is its seconds
_CLOCK = re.compile(r"(?<![\w:/.,])" + _TIME.format("a") + r"(?![\w]|:\d)")
_CLOCK_RANGE = re.compile(r"(?<![\w:/.,])" + _TIME.format("a") + DASH + _TIME.format("b") + r"(?![\w]|:\d)")


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


# A part of the day right before a date: "tối 14-2" is "tối mười bốn tháng hai", with no "ngày" between.
_PART_OF_DAY = re.compile(r"(?:^|\s)(?i:rạng sáng|sáng|trưa|chiều|tối|đêm|khuya|sớm)\s*$")
# "từ 12.3 - 5.4", "tuần 16-20/3": a span said from its ends, "từ mười hai tháng ba đến ..."
_SPAN_START = re.compile(r"(?:^|\s)(?i:từ)\s*$")
_ACIDITY = re.compile(r"(?:\bpH|pê hát)[^.;\d]{0,30}$")  # "Độ pH đất: từ 5.5 – 6.5": an acidity's range, two decimals
_WEEK = re.compile(r"(?:^|\s)(?i:tuần)\s*$")


def _day(day: int, opts: Options, prefix: str | None, before: str) -> str:
    """ "ngày 6", "mùng 8", or just "6" when the sentence already said "ngày" or a part of the day."""
    if prefix:
        return f"{prefix} {read_int(day, opts)}"
    if _DAY_WORD.search(before) or _PART_OF_DAY.search(before) or _NAMED_HOLIDAY.search(before):
        return read_int(day, opts)
    if _LISTED_DAY.search(before):  # "21 và 22/4": the second of two days named with one month
        return read_int(day, opts)
    if _RELATIVE_DAY.search(before):  # "ngày mai 26/6": "ngày mai, ngày hai mươi sáu", the date in apposition
        return f", ngày {read_int(day, opts)}"
    return f"ngày {read_int(day, opts)}"


_RELATIVE_DAY = re.compile(r"(?:^|\s)(?i:ngày mai|ngày kia)\s*$")


_LISTED_DAY = re.compile(r"(?<![\d/.-])\d{1,2}\s*(?:và|hoặc|,)\s*$")


def _range_start(day: int, opts: Options, prefix: str | None, before: str) -> tuple[str, str]:
    """The first day of a range of dates, and the word before the last: "đến ngày" after a
    "ngày", plain "đến" when the sentence said "từ" or a part of the day."""
    if not prefix and _SPAN_START.search(before):
        return read_int(day, opts), "đến"
    head = _day(day, opts, prefix, before)
    return head, "đến ngày" if head.split()[0] in ("ngày", "mùng", "mồng") or _DAY_WORD.search(before) else "đến"


def _month_year(month: int, year: str | None, opts: Options) -> str:
    spoken = f"tháng {read_month(month, opts)}"
    return spoken + (f" năm {read_int(int(year), opts)}" if year else "")


_GLUED_DATES = re.compile(r"(\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?=\d{1,2}/\d{1,2}/(?:19|20)\d\d)")
# "Ngày 16/102022": the slash before the year lost, after a word that names a day
_LOST_SLASH = re.compile(r"(?<=(?i:ngày) )(\d{1,2})/(1[0-2]|0[1-9])((?:19|20)\d\d)(?![\w/.,]\d|\w)")
# "Sáng 8/1.2024": a slash between the day and the month, a dot before the year
_MIXED_MARKS = re.compile(r"(?<![\w/.,])([12]\d|3[01]|0?[1-9])/(1[0-2]|0?[1-9])\.((?:19|20)\d\d)(?![\w/]|[.,]\d)")


def full_dates(text: str, opts: Options, lex: Lexicon) -> str:
    """ "7/11/2018", "07-11-2018" -> "ngày bảy tháng mười một năm ..."; a slash typed twice ("30/4//2017"), two dates
    glued ("1/7/20221/3/2023": a table's cells), a slash lost before the year ("Ngày 16/102022") or a slash and a dot
    mixed ("Sáng 8/1.2024") read as dates too."""

    def repl(m: re.Match[str]) -> str:
        d, mo = int(m["d"]), int(m["m"])
        if not _valid(d, mo):
            return m.group(0)
        return f"{_day(d, opts, m['prefix'], text[: m.start()])} {_month_year(mo, m['y'], opts)}"

    text = _GLUED_DATES.sub(r"\1, ", re.sub(r"(?<=\d)//(?=\d)", "/", _LOST_SLASH.sub(r"\1/\2/\3", text)))
    text = _MIXED_MARKS.sub(r"\1/\2/\3", text)
    text = _SHORT_YEAR.sub(
        lambda m: f"{_day(int(m['d']), opts, None, m.string[: m.start()])} {_month_year(int(m['m']), m['y'], opts)}",
        text,
    )
    return _FULL_DATE.sub(repl, text)


# "01.08.21 CHÚA NHẬT ...": a parish's date, two figures each for the day, the month and the year
_SHORT_YEAR = re.compile(r"(?<![\w.,/])(?P<d>0[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2])\.(?P<y>\d\d)(?![\w,/]|\.\d)")


# "ngày 11 /5/2013": a space lost its way before the slash
_SPACED_DAY = re.compile(r"(?<![\w/.,])(\d{1,2}) (?=/\d{1,2}/\d{4}(?![\w/]))")
# "Phật lịch 2557 – 2013": a Buddhist year and the common era's, 543 or 544 years apart
_ERA_YEARS = re.compile(r"(?<![\w.,])(?P<a>2[45]\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?![\w.,])")


def _era_years(m: re.Match[str], opts: Options) -> str:
    if int(m["a"]) - int(m["b"]) not in (543, 544):
        return m.group(0)
    return f"{read_int(int(m['a']), opts)}, dương lịch {read_int(int(m['b']), opts)}"


def date_ranges(text: str, opts: Options, lex: Lexicon) -> str:
    """ "20-30/4" and "18/09 - 19/09/2018": both ends read as dates, joined by "đến"; a Buddhist
    year and the common era's ("2557 – 2013") are two names of one year."""

    def days(m: re.Match[str]) -> str:
        d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
        if not (_valid(d1, mo) and _valid(d2, mo) and d1 < d2):
            return m.group(0)
        if m["sep"] == "." and not (m["prefix"] or m["y"] or _STRONG_DATE_CONTEXT.search(text[: m.start()])):
            return m.group(0)
        before = text[: m.start()]
        if not m["prefix"] and _WEEK.search(before):
            return f"từ {read_int(d1, opts)} đến {read_int(d2, opts)} {_month_year(mo, m['y'], opts)}"
        head = _day(d1, opts, m["prefix"], before)
        return f"{head} đến {read_int(d2, opts)} {_month_year(mo, m['y'], opts)}"

    def dates(m: re.Match[str]) -> str:
        d1, m1, d2, m2 = int(m["d1"]), int(m["m1"]), int(m["d2"]), int(m["m2"])
        dated = (
            m["y1"]
            or m["y2"]
            or m["prefix"]
            or _DATE_CONTEXT.search(text[: m.start()])
            or _YEARLY_AFTER.match(text, m.end())  # "12/10- 14/10 Âm lịch"
            or (d1 > m1 and d2 > m2)  # two fractions over one would be a strange pair
        )
        if not (_valid(d1, m1) and _valid(d2, m2)) or not dated:
            return m.group(0)
        head, until = _range_start(d1, opts, m["prefix"], text[: m.start()])
        return f"{head} {_month_year(m1, m['y1'], opts)} {until} {read_int(d2, opts)} {_month_year(m2, m['y2'], opts)}"

    def dotted(m: re.Match[str]) -> str:
        d1, m1, d2, m2 = int(m["d1"]), int(m["m1"]), int(m["d2"]), int(m["m2"])
        before = text[: m.start()]
        dated = m["prefix"] or _STRONG_DATE_CONTEXT.search(before) or _SPAN_START.search(before)
        across = d1 >= 20 and d2 <= 10 and m2 == m1 % 12 + 1  # into the next month, never a falling decimal
        dated = dated and not _ACIDITY.search(before)
        if m["to"] and not (m["prefix"] or _DAYS_FROM.search(before) or across):
            dated = None  # "từ 2.5 đến 3.5" are decimals; "các ngày từ 21.6 đến 24.6", "từ 30.4 đến 1.5" days
        if not (_valid(d1, m1) and _valid(d2, m2)) or not dated:
            return m.group(0)
        head, until = _range_start(d1, opts, m["prefix"], before)
        return f"{head} {_month_year(m1, None, opts)} {until} {read_int(d2, opts)} {_month_year(m2, None, opts)}"

    def week(m: re.Match[str]) -> str:
        d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
        if not (_valid(d1, mo) and _valid(d2, mo) and d1 < d2) or (m["start"] and _SHARE_OF.match(text, m.end())):
            return m.group(0)
        if m["start"] and m["sep"] == "-" and _COUNTED_AFTER.match(text, m.end()):
            return m.group(0)  # "từ 3 đến 5-7 người": a count, not a span of days
        head = f"{m['week']} từ" if m["week"] else m["start"]
        return f"{head} {read_int(d1, opts)} đến {read_int(d2, opts)} {_month_year(mo, m['y'], opts)}"

    text = _LISTED_DAY_RUN.sub(lambda m: m.group(0).replace(",", ", "), _LISTED_DAYS.sub(r"\1, \2", text))
    text = _HYPHEN_DATE_SPAN.sub(r"\1/\3/\4 - \5/\6/\7", text)  # "20-10-1930 - 20-10-2024", "30.4.1975 - 30.4.2025"
    text = _ERA_YEARS.sub(lambda m: _era_years(m, opts), _SPACED_DAY.sub(r"\1", text))
    text = _WEEK_SPAN.sub(week, _DOTTED_DATE_RANGE.sub(dotted, text))
    return _DAY_RANGE.sub(days, _DATE_RANGE.sub(dates, text))


_HYPHEN_DATE_SPAN = re.compile(
    r"(?<![\w/.-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})\s*[-–]\s*(\d{1,2})\2(\d{1,2})\2(\d{4})(?![\w/-]|\.\d)"
)
# a day and month just listed before this one: "lễ 30-4 và 1-5", "ngày 2/9, 3/9"
_AFTER_A_DATE = re.compile(r"(?<![\w/.,-])\d{1,2}([/.-])\d{1,2}\s*(?:,|và|hoặc|hay)\s*$")
# "đường 3/2", "quảng trường 26/3": a street, square or bridge named after a day, said as the day
# and its month with no "ngày" ("ngõ 3/2" and "số 12/3" are addresses, not here)
_NAMED_AFTER_DAY = re.compile(r"(?:^|\s)(?i:đường|phố|đại lộ|quảng trường|công viên|cầu|sân vận động)\s*$")
# "Trường Mầm non 20-10", "Công ty 28-1": a school or a firm named after a day, its name in capitals
_NAMED_INSTITUTION = re.compile(
    r"(?:^|\s)(?:Trường|Công ty|Bệnh viện|Nhà máy"
    r"|(?i:mầm non|tiểu học|trung học cơ sở|trung học phổ thông|THCS|THPT))\s*$"
)
_HOUSE_BEFORE = re.compile(r"(?i:\b(?:hẻm|ngõ|ngách|kiệt|số nhà))\s*$")
# "Trường Mầm non 1/6", "đêm Valentine 14/2", "Chi hội 27/2": a day the year marks, after a name's word
_MARKED_DAYS = frozenset({(1, 1), (3, 2), (14, 2), (27, 2), (8, 3), (26, 3), (30, 4), (1, 5), (19, 5), (1, 6)})
_MARKED_DAYS |= {(27, 7), (19, 8), (2, 9), (10, 10), (20, 10), (20, 11), (22, 12), (24, 12), (25, 12)}
_NAME_WORD_BEFORE = re.compile(rf"\S\s+[{UPPER}][^\s,.;:!?]*(?:\s+[^\s,.;:!?]+)?\s+$")
# "15/8 hàng năm", "10/3 âm lịch": a day that comes back every year
_YEARLY_AFTER = re.compile(r"\s+(?i:hàng năm|hằng năm|âm lịch|dương lịch|năm nay|năm ngoái|năm sau)\b")
_CALENDAR_AFTER = re.compile(r"\s+(?i:âm lịch|dương lịch)\b")
_SPAN_COUNTED = re.compile(r"\s+(?:ngày|tuần|tháng|giờ|phút|lần|buổi)\b")


# "thống nhất đất nước 30/4": a day of 13 or more over a month is no fraction a page would print (a count over
# its total is never more than the total)
_NO_FRACTION_ABOVE = 13
_ROUND_THE_CLOCK = (24, 7)  # "phục vụ 24/7": all day, every day
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|[-–]\s|$|và\b|[A-ZĐÀ-Ỹ])")  # "30/4, ngày ...", never "15/12 chỉ tiêu"


@cache
def _counted() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in builtin_words("counted_nouns.txt"))
    return re.compile(rf"\s+(?:{nouns})(?!\w)")


def _counted_after(m: re.Match[str]) -> bool:
    """ "07/08 chi bộ": a padded share of the units a report counts (data/counted_nouns.txt)."""
    return int(m["d"]) <= int(m["m"]) and _counted().match(m.string, m.end()) is not None


def _share_of(m: re.Match[str], before: str) -> bool:
    """ "đến 4/5 số hộ", "tới 1/3 âm lượng": a share of a whole, unless a word before names a day ("sáng 2/3 số")."""
    if m["prefix"] or int(m["d"]) >= int(m["m"]) or not _SHARE_OF.match(m.string, m.end()):
        return False
    return not _STRONG_DATE_CONTEXT.search(before)


def day_months(text: str, opts: Options, lex: Lexicon) -> str:
    """ "7/11", "sáng 15-8" -> "ngày bảy tháng mười một", where a word before makes it a date."""

    def repl(m: re.Match[str]) -> str:
        d, mo = int(m["d"]), int(m["m"])
        before = text[: m.start()]
        if _HOUSE_BEFORE.search(before):
            return m.group(0)  # "Hẻm 31/8": a lane's number, an address
        context = _DATE_CONTEXT if m["sep"] == "/" else _STRONG_DATE_CONTEXT
        listed = _AFTER_A_DATE.search(before)  # "lễ 30-4 và 1-5": the second of two dates
        second = listed is not None and context.search(before[: listed.start()]) is not None
        dated = (
            m["prefix"]
            or (  # "28/09": no fraction, unless a report counts after it ("07/08 chi bộ")
                m["sep"] == "/" and (m["d"].startswith("0") or m["m"].startswith("0")) and not _counted_after(m)
            )
            or context.search(before)
            or _HOLIDAY.search(before)
            or (m["sep"] == "/" and _NAMED_DAY.search(before))
            or _DAY_LIST_CONTEXT.search(before)
            or (_HEADING_DATE_BEFORE.search(before) and text[m.end() :].startswith(","))
            or (m["sep"] == "/" and _YEARLY_AFTER.match(text, m.end()))  # "15/8 hàng năm"
            or (m["sep"] == "." and _CALENDAR_AFTER.match(text, m.end()))  # "tức 15.4 âm lịch"
            or (
                m["sep"] == "/"
                and d >= _NO_FRACTION_ABOVE
                and d > mo
                and (d, mo) != _ROUND_THE_CLOCK
                and _CLAUSE_ENDS.match(text, m.end())
            )
        )
        # "đến từ 7/11 huyện": seven of the eleven a report counts, after a word that only may lead to a day
        counted = m["sep"] == "/" and not m["prefix"] and _counted_after(m) and not _STRONG_DATE_CONTEXT.search(before)
        if (
            not _valid(d, mo)
            or _share_of(m, before)
            or counted
            or (m["sep"] == "-" and _SPAN_COUNTED.match(text, m.end()))
        ):
            return m.group(0)  # "1-2 ngày một lần": one or two days, a count
        marked = not dated and (d, mo) in _MARKED_DAYS and _NAME_WORD_BEFORE.search(before)
        named = _NAMED_AFTER_DAY.search(before) or marked
        institution = m["sep"] != "." and _NAMED_INSTITUTION.search(before) is not None
        # never "lớp mầm non 3-4 tuổi", "trường THPT 2-3 lớp": ages and counts
        institution = institution and not (_COUNTED_AFTER.match(text, m.end()) or _counted().match(text, m.end()))
        if not m["prefix"] and (second or (m["sep"] == "/" and named) or institution):
            return f"{read_int(d, opts)} {_month_year(mo, None, opts)}"
        if not dated:
            return m.group(0)
        return f"{_day(d, opts, m['prefix'], before)} {_month_year(mo, None, opts)}"

    return _DAY_MONTH.sub(repl, text)


def _clock(m: re.Match[str], side: str, opts: Options) -> str | None:
    hours = int(m[f"{side}h"])
    minutes = int(m[f"{side}m"] or m[f"{side}g"] or m[f"{side}c"] or 0)
    seconds = int(m[f"{side}s"]) if m[f"{side}s"] else None
    if hours > 24 or minutes > 59 or (seconds is not None and seconds > 59):
        return None
    out = f"{read_int(hours, opts)} giờ"
    if minutes or seconds:
        out += f" {read_int(minutes, opts)} phút"
    if seconds:
        out += f" {read_int(seconds, opts)} giây"
    return out


# "3:48.06", "1:00.97 giây": a race time in minutes, seconds and hundredths, as a results list prints it
_RACE_TIME = re.compile(
    r"(?<![\w:.,/])(?P<m>\d{1,2}):(?P<s>[0-5]\d)[.,](?P<c>\d{1,2})(?P<unit>\s?giây)?(?![\w:]|[.,]\d)"
)
_PADDED_HOUR = re.compile(r"(?<![\w.,:/])0(\d)(?=\s?(?:giờ|phút)(?!\w))")
# "khung giờ 11-14h": a span of hours whose first end has no "h"
_HOUR_SPAN = re.compile(r"(?<![\w:/.,])(?P<a>[01]?\d|2[0-4])\s?[-–]\s?(?=(?:[01]?\d|2[0-4])h(?:\d{2})?(?![\w]))")
# "13 g 00", "17 giờ 00": an hour and its minutes apart, as a form types them ("8 giờ 30" the same)
_SPACED_CLOCK = re.compile(
    r"(?<![\w.,:/])([01]?\d|2[0-4])\s(?:g|giờ)\s([0-5]\d)(?=\s*(?:[,.;)–-]|$|(?:sáng|trưa|chiều|tối|đêm|đến|và)\b))"
    r"|(?<![\w.,:/])([01]?\d|2[0-4])\s(?:g|giờ)\s(00)(?!\w)"  # "lúc 19 giờ 00 tại ...": no count of anything is "00"
)
# "sống dưới 24 h thì", "lúc 7 h sáng": an hour or a count of hours with its "h" set apart after a word of time
_SPACED_H = re.compile(
    r"(\b(?:[Dd]ưới|[Tt]rên|[Tt]rong|[Ss]au|[Kk]hoảng|[Ll]úc|[Vv]ào|[Tt]ừ|[Đđ]ến|[Tt]ới|[Hh]ơn|[Mm]ất|[Gg]ần|[Đđ]ủ) )"
    r"(\d{1,2}) h(?=\s+[a-zà-ỹđ]|\s*[,.;)]|$)",
    re.MULTILINE,
)
# "20h20 phút", "9h30 phút": a clock whose minutes a page names again
_CLOCK_THEN_MINUTES = re.compile(r"(?<![\w:/.,])(\d{1,2}h\d{2})\s?phút(?!\w)")
_CLOCK_THEN_HOUR_WORD = re.compile(r"(?<![\w:/.,])(\d{1,2}:\d{2})\s+giờ(?!\w)")
_MINUTE_MARK_AFTER_CLOCK = re.compile(r"(?<=\d[hg]\d\d)[′']|(?<=\d[hg])[′']")
_DOTTED_CLOCK = re.compile(r"(?<=\b[Ll]úc )(\d{1,2})\.(\d{2})\s*phút\b")
# "lúc 12.30 đến 1.30", "19.45 đến 21.00 tối": a clock with a dot, where "lúc" or the part of the day says so
_DOTTED_AT = re.compile(
    r"(?<=\b[Ll]úc )(?P<h>[01]?\d|2[0-4])\.(?P<m>[0-5]\d)(?!\d|[.,]\d)"
    r"(?:(?P<mid>\s*(?:đến|tới|[-–])\s*)(?P<h2>[01]?\d|2[0-4])\.(?P<m2>[0-5]\d)(?!\d|[.,]\d))?"
)
_DOTTED_DAYPART = re.compile(
    r"(?<![\w.,:/])([01]?\d|2[0-4])\.([0-5]\d)"
    r"(?=(?:\s*(?:đến|tới|[-–])\s*(?:[01]?\d|2[0-4])\.[0-5]\d)?\s+(?:sáng|trưa|chiều|tối|đêm)\b)"
)
# "7 PM", "10:00 AM": a clock with its half of the day in English, said with the part of the day
_MERIDIEM = re.compile(r"(?<![\w:.,])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<half>[AaPp])(?:[Mm]|\.m\.)(?!\w)")
# "11AM-6PM": two hours with their parts of the day, a span
_PARTED_SPAN = re.compile(
    r"(\d{1,2}h\d{0,2} (?:sáng|trưa|chiều|tối|đêm))\s*[-–]\s*(?=\d{1,2}h\d{0,2} (?:sáng|trưa|chiều|tối|đêm))"
)


def _meridiem(m: re.Match[str]) -> str:
    hour = int(m["h"])
    if m["half"] in "Aa":
        part = "đêm" if hour == 12 else "sáng"
    else:
        part = "trưa" if hour == 12 else "chiều" if hour < 6 else "tối"
    return f"{hour}h{m['m'] or ''} {part}"


# "pace trung bình 2:59/km": a runner's minutes and seconds for each kilometre
_PACE = re.compile(r"(?<![\d:.])(?P<m>\d{1,2}):(?P<s>[0-5]\d)\s?/\s?km(?![\w/])")
# "sub2:30": a runner's cut-off time, hours and minutes, after "sub"
# "lúc 19g", "19g tối 5-1": an hour written with "g" for "giờ", never grams
_HOUR_G = re.compile(
    r"(?:(?<=[Ll]úc )|(?<![\w.,]))(?P<h>\d{1,2})g(?!\w)(?=\s+(?:(?:sáng|trưa|chiều|tối|đêm|khuya)\b"
    r"|ngày\s+\d{1,2}(?:[/.-]\d|\s+tháng)|hôm\s+(?:nay|qua|sau)\b))"
    r"|(?<=[Ll]úc )(?P<at>\d{1,2})g(?!\w)"
)
_SUB_TIME = re.compile(r"(?<![\w])(?i:sub)\s?(?P<h>\d):(?P<m>[0-5]\d)(?![\d:])")
# "tối đa 28h mỗi tuần", "chạy 72h": more hours than a day has, a count of hours
_HOURS_COUNT = re.compile(r"(?<![\w:/.,])(\d{2,3})h(?![\w]|:\d|[.,]\d)")


# "xếp hàng từ 3,4h sáng": three or four in the morning; "mất 3,5h": three and a half hours
_DECIMAL_HOURS = re.compile(r"(?<![\w.,])(\d{1,2}),(\d)h(?![\w])(?P<part>(?=\s(?:sáng|chiều|tối|đêm|trưa)\b))?")


def times(text: str, opts: Options, lex: Lexicon) -> str:
    """ "07:56", "7h30", "14h", "21g26p", a church's "17g30", "01:20:30", and ranges "9h - 10h",
    "11-14h"; a race time "3:48.06" in minutes, seconds and hundredths; "lúc 12.30 đến 1.30" and
    "11.30 sáng" with a dot for the colon; "7 PM", "10:00 AM" with the part of the day."""

    def pair(m: re.Match[str]) -> str:
        a, b = _clock(m, "a", opts), _clock(m, "b", opts)
        return f"{a} đến {b}" if a and b else m.group(0)

    def one(m: re.Match[str]) -> str:
        return _clock(m, "a", opts) or m.group(0)

    def race(m: re.Match[str]) -> str:
        minutes, seconds = read_int(int(m["m"]), opts), read_int(int(m["s"]), opts)
        return f"{minutes} phút {seconds} giây {read_number(m['c'], opts)}"

    def pace(m: re.Match[str]) -> str:
        minutes, seconds = read_int(int(m["m"]), opts), read_int(int(m["s"]), opts)
        return f"{minutes} phút {seconds} giây một ki lô mét"

    def cutoff(m: re.Match[str]) -> str:
        return f"sub {read_int(int(m['h']), opts)} giờ {read_int(int(m['m']), opts)}"

    text = _PACE.sub(pace, _SUB_TIME.sub(cutoff, _RACE_TIME.sub(race, text)))
    text = _HOUR_G.sub(lambda m: f"{m['h'] or m['at']}h" if int(m["h"] or m["at"]) <= 24 else m.group(0), text)
    text = _MINUTE_MARK_AFTER_CLOCK.sub("", text)  # "14h00′", "15h30′": the minute's mark, said already
    text = _DOTTED_CLOCK.sub(r"\1:\2 ", text)  # "lúc 07.30 phút": a clock with a dot, its minutes named after it
    text = _DOTTED_AT.sub(lambda m: f"{m['h']}:{m['m']}" + (f"{m['mid']}{m['h2']}:{m['m2']}" if m["h2"] else ""), text)
    text = _DOTTED_DAYPART.sub(r"\1:\2", _PARTED_SPAN.sub(r"\1 đến ", _MERIDIEM.sub(_meridiem, text)))
    text = _PADDED_HOUR.sub(lambda m: m.group(1), _SPACED_H.sub(r"\1\2h", text))  # "Hồi 04 giờ" is "bốn giờ"
    text = _CLOCK_THEN_MINUTES.sub(r"\1", _SPACED_CLOCK.sub(lambda m: f"{m[1] or m[3]}h{m[2] or m[4]}", text))
    text = _CLOCK_THEN_HOUR_WORD.sub(r"\1", text)  # "14:00 giờ": the clock says "giờ" already
    text = _HOUR_SPAN.sub(lambda m: f"{read_int(int(m['a']), opts)} đến ", text)
    text = _DECIMAL_HOURS.sub(lambda m: f"{m[1]}, {m[2]}h" if m["part"] is not None else f"{m[1]},{m[2]} giờ", text)
    text = _CLOCK.sub(one, _CLOCK_RANGE.sub(pair, text))
    return _HOURS_COUNT.sub(lambda m: f"{read_int(int(m[1]), opts)} giờ" if int(m[1]) > 24 else m[0], text)
