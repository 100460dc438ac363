"""A picture's caption with no credit, known by what it names: a short line between two paragraphs that names
something the paragraph over it has just told of ("Đền Thượng Ba Vì" under a paragraph on the temples of Ba Vì), or
repeats its words ("Tần dày lá." under "... 5 - 7 lá tần dày lá ..."), or names again the subject the paragraph
over it opened with, a heading under it."""

from __future__ import annotations

import dataclasses
import re

from ..text.sentences import ends_on_abbreviation
from . import patterns as P
from .draft import Draft, ends_sentence, words

_NAMED_WORDS = 6  # "Đền Thượng Ba Vì": a caption naming a place or a thing, its last word a name
_ECHO_WORDS = 4  # "Tần dày lá.": a caption of a few words, the text's own
_CLOSING_WORDS = 10  # a caption over the next part's heading, every word of it its part's
_PARAGRAPH_WORDS = 12
_NEAR_BLOCKS = 6  # a picture sits near the lines it shows
_NUMBERED = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s")
_WORD = re.compile(r"[^\W\d_]+")


def drop_echoing_captions(d: Draft) -> Draft:
    """An unstopped line of a few words ending in a name, every word of it told in the paragraph above (or of up to
    ten words, every one told in its part, over the next part's numbered heading), or a
    stopped line of a few words the paragraph above says word for word, between that paragraph and the next (or
    the next part's numbered heading, or a label over a list): a picture's caption, not read and never a chapter; a
    picture's text and its caption saying it again with more, over the next part's numbered heading, neither read."""
    blocks, listed = d.blocks, d.listed
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
        elif between and _opens_on_words_above(block, above):
            drop.add(
                i
            )  # "Các đồng chí lãnh đạo phường Phù Liễn tham dự ..." under "... các đồng chí lãnh đạo phường ..."
        elif between and _shows_person_above(block, above):
            drop.add(i)  # "Hiện trang trại của anh Đỗ Cao Chí có 200 con dê" under the paragraph naming him
        elif _paragraph(above) and _subject_again(block, above) and _heading_over_text(blocks, i + 1):
            drop.add(i)  # "Tôm thẻ chân trắng" under "Tôm thẻ chân trắng (...) là loài ...", over the next heading
        elif _paragraph(above) and _text_and_caption_over_part(blocks, i):
            drop |= {i, i + 1}  # "Nệm cứng và nệm mềm" / "Nệm cứng và nệm mềm được làm từ ..." / "2. Đặc điểm ..."
        elif (
            _NUMBERED.match(above) and _paragraph(below) and block not in listed and _heading_words_again(block, above)
        ):
            drop.add(i)  # "2. Chuẩn bị dụng cụ ... vệ sinh tai nghe" / "Dụng cụ vệ sinh tai nghe": its picture
    if not drop:
        return d
    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if i not in drop))


def _text_and_caption_over_part(blocks: tuple[str, ...], i: int) -> bool:
    """Whether blocks[i], a few words unstopped, and the line under it, saying them again and more, unstopped, stand
    over the next part's numbered heading: a picture's text and its caption, heading nothing."""
    block, below = blocks[i], blocks[i + 1]
    extends = below.lower().startswith(block.lower() + " ") and not ends_sentence(below)
    return extends and not ends_sentence(block) and i + 2 < len(blocks) and _NUMBERED.match(blocks[i + 2]) is not None


def _heading_words_again(block: str, heading: str) -> bool:
    """Whether `block`, a few words unstopped, says only words of the numbered heading over it: its picture's
    caption ("Dụng cụ vệ sinh tai nghe" under "2. Chuẩn bị dụng cụ cần thiết khi vệ sinh tai nghe")."""
    said, told = _WORD.findall(block.lower()), set(_WORD.findall(heading.lower()))
    return not ends_sentence(block) and 2 <= len(said) <= _NAMED_WORDS and all(w in told for w in said)


def _paragraph(block: str) -> bool:
    return ends_sentence(block) and words(block) >= _PARAGRAPH_WORDS


def _names_what_is_told(block: str, above: str, closing: bool) -> bool:
    said = _WORD.findall(block)
    if not said or ends_sentence(block):
        return False
    named = len(said) <= _NAMED_WORDS and said[-1][0].isupper() and (closing or all(w[0].isupper() for w in said))
    # "Dây nguồn nồi cơm điện bị hỏng" over "2. Phích cắm lỏng": a heading never heads nothing
    if not named and not (closing and len(said) <= _CLOSING_WORDS):
        return False
    told = {w.lower() for w in _WORD.findall(above)}
    return len(said) >= 2 and all(w.lower() in told for w in said)


_ECHOED_OPENING = 6  # words a caption opens with that the paragraph above says in a row
_GROUP_SHOWN = re.compile(r"(?:Các|Lãnh đạo|Đại diện|Đoàn)\s")  # who stands in a group photo
_ONE_SENTENCE_CAPTION = 16


def _opens_on_words_above(block: str, above: str) -> bool:
    """Whether `block`, one short sentence, opens with words the paragraph above says in a row: a picture of what it
    told, captioned with its words."""
    said = [w.lower() for w in _WORD.findall(block)]
    if not _ECHOED_OPENING <= len(said) <= _ONE_SENTENCE_CAPTION or not _GROUP_SHOWN.match(block):
        return False
    if not block.rstrip().endswith(".") or re.search(r"[.!?]\s", block.strip()):
        return False
    told = " ".join(w.lower() for w in _WORD.findall(above))
    return f" {' '.join(said[:_ECHOED_OPENING])} " in f" {told} "


# "anh Đỗ Cao Chí", "bà Nguyễn Thị Lan": a person, named by how one addresses them and a full name
_PERSON = re.compile(
    rf"\b(?:anh|chị|ông|bà|cô|chú|cụ|em) (?P<name>[{P.UPPER}][{P.LOWER}]+(?: [{P.UPPER}][{P.LOWER}]+){{1,3}})"
)
_PERSON_CAPTION_WORDS = (5, 16)


def _shows_person_above(block: str, above: str) -> bool:
    """Whether `block`, an unstopped line, names by their full name someone the paragraph above introduced: a
    picture of them, its caption; a heading does not name the people of the story."""
    if ends_sentence(block) or not _PERSON_CAPTION_WORDS[0] <= words(block) <= _PERSON_CAPTION_WORDS[1]:
        return False
    return any(m["name"] in above for m in _PERSON.finditer(block))


def _subject_again(block: str, above: str) -> bool:
    """Whether `block`, a few words unstopped, is the subject the paragraph above opened with."""
    opens = above.lower().startswith(block.lower() + " ")
    return opens and not ends_sentence(block) and 2 <= words(block) <= _NAMED_WORDS


def _heading_over_text(blocks: tuple[str, ...], k: int) -> bool:
    """Whether blocks[k] is a short unstopped heading with text under it."""
    return k + 1 < len(blocks) and not ends_sentence(blocks[k]) and words(blocks[k]) <= _PARAGRAPH_WORDS


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
        if ends_on_abbreviation(block[: m.start()]):
            return block  # "... sinh sống ở Tp.HCM và các tỉnh lân cận": a place's dotted abbreviation
        return block[: m.start()]

    return dataclasses.replace(d, blocks=tuple(without(b) for b in d.blocks))


# "Ban tổ chức chào mừng quan khách, đồng hương và các em thiếu nhi tham dự,": a picture's caption that a page left
# with a comma, alone between two paragraphs; never a letter's greeting ("Kính thưa quý vị,")
_COMMA_CAPTION_WORDS = (5, 16)
_ADDRESSED = re.compile(r"(?i:kính|thưa|thân|gửi|chào|xin chào|dear|hi|hello)\b|.*\b(?i:thân mến|thương mến|ơi)\s*,$")


def drop_comma_captions(d: Draft) -> Draft:
    """A short line closed by a comma between two paragraphs of sentences: a caption, not read."""
    blocks = d.blocks

    def caption(i: int) -> bool:
        block = blocks[i].rstrip()
        if not 0 < i < len(blocks) - 1 or not block.endswith(",") or _ADDRESSED.match(block):
            return False
        before, after = blocks[i - 1], blocks[i + 1]
        paragraphs = all(words(b) >= _PARAGRAPH_WORDS and ends_sentence(b) for b in (before, after))
        return paragraphs and _COMMA_CAPTION_WORDS[0] <= words(block) <= _COMMA_CAPTION_WORDS[1]

    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if not caption(i)))


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


# "Tự sửa chữa máy giặt LGVới sự ra đời ...": a picture's text, the title's words, run into the first paragraph
_GLUED_OPENING = re.compile(rf"(?<=[^\W\d_])(?=[{P.UPPER}][{P.LOWER}]+\s)")
_ALT_WORDS = (3, 12)
_TITLE_SHARE = 0.8


def drop_title_text_glued_to_paragraph(d: Draft) -> Draft:
    """A paragraph that opens with the headline's words glued to its first word, no space ("... máy giặt LGVới sự ra
    đời", "... không mở được cửaNgoài ra, ..." further down): the picture's text goes, the paragraph stays."""
    if len(d.blocks) < 2:
        return d
    title = {w.lower() for w in _WORD.findall(d.blocks[0])}
    blocks = list(d.blocks)
    for i in range(1, len(blocks)):
        for m in _GLUED_OPENING.finditer(blocks[i]):
            alt, rest = blocks[i][: m.start()], blocks[i][m.start() :]
            alt_words = [w.lower() for w in _WORD.findall(alt)]
            if not (_ALT_WORDS[0] <= len(alt_words) <= _ALT_WORDS[1]) or re.search(r"[.!?:;,]", alt):
                break
            whole = alt_words[-1] in title  # never "... điện Vin|Fast là ...", a brand's capital inside its name
            if (
                whole
                and sum(w in title for w in alt_words) >= _TITLE_SHARE * len(alt_words)
                and words(rest) >= _PARAGRAPH_WORDS
            ):
                blocks[i] = rest
                return dataclasses.replace(d, blocks=tuple(blocks))
    return d


def drop_numbered_title_pictures(d: Draft) -> Draft:
    """ "Ký túc xá tư nhân hút sinh viên ảnh 1 Các phòng ký túc xá ... thu hút sinh viên.": a picture's text, the
    headline and its number ("ảnh 1"), glued to the picture's caption; the line goes, caption and all. The headline
    and its number alone ("Những lỗi thường gặp ... cách khắc phục 1") is a picture's text too, and the short line
    without a stop under it, over the text, the picture's caption ("Đèn tích điện ... rộng rãi trong đời sống")."""
    if not d.blocks:
        return d
    title = re.escape(d.blocks[0].strip())
    numbered = re.compile(rf"{title}\s+(?i:ảnh|hình)\s+\d{{1,2}}\b")
    alone = re.compile(rf"{title}\s+\d{{1,2}}")
    b, dropped = d.blocks, set()
    for i in range(1, len(b)):
        if numbered.match(b[i].strip()):
            dropped.add(i)
        elif alone.fullmatch(b[i].strip()):
            dropped.add(i)
            if i + 2 < len(b) and _caption_under_picture(b[i + 1]):
                dropped.add(i + 1)
    return d if not dropped else dataclasses.replace(d, blocks=tuple(x for k, x in enumerate(b) if k not in dropped))


_UNDER_PICTURE_WORDS = 20


def _caption_under_picture(block: str) -> bool:
    """A short line without a stop, no part's number, field or question, nor a heading's capitals on every word
    ("Những Biểu Hiện Đặc Trưng Khi Cá Koi ..."): what a picture's caption looks like."""
    text = block.strip()
    capitals = sum(w[:1].isupper() for w in text.split())
    return (
        words(text) <= _UNDER_PICTURE_WORDS
        and capitals * 2 <= words(text)
        and not ends_sentence(text)
        and not re.match(r"\d|(?i:bước|phần)\b", text)
        and not text.endswith((":", "?"))
    )


_ALTERNATE_WORDS = (6, 12)  # "Cảm quan đã thấy bát bún riêu ngon miệng.": a caption's one short sentence
_AROUND_WORDS = 25
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+\S")


def drop_alternating_captions(d: Draft) -> Draft:
    """Two or more lines of one short sentence, each between two paragraphs of two sentences or more and naming
    again, two words in a row, what the paragraph over or under it tells ("Người Hà Nội có cách nấu bún riêu ngon khó
    cưỡng." between "... người Hà Nội cũng có cách làm riêng." and "Người Hà Nội khá cầu kỳ khi chọn cua. ..."):
    pictures' captions between the paragraphs, not read."""
    b = d.blocks

    def paragraph(k: int) -> bool:
        return 0 <= k < len(b) and words(b[k]) >= _AROUND_WORDS and _SENTENCE_BREAK.search(b[k]) is not None

    def caption(i: int) -> bool:
        short = _ALTERNATE_WORDS[0] <= words(b[i]) <= _ALTERNATE_WORDS[1] and b[i].rstrip().endswith(".")
        return short and not _SENTENCE_BREAK.search(b[i]) and paragraph(i - 1) and paragraph(i + 1)

    found = [i for i in range(1, len(b) - 1) if caption(i) and (_echoes(b[i], b[i - 1]) or _echoes(b[i], b[i + 1]))]
    if len(found) < 2:
        return d
    return dataclasses.replace(d, blocks=tuple(x for k, x in enumerate(b) if k not in found))


def _echoes(line: str, paragraph: str) -> bool:
    said = [w.lower() for w in _WORD.findall(line)]
    pairs = {f"{a} {c}" for a, c in zip(said, said[1:])}
    told = [w.lower() for w in _WORD.findall(paragraph)]
    return any(f"{a} {c}" in pairs for a, c in zip(told, told[1:]))
