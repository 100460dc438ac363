"""A reference to a passage of the Bible, as a parish page gives it: "(Ga 18, 33b-37)" is "Gio-an
chương mười tám, câu ba mươi ba b đến ba mươi bảy", never a decimal or a station. Catholic pages
(data/bible_books.tsv) write it in brackets after a quotation, after "x" (xem, see) with more than one
("(x Lc 22,39t ; Lc 23,34)"), after a reading's label ("Bài Đọc I: Đnl 30,10-14", "ĐÁP CA – Tv
41,2.3.5bcd") or as a line of their own ("Pl 1,18-26; Tv 41; Lc 14,1.7-11"). A Protestant page
names the book and joins chapter and verse with a colon: "Công vụ 1:12-2:47" is "Công vụ chương một
câu mười hai đến chương hai câu bốn mươi bảy", "I Cô. 15:6" "Cô-rinh-tô một chương mười lăm câu
sáu", never a clock (data/scripture_books.tsv). A Sunday of the year, "Chúa Nhật 17 TN - C", is
"thường niên, năm C"."""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options


def _books(table: str) -> str:
    """The books' written names in `table`, longest first, as one alternation."""
    return "|".join(sorted(map(re.escape, builtin(table)), key=len, reverse=True))


# "33b", "5bcd", "39t" (and the verses after it), "1.7-11": verses, their parts, a range, a list
_VERSE = r"\d{1,3}(?:[a-d]{1,4}|tt?)?(?![\w])"
_VERSES = rf"{_VERSE}(?:\s*[-–]\s*{_VERSE})?(?:\.{_VERSE}(?:\s*[-–]\s*{_VERSE})?)*"
# a reading's label before its reference: "Bài Đọc I:", "BÀI ĐỌC 1 –", "Bài Phúc Âm:", "ĐÁP CA –"
_LABEL = r"(?i:bài đọc|bài phúc âm|phúc âm|tin mừng|đáp ca|alleluia)(?:\s+(?:[IVX]{1,3}|\d))?\s*[:–-]\s*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    books = _books("bible_books.tsv")
    one = rf"(?:[1-3]\s?)?(?:{books})\s+\d{{1,3}}(?:\s*,\s*{_VERSES})?"
    ref = re.compile(
        rf"(?<![\w-])(?:(?P<nth>[1-3])\s?)?(?P<book>{books})\s+(?P<chapter>\d{{1,3}})"
        rf"(?:\s*,\s*(?P<verses>{_VERSES}))?(?![\w,])"
    )
    bracketed = re.compile(rf"\(\s*(?P<see>(?:xem|x\.?)\s+)?(?P<refs>{one}(?:\s*;\s*{one})*)(?P<tail>\s*:[^()]*)?\s*\)")
    labelled = re.compile(rf"(?P<label>{_LABEL})(?P<refs>{one}(?:\s*;\s*{one})*)")
    listed = re.compile(rf"\s*(?P<refs>{one}(?:\s*;\s*{one})*)\s*\.?\s*")
    return ref, bracketed, labelled, listed


def _verses(written: str) -> str:
    """ "1.7-11" -> "1 và 7 đến 11"; "39t" -> "39 và tiếp theo"; "33b" as it is."""

    def verse(v: str) -> str:
        m = re.fullmatch(r"(\d+)([a-z]*)", v.strip())
        assert m is not None
        number, part = m.groups()
        if part in ("t", "tt"):
            return f"{number} và tiếp theo"
        return number + part

    parts = [" đến ".join(verse(v) for v in re.split(r"[-–]", p)) for p in written.split(".")]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]


def _said_refs(refs: str) -> str:
    """Each reference in `refs` said: the book's name, its chapter, its verses."""
    ref = _patterns()[0]

    def repl(m: re.Match[str]) -> str:
        book = builtin("bible_books.tsv")[m["book"]] + (f" {m['nth']}" if m["nth"] else "")
        if not m["verses"]:
            return f"{book} {m['chapter']}" if m["book"] == "Tv" else f"{book} chương {m['chapter']}"
        return f"{book} chương {m['chapter']}, câu {_verses(m['verses'])}"

    return ref.sub(repl, refs)


def _has_verses(refs: str) -> bool:
    return any(m["verses"] for m in _patterns()[0].finditer(refs))


_WHOLE_PSALM = re.compile(r"Tv\s+\d{1,3}")
_QUOTE_BEFORE = re.compile(r"[”\"]\s*$")
# "(Đ. c. 3a)" after a psalm's reference: the verse its refrain ("Đáp") is taken from
_REFRAIN = re.compile(rf"\(\s*Đ\.\s*c\.\s*(?P<verse>{_VERSE})\s*\)")


def bible_references(text: str, opts: Options, lex: Lexicon) -> str:
    """ "(Ep 4,25)" -> "(Ê-phê-xô chương 4, câu 25)"; "(x Mt 14,22-33: Tin Mừng)" -> "(xem Mát-thêu
    ...: Tin Mừng)"; "Bài Đọc I: Đnl 30,10-14" and a line of references alone said the same way."""
    _, bracketed, labelled, listed = _patterns()
    text = _REFRAIN.sub(lambda m: f"(đáp: câu {_verses(m['verse'])})", text)
    if (whole := listed.fullmatch(text)) and _has_verses(whole["refs"]):
        return _said_refs(text)

    def in_brackets(m: re.Match[str]) -> str:
        psalm = _WHOLE_PSALM.fullmatch(m["refs"]) and _QUOTE_BEFORE.search(text, 0, m.start())
        if not _has_verses(m["refs"]) and not psalm:  # '“...” (Tv 136)': a whole psalm quoted
            return m[0]
        see = "xem " if m["see"] else ""
        return f"({see}{_said_refs(m['refs'])}{m['tail'] or ''})"

    def after_label(m: re.Match[str]) -> str:
        return m["label"] + _said_refs(m["refs"]) if _has_verses(m["refs"]) else m[0]

    return labelled.sub(after_label, bracketed.sub(in_brackets, text))


_ROMAN_ORDER = {"I": "một", "II": "hai", "III": "ba", "1": "một", "2": "hai", "3": "ba"}


@lru_cache(maxsize=1)
def _colon_reference() -> re.Pattern[str]:
    books = _books("scripture_books.tsv")
    return re.compile(
        rf"(?<![\w-])(?:(?P<nth>I{{1,3}}|[1-3])\s)?(?P<book>{books})(?!\w)\s*(?P<chapter>\d{{1,3}}):(?P<verse>\d{{1,3}})"
        r"(?:\s*[-–]\s*(?:(?P<chapter2>\d{1,3}):)?(?P<last>\d{1,3}))?(?![\d:])"
    )


@lru_cache(maxsize=1)
def _bracketed_colon_references() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Catholic book's short name with chapter and verse joined by a colon, in brackets ("(Ep 4:32 – 5:8; Lc
    13:10-17)"): one reference, and the brackets holding only such references."""
    one = (
        rf"(?<![\w-])(?P<book>{_books('bible_books.tsv')})\s+(?P<chapter>\d{{1,3}}):(?P<verse>\d{{1,3}})"
        r"(?:\s*[-–]\s*(?:(?P<chapter2>\d{1,3}):)?(?P<last>\d{1,3}))?(?![\d:])"
    )
    bare = re.sub(r"\(\?P<\w+>", "(?:", one)
    return re.compile(one), re.compile(rf"\(\s*(?:{bare})(?:\s*;\s*(?:{bare}))*\s*\)")


def _colon_said(book: str, m: re.Match[str]) -> str:
    said = f"{book} chương {m['chapter']} câu {m['verse']}"
    if m["last"]:
        said += f" đến chương {m['chapter2']} câu {m['last']}" if m["chapter2"] else f" đến {m['last']}"
    return said


def colon_references(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Công vụ 1:12-2:47" -> "Công vụ chương 1 câu 12 đến chương 2 câu 47"; "I Cô. 15:6" -> "Cô-rinh-tô một ...";
    "(Ep 4:32 – 5:8; Lc 13:10-17)" -> "(Ê-phê-xô chương 4 câu 32 đến chương 5 câu 8; Lu-ca ...)"."""

    def repl(m: re.Match[str]) -> str:
        book = builtin("scripture_books.tsv")[m["book"]] + (f" {_ROMAN_ORDER[m['nth']]}" if m["nth"] else "")
        return _colon_said(book, m)

    one, bracketed = _bracketed_colon_references()

    def in_brackets(b: re.Match[str]) -> str:
        if _NOT_VERSES.search(b.string, max(0, b.start() - _CLOCK_WORDS_BEFORE), b.start()):
            return b[0]  # "họp lúc (Ga 10:30)": a time
        return one.sub(lambda m: _colon_said(builtin("bible_books.tsv")[m["book"]], m), b[0])

    text = bracketed.sub(in_brackets, text)
    text = _BARE_REFERENCE.sub(_bare, _colon_reference().sub(repl, text))
    return text


def _bare(m: re.Match[str]) -> str:
    """ "I/. NGƯỜI CẦN LỬA: 1:12-14": a study's heading citing verses of the book it reads, no clock time."""
    if int(m["last"]) <= int(m["verse"]) or _NOT_VERSES.search(m.string, 0, m.start()):
        return m[0]
    return f"{m['pre']}chương {m['chapter']} câu {m['verse']} đến {m['last']}"


_CLOCK_WORDS_BEFORE = 20  # characters before a bracket where a clock's word ("lúc") makes its "10:30" a time
# "Tỷ lệ: 1:2-3", "Giờ làm việc: 7:15-20": parts, clock times, never verses
_NOT_VERSES = re.compile(r"(?i:t[ỷỉ] (?:số|lệ)|\bgiờ\b|\blúc\b|\bsáng\b|\bchiều\b|\btối\b|\btrưa\b|thời gian)")
# after a colon or in brackets, closing the text or its brackets: chapter, verse, a dash and the last verse
_BARE_REFERENCE = re.compile(
    r"(?P<pre>(?::\s+|\())(?P<chapter>\d{1,3}):(?P<verse>[1-9]\d{0,2})\s*[-–]\s*(?P<last>\d{1,3})(?=\)|\s*$)"
)


# "CHÚA NHẬT TUẦN 18 TN – B", "Chúa Nhật 17 TN - C": a Sunday of the year and the year of its readings
_ORDINARY_TIME = re.compile(
    r"(?P<pre>(?i:tuần|chúa nhật)\s+(?:\d{1,2}|[IVXL]{1,6})\s+)TN(?![\w])(?:\s*[-–]\s*(?P<year>[ABC])(?![\w]))?"
)


def ordinary_time(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Chúa Nhật 17 TN - C" -> "Chúa Nhật 17 thường niên, năm C"."""
    return _ORDINARY_TIME.sub(lambda m: m["pre"] + "thường niên" + (f", năm {m['year']}" if m["year"] else ""), text)
