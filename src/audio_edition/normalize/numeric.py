"""The numbers left once dates, money, units and codes have been read."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .numbers import read_number
from .options import Options

_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w]|[.,]\d)")
_SPACE_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w]|[.,]\d)")
_DECIMAL = re.compile(r"(?<![\w.,])\d+,\d+(?![\w]|[.,]\d)")
_DOTTED = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w]|[.,]\d)")
_NEGATIVE = re.compile(r"(?<![\w.,\d])[-−](?=\d)")
_INTEGER = re.compile(r"\d+")


def grouped_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """Numbers grouped by dots or spaces, "1.234.567", read as one number."""
    text = _NEGATIVE.sub("âm ", text)
    text = _GROUPED.sub(lambda m: read_number(m.group(0), opts), text)
    text = _SPACE_GROUPED.sub(lambda m: read_number(m.group(0), opts), text)
    return _DECIMAL.sub(lambda m: read_number(m.group(0), opts), text)


def dotted_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """Versions and names like "4.0" or "2.4.1": each part, joined by "chấm"."""
    return _DOTTED.sub(lambda m: " chấm ".join(read_number(p, opts) for p in m.group(0).split(".")), text)


def integers(text: str, opts: Options, lex: Lexicon) -> str:
    """Every number left, read as a cardinal."""
    return _INTEGER.sub(lambda m: f" {read_number(m.group(0), opts)} ", text)
