"""Expand abbreviations from the lexicon and spell the remaining acronyms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..text.legacy import is_syllable
from .lexicon import Entry, builtin, builtin_abbreviations, token_pattern

# Two or more capitals each followed by a dot, or ending in a bare capital: N.V.T, Đ.T.H., Q.M.
_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZĐ]\.){2,}(?![\w])|(?<![\w.])(?:[A-ZĐ]\.)+[A-ZĐ](?![\w.])")
_ACRONYM = re.compile(r"(?<![\w-])([A-ZĐ][A-ZĐ]+(?!\w|-\w)|[A-ZĐ](?![\w-]))")
# "Sơn Tùng M-TP", "FC-HAGL": capitals joined by a hyphen that the lexicon does not know as a whole,
# each part read (spelled unless the lexicon has it; all spelled beside an initial) and the hyphen
# not said
_HYPHENED_ACRONYM = re.compile(r"(?<![\w-])[A-ZĐ]{1,5}(?:-[A-ZĐ]{1,5})+(?![\w-])")
# "CU-Control Unit", "ALU-Arithmetic Logic Unit": letters hyphened to the English words whose
# initials they are, the letters read and the words after a pause; "BRT-Kim Mã", "LG-Philips":
# letters hyphened to a name, read as letters, the hyphen not said
_GLOSSED_ACRONYM = re.compile(
    r"(?<![\w-])(?P<abbr>[A-ZĐ]{2,5})-(?=(?P<words>[A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+){0,4}))"
)
# "một CV-bản sơ yếu lý lịch": letters hyphened to the Vietnamese words that gloss them, a pause between
_APPOSED_ACRONYM = re.compile(r"(?<![\w-])([A-ZĐ]{2,5})-(?=([a-zà-ỹđ]+)\s)")
# "(WEF)" right after the phrase it abbreviates: the phrase was just read, the letters are not.
# "(IoT)", "(CNTT&TT)", "(SV NCKH)": one acronym, or two or three in capitals side by side
# ("Little Saigon"(LS) after its quote too, "(NN & PTNT)" with spaces around its "&")
_PARENTHESIZED_ACRONYM = re.compile(
    r"(?<=[\w\"”’])\s*\((?=[^)]*[A-ZĐ][^)]*[A-ZĐ])(?!\s*T[Pp][.\s]?\s?[A-ZĐ])\s*"  # never "(TP HCM)": where it is
    r"(?:[A-ZĐ]{2,}(?:\s[A-ZĐ]{2,}){1,2}|[A-ZĐ]{1,6}\s+&\s+[A-ZĐ]{1,6}|[A-ZĐ]{1,10}(?:\.[A-ZĐ]{1,10}){2,3}"
    r"|[A-Za-zĐ&-]+)\s*\)"  # "(CĐ.NVTD.TU)": initials in three parts or more (not "(TP.HCM)", where a place is)
)
# "linh mục (Lm)": an abbreviation of capital and small letters after the words whose initials it is
# "trung bình (trb)": the words before it cut short in small letters, no syllable of their own
_SHORTENED = re.compile(r"(?<=\w) \((?P<short>[a-zđ]{2,4})\)")
_INITIALLED = re.compile(r"(?<=\w)\s*\((?P<abbr>[A-ZĐ][a-zđ][A-Za-zĐđ]{0,3})\)")
# "Bộ Nông nghiệp và Phát triển Nông thôn (Bộ NN&PTNT)": the body named again, short
_HEADED_ACRONYM = re.compile(
    r"(?<=\w)\s*\((?P<head>Bộ|Sở|Ban|Cục|Tổng cục|Ủy ban|Viện|Trung tâm|Hội|Quỹ|Tập đoàn|Ngân hàng|Công ty)"
    r"\s+[A-ZĐ][A-Za-zĐ&-]*[A-ZĐ][A-Za-zĐ&-]*\s*\)"
)
# "Hợp tác xã Dịch vụ nông nghiệp Hà Ngọc (HTX DVNN Hà Ngọc)": the body's letters and its name again, the name
# just said
_RENAMED = re.compile(r"\s*\((?:[A-ZĐ]{2,6}\s+)+(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})\)")
# Function words that end a name: in "giao cho Zalo (VNG)" the name before "(VNG)" is one word.
_FUNCTION_WORDS = frozenset("là của và cho với các những được tại trong ngoài như thì mà có để từ đến theo về".split())


class Lexicon:
    """Abbreviations with their spoken forms; the user's entries are tried before the built-in ones."""

    def __init__(self, extra: Iterable[Entry] = ()) -> None:
        words = [Entry(k, v) for k, v in builtin("spoken_acronyms.tsv").items()]
        self.entries: dict[str, list[Entry]] = {}
        for entry in [*extra, *builtin_abbreviations(), *words]:
            self.entries.setdefault(entry.key, []).append(entry)
        self.words = builtin("spoken_acronyms.tsv")
        self.letters = builtin("letters.tsv")
        self.pattern = token_pattern(list(self.entries))

    def with_entries(self, extra: Iterable[Entry], fallback: Iterable[Entry] = ()) -> Lexicon:
        """This lexicon with `extra` tried first (an article's own definitions) and `fallback`
        tried last (what the article implies for letters the lexicon reads only in context)."""
        extra, fallback = list(extra), list(fallback)
        if not extra and not fallback:
            return self
        new = Lexicon.__new__(Lexicon)
        new.entries = {}
        for entry in [*extra, *(e for es in self.entries.values() for e in es), *fallback]:
            new.entries.setdefault(entry.key, []).append(entry)
        new.words, new.letters = self.words, self.letters
        new.pattern = token_pattern(list(new.entries))
        return new

    def lookup(self, key: str, before: str = "", after: str = "") -> str | None:
        for entry in self.entries.get(key, ()):
            if entry.fits(before, after):
                return entry.spoken
        return None

    def expand(self, text: str) -> str:
        def spoken(m: re.Match[str]) -> str:
            after = text[m.end() :]
            found = self.lookup(m.group(0), text[: m.start()], after)
            if found is None:
                return m.group(0)
            words = found.split()
            said = text[max(0, m.start() - 40) : m.start()].split()
            before = [w.lower() for w in said]
            for k in (3, 2, 1):  # "người NCT", "hệ thống PGS": the words said just before, once
                compound = " ".join(words[k - 1 : k + 1]).lower() in _COMPOUNDS  # never "Khoa KHXH&NV"
                # a name's capital only by a capital: "Hội HND" is one "Hội", "Xã hội HND" keeps its own
                named = not words[0][:1].isupper() or said[-k:][:1] == words[:1]
                if len(words) > k and before[-k:] == [w.lower() for w in words[:k]] and not compound and named:
                    found = " ".join(words[k:])
                    break
            return found + " " if after[:1].isalnum() else found

        return self.pattern.sub(spoken, text)

    def spell(self, word: str) -> str:
        return " ".join(self.letters.get(ch, ch) for ch in word.upper())

    def glossed(self, acronym: str) -> str:
        """An acronym its own words follow: the word it is said as ("IELTS", "HEPA"), else its letters."""
        if said := self.words.get(acronym):
            return said
        return acronym.capitalize() if _SAID_AS_WORD.fullmatch(acronym) else self.spell(acronym)

    def say(self, word: str, after: str = "", before: str = "") -> str:
        """A run of letters: its lexicon reading, spelled if it is capitals, else as written."""
        found = self.lookup(word, before, after)
        if found is not None:
            return found
        if _SAID_AS_WORD.fullmatch(word) or (len(word) >= _LONG_ENGLISH and ENGLISH_WORD.fullmatch(word)):
            return word.capitalize()  # "BIAVERM", "EXOTRAN": a brand in capitals, "CONGRATS" a word, to say
        beside = _WORD_AFTER.match(after) or _WORD_BEFORE.search(before)
        if _SHORT_WORD.fullmatch(word) and beside and _SAID_AS_WORD.fullmatch(beside[1]):
            return word.capitalize()  # "MOLD REMOVER": a short English word beside a long one in capitals
        if _SYLLABLE_ONSET.match(word) and is_syllable(word.lower()):
            return word.lower()  # "Điện máy XANH": a Vietnamese word in capitals, never its letters
        if branded := _VN_BRAND.fullmatch(word):
            return f"vê en {branded[1].lower()}"  # "VNTRAVEL", "VNEXPRESS": the country's letters, then a word
        if branded := _BRAND_VN.fullmatch(word):
            return f"{branded[1].lower()} vê en"  # "GEARVN": a word, then the country's letters
        if word.isupper() or len(word) == 1:
            return self.spell(word)
        return word.lower()

    def spell_acronyms(self, text: str) -> str:
        def hyphened(m: re.Match[str]) -> str:
            parts = m.group(0).split("-")
            if min(map(len, parts)) == 1:  # an initial among them: a name's letters ("M-TP")
                return " ".join(map(self.spell, parts))
            # each part read in the light of the parts before it ("PTG-ĐTĐ": two schools, never a disease)
            return " ".join(self.say(part, "", "-".join(parts[:k]) + "-" if k else "") for k, part in enumerate(parts))

        def glossed(m: re.Match[str]) -> str:
            initials = "".join(w[0] for w in m["words"].split())
            return m["abbr"] + (", " if len(initials) > 1 and initials.startswith(m["abbr"]) else " ")

        def apposed(m: re.Match[str]) -> str:
            return f"{m[1]}, " if is_syllable(m[2]) else m.group(0)

        text = _GLOSSED_ACRONYM.sub(glossed, _HYPHENED_ACRONYM.sub(hyphened, text))
        text = _APPOSED_ACRONYM.sub(apposed, text)
        return _ACRONYM.sub(lambda m: self.say(m.group(1), text[m.end() :], text[: m.start()]), text)

    def spell_initials(self, text: str) -> str:
        """People's initials, "ông N.V.T", "chị Đ.T.H.", "Q.M. Tuấn", read as letter names
        without their dots (a dot that also ends the text stays). A single letter and a dot
        before a word, "Q.Bình Thạnh", is the lexicon's (Quận)."""

        def repl(m: re.Match[str]) -> str:
            if said := self.lookup(m.group(0), text[: m.start()], text[m.end() :]):
                return said  # "P.V Dân Việt": the paper's reporter, as the lexicon says
            ends = m.group(0).endswith(".") and not text[m.end() :].strip()
            return self.spell(m.group(0).replace(".", "")) + ("." if ends else "")

        return _INITIALS.sub(repl, text)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The newsroom lexicon built into the package, loaded once."""
    return Lexicon()


# six letters or more in capitals with two vowels apart and no three consonants in a row: a name
# a reader says as a word (a drug's "BIAVERM"), never letters to spell ("GHPGVNTN" has no vowels);
# five letters that take turns, consonant and vowel, are one too (a shop's "LECOS", "ILOTA")
_SAID_AS_WORD = re.compile(
    r"(?=[A-Z]*[AEIOUY][B-DF-HJ-NP-TV-Z]+[AEIOUY])(?![A-Z]*[B-DF-HJ-NP-TV-Z]{3})[A-Z]{6,}"
    r"|[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z]|[AEIOU][B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z][AEIOU]"
    r"|[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z][AEIOU]|[AEIOU][BCDGKPTV][RL][AEIOU]"  # "PULI AGRI": a brand, its words
    r"|[AEIOU][B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z]"  # "ATOM", "OPEC", "ASEM": vowel, consonant, vowel, consonant
)
# an English word's shape: a cluster English begins words with, vowels, at most three consonants between them, and a
# cluster it ends words with ("BREAK", "APPROVED", "CONGRATS"); never "USB", "HDMI", "OTG", "CPU"
ENGLISH_WORD = re.compile(
    r"(?:[BCDFGHJ-NP-TV-Z]|[BCFGP][LR]|[DT][RW]|CH|KN|PH|QU|S[CHKLMNPTW]|TH|WH|WR|SCH|SCR|SHR|SPL|SPR|STR|THR)?"
    r"[AEIOUY]+(?:[B-DF-HJ-NP-TV-Z]{1,3}[AEIOUY]+)*"
    r"(?:[B-DF-HJ-NP-TV-Z]|CK|CT|FF|FT|GHT?|L[DFKLMPST]|MB|MP|MS|NCH|N[DGKST]|PS|R[DKLMNST]|RCH|SH|S[KPST]|TCH|TH|[DGKPTW]S)?"
)


_LONG_ENGLISH = 7  # "CONGRATS": a consonant cluster English has, in a long word
# three to five capitals with a vowel between consonants ("MOLD"), and the word in capitals beside it
_SHORT_WORD = re.compile(r"[B-DF-HJ-NP-TV-Z]{1,2}[AEIOU]{1,2}[B-DF-HJ-NP-TV-Z]{1,2}")
_WORD_AFTER = re.compile(r"\s+([A-Z]{6,})\b")
_WORD_BEFORE = re.compile(r"\b([A-Z]{6,})\s+$")
# "XANH", "THANH": four capitals or more that spell one Vietnamese syllable, a word (no lexicon's letters)
# four letters or more, or three opening as only Vietnamese does ("KHI", "NHƯ"), or "Đ" ("ĐANG"): a word in capitals
_SYLLABLE_ONSET = re.compile(r"[A-Z]{4,}|(?:KH|NH|GH|TR|PH|QU|GI)[A-Z]|Đ[A-Z]{2,}")
# "VN" and an English word of four letters or more after it, a vowel among them and never four
# consonants in a row: a Vietnamese brand ("VNTRAVEL"), its word said, never spelled ("VNPT" is)
_VN_BRAND = re.compile(r"VN((?=[A-Z]*[AEIOUY])(?![A-Z]*[B-DF-HJ-NP-TV-Z]{4})[A-Z]{4,})")
_BRAND_VN = re.compile(r"((?=[A-Z]*[AEIOUY])(?![A-Z]*[B-DF-HJ-NP-TV-Z]{4})[A-Z]{4,})VN")  # and before it, "GEARVN"
# an expansion opening on a word the text just said, but as part of another word: "Khoa KHXH&NV"
# is "Khoa Khoa học xã hội và Nhân văn"
_COMPOUNDS = frozenset({"khoa học"})
# where the phrase before a bracket begins: a mark, or a full stop ending a sentence (never the dot
# inside "TP.HCM")
_PHRASE_END = re.compile(r"[,;:()\"“”]|\.(?!\w)")


_REGIONS = frozenset({"MN"})


def drop_parenthesized_acronyms(text: str) -> str:
    """Drop "(IoT)" after "Internet vạn vật" (the phrase it abbreviates was just read) but keep
    "(VNG)" after a one-word name like "Zalo", where it says something new; and "(Bộ NN&PTNT)"
    after the ministry's name ("Thứ trưởng Lê Minh Hoan (Bộ NN&PTNT)" says where he serves), and "(TOEFL)" after
    "IELTS", a test named beside another; "(HTX DVNN Hà Ngọc)" after the cooperative's full name, its letters and
    the name just said; "(QLTT)" after "Quản lý Thị trường TPHCM", the place's letters between."""

    def repl(m: re.Match[str]) -> str:
        phrase = _PHRASE_END.split(text[: m.start()].rstrip('"”’'))[-1].replace("nước ngoài", "nước_ngoài").split()
        if m.group(0).strip("() ") in _REGIONS:
            return m.group(0)  # "Hội Thánh Tin Lành Việt Nam (MN)": which half of the country, no abbreviation
        if phrase and re.fullmatch(r"[A-ZĐ][A-ZĐ0-9]+", phrase[-1]) and phrase[-1] not in m.group(0):
            # "IELTS (TOEFL)": another name beside it; "Quad HD (QHD)" shortens its phrase; "Quản lý Thị trường
            # TPHCM (QLTT)": the words before the place's letters, initial by initial, said already
            letters = m.group(0).strip("() ")
            named = "".join(w[0] for w in phrase[-1 - len(letters) : -1]) if len(phrase) > len(letters) else ""
            return "" if letters.isalpha() and named.upper() == letters else m.group(0)
        run = 0
        for word in reversed(phrase):
            if word.lower() in _FUNCTION_WORDS:
                break
            run += 1
        return "" if run >= 2 else m.group(0)

    def headed(m: re.Match[str]) -> str:
        phrase = _PHRASE_END.split(text[: m.start()])[-1]
        return "" if re.search(rf"(?<!\w){m['head']}\s+[A-ZĐÀ-Ỹ]", phrase) else m.group(0)

    def initialled(m: re.Match[str]) -> str:
        abbr = m["abbr"].lower()
        words = text[: m.start()].split()[-len(abbr) :]
        return "" if "".join(w[:1].lower() for w in words) == abbr else m.group(0)

    def shortened(m: re.Match[str]) -> str:
        letters = iter(" ".join(text[: m.start()].split()[-3:]).lower())
        return "" if all(c in letters for c in m["short"]) and not is_syllable(m["short"]) else m.group(0)

    def renamed(m: re.Match[str]) -> str:
        return "" if text[: m.start()].rstrip().endswith(" " + m["name"]) else m.group(0)

    text = _SHORTENED.sub(shortened, _INITIALLED.sub(initialled, _RENAMED.sub(renamed, text)))
    return _HEADED_ACRONYM.sub(headed, _PARENTHESIZED_ACRONYM.sub(repl, text))
