"""Split spoken text into request-sized pieces at Vietnamese clause boundaries."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

log = logging.getLogger(__name__)

# A sentence is spoken in pieces of at most this many characters (about 25 s of speech): a
# paragraph printed without punctuation must not become one clip of an hour, whose arrays
# would take gigabytes. The transcript keeps the written sentence as one cue.
MAX_PIECE_CHARS = 400
# No Vietnamese word, nor any spelled-out reading, is longer than this: a longer run without a
# space is a scrape's garbage (a base64 blob, a hash) and is not read.
MAX_TOKEN_CHARS = 40

# Where a pause is natural, best first: sentence ends, clause punctuation, before a conjunction
# or preposition. Words that also end compounds ("triệt để", "tự do", "song song") are left out.
_BOUNDARIES = (
    re.compile(r"(?<=[.!?])\s+"),
    re.compile(r"(?<=[,;:])\s+"),
    re.compile(r"\s+(?=(?:và|nhưng|hoặc|vì|khi|nếu|thì|bởi|với|của|trong|tại|theo|nhằm)\s)"),
    re.compile(r"\s+"),
)
# Spelled-out numbers are never cut: no cut between two of these words.
_NUMBER_WORDS = frozenset(
    "không một hai ba bốn năm sáu bảy tám chín mười mươi mốt tư lăm linh lẻ trăm nghìn ngàn triệu tỷ phẩy chấm".split()
)
MIN_PIECE_FRACTION = 0.2  # a cut leaving a first piece shorter than this is a last resort


def split_for_requests(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at the most natural boundary that fits.

    A piece is only ever cut between words, and never inside a spelled-out number; a single
    word longer than the limit is returned whole rather than broken inside.
    """
    text = " ".join(text.split())
    pieces: list[str] = []
    while len(text) > limit:
        cut = _best_cut(text, limit)
        if cut is None:
            break
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


def _allowed(text: str, start: int, end: int) -> bool:
    before = text[:start].rsplit(" ", 1)[-1].lower()
    after = text[end:].split(" ", 1)[0].lower()
    return not (before in _NUMBER_WORDS and after in _NUMBER_WORDS)


def _best_cut(text: str, limit: int) -> int | None:
    floor = int(limit * MIN_PIECE_FRACTION)
    fallback = None
    for boundary in _BOUNDARIES:
        cuts = [m.start() for m in boundary.finditer(text) if m.start() <= limit and _allowed(text, m.start(), m.end())]
        good = [c for c in cuts if c >= floor]
        if good:
            return good[-1]
        if cuts and fallback is None:
            fallback = cuts[-1]
    if fallback:
        return fallback
    first_space = text.find(" ")
    return first_space if first_space > 0 else None


@lru_cache(maxsize=4096)
def speech_pieces(spoken: str) -> tuple[str, ...]:
    """The pieces a sentence's spoken text is synthesized in: absurd tokens left out (with a
    warning), then cut at the most natural boundaries into pieces of at most MAX_PIECE_CHARS."""
    words = spoken.split()
    kept = [w for w in words if len(w) <= MAX_TOKEN_CHARS]
    if len(kept) != len(words):
        longest = max((w for w in words if len(w) > MAX_TOKEN_CHARS), key=len)
        log.warning("not reading a %d-character run of letters with no space (%s...)", len(longest), longest[:20])
    text = " ".join(kept)
    return tuple(split_for_requests(text, MAX_PIECE_CHARS)) if text else ()
