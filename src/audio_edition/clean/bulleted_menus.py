"""A site's menu printed at the top of the page as a list: each link under a bullet of its own, short and
unstopped ("• Home", "• Du Lịch", "  • Ẩm thực", ...), before the title or between a section's name and
the first paragraph. None of it is read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

_MENU_ITEM_WORDS = 8  # "Phong Tục Dân Gian và Mộ Phần" among "Tư Vấn", "Làm đẹp"
_MENU_LINK_WORDS = 4
_MENU_ITEMS = 3
_PARAGRAPH_WORDS = 10
_LABEL_WORDS = 4


def _menu_item(block: str, listed: frozenset[str]) -> bool:
    """A link of a menu: under a bullet, a few words, no stop and no figure ("• 500 g thịt bò" is an item of a
    list of ingredients)."""
    return (
        block in listed
        and words(block) <= _MENU_ITEM_WORDS
        and not ends_sentence(block)
        and not re.search(r"\d", block)
    )


def drop_bulleted_menu(d: Draft) -> Draft:
    """Three or more menu links in a row, each under a bullet, at the top of the page go: over them nothing but
    a date, the site's name or a section's label. Under the title, or a line that introduces them ("Nguyên
    liệu:" over "• Hành tím"), they are the article's own list."""
    blocks = d.blocks
    first = next((i for i, b in enumerate(blocks) if ends_sentence(b) and words(b) >= _PARAGRAPH_WORDS), len(blocks))
    gone: set[int] = set()
    i = 0
    while i < first:
        j = i
        while j < first and _menu_item(blocks[j], d.listed):
            j += 1
        # only a date, the site's name or a section's label over it: a title over a list heads the article's own
        at_top = all(words(b) <= _LABEL_WORDS and not b.rstrip().endswith(":") for b in blocks[:i])
        sizes = sorted(words(b) for b in blocks[i:j])
        if j - i >= _MENU_ITEMS and at_top and sizes[len(sizes) // 2] <= _MENU_LINK_WORDS:  # mostly one or two words
            gone.update(range(i, j))
        i = max(j, i + 1)
    if not gone:
        return d
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in gone))
