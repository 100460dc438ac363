"""A page's trail glued to its title with no spaces, as a scrape of its header joins them: "3CElectricTin tứcTin
tức liên quanHội thi thợ giỏi nghề cơ khí ...": the site's name, its sections, then the title. The title stays; the
trail is not read."""

from __future__ import annotations

import dataclasses

from . import patterns as P
from .draft import Draft, ends_sentence, menu_label, words

_TRAIL_WORDS = 4  # "Tin tức liên quan": a section's name is short
_TITLE_WORDS = 5


def _joints(line: str) -> list[int]:
    """Where a word in small letters runs into a capitalised one ("quanHội"): the capital's offsets."""
    return [i for i in range(1, len(line) - 1) if line[i - 1].islower() and line[i].isupper() and line[i + 1].islower()]


def drop_glued_trail(d: Draft) -> Draft:
    """The first line parted where its trail's parts run together, the title alone kept, when two of the parts
    or more are short and one of them names a section ("Tin tức") over a text that opens with a sentence."""
    if len(d.blocks) < 2 or not ends_sentence(d.blocks[1]):
        return d
    first = d.blocks[0]
    cuts = _joints(first)
    parts = [first[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(first)])]
    trail, title = parts[:-1], parts[-1]
    if len(trail) < 2 or any(words(p) > _TRAIL_WORDS for p in trail):
        return d
    named = any(menu_label(p) in P.SECTIONS or menu_label(p) in P.RELATED_HEADERS for p in trail)
    if not named or words(title) < _TITLE_WORDS or ends_sentence(title):
        return d
    return dataclasses.replace(d, blocks=(title, *d.blocks[1:]))
