"""Lexicon tables kept as data files: abbreviations (with contexts), words said whole,
letter names, units and document issuers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..files import read_named_file


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: an abbreviation, how it is said, and the context it needs, if any."""

    key: str
    spoken: str
    prev: re.Pattern[str] | None = None  # must match at the end of the text before the key
    next: re.Pattern[str] | None = None  # must match at the start of the text after the key

    def fits(self, before: str, after: str) -> bool:
        if self.prev is not None and not self.prev.search(before):
            return False
        return self.next is None or bool(self.next.match(after))


def parse_entries(text: str, source: str) -> list[Entry]:
    """`KEY<TAB>spoken[<TAB>prev=REGEX; next=REGEX]` lines; `#` starts a comment line."""
    entries: list[Entry] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (2, 3) or not fields[0].strip() or not fields[1].strip():
            raise InputError(f"{source}, line {number}: expected ABBREVIATION<TAB>spoken form, got {line!r}")
        prev = nxt = None
        if len(fields) == 3:
            for part in filter(None, (p.strip() for p in fields[2].split(";"))):
                name, _, pattern = part.partition("=")
                try:
                    compiled = re.compile(pattern)
                except re.error as exc:
                    raise InputError(f"{source}, line {number}: bad context pattern {pattern!r} ({exc})") from exc
                if name == "prev":
                    prev = re.compile(f"(?:{pattern})$")
                elif name == "next":
                    nxt = compiled
                else:
                    raise InputError(f"{source}, line {number}: context must be prev=... or next=..., got {part!r}")
        entries.append(Entry(fields[0].strip(), " ".join(fields[1].split()), prev, nxt))
    return entries


def parse_table(text: str, source: str) -> dict[str, str]:
    """A two-column data file (KEY<TAB>value) as a dict; `source` names it in errors."""
    return {e.key: e.spoken for e in parse_entries(text, source)}


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def builtin(name: str) -> dict[str, str]:
    """The package's data file `name` as a dict, read once."""
    return parse_table(_data(name), name)


@cache
def builtin_words(name: str) -> tuple[str, ...]:
    """The package's word list `name`, one entry a line, "#" comments and blank lines skipped."""
    lines = (line.strip() for line in _data(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def builtin_entries(name: str) -> tuple[Entry, ...]:
    """The lexicon entries of the package's data file `name`, read once."""
    return tuple(parse_entries(_data(name), name))


@cache
def builtin_abbreviations() -> tuple[Entry, ...]:
    """The abbreviation tables (data/abbreviations/, one file a domain, read in name order).
    For each key, entries with a context come before the one without, which is the default."""
    folder = resources.files(__package__).joinpath("data").joinpath("abbreviations")
    entries = [
        e
        for f in sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
        for e in parse_entries(f.read_text(encoding="utf-8"), f"abbreviations/{f.name}")
    ]
    return tuple(sorted(entries, key=lambda e: e.prev is None and e.next is None))


def read_user_lexicon(path: str | Path) -> list[Entry]:
    """A user's --lexicon file as entries; a malformed line is one clear error."""
    p = Path(path)
    try:
        text = read_named_file(p, "lexicon file", 16 << 20).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: lexicon file cannot be read as UTF-8 text") from exc
    return parse_entries(text, str(p))


_KEY_END = r"(?![\w&/]|-\w|\.\w)"
_SMALL_KEY_END = r"(?![\w&/]|\.\w)"


def token_pattern(keys: list[str]) -> re.Pattern[str]:
    """Match any key as a whole token, longest first (compiled once for each set of keys: a plan
    builds its lexicon anew for every article, almost always with the same keys)."""
    return _token_pattern(tuple(sorted(set(keys), key=lambda k: (-len(k), k))))


@lru_cache(maxsize=8)
def _token_pattern(ordered: tuple[str, ...]) -> re.Pattern[str]:
    # a key in small letters goes on into a compound ("ko-có-mẹ": "không có mẹ"); one in capitals
    # never does ("COVID-19", "PV-GAS")
    alternation = "|".join(
        re.escape(k) if k.endswith(".") else re.escape(k) + (_SMALL_KEY_END if k.islower() else _KEY_END)
        for k in ordered
    )
    return re.compile(rf"(?<![\w&/-])(?<![^\W\d_A-ZĐ]\.)(?<!\d\.)(?:{alternation})")
