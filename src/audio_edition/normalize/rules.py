"""The ordered written -> spoken rules. Each is a pure function of (text, options, lexicon).

The order matters: addresses and document numbers are read before their dots and slashes
look like dates or decimals; dates before fractions; money, units and percentages before
plain ranges; everything with digits before the last plain integers; acronyms are spelled
only after the lexicon has had its say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.legacy import is_syllable
from .abbreviations import Lexicon
from .amperes import amperes
from .bracketed import bracketed_dates, counts_in_words, dated_weekdays, signed_results
from .broker_notes import broker_notes
from .capitals import shouting
from .chemistry import chemical_formulas, ions
from .clock_ranges import clock_ranges
from .codes import (
    alphanumeric_codes,
    english_ordinals,
    labelled_phones,
    phones,
    postal_codes,
    ranges_to_about,
    scores_and_ranges,
    slashes,
    vehicle_codes,
)
from .company_kinds import company_kinds
from .context import (
    codes_in_context,
    comparisons,
    coordinates,
    decimal_points,
    index_moves,
    market_ratios,
    names_in_context,
    rates,
    stock_tickers,
    table_leaders,
    worked_sums,
)
from .cube_moves import cube_moves
from .dates import date_ranges, day_months, full_dates, times
from .definitions import spell_glossed
from .documents import document_numbers, form_codes
from .flights import flight_numbers, tour_lengths
from .loose_dates import loose_dates
from .money_units import glued_quantities, money, per_ranges, percents, size_marks, unit_labels, units
from .months import months
from .music import sharp_chords
from .numeric import (
    comma_thousands,
    dotted_numbers,
    grouped_numbers,
    integers,
    padded_counts,
    seasons,
    vulgar_fractions,
)
from .options import Options
from .people import birth_years, compound_names, person_letters
from .roman import bracketed_section_numbers, roman_numerals
from .scripture import bible_references, colon_references, ordinary_time
from .sport import chess_moves, minute_marks, shirt_numbers, tennis_sets, versus
from .spreadsheets import spreadsheet_words
from .table_rows import table_rows
from .text import (
    ellipses,
    hygiene,
    latin_ampersands,
    legacy_encodings,
    model_names,
    quotes_and_brackets,
    symbols,
    whitespace,
)
from .unit_glosses import unit_glosses
from .web import emails, urls
from .weekdays import weekdays

Rule = Callable[[str, Options, Lexicon], str]


def glossed_acronyms(text: str, opts: Options, lex: Lexicon) -> str:
    """An acronym followed by the words it stands for ("HĐGM (BC) Hội Đồng Giám Mục") is spelled,
    or said as the word it is said as ("IELTS (International English ...)")."""
    return spell_glossed(text, lex.glossed)


def abbreviations(text: str, opts: Options, lex: Lexicon) -> str:
    """Expand the lexicon's abbreviations (UBND -> Ủy ban nhân dân), context entries first; two
    apart by a slash ("UBND/HĐND") are one or the other, "hay", unless the pair is one name
    ("GD/ĐT")."""
    text = _ACRONYM_PAIR.sub(lambda m: m[0] if lex.lookup(m[0]) else f"{m[1]} hay {m[2]}", text)

    def known_case(m: re.Match[str]) -> str:  # "CTY" as "Cty", "tnhh" as "TNHH": the lexicon's own case
        before, after = text[: m.start()], text[m.end() :]
        if lex.lookup(m[0], before, after) is not None:
            return m[0]
        return next((v for v in (m[0].upper(), m[0].capitalize()) if lex.lookup(v, before, after)), m[0])

    text = _OTHER_CASE.sub(known_case, text)
    text = _NAME_DASH_ACRONYM.sub(
        lambda m: m["name"] + (" - " if m["capital"] or lex.lookup(m["abbr"], "", " ") else "-"), text
    )
    text = _DASHED_CHAIN.sub(lambda m: _listed(m, lex), text)
    return lex.expand(_DISTRICT.sub(lambda m: f"{m['street'] or ''}Quận {m['n']}", text))


# "HT.Thích Huệ Phước-UVTT HĐTS": a name, a dash run against it and the office the lexicon knows, as a list of
# those present writes them; the dash a pause
_NAME_DASH_ACRONYM = re.compile(
    r"(?<![\w-])(?P<name>[A-ZĐ][a-zà-ỹđ]+)-(?=(?P<abbr>[A-ZĐ]{3,6}|[A-ZĐ]{2}(?=\s(?P<capital>[A-ZĐ])))\s)"
)  # "Mỹ Vân-MC Đài truyền hình": two capitals the lexicon does not know, before a name


# "Tỉnh ủy-HĐND-UBND-UBMTTQ tỉnh", "HĐND-UBND-UBMTTQ": the bodies of a place, listed with dashes
_DASHED_CHAIN = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[A-ZĐ][A-ZĐa-z]{1,7})+(?![\w-])")


def _listed(m: re.Match[str], lex: Lexicon) -> str:
    """A chain of known bodies' acronyms, after a word in small letters ("ủy-HĐND") or three or more, its dashes
    a list's pauses."""
    first, *rest = m[0].split("-")
    small = first.islower()
    if not all(lex.lookup(part, "", " ") for part in rest) or not (small or (len(rest) >= 2 and lex.lookup(first))):
        return m[0]
    return " - ".join([first, *rest])


# a word the lexicon may know in another case: capitals ("CTY"), or small consonants alone ("tnhh", "ktx")
_OTHER_CASE = re.compile(r"(?<![\w.@/#-])(?:[A-Z]{3,5}|[bcdfghjklmnpqrstvwxz]{3,5})(?![\w@/#-]|\.\w)")


# "Huỳnh Thúc Kháng Q1 - HCM", "Q10, TP.HCM": a district of the city named next, never a quarter ("Q1/2024");
# "Q1 cũ", a district merged away; "số 2 Đinh Tiên Hoàng, Q1)", after a house number and a street
_DISTRICT = re.compile(
    r"(?P<street>\d [A-ZĐ][^,()\d]{2,40}, )?(?<![\w.])Q\.?\s?(?P<n>\d{1,2})"
    r"(?=\s*[-–,]\s*(?:T[Pp]\.?\s?HCM|HCM|T[Pp]\b|Thành phố|Hồ Chí Minh|Sài Gòn|Hà Nội)|\s+cũ(?!\w)"
    r"|(?(street)\s*(?:[),.;]|$)|(?!)))"
)
_ACRONYM_PAIR = re.compile(r"(?<![\w/-])([A-ZĐ]{2,6})/([A-ZĐ]{2,6})(?![\w/-])")


def initials(text: str, opts: Options, lex: Lexicon) -> str:
    """People's initials (N.V.T.) read as letter names, without their dots."""
    return lex.spell_initials(text)


def acronyms(text: str, opts: Options, lex: Lexicon) -> str:
    """Acronyms the lexicon did not know spelled letter by letter, or said as words."""
    text = _CONSONANTS.sub(lambda m: lex.spell(m[0]), text)  # "xe wave rsx": a model's letters in small type
    text = _MIXED_LETTERS.sub(lambda m: lex.lookup(m[0]) or _initials(m[0], lex), text)  # "HtiB", "PhD"
    return lex.spell_acronyms(text)


# three to five small consonants, no vowel, that no lexicon knows: letters ("rsx", "bmw"), never a word
def _initials(token: str, lex: Lexicon) -> str:
    """ "HtiB", "PhD", "PoE" letter by letter; "KhoZ" a word and its letter ("Kho dét")."""
    word = token[:-1]
    return f"{word} {lex.spell(token[-1])}" if len(word) >= 3 and is_syllable(word.lower()) else lex.spell(token)


# a capital, one to three small letters and a capital closing it: initials of words, some in small type; after a
# slash only where the slash stands apart ("nông dân nòng cốt /ToT"), never in a path ("/HtiB")
_MIXED_LETTERS = re.compile(r"(?:(?<![\w.@/#])|(?<=\s/))[A-Z][a-z]{1,3}[A-Z](?![\w@/#]|\.\w)")
_CONSONANTS = re.compile(r"(?<![\w.@/#-])[bcdfghjklmnpqrstvwxz]{3,5}(?![\w@/#-]|\.\w)")


RULES: tuple[Rule, ...] = (
    legacy_encodings,
    glued_quantities,
    hygiene,
    spreadsheet_words,
    shouting,
    comma_thousands,
    emails,
    urls,
    ions,
    model_names,
    size_marks,
    unit_labels,
    per_ranges,
    chess_moves,
    minute_marks,
    shirt_numbers,
    versus,
    tennis_sets,
    vulgar_fractions,
    seasons,
    dated_weekdays,
    bracketed_dates,
    signed_results,
    counts_in_words,
    birth_years,
    ordinary_time,
    bible_references,
    colon_references,
    clock_ranges,
    glossed_acronyms,
    bracketed_section_numbers,
    chemical_formulas,
    labelled_phones,
    table_leaders,
    table_rows,
    worked_sums,
    unit_glosses,
    cube_moves,
    quotes_and_brackets,
    ellipses,
    form_codes,
    document_numbers,
    flight_numbers,
    tour_lengths,
    vehicle_codes,
    phones,
    postal_codes,
    weekdays,
    broker_notes,
    stock_tickers,
    market_ratios,
    person_letters,
    initials,
    compound_names,
    company_kinds,
    abbreviations,
    rates,
    names_in_context,
    loose_dates,
    date_ranges,
    full_dates,
    months,
    day_months,
    times,
    roman_numerals,
    english_ordinals,
    amperes,
    comparisons,
    coordinates,
    decimal_points,
    index_moves,
    codes_in_context,
    padded_counts,
    ranges_to_about,
    money,
    units,
    percents,
    scores_and_ranges,
    slashes,
    grouped_numbers,
    dotted_numbers,
    alphanumeric_codes,
    integers,
    sharp_chords,
    latin_ampersands,
    acronyms,
    symbols,
    whitespace,
)
# For text that ingest has read (and repaired) already: a document's sentences.
DOCUMENT_RULES: tuple[Rule, ...] = tuple(r for r in RULES if r is not legacy_encodings)
