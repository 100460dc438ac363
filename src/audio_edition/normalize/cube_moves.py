"""A Rubik's cube move turned the other way: "F’", "R'" is the face's letter and "phẩy", as cubers say it, never
the letter alone (then a turn and its reverse sound alike)."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .options import Options

# "F’ L’", "R U R' U'": a face's letter, its prime mark, then a space, a stop or the line's end
_PRIMED_FACE = re.compile(r"(?<![\w‘'’`])([RLUDFBMES])['’′](?=[\s.,;:)]|$)")


def cube_moves(text: str, opts: Options, lex: Lexicon) -> str:
    """ "ngược chiều kim đồng hồ: F’" -> "... F phẩy": a face turned the other way, its prime said."""
    return _PRIMED_FACE.sub(r"\1 phẩy", text)
