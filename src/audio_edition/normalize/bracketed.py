"""Dates a page puts in brackets: "giá cà phê Việt Nam (20/10)", "(TTXVN/VietnamPlus.vn 22/9)", "(9/2023)", and
the weekday typed short after a day, "01/06/2026 (T2)". Read while the brackets still tie them to what they date."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_int
from .options import Options


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


_BRACKETED_DAY_MONTH = re.compile(r"\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*\)")
# "(9/2023)", "[06/2025]": a month
_BRACKETED_MONTH_YEAR = re.compile(r"[(\[]\s*(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)\s*[)\]]")
_FRACTION_BEFORE = re.compile(r"(?i:phần\s+\S+|t[ỉỷ] lệ|chiếm|bằng|khoảng)\s*$")
# "(TTXVN/VietnamPlus.vn 22/9)": where a story in a press review was printed, and on what day
_SOURCE_DAY_MONTH = re.compile(r"\((?P<src>[^()\d]{2,60}?)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*\)")
_OUTLET_NAME = re.compile(r"[A-ZĐ]{2,}|\w\.(?:vn|com|net|org)\b")


def bracketed_dates(text: str, opts: Options, lex: Lexicon) -> str:
    """ "giá cà phê Việt Nam (20/10)" -> "(ngày 20/10)": a day and month alone in brackets, or after
    the outlet that printed a story ("(TTXVN/VietnamPlus.vn 22/9)"); "(9/2023)", a month and its year."""

    def repl(m: re.Match[str]) -> str:
        if not _valid(int(m["d"]), int(m["m"])) or _FRACTION_BEFORE.search(text[: m.start()]):
            return m.group(0)
        return f"(ngày {m['d']}/{m['m']})"

    def source(m: re.Match[str]) -> str:
        if not _valid(int(m["d"]), int(m["m"])) or not _OUTLET_NAME.search(m["src"]):
            return m.group(0)
        return f"({m['src']} ngày {m['d']}/{m['m']})"

    def month(m: re.Match[str]) -> str:
        return m.group(0) if _FRACTION_BEFORE.search(text[: m.start()]) else f"(tháng {int(m['m'])} năm {m['y']})"

    text = _BRACKETED_MONTH_YEAR.sub(month, text)
    return _SOURCE_DAY_MONTH.sub(source, _BRACKETED_DAY_MONTH.sub(repl, text))


# "01/06/2026 (T2)": the day's weekday typed short in brackets after it
_DATED_WEEKDAY = re.compile(r"(\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\(\s*)[Tt]([2-7])(?=\s*\))")


def dated_weekdays(text: str, opts: Options, lex: Lexicon) -> str:
    """ "01/06/2026 (T2)" -> "01/06/2026 (thứ 2)": the day's weekday typed short in brackets after it."""
    return _DATED_WEEKDAY.sub(r"\1thứ \2", text)


# "chậm nhất 02 (hai) ngày", "01 (một) lần": a count, then the same count in words, as a contract writes it
_COUNT_IN_WORDS = re.compile(r"(?<![\w.,/])0*(\d{1,3})\s*\(\s*([^\W\d_][^()\d]{0,40}?)\s*\)")


# "1.785.000.000 VNĐ (một tỷ bảy trăm tám lăm triệu đồng)": an amount, then the same amount in words, as a
# receipt writes it
_AMOUNT_IN_WORDS = re.compile(
    r"(?<![\w.,/])(?P<n>\d{1,3}(?:\.\d{3})+)(?P<unit>\s*(?:VNĐ|VND|đồng|đ)\b)?\s*\(\s*(?P<words>[^\W\d_][^()\d]{0,120}?)\s*\)"
)
_NUMBER_WORDS = frozenset(
    "không một hai ba bốn tư năm lăm nhăm sáu bảy tám chín mười mươi mốt linh lẻ trăm nghìn ngàn triệu tỷ tỉ".split()
)
_AMOUNT_WORDS = _NUMBER_WORDS | frozenset("đồng chẵn".split())


def counts_in_words(text: str, opts: Options, lex: Lexicon) -> str:
    """A count followed by itself in words in brackets ("02 (hai) ngày") is said once, and so is an amount
    ("1.785.000.000 VNĐ (một tỷ bảy trăm tám lăm triệu đồng)"), its number kept."""

    def repl(m: re.Match[str]) -> str:
        return m[1] if m[2].lower() == read_int(int(m[1]), opts) else m[0]

    def amount(m: re.Match[str]) -> str:
        words = m["words"].lower().replace(",", " ").split()
        if words[0] not in _NUMBER_WORDS or not set(words) <= _AMOUNT_WORDS:
            return m[0]
        return m["n"] + (m["unit"] or "")

    return _COUNT_IN_WORDS.sub(repl, _AMOUNT_IN_WORDS.sub(amount, text))


# "Kết quả PCR (+)", "test nhanh (-)": a test's result typed as a sign in brackets
_SIGNED_RESULT = re.compile(
    r"(?P<test>\b(?:PCR|RT-PCR|[Tt]est nhanh|[Tt]est|[Xx]ét nghiệm|[Kk]ết quả))\s*\(\s*(?P<sign>[+\-−])\s*\)"
)


def signed_results(text: str, opts: Options, lex: Lexicon) -> str:
    """ "PCR (+)" -> "PCR dương tính", "(-)" -> "âm tính": a test's result, never "cộng"."""
    return _SIGNED_RESULT.sub(lambda m: f"{m['test']} {'dương tính' if m['sign'] == '+' else 'âm tính'}", text)
