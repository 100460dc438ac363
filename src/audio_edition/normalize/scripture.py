"""A reference to a passage of the Bible in brackets, as a parish page gives it after a reading:
"(Ga 18, 33b-37)" is "Gio-an chương mười tám, câu ba mươi ba b đến ba mươi bảy", never a
decimal or a station. The books are data (data/bible_books.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    books = "|".join(sorted(map(re.escape, builtin("bible_books.tsv")), key=len, reverse=True))
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
