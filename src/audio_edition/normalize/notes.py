"""A source's note marks that a page printed in its text ("... trôi chảy1.", "FDI(2)", "[3, 4]"), which a
newsreader leaves unsaid."""

from __future__ import annotations

import re

from ..text.numbered import NUMBERED_BY

# "... nhiều bệnh lý nguy hiểm khác. (1)": a reference to a source list, after the last full stop
_FOOTNOTE_MARK = re.compile(r"(?<=[.!?…])\s*[(\[]\d{1,2}[)\]]\s*$")
# "110.764(1) doanh nghiệp", "FDI(2)", "hơn 500 năm (1).", a quotation's "... các triều đại”(1).": a source's number
# after what it sources (not "khoản (2).")
_GLUED_FOOTNOTE = re.compile(
    r"(?<=[\w%”’»\"])[(\[]\d{1,2}[)\]](?=[\s,.;:]|$)|(?<=[a-zà-ỹđ]{2}) [(\[]\d{1,2}[)\]](?=[.!?…](?:\s|$))"
)
# "... một cách trôi chảy1.", "(JLPT)2.": a source's note mark printed as a plain number glued to a
# Vietnamese word or a bracket that ends a clause; never a code's ("iPhone15.") or a numbered word's
_BARE_FOOTNOTE = re.compile(
    r"(?:(?<!\S)(?P<word>[^\W\d_]+)|(?<=\s)(?P<bracket>\([^()\d]{2,40}\)))\d{1,2}(?=[.,;:](?:\s|$))"
)  # a bracket after a space: never a formula's group ("Ca(OH)2.")
_NUMBERED_PLACES = frozenset("quận phường tháng ngày tuần quý kỳ kì đợt khóa tầng phòng tổ đội xóm ấp khu".split())
_NUMBERED_BY = NUMBERED_BY | frozenset("và hoặc cấp lớp ý".split())  # "và 3", "cấp 2", "ý 4" too
# "... tăng đường huyết.1 2", "... (từ 3.9 đến 5.6 mmol/L).3", "cụ thể:1 2": a clinic's numbered
# references glued to the sentence's last mark, the end of the sentence or of the line
_GLUED_REFERENCES = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\)))(?P<mark>[.:])\d{1,2}(?:\s\d{1,2})*(?=\s*$)")
# "... FFS (2) về quy trình": a note's mark spaced after a word, the sentence going on in small letters
_SPACED_NEXT_NOTE = re.compile(r"(?<=[^\W\d_]{2}) [(\[](?P<n>\d{1,2})[)\]](?=\s+[a-zà-ỹđ])")
# "... dấu hiệu bệnh [1].", "các bước [3, 4]:": numbered references in square brackets
_CITATION = re.compile(r"\s*\[\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\]")


def _bare_footnote(m: re.Match[str]) -> str:
    if m["bracket"]:
        return m["bracket"]
    word = m["word"]
    if word.isascii() or word.isupper() or word.lower() in _NUMBERED_BY or word.lower() in _NUMBERED_PLACES:
        return m[0]
    return word


# "năm 2009 1, đông nhất ... ở nước ta 2, ... văn hoá” 3 với ...": a source's marks set apart by a space, after a
# year, a word in small letters or a closing quote
_SPACED_MARK = re.compile(r"(?:(?<=\d{4})|(?<=[a-zà-ỹđ]{2})|(?<=[”\"])) (?P<n>[1-9]\d?)(?=[,.;:]?\s)")
_SPACED_RUN = 3


def _spaced_marks(text: str) -> str:
    """Marks numbered 1, 2, 3 ... in turn, three or more in a text, each after a different word and none after a
    word that numbers ("phòng 1, phòng 2, phòng 3"): not read."""
    marks = [m for m in _SPACED_MARK.finditer(text) if _word_before(text, m.start()) not in _NUMBERED_BY]
    run = [m for k, m in enumerate(marks) if m["n"] == str(k + 1)]
    words = {_word_before(text, m.start()) for m in run}
    numbered = any(w in _NUMBERED_PLACES for w in words)
    if len(run) < _SPACED_RUN or len(run) != len(marks) or len(words) < len(run) or numbered:
        return text
    for m in reversed(run):
        text = text[: m.start()] + text[m.end() :]
    return text


def _word_before(text: str, at: int) -> str:
    return text[:at].rsplit(" ", 1)[-1].lower()


def drop_bare_note_marks(text: str) -> str:
    """ "... một cách trôi chảy1." -> "... một cách trôi chảy.": a plain number glued to a clause's last word; never
    a word numbered twice over ("đội Tân Tiến1, ... đội Tân Tiến2": a series of names, each with its number). Marks
    set apart by a space and numbered in turn go too (`_spaced_marks`)."""
    text = _spaced_marks(text)
    numbers: dict[str, set[str]] = {}
    for m in _BARE_FOOTNOTE.finditer(text):
        if m["word"]:
            numbers.setdefault(m["word"], set()).add(m[0][len(m["word"]) :])
    series = {word for word, seen in numbers.items() if len(seen) > 1}
    return _BARE_FOOTNOTE.sub(lambda m: m[0] if m["word"] in series else _bare_footnote(m), text)


def drop_note_marks(text: str) -> str:
    """References glued to a sentence's end, in brackets after what they source, or in square brackets; the next
    note's mark spaced after a word ("nòng cốt /ToT(1) để hỗ trợ FFS (2) về ...": the second of a series)."""
    text = _GLUED_REFERENCES.sub(r"\g<mark>", text)
    text = _FOOTNOTE_MARK.sub("", _CITATION.sub("", text))
    glued = {int(m[0].strip(" ([)]")) for m in _GLUED_FOOTNOTE.finditer(text)}
    text = _SPACED_NEXT_NOTE.sub(lambda m: "" if int(m["n"]) - 1 in glued else m[0], text)
    return _GLUED_FOOTNOTE.sub(lambda m: "" if text[: m.start()].rsplit(" ", 1)[-1] not in _NUMBERED_BY else m[0], text)
