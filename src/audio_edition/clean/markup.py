"""A text scrape that kept the page's markup: a print view or a content system that pasted its
HTML into the text ("<div id=...><p>Việt Nam th&ocirc;ng qua ...</p>"). Its tags are no words
and its entities are letters: the tags go (a block's tag ends a line) and the entities are
decoded, so "th&ocirc;ng" is read "thông". Text with no tag and no entity is left as it is."""

from __future__ import annotations

import html
import re

_BLOCK_TAG = re.compile(r"</?(?:div|p|h[1-6]|ul|ol|li|table|tr|td|th|section|article|blockquote)\b[^<>]*>", re.I)
_INLINE_TAG = re.compile(r"</?(?:span|strong|b|i|em|u|a|font|img|sup|sub|small|label)\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def strip_markup(text: str) -> str:
    """`text` without the HTML tags a scrape kept, its entities decoded."""
    if not (_BLOCK_TAG.search(text) or _INLINE_TAG.search(text) or _ENTITY.search(text)):
        return text
    text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    return html.unescape(text)
