"""A flattened table's row: "6 Dược lý và dược lâm sàng 8720205", its number, its name and its code.

A line of a few words closed by a bare number of six digits or more (no dots grouping it, no unit
after it) names a thing and its code, a programme's or a product's: the code is read digit by digit,
after a pause, never as millions; the row's number opening it is parted from the name by a pause too.
"""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_digits
from .options import Options

_ROW = re.compile(r"^(?:(?P<n>\d{1,3})\s+)?(?P<name>[^\W\d_][^\d.,;:!?]{2,80}?)\s+(?P<code>\d{6,9})$")
_ROW_WORDS = 12
# "Tổng dân số là 1234567": a quantity a sentence states, never a row's code
_STATES_A_QUANTITY = frozenset("là đạt có khoảng gần hơn trên dưới tới đến được với còn lên xuống mất thu bằng".split())


def table_rows(text: str, opts: Options, lex: Lexicon) -> str:
    """ "6 Dược lý và dược lâm sàng 8720205" -> "6, Dược lý và dược lâm sàng, tám bảy hai không hai không năm"."""
    m = _ROW.match(text.strip())
    if m is None or len(m["name"].split()) > _ROW_WORDS or m["name"].split()[-1].lower() in _STATES_A_QUANTITY:
        return text
    number = f"{m['n']}, " if m["n"] else ""
    return f"{number}{m['name']}, {read_digits(m['code'])}"
