"""A chord's name: "C#m" is "xê thăng em", never "xê số m" ("#" is "số" elsewhere); beside a key's
name or the word "hợp âm", "Am" is "a em" and "Bb" is "bê giáng", never a word. Among programming languages
"C#" is "xi sáp"."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .options import Options

# "C#", "F#m", "G#7", "C#m7": a chord on a note raised a half step
_SHARP_CHORD = re.compile(r"(?<![\w#])(?P<note>[A-G])#(?P<kind>m7|m|7|maj7)?(?![\w#])")
# "Am", "Bb", "Ebm", "Dm7": a chord lowered or minor, said so only where the sentence speaks of keys and chords
_FLAT_OR_MINOR_CHORD = re.compile(r"(?<![\w#])(?P<note>[A-G])(?P<flat>b)?(?P<kind>m7|m|7|maj7)?(?![\w#])")
_MUSIC = re.compile(
    r"(?i:hợp âm|chủ âm|âm giai|dấu giảm|dấu thăng|giọng|tông)\b|\b(?:Do|Đô|Rê|Mi|Fa|Sol|Son|La|Si) (?:trưởng|thứ)\b"
)
_CODE = re.compile(r"(?i:lập trình|ngôn ngữ|\.NET|Java|Python|Kotlin|Swift|JavaScript|phần mềm|developer)")
_LANGUAGE_SHARP = re.compile(r"(?<![\w#])([CF])#(?![\w#])")
_KINDS = {"m": " em", "7": " bảy", "m7": " em bảy", "maj7": " mây giơ bảy", None: ""}


def sharp_chords(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Nếu hợp âm lằng nhằng kiểu C#m ..." -> "... kiểu xê thăng em ...": a chord's sharp said
    "thăng"; "... La thứ (Am)", "... dấu giảm (Bb) ..." -> "a em", "bê giáng" where keys are spoken of."""
    if _CODE.search(text) and not _MUSIC.search(text):  # "Java, C#, Python": a programming language, "xi sáp"
        text = _LANGUAGE_SHARP.sub(lambda m: "xi sáp" if m[1] == "C" else "ép sáp", text)
    text = _SHARP_CHORD.sub(lambda m: f"{lex.spell(m['note'])} thăng{_KINDS[m['kind']]}", text)
    if not _MUSIC.search(text):
        return text

    def chord(m: re.Match[str]) -> str:
        if not (m["flat"] or m["kind"] in ("m", "m7", "maj7")):
            return m[0]  # "C", "G7": letters and numbers the other rules say
        return f"{lex.spell(m['note'])}{' giáng' if m['flat'] else ''}{_KINDS[m['kind']]}"

    return _FLAT_OR_MINOR_CHORD.sub(chord, text)
