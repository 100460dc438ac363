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
    that `lexicon` does not know; the acronyms of a bracket that mixes them with words ("Nhóm
    nghiên cứu mạnh về Nông nghiệp hữu cơ (Nhóm NCM về NNHC)"); and an acronym the lexicon gives
    a meaning the article never uses ("hệ thống đảm bảo cùng tham gia (PGS)", where "PGS" is no
    associate professor): the article's own phrase, back to a comma or a word like "và". An
    acronym said as a word ("OCOP", "ô cốp") keeps its sound."""
    texts = list(texts)
    whole = " ".join(texts).lower()
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            acronym = m["acronym"]
            letters = acronym.replace("-", "")
            words = list(_WORD.finditer(m["phrase"]))[-len(letters) :]
            initials = "".join(_initial(w[0]) for w in words)
            known = lexicon.lookup(acronym)
            if len(words) == len(letters) and initials == letters.lower():
                if known is None:
                    said = _DASH.sub(" ", m["phrase"][words[0].start() :]).strip(" ,")
                    found.setdefault(acronym, " ".join(said.split()).lower())
            elif _expands(known, letters) and known.lower() not in whole and (phrase := _own_phrase(m["phrase"])):
                found.setdefault(acronym, phrase)
                if lexicon.lookup(acronym + ".") is not None:  # "theo PGS. Tiến hành": no title, a stop
                    found.setdefault(acronym + ".", phrase + ".")
        for m in _MIXED.finditer(text):
            for acronym, phrase in _aligned(m["inner"].split(), _WORD.findall(text[: m.start()])[-20:]).items():
                if lexicon.lookup(acronym) is None:
                    found.setdefault(acronym, phrase)
    return [Entry(acronym, phrase) for acronym, phrase in found.items()]


# "(Nhóm NCM về NNHC)": words and acronyms in one bracket
_MIXED = re.compile(r"\((?P<inner>(?=[^()]*\b[A-ZĐ]{2,10}\b)(?=[^()]*\b[a-zà-ỹđ]+\b)[^\W\d_]+(?:\s+[^\W\d_]+){1,5})\)")
_PHRASE_WORDS = range(3, 9)
_PHRASE_BREAK = frozenset("là của và cho với các những được tại trong như thì mà để từ đến theo về hoặc".split())


def _expands(known: str | None, letters: str) -> bool:
    """`known` spells out `letters` one word a letter ("Phó giáo sư" for PGS), rather than saying
    them as a word ("ô cốp" for OCOP): only such a meaning may give way to the article's own."""
    return known is not None and "".join(_initial(w) for w in _WORD.findall(known)) == letters.lower()


def _own_phrase(phrase: str) -> str | None:
    """The words before a bracket that name what it abbreviates: back to a comma or a word that
    joins phrases ("... nông nghiệp hữu cơ và hệ thống đảm bảo cùng tham gia" -> the system)."""
    tail = re.split(r"[,;:]", phrase)[-1].split()
    kept: list[str] = []
    for word in reversed(tail):
        if word.lower() in _PHRASE_BREAK:
            break
        kept.insert(0, word)
    return " ".join(kept).lower() if len(kept) in _PHRASE_WORDS else None


def _aligned(inner: list[str], before: list[str]) -> dict[str, str]:
    """Each acronym of the bracket's words `inner`, matched backwards against the words `before`
    it: a plain word matches itself, an acronym as many words as it has letters, by initials."""
    meanings: dict[str, str] = {}
    end = len(before)
    for token in reversed(inner):
        if token.isupper() and len(token) > 1:
            start = end - len(token)
            words = before[max(start, 0) : end]
            if start < 0 or "".join(_initial(w) for w in words) != token.lower():
                return {}
            meanings[token] = " ".join(words).lower()
            end = start
        else:
            if end == 0 or before[end - 1].lower() != token.lower():
                return {}
            end -= 1
    return meanings


def drop_defining_brackets(text: str) -> str:
    """ "Nhóm nghiên cứu mạnh về Nông nghiệp hữu cơ (Nhóm NCM về NNHC)": the bracket that
    abbreviates the words just read goes, as a bracketed acronym does."""

    def repl(m: re.Match[str]) -> str:
        return "" if _aligned(m["inner"].split(), _WORD.findall(text[: m.start()])[-20:]) else m.group(0)

    return _MIXED.sub(repl, text)
