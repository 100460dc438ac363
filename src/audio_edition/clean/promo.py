"""A sign-up or sales box a page prints into the article: a call in capitals ("NHẬP EMAIL NGAY!
Cứ để AloTrip lo VÉ RẺ!") and the bulleted promises under it. Seen while the scrape's bullets are
still known."""

from __future__ import annotations

from .draft import words
from .pictures import Line

_MIN_CAPITALS = 0.6  # of a call's letters
_MIN_CALL_WORDS = 3


def is_shouted_call(text: str) -> bool:
    """A call to action in capitals, ending in "!"."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return (
        words(text) >= _MIN_CALL_WORDS
        and text.rstrip().endswith("!")
        and bool(letters)
        and capitals >= _MIN_CAPITALS * len(letters)
    )


def promo_box(lines: list[Line]) -> set[int]:
    """The indexes of `lines` that a sales box holds: shouted calls and the bulleted lines right
    after them."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if is_shouted_call(line.text):
            found.add(i)
        elif line.bulleted and i - 1 in found:
            found.add(i)
    return found
