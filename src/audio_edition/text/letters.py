"""The Latin letters Vietnamese writes, by case, as regular-expression character classes; a word without its marks."""

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
