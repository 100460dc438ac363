"""What a site prints over every page, at the top of a scrape, a blog post's meta list and a box of
tags run together; the site's name alone on a line, ending its header. A school's or a firm's name, in capitals or
in its own script, over the same name in its own script ("HÀN NGỮ SEJONG" over "세종한국어교육원"): the site's
banner, neither headline nor text.
A spam mirror built on a Chinese publishing template: its "you are here" line, a stamp running the
site's name into a time and the count of readers ("Fabet2025-03-15 01:31:18【Nhà cái uy tín】6人已围观"),
the label "简介" before a summary, and the keywords it glues to the title after an underscore ("...
định kỳ_tỷ số la galaxy")."""

from __future__ import annotations

import dataclasses
import re

from ..text.letters import LOWER, UPPER
from . import patterns as P
from .bylines import is_top_credit
from .datelines import dateline
from .draft import Draft, ends_sentence, looks_like_names, menu_label, surname_first, words
from .page_lines import READING_TIME

_BANNER_WORDS = 6
# a line all in a script other than the Latin alphabet: Han, kana, Hangul, Thai, Lao, Khmer
_OTHER_SCRIPT = re.compile(r"[\s\u0e00-\u0fff\u1100-\u11ff\u1780-\u17ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+")
# "Fabet2025-03-15 01:31:18【Nhà cái uy tín】6人已围观": a mirror's stamp line
_MIRROR_STAMP = re.compile(r"^\S*\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?\s*【[^】]*】.*$")
_MIRROR_LABEL = re.compile(r"^简介\s*")  # "简介": a summary, in the template's language
_KEYWORD_TAIL = re.compile(r"_[^_\s][^_]{2,60}$")  # "..._tỷ số la galaxy"
# "【vitamin c có tác dụng gì】Lớp học ...": a keyword put on the title
_KEYWORD_HEAD = re.compile(r"【[^】]{1,60}】\s*(?=\S)")
_SITE_AFTER = re.compile(r" [-|–] \S")  # "<title> - Shop Online Toàn Quốc": the site's name after it
_TOP_BLOCKS = 4
_HEARTED = re.compile(r"\S\s+[♥❤♡]\s+\S")
_SITE_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright)\s*(?:19|20)\d\d\b", re.IGNORECASE)
# a recipe card's labels, their values lost ("Chuẩn bị" / "Nấu/Nướng" / "Độ khó")
# "DANH NGÔN" / "Hành trình vạn dặm bắt đầu từ một bước chân - Lão Tử": a blog's quote box over the post
_QUOTE_BOX = frozenset({"danh ngôn", "câu nói hay", "câu nói hay mỗi ngày", "trích dẫn hay", "quote of the day"})
_ATTRIBUTED = re.compile(r"^[^.!?]{10,200}[.!?…]?[\"”]?\s+[-–—]\s+[A-ZĐÀ-Ỹ][\w.]*(?:\s[\w.]+){0,3}$")
# "Được xếp hạng 0 5 sao", "ĐÁNH GIÁ 5 SAO": a page's star-rating widget near its top
_RATING = re.compile(r"(?i:được xếp hạng\s+[\d.,]+(?:\s+[\d.,]+)?\s+sao|đánh giá\s+\d(?:[.,]\d)?\s+sao)")
# a template's menu button, its logo's text and its widgets' names ("Header Ads Widget", a Blogger
# template's "GuidePedia" over its comment count)
_MENU_BUTTONS = frozenset(
    {
        "select menu",
        "toggle navigation",
        "main menu",
        "logo",
        "top of page",
        "skip to content",
        "skip to main content",
        "header ads widget",
        "guidepedia",
    }
)
# "KPS System Corp | Công ty cổ phần Hệ Thống An Ninh Khai Phát": a firm's brand and its legal name, its header
_FIRM_BANNER = re.compile(
    r"[^|.!?]{2,40}\s\|\s(?i:công ty|tập đoàn|tổng công ty)\b[^|.!?]{3,80}"
    r"|(?i:công ty|tập đoàn|tổng công ty)\b[^|.!?]{3,80}\s\|\s[^|.!?]{2,40}"
)
# "VƯỜN ƯƠM CÂY GIỐNG TIẾN ĐẠT 280 Nguyễn Lương Bằng - TP.Buôn Ma Thuột": a shop's name in capitals run
# into its street address, its header; "399B Trường Chinh, phường 14, quận Tân Bình, TP.HCM", the address alone
_SHOP_ADDRESS = re.compile(
    rf"(?:[{UPPER}]+\s+){{3,}}\d{{1,4}}[A-Z]?(?:/\d{{1,4}})?\s+[{UPPER}][{LOWER}](?:[^.!?]|\.(?=\S)){{3,100}}"
    rf"|\d{{1,4}}[A-Z]?(?:/\d{{1,4}})?\s+[{UPPER}][^,.!?]{{2,30}},\s*(?i:phường|p\.|xã|thị trấn)\s*[^,.!?]{{1,25}},"
    r"\s*(?i:quận|q\.|huyện|thị xã)\s*[^,.!?]{1,25},\s*(?:[^,!?]{2,30})"
)
# "www.donghuongtienphuoc.com - Đồng hương Tiên Phước - Quê hương là ...": the site's address, name and motto
_SITE_TAGLINE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|vn|net|org|info)\s+[-|–]\s+[^.!?]{2,160}")
# "Xem chi tiet tin_new - Sở Tư pháp", "xem-chi-tiet-tin - UBND TP Vị Thanh": a portal's template named for its
# view, the page's title for every story
_TEMPLATE_TITLE = re.compile(r"(?i:xem[ -]chi[ -]ti[eế]t(?:[ -]tin|[ -]bài)?)(?:_\w+)?(?:\s+[-–|]\s+[^.!?]{2,60})?")
# "Thông tin từ các đơn vị Thông tin từ các đơn vị": the section's name printed twice
_DOUBLED_LABEL = re.compile(rf"(?P<label>[{UPPER}][^.!?:|]{{2,60}}?) (?P=label)")
_MENU_LABELS = frozenset({"danh mục", "chuyên mục", "menu", "danh mục sản phẩm"})  # a menu's label alone on top
# "Chào các bạn,": a blog's greeting alone over a post with no title, which heads nothing
GREETING = re.compile(
    r"(?i:(?:xin )?chào|hello|hi)\s+(?i:các bạn|cả nhà|mọi người|anh chị em|anh em|quý vị|bạn đọc|bà con)[\s,!.…]*"
)
# "Cảm ơn bạn đã ghé thăm trang!": a shop's thanks for the visit, over its post
_THANKS = re.compile(
    r"(?i:cảm ơn|cám ơn)\s+(?i:bạn|các bạn|quý khách|quý vị)\s+(?i:đã\s+)?(?i:ghé thăm|ghé|truy cập|đến với)"
    r"[^.!?]{0,40}[.!]*"
)
# "Đánh giá bài viết", "Đánh giá" bare: a rating box's label under the title, its stars lost
# "Với tình hình dịch ..., Meo.vn khuyên dùng Nước rửa tay khô ...": the site's own advert over every page
_EBOOK_NOTICE = re.compile(r"(?i:sách (?:ebook )?được sưu tầm từ internet)[^?]{0,300}")  # its copyright and ads
_SITE_ADVICE = re.compile(r"[^.!?]{0,160}\b[\w-]+\.(?:vn|com|net|org) (?i:khuyên(?: bạn)? dùng)[^.!?]{3,120}[.!]?")
_RATING_LABEL = re.compile(r"(?i:đánh giá bài viết|bình chọn bài viết|đánh giá bài này|đánh giá)\s*:?")
# "Thời gian làm việc" / "08:00 - 17:00": a shop's opening hours in its header
_HOURS_LABEL = frozenset({"thời gian làm việc", "giờ làm việc", "giờ mở cửa", "thời gian mở cửa"})
_HOURS = re.compile(r"[^\d]{0,30}\d{1,2}[:h]\d{2}\s*[-–]\s*\d{1,2}[:h]\d{2}[^.!?]{0,30}")
_RECIPE_CARD = frozenset({"chuẩn bị", "nấu", "nướng", "nấu/nướng", "độ khó", "khẩu phần", "tổng thời gian"})
# "... cho người mới chiasett chiasett (2025-08-13)": a comment's poster, a handle in small
# letters (printed twice, as name and login), and its day in brackets, run into the title
_HANDLE = r"(?=[a-z0-9_.]*[a-z]{3})[a-z0-9_.]{4,30}"  # a login: small letters, never "lớp 12a"
_POSTER_STAMP = re.compile(rf"\s+(?P<who>{_HANDLE}(?: {_HANDLE})?)\s+\((?P<day>\d{{4}}-\d\d-\d\d)\)$")


_TRAIL_NUMBER = re.compile(r"^\d{1,2}\.\s+")
_TRAIL_WITHIN = 6


def _without_trail_twice(blocks: list[str]) -> list[str]:
    """ "Lãnh sự/Thị thực" / "Các loại Visa" / "1. Lãnh sự/Thị thực" / "2. Các loại Visa": a page's trail of
    sections at the top, printed again as a numbered list; neither is read."""
    top = blocks[:_TRAIL_WITHIN]
    for i in range(1, len(top) - 1):
        run = [i + k for k in range(len(top) - i) if _TRAIL_NUMBER.sub("", top[i + k]) in top[:i]]
        numbered = [j for j in run if _TRAIL_NUMBER.match(top[j]) and j - i == run.index(j)]
        if len(numbered) >= 2:
            named = {_TRAIL_NUMBER.sub("", top[j]) for j in numbered}
            return [b for k, b in enumerate(blocks) if k not in numbered and not (k < i and b in named)]
    return blocks


def drop_site_banners(d: Draft) -> Draft:
    """A site's name over its name in another script, and the title with the site's name over the
    title, at the top; a star-rating widget; a template's menu under its button ("Select Menu"), its
    logo's text and its widgets' names ("logo", "Header Ads Widget"); a
    blog's name and motto parted by hearts over the post, its opening hours, a quote box ("DANH
    NGÔN") and the lines above it, and a site's lines down to its copyright ("© 2023 ..."); a spam
    mirror's stamp line and summary label anywhere near the top, and the keywords glued to its
    title; a comment's poster and day run into the title; a firm's brand and legal name over the page, a shop's
    name in capitals run into its street address, a menu's label ("Danh mục") or a blog's greeting ("Chào các
    bạn,") alone at its top, and the site's advert naming itself ("Meo.vn khuyên dùng ...")."""
    blocks = list(d.blocks)
    if (
        len(blocks) > 2
        and words(blocks[0]) <= _BANNER_WORDS
        and (blocks[0].isupper() or _OTHER_SCRIPT.fullmatch(blocks[0]))  # never a headline over its translation
        and _OTHER_SCRIPT.fullmatch(blocks[1])
    ):
        blocks = blocks[2:]
    elif len(blocks) > 2 and _OTHER_SCRIPT.fullmatch(blocks[0]) and not _OTHER_SCRIPT.fullmatch(blocks[1]):
        blocks = blocks[1:]  # "바로가기 메뉴 본문 바로가기": a consulate's skip links in its own script, over the page
    blocks = _without_trail_twice(blocks)
    doubled = _DOUBLED_LABEL.fullmatch(blocks[0]) if len(blocks) > 3 else None
    if doubled:  # the section's name printed twice over the title: the category
        blocks, d = blocks[1:], dataclasses.replace(d, category=d.category or doubled["label"])
    hearts = [i for i, b in enumerate(blocks[:_TOP_BLOCKS]) if _HEARTED.search(b) and not ends_sentence(b)]
    if hearts and hearts == list(range(len(hearts))) and hearts[-1] + 2 < len(blocks):
        blocks = blocks[hearts[-1] + 1 :]  # "Bếp Rùa ♥ Hơi ấm gia đình ...": a blog's name and motto
    blocks = [b for i, b in enumerate(blocks) if i >= _TOP_BLOCKS + 4 or not _RATING.fullmatch(b)]
    button = next((i for i, b in enumerate(blocks[:_TOP_BLOCKS]) if b.lower().strip() in _MENU_BUTTONS), None)
    end = button + 1 if button is not None else 0
    while button is not None and end < len(blocks) and words(blocks[end]) <= 2 and not ends_sentence(blocks[end]):
        end += 1  # "Select Menu" / "Wisata" / "Budaya" / ...: a template's menu, its button and items
    if button is not None and end + 1 < len(blocks):
        blocks = blocks[:button] + blocks[end:]
    while len(blocks) > 3 and (
        any(p.fullmatch(blocks[0]) for p in (_FIRM_BANNER, GREETING, _SITE_TAGLINE, _TEMPLATE_TITLE))
        or blocks[0].lower().strip(" :") in _MENU_LABELS
    ):
        blocks = blocks[1:]  # "KPS System Corp | Công ty cổ phần ...", "Danh mục", "www.x.com - X": the site's header
    if len(blocks) > 3 and len(blocks[0]) == 1 and blocks[0].isalpha():  # "K" / "Khách": an avatar's letter, its poster
        blocks = blocks[2:] if blocks[1].lower() in ("khách", "guest", "ẩn danh") else blocks[1:]
    if len(blocks) > 4 and len(blocks[1]) == 1 and blocks[1].isupper():  # "C" under a post's title: the avatar's
        blocks = [blocks[0], *blocks[2:]]
    top = [i < _TOP_BLOCKS and len(blocks) > 3 for i in range(len(blocks))]
    furniture = (_SHOP_ADDRESS, _THANKS, _RATING_LABEL, _SITE_ADVICE, _EBOOK_NOTICE)
    blocks = [b for i, b in enumerate(blocks) if not (top[i] and any(p.fullmatch(b) for p in furniture))]
    top = blocks[0]
    titled = [
        b for b in blocks[1:4] if words(b) >= _BANNER_WORDS and _SITE_AFTER.match(top, len(b)) and top.startswith(b)
    ]
    if titled and len(blocks) > 3:
        blocks = blocks[1:]  # "<title> - Shop Online Toàn Quốc" over "<title>": the page's title with the site's name
    hours = next((i for i, b in enumerate(blocks[:_TOP_BLOCKS]) if b.lower().strip(" :") in _HOURS_LABEL), None)
    if hours is not None and hours + 3 < len(blocks) and _HOURS.fullmatch(blocks[hours + 1]):
        blocks = blocks[:hours] + blocks[hours + 2 :]
    quoted = next((i for i, b in enumerate(blocks[: _TOP_BLOCKS + 2]) if b.lower().strip(" :") in _QUOTE_BOX), None)
    if quoted is not None and quoted + 4 < len(blocks) and _ATTRIBUTED.match(blocks[quoted + 1]):
        blocks = blocks[quoted + 2 :]  # the box and the header above it (the blog's motto)
    signed = next((i for i, b in enumerate(blocks[: _TOP_BLOCKS + 2]) if _SITE_COPYRIGHT.match(b)), None)
    if signed is not None and signed + 3 < len(blocks):
        blocks = blocks[signed + 1 :]  # "© 2023 Siêu thị PDF - ...": the site's header ends with its copyright
    card = [i for i, b in enumerate(blocks[: _TOP_BLOCKS + 4]) if b.lower().strip(" :") in _RECIPE_CARD]
    if len(card) >= 2 and card[-1] - card[0] == len(card) - 1:  # two labels or more, one under the other
        blocks = blocks[: card[0]] + blocks[card[-1] + 1 :]
    stamped = _POSTER_STAMP.search(blocks[0]) if blocks else None
    if stamped and words(blocks[0][: stamped.start()]) >= _BANNER_WORDS:
        blocks[0] = blocks[0][: stamped.start()]
        d = dataclasses.replace(d, published=d.published or stamped["day"])
    if any(_MIRROR_STAMP.match(b) for b in blocks[:_TOP_BLOCKS]):
        blocks = [b for b in blocks if not _MIRROR_STAMP.match(b)]
        titled = next((i for i, b in enumerate(blocks[:_TOP_BLOCKS]) if _KEYWORD_TAIL.search(b)), None)
        if titled is not None:
            blocks[titled] = _KEYWORD_TAIL.sub("", blocks[titled])
            title = blocks[titled]
            blocks = [b for b in blocks if not (_MIRROR_LABEL.match(b) and title in b)]
        blocks = [_MIRROR_LABEL.sub("", b) for b in blocks]
    if blocks and _KEYWORD_HEAD.match(blocks[0]):
        blocks[0] = _KEYWORD_HEAD.sub("", blocks[0], count=1)
    return dataclasses.replace(d, blocks=tuple(blocks)) if blocks != list(d.blocks) else d


def drop_name_in_english(d: Draft) -> Draft:
    """ "Bảo tàng Lịch sử Quốc gia" / "Vietnam National Museum of History" over "Trưng bày chuyên đề" and the text:
    the site's name and its English name, at the top, over the title."""
    top = next((i for i in range(_TOP_BLOCKS) if _named_in_english(d.blocks[i:])), None)
    if top is None or any(words(b) > _BANNER_WORDS or ends_sentence(b) for b in d.blocks[:top]):
        return d  # under a date line or a menu of languages, never under the text
    blocks = d.blocks[:top] + d.blocks[top + 2 :]
    return dataclasses.replace(d, blocks=blocks, outlet=d.outlet or d.blocks[top])  # the site: the outlet


def _named_in_english(blocks: tuple[str, ...]) -> bool:
    """A site's name, then the same in English words each capitalised, over a short title and the text."""
    if len(blocks) < 4 or not all(words(b) <= _BANNER_WORDS + 4 and not ends_sentence(b) for b in blocks[:3]):
        return False
    english = blocks[1].isascii() and all(w[:1].isupper() or w in _ENGLISH_SMALL for w in blocks[1].split())
    return english and not blocks[0].isascii() and words(blocks[1]) >= 2 and ends_sentence(blocks[3])


_ENGLISH_SMALL = ("of", "and", "for", "the", "in", "on", "at", "to", "&")


# A blog post's meta list under its title: "Thể loại Chuỗi 45 ngày ..." (its category) and "Ý kiến
# 0 bình luận" (its count of comments), beside "Đăng bởi ..." and the day
_POST_CATEGORY = re.compile(  # "Danh mục kiểm tra ..." without its colon is a checklist, no label
    r"^(?:(?:Thể loại|Chuyên mục|Category|Categories)\s*:?|Danh mục\s*:)\s+(?P<category>[^.!?:]{2,60})$"
)
# "By : Hongctv", "Posted by admin": the post's writer in its meta list
_POSTED_BY = re.compile(r"^(?:By|Posted by|Written by)\s*:?\s+(?P<who>[^.!?:]{2,40})$")
_COMMENT_COUNT = re.compile(r"^(?:Ý kiến\s+)?\d{1,5}\s+(?:bình luận|ý kiến|phản hồi)$", re.IGNORECASE)
_META_BLOCKS = 8


def drop_post_meta(d: Draft) -> Draft:
    """A post's category, writer ("By : Hongctv") and count of comments in the meta list under its
    title: the category and the writer named, no line read (nor taken for the headline). A list over
    how long the post takes to read ("DO Hoang Ha null" / "Jun 2" / "5 min read") is its writer and day."""
    kept, category, byline = [], d.category, d.byline
    timed = next((i for i, b in enumerate(d.blocks[:_META_BLOCKS]) if i > 1 and _listed_reading_time(b, d)), 0)
    start = timed
    while start > 1 and d.blocks[start - 1] in d.listed and words(d.blocks[start - 1]) <= _META_ITEM_WORDS:
        start -= 1
    if start < timed:
        byline = byline or re.sub(r"\s+null$", "", d.blocks[start])
    for i, block in enumerate(d.blocks):
        if start <= i < timed and dateline(block) is None:
            continue  # a full date stays for the dateline's rule, the reading time for the leftovers' rule
        if 0 < i < _SECTION_REACH and _section_under_title(d.blocks, i):
            category = category or block.strip()
            continue
        labelled = _POST_CATEGORY.match(block) if i < _META_BLOCKS else None
        if labelled and i > 0:
            category = category or labelled["category"].strip()
            continue
        if 0 < i < _SECTION_REACH and _named_over_date(block, d.blocks[i + 1 : i + 3]):
            byline = byline or block.strip()  # "<title>" / "Hồ Anh Thái" / "Truyện" / "10:00 | 16/07/2024": its writer
            continue
        kind_and_name = _KIND_THEN_NAME.fullmatch(block) if 0 < i < _SECTION_REACH + 1 else None
        if kind_and_name and dateline(d.blocks[i - 1]) is not None:
            byline = byline or kind_and_name["name"].title()  # "Truyện ngắn dự thi. ĐOÀN NGỌC HÀ" under the date
            continue
        posted = _POSTED_BY.match(block) if 0 < i < _META_BLOCKS else None
        if posted:
            byline = byline or posted["who"].strip()
            continue
        if i < _META_BLOCKS and _COMMENT_COUNT.match(block):
            continue
        kept.append(block)
    return dataclasses.replace(d, blocks=tuple(kept), category=category, byline=byline)


_META_ITEM_WORDS = 6
_NAME_WORDS = range(2, 5)
_KIND_THEN_NAME = re.compile(rf"[^.!?]{{3,40}}\.\s+(?P<name>(?:[{UPPER}]{{2,}}\s){{1,3}}[{UPPER}]{{2,}})")


def _named_over_date(block: str, below: tuple[str, ...]) -> bool:
    """A person's name alone, a common surname first, over a section's label over the post's date."""
    named = words(block) in _NAME_WORDS and looks_like_names(block) and surname_first(block.strip())
    labelled = len(below) == 2 and dateline(below[0]) is None and dateline(below[1]) is not None  # "Truyện" between
    return named and not ends_sentence(block) and labelled


_SECTION_REACH = 3
_SECTION_WORDS = 4
_PARAGRAPH_WORDS = 15


def _section_under_title(blocks: tuple[str, ...], i: int) -> bool:
    """ "Dấu hiệu của bệnh tay chân miệng?" (twice) / "Bệnh tay chân miệng" / a paragraph: the site's
    section under the title, a few of the title's own words, no heading (a heading says something new)."""
    title = {w.casefold() for w in re.findall(r"\w+", blocks[0])}
    label = [w.casefold() for w in re.findall(r"\w+", blocks[i])]
    if i + 1 >= len(blocks) or any(b != blocks[0] for b in blocks[1:i]) or ends_sentence(blocks[i]):
        return False
    paragraph = ends_sentence(blocks[i + 1]) and words(blocks[i + 1]) >= _PARAGRAPH_WORDS
    titled = words(blocks[0]) <= _TITLE_MOST  # an opening paragraph over the first part's heading names no section
    return paragraph and titled and 2 <= len(label) <= _SECTION_WORDS < len(title) and set(label) <= title


_TITLE_MOST = 30


def _listed_reading_time(block: str, d: Draft) -> bool:
    return block in d.listed and READING_TIME.fullmatch(block) is not None


# "Đổi Bằng Lái XeĐổi bằng lái xe quốc tếĐổi bằng ... IDPĐổi bằng ...": a box of tags or links
# run together, each opening with the same word, no space where one ends and the next begins
_GLUED_START = re.compile(rf"(?<=[{LOWER}{UPPER}])(?=[{UPPER}][{LOWER}])")
_GLUED_TAGS = 3


def drop_glued_tags(d: Draft) -> Draft:
    """A line near the top that runs three tags or more together, each opening with the same word:
    the site's box of tags or links, no headline."""
    for i, block in enumerate(d.blocks[:_TOP_BLOCKS]):
        parts = [p.strip() for p in _GLUED_START.split(block) if p.strip()]
        openings = {p.split()[0].lower() for p in parts}
        if len(parts) >= _GLUED_TAGS and len(openings) == 1 and len(d.blocks) > i + 1:
            return dataclasses.replace(d, blocks=d.blocks[:i] + d.blocks[i + 1 :])
    return d


# "Lượt xem: 238", "Lượt đọc: 12", "Số lần xem: 5": the views counted under a page's title
_VIEWS_UNDER_TITLE = re.compile(r"(?i:lượt xem|lượt đọc|số lần xem|đã xem)\s*:?\s*\d[\d.,]*")
_BANNER_LINES = 3


def drop_banner_over_counted_title(d: Draft) -> Draft:
    """ "Năm 2023 ... - Thực hiện chuyển đổi số" / "Hội nghị triển khai ..." / "Lượt xem: 238": the line
    a page counts the views under is its title; over it, no sentence closed, the site's banner."""
    counted = next(
        (i for i, b in enumerate(d.blocks[: _BANNER_LINES + 2]) if _VIEWS_UNDER_TITLE.fullmatch(b.strip())), None
    )
    title = None if not counted else counted - 1  # never -1: a count on the first line titles nothing
    while title and (
        menu_label(d.blocks[title]) in P.ACCOUNT_LABELS
        or is_top_credit(d.blocks[title])
        or _CARD_FIELD.fullmatch(d.blocks[title].strip())  # "Tác giả: ..." / "Số chương: 1": a book card's fields
    ):
        title -= 1  # "<title>" / "In trang này" or "Đăng bởi: ..." / "Lượt xem: 4,316": between them
    if not title or any(ends_sentence(b) for b in d.blocks[:counted]) or words(d.blocks[title]) < 3:
        return d
    return dataclasses.replace(d, blocks=d.blocks[title:])


_SUMMARY_WORDS = 15
_CARD_FIELD = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?: [^\W\d_]+){0,2}\s*:\s*\S[^.!?:]{0,40}")


def drop_section_over_summary(d: Draft) -> Draft:
    """ "Thông tin doanh nghiệp" over the summary of a page that prints no title: the section the
    page is filed under, its category, never the headline."""
    if len(d.blocks) < 2 or menu_label(d.blocks[0]) not in P.SECTIONS:
        return d
    summary = d.blocks[1]
    if not ends_sentence(summary) or words(summary) < _SUMMARY_WORDS:
        return d
    return dataclasses.replace(d, blocks=d.blocks[1:], category=d.category or d.blocks[0].strip())


_RULE_REACH = 5  # a blog's header runs to a few lines over the title the rule underlines
_HEADER_LINE_WORDS = 8


def drop_header_over_ruled_title(d: Draft) -> Draft:
    """ "Tổng hợp kiến thức nhân loại" / "Nguyễn Văn Hải" / "[Tây Ninh] Chinh phục ..." / "-----": a
    blog's motto and owner over a post's title that a rule underlines; the title is the line over
    the rule, the header over it goes (its owner's name the byline) and so does the rule."""
    blocks = d.blocks
    rule = next((i for i in range(2, min(_RULE_REACH, len(blocks))) if blocks[i].strip() == "-"), None)
    if rule is None or words(blocks[rule - 1]) < 4:
        return d
    header = blocks[: rule - 1]
    if not all(words(b) <= _HEADER_LINE_WORDS and not ends_sentence(b) for b in header):
        return d
    owner = next((b.strip() for b in reversed(header) if looks_like_names(b.strip())), None)
    kept = (blocks[rule - 1], *blocks[rule + 1 :])
    return dataclasses.replace(d, blocks=kept, byline=d.byline or owner, dated_title=True)


# "Tải về bản PDFTải về bản PDF": a how-to page's download button, printed once or twice
_PDF_BUTTON = re.compile(
    r"(?:(?i:tải về|tải xuống|download)\s+(?i:bản\s+)?PDF\s*)+"
    rf"|TẢI (?:MIỄN PHÍ|NGAY|VỀ)\s*[-–:]\s*[{UPPER}\d\s,&()/-]{{3,120}}"  # "TẢI MIỄN PHÍ – MẪU BÁO CÁO ...": a banner
    # a document library's notices: "Tài liệu này được Tải Miễn phí(FREE download) ...", "Đây là đoạn mẫu , hãy
    # download về để xem đầy đủ ..."
    r"|(?i:tài liệu này được tải miễn phí|đây là đoạn mẫu\s*,?\s*hãy download)[^!?]{0,100}"
)
# its rating bar, under the document's shelf ("giáo án điện tử Ngữ văn Ngữ văn 6"), the shelf's names in small letters
_RATING_BAR = re.compile(r"(?i:đánh giá\s+viết đánh giá)")
_SHELF_WORDS = 10
# "Phần 1" / "Phần 1 của 5:": a how-to page's counter of its parts; "How.com.vn Tiếng Việt: Step 1": a
# step's picture text run into it
_PART_COUNTER = re.compile(r"Phần\s+(?P<n>\d{1,2})\s+của\s+\d{1,2}\s*:?")
_STEP_PICTURE = re.compile(r"(?<=^)(?P<number>\d{1,2}\.\s+)?\S+\.\w{2,4}(?:\.\w{2})?\s+Tiếng Việt:\s+Step\s+\d{1,2}\s+")


def drop_download_buttons(d: Draft) -> Draft:
    """A how-to page's furniture between its steps: the "Tải về bản PDF" button (and a document library's notices and
    rating bar), the counter of its parts
    ("Phần 1 của 5:", with the bare "Phần 1" over it), and the picture text run into each step ("How.com.vn
    Tiếng Việt: Step 1 Cho chó ăn ..."), which leaves the step's number and words."""
    blocks = list(d.blocks)
    counted = {i for i, b in enumerate(blocks) if _PART_COUNTER.fullmatch(b.strip())}
    counted |= {i - 1 for i in counted if i > 0 and re.fullmatch(r"Phần\s+\d{1,2}", blocks[i - 1].strip())}
    rated = {i for i, b in enumerate(blocks) if _RATING_BAR.fullmatch(b.strip())}
    counted |= rated | {
        i - 1 for i in rated if i > 1 and blocks[i - 1][:1].islower() and words(blocks[i - 1]) <= _SHELF_WORDS
    }
    kept = [
        _STEP_PICTURE.sub(lambda m: m["number"] or "", b)
        for i, b in enumerate(blocks)
        if i not in counted and not (i > 0 and _PDF_BUTTON.fullmatch(b.strip()))
    ]
    return d if kept == blocks else dataclasses.replace(d, blocks=tuple(kept))


_LOGO = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|vn|net|org|info)", re.IGNORECASE)
_LOGO_REACH = 10
_MOTTO_WORDS, _LABEL_WORDS = 6, 4


def drop_above_site_logo(d: Draft) -> Draft:
    """ "Ủng hộ VCV" / ... / "vanchuongviet.org" / "Tư liệu văn hóa nghệ thuật" / "TIN TỨC" / <title>: the site's
    name alone on a line near the top, no sentence above it, ends its header; so does its motto under it, short and
    unstopped over a short label."""
    blocks = d.blocks
    logo = next((i for i, b in enumerate(blocks[:_LOGO_REACH]) if _LOGO.fullmatch(b.strip())), None)
    if logo is None or logo + 3 >= len(blocks) or any(ends_sentence(b) for b in blocks[:logo]):
        return d
    rest = blocks[logo + 1 :]
    motto = words(rest[0]) <= _MOTTO_WORDS and not ends_sentence(rest[0])
    if motto and words(rest[1]) <= _LABEL_WORDS and not ends_sentence(rest[1]) and len(rest) > 3:
        rest = rest[1:]
    return dataclasses.replace(d, blocks=rest)
