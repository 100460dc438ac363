"""A recipe's ingredients printed under its title without bullets ("200 gam đậu xanh nguyên hạt" /
"Tinh dầu hoa bưởi hoặc dầu chuối" / "Bột năng (hoặc bột sắn), muối"): a list, read as one, never a
summary and its chapters' headings."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

# "200 gam đậu xanh", "1/2 chén đường", "2 quả trứng": an amount, its measure, then the thing
_AMOUNT = re.compile(
    r"\d+(?:[.,/]\d+)?\s?(?:g|gr|gam|gram|kg|ml|l|lít|muỗng|thìa|chén|bát|cốc|ly|tách|quả|trái|củ|nhánh|"
    r"lá|gói|hộp|cây|bó|miếng|lạng)\s\S"
)
_ITEM_WORDS = 12
_TOP = 4  # the list opens right under the title or its summary


def list_unbulleted_ingredients(d: Draft) -> Draft:
    """Short unstopped lines from one that opens on an amount ("200 gam đậu xanh ..."), near the top:
    a list's items, as if the page had printed their bullets."""
    blocks = d.blocks
    start = next((k for k in range(1, min(_TOP, len(blocks))) if _AMOUNT.match(blocks[k])), None)
    if start is None:
        return d
    end = start
    while end < len(blocks) and words(blocks[end]) <= _ITEM_WORDS and not ends_sentence(blocks[end]):
        end += 1
    if end - start < 2:
        return d
    return dataclasses.replace(d, listed=d.listed | frozenset(b for b in blocks[start:end] if not b.endswith(":")))
