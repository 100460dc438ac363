"""A chord's name with its sharp: "C#m" is "xê thăng em", never "xê số m" ("#" is "số" elsewhere)."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .options import Options

# "C#", "F#m", "G#7", "C#m7": a chord on a note raised a half step
_SHARP_CHORD = re.compile(r"(?<![\w#])(?P<note>[A-G])#(?P<kind>m7|m|7|maj7)?(?![\w#])")
_KINDS = {"m": " em", "7": " bảy", "m7": " em bảy", "maj7": " mây giơ bảy", None: ""}


def sharp_chords(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Nếu hợp âm lằng nhằng kiểu C#m ..." -> "... kiểu xê thăng em ...": a chord's sharp said "thăng"."""
    return _SHARP_CHORD.sub(lambda m: f"{lex.spell(m['note'])} thăng{_KINDS[m['kind']]}", text)
