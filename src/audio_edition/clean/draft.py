"""The text of a scrape as the cleaning rules pass it on: its blocks and what was found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Draft:
    """The blocks (one line of the scrape each) still to read, and the metadata found so far."""

    blocks: tuple[str, ...]
    category: str | None = None
    published: str | None = None
    outlet: str | None = None
    byline: str | None = None


Rule = Callable[[Draft], Draft]


def words(block: str) -> int:
    """How many words a block has."""
    return len(block.split())


def ends_sentence(block: str) -> bool:
    """Whether a block ends as a sentence does (closing quotes and brackets aside)."""
    return block.rstrip(" \"”’'»)").endswith((".", "!", "?", "…", ":", ";"))
