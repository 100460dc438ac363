"""A page the scrape flattened onto one line, its title and its headings run into the sentences after them ("Đóng
tuyết trong tủ lạnh cần xử lý đúng cách Hầu như hiện nay ...", "... là do đâu? Thói quen cho đồ ăn còn nóng vào tủ Bạn
thường xuyên ..."): parted where a sentence plainly starts, the title and each short heading a line of their own."""

from __future__ import annotations

import dataclasses
import re

from ..text.letters import LOWER
from .draft import Draft, ends_sentence, words
from .glued import MAX_GLUED_WORDS, MIN_GLUED_WORDS, lead_start
from .wordlists import word_list

_FIRST_SENTENCE = re.compile(r".*?[.!?…](?=\s|$)")
_SENTENCE_END = re.compile(r"[.!?…:]\s")
_HEADING_WORDS = 12
_TITLE_WORDS = 20
_NO_TITLE = re.compile(r"[,;:()]")


def _run_on() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in word_list("run_on_openers.txt"))
    return re.compile(rf"(?<=[{LOWER}]) (?=(?:{openers}) [{LOWER}])")


def part_flattened_page(d: Draft) -> Draft:
    """The one line a flattened page is -> its title, then its text parted before each sentence run on after a
    word in small letters (`data/run_on_openers.txt`); the words since the last sentence's end, when few and in no
    sentence, are a heading of their own."""
    if len(d.blocks) != 1 or words(d.blocks[0]) <= MAX_GLUED_WORDS:
        return d
    text = d.blocks[0]
    first = _FIRST_SENTENCE.match(text)
    start = lead_start(first[0], labelled=False) if first and MIN_GLUED_WORDS <= words(first[0]) else None
    if start and (_NO_TITLE.search(text[:start]) or words(text[:start]) > _TITLE_WORDS):
        start = None  # "Sáng 17/2/2024, hàng vạn ... tham dự Lễ hội ...": a lead, a name in it, and no title
    blocks = [text[:start].strip()] if start else []
    rest, cut = text[start or 0 :], 0
    for run_on in _run_on().finditer(rest):
        ends = list(_SENTENCE_END.finditer(rest, cut, run_on.start()))
        head_at = ends[-1].end() if ends else cut
        if head_at > cut and words(rest[head_at : run_on.start()]) <= _HEADING_WORDS:
            blocks.append(rest[cut:head_at].strip())
            cut = head_at
        blocks.append(rest[cut : run_on.start()].strip())
        cut = run_on.end()
    blocks.append(rest[cut:].strip())
    parted = tuple(b for b in blocks if b)
    return dataclasses.replace(d, blocks=parted) if len(parted) > 1 and not ends_sentence(parted[0]) else d
