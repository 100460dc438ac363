"""Chemical formulas with an element of two letters: "NaOH", "NaCl", "CaCO3", "Ca(OH)2".

A formula in capitals alone ("CO2", "H2SO4") is spelled already, letter by letter with its counts
read as numbers. One that mixes small letters is spelled the same way ("NaOH" is "en a o hát",
"CaCO3" "xê a xê o ba"), never said as a word ("na oh") or cut into syllables ("caco ba"). A
token is a formula only when it splits whole into element symbols, counts and brackets, with two
symbols or more and a small letter among them; a word ("Nails") never does, and a name made of
symbols alone ("BaNa Hills") only beside talk of chemistry.
"""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_int
from .options import Options

_ELEMENTS = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr "
    "Nb Mo Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pt Au Hg Pb Bi Ra U".split()
)
_PART = r"[A-Z][a-z]?\d*"
_FORMULA = re.compile(rf"(?<![\w.\-/])(?:{_PART}|\((?:{_PART})+\)\d*){{2,}}(?![\w\-/])")
_PIECE = re.compile(r"([A-Z][a-z]?)(\d*)|\(|\)(\d*)")


def _symbols(token: str) -> list[str]:
    return re.findall(r"[A-Z][a-z]?", token)


def _is_formula(token: str, sentence: str) -> bool:
    symbols = _symbols(token)
    if len(symbols) < 2 or not any(len(s) == 2 for s in symbols) or not all(s in _ELEMENTS for s in symbols):
        return False
    # "BaNa Hills", "CoCa": names that happen to split into symbols; a count, a lone letter ("NaOH")
    # or talk of chemistry ("muối NaCl") makes it a formula
    return bool(re.search(r"[\d(]", token)) or any(len(s) == 1 for s in symbols) or bool(_CHEMISTRY.search(sentence))


_CHEMISTRY = re.compile(
    r"\b(?:dung dịch|muối|axit|axít|bazơ|kiềm|phản ứng|hóa chất|hoá chất|hóa học|hoá học|công thức|chất|khí"
    r"|nguyên tố)\b",
    re.IGNORECASE,
)


# "Naoh", "nacl": a formula typed without its capitals (never "Koh", the islands' "Koh Rong")
_UNCAPPED = {"naoh": "NaOH", "nacl": "NaCl", "hcl": "HCl"}
_UNCAPPED_WORD = re.compile(r"(?<![\w.\-/])(?i:naoh|nacl|hcl)(?![\w\-/])")


# "trung lượng (Ca, Mg, Si)", "vi lượng Zn, Cu, Fe, Mn và Bo": elements named by their symbols in a list,
# said by their names, as a grower says them
_ELEMENT_NAMES = {
    "Ca": "canxi", "Mg": "magiê", "Si": "silic", "Zn": "kẽm", "Fe": "sắt", "Cu": "đồng", "Mn": "mangan",
    "Mo": "molipđen", "Na": "natri", "Cl": "clo", "Se": "selen", "Co": "coban", "Ni": "niken", "Al": "nhôm",
    "Pb": "chì", "Hg": "thủy ngân", "Cd": "cađimi", "As": "asen", "Bo": "bo", "B": "bo", "S": "lưu huỳnh",
    "N": "đạm", "P": "lân", "K": "kali",
}  # fmt: skip
_SYMBOL = "(?:" + "|".join(sorted(_ELEMENT_NAMES, key=len, reverse=True)) + ")"
_ELEMENT_LIST = re.compile(rf"(?<![\w.\-/]){_SYMBOL}(?:\s*,\s*{_SYMBOL})+(?:\s*(?:,|và)\s*{_SYMBOL})?(?![\w\-/])")


def _element_names(m: re.Match[str]) -> str:
    symbols = re.findall(rf"{_SYMBOL}(?![a-z])", m.group(0))
    if not any(len(symbol) == 2 for symbol in symbols):
        return m.group(0)  # "N, P, K": a fertiliser's three letters, spelled as they are
    return re.sub(rf"{_SYMBOL}(?![a-z])", lambda s: _ELEMENT_NAMES[s.group(0)], m.group(0))


# "pHKCl 5 – 6", "pHH2O": a soil's acidity measured in a salt's solution or in water, the two run together
_GLUED_ACIDITY = re.compile(r"(?<![\w.\-/])pH(?=(?:KCl|H2O|H₂O|CaCl2|CaCl₂)(?![\w\-/]))")


# "SO₄", "CaSO₄": a formula's counts printed as subscripts
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUBSCRIPTED = re.compile(r"(?<=[A-Za-z)])[₀-₉]+")


# "Fe2+", "Fe³⁺", "NO3-", "SO4-2", "SO42-", "ZnCl4-2": an ion, its formula and its charge (a digit, then
# the sign; or a dash after counted atoms, then the digit); "K+", "OH-" only beside talk of ions, never
# "B-2", "HHV-6", "S23+" or "II-"
_ION_PART = r"(?:[A-Z][a-z]?\d*?|\((?:[A-Z][a-z]?\d*?)+\)\d*?)"
_ION = re.compile(rf"(?<![\w.\-/+])({_ION_PART}+?)(?:(\d?)([+-])|-(\d))(?![\w+\-/])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_SUPERSCRIPTED = re.compile(r"(?<=[A-Za-z\d)₀-₉])[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]*[⁺⁻]")


def _ion(m: re.Match[str], opts: Options, lex: Lexicon) -> str:
    body, digit, sign, dashed = m.group(1), m.group(2), m.group(3), m.group(4)
    symbols = _symbols(body)
    if not all(s in _ELEMENTS for s in symbols):
        return m.group(0)
    told = bool(_IONS_TALK.search(m.string))
    if dashed and (len(symbols) < 2 or not body[-1].isdigit() or dashed not in "1234"):
        return m.group(0)  # "B-2", "HHV-6": a plane, a virus; "SO4-2" counts its atoms before the charge
    if not (told or any(len(s) == 2 for s in symbols) or (len(symbols) > 1 and re.search(r"\d", body + (digit or "")))):
        return m.group(0)  # "S23+": a phone, "II-": a part's number; "K+", "OH-" beside talk of ions
    said = [_spelled(body, opts, lex), read_int(int(digit or dashed), opts) if digit or dashed else ""]
    return " ".join([*filter(None, said), "cộng" if sign == "+" else "trừ"])


def _spelled(token: str, opts: Options, lex: Lexicon) -> str:
    said = []
    for piece in _PIECE.finditer(token):
        symbol, count, closing = piece.group(1), piece.group(2), piece.group(3)
        if symbol:
            said.append(lex.spell(symbol))
        for number in (count, closing):
            if number:
                said.append(read_int(int(number), opts))
    return " ".join(said)


_IONS_TALK = re.compile(r"\b(?:ion|anion|cation|oxy|điện tích|khử|dung dịch|axit|kết tủa)\b", re.IGNORECASE)


def ions(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Fe2+" -> "ép e hai cộng", "SO4-2" and "SO₄²⁻" -> "ét o bốn hai trừ": an ion's formula spelled, its
    charge said with "cộng" or "trừ", before a phone's "S23+" is read as a model's "plus"."""
    text = _SUPERSCRIPTED.sub(lambda m: m.group(0).translate(_SUPERSCRIPTS), text)
    text = _SUBSCRIPTED.sub(lambda m: m.group(0).translate(_SUBSCRIPTS), text)
    return _ION.sub(lambda m: _ion(m, opts, lex), text)


def chemical_formulas(text: str, opts: Options, lex: Lexicon) -> str:
    """ "dung dịch NaOH" -> "dung dịch en a o hát", "CaCO3" -> "xê a xê o ba", "Ca(OH)2" -> "xê a o hát hai",
    "CaSO₄" (subscripts) too; "pHKCl" is "pH" then "KCl"; "(Ca, Mg, Si)" is "canxi, magiê, silic"."""

    def read(m: re.Match[str]) -> str:
        token = m.group(0)
        if not _is_formula(token, text) or lex.lookup(token) is not None:
            return token
        return _spelled(token, opts, lex)

    text = _ELEMENT_LIST.sub(_element_names, _GLUED_ACIDITY.sub("pH ", text))
    text = _SUBSCRIPTED.sub(lambda m: m.group(0).translate(_SUBSCRIPTS), text)
    text = _UNCAPPED_WORD.sub(lambda m: _UNCAPPED[m.group(0).lower()], text)
    return _FORMULA.sub(read, text)
