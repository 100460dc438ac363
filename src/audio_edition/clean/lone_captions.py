"""A picture's caption printed as one short sentence between two paragraphs of a story ("Một mẫu đèn năng lượng mặt
trời được lắp tại trang trại chăn nuôi." between the paragraph about the farmer's lamps and the next about a
neighbour's): it names again, three words in a row and more than once, what the paragraph over it and the one under
it tell, and says nothing of its own, no figure, no quote, no clause after a comma. In a news story a clause without a
stop, too long for its subheadings, between two paragraphs is a caption too ("Lễ hội thành Tuyên mấy năm gần đây
thu hút đông đảo du khách"). They are not read."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, words

_CAPTION_WORDS = (8, 24)
_AROUND_WORDS = 25
_SHARED_TRIGRAMS = 2  # on each side: a caption sits between the paragraphs its picture shows
_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+\S")
_OWN_WORDS = re.compile(r"[\d,;:\"“”'‘’()–—]|…|\.\.|\s-\s")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    said = [w.casefold() for w in _WORD.findall(text)]
    return set(zip(said, said[1:], said[2:]))


def _paragraph(block: str) -> bool:
    return words(block) >= _AROUND_WORDS or _SENTENCE_BREAK.search(block) is not None


def _lone_caption(line: str, over: str, under: str) -> bool:
    text = line.strip()
    if not (_CAPTION_WORDS[0] <= words(text) <= _CAPTION_WORDS[1] and text.endswith(".")):
        return False
    if P.HOWTO_HEADING.match(text):  # "Phân loại các chủ thể cần công bố thông tin ...": a part's heading, stopped
        return False
    if _OWN_WORDS.search(text[:-1]) or _SENTENCE_BREAK.search(text) or not (_paragraph(over) and _paragraph(under)):
        return False
    said = _trigrams(text)
    return len(said & _trigrams(over)) >= _SHARED_TRIGRAMS and len(said & _trigrams(under)) >= _SHARED_TRIGRAMS


_STORY_CAPTION_WORDS = (10, 16)
_SAID = re.compile(r"\b(?:cho biết|cho hay|nói|khẳng định|chia sẻ)\b")
_REPORTED = 2  # paragraphs that report what someone said: a news story


def _story_caption(line: str, over: str, under: str) -> bool:
    """ "Lễ hội thành Tuyên mấy năm gần đây thu hút đông đảo du khách" between two paragraphs of a news story: a clause
    too long for a story's subheading, no stop, comma, figure or field, nor capitals on most words."""
    text = line.strip()
    if not _STORY_CAPTION_WORDS[0] <= words(text) <= _STORY_CAPTION_WORDS[1] or ends_sentence(text):
        return False
    if (
        re.search(r"[\d:?;(),]", text)
        or P.HOWTO_HEADING.match(text)
        or sum(w[:1].isupper() for w in text.split()) * 2 > words(text)
    ):
        return False
    return words(over) >= _AROUND_WORDS and words(under) >= _AROUND_WORDS


_TITLE_CAPTION_WORDS = (6, 20)
_HEADING_WORDS = 10
_TITLE_SHARE = 0.75


def _heading(block: str) -> bool:
    return words(block) <= _HEADING_WORDS and not ends_sentence(block) and not block.rstrip().endswith(":")


def _title_caption(b: tuple[str, ...], i: int) -> bool:
    """ "Nguyên nhân và cách khắc phục quạt trần bị rung lắc" under the paragraph closing one part of a guide titled
    "Nguyên nhân quạt trần bị lắc và cách khắc phục hiệu quả", over the next part's heading: the title's words told
    again, in another order, one word at most of its own; the picture's caption, between parts."""
    text = b[i].strip()
    if not _TITLE_CAPTION_WORDS[0] <= words(text) <= _TITLE_CAPTION_WORDS[1] or ends_sentence(text) or text == b[0]:
        return False
    said, title = set(_WORD.findall(text.casefold())), set(_WORD.findall(b[0].casefold()))
    echoes = len(said - title) <= 1 and len(said & title) >= _TITLE_SHARE * len(title)
    between_parts = ends_sentence(b[i - 1]) and _heading(b[i + 1]) and any(_heading(x) for x in b[2 : i - 1])
    return echoes and between_parts


def drop_lone_restating_captions(d: Draft) -> Draft:
    """Each short sentence alone between two paragraphs that says again, in runs of three words, what they tell; in a
    news story, each clause without a stop alone between two paragraphs; the title's words again between two parts."""
    b = d.blocks
    news = sum(bool(_SAID.search(x)) for x in b) >= _REPORTED
    found = {
        i
        for i in range(1, len(b) - 1)
        if _lone_caption(b[i], b[i - 1], b[i + 1])
        or (news and _story_caption(b[i], b[i - 1], b[i + 1]))
        or (i > 2 and _title_caption(b, i))
    }
    return d if not found else dataclasses.replace(d, blocks=tuple(x for k, x in enumerate(b) if k not in found))
