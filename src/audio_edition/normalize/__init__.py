"""Written Vietnamese -> what a newsreader says.

`normalize(text)` runs the ordered `RULES` over one sentence or line of text. The tables it
reads (abbreviations, acronyms said as words, letter names) are data files in `data/`;
a user lexicon adds to or overrides the abbreviations.
"""

from __future__ import annotations

from .abbreviations import Lexicon, default_lexicon
from .lexicon import Entry, read_user_lexicon
from .options import NORTHERN, SOUTHERN, Options
from .rules import DOCUMENT_RULES, RULES, Rule


def normalize(
    text: str,
    options: Options = NORTHERN,
    lexicon: Lexicon | None = None,
    rules: tuple[Rule, ...] = RULES,
) -> str:
    """Return the spoken form of `text`."""
    lex = lexicon or default_lexicon()
    for rule in rules:
        text = rule(text, options, lex)
    return text


__all__ = [
    "DOCUMENT_RULES",
    "NORTHERN",
    "RULES",
    "SOUTHERN",
    "Entry",
    "Lexicon",
    "Options",
    "normalize",
    "read_user_lexicon",
]
