"""Signs and forms whose reading depends on what stands next to them.

"<18 tuổi" is "dưới mười tám tuổi": the sign is read, not dropped. "12.5km" and "3.5 triệu"
were written with an English decimal point (Vietnamese writes "12,5"; a dot groups thousands,
"1.250km"): before a unit or a scale word, one or two digits after the dot are decimals.
"16.5°N" is a latitude, "U.19" an age group, "BN3001-3045" a run of patients. A signed
number of points is a market move: "(-3,2 điểm/-0,25%)" is "giảm ba phẩy hai điểm, tương
đương giảm không phẩy hai mươi lăm phần trăm".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options

_COMPARISONS = {">": "trên", "<": "dưới", "≥": "không dưới", ">=": "không dưới", "≤": "không quá", "<=": "không quá"}
_COMPARISON = re.compile(r"(?<![\w<>=≤≥-])(>=|<=|[<>≤≥])\s?(?=\d)")
_HEMISPHERES = {"N": "vĩ Bắc", "S": "vĩ Nam", "E": "kinh Đông", "W": "kinh Tây"}
_COORDINATE = re.compile(r"(?<=\d)\s?°\s?([NSEW])(?![\w])")
_AGE_GROUP = re.compile(r"(?<![\w.])U\.(\d{2})(?![\w])")
_PATIENTS = re.compile(r"(?<![\w])BN\s?(\d+)(?:\s*[-–]\s*(?:BN\s?)?(\d+))?(?![\w])")
_MOVE = {"+": "tăng", "-": "giảm", "−": "giảm", "–": "giảm"}
_POINTS = re.compile(r"(?<![\w,.])([+\-−–])\s?(\d+(?:[,.]\d+)?)\s?điểm(?!\w)(?:\s?/\s?([+\-−–])\s?(\d+(?:,\d+)?)\s?%)?")
_VERB_BEFORE = re.compile(r"(?:tăng|giảm|lên|xuống|mất)[\s(,]*$", re.IGNORECASE)
_SCALE_WORDS = ("triệu", "tỷ", "tỉ", "nghìn", "ngàn", "lần", "độ", "%", "°")


@lru_cache(maxsize=1)
def _decimal_point() -> re.Pattern[str]:
    after = sorted([*builtin("units.tsv"), *_SCALE_WORDS], key=len, reverse=True)
    names = "|".join(re.escape(u) for u in after)
    return re.compile(rf"(?<![\d.,])(\d{{1,3}})\.(\d{{1,2}})(?=\s?(?:{names})(?![\w²³]))")


def comparisons(text: str, opts: Options, lex: Lexicon) -> str:
    return _COMPARISON.sub(lambda m: f"{_COMPARISONS[m.group(1)]} ", text)


def coordinates(text: str, opts: Options, lex: Lexicon) -> str:
    return _COORDINATE.sub(lambda m: f" độ {_HEMISPHERES[m.group(1)]}", text)


def decimal_points(text: str, opts: Options, lex: Lexicon) -> str:
    return _decimal_point().sub(r"\1,\2", text)


def codes_in_context(text: str, opts: Options, lex: Lexicon) -> str:
    text = _AGE_GROUP.sub(r"U\1", text)
    return _PATIENTS.sub(lambda m: f"bệnh nhân {m.group(1)}" + (f" đến {m.group(2)}" if m.group(2) else ""), text)


def index_moves(text: str, opts: Options, lex: Lexicon) -> str:
    def repl(m: re.Match[str]) -> str:
        said = _VERB_BEFORE.search(text[: m.start()])  # "tăng (+1,5 điểm)": the verb is there
        spoken = f"{m.group(2)} điểm" if said else f"{_MOVE[m.group(1)]} {m.group(2)} điểm"
        if m.group(3):
            spoken += f", tương đương {m.group(4)}%" if said else f", tương đương {_MOVE[m.group(3)]} {m.group(4)}%"
        return spoken

    return _POINTS.sub(repl, text)
