"""What the normalizer did to a text, rule by rule, for an editor to check before synthesis.

Each rule's change is found by comparing the words before and after it. A reading is marked
unsure when the rule had to guess: capitals that no lexicon knows, spelled letter by letter;
a dash read as a score or a range; a slash read as a fraction; a dot read as a decimal point.
An editor fixes a wrong reading with a `--lexicon` entry and checks again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .abbreviations import Lexicon, default_lexicon
from .options import NORTHERN, Options
from .rules import RULES, Rule

_CAPITALS = re.compile(r"[A-ZĐ]{2}")
# Rules whose changes are spelling, not reading: not listed.
_QUIET = frozenset({"legacy_encodings", "hygiene", "quotes_and_brackets", "whitespace"})
# Rules that choose between readings on context: their readings are worth a look.
_GUESSING = frozenset({"scores_and_ranges", "slashes", "decimal_points"})


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading the normalizer chose: the text, what it became, by which rule, and whether it guessed."""

    rule: str
    written: str
    spoken: str
    unsure: bool
    unknown_acronym: bool = False  # capitals the lexicon does not know, spelled letter by letter


def _unknown(word: str, lex: Lexicon) -> bool:
    core = word.strip(".,;:!?()\"'")
    return len(core) >= 2 and core.isupper() and lex.lookup(core) is None and core not in lex.words


def review(
    text: str, options: Options = NORTHERN, lexicon: Lexicon | None = None, rules: tuple[Rule, ...] = RULES
) -> list[Reading]:
    """Every change the rules make to `text`, in order, with the rule that made it."""
    lex = lexicon or default_lexicon()
    readings: list[Reading] = []
    for rule in rules:
        changed = rule(text, options, lex)
        name = getattr(rule, "__name__", "rule")
        if changed != text and name not in _QUIET:
            before, after = text.split(), changed.split()
            for tag, i1, i2, j1, j2 in SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
                if tag == "equal":
                    continue
                written, spoken = " ".join(before[i1:i2]), " ".join(after[j1:j2])
                unknown = name == "acronyms" and any(_unknown(w, lex) for w in before[i1:i2])
                unsure = unknown or name in _GUESSING
                earlier = next((k for k, r in enumerate(readings) if r.spoken == written), None)
                if earlier is not None:  # a later rule read on what an earlier one wrote: one reading
                    first = readings.pop(earlier)
                    name_chain = f"{first.rule}, {name}"
                    readings.append(Reading(name_chain, first.written, spoken, first.unsure or unsure, unknown))
                else:
                    readings.append(Reading(name, written, spoken, unsure, unknown))
        text = changed
    return readings


def normalize_noting(
    text: str, options: Options = NORTHERN, lexicon: Lexicon | None = None, rules: tuple[Rule, ...] = RULES
) -> tuple[str, list[str]]:
    """The spoken form of `text` and the capitals in it that no lexicon knows (spelled letter by
    letter), in one pass of the rules: a build reads each sentence once."""
    lex = lexicon or default_lexicon()
    unknown: list[str] = []
    for rule in rules:
        if getattr(rule, "__name__", "") == "acronyms" and _CAPITALS.search(text):
            candidates = [w.strip(".,;:!?()\"'") for w in text.split() if _unknown(w, lex)]
            changed = rule(text, options, lex)
            after = {w.strip(".,;:!?()\"'") for w in changed.split()}
            unknown += [w for w in candidates if w not in after and w not in unknown]
            text = changed
        else:
            text = rule(text, options, lex)
    return text, unknown


def unknown_acronyms(
    texts: list[str], options: Options = NORTHERN, lexicon: Lexicon | None = None, rules: tuple[Rule, ...] = RULES
) -> list[str]:
    """The capitals in `texts` that no lexicon knows (they are spelled letter by letter)."""
    found: dict[str, None] = {}
    for text in texts:
        found.update(dict.fromkeys(normalize_noting(text, options, lexicon, rules)[1]))
    return list(found)
