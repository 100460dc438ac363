"""A spreadsheet's words in a tutorial: its function names ("hàm VLOOKUP", "INDEX/MATCH",
"SUMPRODUCT(") and its error values ("#N/A", "#VALUE!"), said as a tutor says them
(`data/spreadsheet_words.tsv`) rather than spelled letter by letter."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options

_ERROR = re.compile(r"(?<![\w#])#(?:VALUE!|REF!?|N/A|DIV/0!|NAME\?|NUM!|NULL!)")
_NAME = re.compile(r"(?<![\w#/])([A-Z]{2,12})(?=(?P<after>\s*\()?)(?![\w/])")
# "hàm VLOOKUP và SUMPRODUCT", "Cú pháp hàm: VLOOKUP": what names a function before the name
_NAMED_BEFORE = re.compile(r"(?i:\b(?:hàm|công thức))\s*:?\s+(?:[A-Z]{2,12}\s*(?:,|và|hoặc|/)\s*)*$")
# "Master các công thức: SUM, IF, COUNTIF, SUMIF, VLOOKUP": three or more functions listed, each named by the others
_LISTED = re.compile(r"(?<![\w/#])[A-Z]{2,12}(?:\s*,\s*[A-Z]{2,12}){2,}(?![\w/])")
_PAIR = re.compile(r"(?<![\w/])([A-Z]{2,12})/([A-Z]{2,12})(?![\w/])")  # "INDEX/MATCH": one formula of two


def spreadsheet_words(text: str, opts: Options, lex: Lexicon) -> str:
    """ "hàm SMALL" -> "hàm xơ mon", "trả về #N/A" -> "trả về en a", "SUM, IF, COUNTIF" (functions listed) -> "xăm,
    íp, cao íp"; a word in capitals elsewhere
    ("ROW" in a heading, "IF" a journal's impact) is left to the acronyms."""
    words = builtin("spreadsheet_words.tsv")  # an error value there without its "#": a line opening on one is a comment
    text = _ERROR.sub(lambda m: words[m[0][1:]], text)

    def said(m: re.Match[str]) -> str:
        before = text[: m.start()]
        named = m["after"] or _NAMED_BEFORE.search(before)
        return words[m[1]] if named and m[1] in words else m[0]

    def listed(m: re.Match[str]) -> str:
        names = [n.strip() for n in m[0].split(",")]
        return ", ".join(words[n] for n in names) if all(n in words for n in names) else m[0]

    text = _LISTED.sub(listed, text)
    text = _PAIR.sub(lambda m: f"{words[m[1]]} {words[m[2]]}" if {m[1], m[2]} <= words.keys() else m[0], text)
    return _NAME.sub(said, text)
