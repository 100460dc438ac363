"""A reference to a passage of the Bible in brackets, as a parish page gives it after a reading:
"(Ga 18, 33b-37)" is "Gio-an chương mười tám, câu ba mươi ba b đến ba mươi bảy", never a
decimal or a station. The books are data (data/bible_books.tsv). A Protestant page names the book
and joins chapter and verse with a colon: "Công vụ 1:12-2:47" is "Công vụ chương một câu mười hai
đến chương hai câu bốn mươi bảy", "I Cô. 15:6" "Cô-rinh-tô một chương mười lăm câu sáu", never a clock
(data/scripture_books.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options


def _books(table: str) -> str:
    """The books' written names in `table`, longest first, as one alternation."""
    return "|".join(sorted(map(re.escape, builtin(table)), key=len, reverse=True))


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    books = _books("bible_books.tsv")
    return re.compile(
        rf"\(\s*(?:(?P<nth>[1-3])\s?)?(?P<book>{books})\s+(?P<chapter>\d{{1,3}})\s*,\s*"
        r"(?P<verse>\d{1,3}[a-d]?)(?:\s*[-–]\s*(?P<last>\d{1,3}[a-d]?))?\s*\)"
    )


def bible_references(text: str, opts: Options, lex: Lexicon) -> str:
    """ "(Ep 4,25)" -> "(Ê-phê-xô chương 4, câu 25)": the book's name, its chapter and verses."""

    def repl(m: re.Match[str]) -> str:
        book = builtin("bible_books.tsv")[m["book"]] + (f" {m['nth']}" if m["nth"] else "")
        verses = m["verse"] + (f" đến {m['last']}" if m["last"] else "")
        return f"({book} chương {m['chapter']}, câu {verses})"

    return _reference().sub(repl, text)


_ROMAN_ORDER = {"I": "một", "II": "hai", "III": "ba", "1": "một", "2": "hai", "3": "ba"}


@lru_cache(maxsize=1)
def _colon_reference() -> re.Pattern[str]:
    books = _books("scripture_books.tsv")
    return re.compile(
        rf"(?<![\w-])(?:(?P<nth>I{{1,3}}|[1-3])\s)?(?P<book>{books})(?!\w)\s*(?P<chapter>\d{{1,3}}):(?P<verse>\d{{1,3}})"
        r"(?:\s*[-–]\s*(?:(?P<chapter2>\d{1,3}):)?(?P<last>\d{1,3}))?(?![\d:])"
    )


def colon_references(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Công vụ 1:12-2:47" -> "Công vụ chương 1 câu 12 đến chương 2 câu 47"; "I Cô. 15:6" -> "Cô-rinh-tô một ..."."""

    def repl(m: re.Match[str]) -> str:
        book = builtin("scripture_books.tsv")[m["book"]] + (f" {_ROMAN_ORDER[m['nth']]}" if m["nth"] else "")
        said = f"{book} chương {m['chapter']} câu {m['verse']}"
        if m["last"]:
            said += f" đến chương {m['chapter2']} câu {m['last']}" if m["chapter2"] else f" đến {m['last']}"
        return said

    return _colon_reference().sub(repl, text)
