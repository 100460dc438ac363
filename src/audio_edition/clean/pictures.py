"""Captions found by the room a picture left in a scrape: a plain-text copy of a page keeps empty
lines (or lines of spaces) where each picture stood, so the short lines beside such a gap are its
caption. Seen only while the scrape's lines and the gaps between them are still known."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .datelines import dateline
from .draft import ends_sentence, words
from .patterns import CONNECTIVE, FIGURE_CELL, HOWTO_HEADING, READINGS, SERIAL_TITLE, STEP_LABEL
from .wordlists import word_list

_MAX_CAPTION_WORDS = 25
_MIN_BESIDE_WORDS = 8  # a shorter line beside a picture may be the heading over it
_MAX_GALLERY_WORDS = 15
_MIN_GALLERY = 3
_MAX_TRAILER_WORDS = 6  # what may follow a gallery at the article's end ("Để lại một bình luận")


@dataclass(frozen=True)
class Line:
    """A non-empty line of the scrape and the gap before it: how many empty lines, and whether
    one of them held only spaces (a picture's empty cell); and the bullet that opened it, if any."""

    text: str
    gap: int
    spaced: bool = False
    bullet: str = ""

    @property
    def bulleted(self) -> bool:
        return self.bullet != ""


_PARAGRAPH_WORDS = 20
# "Kính gửi: Quý phụ huynh": a notice's addressee, the notice under it, with no pictures
_ADDRESSEE = re.compile(r"(?i:kính gửi)\s*:")
_NUMBERED = re.compile(
    r"\(?[\dA-Za-z]{1,2}[.):/]\s|\d{1,2}(?:\.\d{1,2})+\.?\s|(?:[IVX]{1,4}|\d{1,2})\s?[.):–-]\s|" + STEP_LABEL.pattern
)  # "1. Thánh lễ ...", "1.2. Do các bệnh ...", "Bước 3: ...", a numeral: "III. ...", "I- CHUỒNG ...", "2- Phát ..."


def _liturgy(text: str) -> bool:
    """Whether a line cites the Bible by book, chapter and verse ("St 18,20-32; Cl 2,12-14": the day's readings),
    or heads a part of the Mass ("Ca nhập lễ", "ĐÁP CA – ...")."""
    lowered = text.lower()
    return READINGS.match(text) is not None or any(lowered.startswith(part) for part in word_list("liturgy_parts.txt"))


_PART_LABEL = re.compile(r"(?i:phần|chương|mục|bài|tập|quyển)\s+(?:[IVX]{1,4}|\d{1,2})[.:]?")


def picture_captions(lines: list[Line]) -> set[int]:
    """The indexes of `lines` that are pictures' captions.

    - A short line without closing punctuation after a gap wider than the page's usual one, with
      a paragraph after it (the caption under its picture).
    - A line of 8 to 25 words without closing punctuation beside a picture's room: a gap two
      lines wider than usual, or one holding a line of spaces.
    - One sentence between two pictures' rooms, or under a wider gap than usual with a paragraph
      after it, even with its full stop.
    - One short sentence under a picture's text typed without marks that the rules above found.
    - A run of three or more short one-sentence lines each beside such a room (a gallery), or
      packed together without a gap on a page whose paragraphs stand apart.
    Under a notice's addressee ("Kính gửi: ...") no line is a caption: a school's or an office's
    notice parts its lines with empty paragraphs, not pictures."""
    if len(lines) < 3:
        return set()
    most_common_gap = Counter(line.gap for line in lines[1:]).most_common(1)[0][0]
    usual = max(most_common_gap, 1)

    def room(i: int) -> bool:
        """Whether a picture stood just before line `i`."""
        return 0 < i < len(lines) and (lines[i].gap >= usual + 2 or lines[i].spaced)

    # "Học bổng chính phủ Nhật" ... "Học bổng hỗ trợ ...": the page's parts, each after a wider gap, named alike
    opener = Counter(_opener(line.text) for line in lines if line.gap > usual and not ends_sentence(line.text))
    found = set()
    for i, line in enumerate(lines[2:-1], start=2):
        after = lines[i + 1]
        under = (
            line.gap > usual
            and after.gap <= usual
            and ends_sentence(after.text)
            and words(after.text) >= 8
            and words(line.text) <= _MAX_CAPTION_WORDS
            # over it a paragraph, with its stop or long enough to be one ("Từ 20-12-2018 ... Hà Nội")
            and (ends_sentence(lines[i - 1].text) or words(lines[i - 1].text) >= _PARAGRAPH_WORDS)
        )
        beside = _MIN_BESIDE_WORDS <= words(line.text) <= _MAX_CAPTION_WORDS and (room(i) or room(i + 1))
        # one sentence with pictures' rooms on both sides, or after a wider gap than the page's,
        # is a caption however it ends
        framed = room(i) and room(i + 1) and _sentences(line.text) <= 1 and words(line.text) <= _MAX_CAPTION_WORDS
        lone = (
            under
            and _sentences(line.text) <= 1
            and words(line.text) >= _MIN_BESIDE_WORDS
            and not line.text.endswith((":", ";"))
        )
        numbered = _NUMBERED.match(line.text) is not None  # "1. Thánh lễ Minh Niên ...": a part's heading
        numbered = numbered or SERIAL_TITLE.search(line.text) is not None  # "Ký sự: VÕ LÂM ... (Kỳ II)": a series' part
        goes_on = CONNECTIVE.match(line.text) is not None  # "Trước hết là Mid-Autumn ...": the text going on
        dated = dateline(lines[i - 1].text) is not None  # "Thứ Năm, 29 tháng 1, 2015" over it: a post's title
        asks = line.text.rstrip().endswith("?")  # "Những loại vật dụng nào ...?": a heading asks, a caption tells
        heads = _heads(line.text, after.text)  # "Nguồn gốc và xuất xứ" over "Thanh long có nguồn gốc ...": a part
        heads = heads or HOWTO_HEADING.match(line.text) is not None  # "Dấu hiệu cho thấy ắc quy cần ...": a guide's
        heads = heads or (under and not beside and opener[_opener(line.text)] >= _SERIES)
        heads = heads or _printed_again(line.text, lines[i + 2 :])  # the heading, its picture's copy later
        # "Đối tượng được cấp ...:", "Hồ sơ ... cần chuẩn bị" over "1) Hộ chiếu": a label over what it introduces
        # (a numbered part after the first, "2. Cách viết ...", opens no list under it)
        introduces = line.text.rstrip().endswith(":") or (
            _NUMBERED.match(after.text) is not None and not re.match(r"(?:[2-9]|1\d)\.\s", after.text)
        )
        if ((not ends_sentence(line.text) and (under or beside)) or framed or lone) and not (
            numbered or goes_on or dated or asks or heads or introduces or line.bulleted  # "- Độ cận ...": an item
        ):
            found.add(i)
    found |= _packed_captions(lines, most_common_gap)
    found |= {i for i in range(2, len(lines)) if _copy_of_heading(lines, i)}
    found |= {i + 1 for i in found if i + 2 < len(lines) and _under_typed_alt_text(lines[i].text, lines[i + 1].text)}
    addressed = next((i for i, line in enumerate(lines) if _ADDRESSEE.match(line.text)), None)
    run: list[int] = []
    for i, line in enumerate(lines[2:], start=2):
        part = _PART_LABEL.fullmatch(line.text) is not None  # "Phần I": a part's label, never a picture's
        if (
            not part
            and not line.bulleted
            and not line.text.rstrip().endswith(":")
            and words(line.text) <= _MAX_GALLERY_WORDS
            and _sentences(line.text) <= 1
            and (room(i) or room(i + 1))
        ):
            run.append(i)
            continue
        if len(run) >= _MIN_GALLERY:
            found.update(run)
        run = []
    if len(run) >= _MIN_GALLERY:
        found.update(run)
    # "Gói cơ bản (chưa có điện nước)" near "2.650.000 đ/m2": a price table's cells, each apart, never captions
    figures = {i for i, line in enumerate(lines) if FIGURE_CELL.fullmatch(line.text)}
    return {
        i
        for i in found
        if (addressed is None or i < addressed)
        and not _TABLE_ROW.search(lines[i].text)
        and not _liturgy(lines[i].text)
        and not figures & set(range(i - 2, i + 3))
    }


# "6 Dược lý và dược lâm sàng 8720205": a flattened table's row, a code or a figure closing it; no caption
_TABLE_ROW = re.compile(r"\s\d{5,}$|^\d{1,3}\s+\D.*\s\d[\d.,]*$")
_HEADING_WORDS = 6
_SERIES = 3


def _opener(text: str) -> str:
    return " ".join(text.lower().split()[:2])


def _printed_again(line: str, later: list[Line]) -> bool:
    """ "Lịch sử ... đồng hồ cơ (Mechanical Watches)", then paragraphs, then "Lịch sử ... đồng hồ cơ": a part's
    heading with its gloss, said again once without it under the picture that closes the part (a line said
    twice alike is a picture's text and caption)."""
    bare = re.sub(r"\s*\([^()]*\)$", "", line)
    return bare != line and words(bare) >= _HEADING_WORDS // 2 and sum(other.text == bare for other in later) == 1


def _copy_of_heading(lines: list[Line], i: int) -> bool:
    """Whether line `i` says again a heading that stands earlier over a paragraph: its picture's copy."""
    text = lines[i].text
    return not ends_sentence(text) and any(
        _printed_again(lines[j].text, lines[j + 2 :])
        and text in lines[j].text
        and ends_sentence(lines[j + 1].text)
        and words(lines[j + 1].text) >= 8
        for j in range(1, i - 1)
    )


def _heads(line: str, paragraph: str) -> bool:
    """Whether a short `line` names the part `paragraph` opens: two of its words in a row in its first sentence
    ("Vòng 2 – Phỏng vấn (Round 2 – Interview)" over "... được phỏng vấn ...": its gloss in brackets aside)."""
    said = re.sub(r"\s*\([^()]*\)$", "", line).lower().split()
    first = " " + re.sub(r"[:;,]", " ", re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].lower()) + " "
    pairs = (f" {a} {b} " for a, b in zip(said, said[1:]) if len(a) > 1 and len(b) > 1)
    return len(said) <= _HEADING_WORDS and not ends_sentence(line) and any(p in first for p in pairs)


def _under_typed_alt_text(alt: str, text: str) -> bool:
    """ "go and share trekking lao than 1" in a picture's room, then "Những người bạn ... dễ thương.":
    the picture's text typed without marks, and its caption, one sentence with its stop (a heading
    under a picture has none)."""
    typed = alt.isascii() and alt[:1].islower()  # never an English caption ("Photo: Reuters")
    return typed and ends_sentence(text) and _sentences(text) == 1 and words(text) <= _MAX_GALLERY_WORDS


def _packed_captions(lines: list[Line], usual: int) -> set[int]:
    """On a page whose paragraphs stand apart, three or more short lines packed together with no
    gap at the article's end, neither bulleted nor numbered, half of them or more without a closing
    stop, are the captions of a picture gallery (a live report's packed lines run through the
    article, not after it; a closing paragraph ends as sentences do)."""
    found: set[int] = set()
    if usual < 1:
        return found
    run: list[int] = []
    for i, line in enumerate([*lines, Line("", usual)]):
        packable = (
            i > 1
            and _MAX_TRAILER_WORDS < words(line.text) <= _MAX_CAPTION_WORDS
            and not line.bulleted
            and not _NUMBERED.match(line.text)
        )
        if packable and run and line.gap == 0:
            run.append(i)
            continue
        closing = all(words(later.text) <= _MAX_TRAILER_WORDS for later in lines[i:])
        unpunctuated = sum(not ends_sentence(lines[k].text) for k in run)
        if len(run) >= _MIN_GALLERY and closing and 2 * unpunctuated >= len(run):
            found.update(run)
        run = [i] if packable else []
    return found


def _sentences(text: str) -> int:
    return sum(1 for part in text.replace("!", ".").replace("?", ".").split(". ") if part.strip())
