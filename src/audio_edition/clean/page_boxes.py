"""Boxes a small portal prints around its story, scraped as lines above it: a poll ("Thăm dò ý kiến",
its question and its answers), a visit counter ("TỔNG SỐ LƯỢT TRUY CẬP"), a row of buttons ("Bản in
Gởi bài viết"), a list's flag after the title ("TRUNG THU 2023 Tin có hình"), charts' labels over
nothing ("Đồ thị tuần:" / "VN30:"), and a notice box over the story's title and its date ("THÔNG
BÁO" / the site's greeting / "<title>" / "30-09-2019"). None is read; the title under them heads
the page. Neither is a section's label run into the text ("Chuyên Mục: Tin tức YDL - ..."), nor a
date's label left alone once its date was taken ("Cập nhật lần cuối vào")."""

from __future__ import annotations

import dataclasses
import re

from .datelines import dateline
from .draft import Draft, ends_sentence, menu_label, words
from .patterns import NUMBERED_PART, SECTIONS, SERIAL_TITLE

_POLL_LABEL = re.compile(r"(?i)(?:thăm dò ý kiến|ý kiến thăm dò|bình chọn|khảo sát ý kiến)\s*:?")
_POLL_QUESTION = re.compile(r"(?i)(?:theo bạn|bạn thấy|bạn đánh giá|bạn nghĩ)\b[^?]*\?")
_POLL_ANSWER_WORDS = 4
_COUNTER = re.compile(  # and a counter's rows in English, over their figures ("Today" / "Yesterday" / ...)
    r"(?i)(?:tổng số )?lượt truy cập|đang truy cập|đang trực tuyến|số người (?:online|truy cập)|login form"
    r"|today|yesterday|(?:this|last) (?:week|month)|all days"
    r"|số (?:tác phẩm|tác giả|bài viết)|[\d.,]+ (?:tác phẩm|tác giả|bài viết)"  # a literature site's counts
    r"|truy cập (?:tổng|hiện tại|hôm nay|trong (?:ngày|tuần|tháng|năm))\s*:?\s*[\d.,]*"  # "Truy cập tổng 3.092.805"
)
_BUTTONS = re.compile(
    r"(?i)bản in|in bài(?: viết)?|g[ửở]i bài(?: viết)?|g[ửở]i email|lưu bài(?: viết)?|trở về|quay lại|read more"
)
_FIGURES = re.compile(r"\d[\d.,]*")
# "\#NgàyChủNhậtXanh" alone on its line too; "SHOP ACC GAME #SHOP-NICK-GAME #UY-TÍN #ONLINE-24/7": a shop's banner
_TAG_ROW = re.compile(r"(?:[A-Z0-9][A-Z0-9 &.-]{0,40} )?(?:\\?[#@]\w[\w/-]*\s*){2,}|\\?#[^\W\d_]\w{5,}")
# "(Dựa trên file: daikin_error_code.pdf)": the file a page was copied from, under its title
_FILE_NOTE = re.compile(r"\([^()]{0,40}\b(?i:file|tệp|tập tin)\s*:?\s*[\w.-]+\.(?i:pdf|docx?|xlsx?|pptx?)\)")
# "Smiley face": a template's alternative text for any picture, a short unstopped caption under it
_PLACEHOLDER_ALTS = frozenset({"smiley face", "image", "placeholder", "no image", "alt text"})
_CAPTION_WORDS = 10


_POLICY_BOXES = frozenset({"disclosure", "why trust us", "editorial policy", "chính sách biên tập"})
_POLICY_WORDS = re.compile(r"(?i:\bwebsite\b|\bblog\b|điều khoản|chính sách|biên tập|kiểm duyệt|chúng tôi)")


def _heading_or_sentence(block: str) -> bool:
    return ends_sentence(block) or block.rstrip().endswith(":") or NUMBERED_PART.match(block) is not None


# "1/2": a gallery's counter, the picture shown of so many
_GALLERY_COUNT = re.compile(r"(\d{1,2}) ?/ ?(\d{1,2})")
# "Hướng dẫn tự làm hồ thủy sinhTài liệu ... thế giớiKhám phá ...": a row of links, each glued to the next
_GLUED_LINKS = 3


def _glued_links(block: str) -> bool:
    """Three words or more glued to the next word's capital, one of each pair marked (never "TikTok", "YouTube"),
    in a line of no sentences."""
    glued = sum(
        any(a.islower() and b.isupper() for a, b in zip(token, token[1:])) and not token.isascii()
        for token in block.split()
    )
    # a paragraph whose headings a mirror glued to their text ("... cờ tướng, Khi ... Các hệ thống khai cuộcCó ba
    # loại ..."), with its sentences, is no row of links
    return glued >= _GLUED_LINKS and not ends_sentence(block) and not re.search(r"[.!?]\s+[A-ZĐÀ-Ỹ]", block)


# an encyclopedia mirror's notice over the article, "Bài viết này cần thêm chú thích nguồn gốc ... |"
_NOTICE = re.compile(r"(?i:bài viết này (?:cần thêm chú thích nguồn gốc|không có nguồn tham khảo))[^|]{0,80}\|?")
_TITLE_FLAG = re.compile(r"\s+(?:Tin|Bài) có (?:hình|ảnh|video)$")
_BOX_LABEL = re.compile(r"THÔNG BÁO|TIN MỚI|TIN NỔI BẬT|THÔNG TIN")
_BOX_LINES = 8  # a notice box's lines at most, over the story's title
_EMPTY_LABEL = re.compile(r"(?![IVX]{1,4}[/.)]|\d{1,2}[/.)])[^\s:]+(?:\s[^\s:]+){0,2}\s?:")  # never "I/ Mục tiêu :"
_SECTION_OVER_TEXT = re.compile(
    r"(?i:chuyên mục|danh mục)\s*:\s*(?P<section>[^\W\d_][^.:\-–]{1,30}?)\s+"
    r"(?:(?P<tag>[A-ZĐ]{2,6})\s+)?[-–]\s+(?=[A-ZĐÀ-Ỹ])"
)
_DATE_LABEL = re.compile(
    r"(?i)(?:ngày\s+)?(?:cập nhật|đăng|đăng tải|xuất bản|ngày đăng)(?:\s+lần cuối)?(?:\s+(?:vào|lúc|ngày))?\s*:?"
)


def _poll_end(blocks: tuple[str, ...], i: int) -> int:
    """Where the poll that starts at blocks[i] ends (i when none does): its label, question and answers."""
    k = i + 1 if _POLL_LABEL.fullmatch(blocks[i]) else i
    asks = _POLL_QUESTION.match(blocks[k]) if k < len(blocks) else None
    rest = blocks[k][asks.end() :] if asks else ""  # "... thế nào ? Phong phú đa dạng": its first answer glued on
    if asks is None or words(rest) > _POLL_ANSWER_WORDS or re.search(r"[.!?]", rest):
        return i  # "Bạn thấy ...? Vậy ...": a paragraph that asks, then goes on, is no poll's question
    asked = k = k + 1
    while k < len(blocks) and words(blocks[k]) <= _POLL_ANSWER_WORDS and not ends_sentence(blocks[k]):
        k += 1
    return k if k > asked or _POLL_LABEL.fullmatch(blocks[i]) else i  # its answers under it, or its label over it


def _notice_box_end(blocks: tuple[str, ...]) -> int:
    """How many lines a notice box opening the page takes: up to the first title over a date line."""
    if not blocks or not _BOX_LABEL.fullmatch(blocks[0]):
        return 0
    for k in range(2, min(_BOX_LINES, len(blocks) - 1)):
        title = blocks[k]
        if dateline(blocks[k + 1]) is not None and not ends_sentence(title) and 3 <= words(title) <= 30:
            return k if any(ends_sentence(b) for b in blocks[1:k]) else 0
    return 0


def drop_page_boxes(d: Draft) -> Draft:
    """A poll, a visit counter, a row of buttons and a list's flag after the title; a notice box over the
    story's dated title; an encyclopedia's notice; a breadcrumb's bare arrow over the title; a gallery's
    counter ("1/2"); a template's alternative text ("Smiley face") and the caption under it; a row of
    hashtags; the file a page was copied from, in brackets; a blog's notes on itself ("Disclosure", "Why Trust Us")
    with what they say of its site, terms and editors."""
    blocks = d.blocks[_notice_box_end(d.blocks) :]
    if blocks and (blocks[0].strip() in (">", ">>", "»", "›") or blocks[0].strip().lower() == "welcome text"):
        blocks = blocks[1:]  # a breadcrumb's arrow over the title, its links' words lost; a blog gadget's default title
    kept: list[str] = []
    i = 0
    counting = False
    while i < len(blocks):
        end = _poll_end(blocks, i)
        if end > i:
            i = end
            continue
        block = blocks[i]
        i += 1
        if _COUNTER.fullmatch(block):
            counting = True
            continue
        shown = _GALLERY_COUNT.fullmatch(block.strip())
        if shown and 0 < int(shown[1]) <= int(shown[2]):
            continue
        if block.strip().lower() in _POLICY_BOXES:  # "Disclosure", "Why Trust Us": a blog's notes on itself
            while (
                i < len(blocks) and _POLICY_WORDS.search(blocks[i]) and blocks[i].strip().lower() not in _POLICY_BOXES
            ):
                i += 1
            continue
        if _TAG_ROW.fullmatch(block.strip()) or _FILE_NOTE.fullmatch(block.strip()):
            continue  # "#LoiA4dieuhoaDaikin #Appongtho @All": a post's hashtags; "(Dựa trên file: ....pdf)"
        if block.strip().lower() in _PLACEHOLDER_ALTS:  # and the picture's caption under it
            i += i < len(blocks) and words(blocks[i]) <= _CAPTION_WORDS and not _heading_or_sentence(blocks[i])
            continue
        if (counting and _FIGURES.fullmatch(block)) or _NOTICE.fullmatch(block) or _glued_links(block):
            continue  # the counter's figures, under its labels; an encyclopedia's notice; a row of links
        if not _BUTTONS.sub("", block).strip():
            continue  # a row of buttons
        counting = False
        kept.append(block if ends_sentence(block) else _TITLE_FLAG.sub("", block))
    # "Đồ thị tuần:" / "VNIndex:" / "VN30:" / "Điểm nhấn:" / text: the lost charts' labels, the last heads the text
    labels = [_EMPTY_LABEL.fullmatch(b) is not None for b in kept]
    kept = [b for k, b in enumerate(kept) if not (labels[k] and k + 1 < len(kept) and labels[k + 1])]
    category, outlet = d.category, d.outlet
    paired = [
        k for k, b in enumerate(kept[:_PAIRED_REACH]) if _paired_sections(b) and any(map(ends_sentence, kept[:k]))
    ]
    if paired:  # "Văn hóa - Xã hội" under the lead: the story's section, two names joined
        category = category or kept[paired[0]]
        kept = [b for k, b in enumerate(kept) if k not in paired]
    for k, block in enumerate(kept[:3]):
        if m := _SECTION_OVER_TEXT.match(block):  # "Chuyên Mục: Tin tức YDL - Món mứt là ...": a forum's label
            kept[k], category, outlet = block[m.end() :], category or m["section"], outlet or m["tag"]
            break
        if k + 1 < len(kept) and SERIAL_TITLE.search(kept[k + 1]) and _section_label(block):
            category = category or block  # "Võ Lâm & Nhân Vật Võ Lâm" over "Ký sự: ... (Kỳ II)": the series' section
            del kept[k]
            break
    return dataclasses.replace(d, blocks=tuple(kept), category=category, outlet=outlet)


_PAIRED_REACH = 6


def _paired_sections(block: str) -> bool:
    """ "Văn hóa - Xã hội", "Kinh tế – Chính trị": two of the site's section names joined by a dash."""
    names = [menu_label(n) for n in re.split(r"\s+[-–]\s+", block.strip())]
    return len(names) == 2 and all(n in SECTIONS for n in names)


def _section_label(block: str) -> bool:
    return words(block) <= _SECTION_WORDS and not ends_sentence(block) and dateline(block) is None


_SECTION_WORDS = 8


def drop_bare_date_labels(d: Draft) -> Draft:
    """ "Cập nhật lần cuối vào" alone: a date's label whose date was taken as the page's."""
    return dataclasses.replace(d, blocks=tuple(b for b in d.blocks if not _DATE_LABEL.fullmatch(b)))


_CARD_LINES = 8  # a company's card and the title again, under the post's title


def drop_card_over_title_again(d: Draft) -> Draft:
    """ "kỹ thuật nuôi chim yến và thu hoạch" / "CTY TNHH ..." / "VŨ GIA HƯNG" / "A4.TMT2A.P.TMT.Q.12" /
    "KỸ THUẬT NUÔI CHIM YẾN" / "VÀ THU HOẠCH TỔ YẾN": a document pasted under a post's title, its
    company's card over the title printed again in capitals; the post's title heads the page (even in
    small letters), the card and the title again are not read."""
    blocks = d.blocks
    if len(blocks) < 4 or ends_sentence(blocks[0]):
        return d
    title = " ".join(blocks[0].lower().split())
    for k in range(2, min(_CARD_LINES, len(blocks) - 1)):
        for end in range(k + 1, min(k + 3, len(blocks)) + 1):
            again = " ".join(blocks[k:end])
            if again.isupper() and " ".join(again.lower().split()).startswith(title) and words(title) >= 4:
                if any(ends_sentence(b) for b in blocks[1:k]):
                    return d
                return dataclasses.replace(d, blocks=(blocks[0][:1].upper() + blocks[0][1:], *blocks[end:]))
    return d
