"""Words in capitals: a line or a run written in capitals read as words where they are words (a
Vietnamese syllable without its marks, a foreign name, a line of English), spelled where they are
letters."""

from __future__ import annotations

import itertools
import re

from ..text.legacy import is_syllable
from .abbreviations import ENGLISH_WORD, Lexicon
from .options import Options

# A Vietnamese syllable written without its marks, in capitals: TIN, THANH, TRONG. Acronyms
# (FPT, VTV, UBND) do not have this shape.
_PLAIN_SYLLABLE = re.compile(
    r"(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPQRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?"
)
# (its sentence's stop may follow: "... TRONG TUẦN QUA."; never "TP.HCM")
_CAPITAL_WORD = re.compile(r"(?<![\w.])[A-ZĐÀ-Ỹ]+(?!\w)(?!\.\w)")
# five letters or more with two vowels apart and no Vietnamese shape: a foreign word ("BREMMER")
_FOREIGN_WORD = re.compile(r"(?=[A-Z]*[AEIOUY][B-DF-HJ-NP-TV-Z]+[AEIOUY])[A-Z]{5,}")
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")
_SECTION_NUMBER = re.compile(r"[IVX]{1,4}(?:/?[./]|\s?[-–])\s")  # "II/ ", "I- CHUỒNG TRẠI", "III – CHĂM SÓC"
_NUMBERED_WORD_BEFORE = re.compile(
    r"(?i:chương|phần|mục|khóa|khoá|lần thứ|thứ|quý|tập|đợt|kỳ|hạng|chúa nhật|tuần|bài đọc)\s+$"
)
# words in capitals in a row: "QUỐC THÁI DÂN AN", "cấp QUỐC GIA" (the class also holds small
# marked letters, "đã": a run is only capitals)
_CAPITAL_RUN = re.compile(r"(?<![\w.])[A-ZĐÀ-Ỹ]+(?: [A-ZĐÀ-Ỹ]+)+(?!\w|\.\w)")  # "LỄ TRO." closing a sentence


def shouting(text: str, opts: Options, lex: Lexicon) -> str:
    """A line written all in capitals (a headline, a subheading), or a run of three words or more in capitals with
    Vietnamese marks inside a sentence ("cầu QUỐC THÁI DÂN AN"): a word there that is a plain syllable no lexicon knows
    ("TIN", "THANH", "AN") is a word, not letters to spell; a Roman numeral after a word that takes one ("CHƯƠNG II") or
    closing the line stays a numeral."""

    if _english_line(text, lex):
        return text.lower()  # "HERE WE GO", "GET APPROVED": a line of English, its words read as words

    def word(m: re.Match[str]) -> str:
        token = m.group(0)
        if not token.isupper():
            return token  # "đã": small letters with their marks
        opening = m.start() == 0 and _SECTION_NUMBER.match(m.string) is not None  # "II/ NỘI DUNG"
        numbered = opening or _NUMBERED_WORD_BEFORE.search(m.string, 0, m.start())
        closing = len(token) > 1 and not m.string[m.end() :].strip(" .")  # "... THỦY SẢN III": its body's number
        if _ROMAN_NUMERAL.fullmatch(token) and (numbered or closing):  # "CHƯƠNG II", "II/ NỘI DUNG": read later
            return token
        if "&" in (m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]):
            return token  # "Q&A", "R&D": letters joined by "&", one abbreviation
        if _PLAIN_SYLLABLE.fullmatch(token) and lex.lookup(token) is None and token not in lex.words:
            return token.lower()
        if len(token) > 2 and _PLAIN_SYLLABLE.fullmatch(token) and _between_marked_words(m):
            return token.lower()  # "TẾT THA PHƯƠNG": a word between words, not "THA" (tăng huyết áp)
        if _FOREIGN_WORD.fullmatch(token) and lex.lookup(token) is None and token not in lex.words:
            return token.capitalize()  # "BREMMER": a foreign name in a title in capitals, read as a word
        return token

    words = [w for w in _CAPITAL_WORD.findall(text) if w.isupper()]
    letters = [c for c in text if c.isalpha()]
    marked = any(not w.isascii() for w in words)  # "NỘI DUNG": two words, one with its marks
    # "MAI HUY" alone on its line: a name in capitals, each word a plain syllable no lexicon knows
    named = len(words) == len(text.split()) == 2 and all(
        _PLAIN_SYLLABLE.fullmatch(w) and lex.lookup(w) is None for w in words
    )
    if (len(words) >= 3 or (len(words) == 2 and (marked or named))) and sum(c.isupper() for c in letters) >= 0.8 * len(
        letters
    ):
        long_english = lambda m: m[0].lower() if _english_run(m[0], lex, long=True) else m[0]  # noqa: E731
        text = _ASCII_RUN.sub(long_english, text)  # "INTERNATIONAL CHESS SCHOOL - TRUNG TÂM ...", never "VISA DU HỌC"
        return _CAPITAL_WORD.sub(word, text)

    shouted = sum(w.isupper() and not w.isascii() for w in _CAPITAL_WORD.findall(text)) >= 2

    def run(m: re.Match[str]) -> str:
        if _english_run(m.group(0), lex):
            return m.group(0).lower()  # "SYM HOUSE là đơn vị ...": a brand in English words, read as words
        # the class matches small marked letters too ("Lễ HỘI YẾN ..."): runs of capitals only
        out: list[str] = []
        for upper, group in itertools.groupby(m.group(0).split(" "), key=str.isupper):
            words = list(group)
            known = lex.lookup(" ".join(words)) is not None  # "HÀ NỘI – SA PA": a name the lexicon says
            plain = len(words) >= 2 and all(  # "KHUC CAY"; "lễ VU LAN báo HIẾU": beside words shouted with marks
                _PLAIN_SYLLABLE.fullmatch(w) and (len(w) >= 3 or shouted and not known and lex.lookup(w) is None)
                for w in words
            )
            out.append(
                _CAPITAL_WORD.sub(word, " ".join(words)) if upper and (_marked_run(words) or plain) else " ".join(words)
            )
        return " ".join(out)

    return _CAPITAL_RUN.sub(run, text)


_ASCII_RUN = re.compile(r"(?<![\w.])[A-Z]+(?: [A-Z]+)+(?![\w.])")


def _english_run(run: str, lex: Lexicon, long: bool = False) -> bool:
    """Words in capitals without a mark, English by their shape (`_english`), one of four letters or more and no
    syllable; with a short one spelled otherwise ("SYM HOUSE"; never in a line all in capitals, `long`) or all of five
    letters or more ("INTERNATIONAL CHESS SCHOOL"): words, never letters, and never "AFF CUP"."""
    said = run.split(" ")
    long_word = any(len(w) >= 4 and not is_syllable(w.lower()) for w in said)
    shaped = (not long and any(len(w) <= 3 for w in said)) or all(len(w) >= 5 for w in said)
    return run.isascii() and long_word and shaped and _english(said, lex)


def _english_line(text: str, lex: Lexicon) -> bool:
    """A line of two words or more in capitals without a Vietnamese mark that are English words (`_english`)."""
    return text.isascii() and text == text.upper() and _english(re.findall(r"[A-Za-z]+(?='[A-Z]|\b)", text), lex)


def _english(words: list[str], lex: Lexicon) -> bool:
    """Two words or more in capitals, each shaped as an English word and none an acronym the lexicon knows, half of
    them or more no Vietnamese syllable: English ("JUST A BIT MORE", a brand's "SYM HOUSE"), never "TIN TUC"."""
    return (
        len(words) >= 2
        and all(ENGLISH_WORD.fullmatch(w) and _not_letters(lex.lookup(w)) for w in words)
        and 2 * sum(not is_syllable(w.lower()) for w in words) >= len(words)
    )


def _not_letters(spoken: str | None) -> bool:
    """No reading in the lexicon, or one word ("ONE" "oan"): never an acronym's letters ("USB" "u ét bê")."""
    return spoken is None or len(spoken.split()) == 1 and spoken.isalpha()


def _between_marked_words(m: re.Match[str]) -> bool:
    """Whether the word `m` found stands between two words in capitals with Vietnamese marks."""
    before, after = m.string[: m.start()].split(), m.string[m.end() :].split()
    return bool(before and after) and all(
        w.isupper() and not w.isascii() for w in (before[-1].strip(",.;:"), after[0].strip(",.;:"))
    )


def _marked_run(words: list[str]) -> bool:
    """Three words or more in capitals, two with Vietnamese marks ("QUỐC THÁI DÂN AN") or one
    marked on a vowel and the rest plain syllables or names ("ĐÊM TRUNG THU", "CHA THÁNH GIUSE"), or
    two words, one marked on a vowel ("QUỐC GIA"): words of the language, not letters to spell."""
    if not all(w.isupper() for w in words):
        return False
    marked = sum(any(ord(c) > 127 for c in w) for w in words)
    vowel_marked = any(any(ord(c) > 127 and c != "Đ" for c in w) for w in words)
    syllables = all(not w.isascii() or _PLAIN_SYLLABLE.fullmatch(w) or _FOREIGN_WORD.fullmatch(w) for w in words)
    return (len(words) >= 3 and (marked >= 2 or (vowel_marked and syllables))) or (len(words) == 2 and vowel_marked)
