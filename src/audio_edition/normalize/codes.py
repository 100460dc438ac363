"""Numbers with slashes that are not dates: document numbers and ratios.

"Nghị định 147/2024/NĐ-CP" is read "Nghị định một trăm bốn mươi bảy năm hai nghìn không
trăm hai mươi tư của Chính phủ": the number, its year, and the issuer after the dash
(the document type before the dash repeats the word the sentence already said).
"""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .lexicon import builtin
from .numbers import read_number
from .options import Options

_DOC_WORDS = (
    r"(?:[Nn]ghị định|[Qq]uyết định|[Tt]hông tư|[Cc]hỉ thị|[Nn]ghị quyết|[Cc]ông văn|[Cc]ông điện|"
    r"[Ll]uật|[Pp]háp lệnh|[Kk]ết luận|[Tt]hông báo|[Kk]ế hoạch|[Qq]uy định|[Hh]ướng dẫn|[Ss]ố)"
)
# 147/2024/NĐ-CP, 1234/QĐ-TTg, 01/2024/TT-BTTTT, 38/CT-TTg
_CODED = re.compile(r"(?<![\w/])(?P<n>\d+)(?:/(?P<y>(?:19|20)\d\d))?/(?P<code>[A-ZĐ][\wĐđ]*(?:-[\wĐđ]+)*)(?![\w/])")
# "Nghị định 72/2013": a document word, then number/year.
_NUMBER_YEAR = re.compile(rf"(?P<pre>{_DOC_WORDS}\s+(?:số\s+)?)(?P<n>\d+)/(?P<y>(?:19|20)\d\d)(?![\w/])")
_RATIO = re.compile(r"(?<![\w/.,])(\d+)/(\d+)(?![\w/]|[.,]\d)")


def _issuer(code: str, lex: Lexicon) -> str:
    parts = code.split("-")
    if len(parts) < 2:
        return ""
    issuers = builtin("issuers.tsv")
    issuer = parts[-1]
    if issuer in issuers:
        return f" của {issuers[issuer]}"
    spoken = lex.entries.get(issuer) or lex.spell(re.sub(r"\d", "", issuer))
    return f" của {spoken}"


def document_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    def coded(m: re.Match[str]) -> str:
        out = read_number(m["n"], opts)
        if m["y"]:
            out += f" năm {read_number(m['y'], opts)}"
        return out + _issuer(m["code"], lex)

    def number_year(m: re.Match[str]) -> str:
        return f"{m['pre']}{read_number(m['n'], opts)} năm {read_number(m['y'], opts)}"

    return _NUMBER_YEAR.sub(number_year, _CODED.sub(coded, text))


def ratios(text: str, opts: Options, lex: Lexicon) -> str:
    """What is left of number/number after dates: "29/30 quận" -> "hai mươi chín trên ba mươi"."""
    return _RATIO.sub(lambda m: f"{read_number(m[1], opts)} trên {read_number(m[2], opts)}", text)
