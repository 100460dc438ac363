"""Photo and video captions, which a listener cannot see the picture for, and the other short
lines a page prints beside its pictures and tables."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .caption_echoes import ECHO_WORDS, echoes_the_text, in_verse, pulled_from, verse_line
from .caption_marks import (
    CELL_CAPTION_WORDS,
    TWO_SENTENCES,
    is_caption,
    is_list_point,
    is_source_credit,
    picture_text,
    text_over_bar_caption,
    title_words,
)
from .caption_runs import alt_over_caption, bar_row, heads_its_section_again
from .draft import Draft, ends_sentence, looks_like_names, words
from .part_headings import asks_anew, guide_parts_alike, restated_below, titles_its_part
from .same_lines import printed_before, restates, same_line
from .scenes import (
    echoed_share,
    is_caption_over_heading,
    is_echo_caption,
    is_headline_echo_caption,
    is_headline_start,
    is_hero_alt_text,
    is_lone_title_start,
    is_long_echo_caption,
    is_name_caption,
    is_portrait_caption,
    is_scene_caption,
    is_short_echo_caption,
    is_top_echo_caption,
    places_its_subject,
    without_portrait_names,
)
from .summary_first import title_under_summary
from .wordlists import word_list

# "(Ảnh: Quang Thịnh/TTXVN)" on a line of its own: the credit of the picture whose caption is above
_LONE_CREDIT = re.compile(r"\(\s*(?:Ảnh|Nguồn ảnh|Photo)\s*:[^()]{1,60}\)\.?", re.IGNORECASE)


def _cut_from(block: str, below: tuple[str, ...]) -> bool:
    """ "áng 14/4/2025, tại Tổ đình ... PL.2569 -": a summary cut at both ends (its first letter, its
    last words) out of a paragraph printed a few lines below."""
    core = re.sub(r"\s*(?:[-–]|\.{3}|…)\s*$", "", block)
    if core[:1].islower():
        core = core.split(" ", 1)[-1]  # the first word, cut: its letters are inside the paragraph's
    return len(core.split()) >= _TEASER_WORDS and any(
        core in b for b in below if len(b) > len(core) and ends_sentence(b)
    )


# "... nhỏ nhất của VinFast. Ảnh: VinFast Trong khi đó, ...": a caption and its credit run into
# a paragraph; the credit is names, then a sentence starts with a word that opens sentences
_GLUED_CREDIT = re.compile(
    r"(?:(?<=[.!?])|^)(?P<caption>[^.!?]{0,160}[.!?]\s+)?Ảnh\s*:\s*(?P<names>[A-ZĐÀ-Ỹ][^\s.,:;]*(?:\s+[A-ZĐÀ-Ỹ][^\s.,:;]*){0,3})\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s)"
)


def _without_glued_caption(block: str) -> str:
    """A paragraph without a caption and credit that a scrape ran into it (`_GLUED_CREDIT`)."""
    openers = word_list("lead_openers.txt")

    def cut(m: re.Match[str]) -> str:
        return " " if m.string[m.end() :].startswith(openers) else m.group(0)

    return re.sub(r"\s{2,}", " ", _GLUED_CREDIT.sub(cut, block)).strip()


# "... thổ cẩm Đắk Nông - Phó Chủ tịch UBND tỉnh Tôn Thị Ngọc HạnhPhó Chủ tịch UBND tỉnh ...": a glued caption
_GLUE = re.compile(rf"(?<=[{P.LOWER}])(?=[{P.UPPER}][{P.LOWER}])")
_GLUED_ECHO_SHARE = 0.5


def _without_echoing_caption(block: str) -> str:
    """A paragraph whose picture's credit closed it, without the caption glued to its start: the
    part before the glue, eight words or more, half of it said again by the paragraph."""
    for m in _GLUE.finditer(block):
        caption, rest = block[: m.start()], block[m.start() :]
        if words(caption) >= 8 and echoed_share(caption, rest) >= _GLUED_ECHO_SHARE:
            return rest
    return block


def _glued_alt_and_caption(block: str, headline: str) -> bool:
    """A picture's text run into its caption, the line unstopped: the text in front of the glue ("... đôi
    nét về hàn quốc" + "Hàn Quốc là nơi ...") says the headline's words again, or the caption's own first
    words ("Tổ sư Mai Văn Phát Tổ sư Mai Văn Phát và ...")."""
    if ends_sentence(block) or words(block) > CELL_CAPTION_WORDS:
        return False
    said = block.split()
    if any(said[:k] == said[k : 2 * k] for k in range(3, len(said) // 2 + 1)):
        return True
    for m in _GLUE.finditer(block):
        alt = block[: m.start()]
        if not re.search(r"\w+$", alt)[0].isascii() and words(alt) >= 3 and echoed_share(alt, headline) > 0:
            return True
    return False


def _heads_with_headline(block: str, headline: str) -> bool:
    """ "Lộ trình <the headline>": a subheading that names a part of what the headline names,
    which the paragraphs beside it name too; not a caption that restates them. "Tổng quan về hiện
    tượng “Xe máy đang đi bị hụt ga chết máy”" quotes the headline's subject: a heading too."""
    quoted = _QUOTED_SUBJECT.search(block)
    if quoted and words(quoted["q"]) >= _QUOTED_TITLE_WORDS and headline.startswith(quoted["q"]):
        return True
    return block != headline and block.endswith(headline) and words(block) - words(headline) <= 3


_QUOTED_SUBJECT = re.compile(r"“(?P<q>[^“”]+)”\s*$")
_QUOTED_TITLE_WORDS = 4


_SERIES_WORDS, _UNTITLED_WORDS = 5, 40  # a first block this long and stopped: the text, its title lost
_CLOSING_WORDS = 3


def _in_heading_series(block: str, blocks: tuple[str, ...], closing: bool = False) -> bool:
    """ "Giá lợn hơi hôm nay tại miền Nam đứng yên" after "Giá lợn hơi hôm nay tại miền Bắc ...":
    one of a series of subheadings that open alike (or, `closing`, end alike: "Nguồn gốc của chó
    Poodle", "Ngoại hình của chó Poodle"), not a caption restating the text."""
    part = slice(-_CLOSING_WORDS, None) if closing else slice(_SERIES_WORDS)
    return any(
        other != block and not ends_sentence(other) and other.split()[part] == block.split()[part]
        for other in blocks[1:]  # the headline printed again under a picture is no series
    )


_CAPTION_PAIR_WORDS = 20  # a picture's text and caption, printed twice, are shorter than this
_MEASURED_ITEM = re.compile(  # a recipe's measure; a table's cell, a number or a range and its unit ("3 – 5 tiếng")
    r":\s*\d+(?:[.,]\d+)?\s?(?:g|kg|ml|l|quả|muỗng|thìa|chén|gói)\b|^[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*[^\W\d_]{1,10}$"
)
# "... bài viết dưới đây." over a heading; "... ngay dưới đây nhé bà con! 👇" too
_ANNOUNCES = re.compile(r"(?:dưới đây|sau đây|như sau)(?:\s+\w+){0,3}\s*[.:!…]*\W*$|(?:Dưới|Sau) đây là [^.!?]+[.:]?$")
_FIELD = re.compile(r"(?i:địa điểm|thời gian|thời hạn|nơi thi|nơi nộp|hình thức|đối tượng|số lượng|ghi chú|lưu ý)\b")
# "( Cử tri biểu quyết nhất trí bầu trưởng thôn)": a line in brackets of its own, a picture's caption
_BRACKETED_LINE = re.compile(r"\(\s*(?!(?i:theo)\b)[^()]+(?<![.!?…])\)")  # never "(Theo điều 9 ...)."
_BRACKETED_WORDS = range(2, 41)
_NUMBERED_PART = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s+\S")
_SERIES_OPENING_WORDS = 6


def _opening(block: str) -> str:
    """A caption's first words, to find the captions of a series of pictures."""
    first = block.split()[:_SERIES_OPENING_WORDS]
    return " ".join(first).lower() if len(first) == _SERIES_OPENING_WORDS else ""


# "TH", "P.V": a writer's initials alone on a line (never a Roman numeral "II")
_INITIALS = re.compile(r"[A-ZĐ](?:\.?[A-ZĐ]){1,2}\.?")
_ROMAN = re.compile(r"[IVXLC]+\.?")
_SHORT_CAPTION_WORDS = 5  # under a picture, a sentence this short is its caption


_LONG_REPEAT_WORDS = 30  # a paragraph this long printed again, cut short, anywhere below the first: read once
_INTRODUCES = re.compile(r"(?i:\bnhư sau|\bdưới đây|\bsau đây)\s*:?$")


def _alt_over(line: str, caption: str) -> bool:
    """Whether `line`, a few words with no stop, is the picture's text its `caption` opens with."""
    return words(line) <= _ALT_WORDS and not ends_sentence(line) and caption.lower().startswith(line.lower() + " ")


_ANALYST = re.compile(r"\((?:Công ty|CTCK|Tập đoàn|Ngân hàng|Chứng khoán)\s")


# "2. Chọn giống", "Điều 1. Hình thức, Tên, ...", "1.1 Hình thức Công ty": a numbered heading, a law's article
_NUMBERED_HEADING = re.compile(
    r"\d{1,2}(?:[.)/]\s?|\s[-–]\s)[^\W\d_]|(?:Điều|Chương)\s\d{1,3}\.\s|\d{1,2}(?:\.\d{1,2})+\.?\s[^\W\d_]"
)


_ITEM_CREDIT = re.compile(r"(?<=[.!?…”\"])\s*(?:Ảnh|Photo)\s*:\s*[^.!?()]{1,40}$")
_CREDITED_ITEMS = 3


def _credited_item(block: str) -> bool:
    """A paragraph of two sentences or more closing on its picture's credit ("... Ảnh: Quince saigon")."""
    m = _ITEM_CREDIT.search(block)
    return m is not None and bool(TWO_SENTENCES.search(block[: m.start()]))


def drop_captions(d: Draft) -> Draft:
    """Photo and video captions, which a listener cannot see the picture for: lines with a credit or a picture number, a
    person's place in the picture, table cells around a picture, a short line naming a scene or placing its subject at
    an event (`scenes`); the short line under a numbered picture ("... - Hình 2" is the picture's text, what follows it
    its caption) or under the headline printed again as a picture's text (even a full sentence of five words or fewer);
    the headline's first words again, cut short (a picture's text); a line over a lone "|" (a picture's table cell); a
    short line printed twice in a row (a picture's text and its caption); and the title over a table of figures; a short
    line printed twice apart (a picture's text), and a picture's credit in brackets closing a paragraph, with the
    caption glued to its start. A list's items of two sentences or more, three or more each closing on a credit, are
    read without it. A headline or a long paragraph printed twice, in a row or apart, is read once. A
    person's titles and name alone on a line are their portrait's caption, and close a profile box under the
    headline."""
    kept: list[str] = []
    after_picture, blocks = False, d.blocks
    told = 0 if blocks and words(blocks[0]) > _UNTITLED_WORDS and ends_sentence(blocks[0]) else 1  # no title: text
    # "Lãnh đạo ... tặng quà ... Ảnh: X" credits one picture; a line opening with its words is the next one's caption
    credited = {_opening(b) for j, b in enumerate(blocks) if is_caption(b) and not is_list_point(blocks, j, d.listed)}
    credited -= {""}
    broken = False  # the caption before broke off at a comma: this line goes on with it
    headline_picture = pulled = False
    pictured = {b for j, b in enumerate(blocks[1:-1], start=1) if blocks[j + 1] == b}  # a picture's text and caption
    # "Đứng thứ hai ... Ảnh: La Maison 1888" and more like it: a list's items, each closing on its picture's credit
    items = sum(_credited_item(b) for b in blocks) >= _CREDITED_ITEMS
    for i, block in enumerate(blocks):
        if items and _credited_item(block):
            kept.append(_ITEM_CREDIT.sub("", block).rstrip())
            continue
        if (
            i == 1
            and P.defines(blocks[0], block)
            and words(block) <= _CAPTION_PAIR_WORDS
            and not TWO_SENTENCES.search(block)
        ):
            kept.append(block if ends_sentence(block) else f"{block}.")  # "Tốc độ chụp" / "... còn được hiểu là ...":
            continue  # what the title's term means, a sentence (the lead)
        if i == 1 and title_under_summary(blocks, d.listed):  # "Bắt đầu hành trình chạy bộ ... này. Học cách ..."
            kept.append(block)  # over "Chạy bộ cho người mới ...": the page's summary over its title; no caption
            continue
        if broken and words(block) <= _CAPTION_PAIR_WORDS:
            broken = False  # "Hội đồng giám khảo (từ trái qua): ... – Phản biện 1," / "ThS. ... – Phản biện 2."
            continue
        broken = False
        if i > 0 and P.SALUTATION.match(block) and block in blocks[i - 1 : i + 2 : 2]:  # "Kính thưa ..." twice:
            if block != blocks[i - 1]:  # a speech's greeting printed again, never a caption; read once
                kept.append(block)
            continue
        if pulled and words(block) <= _ATTRIBUTION_WORDS and looks_like_names(block.split(",")[0]):
            pulled = False
            continue  # "Nguyễn Thị Thu Thương, Nhà sáng lập ...": who said the quotation pulled out
        pulled = i > 1 and words(block) >= _PULL_QUOTE_WORDS and pulled_from(block, blocks[1:i])
        if pulled:
            continue  # a sentence of the text printed again in large type: read once
        in_text = any(ends_sentence(b) and words(b) >= ECHO_WORDS for b in blocks[:i])  # never the headline
        in_text = in_text and not same_line(block, blocks[0]) and not blocks[i - 1].endswith(":")  # nor a list's label
        after = blocks[i + 1] if i + 1 < len(blocks) else ""  # "Các bước ..." over "Bước 1: ...": a heading
        heads_steps = bool(after) and bool(P.FIRST_PART.match(after) or P.STEP_LABEL.match(after))
        contents = blocks[i - 1].lower().strip(" :") in ("mục lục", "contents")  # a lost box's first entry: a heading
        howto = P.HOWTO_HEADING.match(block) and (told or block.lower() not in blocks[0].lower())  # not the title
        heading = contents or howto or _NUMBERED_HEADING.match(block) or titles_its_part(block, after)
        heading = heading or _ANNOUNCES.search(blocks[i - 1])  # "Dưới đây là ba lý do ..." over its first reason
        heading = heading or verse_line(blocks, i)  # "Bác Dương thôi đã thôi rồi," / "Nước mây ...": a poem quoted
        heading = heading or block.casefold() in d.headings  # a part the contents box named, its picture's text below
        heading = heading or guide_parts_alike(block, blocks[i + 1 :])
        if in_text and not heads_steps and not heading and echoes_the_text(block, blocks[told:i] + blocks[i + 2 :]):
            if len(kept) > 1 and _alt_over(kept[-1], block):
                kept.pop()  # "Trà shan tuyết" over "Trà Shan Tuyết là dòng trà ...": the picture's text goes too
            continue  # "Ban tổ chức tặng giấy khen cho 20 giáo viên đạt giải ba": a picture's caption
        under_headline = (  # "4 tấm gương ... tại Tọa đàm ..." under the headline printed again: its caption
            headline_picture
            and i < len(blocks) - 1
            and (
                words(block) <= _HEADLINE_CAPTION_WORDS
                or (places_its_subject(block) and words(block) <= _PLACED_CAPTION_WORDS)
            )
            and ends_sentence(block)
            and not block.rstrip().endswith(("?", ":"))  # "Visa du học Úc là gì?", "Trường hợp mốc nhẹ:": a heading
            and not (TWO_SENTENCES.search(block) or heading)  # "2.Thông tin tham khảo.": the next part
        )
        headline_picture = False
        if under_headline:
            continue
        unbarred = P.TRAILING_BAR_CAPTION.sub("", block) if text_over_bar_caption(block) else block
        unbarred = P.TRAILING_TEASER.sub("", unbarred)
        uncredited = P.SCREEN_CREDIT.sub("", P.TRAILING_PICTURE_CREDIT.sub("", unbarred))
        unglued = _without_echoing_caption(uncredited) if uncredited != block else uncredited
        if unglued != uncredited:
            kept.append(unglued)  # the caption glued to its start goes
            continue
        if i > 1 and _glued_alt_and_caption(block, blocks[0]):
            continue  # "Điều kiện đi du lịch Hàn Quốc - đôi nét về hàn quốcHàn Quốc là nơi ...": a picture's
        if 0 < i and _LONE_CREDIT.fullmatch(after.strip()) and words(block) <= 30 and not TWO_SENTENCES.search(block):
            continue  # "Đại sứ ... phát biểu tại buổi gặp mặt." over "(Ảnh: Quang Thịnh/TTXVN)": its caption
        beside = (i + 1 < len(blocks) and blocks[i + 1] == block) or blocks[i - 1] == block
        twice = beside or (block in pictured and not ends_sentence(after))  # the pair printed later: a heading stays
        if i > 0 and twice and block != blocks[0] and not ends_sentence(block) and words(block) <= _TWICE_WORDS:
            continue  # "Quan khách trong ngày khai trương ...: ..." twice, no stop: a picture's text and caption
        if i > 0 and blocks[i - 1] == block and (i == 1 or words(block) > _CAPTION_PAIR_WORDS):
            continue  # a headline or a paragraph printed again under its picture: read once
        if (
            0 < i < len(blocks) - 1
            and words(block) >= _TEASER_WORDS
            and (not ends_sentence(block) or _ELLIPSIS.search(block))
        ):
            if blocks[i + 1].startswith(block + " ") or _cut_from(block, blocks[i + 1 : i + 5]):
                continue  # "Paris, ngày ... thu hút" over the paragraph it cuts short: the page's summary
        if i > 1 and words(block) > _CAPTION_PAIR_WORDS and printed_before(block, blocks[:i]):
            continue  # the summary printed again as the first paragraph, a picture between: read once
        earlier = blocks[:i] if words(block) >= _LONG_REPEAT_WORDS else blocks[max(0, i - 2) : i]  # a page's copy
        if words(block) > _CAPTION_PAIR_WORDS and any(b.startswith(block) for b in earlier):
            continue  # a paragraph printed again without its last words ("... Video phân luồng")
        cut = is_headline_start(block, blocks[0]) and not heads_steps and not verse_line(blocks, i)  # "Bước 1:"
        cut = cut and not (after.startswith(blocks[0] + " ") and words(after) > words(block))  # over its subheading
        if (i > 1 and cut) or (i == 1 and told and is_hero_alt_text(block, blocks[0])):  # under a title, not a text
            continue  # "Sơn Tùng M-TP tung MV mới" under "Sơn Tùng M-TP tung MV mới đạt ...": a picture's text
        again = not blocks[0].endswith(".") and picture_text(block).lower() == picture_text(blocks[0]).lower()
        printed_again = block == blocks[0] and i < len(blocks) - 1 and not is_caption(block)
        # "SINH HOẠT GIÁO PHẬN - NĂM 2021" under "Sinh hoạt Giáo phận -Năm 2021": the title again, read once
        if i > 0 and block.isupper() and title_words(block) == title_words(blocks[0]) and len(title_words(block)) > 2:
            continue  # "CÁC BÀI SUY NIỆM TUẦN XXX THƯỜNG NIÊN" under "Các Bài suy niệm Tuần 30 Thường niên_C" too
        if i > 1 and (printed_again or again) and not verse_line(blocks, i):
            after_picture = headline_picture = True  # the headline again, as its picture's text ("<headline> 1"),
            continue  # with its stop or without: what follows it, short and unstopped, is the picture's caption
        repeated = (
            0 < i
            and words(block) <= _CAPTION_PAIR_WORDS
            and ((i + 1 < len(blocks) and same_line(blocks[i + 1], block)) or same_line(blocks[i - 1], block))
            # a heading under its picture's text stays ("Hợp âm là gì?" twice: one that asks is a heading), never its
            # caption cut shorter under it; a title over its copy in fewer capitals ("... Nhật Bản" / "... nhật bản")
            and not ((heading or asks_anew(block, blocks[: i - 1])) and restates(blocks[i - 1], block))
            # and over it: "... không đóng được cửa là gì?" over its picture's "... không đóng được cửa"
            and not (
                (heading or asks_anew(block, blocks[:i]))
                and i + 1 < len(blocks)
                and same_line(blocks[i + 1], block)
                and not blocks[i + 1].endswith("?")
            )
            and not (i <= 2 and sum(map(str.isupper, after)) < sum(map(str.isupper, block)) and same_line(after, block))
            and block not in d.listed  # "Đình An Thới Đông, ..." over "Đình An Thới Đông (...)": items
            and not (heading and _NUMBERED_HEADING.match(after))  # "Điều 1. Hình thức, ..." over "1.1 Hình thức ..."
            and not in_verse(blocks, i)  # a poem's line said again opening the next stanza: its refrain
        )
        under_picture = (
            (after_picture or (i > 0 and alt_over_caption(blocks[i - 1], block)))
            and words(block) <= 30
            and (not ends_sentence(block) or words(block) <= _SHORT_CAPTION_WORDS)  # "Một chiếc F18."
            and not looks_like_names(P.BYLINE_MARKERS.sub("", block))
            and not (_in_heading_series(block, blocks[i:], closing=True) or P.HOWTO_HEADING.match(block))  # a heading
            and not P.STEP_LABEL.match(block)  # "Giai đoạn 1: ..." under the title printed again: a part's heading
            and not block.rstrip().endswith(":")  # "Trường hợp mốc nhẹ:": a label over what follows, no caption
            and not (P.FIRST_PART.match(block) or heading)  # "1. Ưu tiên chọn ...", "2.Thông tin ...": a part
            and not restated_below(block, after)  # "Thủ tục đáo hạn ..." over "Tuy thủ tục đáo hạn ...": a part
        )
        in_cell = (  # a picture's table cell; the first line, over a date line's bar, is the headline
            i > 0 and after.strip() == "|" and words(block) <= 30 and not ends_sentence(P.CITED_AFTER.sub("", block))
        )
        after_picture = bool(P.CAPTION_NUMBERED.search(block))
        titles_table = (  # "Số ca mắc trong nước" over a table of figures: the table's title
            0 < i < len(blocks) - 1
            and blocks[i + 1].count("|") >= 2
            and not ends_sentence(block)
            and words(block) <= 20
            and not _INTRODUCES.search(block)  # "... lịch cúp điện ngày 22/5, cụ thể như sau": a sentence, read
        )
        scene = (
            i > 0
            and not heading  # "1.Thủ tục ...", "Hướng dẫn cách ...": a part's heading
            and (
                (is_scene_caption(block) and not is_list_point(blocks, i, d.listed))  # "+ Ông được ... trao tặng ..."
                or (
                    (
                        (is_echo_caption(block, blocks[i - 1], after) and not _ANNOUNCES.search(blocks[i - 1]))
                        # under "... Bao gồm:" a short line is a list's item, not a caption
                        or (
                            not blocks[i - 1].rstrip().endswith(":")
                            and is_short_echo_caption(block, blocks[max(0, i - 2) : i], after)
                        )
                    )
                    and not _heads_with_headline(block, blocks[0])
                    and not _in_heading_series(block, blocks)
                    # a heading over "1. ..." or "Bước 1: ...", its first part, or over its bullets ("Nguyên nhân ...")
                    and not (heads_steps or after in d.listed)
                    and block not in d.listed  # "• Xin visa ... diện 571 (...)." beside its list: an item
                )
                or is_portrait_caption(block, blocks)
                or is_name_caption(block)
                or (not heading and (is_top_echo_caption(i, blocks) or is_headline_echo_caption(i, blocks)))
                or is_lone_title_start(i, blocks)
                or is_caption_over_heading(i, blocks)
                or (0 < i < len(blocks) - 1 and is_long_echo_caption(block, blocks[i - 1], after))
            )
        )
        source = 1 < i < len(blocks) - 1 and is_source_credit(block)  # the last line is the byline
        source = source or (0 < i < len(blocks) - 1 and P.SOURCE_NOTE.match(block) is not None)  # under the title
        series = (
            i > 0
            and words(block) <= _CAPTION_PAIR_WORDS + 5
            and not TWO_SENTENCES.search(block)
            and not block.rstrip().endswith(("?", ":"))  # "... là gì?": a heading asks; "... sau đây :" opens a list
            and _opening(block) in credited
            # "Điện thoại có nguồn nhưng ..." over its paragraph, its picture's caption saying it again below: a heading
            and not (after.endswith((".", "!")) and any(b.startswith(f"{block} (") for b in blocks[i + 2 :]))
        )
        bracketed = (
            i > 1
            and _BRACKETED_LINE.fullmatch(block) is not None
            and words(block) in _BRACKETED_WORDS
            and not _VERSES.fullmatch(block)  # "(Mt 5,1-12a)": the Gospel read, said
            and not (block.isupper() and words(block) >= 4)  # "(NGƯỜI ĐI HỌC TỰ NỘP HỒ SƠ, ...)": a notice's warning
            # "1. Nguyên liệu ..." over "(Cho một ổ bánh ...)", "LỊCH ... 2015" over "(Tháng 3 – Tháng 4)": its note
            and not (_titled(blocks[i - 1]) and not ends_sentence(blocks[i - 1]))
            and not _ANALYST.match(block)  # "(Công ty Cổ phần Chứng khoán ... – BSC)": who says what follows
            and blocks[i - 1] not in d.listed  # "• Thứ 7: 9:00 ~11:30" over "(Nghỉ ... Quốc lễ)": the list's note
        )
        initials = (  # under the headline; the last line's are the byline's
            0 < i <= 2
            and i < len(blocks) - 1
            and _INITIALS.fullmatch(block) is not None
            and _ROMAN.fullmatch(block) is None
        )
        over_credit = (  # "Thời tiết ... nắng nóng" over "NGUỒN: ĐÀI KHÍ TƯỢNG ...": a picture's caption
            0 < i < len(blocks) - 1
            and re.match(r"(?i:nguồn)\s*:", blocks[i + 1]) is not None
            and words(blocks[i + 1]) <= 12
            and words(block) <= 25
            and not ends_sentence(block)
        )
        credited_next = (  # the caption bare, then again with its credit: "... khoá XI." / "... khoá XI. Ảnh: X"
            i > 0
            and after != block
            and after.startswith(block.rstrip(". "))
            and words(block) <= 40
            and is_caption(after)
        )
        elsewhere = (  # a picture's text printed again further on, apart from the first time
            i > 0
            and words(block) <= _CAPTION_PAIR_WORDS
            and not ends_sentence(block)
            and blocks[1:].count(block) > 1
            and (block in blocks[:i] or not ends_sentence(after) or block not in pictured)  # a pair later: a heading
            and not _MEASURED_ITEM.search(block)  # "✔ Đường: 100g" for the caramel, then for the custard
            and not _FIELD.match(block)  # "Địa điểm thi: Hàn Quốc" in each row of a schedule
            and not (heads_its_section_again(i, blocks) or block in d.listed)  # "Viêm xoang" in two lists: an item
            and not in_verse(blocks, i)  # a poem's tone pattern, "T T B B T T B" twice among its lines
            and after not in d.listed  # "[Các loại giấy tờ chung]" over each list of papers: its label
            and not (_NUMBERED_HEADING.match(block) and _NUMBERED_HEADING.match(after))  # a step in two procedures
        )
        before_scene = (  # "Các đội tham gia nấu ăn" over "Quang cảnh hội thi": two captions, one picture each
            0 < i < len(blocks) - 1
            and ends_sentence(blocks[i - 1])
            and not ends_sentence(block)
            and words(block) <= _SCENE_RUN_WORDS
            and is_scene_caption(after)
        )
        after_scene = (  # "Toàn cảnh Hội thi" over "Đội thi của Hội Phụ nữ xã ...": the next picture's caption
            1 < i < len(blocks) - 1
            and ends_sentence(after)
            and not ends_sentence(block)
            and words(block) <= _SCENE_RUN_WORDS
            and not ends_sentence(blocks[i - 1])  # a scene named bare, never a credited caption
            and is_scene_caption(blocks[i - 1])
        )
        captioned = is_caption(block, i == 0) and not is_list_point(blocks, i, d.listed)
        if bar_row(blocks, i):  # "Câu 1 – 2 |" / "“Phong thụ lâm” – ... |" / ...: a table's rows, read bare
            kept.append(block.rstrip(" |"))
            continue
        if (
            captioned
            or repeated
            or before_scene
            or after_scene
            or credited_next
            or elsewhere
            or under_picture
            or in_cell
            or titles_table
            or scene
            or source
            or over_credit
            or bracketed
            or initials
            or series
        ):
            broken = block.endswith(",")
            continue
        kept.append(_without_glued_caption(uncredited))
    return dataclasses.replace(d, blocks=without_portrait_names(kept))


# "(Mt 5,1-12a)", "(1 Cr 13,4-8)": a book of the Bible, its chapter and verses
_VERSES = re.compile(
    r"\(\s*(?:[1-3]\s?)?[A-ZĐ][a-zà-ỹđ]{0,4}\.?\s+\d{1,3}\s*[,:]\s*\d{1,3}[a-z]?(?:\s*[-–]\s*\d{1,3}[a-z]?)?\s*\)"
)
_SCENE_RUN_WORDS = 12
_TWICE_WORDS = 40
_TEASER_WORDS = 10
_ELLIPSIS = re.compile(r"\w(?:\.{3}|…)\s*$")  # "... từ sau ta...": a summary cut in a word
_PULL_QUOTE_WORDS = 8
_ATTRIBUTION_WORDS = 12
_ALT_WORDS = 5
_HEADLINE_CAPTION_WORDS = 12  # under the headline printed again, a longer sentence is text
_PLACED_CAPTION_WORDS = 25  # unless it places its subject ("... tại Tọa đàm ...")


def _titled(block: str) -> bool:
    return _NUMBERED_PART.match(block) is not None or block.isupper()
