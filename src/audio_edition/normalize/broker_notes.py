"""A broker's note on shares: "MUA cp FPT (TP: 157.1)", "thấp hơn 12%/17%".

"cp" before a ticker is "cổ phiếu" (the share), after "công ty" it is "cổ phần" (a joint-stock
company). Two shares printed with a slash between them, "12%/17%", are two figures named in turn:
"mười hai phần trăm và mười bảy phần trăm", never a ratio; so are two years after "năm" in a sentence
that says "lần lượt", the second the year after the first ("P/E năm 2025/2026 lần lượt ở mức ...":
each year has its figure).
"""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .options import Options

_SHARE = re.compile(r"(?<![\w/])cp(?=\s+[A-Z]{3}(?![\w-]))")
_COMPANY_SHARES = re.compile(r"(?i:(công ty|cty) )cp(?![\w/])")
_TWO_SHARES = re.compile(r"(?<![\w.,])(\d+(?:,\d+)?%)\s?/\s?(?=\d+(?:,\d+)?%)")
_TWO_YEARS = re.compile(r"(?<=năm )((?:19|20)\d\d)[/-]((?:19|20)\d\d)(?!\d)")  # "2025/2026" (hygiene: "2025-2026")


def broker_notes(text: str, opts: Options, lex: Lexicon) -> str:
    """ "cp" said as the share or the company it stands for; figures named in turn joined by "và"."""
    text = _COMPANY_SHARES.sub(r"\1 cổ phần", _SHARE.sub("cổ phiếu", text))
    text = _TWO_SHARES.sub(r"\1 và ", text)
    if "lần lượt" in text:
        text = _TWO_YEARS.sub(lambda m: f"{m[1]} và {m[2]}" if int(m[2]) == int(m[1]) + 1 else m[0], text)
    return text
