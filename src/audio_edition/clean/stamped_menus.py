"""A portal's whole menu printed over the article: the site's name, its sections and their items, today's date, "Sơ
đồ trang", "Đăng nhập site", the breadcrumb, forty short lines and more, then the article's title over its dated
stamp ("Thứ ba - 19/04/2016 23:11"). Nothing above the title is read. So too a category page's menu of its sub-sections
under its name ("Cây Sầu Riêng" / "Cây Con & Kiến Thiết" / "Kỹ thuật trồng, tỉa cành tạo tán" / ...) over the
paragraph that introduces it: the name heads the page, the menu is not read; and a site's short menu opening the page
over the title."""

from __future__ import annotations

import dataclasses
import re

from .datelines import dateline
from .draft import Draft, ends_sentence, words
from .wordlists import word_list

_MENU_LINES = 8  # short lines over the title, at the least
_MENU_REACH = 120  # how far down the page the title is looked for
_LABEL_WORDS = 10  # a menu's item, at the most
_TITLE_WORDS = range(4, 41)
_OTHERS_PER_LABEL = 10  # a longer item or a stray mark among ten labels


def drop_menu_over_stamped_title(d: Draft) -> Draft:
    """Every line above the article's title goes when the title, no sentence, sits right over a date with its time
    and eight lines or more above it are short labels, none a sentence, all but one in ten (a page's notice,
    `widget_lines.txt`, and a date, today's, aside)."""
    widgets = word_list("widget_lines.txt")
    blocks = d.blocks
    for i in range(_MENU_LINES, min(len(blocks) - 1, _MENU_REACH)):
        stamp = dateline(blocks[i + 1])
        if stamp is None or "T" not in stamp[1] or ends_sentence(blocks[i]) or words(blocks[i]) not in _TITLE_WORDS:
            continue
        above = [b for b in blocks[:i] if not b.lower().startswith(widgets) and dateline(b) is None]
        labels = [b for b in above if words(b) <= _LABEL_WORDS and not ends_sentence(b)]
        if len(labels) >= _MENU_LINES and len(above) - len(labels) <= max(1, len(above) // _OTHERS_PER_LABEL):
            return dataclasses.replace(d, blocks=blocks[i:])
        return d
    return d


_SUBSECTIONS = 6  # a menu's items under the page's name, at the least
_ITEM_WORDS = 8
_NAME_WORDS = 5
_INTRO_WORDS = 15


def drop_menu_under_page_name(d: Draft) -> Draft:
    """The short lines between a page's name, no sentence, and the first paragraph that names it again: six or more,
    none a sentence, none over eight words."""
    blocks = d.blocks
    if not blocks or words(blocks[0]) > _NAME_WORDS or ends_sentence(blocks[0]):
        return d
    k = next((j for j in range(1, len(blocks)) if words(blocks[j]) > _ITEM_WORDS or ends_sentence(blocks[j])), 0)
    name = blocks[0].lower()
    named = k > _SUBSECTIONS and ends_sentence(blocks[k]) and words(blocks[k]) >= _INTRO_WORDS
    if not named or name.split(maxsplit=1)[-1] not in blocks[k].lower():
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[k:]))


_TOP_ITEMS = 4  # a site's short menu over the title, at the least
_TOP_ITEM_WORDS = range(2, 6)
_PARAGRAPH_WORDS = 15
# "04 tháng 08" under the title: the day a post went up, its year not printed
_DAY_OF_MONTH = re.compile(r"\d{1,2} tháng \d{1,2}")


def drop_short_menu_over_title(d: Draft) -> Draft:
    """ "Kiểm soát côn trùng" / "Ngăn ngừa & Bảo vệ" / "Bách khoa côn trùng" / "Vì sao chọn PCS" over "Công trình nào
    cần chống mối? ...": four short lines or more opening the page, none a sentence nor a date, over a longer title
    and the paragraph under it (a day of the month between them): the site's menu, not read, nor the day."""
    blocks = d.blocks
    n = next((j for j, b in enumerate(blocks) if words(b) not in _TOP_ITEM_WORDS or ends_sentence(b)), len(blocks))
    if n < _TOP_ITEMS or n + 2 >= len(blocks) or any(dateline(b) for b in blocks[:n]):
        return d
    title, after = blocks[n], blocks[n + 1 : n + 3]
    titled = words(title) in _TITLE_WORDS and not title.rstrip().endswith(".")
    dated = _DAY_OF_MONTH.fullmatch(after[0].strip()) is not None
    text = after[1] if dated and len(after) > 1 else after[0]
    if not titled or not (ends_sentence(text) and words(text) >= _PARAGRAPH_WORDS):
        return d
    return dataclasses.replace(d, blocks=(title, *blocks[n + 1 + dated :]))
