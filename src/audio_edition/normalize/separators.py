"""The mark a document groups thousands with. Vietnamese writes "2.598 m" and "9,5%"; a page copied
from English writes "2,598 m" and "800 – 2,000 m". A comma before three digits is read as a decimal
comma unless the document shows it groups thousands with commas: a number in three groups or more
("1,234,567") or a round thousand ("2,000"), and no thousands grouped with dots anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable

_COMMA_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d.,])\d{1,3},000(?![\d,])")
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.]*\d)")
_COMMA_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def groups_with_commas(texts: Iterable[str]) -> bool:
    """Whether the document writes thousands as "2,000": commas between groups of three digits,
    never dots."""
    whole = "\n".join(texts)
    return _COMMA_GROUPS.search(whole) is not None and _DOT_GROUPS.search(whole) is None


def with_dot_groups(text: str) -> str:
    """ "2,598 m" -> "2.598 m": a number grouped with commas, written the Vietnamese way."""
    return _COMMA_NUMBER.sub(lambda m: m.group(0).replace(",", "."), text)
