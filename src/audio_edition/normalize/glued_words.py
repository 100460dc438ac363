"""Words a page ran together: two lines glued ("chơiEm"), two syllables ("thuếchưa", "Thànhtrở"), a
word and an acronym ("HànTOPIK"), two names ("KỳÚc"), a table's cells ("XanhVỏ"), a run of product names
("TopCVTestcenterHappyTime"); each parted so it is read as the words it is. Names written as one word ("VinFast",
"iPhone") stay whole."""

from __future__ import annotations

import re

from ..text.legacy import is_syllable


def part_glued_line(word: str) -> str:
    """A word in small letters run into a capitalised one ("chơiEm"): two lines glued, or a space lost before a
    foreign name ("tạp chíTravel"); two marked
    syllables run together ("Thànhtrở"), or a marked one and an acronym ("HànTOPIK"), parted. Names
    in one word ("VinFast", "iPhone") stay. One syllable with a capital inside ("đưỢc") is a scan's
    slip. Two marked syllables, each capitalised ("KỳÚc"), are two names run together."""
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:])) and is_syllable(word.lower()):
        return word[0] + word[1:].lower()  # "đưỢc": a scan's wrong capital inside one syllable
    if len(humps := _CAMEL_HUMP.findall(word)) >= _GLUED_NAMES and "".join(humps) == word:
        return " ".join(humps)  # "TopCVTestcenterHappyTime": three names run together, each said apart
    if cells := _capital_syllables(word):
        return " ".join(cells)  # "XanhVỏ", "BìnhKháPhổ": a table's cells, "Hoa KỳÚc": two names, run together
    for i in range(1 if _VIETNAMESE_LETTER.match(word) else 2, len(word) - 1):  # "Lưu ýGừng": "ý" a word too
        if word[i].isupper() and word[i + 1].islower() and word[:i].isalpha() and word[:i].islower():
            lost_space = word[i:].isascii() and not is_syllable(word[i:].lower())  # "tạp chíTravel": a name
            return f"{word[:i]} {word[i:]}" if lost_space else f"{word[:i]}, {word[i:]}"
        head, tail = word[:i], word[i:]
        if len(tail) > 2 and tail.isupper() and head[-1].islower() and _VIETNAMESE_LETTER.search(head.lower()):
            return f"{head} {tail}"  # "tiếng HànTOPIK": an acronym run into the word before it
    return _two_syllables(word)


_VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưà-ỹ]")
# a name's humps: "Top", "CV" (capitals before a capitalised word), "Testcenter", "Happy", "Time"
_CAMEL_HUMP = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z][a-z]+")
_GLUED_NAMES = 5  # humps; "VinFast", "PowerPoint", "YouTube" have two and stay whole
# after a name run into it ("Thànhtrở") only a common word is parted off ("Phêrô" is one name)
_VOWELS = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_COMMON_TAILS = frozenset(
    "và trở của là có được đã với cho tại ở trong này thì mà gồm theo từ về như để khi nên cũng luôn vẫn đang sẽ"
    " đều bị rất chỉ".split()
)
# words opening on a vowel that a page runs into the word before ("cướiuy tín"); a misspelt
# syllable ("rưốm") is no two words
_VOWEL_TAILS = frozenset("uy ai an anh ảnh ăn ấy em ông ở ơn ích ít ưu ứng uống ấm ý yêu ước ưa ao áo ốc ống".split())
_OPENING_HEADS = frozenset("như thay theo trong khi nhưng tuy nếu vì để với sau trước tại".split())
# two-syllable words a page capitalises and runs together ("Thủtướng", "Chủtịch"), never one name
_CAPITALISED_WORDS = frozenset(
    ("thủ tướng", "chủ tịch", "bộ trưởng", "thứ trưởng", "giám đốc", "bí thư", "hiệu trưởng", "chính phủ", "quốc hội")
)
_PLAIN_HEADS = frozenset("khi cho theo trong sau".split())  # common words written without a mark
_MISSPELT_ONSET = re.compile(r"(?:ngh|gh|k(?!h))(?![iíìỉĩịeéèẻẽẹêếềểễệyýỳỷỹỵ])")  # "ngh", "gh", "k" only before i, e


def _two_syllables(word: str) -> str:
    """ "thuếchưa", "Nữvà", "táclao", "HỢPTÁC": two Vietnamese syllables a page ran together (a link's
    text against the word after it), parted when the first carries a Vietnamese mark, the second
    too or has three letters or more, and the second opens with a consonant (a tone mark slipped
    onto a vowel, "Thưọng", is a misspelt single word)."""
    lower = word.lower()
    capitals = word.isupper()  # "HỢPTÁC": two marked syllables in capitals, run together
    if not word.isalpha() or not (word[1:].islower() or capitals) or is_syllable(lower):
        return word
    vowel_tails = []
    for i in range(2, len(word) - 1):
        head, tail = lower[:i], lower[i:]
        named = word[0].isupper() and not capitals
        known = f"{head} {tail}" in _CAPITALISED_WORDS  # "Thủtướng": a title, its two syllables run together
        if named and tail not in _COMMON_TAILS and head not in _OPENING_HEADS and not known:
            continue  # "Thaymặt", "Nhưquý": a sentence's first word, capitalised, run into the next
        # a plain syllable of three letters or more after a marked one ("táclao", "ứngnhu"); in capitals both marked
        plain_tail = not capitals and len(tail) > 2 and _VIETNAMESE_LETTER.search(head)
        if tail[0] in _VOWELS:  # "cướiuy": "cưới uy", a common word after a marked one, when no other cut fits
            if _VIETNAMESE_LETTER.search(head) and not named and is_syllable(head) and tail in _VOWEL_TAILS:
                vowel_tails.append(i)
            continue
        if (
            (_VIETNAMESE_LETTER.search(head) or head in _PLAIN_HEADS or named or _marked_word(tail))  # "khinhìn"
            and (_VIETNAMESE_LETTER.search(tail) or plain_tail)
            and not _MISSPELT_ONSET.match(tail)  # "rànghơn" is "ràng hơn", never "rà nghơn"
            and is_syllable(head)
            and is_syllable(tail)
        ):
            return f"{word[:i]} {word[i:]}"
    if len(vowel_tails) == 1:
        return f"{word[: vowel_tails[0]]} {word[vowel_tails[0] :]}"
    return _three_syllables(word)


def _three_syllables(word: str) -> str:
    """ "cuốimỗidòng" -> "cuối mỗi dòng": three syllables in small letters run together, the first marked and
    the other two parted as two are."""
    if not word.islower() or len(word) < _THREE_SYLLABLES:
        return word
    for i in range(2, len(word) - 3):
        head, rest = word[:i], word[i:]
        if rest[0] in _VOWELS or _MISSPELT_ONSET.match(rest) or not _VIETNAMESE_LETTER.search(head):
            continue
        if is_syllable(head) and (parted := _two_syllables(rest)) != rest:
            return f"{head} {parted}"
    return word


_THREE_SYLLABLES = 7  # letters at least ("đọctừngcâu" has ten)


def _marked_word(tail: str) -> bool:
    """ "khoviệc": a plain syllable run into a marked word of four letters or more ("việc", "được")."""
    return len(tail) > _SHORT_TAIL and _VIETNAMESE_LETTER.search(tail) is not None


_SHORT_TAIL = 3


def _capital_syllables(word: str) -> list[str]:
    """ "XanhThấpTương" -> ["Xanh", "Thấp", "Tương"], "ĐắkLắk": capitalised Vietnamese syllables run together, one of
    them marked (never "YouTube", "TikTok", nor a name with a syllable that is none: "VinFast")."""
    starts = [i for i, c in enumerate(word) if c.isupper()]
    parts = [word[a:b] for a, b in zip(starts, [*starts[1:], len(word)])]
    if len(parts) < 2 or starts[0] != 0 or word.isascii() or not word.isalpha():
        return []
    return parts if all(_syllable_or_highlands(p.lower()) for p in parts) else []


def _syllable_or_highlands(part: str) -> bool:
    """A syllable, or a Highlands name's syllable ending in "k" where the language writes "c" ("Đắk", "Lắk")."""
    return is_syllable(part) or (part.endswith("k") and is_syllable(part[:-1] + "c"))


# "thiết bị đang hoạt động.có một số vấn đề": a sentence's stop with no space after it, after a marked
# syllable (never a web address, whose names carry no marks)
_GLUED_STOP = re.compile(r"(?<![\w.])([a-zà-ỹđ]*[à-ỹđ][a-zà-ỹđ]*)\.(?=[a-zà-ỹđ]{2,}\b)")


def part_glued_stops(text: str) -> str:
    """ "hoạt động.có" -> "hoạt động. có": two sentences a page ran together at the stop."""
    return _GLUED_STOP.sub(r"\1. ", text)
