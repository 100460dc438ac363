"""Split spoken text into request-sized pieces at Vietnamese clause boundaries."""

from __future__ import annotations

import re

# Where a pause is natural, best first: sentence ends, clause punctuation, before a conjunction
# or preposition. Words that also end compounds ("triệt để", "tự do", "song song") are left out.
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CLAUSE = re.compile(r"(?<=[,;:])\s+")
_CONJUNCTION = re.compile(
    r"\s+(?=(?:và|nhưng|hoặc|vì|khi|nếu|thì|bởi|với|của|trong|tại|theo|nhằm)\s)"
)


def split_for_requests(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at the most natural boundary that fits.

    A piece is only ever cut between words; a single word longer than the limit is
    returned whole rather than broken inside.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return [text] if text else []
    for boundary in (_SENTENCE, _CLAUSE, _CONJUNCTION, re.compile(r"\s+")):
        parts = [p for p in boundary.split(text) if p]
        if len(parts) > 1:
            return _pack(parts, limit)
    return [text]


def _pack(parts: list[str], limit: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for part in parts:
        if len(part) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.extend(split_for_requests(part, limit))
            continue
        joined = f"{current} {part}" if current else part
        if len(joined) <= limit:
            current = joined
        else:
            pieces.append(current)
            current = part
    if current:
        pieces.append(current)
    return pieces
