"""A part's numbered heading run onto the end of the paragraph before it: "... quy luật thời tiết rất
chính xác.II. Giải thích câu tục ngữ ...", "... suy dinh dưỡng…2. ĐÁNH GIÁ"; or in capitals onto the text it
heads, "1. Ý TƯỞNG SẢN PHẨMNước ta là ..."; or with a space, "1. Hiện vật là cơ sở ... của bảo tàng Nói đến bảo
tàng là ...", where the text's first words are said in small letters elsewhere on the page. The heading stands on
a line of its own, its number read as a part's ("hai"), never spelled inside the sentence. A picture's numbered
text run onto the part's heading under it, "Chia sẻ kỹ thuật ... khu vườn 1Đất trồng cây chanh dây", leaves the
heading alone. A heading run with no space into the paragraph under it ("... hội thảoBất kỳ kế hoạch ...") is
parted from it (`heading_and_after`)."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, words

# a stop after a word in small letters, then "II." or "2." and a capitalised word
_GLUED_PART = re.compile(r"(?<=[a-zà-ỹđ]{2}[.!?…])(?=(?:[IVX]{1,4}|\d{1,2})\.\s+[A-ZĐÀ-Ỹ])")  # "... dinh dưỡng…2. ĐÁNH"
_NUMBERED = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\.\s+")
# a picture's text (four words or more, never a stop) and its number, glued to a heading of three words or more
_PICTURE_ON_HEADING = re.compile(
    r"^(?:[^.!?:;\s]+\s){3,30}[a-zà-ỹđ]+\s\d{1,2}(?P<head>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s[^.!?:;\s]+){2,14})$"
)
_HEADING_WORDS = 2


def _heading_glued(block: str) -> list[str]:
    """ "1. Ý TƯỞNG SẢN PHẨMNước ta là ...": a numbered heading in capitals glued to the text it heads: the heading
    and the text."""
    number = _NUMBERED.match(block)
    if number is None:
        return [block]
    for i in range(number.end() + 1, len(block) - 1):
        if block[i].isupper() and block[i + 1].islower():
            heading = block[:i]
            if not heading[-1:].isupper():
                break  # "1. NGHỀ LÀM NÓN LÁ Lê Thị Hồng ...": a writer's name after the title, a space between
            text = heading[number.end() :]
            if text.upper() == text and len(text.split()) >= _HEADING_WORDS:
                return [heading, block[i:]]
            break
    return [block]


def _heading_spaced(block: str, page: str) -> list[str]:
    """ "1. Hiện vật là cơ sở cho mọi hoạt động của bảo tàng Nói đến bảo tàng là ...": a numbered heading in small
    letters, a space, and the text it heads opening on a capital; the text's first two words said again on the
    page in small letters (so no name), the heading ending on no word that leads on."""
    number = _NUMBERED.match(block)
    said = block.split()
    if number is None or not ends_sentence(block):
        return [block]
    for k in range(_SPACED_HEADING_WORDS[0] + 1, min(len(said) - 1, _SPACED_HEADING_WORDS[1] + 2)):
        word, before = said[k], said[k - 1]
        if not (word[:1].isupper() and word[1:].islower() and before.islower() and before.isalpha()):
            continue
        if not all(w.islower() for w in said[2:k]):
            return [block]  # "1. Trần Văn An Lê Thị Bình Trường ...": names, never a heading in small letters
        heading, text = " ".join(said[:k]), " ".join(said[k:])
        opening = f" {word.lower()} {said[k + 1].lower()} "
        if before not in _LEADS_ON and not re.search(r"[,;:.!?]", heading[number.end() :]) and opening in f" {page} ":
            return [heading, text] if words(text) >= _SPACED_TEXT_WORDS else [block]
        return [block]
    return [block]


def _picture_off(block: str) -> str:
    picture = _PICTURE_ON_HEADING.match(block)
    return picture["head"] if picture else block


_SPACED_HEADING_WORDS = (4, 14)
_SPACED_TEXT_WORDS = 12
_LEADS_ON = frozenset("của và các những tại ở với cho về là được có trong từ theo như một".split())


def split_glued_part_numbers(d: Draft) -> Draft:
    """Each block parted where a numbered heading was glued to a sentence's stop."""
    parts = (part.strip() for block in d.blocks for part in _GLUED_PART.split(_picture_off(block)))
    blocks = tuple(piece for part in parts for piece in _heading_glued(part))
    page = " ".join(blocks)
    blocks = tuple(piece for block in blocks for piece in _heading_spaced(block, page))
    return d if blocks == d.blocks else dataclasses.replace(d, blocks=blocks)


# "Hợp tác xã được thành lậpÔng Nguyễn Hữu Dũng, ...": a heading, no space, then the caption or paragraph under it
_HEADING_GLUED_NO_SPACE = re.compile(
    rf"^(?P<heading>[{P.UPPER}][{P.LOWER}]+(?: [{P.LOWER}]+){{2,9}})(?=[{P.UPPER}][{P.LOWER}]+ )"
)
_CAPTION_WORDS = range(8, 46)
_PERSON = re.compile(
    r"(?:Ông|Bà|Anh|Chị|Đồng chí|Các đồng chí|Lãnh đạo|Đại diện|Cán bộ|Bác sĩ|Thầy|Cô|Người dân|Nông dân) "
)


def heading_and_after(block: str, title: str) -> list[str]:
    """ "<heading><caption>" -> [heading]: the one sentence about someone run into the heading with no space is its
    picture's caption; "<heading><paragraph>" -> [heading, paragraph]. The title's words glued to the text and
    a video's label are other rules' to take."""
    m = _HEADING_GLUED_NO_SPACE.match(block)
    if m is None or m["heading"].lower() in title.lower():
        return [block]
    rest = block[m.end() :].strip()
    sentences = re.search(r"[.!?]\s+\S", rest) is not None  # two or more, the last one cut short or not
    if not _PERSON.match(rest):  # "... phạm vi hội thảoBất kỳ kế hoạch ...": a paragraph of sentences under it
        return [m["heading"], rest] if sentences else [block]
    one_sentence = ends_sentence(rest) and not sentences
    return [m["heading"]] if one_sentence and words(rest) in _CAPTION_WORDS else [m["heading"], rest]
