"""Two lines that say the same: a picture's alternative text and its caption, printed one over the
other, the second with a word or two left out or one word mistyped."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..text.letters import without_marks
from . import patterns as P

_NEAR_SAME_WORDS = 6
_TYPO_WORDS = 8
_TYPO_LIKENESS = 0.55


def restates(above: str, line: str) -> bool:
    """Whether `line` says the line above it again as fully (a heading under its picture's text), never cut shorter
    ("Các loại quần áo trẻ em mùa đông" under "Các loại quần áo thể thao trẻ em mùa đông": the picture's caption)."""
    numbered = re.match(r"\d{1,2}(?:\.\d{1,2})*[.)]?\s", line) is not None  # "1.1 Hình thức Công ty": a part, never
    return same_line(above, line) and (numbered or len(line.split()) >= len(above.split()))  # a caption


def same_line(a: str, b: str) -> bool:
    """One line printed twice, with or without its closing mark, or once more with a word or two left out ("... kiến
    thức, kỹ năng về ..." over "... kiến thức về ...") or one word mistyped ("... không nên để uqas 48h" over "...
    không nên để quá 48h"; never "(Động cơ PG)" over "(Động cơ DC)", nor "view 1" over "view 2")."""
    if a.rstrip(".?! ") == b.rstrip(".?! "):
        return True
    if P.NUMBERED_ITEM.match(a) or P.NUMBERED_ITEM.match(b):
        return False  # "1. <question>" over the picture's "<question>": the section's heading
    if a.rstrip().endswith(":") or b.rstrip().endswith(":"):
        return False  # "Hình thức đại hội ..." over "Có các hình thức đại hội ... sau:": a heading and its list
    short, long = sorted((re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())), key=len)
    odd = set(short) - set(long)
    typo = len(short) >= _TYPO_WORDS and all(w.isalpha() and len(w) > 2 and _mistyped(w, set(long)) for w in odd)
    return len(short) >= _NEAR_SAME_WORDS and len(long) - len(short) <= 3 and len(odd) <= typo


def _mistyped(word: str, others: set[str]) -> bool:
    """Whether `word` is one of `others` with its letters mistyped ("uqas" for "quá")."""
    return any(SequenceMatcher(None, without_marks(word), without_marks(o)).ratio() >= _TYPO_LIKENESS for o in others)


_COPY_WORDS = 20
_HEADING_WORDS = 6


def printed_before(block: str, earlier: tuple[str, ...]) -> bool:
    """A paragraph printed again: whole (its heading run into it the first time, maybe), or with its last
    word, a name, changed ("... trong bài viết dưới đây của
    HoiBenh" under "... dưới đây của Vincare.", a copied page's name put in for the first's), or edited after its first
    sentence (`_edited_copy`); never a numbered
    step, which a second procedure repeats ("2. Kiểm tra công tắc máy chính ...")."""
    if re.match(r"\d{1,2}[.)]\s", block):
        return False
    if block in earlier:
        return True
    mine = block.split()
    if len(mine) > _COPY_WORDS and any(
        o.endswith(" " + block) and len(o.split()) - len(mine) <= _HEADING_WORDS for o in earlier
    ):
        return True  # "LỄ NGŨ TUẦN. Cứ 50 ngày ..." over "Cứ 50 ngày ...": the summary, its heading before it
    if len(mine) > _COPY_WORDS and _edited_copy(block, earlier):
        return True  # the summary printed again further down, its first sentence whole, a few words changed after
    return (
        len(mine) > _COPY_WORDS
        and mine[-1][0].isupper()
        and any((theirs := other.split())[:-1] == mine[:-1] and theirs[-1][0].isupper() for other in earlier)
    )


_FIRST_SENTENCE_WORDS = 10
_EDITED_WORDS = 4


def _edited_copy(block: str, earlier: tuple[str, ...]) -> bool:
    """ "Để sở hữu chiếc chảo ... 700.000 đồng. Tuy nhiên, ... phân vân, nghi ngờ ..." under the summary "Để sở hữu
    chiếc chảo ... 700.000 đồng. Tuy nhiên, ... phân vân về ...": the same first sentence, most words alike and
    every figure the same."""
    first = re.split(r"(?<=[.!?])\s", block, maxsplit=1)[0]
    if len(first.split()) < _FIRST_SENTENCE_WORDS or first == block:
        return False
    said = set(block.split())
    figures = {w for w in said if re.search(r"\d", w)}  # "từ ngày 30/05/2023 ...": a second round, no copy
    sentences = len(re.findall(r"[.!?](?:\s|$)", block))
    return any(
        other.startswith(first)
        and len(said ^ (told := set(other.split()))) <= _EDITED_WORDS  # a few words changed, never a new sentence
        and len(re.findall(r"[.!?](?:\s|$)", other)) == sentences
        and figures == {w for w in told if re.search(r"\d", w)}
        for other in earlier
    )


def phrase_said_twice(line: str) -> bool:
    """A line that is one phrase of three words or more said twice over ("TIN TỨC ... PHƯỜNG TIN TỨC ... PHƯỜNG")."""
    tokens = line.split()
    half = len(tokens) // 2
    return len(tokens) % 2 == 0 and half >= 3 and tokens[:half] == tokens[half:]
