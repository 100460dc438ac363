"""A range of clock times whose end is a bare hour: "7:30-9", "8:00-11 giờ" are "from half past seven to
nine", never "bảy giờ ba mươi phút chín" nor "tám giờ mười một"."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .options import Options

# hours and minutes, a dash, an hour later in the day; then "giờ", "h", the end or a word
_HALF_RANGE = re.compile(
    r"(?<![\d:./])(?P<h>\d{1,2}):(?P<m>[0-5]\d)\s*[-–]\s*(?P<end>\d{1,2})(?:\s*(?:giờ|h)\b)?(?![\d:./,]|\s*(?:%|phút|giây|p\b))"
)


def clock_ranges(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Giờ làm việc: 7:30-9" -> "7:30-9:00", read by `times` as a range."""

    def repl(m: re.Match[str]) -> str:
        start, end = int(m["h"]), int(m["end"])
        return f"{m['h']}:{m['m']}-{m['end']}:00" if start < end <= 24 else m[0]

    return _HALF_RANGE.sub(repl, text)
