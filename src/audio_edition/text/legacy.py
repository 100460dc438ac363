"""Vietnamese text in legacy encodings, and mis-decoded UTF-8, turned back into Unicode.

Before Unicode, Vietnamese was typed in font encodings: TCVN3 (ABC) put each accented
letter on one byte; VNI put the base letter and its marks on two. Text copied from such
documents shows up as "B¶o Th¾ng" or "Vieät Nam". UTF-8 read as Windows-1252 shows up as
"Tiáº¿ng Viá»‡t". Each repair is a candidate; the one with the most well-formed Vietnamese
syllables wins, and the text is left alone when no candidate reads better than it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from functools import lru_cache

# TCVN3 (TCVN 5712:1993, ABC) byte -> letter, for the lower-case ("VnTime") fonts.
_TCVN3 = dict(
    zip(
        "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦",
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ",
        strict=True,
    )
)

# VNI-Windows: a base letter followed by a mark byte; some letters are one byte of their own.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_VNI_TONE = ("ù", "ø", "û", "õ", "ï")
_VNI_HAT_TONE = ("á", "à", "å", "ã", "ä")  # circumflex (â ê ô) plus a tone
_VNI_BREVE_TONE = ("é", "è", "ú", "ü", "ë")  # breve (ă) plus a tone


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(code: str, letter: str) -> None:
        table[code] = unicodedata.normalize("NFC", letter)
        table[code.upper()] = unicodedata.normalize("NFC", letter).upper()

    for base in "aeouy":
        for mark, tone in zip(_VNI_TONE, _TONES):
            add(base + mark, base + tone)
    for base in "aeo":
        add(base + "â", base + "\u0302")
        for mark, tone in zip(_VNI_HAT_TONE, _TONES):
            add(base + mark, base + "\u0302" + tone)
    add("aê", "ă")
    for mark, tone in zip(_VNI_BREVE_TONE, _TONES):
        add("a" + mark, "ă" + tone)
    for single, base in (("ô", "ơ"), ("ö", "ư")):
        add(single, base)
        for mark, tone in zip(_VNI_TONE, _TONES):
            add(single + mark, base + tone)
    for code, letter in (("í", "í"), ("ì", "ì"), ("æ", "ỉ"), ("ó", "ĩ"), ("ò", "ị"), ("î", "ỵ"), ("ñ", "đ")):
        add(code, letter)
    return table


_VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ "
    "ươ ưa ưi ưu uy yê iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu"
).split()
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
    rf"(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})(?:ch|ng|nh|[cmnpt])?"
)


@lru_cache(maxsize=1 << 16)  # a language of a few thousand syllables: long texts repeat them
def is_syllable(word: str) -> bool:
    """One tone mark at most, on an onset + vowel nucleus + coda that Vietnamese has."""
    decomposed = unicodedata.normalize("NFD", word)
    if sum(decomposed.count(t) for t in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    smooth = any(t in decomposed for t in _SMOOTH_TONES)  # "vàc", "bảt": a stop takes the rising or the heavy tone
    stopped_smooth = smooth and _STOP.search(bare) is not None
    return bool(_SYLLABLE.fullmatch(bare)) and not _SHORT_VOWEL_PALATAL.search(bare) and not stopped_smooth


_SMOOTH_TONES = ("\u0300", "\u0309", "\u0303")  # huyền, hỏi, ngã
_STOP = re.compile(r"(?:c|ch|p|t)$")
_SHORT_VOWEL_PALATAL = re.compile(r"(?<![oiuy])[ăâ](?:ch|nh)$")  # "ăn", "ânh" never: "lănh" is "lãnh" mistyped


# Latin-1 letters and signs that Vietnamese does not use: their presence invites a repair.
_FOREIGN = re.compile(
    r"[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df"
    r"\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0080-\u009f"
    r"\u2018-\u2022\u2026\u2030\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"
)
_MOJIBAKE_HINT = re.compile("Ã|Ä|Æ|áº|á»|Â")
# signs a Unicode text uses as signs, no legacy letters: a unit's micro sign ("50.000/µL", "5 µg"), a
# diameter ("Ø 350mm"), a tolerance ("±5%"), degrees ("25°C"), a size's "×" ("2×3"), a copyright
_SIGN_USES = re.compile(
    r"(?<![^\W\d_])µ(?=(?:g|l|L|m|mol|s|M)(?![^\W\d_]))|(?<![^\W\d_])[Øø⌀](?=\s?\d)|±(?=\s?\d)"
    r"|(?<=\d)\s?°|(?<=\d)\s?[×÷]\s?(?=\d)|[©®](?![^\W\d_])"
)


# "Ð" (Icelandic eth) typed for "Đ": the word is Vietnamese as it stands ("Bình Ðịnh")
_ETH = str.maketrans("Ðð", "Đđ")


_OPEN_BREVE = re.compile(r"[ăĂ](?![cmnptCMNPT])")  # "ă" always closes on a consonant: "ăn", never "đă"


def _core(word: str) -> str:
    return word.strip(".,;:!?\"'()[]“”‘’«»…-–").translate(_ETH).lower()


def _word_score(word: str, lettered: bool) -> int:
    core = _core(word)
    if not core or not lettered:
        return 0
    if _FOREIGN.search(core):
        return -2
    return 1 if is_syllable(core) and not _OPEN_BREVE.search(core) else 0


def score(text: str, reference: str | None = None) -> int:
    """Well-formed Vietnamese syllables, less a penalty for words with foreign letters.

    With a `reference` (the text a candidate was converted from), only the words that had a
    letter there count, so a currency sign turned into a letter earns nothing.
    """
    lettered = [any(c.isalpha() for c in w) for w in (reference or text).split()]
    return sum(_word_score(w, i >= len(lettered) or lettered[i]) for i, w in enumerate(text.split()))


def _gain(candidate: str, text: str) -> int:
    """score(candidate, text) - score(text), from the words the conversion changed alone (every
    conversion keeps the words apart where they were; if one did not, the whole is scored). A word
    that was a Vietnamese syllable already and is changed costs a point more: a right text with a
    few foreign words ("café", "100€") is no legacy encoding to convert; nor does one foreign word
    turned into another earn anything."""
    old, new = text.split(), candidate.split()
    if len(old) != len(new):
        return score(candidate, text) - score(text)
    gain = 0
    for o, n in zip(old, new):
        if o != n:
            lettered = any(c.isalpha() for c in o)
            before = _word_score(o, lettered)
            # a foreign word made another foreign word ("M’Nông", its apostrophe, as "M’Nụng") gains nothing
            gain += _word_score(n, lettered) - before - max(before, 0)
    return gain


# "n−íc", "ch−¬ng": the font's "ư" (its soft hyphen's byte) as a PDF's text gives it back, a minus inside a word
_MINUS_FOR_U = re.compile(r"(?<=[^\W\d_])\u2212(?=[^\s\d])")


def from_tcvn3(text: str) -> str:
    """Text typed in the TCVN3 (ABC) encoding, as Unicode."""
    return "".join(_TCVN3.get(ch, ch) for ch in _MINUS_FOR_U.sub("\xad", text))


# Unicode's own Vietnamese letters (never in a legacy font's range); the accented letters Latin-1 shares with
# Vietnamese; the legacy font's other bytes, its signs ("nh÷ng", "bµi", "v¨n")
_UNICODE_ONLY = re.compile(r"[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]")
_SHARED_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_SIGNS = frozenset(_TCVN3) - _SHARED_LATIN1
_CAPITAL_INSIDE = re.compile(r"[a-z][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]")  # "mÉu": a legacy byte read as a capital


def from_tcvn3_lines(text: str) -> str:
    """TCVN3 text as Unicode, line by line: a line that holds Unicode's own Vietnamese letters already ("giáo án
    điện tử") keeps its words, but for those that carry the legacy font's signs ("nh÷ng bµi v¨n mÉu") and those
    among them whose letters both share ("häc sinh líp 6 môc lôc": "lớp", "mục lục")."""
    return "\n".join(_mixed_line(ln) if _UNICODE_ONLY.search(ln) else from_tcvn3(ln) for ln in text.split("\n"))


def _legacy(word: str) -> bool | None:
    """True for a word in the legacy font, False for one in Unicode, None when its letters say neither; a sum's signs
    ("×0.545÷2") and a brand's mark ("FSC®") are no letters of the font."""
    core = word.rstrip("®©")
    lettered = re.search("[A-Za-z]", core) is not None and not any(c.isdigit() for c in core)
    if lettered and (any(c in _TCVN3_SIGNS for c in core) or _CAPITAL_INSIDE.search(core) or _MINUS_FOR_U.search(core)):
        return True
    return False if _UNICODE_ONLY.search(word) else None


_LEGACY_WORDS = 3


def _mixed_line(line: str) -> str:
    words = line.split(" ")
    kinds = [_legacy(w) for w in words]
    if kinds.count(True) < max(_LEGACY_WORDS, kinds.count(False) + 1):  # "Mövenpick", "naïve": foreign words
        return line
    out = []
    for i, w in enumerate(words):
        kind = kinds[i]
        if kind is None and any(c in _SHARED_LATIN1 for c in w):
            before = next((k for k in reversed(kinds[:i]) if k is not None), None)
            kind = before if before is not None else next((k for k in kinds[i + 1 :] if k is not None), None)
        out.append(from_tcvn3(w) if kind else w)
    return " ".join(out)


def from_vni(text: str) -> str:
    """Text typed in the VNI encoding, as Unicode."""
    return _VNI_PATTERN.sub(lambda m: _VNI[m.group(0)], text)


# The bytes Windows-1252 has no character for (0x81, 0x8D, 0x8F, 0x90, 0x9D) and the soft hyphen
# (0xAD) a cleaner drops: where a copy lost them, "miá»n" is "miền" with its 0x81 gone.
_LOST_BYTES = (0x81, 0x9D, 0x90, 0x8D, 0xAD, 0x8F)
# the letters a lost byte most often was, first the likeliest ("về" over "vờ", "vọ", "vỏ")
_LIKELY = "ềĐờậốọửỏ"
_QUOTES = "“”‘’«»\"'(),.;:!?…"


# Vietnamese letters Windows-1252 also has: in a word half repaired ("Äà") such a letter may be
# right already, or be the first byte of a broken one
_BOTH_WAYS = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_MAX_BOTH_WAYS = 3


def _page_bytes(word: str) -> list[bytes]:
    """The bytes a page's Windows-1252 decoder may have turned into `word` (a letter it never made,
    such as "ị", is kept as its UTF-8; a replacement character is a byte lost)."""
    options: list[list[bytes]] = []
    for ch in word.replace("\ufffd", ""):
        try:
            first = ch.encode("cp1252")
        except UnicodeEncodeError:
            first = bytes([ord(ch)]) if ord(ch) < 256 else ch.encode("utf-8")
        options.append([first, ch.encode("utf-8")] if ch in _BOTH_WAYS else [first])
    if sum(len(o) > 1 for o in options) > _MAX_BOTH_WAYS:
        options = [o[:1] for o in options]
    return [b"".join(p) for p in itertools.product(*options)]


def _with_lost_bytes(raw: bytes, depth: int = 2) -> list[str]:
    """Readings of `raw` with up to `depth` lost bytes put back where the UTF-8 broke."""
    try:
        return [raw.decode("utf-8")]
    except UnicodeDecodeError as err:
        if depth == 0:
            return []
        found: list[str] = []
        for at in range(err.start + 1, min(err.start + 4, len(raw) + 1)):
            for lost in _LOST_BYTES:
                found += _with_lost_bytes(raw[:at] + bytes([lost]) + raw[at:], depth - 1)
        return found


def _readings(core: str) -> list[str]:
    return [
        r
        for raw in _page_bytes(core)
        for r in _with_lost_bytes(raw)
        if is_syllable(_core(r)) and not _FOREIGN.search(_core(r))
    ]


def _unmangled(word: str) -> str:
    """`word` as UTF-8 again, its lost bytes guessed from the Vietnamese syllable they make; quotes
    and stops around it kept unless they are part of the broken bytes ("vá»" is "về")."""
    bare = word.strip("“”‘’\"'(),.;:!?…-–")  # "«" and "»" stay: they may be broken bytes ("vá»")
    if not _FOREIGN.search(bare) and is_syllable(bare.lower()):
        return word
    head = len(word) - len(word.lstrip(_QUOTES))
    tail = len(word.rstrip(_QUOTES))
    for start, end in ((0, len(word)), (head, tail)):
        readings = _readings(word[start:end])
        if readings:
            best = min(readings, key=lambda r: sum(_LIKELY.find(c) for c in r if c in _LIKELY))
            return word[:start] + best + word[end:]
    try:
        return word[:head] + _page_bytes(word[head:tail])[0].decode("utf-8") + word[tail:]
    except UnicodeDecodeError:
        return word


def from_mojibake(text: str) -> str:
    """Undo UTF-8 bytes that were decoded as Windows-1252, word by word where possible, putting
    back the bytes a copy lost on the way ("miá»n" is "miền")."""
    # split on ASCII spaces only: a no-break space may be the second byte of "à" (C3 A0)
    return re.sub(r"[^ \t\n\r]+", lambda m: _unmangled(m.group(0)), text)


# A scan whose syllables lost their first letters to a space ("m ột", "ph ải", "C ảnh"): an onset
# alone, then the rest of its syllable in small letters from its vowel on
_SPLIT_ONSET = re.compile(
    r"(?<![^\W\d_])(?P<onset>(?i:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])) "
    r"(?P<rest>[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ][^\W\d_]*)"
)
# a page with so many splits is a scan that splits them; one or two may be real letters
_SPLITS_OF_A_SCAN = 3


def join_spaced_onsets(text: str) -> str:
    """`text` with "m ột" joined to "một", when three or more splits are of words the page prints
    whole elsewhere (a page that names "anh M" and then "ăn" has none)."""

    def joined(m: re.Match[str]) -> str | None:
        word = m["onset"] + m["rest"]
        return word if is_syllable(word.lower()) else None

    # the page's habit shows in splits of words it also prints whole ("m ột" where "một" stands
    # elsewhere) whose rest it never prints alone; then "c ủa" is one too
    words = Counter(w.lower() for w in re.findall(r"[^\W\d_]+", text))
    broken = [
        m
        for m in _SPLIT_ONSET.finditer(text)
        if joined(m) and words[joined(m).lower()] and words[m["rest"].lower()] == 1
    ]
    if len(broken) < _SPLITS_OF_A_SCAN:
        return text
    return _SPLIT_ONSET.sub(lambda m: joined(m) or m.group(0), text)


# "Đứ c Chá nh", "huyệ n": a copy out of a PDF that broke syllables before their last letters
# (never a letter with a tone mark after it, "tôi c̣n", Windows-1258's "còn")
_SPLIT_SYLLABLE = re.compile(r"(?<![\w])(?P<head>[^\W\d_]{1,7}) (?P<tail>ch|ng|nh|[cmnpti])(?![\w\u0300-\u036f])")
_MIN_SPLITS = 2  # one is chance ("chữ i"); a copy that breaks syllables breaks many


def join_split_syllables(text: str) -> str:
    """Syllables a copy broke with a space put back together, where the whole is a syllable and
    the text has two such breaks or more."""
    text = join_spaced_onsets(text)  # "m ột" first: "Là m ột" is never "Làm ột"

    def whole(m: re.Match[str]) -> str | None:
        joined = m["head"] + m["tail"]
        return joined if is_syllable(joined.lower()) else None

    if sum(whole(m) is not None for m in _SPLIT_SYLLABLE.finditer(text)) < _MIN_SPLITS:
        return text
    return _SPLIT_SYLLABLE.sub(lambda m: whole(m) or m.group(0), text)


# Windows-1258 puts tone marks where Latin-1 has "ì", "Ì", "ò" and "Ò": a page in Latin-1 read
# as Windows-1258 shows "Tử Đ́nh", "tṛn", "th́": a tone mark after a consonant, which no
# Vietnamese syllable has
_LATIN1_LETTER = {"\u0301": "ì", "\u0300": "Ì", "\u0323": "ò", "\u0309": "Ò"}
_MARKED_CONSONANT = re.compile(r"[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX][\u0300\u0301\u0309\u0323]")


# and "ã" where Windows-1258 has "ă" ("đă", "băi"): a word no syllable is with "ă", one with "ã"
# (never the letter alone, "chữ cái a, ă, â", which names itself)
_BREVE_WORD = re.compile(r"[^\W\d_]+[ăĂ][^\W\d_]*|[ăĂ][^\W\d_]+")


# Latin-1's "ý" is Windows-1258's "ư": "ư" alone is seldom a word, "kư" never a syllable
_Y_ACUTE = re.compile(r"(?<![^\W\d_])([kK]?)([ưƯ])(?![^\W\d_])")


def _tilde_for_breve(m: re.Match[str]) -> str:
    word = m.group(0)
    tilde = word.replace("ă", "ã").replace("Ă", "Ã")
    broken = _OPEN_BREVE.search(word) is not None or not is_syllable(word.lower())
    return tilde if broken and is_syllable(tilde.lower()) else word


def from_windows1258_marks(text: str) -> str:
    """Latin-1 text read as Windows-1258: each tone mark after a consonant the letter it stood for,
    "ă" in a word no syllable is the "ã" it stood for, and "ư" alone or after "k" the "ý" it stood
    for ("nhă ư", "kư ức")."""
    marks = _MARKED_CONSONANT.sub(
        lambda m: m.group(0)[0] + _LATIN1_LETTER[m.group(0)[1]], unicodedata.normalize("NFD", text)
    )
    text = _BREVE_WORD.sub(_tilde_for_breve, unicodedata.normalize("NFC", marks))
    return _Y_ACUTE.sub(lambda m: m[1] + ("Ý" if m[2] == "Ư" else "ý"), text)


# "khơng", "cơng": a PDF's font that prints "ô" as "ơ"; no syllable rhymes in "ơng" but after "ư" ("thương")
_HORN_FOR_CIRCUMFLEX = re.compile(r"(?<![\w])[a-zđ]{0,3}(?<!ư)[ơờớởỡợ]ng(?!\w)")
_CIRCUMFLEX = str.maketrans("ơờớởỡợ", "ôồốổỗộ")
_HATS = re.compile(r"[ôồốổỗộÔỒỐỔỖỘ]")
# "Oâng", "khoâng": VNI's "o" and its hat left as two letters; no Vietnamese syllable holds "oâ"
_VNI_O_HAT = re.compile(r"(?<![^\W\d_])([a-zđ]{0,3})([oO])â(?=[a-zđ])", re.IGNORECASE)


def _circumflex(m: re.Match[str], hats: bool) -> str:
    """ "khơng" is "không"; but where the text prints "ô" elsewhere, "thuờng" lost the horn of its "ư": "thường"."""
    word = m.group(0)
    if hats and re.search(r"[uU][ơờớởỡợ]ng$", word):
        return word[:-4] + ("ư" if word[-4] == "u" else "Ư") + word[-3:]
    return word.translate(_CIRCUMFLEX)


_INNER_ASTERISK = re.compile(r"(?<=[^\W\d_])\*(?=[^\W\d_])")


def repair(text: str) -> str:
    """The best reading of `text` among itself and its legacy-encoding repairs, with syllables a
    copy broke apart joined, and a forum's asterisks inside words ("ng*ười", "V*ương") dropped."""
    text = _VNI_O_HAT.sub(lambda m: m[1] + ("Ô" if m[2] == "O" else "ô"), text)
    hats = _HATS.search(text) is not None
    text = join_split_syllables(_INNER_ASTERISK.sub("", _HORN_FOR_CIRCUMFLEX.sub(lambda m: _circumflex(m, hats), text)))
    marked = _MARKED_CONSONANT.search(unicodedata.normalize("NFD", text)) is not None
    probe = _SIGN_USES.sub("", text)  # "50.000/µL", "Ø 350mm", "±5%": signs, no legacy letters
    if not _FOREIGN.search(probe) and not _MOJIBAKE_HINT.search(text) and not marked:
        return text
    best, best_gain = text, 0
    for convert in (from_mojibake, from_tcvn3_lines, from_vni, from_windows1258_marks):
        candidate = unicodedata.normalize("NFC", convert(text))
        gain = _gain(candidate, text) if candidate != text else 0
        if gain > best_gain:
            best, best_gain = candidate, gain
    return best
