"""A picture's caption with no credit, known by what it names: a short line between two paragraphs that names
something the paragraph over it has just told of ("Đền Thượng Ba Vì" under a paragraph on the temples of Ba Vì), or
repeats its words ("Tần dày lá." under "... 5 - 7 lá tần dày lá ...")."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

_NAMED_WORDS = 6  # "Đền Thượng Ba Vì": a caption naming a place or a thing, its last word a name
_ECHO_WORDS = 4  # "Tần dày lá.": a caption of a few words, the text's own
_PARAGRAPH_WORDS = 12
_NEAR_BLOCKS = 6  # a picture sits near the lines it shows
_NUMBERED = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s")
_WORD = re.compile(r"[^\W\d_]+")


def drop_echoing_captions(d: Draft) -> Draft:
    """An unstopped line of a few words ending in a name, every word of it told in the paragraph above (in its
    part, over the next part's numbered heading), or a
    stopped line of a few words the paragraph above says word for word, between that paragraph and the next (or
    the next part's numbered heading, or a label over a list): a picture's caption, not read and never a chapter."""
    blocks = d.blocks
    drop: set[int] = set()
    part_start = 1
    for i in range(2, len(blocks) - 1):
        block = blocks[i]
        if _NUMBERED.match(block):
            part_start = i
            continue
        above, below = blocks[i - 1], blocks[i + 1]
        between = _paragraph(above) and (_paragraph(below) or _NUMBERED.match(below) is not None or below.endswith(":"))
        near = " ".join(blocks[max(part_start, i - _NEAR_BLOCKS) : i])
        # over the next part's heading a line heads nothing: what the whole part told of, it names
        # over a paragraph, a heading could name its topic ("Nguồn gốc cá Koi"): only a name, every word capitalised
        closing = _NUMBERED.match(below) is not None
        told = " ".join(blocks[part_start:i]) if closing else above
        if between and (_names_what_is_told(block, told, closing) or _repeats(block, near)):
            drop.add(i)
    if not drop:
        return d
    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if i not in drop))


def _paragraph(block: str) -> bool:
    return ends_sentence(block) and words(block) >= _PARAGRAPH_WORDS


def _names_what_is_told(block: str, above: str, closing: bool) -> bool:
    said = _WORD.findall(block)
    if not said or ends_sentence(block) or len(said) > _NAMED_WORDS or not said[-1][0].isupper():
        return False
    if not closing and not all(w[0].isupper() for w in said):
        return False
    told = {w.lower() for w in _WORD.findall(above)}
    return len(said) >= 2 and all(w.lower() in told for w in said)


def _repeats(block: str, above: str) -> bool:
    phrase = block.rstrip().removesuffix(".")
    return (
        block.rstrip().endswith(".")
        and not phrase.endswith(".")
        and 2 <= words(phrase) <= _ECHO_WORDS
        and re.search(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", above.lower()) is not None
    )


# "... tổng kết hoạt động Hội năm 2020.Lãnh đạo thành phố tham dự buổi họp mặt": the next picture's
# caption run onto the paragraph's last stop with no space, unstopped
_GLUED_CLOSING_CAPTION = re.compile(r"(?<=[^\W_]{2}[.!?])(?P<caption>[A-ZĐÀ-Ỹ][^.!?]{10,120})$")
_GLUED_CAPTION_WORDS = (5, 14)
_UNSPACED = re.compile(r"[,.;:!?][^\W\d_]")


def drop_glued_closing_captions(d: Draft) -> Draft:
    """A paragraph without the caption glued to its last stop."""

    def without(block: str) -> str:
        m = _GLUED_CLOSING_CAPTION.search(block)
        if m is None or not _GLUED_CAPTION_WORDS[0] <= words(m["caption"]) <= _GLUED_CAPTION_WORDS[1]:
            return block  # "... nguồn sáng.Khoảng trống": a few words, the next part's heading
        if words(block[: m.start()]) < _PARAGRAPH_WORDS or _UNSPACED.search(block, 0, m.start() - 1):
            return block  # "Bãi Khem,Bãi Sao.Đến ...": a page that leaves out every space after its marks
        return block[: m.start()]

    return dataclasses.replace(d, blocks=tuple(without(b) for b in d.blocks))


_PICTURE_TEXT = re.compile(r"^(?:Hình ảnh|Ảnh)\s+(?P<subject>[^.!?]{3,80})$")


def drop_picture_text_and_caption(d: Draft) -> Draft:
    """ "Hình ảnh quả ngũ vị tử" over "Quả Ngũ vị tử": a picture's text naming it, and its caption naming
    the same thing, neither read."""
    blocks, gone = d.blocks, set()
    for i in range(1, len(blocks) - 1):
        m = _PICTURE_TEXT.match(blocks[i])
        if m and blocks[i + 1].strip().lower() == m["subject"].strip().lower():
            gone |= {i, i + 1}
    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if i not in gone))
