"""People named by one letter, and compound unit names.

Reports hide a person's name behind a capital: "anh M", "bị cáo K", "bệnh nhân T. được chuyển
viện". The letter is said by its name (mờ, ca, tê), never as a word ("anh em" is "brothers"),
and its dot in mid-sentence is neither read nor a pause. "PCCC-CNCH", two units' abbreviations
joined by a hyphen, is said as both names joined by "và".
"""

from __future__ import annotations

import re

from ..text.letters import UPPER
from .abbreviations import Lexicon
from .lexicon import builtin, builtin_words
from .options import Options

_PERSON_WORDS = (
    r"anh|chị|ông|bà|em|bé|cháu|cô|chú|bác|cụ|thầy|cậu|bị cáo|bị can|bị hại|bệnh nhân|nạn nhân|"
    r"đối tượng|nghi phạm|nghi can|sản phụ|học sinh|sinh viên|nữ sinh|nam sinh|tài xế|người nhà|gia đình"
)
# "anh Tr.", "chị Nh.": a name cut to its first sound, written with two or three letters
_DIGRAPH = r"(?:Ngh|Ch|Gh|Gi|Kh|Ng|Nh|Ph|Qu|Th|Tr)"
_INITIAL = rf"(?:{_DIGRAPH}|[A-ZĐ])"
# "chị N. T (SN 1959": two initials, the first with its dot, the second going on to the sentence
_GOES_ON = r"\s*[a-zà-ỹđ(,;:]|\s+[A-ZĐ]\.?(?=\s*[a-zà-ỹđ(,;:])"
_PERSON = re.compile(rf"(?P<pre>(?<!\w)(?i:{_PERSON_WORDS})\s+)(?P<l>{_INITIAL})(?:\.(?={_GOES_ON}))?(?![\w]|\.[A-ZĐ])")
# '..., K. thổ lộ': a speaker named by an initial after the words they said, the sentence going on
_SPEAKER = re.compile(r"(?P<pre>, )(?P<l>[A-ZĐ])\.(?=\s+[a-zà-ỹđ])")
# "Gioan B. Nguyễn Văn Quang": a middle initial between a given name and a family name
_MIDDLE_INITIAL = re.compile(r"(?P<pre>(?<!\w)\w+\s+)(?P<l>[A-ZĐ])\.(?=\s+(?P<next>\w+)\s)")
_GIVEN_NAMES = re.compile(r"\s+[A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+)?(?!\w)")
# "Nguyễn Thị B. cho hay": a name's last part cut to its initial, the sentence going on; "Võ Minh
# Tr. (28 tuổi": two letters before a bracket or a comma are no word either
_NAME_INITIAL = re.compile(
    rf"(?P<pre>(?<!\w)[{UPPER}][a-zà-ỹđ]+\s+)"  # a capital ("độ C. khả năng": a unit, no name)
    rf"(?:(?P<l>{_INITIAL})\.(?:\s+(?P<l2>[A-ZĐ])\.)?(?=\s+[a-zà-ỹđ(])|(?P<digraph>{_DIGRAPH})(?:\.|(?<!Gi))(?=\s*[,(]))"
)  # "Nguyễn V. A. cho biết": two initials; "Gi" with no dot is a word ("thị xã La Gi, tỉnh ...")
# "mục sư P. Monet", "J. K. Rowling": a foreign name's initials, each with its dot, before a name
# no Vietnamese syllable spells (a Vietnamese one, "P. Bến Nghé", is a ward's)
_VIET_SYLLABLE = (
    r"(?i:(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ch|nh|ng|[cmnpt])?)"
)
_FOREIGN_INITIAL = re.compile(
    rf"(?:(?<=\S\s)|(?<=\s[A-Z]\.)|(?<=\s[A-Z]\.\s)|^(?=[A-Z]\.\s?[A-Z]\.))(?P<l>[A-Z])\.\s?"
    rf"(?=(?:[A-Z]\.\s?)*(?!{_VIET_SYLLABLE}(?!\w))[A-Z][a-z]+(?!\w))"
)  # never the item's letter opening a sentence ("A. Little Saigon ..."), unless two open it ("B. K. S. Iyengar")
# "vi khuẩn P. acnes", "E. coli": a genus cut to its initial before the species, a Latin word
_GENUS = re.compile(rf"(?<![\w.])(?P<l>[A-Z])\.\s?(?=(?!{_VIET_SYLLABLE}(?!\w))[a-z]{{4,}}(?!\w))")  # "O.aureus" too
# "đối tượng Nguyễn Khắc Tỉnh (1961)", "Hoàng Thị Trang (1963, trú ...)": a year in brackets after a
# person's name is the year of birth, as "(SN 1961)" would say
_NAME_WORD = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*"
_BIRTH_YEAR = re.compile(
    rf"(?P<name>(?:(?<!\w)(?i:{_PERSON_WORDS})\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    rf"|(?<!\w){_NAME_WORD}\s+(?:Văn|Thị)(?:\s+{_NAME_WORD}){{1,2}}))"
    r"\s*\((?P<year>19[2-9]\d|20[0-2]\d)(?=\s*[),;])"
)
# An abbreviation that begins a place's name ("TP" of "TP-HCM"): joined to what follows, not "và"
_PLACE_WORDS = frozenset({"thành", "quận", "huyện", "tỉnh", "thị", "phường", "xã"})
_COMPOUND = re.compile(r"(?<![\w-])(?P<a>[A-ZĐ]{2,})-(?P<b>[A-ZĐ]{2,})(?![\w-])(?P<slash>/(?=[^\W\d_]))?")


def person_letters(text: str, opts: Options, lex: Lexicon) -> str:
    """ "anh M cho biết" -> "anh mờ cho biết"; "bệnh nhân T. được" -> "bệnh nhân tê được"; ", K. thổ lộ" -> ", ca
    thổ lộ"; "Gioan B. Nguyễn Văn Quang" -> "Gioan bê Nguyễn Văn Quang"."""
    names = builtin("person_letters.tsv")

    def say(m: re.Match[str]) -> str:
        letter = m["l"] or m.groupdict().get("digraph")
        spoken = m["pre"] + (names.get(letter) or lex.spell(letter))
        second = m.groupdict().get("l2")
        return f"{spoken} {names.get(second) or lex.spell(second)}" if second else spoken

    def middle(m: re.Match[str]) -> str:
        # never after "Văn" or "Thị": "Nguyễn Văn A. Nguyễn Thị B ...", a name ends, then another
        surnames = builtin_words("surnames.txt")
        named = m["pre"][0].isupper() and m["pre"].split()[0] not in ("Văn", "Thị")
        # "Nguyễn T. Minh Khai": a family name, its middle name cut to an initial, its given name
        given = m["pre"].split()[0] in surnames and _GIVEN_NAMES.match(m.string, m.end())
        return say(m) if named and (m["next"] in surnames or given) else m.group(0)

    text = _MIDDLE_INITIAL.sub(middle, _NAME_INITIAL.sub(say, _PERSON.sub(say, _SPEAKER.sub(say, text))))

    def initial(m: re.Match[str]) -> str:
        name = re.match(r"\s?([A-Z][a-z]+)", text[m.end() - (m.group(0)[-1] == " ") :])
        if name and f"{m['l']}.{name[1]}" in lex.words:  # "V.League": a name the lexicon says as a word
            return m.group(0)
        return f"{lex.spell(m['l'])} "

    text = _GENUS.sub(lambda m: f"{lex.spell(m['l'])} ", text)
    return _FOREIGN_INITIAL.sub(initial, text)


def birth_years(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Nguyễn Văn A (1961)" -> "Nguyễn Văn A (sinh năm 1961)": a person's year of birth."""
    return _BIRTH_YEAR.sub(lambda m: f"{m['name']} (sinh năm {m['year']}", text)


def compound_names(text: str, opts: Options, lex: Lexicon) -> str:
    """ "PCCC-CNCH" -> "PCCC và CNCH" when both halves are known and the whole is not."""

    def join(m: re.Match[str]) -> str:
        first, second = lex.lookup(m["a"]), lex.lookup(m["b"])
        slash = m["slash"] or ""
        whole = lex.lookup(f"{m['a']}-{m['b']}")
        if whole is not None and slash and text[m.end() : m.end() + 1].isupper():
            return f"{whole} và "  # "GHPGVNTN-HN/Hoa Kỳ": a known whole, and the name after its slash
        if whole is not None or first is None or second is None:
            return m.group(0)
        if first.split()[0].lower() in _PLACE_WORDS:  # "TP-HCM" is one place, not two names
            return f"{m['a']} {m['b']}{slash}"
        return f"{m['a']} và {m['b']}{slash}"

    return _COMPOUND.sub(join, text)
