"""Lines a page prints twice: a sentence of the text pulled out in large type, and a picture's caption telling, word
for word, what the text tells."""

from __future__ import annotations

import re

from .draft import ends_sentence, words

_PULL_SOURCE_WORDS = 20
_QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def pulled_from(block: str, earlier: tuple[str, ...]) -> bool:
    """`block` is what someone says in quotation marks in one of the `earlier` paragraphs."""
    said = _unquoted(block)
    quoted = (q for b in earlier if words(b) >= _PULL_SOURCE_WORDS for q in _QUOTED.findall(b))
    return any(said == _unquoted(q) for q in quoted)


ECHO_WORDS = 8


def echoes_the_text(block: str, others: tuple[str, ...]) -> bool:
    """An unstopped line of eight words or more whose words, in order, one sentence of the text
    says too, with no more words between them than the line has ("Ban tổ chức tặng giấy khen cho 20 giáo viên đạt giải
    ba" under a picture, "... tặng giấy khen cho 06 giáo viên đạt giải nhì, 20 giáo viên đạt giải
    ba và ..." in the text): the picture's caption, telling what the text tells."""
    if ends_sentence(block) or words(block) < ECHO_WORDS:
        return False
    line = re.findall(r"\w+", block.lower())
    for other in others:
        told = re.findall(r"\w+", other.lower())
        if len(told) <= len(line) or not ends_sentence(other):
            continue
        at = gap = 0
        for word in told:
            if at < len(line) and word == line[at]:
                at += 1
            elif 0 < at < len(line):
                gap += 1
        if at == len(line) and gap <= len(line):
            return True
    return False


def _unquoted(text: str) -> str:
    """Text as a pulled quotation compares: without quotes or closing marks, spaces as one."""
    return " ".join(re.sub(r"[\"“”'‘’.…!?]", "", text).split()).lower()
