"""What a firm does, strung together in letters in its registered name ("Công ty TNHH TM-DV-XD Hưng Thịnh", "CTCP
SX-TM An Phát"): each part said, the dashes a list's pauses, "&" said "và"."""

from __future__ import annotations

import re
from functools import cache

from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options


@cache
def _chain() -> re.Pattern[str]:
    kinds = "|".join(sorted(builtin("company_kinds.tsv"), key=len, reverse=True))
    return re.compile(
        rf"(?P<firm>\b(?:TNHH(?: MTV)?|CTCP|[Cc]ông ty|CTy|Cty|DNTN|Doanh nghiệp tư nhân) )"
        rf"(?P<kinds>(?:{kinds})(?:\s?[-&]\s?(?:{kinds}))+)(?![\w-])"
    )


def company_kinds(text: str, opts: Options, lex: Lexicon) -> str:
    """ "TNHH TM-DV-XD" -> "TNHH thương mại - dịch vụ - xây dựng": two parts or more, each known."""
    kinds = builtin("company_kinds.tsv")

    def said(m: re.Match[str]) -> str:
        parts = re.split(r"\s?([-&])\s?", m["kinds"])
        return m["firm"] + " ".join(
            kinds[p] if i % 2 == 0 else ("và" if p == "&" else "-") for i, p in enumerate(parts)
        )

    return _chain().sub(said, text)
