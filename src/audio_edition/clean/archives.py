"""A blog's archive page ("Category Archives: Về Bát Tràng", a tag's page): its posts' titles and
teasers are all the text it has. The archive's label names the category, each teaser is read
without its "[…]" and the "Continue Reading" link under it goes, with the posts' keyword lines in
small letters."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

# "Category Archives: Về Bát Tràng", "Lưu trữ danh mục: Tin tức": a WordPress theme's archive heading
_ARCHIVE_LABEL = re.compile(
    r"(?i:(?:category|tag|author|monthly|daily|yearly) archives?|lưu trữ (?:danh mục|chuyên mục|thẻ))\s*:\s*"
    r"(?P<name>\S.{0,80})"
)
# "Continue Reading", "Đọc tiếp", "Xem tiếp »": the link from a teaser to its post
_CONTINUE = re.compile(r"(?i:continue reading|read more|đọc tiếp|xem tiếp|đọc thêm)\W*")
_CUT = re.compile(r"\s*\[(?:…|\.\.\.)\]$")
_KEYWORD_WORDS = 20


def read_archive_page(d: Draft) -> Draft:
    """An archive page's label made its category, its teasers read whole (never a related box's
    cut line), their links and the posts' keyword lines not read."""
    labelled = [k for k, b in enumerate(d.blocks) if _ARCHIVE_LABEL.fullmatch(b.strip())]
    linked = any(
        _CUT.search(b) and k + 1 < len(d.blocks) and _CONTINUE.fullmatch(d.blocks[k + 1].strip())
        for k, b in enumerate(d.blocks)
    )
    if not labelled and not linked:
        return d
    category = d.category
    if labelled:
        category = category or _ARCHIVE_LABEL.fullmatch(d.blocks[labelled[0]].strip())["name"]  # type: ignore[index]
    blocks = []
    for k, block in enumerate(d.blocks):
        text = block.strip()
        if k in labelled or _CONTINUE.fullmatch(text) or _keywords(text):
            continue
        blocks.append(_CUT.sub("…", text) if _CUT.search(text) else block)
    return dataclasses.replace(d, blocks=tuple(blocks), category=category)


def _keywords(text: str) -> bool:
    """ "gốm sứ bát tràng, làng gốm bát tràng": a post's keyword links, every word in small letters."""
    return (
        text == text.lower()
        and any(c.isalpha() for c in text)
        and not ends_sentence(text)
        and (words(text) <= _KEYWORD_WORDS)
    )
