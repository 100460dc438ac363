"""Where a syllable's tone mark sits: one placement for old and new styles, and a mark typed on the wrong letter put
back on the vowel that carries it, so the voice says the word and the lexicon finds it."""

from __future__ import annotations

import re
import unicodedata

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# Old-style tone placement on open "oa", "oe", "uy" syllables: hoà -> hòa, thuỷ -> thủy.
_TONE_ON_SECOND = re.compile(r"(?i)(?<![q\w])(\w*?)([ou])([aeyàáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
# "Qũy", "qúa", "Gỉai": the mark typed on the "u" of "qu" or the "i" of "gi", which are the onset; the vowel after
# carries it ("Quỹ", "quá", "Giải")
_TONE_ON_ONSET = re.compile(r"(?i)(?<!\w)(q[ùúủũụ]|g[ìíỉĩị])([aăâeêioôơuưy])")
# "muôí", "ngươì", "taý": the mark typed on the glide closing the syllable; the vowel before carries it ("muối",
# "người", "táy"), never "quí" or "thuý", whose "u" is the onset or whose "y" is the vowel
_TONE_ON_GLIDE = re.compile(r"(?i)(?<!q)([aâoôơuư])([ìíỉĩị])(?!\w)|([aâ])([ỳýỷỹỵ])(?!\w)")
# "thićh": the mark typed on a consonant; the vowel before it carries it ("thích")
_TONE_ON_CONSONANT = re.compile(r"(?i)([aăâeêioôơuưy])([ćńǹḿ])(?=[a-zđ]*(?!\w))")


def _move_tone(m: re.Match[str]) -> str:
    head, first, second = m.group(1), m.group(2), m.group(3)
    if head[-1:].lower() == "q":
        return m.group(0)
    parts = unicodedata.normalize("NFD", second)
    tones = "".join(c for c in parts if c in _TONE_MARKS)
    if not tones:
        return m.group(0)
    base = "".join(c for c in parts if c not in _TONE_MARKS)
    return head + unicodedata.normalize("NFC", first + tones) + unicodedata.normalize("NFC", base)


def _moved_back(vowel: str, marked: str) -> str:
    """`marked`'s tone put on `vowel`, the letter before it, and `marked` bare."""
    parts = unicodedata.normalize("NFD", marked)
    tones = "".join(c for c in parts if c in _TONE_MARKS)
    bare = "".join(c for c in parts if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", vowel + tones) + unicodedata.normalize("NFC", bare)


def _onset_tone(m: re.Match[str]) -> str:
    onset = unicodedata.normalize("NFD", m.group(1))
    tones = "".join(c for c in onset if c in _TONE_MARKS)
    bare = "".join(c for c in onset if c not in _TONE_MARKS)
    return bare + unicodedata.normalize("NFC", m.group(2) + tones)


def canonical_tones(text: str) -> str:
    """One tone placement for open oa/oe/uy syllables, so "hoà" and "hòa" read and match alike; a mark typed on the
    onset, the closing glide or a consonant moved to its vowel."""
    text = _TONE_ON_CONSONANT.sub(lambda m: _moved_back(m[1], m[2]), text)
    text = _TONE_ON_GLIDE.sub(lambda m: _moved_back(m[1] or m[3], m[2] or m[4]), text)
    return _TONE_ON_SECOND.sub(_move_tone, _TONE_ON_ONSET.sub(_onset_tone, text))
