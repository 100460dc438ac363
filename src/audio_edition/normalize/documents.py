"""Document numbers: a decree's, a decision's, a Party resolution's number, its year and its code.

"Nghị định 147/2024/NĐ-CP": "... một trăm bốn mươi bảy năm hai nghìn không trăm hai mươi tư của
Chính phủ", the number, its year, the issuer after the dash (the type before it is said already).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import Lexicon
from .lexicon import builtin
from .numbers import read_number
from .options import Options

_DOC_WORDS = (
    r"(?:[Nn]ghị định|[Qq]uyết định|[Tt]hông tư|[Cc]hỉ thị|[Nn]ghị quyết|[Cc]ông văn|[Cc]ông điện|"
    r"[Ll]uật|[Pp]háp lệnh|[Kk]ết luận|[Tt]hông báo|[Kk]ế hoạch|[Qq]uy định|[Hh]ướng dẫn|[Ss]ố)"
)


@lru_cache(maxsize=1)
def _coded() -> re.Pattern[str]:
    """147/2024/NĐ-CP, 1234/QĐ-TTg, 01/2024/TT-BTTTT, 38/CT-TTg; maybe after the document's kind,
    abbreviated (data/document_kinds.tsv): "TT 78/2014/TT-BTC"."""
    kinds = "|".join(re.escape(k) for k in sorted(builtin("document_kinds.tsv"), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w-])(?P<kind>{kinds})\s+)?"
        # "13/2007-TT-BYT": a year a copy joined to the code with a hyphen
        # "1.234/QĐ-UBND": its thousands grouped; "13.18/VHĐ/TTPĐ": a number in parts
        # "168a/QĐ-UBND": a number given a letter for a paper issued between two others
        r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d+(?:\.\d{1,2})?)(?P<sub>[a-z])?(?:/(?P<y>(?:19|20)\d\d)[/-]|/)(?P<code>[A-ZĐ][\wĐđ&]*(?:[-/][A-ZĐ][\wĐđ&]*)*)(?![\w/])"
    )


# 57-NQ/TW (Party documents)
_PARTY = re.compile(
    r"(?<![\w/])(?P<n>\d+)-(?P<kind>[A-ZĐ]+)/(?P<issuer>[A-ZĐ]+(?:-[A-ZĐ]+)*)(?![\w/])"
)  # "183-KH/TWĐTN-TNNT" too
_NUMBER_YEAR = re.compile(rf"(?P<pre>{_DOC_WORDS}\s+(?:số\s+)?)(?P<n>\d+)/(?P<y>(?:19|20)\d\d)(?![\w/])")


def _issuer(code: str, lex: Lexicon) -> str:
    parts = code.split("-")
    if len(parts) < 2:  # "15/UBND": the issuer alone, said when it is known
        known = code not in builtin("document_kinds.tsv") and (code in builtin("issuers.tsv") or lex.lookup(code))
        return f" của {_issuer_name(code, lex)}" if known else ""
    if parts[-1] in builtin("document_kinds.tsv"):  # "785/QĐ-XPHC": a kind of decision, no issuer
        return ""
    if house := _LEGISLATURE.fullmatch(parts[-1]):  # "1234/NQ-UBTVQH15": the 15th Standing Committee's
        return f" của {_issuer_name(house['who'], lex)} khóa {house['n']}"
    if re.search(r"\d", parts[-1]):  # "VKSTC-V14": a department of the issuer
        return f" của {_issuer_name(parts[-2], lex)}"
    head = parts[0].split("/")[-1]
    issuers = builtin("issuers.tsv")
    if head not in builtin("document_kinds.tsv") and (
        head in issuers or (lex.lookup(head) and parts[-1] not in issuers and lex.lookup(parts[-1]) is None)
    ):
        return f" của {_issuer_name(head, lex)}"  # "6009/UBND-NC", "1682/SGDĐT-KTKĐ": the issuer, then its office
    if parts[-1] not in issuers and lex.lookup(parts[-1]) is None:  # "665/DBQG-DBKH": letters nobody names
        return " " + " ".join(lex.spell(part) for part in parts if part)
    return f" của {_issuer_name(parts[-1], lex)}"


def _unnamed_kind(code: str, before: str) -> str | None:
    """The kind of paper a code opens with ("TTr" in "89/TTr-LĐTBXH") when the words before do not name it."""
    head = re.split(r"[-/]", code)[0]
    kinds = builtin("document_kinds.tsv")
    kind = kinds.get(head) if "-" in code else None
    slip = re.search(rf"(?:{'|'.join(kinds.values())})\s+(?:số\s*)?$", before[-40:].lower())  # "Quyết định số 7/TT-BYT"
    return None if kind is None or head in ("XPHC", "XPVPHC") or slip or kind in before[-40:].lower() else kind


def _named_before(name: str, code: str, before: str, lex: Lexicon) -> bool:
    """The issuer named earlier in the sentence, in words or by the letters its code uses ("UBND tỉnh ban hành
    Quyết định số 12/QĐ-UBND")."""
    if name.lower() in before.lower():
        return True
    letters = (part for part in re.split(r"[-/]", code) if part and _issuer_name(part, lex) == name)
    return any(re.search(rf"(?<![\w/-]){re.escape(part)}(?![\w/-])", before) for part in letters)  # not a code's


def _issuer_name(issuer: str, lex: Lexicon) -> str:
    return builtin("issuers.tsv").get(issuer) or lex.lookup(issuer) or lex.spell(re.sub(r"\d", "", issuer))


# "... của Ban Tuyên giáo", also after the document's date: "04-ĐA/TU ngày 29-1-2021 của Tỉnh ủy",
# "186/QĐ-ĐHĐA ngày 12 tháng 6 năm 2012 của Hiệu trưởng ..."
_ISSUER_NAMED_NEXT = re.compile(
    r"\s*,?\s*(?:ngày\s+(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,?\s*)?"
    r"(?:của|do)\s+(?:[A-ZĐ]|Ban|Bộ|Chính phủ|Thủ tướng|Quốc hội|Ủy ban|UBND|HĐND)"
)


# A party committee signs "TU" or "HU" whether it is a province's or a city's, a district's or a
# town's: named before the number, in any of its forms, it is not said again
_SIGNED_AS = {
    "Tỉnh ủy": ("Tỉnh ủy", "Thành ủy"),
    "Huyện ủy": ("Huyện ủy", "Thị ủy", "Thành ủy", "Quận ủy"),
}


_LEGISLATURE = re.compile(r"(?P<who>QH|UBTVQH)(?P<n>\d{1,2})")  # "91/2015/QH13": the 13th National Assembly's
# "TCVN 11041-2017", "ISO 9001:2015": a standard's number and the year of its edition
_STANDARD = re.compile(r"(?P<pre>(?<!\w)(?:TCVN|QCVN|ISO|IEC)\s*)(?P<n>\d+)[-:](?P<y>(?:19|20)\d\d)(?![\w/])")
# "3095/ QĐ-BVHTTDL", "36/2008 NĐ-CP": a document's number and its code parted by a space
_SPACED_SLASH = re.compile(r"(?<=\d)/\s+(?=[A-ZĐ]{2,}-[A-ZĐ])|(?<=\d/\d{4})\s(?=[A-ZĐ]{2,}-[A-ZĐ]{2,}\b)")
# "Quy định số 11- QĐ/TW", "62 – KL/TW", "219/TTr- SNV": a document's number and its code parted by a space
_SPACED_HYPHEN = re.compile(r"(?<=\d)(?:-\s+|\s[-–]\s)(?=[A-ZĐ]{2,}/[A-ZĐ]{2,})|(?<=\d/TTr)-\s+(?=[A-ZĐ]{2})")


# "mẫu TP/HTNNg–2003– KH.1", "mẫu số BHXH-01": a form's code, its letters spelled and its numbers read, never a
# city's ("TP") or a plan's ("KH") name
_FORM_PIECE = r"\s?[/–-]\s?(?:[A-ZĐ][A-Za-zĐđ]*(?:\.\d{1,3})?|\d{1,4})"
_FORM_CODE = re.compile(rf"(?P<pre>(?<!\w)[Mm]ẫu\s+(?:số\s+)?)(?P<code>[A-ZĐ][A-Za-zĐđ]*(?:{_FORM_PIECE})+)(?![\w/–-])")


def form_codes(text: str, opts: Options, lex: Lexicon) -> str:
    """ "mẫu TP/HTNNg–2003– KH.1" -> "mẫu tê pê hát tê en en gờ hai nghìn không trăm linh ba ca hát một"."""

    def said(m: re.Match[str]) -> str:
        if not re.search(r"[/\d]", m["code"]):  # "mẫu TV-LED": a product's kind, no form's code
            return m.group(0)
        pieces = re.findall(r"[A-Za-zĐđ]+|\d+", m["code"])
        return m["pre"] + " ".join(read_number(p, opts) if p.isdigit() else lex.spell(p) for p in pieces)

    return _FORM_CODE.sub(said, text)


def document_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Nghị định 100/2019/NĐ-CP" says its issuer; "2456-CV/BTGTW của Ban Tuyên giáo Trung ương"
    names it right after, so the number is read with its letter code spelled, and the issuer is
    said once, in words. A standard's number says the year of its edition: "TCVN 11041-2017"."""

    def letters(code: str) -> str:
        """The document's letter code as printed, spelled: "CV/BTGTW" -> "xê vê bê tê gê tê vê"."""
        return " ".join(_spelled(part) for part in re.split(r"[-/]", code) if part)

    def _spelled(part: str) -> str:  # "UBTVQH15": the committee's letters and its term, "mười lăm"
        house = _LEGISLATURE.fullmatch(part)
        return f"{lex.spell(house['who'])} {read_number(house['n'], opts)}" if house else lex.spell(part)

    def coded(m: re.Match[str]) -> str:
        grouped = re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m["n"]) is not None
        whole, _, part = ("", "", "") if grouped else m["n"].partition(".")
        out = read_number(m["n"].replace(".", ""), opts) if grouped else read_number(whole, opts)
        if part:
            out += f" chấm {read_number(part, opts)}"
        if m["sub"]:
            out += " " + letters(m["sub"])
        if m["kind"]:
            out = f"{builtin('document_kinds.tsv')[m['kind']]} {out}"
        elif (kind := _unnamed_kind(m["code"], text[: m.start()])) is not None:
            out = f"{out} {kind}"  # "Công văn 89/TTr-LĐTBXH": the paper is a "tờ trình", said
        if m["y"]:
            out += f" năm {read_number(m['y'], opts)}"
        if house := _LEGISLATURE.fullmatch(m["code"]):  # "... /QH14 của Quốc hội": said once, next
            named = _ISSUER_NAMED_NEXT.match(text, m.end()) or "Quốc hội" in text[m.end() : m.end() + 60]
            return out if named else f"{out} của {_issuer_name(house['who'], lex)} khóa {read_number(house['n'], opts)}"
        if "/" in m["code"]:  # "568/QĐ/TCCB": a code of slashes names no issuer we know; its letters
            return f"{out} {letters(m['code'])}"
        issuer = _issuer(m["code"], lex)
        sentence = re.split(r"[.;!?](?:\s|$)", text[m.end() :], maxsplit=1)[0]
        before = re.split(r"[.;!?]\s", text[: m.start()])[-1]
        # the issuer said next or later in the sentence ("... của Thủ tướng Chính phủ"), or signed
        # earlier ("Thành ủy Hà Nội ban hành Kế hoạch số 35/KH-TU"): the code as letters, issuer once
        name = issuer.removeprefix(" của ")
        if (
            _ISSUER_NAMED_NEXT.match(text, m.end())
            or (issuer and issuer.strip().lower() in sentence.lower())  # "... của phòng giáo dục ...": in small letters
            or any(signer in before for signer in _SIGNED_AS.get(name, ()))
        ):
            return f"{out} {letters(m['code'])}"
        return out if name and _named_before(name, m["code"], before, lex) else out + issuer  # named before: once

    def party(m: re.Match[str]) -> str:
        known = m["issuer"] in builtin("issuers.tsv") or lex.lookup(m["issuer"]) is not None
        before = re.split(r"[.;!?]\s", text[: m.start()])[-1]
        # "507-TB/TVU": letters nobody names; "Ban ... ban hành Hướng dẫn số 27-HD/BTGDVTW": named before, said once
        named_before = known and _named_before(_issuer_name(m["issuer"], lex), m["issuer"], before, lex)
        # "1748-QĐ/HU và Quyết định số 1749-QĐ/HU ngày ... của Ban Thường vụ Huyện ủy": named later, once
        sentence = re.split(r"[.;!?](?:\s|$)", text[m.end() :], maxsplit=1)[0]
        named = _issuer_name(m["issuer"], lex).lower()
        named_later = known and re.search(rf"\b(?:của|do)\s+[^,;]*{re.escape(named)}", sentence.lower()) is not None
        if _ISSUER_NAMED_NEXT.match(text, m.end()) or not known or named_before or named_later:
            return f"{read_number(m['n'], opts)} {letters(m['kind'] + '/' + m['issuer'])}"
        return f"{read_number(m['n'], opts)} của {_issuer_name(m['issuer'], lex)}"

    def number_year(m: re.Match[str]) -> str:
        return f"{m['pre']}{read_number(m['n'], opts)} năm {read_number(m['y'], opts)}"

    def standard(m: re.Match[str]) -> str:
        return f"{m['pre']}{read_number(m['n'], opts)} năm {read_number(m['y'], opts)}"

    text = _STANDARD.sub(standard, _SPACED_HYPHEN.sub("-", _SPACED_SLASH.sub("/", text)))
    return _NUMBER_YEAR.sub(number_year, _PARTY.sub(party, _coded().sub(coded, text)))
