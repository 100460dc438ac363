"""A gallery's captions printed between paragraphs: "Đông đảo khán giả đã tham dự và cổ vũ cho
giải đấu" / "Các pha tranh chấp bóng quyết liệt" / "Thi đấu hết mình dù thời tiết không thuận
lợi", each under a picture the listener cannot see. Three lines or more in a row, each a phrase of
a few words with no stop, set between two paragraphs of the text, are pictures' captions, not
headings: a part's heading stands alone over its text, and a list is opened by a line ending in a
colon or marks its items with bullets. A verse's lines end in commas, so its stanzas are never such
a run, nor are a guide's steps ("Bước 4: Bấm Nộp hồ sơ") or a menu's short labels; a how-to's
heading ("Hướng dẫn chọn ...") ends one, and it and the lines after it head the text."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .alt_text import titled_heading
from .draft import Draft, ends_sentence, run_around, words
from .lone_captions import restates_title

_MIN_RUN = 3
_CAPTION_WORDS = range(5, 26)  # a menu's labels are shorter ("Những tin mới hơn")
_PARAGRAPH_WORDS = 15
_LONG_CAPTION_WORDS = 10  # a heading is shorter; two lines of ten words or more, unstopped, are two pictures' captions
# a list's item, a numbered heading, a verse line; a label's line ("Bước 4: ...", "Tác giả bài viết: ...")
_NOT_A_CAPTION = re.compile(r"^(?:\d|[-–•*+#(“\"]|[IVX]{1,4}\.\s)|[,;]$|:")


# "Bà: Nguyễn Thị Thắm – Hiệu trưởng ... lên đọc báo cáo": a caption naming its subject after a title and a colon
_TITLED = re.compile(r"^(?:Bà|Ông|Cô|Thầy|Anh|Chị|Đồng chí|Đ/c)\s*:\s*(?=[A-ZĐÀ-Ỹ])")


# a title, a person's full name, a dash, their post and what they do in the picture, no stop
_PERSON_CAPTION = re.compile(
    r"^(?:(?:Bà|Ông|Cô|Thầy|Anh|Chị|Đồng chí|Đ/c)\s*:?\s+)?(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+[–-]\s+"
    r"[^.!?]{20,}$"
)


def _caption_like(block: str) -> bool:
    block = _TITLED.sub("", block)
    return (
        len(block.split()) in _CAPTION_WORDS
        and not ends_sentence(block)
        and not titled_heading(block)  # "Tầm Quan Trọng Của Việc Ngắt Điện": a heading, every word capitalised
        and not _NOT_A_CAPTION.search(block.strip())
        and not block.isupper()
        and block[:1].isupper()
    )


def _names_someone(block: str) -> bool:
    """A caption's subject named in capitals past its first word ("Cử tri thôn Cẩm Nam tham gia bỏ phiếu ..."), with
    no figure or bracket (an error code's line: "E4 – Lỗi quạt ... (Động cơ DC)")."""
    if re.search(r"[\d()]", block):
        return False
    return any(word[:1].isupper() and word[1:].islower() for word in block.split()[1:])


def _long_caption(block: str) -> bool:
    """Ten words or more, no bracket, no code first ("E4 – Lỗi quạt ... (Động cơ PG)" is an error code's line)."""
    return words(block) >= _LONG_CAPTION_WORDS and "(" not in block and re.match(r"\S*\d", block) is None


def _paragraph(block: str) -> bool:
    return ends_sentence(block) and words(block) >= _PARAGRAPH_WORDS and not block.rstrip().endswith(":")


def drop_caption_runs(d: Draft) -> Draft:
    """Runs of three captions or more between two paragraphs, never above the first paragraph; two when each names
    its subject ("Cử tri thôn Cẩm Nam tham gia bỏ phiếu ..." / "Tổ bầu cử thôn Giáng Đông kiểm tra thùng phiếu") or
    runs to ten words or more."""
    blocks = d.blocks
    dropped: set[int] = set()
    i = 1
    while i < len(blocks):
        end = i
        while end < len(blocks) and _caption_like(blocks[end]) and blocks[end] not in d.listed:  # a list's bullets
            end += 1
        framed = end < len(blocks) and _paragraph(blocks[i - 1]) and _paragraph(blocks[end])
        # the title printed again over its headings is none, and a picture's text over its caption (a line twice) one
        run = len({blocks[k] for k in range(i, end)} - {blocks[0]})
        named = run == _MIN_RUN - 1 and all(_names_someone(blocks[k]) for k in range(i, end))
        # "Cán bộ nhân dân khu phố 9 phát quang bụi rậm, ..." / "Dọn vệ sinh, thu gom rác ...": two long ones
        named = named or (run == _MIN_RUN - 1 and all(_long_caption(blocks[k]) for k in range(i, end)))
        # "Bà Phạm Thị Thu Huyền – Phó Hiệu trưởng nhà trường lên đọc quyết định ...": pictures of the people named
        people = run >= _MIN_RUN - 1 and all(_PERSON_CAPTION.match(blocks[k]) for k in range(i, end))
        if people and words(blocks[i - 1]) >= _PARAGRAPH_WORDS:
            dropped.update(range(i, end))
        elif (
            run >= _MIN_RUN or named
        ) and framed:  # a how-to's heading closing the run ("Hướng dẫn ...") heads the text
            last = end - 1 if _opens(blocks[end - 1], blocks[end]) else end  # and so does one the text opens with
            dropped.update(range(i, next((k for k in range(i, end) if P.HOWTO_HEADING.match(blocks[k])), last)))
        i = max(end, i + 1)
    if not dropped:
        return d
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in dropped))


def _opens(heading: str, paragraph: str) -> bool:
    """ "Thức ăn của chào mào" over "Thức ăn chủ yếu của chào mào là ...": a heading the paragraph's first
    sentence opens with and says every word of."""
    said = re.findall(r"\w+", heading.lower())
    first = re.findall(r"\w+", re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].lower())
    return bool(said) and first[:1] == said[:1] and set(said) <= set(first)


_HEADING_WORDS = 20
_PART_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)/]?\s*(?=[^\W\d_])")


def drop_headings_again(d: Draft) -> Draft:
    """A numbered heading printed again without its number further down ("1. Thế nào là ...?", then
    "Thế nào là ...?" between two paragraphs): its picture's text, not read twice."""
    seen: set[str] = set()  # the numbered headings above
    kept: list[str] = []
    for block in d.blocks:
        if _PART_NUMBER.match(block) and words(block) <= _HEADING_WORDS:
            seen.add(_PART_NUMBER.sub("", block))
        elif block in seen:
            continue
        kept.append(block)
    return d if len(kept) == len(d.blocks) else dataclasses.replace(d, blocks=tuple(kept))


def heads_its_section_again(i: int, blocks: tuple[str, ...]) -> bool:
    """ "Chuẩn bị nước cốt lá dứa và trộn bột" over its steps, then printed again after them, just
    before the next part's heading ("Nhào và lọc bột"): the part's heading, and its picture's
    caption saying it again at the part's end. The first is read; the later copies are captions."""
    block = blocks[i]
    if block in blocks[:i] or i + 1 >= len(blocks) or not ends_sentence(blocks[i + 1]):
        return False
    later = [j for j in range(i + 2, len(blocks) - 2) if blocks[j] == block]
    return bool(later) and all(
        ends_sentence(blocks[j - 1])
        and not ends_sentence(blocks[j + 1])
        and words(blocks[j + 1]) < _CAPTION_WORDS.stop
        and ends_sentence(blocks[j + 2])
        for j in later
    )


_STORY_PICTURES = 5
_CELL_END = re.compile(r"\s+\|$")


def read_photo_story(d: Draft) -> Draft:
    """A photo story: the summary, then only pictures, each a table's cell ("|") over its caption ("Xứ biển Phan
    Thiết hiện có hơn 100 cơ sở làm nước mắm truyền thống |"). The captions are the story: read in order, as
    sentences, not dropped as pictures' text."""
    body = d.blocks[2:]
    cells = [b for b in body if _CELL_END.search(b) and words(b) >= _CAPTION_WORDS.start]
    if len(cells) < _STORY_PICTURES or any(b.strip() != "|" and b not in cells for b in body):
        return d
    told = [_CELL_END.sub("", b) for b in cells]
    told = [t if ends_sentence(t) else f"{t}." for t in told]
    told = [t for k, t in enumerate(told) if k == 0 or t != told[k - 1]]  # a caption printed twice: read once
    return dataclasses.replace(d, blocks=(*d.blocks[:2], *told))


_PICTURE_LINE_WORDS = 8


def drop_alt_text_and_caption(d: Draft) -> Draft:
    """ "Máy bơm nước" / "Máy bơm nước gia đình" between a paragraph and a numbered part's heading
    ("1.1 Cấu tạo"): a picture's text and its caption, the second saying the first and more; neither
    heads anything, so neither is read. So too a picture's text and caption naming the heading over them
    again, between it and its text; and a picture's text that says what it illustrates ("Gia đình nhỏ vui chơi cùng
    hai chú mèo ..., minh họa bản năng săn mồi ...") with the unstopped caption under it, over a paragraph."""
    blocks, drop = d.blocks, set()
    for i in range(1, len(blocks) - 1):
        alt = blocks[i]
        if _ILLUSTRATING.search(alt) and not ends_sentence(alt) and words(alt) <= _ILLUSTRATING_WORDS:
            drop.add(i)
            caption, after = blocks[i + 1], blocks[i + 2 : i + 3]
            if not ends_sentence(caption) and words(caption) <= _ILLUSTRATING_WORDS and all(map(_paragraph, after)):
                drop.add(i + 1)  # its caption, over the paragraph (or closing the page)
    for i in range(1, len(blocks) - 2):
        alt, caption, nxt = blocks[i : i + 3]
        short = all(words(b) <= _PICTURE_LINE_WORDS and not ends_sentence(b) for b in (alt, caption))
        said_again = words(alt) >= 2 and caption.lower().startswith(alt.lower() + " ")
        if short and said_again and _paragraph(blocks[i - 1]) and _PART_NUMBER.match(nxt):
            drop |= {i, i + 1}
    for i in range(1, len(blocks) - 3):
        heading, alt, caption, text = blocks[i : i + 4]
        if words(heading) <= _PICTURE_HEADING_WORDS and _names_the_heading(alt, heading, caption) and _paragraph(text):
            drop |= {i + 1, i + 2}
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in drop))


def drop_typed_alt_text_and_caption(d: Draft) -> Draft:
    """ "cá rồng" / "Cá rồng mang ý nghĩa may mắn, tài lộc cho gia chủ" under a paragraph: a picture's text typed
    in small letters, no stop, and its caption saying its words again, unstopped (or the title again); neither is
    read. A part's heading in capitals, or opening as a guide's parts do ("Tổng quan về ..."), under it is read."""
    blocks, drop = d.blocks, set()
    for i in range(1, len(blocks) - 1):
        alt, caption = blocks[i], blocks[i + 1]
        typed = alt[:1].islower() and words(alt) <= _TYPED_ALT_WORDS and not ends_sentence(alt)
        said = set(alt.lower().split())
        again = len(said) >= 2 and len(said & set(re.findall(r"\w+", caption.lower()))) >= 2
        # "Lịch Sử và Nguồn Gốc ..." in capitals under it heads a part, unless it is the title again
        heading = sum(w[:1].isupper() for w in caption.split()) * 5 >= len(caption.split()) * 3
        heading = heading or P.HOWTO_HEADING.match(caption) is not None  # "Tổng quan về quần áo ...": a guide's part
        heading = heading and not restates_title(caption, blocks[0])  # the title's words again: its picture's
        # "Thuốc trị mụn nào tốt nhất hiện nay?" asking over the next heading: a caption too, heading nothing
        asks = caption.rstrip().endswith("?") and i + 2 < len(blocks) and not ends_sentence(blocks[i + 2])
        if (
            typed
            and again
            and ends_sentence(blocks[i - 1])
            and (not ends_sentence(caption) or asks)
            and words(caption) <= 20
        ):
            if heading:
                continue
            # "1- Máy sấy tóc hoạt động yếu ..." under it: a numbered part's heading, read; the typed text is not
            drop |= {i} if _PART_HEADING.match(caption) else {i, i + 1}
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in drop))


# "thanh dia la vangTheo đó, ...": a picture's text typed without marks or capitals, glued to the paragraph under it
_GLUED_TYPED_ALT = re.compile(r"^[a-z]+(?: [a-z0-9]+){1,8}(?=[A-ZĐ][a-zà-ỹđ]*[ \w])")


def drop_glued_typed_alt_text(d: Draft) -> Draft:
    """A picture's text in plain small letters run into the paragraph that follows it is not read; the paragraph is."""
    blocks = tuple(
        b[m.end() :] if (m := _GLUED_TYPED_ALT.match(b)) and not b[m.end() :].isascii() else b for b in d.blocks
    )
    return d if blocks == d.blocks else dataclasses.replace(d, blocks=blocks)


_PICTURE_HEADING_WORDS = 12
_TYPED_ALT_WORDS = 12
_PART_HEADING = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\s?[.)–-]\s+[^\W\d_]")
_ILLUSTRATING = re.compile(r",\s+(?i:minh họa|minh hoạ)(?:\s+cho)?\s+[^\W\d_]")
_ILLUSTRATING_WORDS = 40


def _names_the_heading(alt: str, heading: str, caption: str) -> bool:
    """ "Hợp âm cơ bản" / "11 hợp âm guitar cơ bản" under "Các loại hợp âm cơ bản": a picture's text in fewer of the
    heading's words, and its caption saying them all again, both short and unstopped (a sub-heading names its part
    in words of its own)."""
    said = set(alt.lower().split())
    fewer = 2 <= len(said) < len(set(heading.lower().split())) and said <= set(heading.lower().split())
    short = all(words(b) <= _PICTURE_LINE_WORDS and not ends_sentence(b) for b in (heading, alt, caption))
    return fewer and short and said <= set(caption.lower().split()) and caption.lower() != alt.lower()


_BAR_ROWS = 3


def bar_row(blocks: tuple[str, ...], i: int) -> bool:
    """Whether blocks[i] is one of three or more lines in a row, each closed by a table's bar and none opened by one
    ("Câu 1 – 2 |" / "“Phong thụ lâm” – “Khí tiêu sâm” |" / "Câu 3 – 4 |"): a flattened table's rows, never a
    picture's cell."""

    def row(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].rstrip().endswith("|") and not blocks[k].lstrip().startswith("|")

    first, last = run_around(i, row)
    return row(i) and last - first + 1 >= _BAR_ROWS


_ALT_WORDS = 4
_ALT_CAPTION_WORDS = range(10, 31)


def alt_over_caption(alt: str, text: str) -> bool:
    """ "Niềng răng" over "Niềng răng là kỹ thuật nha khoa ... đến vị trí chuẩn": a picture's short alternative text
    and its caption opening on the same words, a line too long for a heading, with no stop."""
    return (
        words(alt) <= _ALT_WORDS
        and not ends_sentence(alt)
        and text.lower().startswith(alt.strip().lower() + " ")
        and words(text) in _ALT_CAPTION_WORDS
        and not ends_sentence(text)
    )
