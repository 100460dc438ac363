"""The Latin letters Vietnamese writes, by case, as regular-expression character classes; a word without its marks;
words whose marks were scrambled."""

from __future__ import annotations

import unicodedata


def _latin_letters(upper: bool) -> str:
    """Every Latin letter Vietnamese writes, of one case, for a character class ("À-Ỹ" mixes both)."""
    spans = ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00))
    return "".join(chr(c) for a, b in spans for c in range(a, b) if chr(c).isalpha() and chr(c).isupper() == upper)


UPPER = _latin_letters(upper=True)
LOWER = _latin_letters(upper=False)


def without_marks(text: str) -> str:
    """ "Đồng Tháp" -> "Dong Thap": the letters without their tone marks, hats and hooks."""
    return "".join(
        c
        for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        if not unicodedata.combining(c)
    )


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below


_SCRAMBLED_WORDS, _SCRAMBLED_SHARE = 10, 0.15


def scrambled_marks(text: str) -> str | None:
    """What is wrong with `text` when ten of its words or more, and more than one in seven, carry two tone marks (no
    Vietnamese syllable does: "Vớị", "hịệư", a page's guard against copying scrambling its marks); None otherwise."""
    found = [w for w in text.split() if any(c.isalpha() for c in w)]
    toned = sum(sum(c in _TONE_MARKS for c in unicodedata.normalize("NFD", w)) >= 2 for w in found)
    if toned < _SCRAMBLED_WORDS or toned < _SCRAMBLED_SHARE * len(found):
        return None
    return f"the text's marks are scrambled: {toned} of its {len(found)} words carry two tone marks, as no word does"
