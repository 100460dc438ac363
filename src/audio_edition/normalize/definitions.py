"""Acronyms an article defines for itself: "thực phẩm bảo vệ sức khỏe (TPBVSK)" and then
"TPBVSK Hộ Tạng Đường ...". The phrase may hold commas and dashes ("phổ biến, giáo dục pháp
luật (PBGDPL)", "Ngôn ngữ - Xã hội Nhân văn (NN-XHNV)"). The first time, the bracket goes (the
phrase was just read); every later time the acronym is read as the phrase, not spelled."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from ..text.legacy import is_syllable
from ..text.letters import LOWER, UPPER
from .abbreviations import Lexicon
from .lexicon import Entry

_DEFINED = re.compile(
    r"(?P<phrase>(?:[^\W\d_]+(?:\s*[,\-–]\s*|\s+)){1,11}[^\W\d_]+\s*)"  # "Thu Nguyệt(TN)": glued too
    r"\((?P<acronym>[A-ZĐ]{2,10}(?:-[A-ZĐ]{1,10}|&[A-ZĐ]{1,10}|(?: [A-ZĐ]{2,10}){1,2}|(?:\.[A-ZĐ]{1,10}){1,3})?)\)"
)
_CAMEL = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}])")  # "Tự Do TâyÚc": two words a page glued
_WORD = re.compile(r"[^\W\d_]+")
_DASH = re.compile(r"\s*[\-–]\s*")
# "(sau đây gọi tắt là nhiễm khuẩn bệnh viện – NKBV)": an acronym defined after a dash, not a bracket
# or right after its words ("kích thước lọt lòng KTLL : 12x12 cm"), three letters or more
_DASH_DEFINED = re.compile(
    r"(?<=[^\W\d_])\s(?:[–-]\s(?P<acronym>[A-ZĐ]{2,8})|(?P<apposed>[A-ZĐ]{3,8}))(?=\s*[),;.:]|$)"
)


def _dash_defined(text: str) -> Iterable[tuple[re.Match[str], str]]:
    """Each acronym a dash defines, with the words before the dash it stands for (one initial a
    word, in Vietnamese)."""
    for m in _DASH_DEFINED.finditer(text):
        letters = m["acronym"] or m["apposed"]
        words = _WORD.findall(text[: m.start()])[-len(letters) :]
        phrase = " ".join(words)
        if len(words) == len(letters) and "".join(_initial(w) for w in words) == letters.lower():
            if not phrase.isascii():
                yield m, phrase.lower()


def _initial(word: str) -> str:
    first = word[0].lower()
    return "đ" if first == "đ" else unicodedata.normalize("NFD", first)[0]


def defined_acronyms(texts: Iterable[str], lexicon: Lexicon) -> list[Entry]:
    """The acronyms `texts` define in brackets after the words they stand for, one initial a word,
    that `lexicon` does not know (not when the words are another language's: "World Health
    Organization (WHO)" is spelled); the acronyms of a bracket that mixes them with words ("Nhóm
    nghiên cứu mạnh về Nông nghiệp hữu cơ (Nhóm NCM về NNHC)"); and an acronym the lexicon gives
    a meaning the article never uses ("hệ thống đảm bảo cùng tham gia (PGS)", where "PGS" is no
    associate professor): the article's own phrase, back to a comma or a word like "và". An
    acronym said as a word ("OCOP", "ô cốp") keeps its sound. Last, the acronyms the article
    implies by saying their words elsewhere (`implied_acronyms`), and a name in capitals the
    article also writes as a word ("NAMIX" beside "Namix"), said as that word."""
    texts = list(texts)
    whole = " ".join(texts).lower()
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            acronym = m["acronym"]
            if "." in acronym:  # "Cộng Đồng Người Việt Tự Do TâyÚc (CĐ.NVTD.TU)": each part its words
                found.update(_dotted(acronym, _CAMEL.sub(" ", m["phrase"]), lexicon, whole))
                continue
            letters = acronym.replace("-", "").replace(" ", "").replace("&", "v")  # "CNTT&TT": "... và ..."
            words = list(_WORD.finditer(m["phrase"]))[-len(letters) :]
            initials = "".join(_initial(w[0]) for w in words)
            known = lexicon.lookup(acronym)
            if len(words) == len(letters) and initials == letters.lower():
                said = _DASH.sub(" ", m["phrase"][words[0].start() :]).strip(" ,")
                # the article's own words for it, one initial a word, win over the lexicon's ("Thu
                # Nguyệt(TN)" is no "thiếu nhi"); "World Health Organization (WHO)" is spelled
                if not said.isascii() and (
                    known is None or _WORD.findall(known.lower()) != _WORD.findall(said.lower())
                ):
                    found.setdefault(acronym, " ".join(said.split()).lower())
            elif (
                _expands(known, letters)
                and known.lower() not in whole
                and not _PLACE.match(known)  # "phường Bình Thới (TPHCM)": where it is, no new meaning
                and (phrase := _own_phrase(m["phrase"]))
            ):
                found.setdefault(acronym, phrase)
                if lexicon.lookup(acronym + ".") is not None:  # "theo PGS. Tiến hành": no title, a stop
                    found.setdefault(acronym + ".", phrase + ".")
        for m in _MIXED.finditer(text):
            for acronym, phrase in _aligned(m["inner"].split(), _WORD.findall(text[: m.start()])[-20:]).items():
                if lexicon.lookup(acronym) is None:
                    found.setdefault(acronym, phrase)
        for m in _LEGEND.finditer(text):  # "Trong đó, ĐCN: Điểm cả năm, ĐƯT: Điểm ưu tiên": a formula's legend
            acronym, said = m["acronym"], m["phrase"].split()
            initials = "".join(_initial(w) for w in said) == "".join(_initial(c) for c in acronym)
            if len(said) == len(acronym) and initials:  # the page's own words win over the lexicon's ("ĐTH")
                found.setdefault(acronym, " ".join(said).lower())
        for m, phrase in _dash_defined(text):
            acronym = m["acronym"] or m["apposed"]
            known = lexicon.lookup(acronym)
            if known is None or _WORD.findall(known.lower()) != phrase.split():
                found.setdefault(acronym, phrase)
    for acronym, phrase in implied_acronyms(texts, lexicon).items():
        found.setdefault(acronym, phrase)
    for acronym in {a for t in texts for a in _CAPS_WORD.findall(t)} - set(lexicon.entries) - set(lexicon.words):
        if re.search(rf"(?<![\w-]){acronym.capitalize()}(?![\w-])", " ".join(texts)):
            found.setdefault(acronym, acronym.capitalize())  # "NAMIX" on a page that writes "Namix": the brand's word
    found.update(_composed(texts, lexicon, found))
    return [Entry(acronym, phrase) for acronym, phrase in found.items()]


def _composed(texts: list[str], lexicon: Lexicon, found: dict[str, str]) -> dict[str, str]:
    """ "BCHCĐ" on a page that defined "CĐ" as "cộng đồng": letters no lexicon knows, made of two
    acronyms known ("BCH", "ban chấp hành"), one of them the article's own, read as both."""
    composed = {}
    for a in {a for t in texts for a in _CAPITALS.findall(t)} - set(found) - set(lexicon.entries):
        for i in range(2, len(a) - 1):
            head, tail = a[:i], a[i:]
            if head in found or tail in found:
                said = [found.get(p) or lexicon.lookup(p) for p in (head, tail)]
                if all(said):
                    composed[a] = " ".join(said).lower()
                    break
    return composed


def _dotted(acronym: str, phrase: str, lexicon: Lexicon, whole: str) -> dict[str, str]:
    """ "CĐ.NVTD.TU" after "Cộng Đồng Người Việt Tự Do Tây Úc": every part the words it stands
    for, when the initials of the phrase's last words spell them all; a part the lexicon gives a
    meaning the article never says ("CĐ", "cao đẳng") takes the article's."""
    parts = acronym.split(".")
    words = _WORD.findall(phrase)[-sum(map(len, parts)) :]
    if "".join(_initial(w) for w in words) != "".join(parts).lower():
        return {}
    found, start = {acronym: " ".join(words).lower()}, 0
    for part in parts:
        said = " ".join(words[start : start + len(part)]).lower()
        start += len(part)
        known = lexicon.lookup(part)
        if len(part) > 1 and (known is None or known.lower() not in whole):
            found[part] = said
    return found


def implied_fallbacks(texts: Iterable[str], lexicon: Lexicon) -> list[Entry]:
    """Meanings for letters the lexicon reads only in some contexts, taken from the article's own
    words, to be tried after the lexicon's: "cá nhân PG huyện" on a page about "Phật giáo", where
    the lexicon knows "PG" only after "BTS"."""
    return [Entry(a, phrase) for a, phrase in implied_acronyms(texts, lexicon, contextual=True).items()]


_CAPITALS = re.compile(r"(?<![\w-])[A-ZĐ]{2,6}(?!\w|-\w)")
_CODED = re.compile(r"(?<![\w.-])([A-ZĐ]{2,6})\s?[\d.-]*\d|\d\s?([A-ZĐ]{2,6})(?![\w-])")
_ROMAN = re.compile(r"[IVXLCDM]+")
# "Electrolux, Panasonic, LG, Samsung": letters among brands' names, a brand's own, never a phrase of the page's
_BRANDED = re.compile(r"[A-Z][\w-]+,\s*([A-ZĐ]{2,6}),\s*[A-Z]")
_CLAUSE = re.compile(r"[,.;:!?()\[\]“”\"–—-]")
# words no name opens or closes with, pronouns and conjunctions among them ("Nếu bạn ..." names no "NB")
_EDGE_WORDS = frozenset(
    "là của và cho với các những được tại trong như thì mà để từ đến theo về hoặc có một "
    "nếu khi vì nhưng bạn mình tôi họ chúng".split()
)


def implied_acronyms(texts: Iterable[str], lexicon: Lexicon, contextual: bool = False) -> dict[str, str]:
    """Acronyms no lexicon knows that the article spells out elsewhere without brackets: "TXCT"
    among "tiếp xúc cử tri" three times, "GP" on a page that says "Giáo phận". The phrase is
    words in a row within a clause, one initial a letter, neither end a word like "của", at least
    once with a capital, as a body's name is; said twice or more (once is enough for four letters
    or more), the most often said one wins. Letters any lexicon entry knows, in any context, and
    letters of a code ("tàu QB 92400") are left alone, and so are two paired letters one of which
    means nothing here ("tiếp điểm NC và NO"); with `contextual`, only the letters the
    lexicon knows in some contexts and no other ("PG" after "BTS", on a page that says "Phật
    giáo"), for `implied_fallbacks`."""
    texts = list(texts)
    coded = {m[1] or m[2] for t in texts for m in _CODED.finditer(t)}  # "tàu QB 92400": letters of a code
    coded |= {m[1] for t in texts for m in _BRANDED.finditer(t)}

    def candidate(a: str) -> bool:
        if contextual:
            known = lexicon.entries.get(a, ())
            return bool(known) and all(e.prev or e.next for e in known)
        return a not in lexicon.entries

    wanted = {
        a
        for t in texts
        for a in _CAPITALS.findall(t)
        if not _ROMAN.fullmatch(a) and candidate(a) and a not in lexicon.words and a not in coded
    }
    if not wanted:
        return {}
    counts: dict[str, dict[str, int]] = {a: {} for a in wanted}
    named: set[str] = set()  # phrases said at least once with a capital, as a body's name is
    by_length = {n: [a for a in wanted if len(a) == n] for n in {len(a) for a in wanted}}
    for clause in (c for t in texts for c in _CLAUSE.split(t)):
        words = _WORD.findall(clause)
        for n, acronyms in by_length.items():
            for i in range(len(words) - n + 1):
                window = words[i : i + n]
                if window[0].isupper() or window[0].lower() in _EDGE_WORDS or window[-1].lower() in _EDGE_WORDS:
                    continue
                initials = "".join(_initial(w) for w in window)
                for a in acronyms:
                    if initials == a.lower():
                        phrase = " ".join(window).lower()
                        counts[a][phrase] = counts[a].get(phrase, 0) + 1
                        if window[0][0].isupper():
                            named.add(phrase)
    implied: dict[str, str] = {}
    paired = {m for t in texts for m in _PAIRED.findall(t)}  # "tiếp điểm NC và NO": two labels, read alike
    listed = {a for t in texts for m in _LETTER_LIST.finditer(t) for a in _CAPITALS.findall(m.group(0))}
    for a, phrases in counts.items():
        phrases = {p: t for p, t in phrases.items() if p in named}  # the most said of the names
        if phrases:
            phrase, times = max(phrases.items(), key=lambda kv: kv[1])
            # another language's words ("Japanese Language Proficiency Test") leave it spelled
            if a in listed:  # "vitamin B1, B2, E, PP, K": one of a list of letters, never words
                continue
            # "Sao Mai" twice beside "SM": Vietnamese syllables without marks name it too
            vietnamese = not phrase.isascii() or all(is_syllable(w) for w in phrase.split())
            if phrase in named and times >= (1 if len(a) >= _ONCE_LETTERS else 2) and vietnamese:
                implied[a] = phrase
    whole = "\n".join(texts)
    for a in sorted(wanted - implied.keys() - listed):
        said = _said_just_before(a, whole) if len(a) >= _NEARBY_LETTERS and not contextual else None
        if said:  # "... bài tập trên lớp và bài về nhà. BVN tuyệt đối không ...": the words just said
            implied[a] = said
    for first, second in paired:  # one of the two has no meaning here: both stay letters
        if (first in implied) != (second in implied):
            implied.pop(first, None)
            implied.pop(second, None)
    return implied


_ONCE_LETTERS = 4
_NEARBY_LETTERS = 3
_NEARBY_CHARS = 300  # the words an acronym stands for, said in small letters this close before it


def _said_just_before(acronym: str, whole: str) -> str | None:
    """The words, one initial a letter, that `whole` says in the few sentences before `acronym` first stands in it
    ("... các bài tập được giao trên lớp và bài về nhà. BVN tuyệt đối ..."); None when no such words are there."""
    first = re.search(rf"(?<![\w-]){acronym}(?![\w-])", whole)
    if first is None:
        return None
    before = whole[max(0, first.start() - _NEARBY_CHARS) : first.start()]
    for clause in reversed(_CLAUSE.split(before)):
        words = _WORD.findall(clause)
        for i in range(len(words) - len(acronym), -1, -1):
            window = words[i : i + len(acronym)]
            if window[0].lower() in _EDGE_WORDS or window[-1].lower() in _EDGE_WORDS:
                continue
            phrase = " ".join(window).lower()
            if "".join(_initial(w) for w in window) == acronym.lower() and not phrase.isascii():
                return phrase
    return None


_CAPS_WORD = re.compile(r"(?<![\w-])[A-ZĐ]{3,12}(?![\w-])")  # "EA KAR" beside "Ea Kar" too
_LETTER_LIST = re.compile(r"(?<![\w-])(?:[A-ZĐ]{1,3}\d{0,2}\s*,\s*){2,}[A-ZĐ]{1,3}\d{0,2}(?![\w-])")
_PAIRED = re.compile(r"(?<![\w-])([A-ZĐ]{2,6})\s+(?:và|hoặc|hay)\s+([A-ZĐ]{2,6})(?![\w-])")


# "(Nhóm NCM về NNHC)": words and acronyms in one bracket
_LEGEND = re.compile(
    r"(?<![\w-])(?P<acronym>[A-ZĐƯƠ]{2,6})\s?:\s(?P<phrase>[^\W\d_]+(?: [^\W\d_]+){1,5})(?=\s*[,;.]|\s*$)"
)
_MIXED = re.compile(r"\((?P<inner>(?=[^()]*\b[A-ZĐ]{2,10}\b)(?=[^()]*\b[a-zà-ỹđ]+\b)[^\W\d_]+(?:\s+[^\W\d_]+){1,5})\)")
_PHRASE_WORDS = range(3, 9)
_PHRASE_BREAK = frozenset("là của và cho với các những được tại trong như thì mà để từ đến theo về hoặc".split())


_PLACE = re.compile(r"(?i:thành phố|tỉnh|quận|huyện|thị xã|phường|xã)\s")


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
    abbreviates the words just read goes, as a bracketed acronym does; so does a dash that defines
    one ("nhiễm khuẩn bệnh viện – NKBV")."""

    def repl(m: re.Match[str]) -> str:
        return "" if _aligned(m["inner"].split(), _WORD.findall(text[: m.start()])[-20:]) else m.group(0)

    text = _MIXED.sub(repl, text)
    for m, _ in reversed(list(_dash_defined(text))):  # "... nhiễm khuẩn bệnh viện – NKBV)": said once
        text = text[: m.start()] + text[m.end() :]
    return text


# "HĐGM (BC) Hội Đồng Giám Mục", "HCQH (Hợp Ca Quê Hương)": an acronym, maybe another language's
# in brackets, then the words it stands for
_GLOSSED = re.compile(r"(?<![\w&])(?P<acronym>[A-ZĐ]{2,8})(?!\w)(?P<gap>\s*(?:\([A-Z]{2,6}\))?\s*\(?\s*)(?=[A-ZĐÀ-Ỹ])")


_GLOSS_END = re.compile(r"[,;:.!?]")


def spell_glossed(text: str, spell: Callable[[str], str]) -> str:
    """An acronym followed by the words it stands for (a glossary's line, a list of associations)
    is spelled, its words said after it, never the same words twice."""

    def repl(m: re.Match[str]) -> str:
        letters = m["acronym"].lower()
        clause = _GLOSS_END.split(text[m.end() :], maxsplit=1)[0]  # "HTX Ong Hợp Thành, xã": no gloss
        words = [w[0] for w in _WORD.finditer(clause)][: len(letters) + 1]
        for skip in (0, 1):  # "CHTT (OLQ) Bản Câu Hỏi Trực Tuyến": a word before them
            window = words[skip : skip + len(letters)]
            initials = "".join(_initial(w) for w in window)
            glossed = not any(len(w) > 1 and w.isupper() for w in window)  # "TN THPT năm": no gloss
            if len(initials) == len(letters) and initials == letters and glossed:
                return spell(m["acronym"]) + m["gap"]
        return m.group(0)

    return _GLOSSED.sub(repl, text)
