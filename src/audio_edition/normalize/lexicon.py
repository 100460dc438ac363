"""Lexicon tables kept as data files: abbreviations, acronyms said as words, letter names."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import InputError


def parse_table(text: str, source: str) -> dict[str, str]:
    """Parse `KEY<TAB>VALUE` lines; `#` starts a comment line. Raise InputError on a bad line."""
    table: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition("\t")
        if not sep or not key.strip() or not value.strip():
            raise InputError(f"{source}, line {number}: expected ABBREVIATION<TAB>spoken form, got {line!r}")
        table[key.strip()] = " ".join(value.split())
    return table


@cache
def builtin(name: str) -> dict[str, str]:
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return parse_table(text, name)


def read_user_lexicon(path: str | Path) -> dict[str, str]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(f"{p}: lexicon file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: lexicon file cannot be read as UTF-8 text") from exc
    return parse_table(text, str(p))


def token_pattern(keys: list[str]) -> re.Pattern[str]:
    """Match any key as a whole token, longest first."""
    alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?<![\w.&/-])(?:{alternation})(?![\w&/-]|\.\w)")
