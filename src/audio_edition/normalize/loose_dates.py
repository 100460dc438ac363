"""Dates written loosely. A day of the lunar calendar named with its year's stem and branch:
"ngày 19 - 6 - Giáp Ngọ" is the nineteenth of the sixth month of the year Giáp Ngọ, said "ngày
mười chín tháng sáu năm Giáp Ngọ" (the day and month alone would be read as a span or a
fraction), with slashes too ("19/9/Ất Mùi"), or marked lunar ("09/08/ÂL"). A date with spaces
round its hyphens ("( 20- 7-2014)") is the date "20-7-2014"; months listed with dots ("tháng
4.5.6/2024") or rising with hyphens ("tháng 10-11-12") are each said, "tháng bốn, năm, sáu năm ..."."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_int, read_month
from .options import Options

_STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
_BRANCHES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
_LUNAR_DATE = re.compile(
    rf"(?P<day_word>(?i:ngày)\s+)?(?<![\d/.-])(?P<d>\d{{1,2}})\s*(?P<sep>[-/.])\s*(?P<m>\d{{1,2}})(?:\s*(?P=sep)\s*|\s+)"
    rf"(?:(?:năm\s+)?(?P<y>(?:{_STEMS})\s+(?:{_BRANCHES}))|(?P<lunar>ÂL|âl|Âl|AL))(?!\w)"
)


def lunar_dates(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Ngày 19 - 6 - Giáp Ngọ" -> "Ngày mười chín tháng sáu năm Giáp Ngọ"; "(19/9/Ất Mùi)" the same,
    "ngày 09/08/ÂL" the ninth of the eighth lunar month; "14 & 15/07/năm Quý Mão" the second of two days; the
    year after a space, the day and month dotted too ("(08.7 Giáp Thìn)", "06/5 Mậu Tuất")."""

    def said(m: re.Match[str]) -> str:
        day, month = int(m["d"]), int(m["m"])
        if not (1 <= day <= 30 and 1 <= month <= 12):
            return m.group(0)
        year = " âm lịch" if m["lunar"] else f" năm {m['y']}"
        paired = re.search(
            r"(?<![\d/.])\d{1,2}\s*(?:&|và|,)\s*$", m.string[: m.start()]
        )  # "14 & 15/07/...": one "ngày"
        said_day = f"{m['day_word'] or ('' if paired else 'ngày ')}{read_int(day, opts)}"
        return f"{said_day} tháng {read_month(month, opts)}{year}"

    return _LUNAR_DATE.sub(said, text)


_SPACED_DATE = re.compile(r"(?<![\w.,/-])(\d{1,2})(?: ?- | -)(\d{1,2}) ?- ?((?:19|20)\d\d)(?![\w-])")
# "Chủ Nhật, 03/ 07": a day and month a space parts after the slash, named by its weekday
_WEEKDAY_SPACED = re.compile(
    r"(?P<w>(?:Chủ [Nn]hật|[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])),?\s+)"
    r"(?P<d>\d{1,2})/\s+(?P<m>\d{1,2})(?![\d/])"
)
# "kỳ thi JLPT 7/2023": a month and its year after a name in capitals
# "từ 12/ 2018 - 5/2019": a month and its year parted by a stray space after the slash
_SPACED_MONTH_YEAR = re.compile(r"(?<![\w/.])(1[0-2]|0?[1-9])/ ((?:19|20)\d\d)(?![\w/])")
_NAMED_MONTH_YEAR = re.compile(r"(?P<pre>(?<![\w-])[A-ZĐ]{2,8}\s)(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\w/]|[.,]\d)")
# "mình đi T11/2019": a month written "T" and its number, then its year
_T_MONTH_YEAR = re.compile(r"(?<![\w/.-])T(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\w/]|[.,]\d)")
# "Từ ngày 15 – ngày 30": a span whose both ends name their unit, the dash between said "đến"
_NAMED_SPAN = re.compile(r"(?P<a>\b[Tt]ừ\s+(?P<u>ngày|tháng|tuần|năm)\s+\d{1,4})\s*[–—-]\s*(?=(?P=u)\s+\d)")
# "vào tháng 11 – tháng 5": a span of months, "từ" or not
_MONTH_SPAN = re.compile(r"(?P<a>\b[Tt]háng\s+\d{1,2})\s*[–—-]\s*(?=tháng\s+\d{1,2}(?![\d/.-]))")
_MONTH_LIST = re.compile(
    r"\b((?i:tháng))\s+((?:\d{1,2}\.){2,}\d{1,2}|(?:\d{1,2}-){2,}\d{1,2})(?:/((?:19|20)\d\d))?(?![\w.-])"
)


# "Mùng 6,7,8 Tháng 2", "các ngày 5,6,7": three days or more listed with commas, never a decimal; two before
# their month ("ngày 24,25/8")
_DAYS_LISTED = re.compile(
    r"(?<!\w)((?i:mùng|mồng|ngày) )(\d{1,2}(?:,\d{1,2}){2,}|\d{1,2},\d{1,2}(?=/\d{1,2}(?!\d)))(?![\d.]|\w)"
)
# "ngày 1525 hàng tháng": the days of each month a page ran together ("15, 25"), never a number in the thousands
_MONTHLY_DAYS = re.compile(r"(?<=\b(?i:ngày) )([1-3]\d)([1-3]\d)(?= (?:hàng|hằng|mỗi) tháng\b)")
# "CHÀO MỪNG NGÀY 2011", "kỷ niệm ngày 2610": a day and its month typed without the slash ("20/11", "26/10"), the
# day a celebration falls on, never a year
_MARKED_DAY = re.compile(r"((?i:\b(?:chào mừng|kỷ niệm|kỉ niệm|mừng|hướng tới) ngày) )([0-3]\d)([01]\d)(?![\d/.,-])")
# "ngày 25-26-27/02/2023": days of one month listed with dashes before the month
_DAYS_OF_MONTH = re.compile(r"(?<![\w/.,-])(\d{1,2})-(\d{1,2})-(\d{1,2})(?=/\d{1,2}/\d{4}(?![\w/]))")
# "ngày thành lập Đoàn 26 – 03": after a day's name, a day and a month padded with its zero
_PADDED_DAY_MONTH = re.compile(
    r"(?<![\w/.,–-])(?<!từ )([12]\d|3[01]|0?[1-9])\s?[-–]\s?(0[1-9])"
    r"(?![\w/–-]|[.,]\d|\s*[-–]\s*\d|\s*(?:giờ|phút|h|g)\b)"
)
# "06/03~ 08/03/2023", "15oC ~ 25oC", "40% ~ 70%", "20cm ~ 30cm": a span (its first end's unit kept); "Ngày
# thi~01/2024", "~36 tấn": about
_TILDE_SPAN = re.compile(r"(?<=\d)(?P<unit>%|°C|oC|°| inch|cm|mm|km|kg|ml|m|g)?\s?~\s?(?=\d)")  # "13.3” ~ 17.3”" too
_TILDE_ABOUT = re.compile(r"(?<![\d~])\s?~\s?(?=\d)")
# "Thứ 2 ~ Thứ 6" (its days read by now), "tháng 4 ~ tháng 6": a span between two named days or months
_TILDE_NAMED = re.compile(r"(?<=\w)\s?~\s?(?=(?i:thứ|tháng|ngày|chủ nhật)\b)")
# "30 ÷ 50KΩ": a span in a specification; "10 ÷ 2 = 5": a division
_DIVIDED = re.compile(r"(?<=\d)\s?÷\s?(?=\d)")
_EQUATION = re.compile(r"[\d.,]+\s?=")
# "khoảng 01/2024", "vào 12/2023", "hạn 06/2025": a month and its year, said after a word of time
# "27 – 7 là dịp để ...", "27-7 hằng năm": a day and its month with a dash, the day a year keeps (never months:
# "tháng 5-10 hằng năm")
_KEPT_DAY = re.compile(
    r"(?<![\w.,/-])(?<!(?i:tháng) )(\d{1,2})\s*[–-]\s*(\d{1,2})(?=\s+(?:là (?:dịp|ngày)|h[àằ]ng năm)\b)"
)
# "vào ngày 14 - 17/18 của tháng": a day or the next, never a month (18 is none), said "mười bảy hoặc mười tám"
_DAY_OR_NEXT = re.compile(r"(?P<pre>\b(?i:ngày)\s+(?:\d{1,2}\s*[-–]\s*)?)(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|[.,]\d)")
_LOOSE_MONTH_YEAR = re.compile(r"(?<![\w/.,-])(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\w/]|[.,]\d)")
_TIME_WORD = re.compile(
    r"(?i:\b(?:update[d]?|cập nhật|khoảng|vào|từ|đến|trước|sau|cuối|đầu|giữa|hạn|kỳ|đợt|dự kiến|thi|quả):?\s*)$"
)
# "1 thg 6": a site's short month, "thg" is "tháng"
_SHORT_MONTH = re.compile(r"(?<=\d )thg (?P<m>1[0-2]|0?[1-9])\b(?:,? (?P<y>(?:19|20)\d\d)\b)?")
_DAY_BEFORE = re.compile(r"(?i:\bngày (?:thành lập|kỷ niệm|kỉ niệm|truyền thống|sinh|lễ|hội|giỗ))[^.!?\d]{0,30}$")

# "Quảng trường 7-5", "đường 30-4": a place named after a day, its day and month joined as "đường 3/2" is
_DAY_NAMED_PLACE = re.compile(
    r"((?i:quảng trường|đường|phố|cầu|công viên|sân vận động|ngã tư|vòng xoay|chợ) )(\d{1,2})-(\d{1,2})(?![\d/.-])"
    r"(?!\s*(?:lần|km|m|mét|cm|người|ngày|giờ|phút|tiếng|chuyến|lượt|xe|tuần|tháng|năm|%)(?!\w))"
)

# "1880 – 196?", "1880 – 19 ??", "năm 197?": a year whose last digits nobody knows, "sáu mươi mấy"
_UNKNOWN_YEAR = re.compile(
    r"(?:(?P<a>\b(?:1\d|20)\d\d)\s?[–-]\s?|(?P<year>\b(?i:năm)\s))(?P<b>(?:1\d|20)\d?)\s?(?P<q>\?{1,2})(?=[\s:;,.)]|$)"
)


def _unknown_year(m: re.Match[str]) -> str:
    if len(m["b"]) + len(m["q"]) != 4:
        return m[0]
    year = m["b"] + "0" * len(m["q"]) + " mấy"
    return f"{m['a']} đến {year}" if m["a"] else f"{m['year']}{year}"


def loose_dates(text: str, opts: Options, lex: Lexicon) -> str:
    """ "( 20- 7-2014)" -> "( 20-7-2014)"; "tháng 4.5.6/2024" -> "tháng 4, 5, 6 năm 2024"; "12/ 2018" -> "12/2018";
    "Chủ Nhật, 03/ 07" -> "Chủ Nhật, 03/07"; "JLPT 7/2023" -> "JLPT tháng 7/2023"; "T11/2019" ->
    "tháng 11/2019"; "Từ ngày 15 – ngày 30" -> "Từ ngày 15 đến ngày 30"; "06/03~ 08/03" a span, "thi~01/2024"
    "thi khoảng tháng 01/2024"; "1 thg 6, 2024" -> "1 tháng 6 năm 2024"; "30 ÷ 50" a span, "10 ÷ 2 = 5" a
    division; "Quảng trường 7-5" a place named after its day, "7/5"; "1880 – 196?" a year half known,
    "1880 đến 1960 mấy"; "ngày 14 - 17/18" "ngày 14 - 17 hoặc 18"; "27 – 7 là dịp" "27 tháng 7 là dịp"; then the
    lunar days."""

    def spaced(m: re.Match[str]) -> str:
        day, month = int(m[1]), int(m[2])
        return f"{day}-{month}-{m[3]}" if 1 <= day <= 31 and 1 <= month <= 12 else m.group(0)

    def months(m: re.Match[str]) -> str:
        listed = re.split(r"[.-]", m[2])
        rising = all(int(a) < int(b) for a, b in zip(listed, listed[1:]))  # "tháng 10-11-12", never a date
        if not all(1 <= int(n) <= 12 for n in listed) or ("-" in m[2] and not rising):
            return m.group(0)
        return f"{m[1]} {', '.join(listed)}" + (f" năm {m[3]}" if m[3] else "")

    def weekday(m: re.Match[str]) -> str:
        valid = 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12
        return f"{m['w']}{m['d']}/{m['m']}" if valid else m.group(0)

    def named(m: re.Match[str]) -> str:
        return f"{m['pre']}tháng {m['m']}/{m['y']}" if 1 <= int(m["m"]) <= 12 else m.group(0)

    def month_year(m: re.Match[str]) -> str:
        timed = _TIME_WORD.search(m.string[max(0, m.start() - 12) : m.start()]) is not None
        return f"tháng {m['m']}/{m['y']}" if timed else m.group(0)

    def day_or_next(m: re.Match[str]) -> str:
        day, other = int(m["a"]), int(m["b"])
        return f"{m['pre']}{day} hoặc {other}" if other == day + 1 and 12 < other <= 31 else m[0]

    def divided(m: re.Match[str]) -> str:
        return " chia " if _EQUATION.match(m.string, m.end()) else " - "

    text = _SPACED_MONTH_YEAR.sub(r"\1/\2", text)
    text = _MARKED_DAY.sub(
        lambda m: f"{m[1]}{m[2]}/{m[3]}" if 0 < int(m[2]) <= 31 and 0 < int(m[3]) <= 12 else m[0], text
    )
    text = _MONTHLY_DAYS.sub(lambda m: f"{m[1]}, {m[2]}" if int(m[1]) < int(m[2]) <= 31 else m[0], text)
    text = _DAY_OR_NEXT.sub(day_or_next, text)
    text = _KEPT_DAY.sub(
        lambda m: f"{m[1]} tháng {m[2]}" if 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12 else m[0], text
    )
    text = _TILDE_SPAN.sub(r"\g<unit> - ", _TILDE_NAMED.sub(" đến ", _DIVIDED.sub(divided, text)))
    text = _TILDE_ABOUT.sub(" khoảng ", text)
    text = _SHORT_MONTH.sub(lambda m: f"tháng {m['m']}" + (f" năm {m['y']}" if m["y"] else ""), text)
    text = _LOOSE_MONTH_YEAR.sub(month_year, text)
    text = _DAYS_OF_MONTH.sub(r"\1, \2 và \3", _DAYS_LISTED.sub(lambda m: m[1] + m[2].replace(",", ", "), text))
    text = _PADDED_DAY_MONTH.sub(
        lambda m: f"{m[1]} tháng {m[2]}" if _DAY_BEFORE.search(m.string[: m.start()]) else m[0], text
    )
    text = _NAMED_MONTH_YEAR.sub(named, _WEEKDAY_SPACED.sub(weekday, text))
    text = _NAMED_SPAN.sub(r"\g<a> đến ", _T_MONTH_YEAR.sub(r"tháng \g<m>/\g<y>", text))
    text = _MONTH_SPAN.sub(r"\g<a> đến ", text)
    text = _UNKNOWN_YEAR.sub(_unknown_year, text)
    text = _DAY_NAMED_PLACE.sub(
        lambda m: f"{m[1]}{m[2]}/{m[3]}" if 1 <= int(m[2]) <= 31 and 1 <= int(m[3]) <= 12 else m[0], text
    )
    return lunar_dates(_MONTH_LIST.sub(months, _SPACED_DATE.sub(spaced, text)), opts, lex)
