"""A unit's symbol glossed by its own name in brackets: "kW (kilô watt)", "m2 (mét vuông)". The symbol is read as
the unit's name already, so the gloss would say it twice; it goes."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.letters import without_marks
from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options

_SHARED_LETTERS = 4  # "kilowatt" and "ki lô oát" share "kilo"; "hertz" and "héc" do not


@lru_cache(maxsize=1)
def _glossed() -> re.Pattern[str]:
    names = "|".join(re.escape(u) for u in sorted(builtin("units.tsv"), key=len, reverse=True))
    return re.compile(rf"(?<![\w/])(?P<unit>{names})(?P<quote>[\"”]?)\s*\((?P<gloss>[^()\d]{{3,30}})\)")


def _folded(text: str) -> str:
    """Letters only, small, without their marks ("Ki-lô oát" -> "kilooat")."""
    return "".join(c for c in without_marks(text.lower()) if c.isascii() and c.isalpha())


def unit_glosses(text: str, opts: Options, lex: Lexicon) -> str:
    """ "5 kW (kilô watt)" -> "5 kW", '"kW" (kilô watt)' -> '"kW"'; "5 kW (công suất)" keeps its note."""

    def repl(m: re.Match[str]) -> str:
        said, gloss = _folded(builtin("units.tsv")[m["unit"]]), _folded(m["gloss"])
        shared = len(gloss) >= _SHARED_LETTERS and said[:_SHARED_LETTERS] == gloss[:_SHARED_LETTERS]
        return m["unit"] + m["quote"] if shared or said == gloss else m[0]

    return _glossed().sub(repl, text)
