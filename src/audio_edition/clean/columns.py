"""The column a wrapped document's lines were cut at, and a paragraph a title is never joined to."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…:;]['\"”’»)\]]*$")
FILLED = 0.75  # a wrapped line fills at least this much of the column
_WRAP_MAX = 110  # wider lines are a paragraph each, as browsers copy them


def column_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it was not wrapped: most of its long
    lines fill one column and stop mid-sentence (a scrape's lines are paragraphs, which end
    one)."""
    long = [line for line in lines if len(line) >= 30]
    if len(long) < 8:
        return None
    lengths = sorted(len(line) for line in long)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    filled = sum(FILLED * width <= n <= width + 2 for n in lengths)
    cut = sum(not SENTENCE_END.search(line) for line in long)
    # a pasted notice breaks lines where its source did as well as at the column: fewer fill it, more stop
    # mid-sentence, many on a word in small letters (a list of titles or prices ends none on one)
    low = sum(line.split()[-1].isalpha() and line.split()[-1].islower() for line in long)
    share = filled / len(long), cut / len(long), low / len(long)
    wrapped = share[0] >= 0.6 and share[1] >= 0.5 or share[0] >= 0.45 and share[1] >= 0.7 and share[2] >= 0.3
    return width if width <= _WRAP_MAX and wrapped else None


_TITLE_RUN_WORDS = 20


def paragraph_under_title(line: str, title: str) -> bool:
    """A line ending a sentence, of many words or of thrice the short title's over it: a paragraph (a page's text cut
    short at its start, "sáng ngày 27/4 ..." in small letters), never the rest of the title above it."""
    said = len(line.split())
    return SENTENCE_END.search(line) is not None and (
        said > _TITLE_RUN_WORDS or _TITLE_RUN_WORDS // 2 <= said >= 3 * len(title.split())
    )
