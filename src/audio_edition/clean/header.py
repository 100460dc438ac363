"""What stands above the headline: account controls, a weather box, the section label, a site's
banner over a headline printed twice, and a line naming the outlet; and what a page's title adds
after the headline printed again."""

from __future__ import annotations

import dataclasses
import re

from ..ingest.html import outlet_names
from . import patterns as P
from . import titles as T
from .breadcrumbs import numbered_crumb
from .caption_echoes import in_verse
from .datelines import dateline
from .draft import Draft, ends_sentence, is_icon, is_picture_name, menu_label, opens_with, shares_a_phrase, words
from .official_heading import INSTITUTION, without_state_heading
from .same_lines import phrase_said_twice
from .titles import about_the_title, asked_again, labels_in_a_row, placeholder, said_within, subtitled

_SHOP_GREETING = re.compile(
    r"[^.!?]{0,60}\b(?i:xin )?(?i:kính chào|chào mừng) (?i:quý khách|khách hàng|quý vị)[^.!?]{0,20}[.!]*"
)


def drop_header_furniture(d: Draft) -> Draft:
    """What a scrape of the page header leaves above the headline: account and search controls ("Đăng nhập", a search
    page's "Tìm kiếm: ..."), a blog archive's month ("October 2014"), and the section label printed over the headline
    ("Kinh doanh"), which becomes the category. A label is a known section or at most three words without closing
    punctuation, followed by a longer line without it (the headline); a trail of sections ("Tin tức Tin tức yến sào") or
    a slot's placeholder ("banner banner") is none. Up to three such labels can stand over the headline ("Syndicate
    content", "Nghề báo"); the last is the category. A longer run is the site's menu ("Trang chủ", "Nóng", "Video",
    "Podcast", "Tư vấn", "Menu"), which names no category. A short line over the text's first part ("Cá Betta" over "I.
    Thông tin ...") is the title, no label."""
    blocks, category = list(d.blocks), d.category
    # "banner banner banner", "Tin tức Tin tức yến sào": a placeholder's word, a trail of sections, none a label;
    # "Bách khoa toàn thư mở Wikipedia" under the title: the site's widget, no headline
    blocks = [
        b
        for i, b in enumerate(blocks)
        if i >= _TRAIL_LINES or not (placeholder(b) or _section_trail(b) or _menu_row(b) or T.widget_line(b))
    ]
    if len(blocks) > 3 and _BLOG_NAME.fullmatch(blocks[0]) and ends_sentence(blocks[1]) and is_headline_like(blocks[2]):
        blocks = blocks[2:]  # "thoaihoacongsongvn’s blog" / "Cung cấp các thông tin ...": the blog's name and motto
    if len(blocks) > 2 and T.motto_over_title(blocks):
        blocks = blocks[1:]
    if blocks and (failed := _FETCH_ERROR.match(blocks[0])):
        blocks[0] = blocks[0][failed.end() :]  # "Curl error: <title>": the scraper's failure written over the title
    # "TIN TỨC HOẠT ĐỘNG ... TIN TỨC HOẠT ĐỘNG ...": a section's label
    if len(blocks) > 2 and phrase_said_twice(blocks[0]):
        label = blocks.pop(0).split()
        category = category or " ".join(label[: len(label) // 2])
    while blocks and (
        menu_label(blocks[0]) in P.ACCOUNT_LABELS
        or is_icon(blocks[0])
        or _LOADING.match(blocks[0])
        or _SEARCH_PAGE.match(blocks[0])
        or (len(blocks) > 1 and _ARCHIVE_MONTH.match(blocks[0]))
        or P.SITE_MOTTO.fullmatch(blocks[0])  # "Nhân Văn - Tin Cậy - Kịp Thời - Hấp dẫn": the site's motto
        or _SHOP_GREETING.fullmatch(blocks[0])  # "Yến Sào Phương Toàn Kính Chào Khách Hàng."
        or (len(blocks) > 1 and _SALES_BANNER.fullmatch(blocks[0]) and is_headline_like(blocks[1]))  # over a title
        or (len(blocks) > 1 and _CLOCK_LINE.fullmatch(blocks[0]))  # "07:20:29": the page's clock, no day
    ):
        blocks.pop(0)
    # "Hà Nội:" over "Hơn 50.000 người tham gia ...": the headline's kicker, a place or a topic
    if len(blocks) > 2 and _KICKER.match(blocks[0]) and words(blocks[0]) <= 4 and is_headline_like(blocks[1]):
        blocks.pop(0)
    blocks, category = _without_tag_title(blocks, category)
    # "Lễ hội" over "Lễ hội đền Đô": a section whose name the headline opens with
    if len(blocks) > 2 and words(blocks[0]) <= 3 and _is_header_label(blocks[0]) and _extends(blocks[1], blocks[0]):
        category = category or blocks.pop(0)
    labels, limit = 0, (0 if d.dated_title else min(_MAX_MENU, len(blocks) - 1))  # a dated title is no label
    while (
        labels < limit
        and not asked_again(blocks[labels], blocks[labels + 1])
        and not said_within(blocks[labels + 1], blocks[labels])  # "Máy bơm ..., Nguyên nhân ..." over its words
        and not P.defines(blocks[labels], blocks[labels + 1])  # "Tốc độ chụp" / "Tốc độ chụp còn được hiểu là ..."
        and menu_label(blocks[labels + 1]) not in P.CONTENTS_HEADERS  # "Giống chó ..." over "Nội dung chính": the title
        and not (labels and P.GUIDE_TITLE.match(blocks[labels]))  # "Gương làm giàu" / "Kỹ thuật ghép bơ": the title
        and (
            _is_header_label(blocks[labels])
            or menu_label(blocks[labels]) in P.ACCOUNT_LABELS
            or is_icon(blocks[labels])
            or (labels > 0 and numbered_crumb(blocks[labels], blocks[labels - 1]))  # "1. Diễn đàn Dân sinh"
        )
    ):
        labels += 1
    if labels == 1 and blocks[0].isupper() and menu_label(blocks[0]) not in P.SECTIONS and in_verse(tuple(blocks), 3):
        labels = 0  # "VUI MỪNG GẶP MẶT" over short lines: a poem's title, never a section's label
    if labels == 2 and blocks[0] == blocks[1] and _DATED_OPENING.match(blocks[2]):  # the title twice over a wrapped
        blocks, labels = blocks[1:], 0  # text ("Vào ngày 05/8/2024 ... tổ chức buổi"): the title, no label
    # "Khóa học・Học phí" / "Khóa học" / "■ Khóa đặc biệt ..." / "■ ...": a title and a part's heading over its list
    listed = labels + 1 < len(blocks) and all(b in d.listed for b in blocks[labels : labels + 2])
    # "◆Mục tuyển dụng" / "■Điều kiện nhập học" / its first line: the page's headings, marked, over its text
    listed = listed or labels > 1 and all(b in d.listed for b in blocks[:labels]) and blocks[labels] not in d.listed
    if (
        labels
        and (is_headline_like(blocks[labels]) or bool(P.GUIDE_TITLE.match(blocks[labels])))  # "Kỹ thuật ghép bơ"
        and not is_picture_name(blocks[labels])  # "Cổ tức" / "Thumbnail Kien Thuc ...": a title over its picture
        and not listed
        and not (labels == 1 and P.FIRST_PART.match(blocks[1]))
    ):
        label = menu_label(blocks[labels - 1])
        if labels <= 3 and label not in P.ACCOUNT_LABELS and label not in P.RELATED_HEADERS:
            category = category or re.sub(r"^1\.\s+", "", blocks[labels - 1])
        rated = len(blocks) > labels + 1 and _RATING.fullmatch(blocks[labels + 1]) is not None  # "5/5 - (1 bình chọn)"
        blocks, category = _without_tag_title(blocks[labels:], category) if rated else (blocks[labels:], category)
    elif labels == 2 and words(blocks[2]) > _HEADLINE_WORDS[1] and _is_header_label(blocks[0]):
        category = category or blocks.pop(0)  # "Điểm di tích" / "Đền Kim Đằng" / its text: a short title
    category = category if not category or re.search(r"\w", category) else d.category  # "|" names nothing
    return dataclasses.replace(d, blocks=tuple(blocks), category=category)


_TRAIL_LINES = 3
_RATING = re.compile(r"\d(?:[.,]\d)?/\d{1,2}\s*[-–]?\s*\(?\d+\s*(?i:bình chọn|đánh giá|lượt đánh giá|votes?)\)?")
_ASKS = re.compile(r"(?i:vì sao|tại sao|làm sao|làm thế nào|có nên|có phải|bao giờ|bao nhiêu)\b")
_DATED_OPENING = re.compile(r"(?:Vào|Sáng|Chiều|Tối|Trưa)?\s?(?i:ngày|hôm) \d{1,2}[/-]\d{1,2}")
_BLOG_NAME = re.compile(r"[\w.-]+[’']s blog")
# "Back To School - Máy Cực Chất - Giá Cực Cool": a shop's sales banner over the title, one line, no sentence
_SALES_BANNER = re.compile(
    r"(?=.*(?i:back to school|black friday|cyber monday|flash sale|siêu sale|mega sale|sale off|giá cực|giá sốc"
    r"|giảm giá|khuyến mãi|ưu đãi))(?=.*\s[-–|]\s)[^.!?]{5,100}"  # parted by dashes or bars, as a slogan is
)
_CLOCK_LINE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_FETCH_ERROR = re.compile(r"(?i:c?url error)(?:\s*\d+)?\s*:\s*")


def _section_trail(block: str) -> bool:
    """ "Tin tức Tin tức yến sào": a trail of a section and its subsection named after it, its marks lost."""
    return any(menu_label(block).startswith(f"{name} {name} ") for name in P.SECTIONS)


def _extends(block: str, label: str) -> bool:
    """Whether `block` is a title that opens with `label` and says more, with no full stop (never what the label, a
    term, means: "Tốc độ chụp" / "Tốc độ chụp còn được hiểu là ...")."""
    said = block.lower().startswith(label.lower() + " ") and words(block) > words(label) and not ends_sentence(block)
    return said and not P.defines(label, block)


def _without_tag_title(blocks: list[str], category: str | None) -> tuple[list[str], str | None]:
    """ "mất việc không có Tết" over a story: a tag page's title in small letters (no headline's) names the category;
    the title again in capitals further down ("Giao thông công cộng") heads no story."""
    if not _titles_in_small_letters(blocks):
        return blocks, category
    title = blocks[0]
    return [b for i, b in enumerate(blocks[1:]) if i > 3 or b.lower() != title.lower()], category or title


def _titles_in_small_letters(blocks: list[str]) -> bool:
    """Whether the first block is a tag page's title in small letters over a story (a headline or
    a summary of five words or more), not a box's header ("xem thêm")."""
    return (
        len(blocks) > 1
        and blocks[0][:1].islower()
        and bool(_TAG_TITLE.fullmatch(blocks[0]))
        and words(blocks[0]) <= 8
        and menu_label(blocks[0]) not in P.RELATED_HEADERS
        and words(blocks[1]) >= 5
    )


def titles_a_tag_page(blocks: list[str]) -> bool:
    """A tag page's title ("Các điểm du lịch ...") over a story's headline (up to 30 words) and its paragraph."""
    if len(blocks) < 3:
        return False
    title, headline, paragraph = blocks[:3]
    return (
        is_headline_like(title)
        and "?" not in (title[-1:], headline[-1:])  # a headline asks, or a part's heading under the title does
        and ": " not in title  # "Đại lễ Phật đản: lịch sử và ý nghĩa": an article's title, a tag's has no colon
        and words(title) <= 10
        and not P.FOLLOW_US.match(title)
        and is_headline_like(headline)
        and not P.NUMBERED_ITEM.match(headline)  # "1. Bệnh thối ấu trùng ...": the post's first part
        and not re.match(r"\d{1,2},\s+[A-ZĐÀ-Ỹ]", headline)  # "1, Nguồn gốc ...": numbered with a comma
        and not _TRIP_DAY.match(headline)  # "NGÀY 01: HANOI - CÔN ĐẢO ...": a tour's first day, under its title
        and not P.SALUTATION.match(headline)  # "Kính thưa quí vị đại biểu, ...!": a speech under its title
        and headline.count(",") < 3  # "Thành Hoàng được thờ: Ngũ vị Đại Vương: Linh Lang, ...": a list
        and words(title) < words(headline) <= 30
        # "TUYỂN THỢ ... HCM" twice, "THI BẰNG LÁI ..." over "CẤU TRÚC ĐỀ THI BẰNG LÁI ...": a title, its heading (or
        # its subtitle in capitals: "Mẹo khi mua ván sàn gỗ công nghiệp" over "ĐỂ LỰA CHỌN ĐÚNG LOẠI VÁN SÀN ...")
        and not ((title.isupper() or headline.isupper()) and shares_a_phrase(title, headline))
        and ends_sentence(paragraph)
        and words(paragraph) >= 15
        and not (subtitled(title, headline, blocks[3:4]) or about_the_title(title, headline, paragraph))
    )


_TRIP_DAY = re.compile(r"(?i:ngày)\s+0?\d{1,2}\s*:")
_MAX_MENU = 8
# words in small letters, Vietnamese ones among them ("đường dây ma túy", never "domain, domain name")
_TAG_TITLE = re.compile(r"(?=.*[^\x00-\x7f])[^\W\d_]+(?: [^\W\d_]+)*")
# a search page's header: "Kết quả tìm kiếm", "Tìm kiếm: khách-thập-phương"
_SEARCH_PAGE = re.compile(r"^(?:kết quả tìm kiếm|tìm kiếm)(?:\s*:.*)?$", re.IGNORECASE)
# "October 2014", "Tháng Mười 2014": a blog archive's month over the posts it lists
_ARCHIVE_MONTH = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?i:tháng\s+(?:\d{1,2}|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|mười một|mười hai))),?\s+\d{4}$"
)
_KICKER = re.compile(r"^[^\W\d_][^\d.!?:]{1,30}:$")
_LOADING = re.compile(r"^(?:đang tải(?: dữ liệu| trang)?|loading)\s*(?:\.{2,}|…)?\s*$", re.IGNORECASE)


def _is_header_label(block: str) -> bool:
    """A site label over a headline: a known section, up to four words ("Nghề báo"), or a row of labels; never a
    question without its mark ("Vì sao chó nôn": a title that asks)."""
    block = re.sub(r"(?<=\D) (?:24h|247|24/7|365)$", "", block)  # "Đời sống 247": a section's name, round the clock
    short = words(block) <= 4 and not ends_sentence(block) and not re.search(r"\d", block) and not _ASKS.match(block)
    return menu_label(block) in P.SECTIONS or short or _all_labels(block) or labels_in_a_row(block)


_LABEL_WORDS = 16  # every word a known label: a long row is the menu still


def _menu_row(block: str) -> bool:
    """ "Thời sự Xây dựng Giao thông Kinh tế Pháp luật Văn hóa - Giải trí ... Video Multimedia": a long row of
    the site's sections, a word in three at most no known section."""
    rest, labels, odd = " ".join(re.findall(r"\w+", menu_label(block))), 0, 0
    names = sorted(P.SECTIONS, key=len, reverse=True)
    while rest:
        label = next((x for x in names if rest == x or rest.startswith(x + " ")), None)
        labels, odd = labels + (label is not None), odd + (label is None)
        rest = rest[len(label) if label else len(rest.split()[0]) :].strip()
    return labels >= _MENU_ROW_LABELS and 2 * odd <= labels


_MENU_ROW_LABELS = 6


def _all_labels(block: str) -> bool:
    """ "Bạn cần biết Tiện ích Liên hệ": a row of the site's menu, every word of it a known label."""
    if words(block) > _LABEL_WORDS or ends_sentence(block):
        return False
    rest = menu_label(block)
    labels = sorted({*P.SECTIONS, *P.ACCOUNT_LABELS, *P.CONTACT_LABELS}, key=len, reverse=True)
    while rest:
        label = next((x for x in labels if rest == x or rest.startswith(x + " ")), None)
        if label is None:
            return False
        rest = rest[len(label) :].strip()
    return True


def is_headline_like(block: str) -> bool:
    """Five words or more without a full stop (a question or an exclamation may end one) nor one inside ("... của
    chúng. Tại sao?" are a paragraph's sentences; "... kích hoạt. Nguyên nhân và cách khắc phục", a title's unstopped
    second half, may follow one), and fewer than a paragraph's (a page cut off mid-sentence is no headline)."""
    return (
        _HEADLINE_WORDS[0] <= words(block) <= _HEADLINE_WORDS[1]
        and (not ends_sentence(block) or block.rstrip().endswith(("?", "!")))
        and not re.search(r"[a-zà-ỹđ]{2}[.] [A-ZĐÀ-Ỹ](?![^.!?\d]{3,60}$)", block)
    )


_HEADLINE_WORDS = (5, 60)
_MIN_TABS = 5


# "Xu Hướng 6/2023 # <title> # Top 15 View | Site.vn": a mirror site's keyword line around a title
_SEO_PARTS = re.compile(r"\s+#\s+")
_SEO_FILLER = re.compile(r"(?i:^(?:top \d+|xu hướng [\d/]+)$|xem nhiều nhất|mới nhất \d|^top (?:like|\d+ view)$)")
_SEO_LINES = 3
_SEO_TITLE_WORDS = 5


_STARRED_BANNER = re.compile(r"\S\s+\*\s+\S.*\s\*\s")  # "CHƯƠNG TRÌNH 1719 * NÔNG THÔN MỚI * ..."


def _without_section_banner(blocks: list[str]) -> list[str]:
    """A paper's section banner over the title: its name and programmes in capitals, starred
    apart ("CHUYÊN TRANG" / "CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA" / "CHƯƠNG TRÌNH 1719 * NÔNG THÔN
    MỚI * ..."): the starred line and the lines in capitals over it are not read."""
    for k, block in enumerate(blocks[: _SEO_LINES + 3]):
        if block.isupper() and _STARRED_BANNER.search(block):
            start = k
            while start > 0 and blocks[start - 1].isupper():
                start -= 1
            return blocks[:start] + blocks[k + 1 :]
    return blocks


def unpack_seo_titles(d: Draft) -> Draft:
    """A mirror site's first lines pack a title between keywords with "#" ("Xu Hướng 6/2023 #
    Nước Mắt Làm Giàu: ... # Top 15 View | Raffles-design.edu.vn"): the title is read, the
    keywords are not; a line of nothing but keywords ("Top 11 # Xem Nhiều Nhất ... # Top Like")
    is not read at all. Nor is a section's starred banner (`_without_section_banner`)."""
    blocks = _without_section_banner(list(d.blocks))
    for i, block in enumerate(blocks[:_SEO_LINES]):
        parts = [p.split(" | ")[0].strip() for p in _SEO_PARTS.split(block)]
        if len(parts) < 3:
            continue
        titles = [p for p in parts if words(p) >= _SEO_TITLE_WORDS and not _SEO_FILLER.search(p)]
        blocks[i] = titles[0] if titles else ""
    return dataclasses.replace(d, blocks=tuple(b for b in blocks if b))


def drop_tab_menu(d: Draft) -> Draft:
    """A page's tabs under its headline ("Thuộc tính", "Nội dung", "VB gốc", "VB liên quan",
    "Lược đồ", ...): five or more short labels in a row, no digits, no stops, are not read."""
    blocks = d.blocks
    end = 1
    while end < len(blocks) and _is_header_label(blocks[end]) and words(blocks[end]) <= 4:
        end += 1
    if end - 1 < _MIN_TABS or not blocks or not is_headline_like(blocks[0]):
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[end:]))


def drop_header_widgets(d: Draft) -> Draft:
    """A weather box at the top of the page ("Hà Nội 15 °C", "• Đà Nẵng 23°C", "30°C" over "/ 27°C -
    33°C"), above the headline or among the page's first lines, under its clock ("| Hà Nội 34°C
    /57%"); the site's address as its first line ("Địa chỉ: Số 12 - ...")."""
    blocks = list(d.blocks)
    if blocks and P.SITE_ADDRESS.match(blocks[0]) and words(blocks[0]) <= _ADDRESS_WORDS:
        blocks.pop(0)
    while blocks and P.WEATHER_WIDGET.match(blocks[0]):
        blocks.pop(0)
    widgets = (P.TEMPERATURE, P.WEATHER_WIDGET)
    blocks = [b for i, b in enumerate(blocks) if not (i < _WIDGET_LINES and any(w.match(b) for w in widgets))]
    return dataclasses.replace(d, blocks=tuple(blocks))


_WIDGET_LINES = 6


def drop_letterhead(d: Draft) -> Draft:
    """An office's letterhead over its page: its name in capitals ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TÒA GIÁM MỤC BAN
    MÊ THUỘT") with the lines under it that place it, in capitals ("QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH") or as an address
    ("104 Phan Chu Trinh", "TP. Buôn Ma Thuột - Đăk Lăk"), over a headline in ordinary letters. None of it is read; the
    headline is. So is the office's name in capitals between the title and the title printed again ("TRƯỜNG TIỂU HỌC
    TRẦN PHÚ"), and the copy; an official document's heading (`without_state_heading`); a letter's sender
    (`_without_sender`); and the title printed again in capitals over two lines or more."""
    blocks = _without_sender(without_state_heading(d.blocks))
    for k in range(_TITLE_AGAIN_LINES, 1, -1):  # "KẾ HOẠCH TỔ CHỨC" / "CUỘC THI ..." / "NĂM HỌC 2020 - 2021"
        again = blocks[1 : k + 1]
        if len(again) == k and all(b.isupper() for b in again) and _same_title(blocks[0], " ".join(again)):
            blocks = (blocks[0], *blocks[k + 1 :])  # the title printed again in capitals over lines
            break
    if len(blocks) > 3 and INSTITUTION.match(blocks[1]) and blocks[1].isupper() and _same_title(blocks[0], blocks[2]):
        return dataclasses.replace(
            d, blocks=(blocks[0], *blocks[3:])
        )  # "TRƯỜNG TIỂU HỌC ..." between the title and its copy
    if len(blocks) < 3 or not (INSTITUTION.match(blocks[0]) and blocks[0].isupper() and words(blocks[0]) <= 10):
        return dataclasses.replace(d, blocks=blocks)
    i = 1
    while i < min(len(blocks) - 1, _LETTERHEAD_LINES) and _places_the_office(blocks[i]):
        i += 1
    if blocks[i].isupper() or ends_sentence(blocks[i]):
        return d  # a title in capitals, or a paragraph: no letterhead over a headline
    return dataclasses.replace(d, blocks=blocks[i:])


_TITLE_AGAIN_LINES = 4


_SENDER_CONTACT = re.compile(r"^(?i:tel|điện thoại|đt|email|e-mail)\s*:")
_SENDER_LINES = 6


def _without_sender(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """A letter's sender under its title: its name in Vietnamese and in English, its street
    address and, closing them, its telephone or email ("CỘNG ĐỒNG NGƯỜI VIỆT ... / TÂY ÚC",
    "VIETNAMESE COMMUNITY IN AUSTRALIA/WA CHAPTER INC.", "Unit 4 & 5, 151-155 Brisbane St, ...",
    "Tel: ... Email: ..."): short lines with no sentence among them, none of them read."""
    for k in range(2, min(len(blocks), _SENDER_LINES + 1)):
        if _SENDER_CONTACT.match(blocks[k]):
            sender = blocks[1:k]
            if all(words(b) <= _BANNER_WORDS and (b.isupper() or not ends_sentence(b)) for b in sender):
                return (blocks[0], *blocks[k + 1 :])
            break
    return blocks


def _same_title(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


_ADDRESS_LINE = re.compile(r"^(?:\d+[\w/]*\s+\S|(?i:tp\.?|thành phố|quận|huyện|tỉnh|thị xã)\s)")
_LETTERHEAD_LINES = 6


def _places_the_office(block: str) -> bool:
    """A letterhead's line under the office's name: a place in capitals, an address, a mark."""
    short = words(block) <= _BANNER_WORDS and not ends_sentence(block)
    return short and (block.isupper() or _ADDRESS_LINE.match(block) is not None or not re.search(r"\w", block))


_ADDRESS_WORDS = 25
_BANNER_WORDS = 12  # a site's banner is a slogan; a full sentence longer than this is a summary


def drop_above_repeated_headline(d: Draft) -> Draft:
    """A headline printed twice near the top (the page's title and its heading) is the headline; what stands above it
    ("Việt Nam vươn mình trong kỷ nguyên mới") is the site's banner, unless the headline stands there too: then the two
    copies go and the lead above them stays. A question printed twice under the text's opening ("Săm lốp xe máy là
    gì?") is the first part's heading, read once. With the headline and its summary, two paragraphs, or a title saying
    their words (or a short one, "Cách gấp con hạc", right over the summary) above them, the two copies are a picture's
    text and caption, and go; with a summary alone above them (a menu between), the summary is the lead under the
    title."""
    blocks = d.blocks
    for i in range(1, min(4, len(blocks) - 1)):
        one_sentence = not re.search(r"[.!?]\s+[A-ZĐÀ-Ỹ]", blocks[i])  # a summary printed twice has more
        placed = P.CAPTION_POSITION.search(blocks[i]) is not None  # "..., bên trái, ...": a picture's caption twice
        placed = placed or P.SALUTATION.match(blocks[i]) is not None  # "Kính thưa ..." twice: a speech's greeting
        if blocks[i] == blocks[i + 1] and is_headline_like(blocks[i]) and one_sentence and not placed:
            summaries = [k for k in range(i) if ends_sentence(blocks[k]) and words(blocks[k]) > _BANNER_WORDS]
            headed = bool(summaries) and any(is_headline_like(b) for b in blocks[: summaries[0]])
            headed = headed or any(is_headline_like(b) and shares_a_phrase(b, blocks[i]) for b in blocks[:i])
            headed = headed or (summaries == [1] and i == 2 and not ends_sentence(blocks[0]))  # a short title over it
            if blocks[i].endswith("?") and i + 2 < len(blocks) and opens_with(blocks[i + 2], blocks[i]):  # "X là gì?"
                return dataclasses.replace(d, blocks=(*blocks[: i + 1], *blocks[i + 2 :]))
            if summaries and blocks[i].endswith("?") and blocks[i] not in blocks[:i] and not blocks[0].endswith("?"):
                return dataclasses.replace(d, blocks=(*blocks[: i + 1], *blocks[i + 2 :]))  # the first part asks, twice
            if blocks[i] in blocks[:i] or headed or len(summaries) > 1:  # the headline again, a caption under the lead
                part = any(not ends_sentence(b) or b.endswith("?") for b in blocks[i + 2 : i + 3])  # a part's picture
                heads = {k for k in range(i) if part and ends_sentence(blocks[k + 1])}  # and the part's heading stays
                kept = [b for k, b in enumerate(blocks[:i]) if b != blocks[i] or k == 0 or k in heads]
                if kept[0].startswith(blocks[i]) and _DASHED_SUFFIX.fullmatch(kept[0][len(blocks[i]) :]):
                    kept[0] = blocks[i]  # "<title> – HiDUHOC" over its two copies: the site's name goes
                return dataclasses.replace(d, blocks=(*kept, *blocks[i + 2 :]))
            if summaries:  # a summary printed above its headline, a menu between: the summary is the lead
                return dataclasses.replace(d, blocks=(blocks[i], *(blocks[k] for k in summaries), *blocks[i + 2 :]))
            return dataclasses.replace(d, blocks=blocks[i:])
    return d


def extract_masthead(d: Draft) -> Draft:
    """A line near the top that is only the outlet's name ("Thanh Niên") names the outlet; so does a
    company's name over the page's date ("Công ty Cổ phần ong mật Daklak" / "07/03/2021 8:21:25 CH")."""
    for i, block in enumerate(d.blocks[:6]):
        outlet = outlet_names().get(menu_label(block))
        if outlet:
            return dataclasses.replace(d, blocks=d.blocks[:i] + d.blocks[i + 1 :], outlet=d.outlet or outlet)
    if len(d.blocks) > 2 and _COMPANY.fullmatch(d.blocks[0]) and _DATE_FIRST.match(d.blocks[1]):
        return dataclasses.replace(d, blocks=d.blocks[1:], outlet=d.outlet or d.blocks[0])
    return d


_COMPANY = re.compile(r"Công ty (?:Cổ phần|CP|TNHH)(?: [^\W\d_][\w&-]*){1,8}")
_DATE_FIRST = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\b")


_DASHED_SUFFIX = re.compile(r"\s+[-–|]\s+\S+(?:\s\S+){0,2}")  # "... – HiDUHOC": a site's name after its title


_DOUBLED_WORDS = 8


def drop_doubled_lines(d: Draft) -> Draft:
    """ "Nguyễn Ni Na" over "Nguyễn Ni Na" over "19/10/2025 14:19 GMT+7": a writer's name printed
    twice over the date line (the picture's text, then the name) is read once, as the byline."""
    blocks = d.blocks
    doubled = {
        i
        for i in range(1, len(blocks) - 1)
        if blocks[i] == blocks[i - 1] and words(blocks[i]) <= _DOUBLED_WORDS and dateline(blocks[i + 1]) is not None
    }
    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if i not in doubled))


_ECHO_SHARE = 0.6
_ECHO_LINES = 2
_ECHO_WORDS = 6


def drop_title_in_capitals_again(d: Draft) -> Draft:
    """ "ĐẠI LỄ PHẬT ĐẢN PHẬT LỊCH 2557 – 2013 DO" over "GIÁO HỘI ... TỔ CHỨC" under a headline in
    capitals that says the same (most words of each line the headline's, the first among them) is
    not read; a part's heading under it ("I. MỤC ĐÍCH", "CẤU TRÚC ĐỀ THI ...") stays."""
    blocks = d.blocks
    if len(blocks) < 3 or not blocks[0].isupper():
        return d
    title = set(re.findall(r"\w+", blocks[0].lower()))
    for n in range(_ECHO_LINES, 0, -1):
        lines = blocks[1 : 1 + n]
        if len(blocks) <= n + 1 or not all(b.isupper() and not ends_sentence(b) for b in lines):
            continue
        said = [re.findall(r"\w+", line.lower()) for line in lines]
        echoed = all(sum(w in title for w in line) >= _ECHO_SHARE * len(line) and line[0] in title for line in said)
        if echoed and sum(map(len, said)) >= _ECHO_WORDS:
            return dataclasses.replace(d, blocks=(blocks[0], *blocks[1 + n :]))
    return d
