"""Acronyms an article defines for itself: "thực phẩm bảo vệ sức khỏe (TPBVSK)" and then
"TPBVSK Hộ Tạng Đường ...". The phrase may hold commas and dashes ("phổ biến, giáo dục pháp
luật (PBGDPL)", "Ngôn ngữ - Xã hội Nhân văn (NN-XHNV)"). The first time, the bracket goes (the
phrase was just read); every later time the acronym is read as the phrase, not spelled."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .abbreviations import Lexicon
from .lexicon import Entry

_DEFINED = re.compile(
    r"(?P<phrase>(?:[^\W\d_]+(?:\s*[,\-–]\s*|\s+)){2,12})\((?P<acronym>[A-ZĐ]{2,10}(?:-[A-ZĐ]{1,10})?)\)"
)
_WORD = re.compile(r"[^\W\d_]+")
_DASH = re.compile(r"\s*[\-–]\s*")


def _initial(word: str) -> str:
    first = word[0].lower()
    return "đ" if first == "đ" else unicodedata.normalize("NFD", first)[0]


def defined_acronyms(texts: Iterable[str], lexicon: Lexicon) -> list[Entry]:
    """The acronyms `texts` define in brackets after the words they stand for, one initial a word,
    that `lexicon` does not know."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            acronym = m["acronym"]
            letters = acronym.replace("-", "")
            words = list(_WORD.finditer(m["phrase"]))[-len(letters) :]
            initials = "".join(_initial(w[0]) for w in words)
            if len(words) == len(letters) and initials == letters.lower() and lexicon.lookup(acronym) is None:
                said = _DASH.sub(" ", m["phrase"][words[0].start() :]).strip(" ,")
                found.setdefault(acronym, " ".join(said.split()).lower())
    return [Entry(acronym, phrase) for acronym, phrase in found.items()]
