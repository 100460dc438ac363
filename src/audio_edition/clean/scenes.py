"""A photo caption printed without its credit: a short line beside a picture that names what is
shown ("Hiện trường vụ tai nạn") or places its subject ("Các bị cáo tại phiên xét xử"), with no
final full stop. The words that mark one are data files."""

from __future__ import annotations

import re
from functools import lru_cache

from .draft import ends_sentence, words
from .wordlists import word_list

_MAX_WORDS = 14


def _alternatives(name: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_list(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    opener = re.compile(rf"^(?:{_alternatives('caption_openers.txt')})\s+\S")
    at_event = re.compile(rf"\stại\s+(?i:{_alternatives('caption_events.txt')})(?:\s+[^\s.!?:]+){{0,3}}\s*$")
    return opener, at_event


def is_scene_caption(block: str) -> bool:
    """Whether `block` is a picture's caption without a credit."""
    if words(block) > _MAX_WORDS or ends_sentence(block) or block.rstrip().endswith((":", ",", ";")):
        return False
    opener, at_event = _patterns()
    return bool(opener.match(block) or at_event.search(block))
