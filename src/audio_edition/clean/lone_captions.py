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
_FIRST_PART = re.compile(r"(?:1|I)[.)]\s+\S")


def _heading(block: str) -> bool:
    return words(block) <= _HEADING_WORDS and not ends_sentence(block) and not block.rstrip().endswith(":")


def restates_title(line: str, title: str) -> bool:
    """Whether `line` tells the title's words again, in any order, one word at most of its own."""
    said, told = set(_WORD.findall(line.casefold())), set(_WORD.findall(title.casefold()))
    return len(said - told) <= 1 and len(said & told) >= _TITLE_SHARE * len(told)


def _title_caption(b: tuple[str, ...], i: int) -> bool:
    """ "Nguyên nhân và cách khắc phục quạt trần bị rung lắc" under the paragraph closing one part of a guide titled
    "Nguyên nhân quạt trần bị lắc và cách khắc phục hiệu quả", over the next part's heading: the title's words told
    again, in another order, one word at most of its own; the picture's caption, between parts."""
    text = b[i].strip()
    if not _TITLE_CAPTION_WORDS[0] <= words(text) <= _TITLE_CAPTION_WORDS[1] or ends_sentence(text) or text == b[0]:
        return False
    echoes = restates_title(text, b[0])
    parted = any(_heading(x) for x in b[2 : i - 1]) or _FIRST_PART.match(b[i + 1]) is not None  # or over part one
    between_parts = ends_sentence(b[i - 1]) and _heading(b[i + 1]) and parted
    return echoes and between_parts


_BACK_REFERENCE = re.compile(r"(?i:\b(?:vấn đề|tình trạng|hiện tượng|lỗi|trường hợp|sự cố|phương pháp|cách làm) này\b)")
_PART_CAPTION_WORDS = (5, 15)
_SHARED_WITH_HEADING = 4
_OPENING_WORDS = 10


def _part_caption(b: tuple[str, ...], i: int) -> bool:
    """ "Lọc gió điều hòa ô tô bẩn làm giảm hiệu quả làm mát" between two paragraphs of the part headed "Lọc gió điều
    hòa bị bẩn – Nguyên nhân ...", the paragraph under it going on about "vấn đề này": its picture's caption, saying
    the heading's words again, never the next part's heading; so too right under a numbered part's heading ("1. Cách
    làm áo len ..." / "Cách chữa áo len bị dão, mất form" / "Để thực hiện phương pháp này, ...")."""
    text = b[i].strip()
    if not _PART_CAPTION_WORDS[0] <= words(text) <= _PART_CAPTION_WORDS[1] or ends_sentence(text):
        return False
    under_heading = P.NUMBERED_PART.match(b[i - 1]) is not None  # "1. Cách làm áo len ...", "II. ..."
    if not ((ends_sentence(b[i - 1]) or under_heading) and _paragraph(b[i + 1])):
        return False
    if not _BACK_REFERENCE.search(" ".join(b[i + 1].split()[:_OPENING_WORDS])):
        return False
    unstopped = (x for x in reversed(b[1:i]) if not ends_sentence(x) and words(x) <= _TITLE_CAPTION_WORDS[1])
    heading = next(unstopped, "")
    said = set(_WORD.findall(text.casefold()))
    return len(said & set(_WORD.findall(heading.casefold()))) >= _SHARED_WITH_HEADING


_HEADING_START_WORDS = (4, 12)
_NEXT_HEADING_WORDS = 25


def _next_heading_start(b: tuple[str, ...], i: int) -> bool:
    """ "Xe ô tô hết nước làm mát" under a paragraph, over the heading "Xe ô tô hết nước làm mát có sao không? ...":
    the picture's text, the heading's first words, over the part it opens."""
    text = b[i].strip()
    return (
        _HEADING_START_WORDS[0] <= words(text) <= _HEADING_START_WORDS[1]
        and not ends_sentence(text)
        and ends_sentence(b[i - 1])
        and b[i + 1].startswith(text + " ")
        and words(b[i + 1]) <= _NEXT_HEADING_WORDS
    )


def _heading_cut_short(line: str, heading: str) -> bool:
    """Whether `line` is the numbered `heading`'s words, its number gone and its last word at most."""
    bare = re.sub(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+", "", heading).casefold()
    said = line.strip().casefold()
    return words(said) >= _HEADING_START_WORDS[0] and bare.startswith(said) and words(bare) - words(said) <= 1


def _under_numbered_heading(b: tuple[str, ...], i: int) -> bool:
    """ "1. Nguyên nhân khiến áo bị co rút" / "Quần áo bị co sau khi giặt, đừng vội bỏ ..." / "Nguyên nhân khiến áo bị
    co": under a part's numbered heading, its picture's caption and its text, the heading again cut short."""

    def copy(j: int) -> bool:
        return any(
            0 <= k < j and P.NUMBERED_PART.match(b[k]) and _heading_cut_short(b[j], b[k]) for k in (j - 1, j - 2)
        )

    caption = (
        P.NUMBERED_PART.match(b[i - 1]) is not None
        and i + 1 < len(b)
        and not ends_sentence(b[i])
        and words(b[i]) <= _TYPED_TEXT_WORDS
        and copy(i + 1)
    )
    return copy(i) or caption


_TYPED_TEXT_WORDS = 20
_LETTERED_ITEM = re.compile(r"[a-zđ]{1,2}[.)/]\s")


def _typed_picture_text(b: tuple[str, ...], i: int, listed: frozenset[str]) -> bool:
    """ "xử lý cần gạt mưa" alone between a paragraph and the next part's heading: a picture's text typed in small
    letters, no stop; a list's item in small letters has others beside it, or a bullet."""
    text = b[i].strip()
    after = b[i + 1].strip() if i + 1 < len(b) else ""
    return (
        text[:1].islower()
        and not _LETTERED_ITEM.match(text)  # "a) Đọc mẫu": a lettered part's heading
        and not ends_sentence(text)
        and words(text) <= _TYPED_TEXT_WORDS
        and b[i] not in listed
        and not (i + 1 < len(b) and b[i + 1] in listed)  # "bài liên quan mới nhất" over its links: a box's header
        and text.split()[0].islower()  # never a brand's "iPhone 13"
        and ends_sentence(b[i - 1])
        and not b[i - 1].rstrip().endswith(":")  # "Các loại máy ấp gồm:" over "máy ấp mini": the list it opens
        and next((c for c in b[i - 1] if c.isalpha()), "").isupper()  # "👉 Hậu quả ...": its first letter
        and (not after[:1].islower() or _LETTERED_ITEM.match(after) is not None)
    )


def drop_lone_restating_captions(d: Draft) -> Draft:
    """Each short sentence alone between two paragraphs that says again, in runs of three words, what they tell; in a
    news story, each clause without a stop alone between two paragraphs; the title's words again between two parts;
    the part's heading's words again inside the part; the next heading's first words over it; a picture's text typed in
    small letters alone under a paragraph; a numbered heading's picture text and caption under it."""
    b = d.blocks
    news = sum(bool(_SAID.search(x)) for x in b) >= _REPORTED
    found = {
        i
        for i in range(1, len(b) - 1)
        if _lone_caption(b[i], b[i - 1], b[i + 1])
        or (news and _story_caption(b[i], b[i - 1], b[i + 1]))
        or (i > 1 and _title_caption(b, i))
        or (i > 2 and _part_caption(b, i))
        or (i > 1 and (_next_heading_start(b, i) or _typed_picture_text(b, i, d.listed)))
        or (i > 1 and _under_numbered_heading(b, i))
    }
    return d if not found else dataclasses.replace(d, blocks=tuple(x for k, x in enumerate(b) if k not in found))
