"""The ordered written -> spoken rules. Each is a pure function of (text, options)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..ingest.encoding import clean_unicode
from .abbreviations import Lexicon, drop_parenthesized_acronyms
from .codes import document_numbers, ratios
from .dates import clock_times, day_months, full_dates, month_years
from .numbers import read_digits, read_number
from .options import Options

Rule = Callable[[str, Options, Lexicon], str]

_PHONE = re.compile(
    r"(?<![\w.,])(?:\+84|0)\d{2,3}(?:[ .]?\d{2,4}){2,4}(?![\w])|(?<![\w.,])1[89]00[ .]?\d{3,4}(?:[ .]?\d{3})?(?![\w])"
)
_PERCENT = re.compile(r"(?<![\w.,])(-?\d+(?:[.,]\d+)*)\s?%")
_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w]|[.,]\d)")
_SPACE_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w]|[.,]\d)")
_DECIMAL = re.compile(r"(?<![\w.,])\d+,\d+(?![\w]|[.,]\d)")
_DOTTED = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w]|[.,]\d)")
_INTEGER = re.compile(r"\d+")
_SYMBOLS = {"&": " và ", "+": " cộng ", "=": " bằng ", "@": " a còng ", "%": " phần trăm ", "°": " độ "}


def hygiene(text: str, opts: Options, lex: Lexicon) -> str:
    return clean_unicode(text)


def quotes_and_brackets(text: str, opts: Options, lex: Lexicon) -> str:
    text = drop_parenthesized_acronyms(text, lex)
    text = re.sub(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)", "", text)
    text = re.sub(r"\s*[(\[]\s*", ", ", text)
    text = re.sub(r"\s*[)\]]\s*(?=[.,;:!?]|$)", "", text)
    return re.sub(r"\s*[)\]]\s*", ", ", text)


def ellipses(text: str, opts: Options, lex: Lexicon) -> str:
    text = re.sub(r"(?:…|\.{3,})[.]*\s*$", ".", text)
    return re.sub(r"\s*(?:…|\.{3,})\s*", ", ", text)


def abbreviations(text: str, opts: Options, lex: Lexicon) -> str:
    return lex.expand(text)


def phones(text: str, opts: Options, lex: Lexicon) -> str:
    return _PHONE.sub(lambda m: read_digits(m.group(0)), text)


def dates(text: str, opts: Options, lex: Lexicon) -> str:
    return day_months(month_years(full_dates(text, opts), opts), opts)


def times(text: str, opts: Options, lex: Lexicon) -> str:
    return clock_times(text, opts)


def percents(text: str, opts: Options, lex: Lexicon) -> str:
    return _PERCENT.sub(lambda m: f"{read_number(m.group(1), opts)} phần trăm", text)


def grouped_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    text = _GROUPED.sub(lambda m: read_number(m.group(0), opts), text)
    text = _SPACE_GROUPED.sub(lambda m: read_number(m.group(0), opts), text)
    return _DECIMAL.sub(lambda m: read_number(m.group(0), opts), text)


def dotted_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """Versions and names like "4.0" or "2.4.1": each part, joined by "chấm"."""
    return _DOTTED.sub(lambda m: " chấm ".join(read_number(p, opts) for p in m.group(0).split(".")), text)


def integers(text: str, opts: Options, lex: Lexicon) -> str:
    return _INTEGER.sub(lambda m: f" {read_number(m.group(0), opts)} ", text)


def acronyms(text: str, opts: Options, lex: Lexicon) -> str:
    return lex.spell_acronyms(text)


def symbols(text: str, opts: Options, lex: Lexicon) -> str:
    for symbol, spoken in _SYMBOLS.items():
        text = text.replace(symbol, spoken)
    text = re.sub(r"(?<=\w)/(?=\w)", " trên ", text)
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("S") or ch.isalnum())


def whitespace(text: str, opts: Options, lex: Lexicon) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?=\S)", r"\1 ", text)
    text = re.sub(r"(?:,\s*)+([.;:!?])", r"\1", text)
    text = re.sub(r"^[\s,;:]+", "", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    return text.strip()


RULES: tuple[Rule, ...] = (
    hygiene,
    quotes_and_brackets,
    ellipses,
    document_numbers,
    abbreviations,
    phones,
    dates,
    times,
    ratios,
    percents,
    grouped_numbers,
    dotted_numbers,
    integers,
    acronyms,
    symbols,
    whitespace,
)
