"""Expand abbreviations from the lexicon and spell the remaining acronyms."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .lexicon import builtin, token_pattern

_ACRONYM = re.compile(r"(?<![\w-])([A-ZĐ][A-ZĐ0-9]*[A-ZĐ]|[A-ZĐ]{2,})(?![\w-])")
# "(WEF)" right after the phrase it abbreviates: the phrase was just read, the letters are not.
_PARENTHESIZED_ACRONYM = re.compile(r"(?<=\w)\s*\(\s*[A-Za-zĐ&]*[A-ZĐ][A-Za-zĐ&]*\s*\)")


class Lexicon:
    """Abbreviations with their spoken forms, built-in entries overridden by the user's."""

    def __init__(self, extra: Mapping[str, str] | None = None) -> None:
        self.entries = {**builtin("abbreviations.tsv"), **builtin("spoken_acronyms.tsv"), **(extra or {})}
        self.letters = builtin("letters.tsv")
        self.pattern = token_pattern(list(self.entries))

    def expand(self, text: str) -> str:
        return self.pattern.sub(lambda m: self.entries[m.group(0)], text)

    def spell(self, word: str) -> str:
        return " ".join(self.letters.get(ch, ch) for ch in word.upper())

    def spell_acronyms(self, text: str) -> str:
        def spoken(m: re.Match[str]) -> str:
            word = m.group(1)
            if word in self.entries:
                return self.entries[word]
            return self.spell(word)

        return _ACRONYM.sub(spoken, text)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon()


# Function words that end a name: in "giao cho Zalo (VNG)" the name before "(VNG)" is one word.
_FUNCTION_WORDS = frozenset("là của và cho với các những được tại trong ngoài như thì mà có để từ đến theo về".split())


def drop_parenthesized_acronyms(text: str, lexicon: Lexicon) -> str:
    """Drop "(IoT)" after "Internet vạn vật" (the phrase it abbreviates was just read) but keep
    "(VNG)" after a one-word name like "Zalo", where it says something new."""

    def repl(m: re.Match[str]) -> str:
        phrase = re.split(r"[,.;:()\"“”]", text[: m.start()])[-1].split()
        run = 0
        for word in reversed(phrase):
            if word.lower() in _FUNCTION_WORDS:
                break
            run += 1
        return "" if run >= 2 else m.group(0)

    return _PARENTHESIZED_ACRONYM.sub(repl, text)
