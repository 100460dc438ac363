"""Boxes of links to the site's other stories: "Tin liên quan" and "Xem thêm" with the links
under them, tags and share bars, the links to a series' other parts, and related titles printed
as a row or glued to themselves; and a copying site's next story under the one it copied."""

from __future__ import annotations

import dataclasses
import re

from ..text.letters import LOWER, UPPER
from . import patterns as P
from .alt_text import title_case
from .authors import looks_like_author
from .caption_marks import is_source_credit
from .draft import TOGGLE, Draft, ends_sentence, is_icon, menu_label, words
from .titles import title_under_boxes

_SERIES_PART = re.compile(r"Bài \d{1,2}\s*[:.–-]\s*\S.{0,120}")


def _series_links(blocks: tuple[str, ...]) -> set[int]:
    """ "Bài 1: Ngành nuôi lợn gặp khó" over "Bài 2: ...": links to a series' other parts, two or
    more in a row (one with a stop between two, "1. Bài 1: ..." numbered too), or one when the
    headline names its own part ("... - Bài 3: ...")."""
    every = [i for i, b in enumerate(blocks) if i > 0 and _SERIES_PART.fullmatch(re.sub(r"^\d{1,2}\.\s+", "", b))]
    told = [i for i in every if ends_sentence(blocks[i]) and not blocks[i].endswith("?")]  # a part's title may ask
    parts = [i for i in every if i not in told or (i - 1 in every and i + 1 in every)]
    parts = [i for i in parts if not _told_run(i, every, told)]
    in_series = bool(blocks) and re.search(r"\bBài \d{1,2}\s*:", blocks[0]) is not None
    return {i for i in parts if in_series or i - 1 in parts or i + 1 in parts}


def _told_run(i: int, every: list[int], told: list[int]) -> bool:
    """ "Bài 3: 1 nhúm lá hẹ, vài lát gừng, ..." among "Bài 2: ..." and "Bài 4: ...", most of the run
    ending in stops: a text's numbered remedies or exercises, never links to a series' parts."""
    start = end = i
    while start - 1 in every:
        start -= 1
    while end + 1 in every:
        end += 1
    stopped = sum(start <= j <= end for j in told)
    return stopped >= 2 and 2 * stopped >= end - start + 1


def _titles_row(block: str, titles: tuple[str, ...]) -> bool:
    """ "<the series' title> Xây dựng ... Công đoàn Thủ đô tiếp sức ...": the page's own title,
    then more titles run on in one line without a stop: a row of links to related stories."""
    return not ends_sentence(block) and any(
        words(title) >= 5 and block.startswith(title + " ") and block[len(title) + 1 : len(title) + 2].isupper()
        for title in titles
    )


_DOUBLED_MIN_WORDS = 4


def _doubled_title(block: str) -> bool:
    """ "Cần Thơ: Xây dựng thương hiệu ...Cần Thơ: Xây dựng thương hiệu ...": a related story's
    link, its picture's text glued to its title, the same words twice."""
    block = block.rstrip(" -–|")  # "...Thiên NhiênTop 10 ... Thiên Nhiên-": a card's dash after it
    half, odd = divmod(len(block), 2)
    return not odd and block[:half] == block[half:] and words(block[:half]) >= _DOUBLED_MIN_WORDS


_QUOTED_VALUE = re.compile(r"[“\"][^”\"]{2,80}[”\"]\.?")
# "Chủ đề: mẹ trầm cảm sau sinh: Mẹ trầm cảm ... giúp đỡ. Việc ...": a generated page's search words, then its summary
_TOPIC_SUMMARY = re.compile(r"[^:.!?]{2,60}:\s+[A-ZĐÀ-Ỹ][^:]{60,}[.!?…]")


_POINTED_LINK = re.compile(r"(?:=+\s*)?(?:>{1,3}|»|=>)\s+\S.{3,150}")


_SHARED_WORDS = 6


def drop_related(d: Draft) -> Draft:
    """ "Tin liên quan" / "Xem thêm" boxes with the links under them, tags and share bars, a link
    to a recording ("Xem video ...") or pointed at ("👉 ... truy cập ...") or named ("Xem thêm các
    bệnh ..."), an embedded video's title ("MV ... – Mỹ Tâm"), other stories' titles
    run into one line, a "[Xem thêm…]" link closing an excerpt, a field label alone on its line
    ("Mô tả") and the links to a series' other parts ("Bài 1: ..."); between paragraphs, a link in brackets or two
    or three dashed titles.

    A header with text after its colon is one line of links; a bare header owns the
    headline-like lines (no closing punctuation) that follow it.
    """
    kept: list[str] = []
    in_box = False
    boxed: set[str] = set()  # the box's lines so far, as the contents would name a part
    series = _series_links(d.blocks)
    pointed = False  # a lone ">>" over the title it links
    for i, block in enumerate(d.blocks):
        if i in series or (pointed and words(block) <= 20 and not ends_sentence(block)):
            pointed = False
            continue
        pointed = block.strip() in (">", ">>", "»", ">>>")
        if _POINTED_LINK.fullmatch(block.strip()) and words(block) <= 20 and not ends_sentence(block):
            continue  # "==== > Tìm hiểu về giống mai siêu bông sài gòn": a pointed link on its own line
        # above the article ("xem thêm" over a list of sections) a box holds menu items, short
        # or icon labels; the headline under it ends the box
        if in_box and not any(ends_sentence(k) for k in kept) and words(block) > 4 and not is_icon(block):
            in_box = False
        if in_box and i > 1 and i + 1 < len(d.blocks) and title_under_boxes(d.blocks[0], block, d.blocks[i + 1]):
            in_box = False  # "(site.vn) - <summary>" / "Đọc nhiều" / <title> / <text>: the title under the box
        if in_box and _toc_entry(block) in boxed:
            in_box = False  # "1. Tổng quan ..." under "1 1. Tổng quan ...": the contents over, the first part's heading
        nxt = d.blocks[i + 1] if i + 1 < len(d.blocks) else ""
        linked = _next_number(block, nxt) and not ends_sentence(nxt)  # "1. [PHÒNG – TRỊ] ..." over "2. ...": links
        if in_box and (P.STEP_LABEL.match(block) or P.FIRST_PART.match(block)) and not linked:
            in_box = False  # "Cách 1. Trồng rau mầm ..." under "Xem thêm:" and its links: the text's first part
        if in_box and i > 0 and _next_number(d.blocks[i - 1], block) and not linked and not ends_sentence(block):
            in_box = False  # the box's last numbered link: the text goes on under it
            continue
        if in_box:
            boxed.add(_toc_entry(block))
        if menu_label(block) in P.FIELD_LABELS:
            continue
        head, colon, links = re.sub(r"^\?+\s*", "", block).partition(":")  # "??? XEM THÊM: ...": an emoji lost
        quoted = _QUOTED_VALUE.fullmatch(links.strip()) is not None  # "Chủ đề: “Ô nhiễm không khí”": a theme, read
        quoted = quoted or _TOPIC_SUMMARY.fullmatch(links.strip()) is not None
        # "Chia sẻ: Tại sao tôi vẫn ...?": a reflection's question to share, never a share bar's buttons
        quoted = quoted or (menu_label(head) == "chia sẻ" and words(links) >= _SHARED_WORDS and ends_sentence(links))
        if menu_label(block) in P.CONTENTS_HEADERS and _lost_box(d.blocks[i + 1 :]):
            continue  # "Mục lục" whose box the scrape lost: the one or two headings under it are the article's own
        if menu_label(block) in P.RELATED_HEADERS or (colon and menu_label(head) in P.RELATED_HEADERS and not quoted):
            in_box = not links.strip()
            if in_box and _teasers_to_the_end(d.blocks[i + 1 :]) and i >= len(d.blocks) // 2:
                break  # "Bài viết cùng chuyên mục" over other stories' titles and teasers: the page ends
            if menu_label(block) in _OLDER_AND_NEWER and i >= len(d.blocks) // 2:
                break  # "Những tin cũ hơn": the site's list of its other stories, however long their titles
            continue
        if _TEASED_LINK.match(block):
            continue
        if any(ends_sentence(k) for k in kept) and (_BRACKETED_LINK.fullmatch(block) or _inline_links(i, d)):
            continue  # "[Chủ tịch nước tiếp Đoàn ...]", "- Thi ảnh về Lâm Hà, ..." between two paragraphs: links
        if block.startswith(">>") or block.startswith("»") or (words(block) <= 10 and P.FOLLOW_US.match(block)):
            continue
        # the page's first line is its own title, questions and all ("Camera IP Là Gì? Có Nên Mua ...? ...")
        pointed_at = words(block) <= 40 and (_POINTER_LINK.match(block) or _ARROWED_LINK.fullmatch(block.strip()))
        if (i > 0 and _titles_run_together(block)) or pointed_at:
            continue
        if i <= _EVENT_TAG_LINES and _EVENT_TAG.fullmatch(block):
            continue  # "Sự kiện: Ẩm thực Việt" under the headline: the site's tag for a run of stories
        if 1 < i <= _EVENT_TAG_LINES and _top_list_link(block, d.blocks[0], d.blocks[i - 1]):
            continue  # "Top 7 chảo chống dính bán chạy năm 2023" under the summary: another post's title
        if words(block) <= 20 and (_MORE_TITLE.match(block) or (i > 0 and _EMBED_TITLE.match(block))):
            continue
        if words(block) <= 12 and P.WATCH_LINK.match(block):
            continue
        block = P.EXCERPT_TAIL.sub("…", P.BRACKETED_MORE.sub("…", block))
        block = P.READ_MORE.sub("", block) if ends_sentence(P.READ_MORE.sub("", block)) else block
        block = P.LINK_TAIL.sub("", block)
        if not re.search(r"\w", P.READ_MORE.sub("", block)):
            continue
        if _titles_row(block, (d.category or "", d.blocks[0] if d.blocks else "")) or _doubled_title(block):
            continue
        teaser = re.search(r",\s*(?:\.{3}|…)$", block) is not None  # "... vận động thành lập,...": a cut summary
        if in_box and (not ends_sentence(block) or teaser) and words(block) <= (60 if teaser else 30):
            continue
        in_box = False
        kept.append(block)
    return dataclasses.replace(d, blocks=tuple(kept))


# "[Chủ tịch nước tiếp Đoàn chức sắc các Hội thánh và tổ chức Cao Đài]": a link to another story, in brackets
_BRACKETED_LINK = re.compile(r"\[(?![Vv]ideo|VIDEO|[Cc]lip|Ảnh)[^\[\]]{15,160}[^.!?…\[\]]\]")
_LINK_WORDS = range(6, 26)
_LINKS_IN_A_RUN = range(2, 4)


def _inline_links(i: int, d: Draft) -> bool:
    """ "- Thi ảnh về Lâm Hà, tổng giải thưởng hơn 200 triệu đồng" / "- Gần 2.000 tác phẩm ...": two or three
    dashed lines of other stories' titles, no stop, between a paragraph ending on a full stop and one that goes on
    with the story, never a list's items (under a colon, or closing the text)."""
    blocks = d.blocks
    start = i
    while start > 0 and blocks[start - 1] in d.listed:
        start -= 1
    end = i
    while end + 1 < len(blocks) and blocks[end + 1] in d.listed:
        end += 1
    run = blocks[start : end + 1]
    return (
        start > 0
        and end + 1 < len(blocks)
        and len(run) in _LINKS_IN_A_RUN
        and all(b in d.listed and not ends_sentence(b) and words(b) in _LINK_WORDS for b in run)
        and blocks[start - 1].endswith(".")
        and ends_sentence(blocks[end + 1])
    )


# "Bạn nên biết: Phượt xuyên Việt bằng xe máy: Kinh nghiệm ...": another story's title, teased, no stop
_TEASED_LINK = re.compile(r"^(?:Bạn nên biết|Có thể bạn chưa biết|Bạn có biết)\s*:\s+[^.!?]{5,120}$")


def _teasers_to_the_end(rest: tuple[str, ...]) -> bool:
    """Other stories under a box's header to the page's end: titles without a stop, each over a short
    teaser, never a long paragraph."""
    titles = sum(not ends_sentence(b) and words(b) <= _TEASER_TITLE_WORDS for b in rest)
    return bool(rest) and titles * 2 >= len(rest) - 1 and all(words(b) <= _TEASER_WORDS for b in rest)


_TEASER_TITLE_WORDS = 15
_OLDER_AND_NEWER = frozenset({"những tin mới hơn", "những tin cũ hơn", "các tin mới hơn", "các tin cũ hơn"})
_TEASER_WORDS = 60


def _toc_entry(block: str) -> str:
    """ "1 1. Tổng quan ..." (a contents' line, its link's number first) as its part's heading: "1. tổng quan ..."."""
    return re.sub(r"^\d{1,2}\s+(?=\d)", "", block).strip().lower()


# "Xem thêm các bệnh dịch thường bùng phát vào mùa hè": a link to another story, its title after
# "Xem thêm" with no colon; "MV Nơi mình dừng chân – Mỹ Tâm": an embedded video's title
_MORE_TITLE = re.compile(
    r"^(?:Xem thêm|Đọc thêm|(?:Hoặc|Bạn|Hoặc bạn|Có thể)(?: có thể)? xem(?: thêm)? tại)\s+[^:.!?]{5,120}$"
)  # "Hoặc có thể xem tại Nguyên liệu thêu cơ bản đầy đủ": a link to another page
_EVENT_TAG = re.compile(r"Sự kiện\s*:\s*[^.!?:]{2,50}")
_TOP_LIST = re.compile(r"Top\s+\d{1,2}\s+[^\W\d_][^.!?:]{5,100}")
_TOP_LIST_WORDS = 16


def _top_list_link(block: str, title: str, before: str) -> bool:
    """ "Top 7 chảo chống dính bán chạy năm 2023" right under the summary of a page that is no top list itself: a
    link to another post, a listicle's title."""
    return (
        _TOP_LIST.fullmatch(block.strip()) is not None
        and words(block) <= _TOP_LIST_WORDS
        and ends_sentence(before)
        and not title.lstrip().lower().startswith("top")
    )


_EVENT_TAG_LINES = 4
_EMBED_TITLE = re.compile(r"^(?:MV|Clip|Teaser|Trailer|\[(?i:video|clip)\])\s[^.!?:]{2,80}$")  # "[VIDEO] Cách xếp ..."
# "👉 Đừng quên truy cập ... để tìm hiểu thêm ...": a pointer to another page
_POINTER_LINK = re.compile(r"^[👉👇➡→⇒►▶]\S*\s*.*\b(?:truy cập|xem thêm|tìm hiểu thêm|bấm vào|nhấn vào|click)\b", re.I)
# "Tham khảo tại bài viết sau >>> Nguồn gốc cây cà phê ở Việt Nam": another article's title pointed at
_ARROWED_LINK = re.compile(r"(?i:tham khảo|xem thêm|đọc thêm|xem)\b[^.!?>]{0,40}>{2,3}\s*[^.!?]+")


# a title's last marked letter glued to the next title's first word ("nở’Tan", "Né9x": "9x xinh đẹp ...")
_MARKED_LOWER = "".join(c for c in LOWER if not c.isascii())
_GLUED_TITLE_START = re.compile(rf"(?<=[{_MARKED_LOWER}])(?:[’'”]?[{UPPER}][{LOWER}]|\d{{1,2}}[a-z]{{1,2}}\b)")


def _titles_run_together(block: str) -> bool:
    """ "Sầu riêng xuất khẩu tăng vọt ..., tại sao ...? Lần đầu tiên ...? ... Khởi động mùa sầu
    riêng ... cả vườn": other stories' titles run into one line, questions with no sentence among
    them, the last one bare; or glued to one another, two seams or more; or three or more apart by slashes ("Hơn 300
    cán bộ hiến máu/ Gần 1.000
    đơn vị máu trong ngày hội/ Tôn vinh 100 tấm gương"), with no comma, as verse would have."""
    if len(_GLUED_TITLE_START.findall(block)) >= 2 and not re.search(r"[.!?]\s", block):
        return True  # "... rồi ‘oanh tạc’ Mũi Né9x xinh đẹp ... nức nở’Tan chảy’ trước ...": glued, each to the next
    if ends_sentence(block) or re.search(r"[.!]\s", block):
        return False
    if len(re.findall(r"\?\s+\S", block)) >= 2:
        return True
    titles = re.split(r"(?<=[\w'”’)])/\s+(?=[A-ZĐÀ-Ỹ])", block)
    return len(titles) >= 3 and "," not in block and all(5 <= words(t) <= 20 for t in titles)


_SIGN_OFF_WORDS = 4


def cut_copied_next_story(d: Draft) -> Draft:
    """A site that copies other papers' stories prints the next one under the first: after the
    writer's sign-off ("ĐẠI DŨNG") and the paper it came from ("Theo PLO"), in the second half,
    what follows is another story, not read."""
    blocks = d.blocks
    for k in range(max(3, len(blocks) // 2), len(blocks) - 1):
        sign_off = blocks[k - 1]
        signed = (
            words(sign_off) <= _SIGN_OFF_WORDS
            and not ends_sentence(sign_off)
            and (sign_off.isupper() or looks_like_author(sign_off))
        )
        if signed and is_source_credit(blocks[k]) and ends_sentence(blocks[k - 2]):
            return dataclasses.replace(d, blocks=blocks[: k + 1])
    return d


def _lost_box(rest: tuple[str, ...]) -> bool:
    """Whether the short lines under a contents header are fewer than a box holds and not all
    numbered ("1 Nguyên nhân ...", "2 Cách phòng tránh" are a box's items): the article's headings."""
    n = next((n for n, b in enumerate(rest) if ends_sentence(b) or words(b) > _CONTENTS_ITEM_WORDS), len(rest))
    return n < _MIN_HEADLESS_ITEMS and (n < 2 or not all(_ITEM_NUMBER.match(b) for b in rest[:n]))


_ENGLISH_CONTENTS = frozenset({"table of contents", "contents", "content"})  # a plugin's header, no heading
_CONTENTS_ITEM_WORDS = 20
_TOP_NUMBER = re.compile(r"(\d{1,2})[.)]")


def _step(before: str, block: str) -> int | None:
    """How far `block`'s top number is past the item's over it ("1.3. ..." then "2. ...": 1; "3. ..." then "1. ...":
    -2), None when either is unnumbered."""
    a, b = _TOP_NUMBER.match(before), _TOP_NUMBER.match(block)
    return None if a is None or b is None else int(b[1]) - int(a[1])


def _next_number(before: str, block: str) -> bool:
    """Whether `block` is numbered one past the item over it."""
    return _step(before, block) == 1


_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)/]?|[IVX]{1,4}[.)])\s*")
_FIRST_ITEM = re.compile(r"^1[.)]\s+\S")  # "1. Tại sao phải tiêm ngừa cho chó, mèo?"
_MIN_HEADLESS_ITEMS = 3
_ANNOUNCING_WORDS = 8


# "... không bị nổi váng1.1. Cách muối ...": a contents item run into the next one's number
_GLUED_ITEM = re.compile(r"(?<=[^\W\d_])(?=\d{1,2}(?:\.\d{1,2})*(?:\.\s|\s+[A-ZĐÀ-Ỹ]))")  # "... cưới2 Chi phí ..." too
_SPACED_ITEM = re.compile(r"(?<=[^\W\d_])\s+(?=\d{1,2}(?:\.\d{1,2})*\.\s+[A-ZĐÀ-Ỹ])")


_GLUED_HEADER = re.compile(r"((?i:mục lục|nội dung(?: bài viết| chính)?))(?=1\.\s?[^\W\d_])")


def _unglued_contents(blocks: tuple[str, ...]) -> list[str]:
    """The blocks, a contents box's items run together parted, one a block."""
    out: list[str] = []
    inside = False
    for block in blocks:
        if header := _GLUED_HEADER.match(block):  # "Nội dung1. Xe máy điện ...?2. So sánh ...": the header too
            out.append(header[1])
            block, inside = block[header.end() :], True
        spaced = _SPACED_ITEM.search(block) is not None and _ITEM_NUMBER.match(block) is not None  # "... gốc 3. Cách"
        if inside and (_GLUED_ITEM.search(block) or spaced):
            parts = [p for part in _GLUED_ITEM.split(block) for p in (_SPACED_ITEM.split(part) if spaced else [part])]
            out.extend(part.strip() for part in parts if part.strip())
            continue
        inside = menu_label(block) in P.CONTENTS_HEADERS or (inside and _ITEM_NUMBER.match(block) is not None)
        out.append(block)
    return out


def _contents_under_title(blocks: list[str]) -> int:
    """ "<title>" / "Tại sao cần chống thấm ...?" / "Nguyên nhân và giải pháp ..." / ... / "<title>" / a
    paragraph: a contents box without its header right under the title, the title among its entries
    (the last part is named like the page); how many lines it holds, none when it is no such box."""
    end = 1
    while end < len(blocks) and words(blocks[end]) <= _CONTENTS_ITEM_WORDS:
        if ends_sentence(blocks[end]) and not blocks[end].rstrip().endswith("?"):
            break
        end += 1
    entries = {entry.strip().casefold() for entry in blocks[1:end]}
    if end - 1 < _TITLED_CONTENTS_ITEMS or end == len(blocks) or blocks[0].strip().casefold() not in entries:
        return 0
    # a book's title page ("KỸ THUẬT", "Chương Mười", "HÀ NỘI-2001") is no box: its entries are phrases in small letters
    return end - 1 if all(words(b) >= _ENTRY_WORDS and not b.isupper() for b in blocks[1:end]) else 0


_ENTRY_WORDS = 3


_TITLED_CONTENTS_ITEMS = 4


def _in_list(k: int, end: int, blocks: list[str], d: Draft) -> bool:
    """Whether `blocks[k]` is a bullet among others ("Viêm xoang" between "Viêm tai giữa" and "Suy hô hấp")."""
    after = k + 1 < len(blocks) and blocks[k + 1] in d.listed
    return blocks[k] in d.listed and (after or (k > end and blocks[k - 1] in d.listed))


def drop_table_of_contents(d: Draft) -> Draft:
    """ "Mục lục" over the article's headings, one a line ("Quan niệm sai lầm ...", "Vì sao ...?"),
    the first of which the article prints again over its part: the contents box goes, header and
    items, and the heading printed again stays (a box no heading repeats is the related links'
    rule's). Without a header, three numbered headings or more from "1." in a row, the first
    printed again further down, are the box too, and so are three bulleted lines or more, one of
    them printed again further down. A plugin's English "Contents" goes even when the
    scrape lost its items; items the scrape ran together ("... nổi váng1.1. Cách muối ...") are
    parted first. A box under the title with no header, the title among its entries, goes too."""
    blocks = _unglued_contents(d.blocks)
    if boxed := _contents_under_title(blocks):
        blocks = blocks[:1] + blocks[1 + boxed :]
    for i, block in enumerate(blocks):
        bulleted = i > 0 and all(b in d.listed for b in blocks[i : i + _MIN_HEADLESS_ITEMS])  # "• Dàn ý ..." x 3
        headless = (_FIRST_ITEM.match(block) is not None or bulleted) and i + _MIN_HEADLESS_ITEMS <= len(blocks)
        if menu_label(block) not in P.CONTENTS_HEADERS and not headless:
            continue
        if headless and i > 0 and blocks[i - 1].rstrip().endswith(":") and words(blocks[i - 1]) >= _ANNOUNCING_WORDS:
            continue  # "... các đặc tính ... như sau:" over its bullets: a list the text reads, no box
        if bulleted and not _FIRST_ITEM.match(block) and block.rstrip().endswith(":"):
            continue  # "• Dấu hiệu nhận biết:" over "• Hơi lạnh yếu dần ...": a label over its signs, in every part
        end = i + 1 if menu_label(block) in P.CONTENTS_HEADERS else i
        seen: set[str] = set()
        order: list[str] = []
        fell = False
        while (
            end < len(blocks)
            and words(blocks[end]) <= _CONTENTS_ITEM_WORDS
            and (not bulleted or blocks[end] in d.listed)
        ):
            item = _ITEM_NUMBER.sub("", blocks[end])
            item = item.removesuffix(".") if blocks[end] in d.listed else item  # a bullet's stop is the scrape's
            item = item.removesuffix(":")  # "Điểm tin chính:": a part's heading as the box lists it
            stopped = ends_sentence(item) and not item.endswith("?")
            joined = {f"{a}: {b}" for a, b in zip(order, order[1:])}  # "1. Giới thiệu:" / "Tại sao ...": one heading
            if item in seen | joined or (stopped and not _next_number(blocks[end - 1], blocks[end])):
                break  # "9. ..." / "10. Đắm chìm ... tuyệt đẹp.": a stop, and still the box's next item
            fell = (_step(blocks[end - 1], blocks[end]) or 0) < 0
            if fell:
                break  # "3. ..." / "1. Tại sao ...?": the text's first part under a box that lost its first item
            seen.add(item)
            order.append(item)
            end += 1
        numbered = all(_ITEM_NUMBER.match(b) for b in blocks[i:end])
        if (
            end - i < _MIN_HEADLESS_ITEMS
            and menu_label(block) not in P.CONTENTS_HEADERS
            or (headless and not numbered | bulleted)
        ):
            continue
        # an item printed again further down as a heading; a bullet said again inside another list is no box's
        again = {
            _ITEM_NUMBER.sub("", b).removesuffix(":")
            for k, b in enumerate(blocks)
            if k >= end and not _in_list(k, end, blocks, d)
        }
        below = {_ITEM_NUMBER.sub("", b).removesuffix(":") for b in blocks[end:]}
        seen |= {f"{a}: {b}" for a, b in zip(order, order[1:])}
        # "Nội Dung <Ẩn>" over numbered items, the text's own "1." under them: a box (its items' parts cut off)
        toggled = TOGGLE.search(block) is not None and fell and all(_ITEM_NUMBER.match(b) for b in blocks[i + 1 : end])
        if seen & (again if bulleted and not numbered else below) or toggled:
            named = d.headings | {item.casefold() for item in seen & below}  # the parts' headings: no pictures' text
            return drop_table_of_contents(
                dataclasses.replace(d, blocks=tuple(blocks[:i] + blocks[end:]), headings=named)
            )
        if menu_label(block) in _ENGLISH_CONTENTS:  # "Contents" over items the scrape lost: the header alone
            return dataclasses.replace(d, blocks=tuple(blocks[:i] + blocks[i + 1 :]))
    return dataclasses.replace(d, blocks=tuple(blocks)) if boxed else d


# "Camnangbep.com cũng giúp giải đáp những vấn đề sau đây:": a site naming itself over a list
_SITE_OVER_LIST = re.compile(r"^\S*[A-Za-z]\.(?:com|vn|net|org)(?:\.vn)?\b[^.!?]{0,80}:$")
_MIN_SITE_ITEMS = 3


def drop_site_question_box(d: Draft) -> Draft:
    """ "Camnangbep.com cũng giúp giải đáp những vấn đề sau đây:" over its bulleted questions ("Cách
    làm bánh mì ủ qua đêm", ...): the site's box of the searches it answers, neither heading nor
    text; the bullets under it go with it."""
    blocks = list(d.blocks)
    for i, block in enumerate(blocks):
        if not _SITE_OVER_LIST.match(block.strip()):
            continue
        end = i + 1
        while end < len(blocks) and blocks[end] in d.listed:
            end += 1
        if end - i - 1 >= _MIN_SITE_ITEMS:
            return dataclasses.replace(d, blocks=tuple(blocks[:i] + blocks[end:]))
    return d


def drop_links_after_credit(d: Draft) -> Draft:
    """ "Tin bài/ảnh: Đoàn xã Duy Sơn" over "Đoàn Xã Duy Sơn Tổ Chức Diễn Đàn ..." and more titles to the end, each
    word capitalised: who made the story, then the site's other stories. The credit is the byline; the titles go."""
    for i, block in enumerate(d.blocks):
        credit = P.CREDIT_LINE.match(block) if i >= 2 else None
        rest = d.blocks[i + 1 :]
        if credit and len(rest) >= _LINKED_TITLES and all(title_case(b) for b in rest):
            return dataclasses.replace(d, blocks=d.blocks[:i], byline=d.byline or credit["names"].strip())
    return d


_LINKED_TITLES = 2


def drop_titles_at_end(d: Draft) -> Draft:
    """Three or more other stories' titles closing the page under the article's last sentence, each of nine words or
    more with no stop ("Quán triệt sách của Tổng Bí thư về ngoại giao và đại đoàn kết" / "Sẽ sắp xếp, ... 1.200 xã"
    / "Alo Chào buổi sáng - VTV1 - ..."): a video page's list of its other clips, never a poem's short lines."""
    blocks = d.blocks
    start = len(blocks)
    while (
        start > 0 and _TITLE_WORDS[0] <= words(blocks[start - 1]) <= _TITLE_WORDS[1] and _bare_title(blocks[start - 1])
    ):
        start -= 1
    above = blocks[start - 1].rstrip() if start else ""
    if len(blocks) - start < _TITLES_AT_END or start < 2 or not ends_sentence(above) or above.endswith(":"):
        return d
    return dataclasses.replace(d, blocks=blocks[:start])


def _bare_title(block: str) -> bool:
    return not ends_sentence(block) and not block.rstrip().endswith((":", ";", ",")) and not P.BULLET.match(block)


_TITLE_WORDS = (9, 25)
_TITLES_AT_END = 3
