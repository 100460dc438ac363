"""The scrape's lines as blocks, seen while their bullets, gaps and link marks are still there:
boxes of links, lists under a sentence that opens them, list items without a stop, and (through
`pictures` and `promo`) pictures' captions and a sales box."""

from __future__ import annotations

import re

from . import patterns as P
from .draft import Draft, ends_sentence, menu_label, words
from .pictures import Line, picture_captions
from .promo import promo_box

_TWICE_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\s+\1\.?\s+")
_GLUED_NUMBER = re.compile(
    r"(?:^|(?<=\s))(\d{1,2})(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]*[à-ỹđ])"
)  # "1Thế nào là ...": a heading's number
_ITEM_NUMBER = re.compile(r"\s*(\d{1,2})[.)]\s")
_STRAY_STOP = re.compile(r"^\.\s+(?=\S)")
_TRAILING_BULLET = re.compile(r"(?<=[.!?…])\s+[-–]$")  # "... ở đáy chậu. -": the next item's bullet, left on this line
_RULE_ENDS = re.compile(r"^[_=~]{4,}\s*|\s*[_=~]{4,}$")
# "Ý NGHĨA NGÀY NHÀ GIÁO VIỆT NAM (20/11) ——————– Ngày 20.11.1982, ...": a rule inside a line parts two
_INLINE_RULE = re.compile(r"[ \t]+[—–_-]{4,}[ \t]+")
# "--- Hãy Bảo vệ Môi Trường" / "Bằng giải pháp KINH TẾ XANH ---": a blog's motto framed in dashes, over one line or two
_FRAMED_MOTTO = re.compile(r"^[ \t]*-{3,}[ \t]*[^\n-][^\n]{2,80}(?:\n[^\n]{3,80})?[ \t]*-{3,}[ \t]*$", re.MULTILINE)
# "Tất cả vì mục tiêu dân giàu, ... văn minh          Đoàn kết, ... hiệu quả          ...": a site's mottos in a
# scrolling banner, three or more on one line parted by long runs of spaces, none a sentence
_MARQUEE = re.compile(r"^[ \t]*(?:[^\s.!?][^\n.!?]{4,160}?[ \t]{10,}){2,}[^\s.!?][^\n.!?]{4,160}?[ \t]*$", re.MULTILINE)
# "... toàn diện.- Hướng học sinh ...": a list's items run together after their stops
_GLUED_ITEMS = re.compile(r"(?<=[a-zà-ỹđ][.!?;])-\s+(?=[A-ZĐÀ-Ỹ])")
# "NHIỆT LIỆT CHÀO MỪNG ... ***** NHIỆT LIỆT ...": slogans in capitals parted by asterisks, or one closing on its
# asterisk, the next slogan lost ("CHUYỂN ĐỔI SỐ LÀ ... CÔNG NGHỆ SỐ *")
_STARRED = re.compile(r"^[ \t]*\S[^\n*]{19,300}?[ \t]+\*+(?:[ \t]+[^\n*]{20,300}|[ \t]*)$", re.MULTILINE)


def _without_banners(text: str) -> str:
    """`text` without a site's mottos in a scrolling banner or its slogans parted by asterisks, and with a list's
    items run together after their stops set on lines of their own."""
    text = _GLUED_ITEMS.sub("\n- ", _MARQUEE.sub("", text))
    return _STARRED.sub(lambda m: "" if m[0].isupper() and not re.search(r"[.!?]", m[0]) else m[0], text)


def _rule_or_leader(m: re.Match[str]) -> str:
    """A rule inside a line parts it in two; after a row's number alone ("8 ------ EN (...)": a pin
    table) it is the row's leader, a pause."""
    row = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    return ", " if row.strip().isdigit() else "\n"


_SHORTCODE = re.compile(r"\[[a-z_]+\]|\{\{[\w().-]+\}\}")  # "[toc]", "{{toc}}": a plugin's marker in the text


def split_blocks(text: str) -> Draft:
    """One block per non-empty line, with list bullets and outer spaces removed; a line that
    links to another story (">> ...") is no block.

    Lines each under a bullet of their own ("-" on a line, then a title) are a box of links when
    two or more in a row read as titles, and so are two or more bulleted titles right under the
    headline. Pictures' captions found by the room the pictures left
    (`pictures`) and a sales box's shouted calls with their bullets (`promo`) are dropped here,
    where the gaps and bullets are still seen.
    """
    lines: list[Line] = []
    listed: set[int] = set()
    gap, spaced = 0, False
    bullet = False
    pointed = 0
    for raw in _INLINE_RULE.sub(_rule_or_leader, _without_banners(_FRAMED_MOTTO.sub("", text))).split("\n"):
        if P.LONE_BULLET.match(raw):
            bullet = True
            continue
        if P.RELATED_LINK.match(raw):
            pointed = 1 if raw.rstrip().endswith(":") else 0  # ">> Xem thêm:" over "1. <link>", "2. <link>"
            continue
        numbered = _ITEM_NUMBER.match(raw)
        if pointed and numbered and int(numbered[1]) == pointed:
            pointed += 1  # its links, numbered from 1; a "1." again starts the text's own parts
            continue
        pointed = pointed if not raw.strip() else 0
        line = P.BULLET.sub("", raw).strip()
        line = _RULE_ENDS.sub("", re.sub(r"[ \t]+", " ", line))  # "_______ TRẦN VĂN ĐƯỜNG": a rule, then a line
        line = _STRAY_STOP.sub("", line)  # ". Hồi 16 giờ, ...": a stop the scrape left before the text
        line = _TRAILING_BULLET.sub("", line)
        line = _TWICE_NUMBERED.sub(r"\1. ", line)  # "- 3.1 3.1. Số lượng ...": a contents plugin's item, one number
        line = (
            line if _GLUED_NUMBER.search(line, 1) else _GLUED_NUMBER.sub(r"\1. ", line)
        )  # never "1Viện ..., 2Công ty"
        if line and not P.PLACEHOLDER.match(line):
            mark = raw.lstrip()[:1]
            plus = mark == "+" and raw.lstrip()[1:2] == " "  # "+ Máy giặt bị quá tải ...", never "+84 ..."
            marked = mark if mark and mark in "•·▪►▶●○■□◆◇-–—*✔✓☑" or plus else ""
            if bullet and not marked:  # "•" over "• Nhà trong hẻm ...": an empty item, then an item of its own
                listed.add(len(lines))
            lines.append(Line(line, gap, spaced, bullet=marked or ("lone" if bullet else "")))  # "-" / "<item>" too
            gap, spaced, bullet = 0, False, False
        elif line:
            gap = 0 if _SHORTCODE.fullmatch(line) else gap  # "[toc]" between two parts: a box's marker, no picture
        elif not line:
            gap += 1
            bullet = False  # "•" closing a list, then an empty line: an empty item, never the next line's bullet
            spaced = spaced or raw.strip("\r") != ""  # a line of spaces: a picture's empty cell
    # a title may ask a question ("... kéo dài đến khi nào?"); a sentence ends with a full stop
    links = {
        i
        for i in listed
        if (i - 1 in listed or i + 1 in listed)
        and not lines[i].text.rstrip(" \"”’'»)").endswith((".", "…", ";"))
        and not _introduced_list(lines, listed, i)
        and not _dated_title(lines, listed, i)
    } | _links_under_headline(lines)
    lines = [line for i, line in enumerate(lines) if i not in links]
    dropped = picture_captions(lines) | promo_box(lines)
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    blocks = tuple(_item_stopped(kept, i) for i in range(len(kept)))
    return Draft(blocks=blocks, listed=frozenset(b for b, line in zip(blocks, kept) if line.bulleted))


_ITEM_WORDS = 5


def _item_stopped(lines: list[Line], i: int) -> str:
    """ "- Đặt phòng, đặt vé xe trước khi đi ít nhất một ngày" in a run of items under the same
    bullet one of which ends a sentence (and a short one over another, "- Miễn phí (tất nhiên
    rồi)"): an item of the list, closed by a stop, never a chapter's title ("* Từ ngày 31/5 ..."
    over "- Ngài chủ sự ..." heads its items), and so is any item of a list a colon introduces
    ("... là:" over "- Năm 2023: ...", "- Dự báo tiếp tục tăng ...", or over "- Krông Pắc"; a
    semicolon in its stead, "... tùy điều kiện nào đến trước;"), and
    under a paragraph any item of three or more short ones in a row."""
    line = lines[i]
    if not line.bulleted or ends_sentence(line.text) or line.text.endswith(":"):
        return line.text
    neighbours = [lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines)]
    start, end = i, i
    while start > 0 and lines[start - 1].bullet == line.bullet:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].bullet == line.bullet:
        end += 1
    run = [lines[k].text for k in range(start, end + 1)]
    stopped = any(t.endswith(".") for t in run)  # "• Nến từ ... thị trường" between items closed by a stop
    if stopped and (words(line.text) >= _ITEM_WORDS or i < end):  # "- Miễn phí (tất nhiên rồi)" over its fellows
        return line.text + "."
    label = lines[start - 1].text.rstrip() if start > 0 else ""
    introduced = (label.endswith((":", "?", ";")) or _NUMBERED_HEAD.match(label) is not None) and menu_label(
        label
    ) not in P.RELATED_HEADERS  # not "Tài liệu đính kèm:"
    if introduced and any(n.bullet == line.bullet for n in neighbours):
        return line.text + "."  # under "... là:", every item of the list ("- Krông Pắc", "- Dự báo ...")
    short = sum(words(lines[k].text) <= _SHORT_ITEM_WORDS for k in range(start, end + 1))
    after_text = ends_sentence(label) and words(label) >= _PARAGRAPH_WORDS  # not a menu's tabs over the title
    if after_text and short >= _SHORT_ITEMS and words(line.text) <= _SHORT_ITEM_WORDS:
        return line.text + "."  # "• Múa lân" / "• Trang phục truyền thống" / ...: a list of short items
    return line.text


_SHORT_ITEMS = 3
_SHORT_ITEM_WORDS = 8
_PARAGRAPH_WORDS = 8


def _introduced_list(lines: list[Line], listed: set[int], i: int) -> bool:
    """ "Top 10 tiêu chí gồm:", "Ví dụ:", a numbered heading ("🛡️ 2. Tuổi thọ và an toàn ...") or a
    question ("Nếu Không Thay Lõi Đúng Hạn Sẽ Ra Sao?") over items each under a bullet of its own,
    or a run of them one of which ends a sentence: the article's list, not a box of links ("Xem
    thêm:" heads links, whose titles end no sentence)."""
    start = end = i
    while start in listed:
        start -= 1
    while end + 1 in listed:
        end += 1
    if any(lines[k].text.rstrip(" \"”’'»)").endswith(".") for k in range(start + 1, end + 1)):
        return True
    head = lines[start].text.strip() if start >= 0 else ""
    if not head or menu_label(head) in P.RELATED_HEADERS:
        return False
    counted = _COUNT_HEAD.match(head)  # "🎯 3 câu hỏi “chốt” trước khi lắp" over its three items
    return (
        head.endswith((":", "?"))
        or _BRACKETED_LABEL.fullmatch(head) is not None  # "[Các loại giấy tờ chung]" over its items
        or _NUMBERED_HEAD.match(head) is not None
        or bool(counted and int(counted[1]) == end - start)
        or _section_heading(lines, start)
    )


# "Thursday, 29/10/2020", "29/10/2020 08:15": the page's day on the line after
_DAY_LINE = re.compile(rf"^(?:(?i:{P.WEEKDAY}|{P.ENGLISH_WEEKDAY})[\s,]*)?{P.DATE}(?:\s+{P.TIME})?$")


def _dated_title(lines: list[Line], listed: set[int], i: int) -> bool:
    """ "Tổng tiền thanh toán:" and "Tỷ lệ nước thải ... như thế nào?" each under a bullet of its own, the
    page's day right under the second: a cart's leftover over the article's title, never a box of links."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and i + 1 not in listed and not below.gap and _DAY_LINE.match(below.text) is not None


_HEADING_WORDS = (3, 15)
_BRACKETED_LABEL = re.compile(r"\[[^\[\]]{3,60}\]")


def _section_heading(lines: list[Line], i: int) -> bool:
    """ "Lợi ích khoa học của thiền chánh niệm" between a paragraph and its items: a heading in the
    text, whose list follows (a box of links ends the text or is headed "Xem thêm")."""
    if i < 1 or ends_sentence(lines[i].text) or not _HEADING_WORDS[0] <= words(lines[i].text) <= _HEADING_WORDS[1]:
        return False
    above = lines[i - 1].text
    if lines[i - 1].bulleted:  # under a list of facts ("- Thành lập: 2001", "- Điện thoại: ..."): in the text
        return i >= 2 and lines[i - 2].bulleted and _spec_field(above) and _spec_field(lines[i - 2].text)
    return ends_sentence(above) and words(above) >= _PARAGRAPH_WORDS


_NUMBERED_HEAD = re.compile(r"^[^\w]*(?:\d{1,2}|[IVX]{1,4})[.)/]\s+\w")  # "I. Các loại hồ sơ ...", "II/ ..." too
_COUNT_HEAD = re.compile(r"^[^\w]*(\d{1,2})\s+[^\W\d]")


_LINK_WORDS = (4, 25)


def _links_under_headline(lines: list[Line]) -> set[int]:
    """ "- Tăng cường hướng dẫn ..." and "- Nâng cao nhận thức ..." right under the headline, or
    under the lead: two or more bulleted titles (no closing stop; a question's mark may) are links to other
    stories. Under a numbered heading or a label ("1. Triệu chứng ...", "Gồm:"), or a lead that
    introduces them ("... như:"), they are its list."""
    if lines and (P.NUMBERED_ITEM.match(lines[0].text) or lines[0].text.rstrip().endswith(":")):
        return set()
    for start in (1, 2):
        if start == 2 and not (len(lines) > 2 and ends_sentence(lines[1].text)):
            break
        if start == 2 and lines[1].text.rstrip().endswith(":"):
            break  # "... các hiện tượng ... như:" over its items: the lead's own list
        end = start
        while (
            end < len(lines)
            and lines[end].bulleted
            and (not ends_sentence(lines[end].text) or lines[end].text.rstrip().endswith("?"))  # "... gì nhất?"
            and _LINK_WORDS[0] <= words(lines[end].text) <= _LINK_WORDS[1]
        ):
            end += 1
        fields = sum(_spec_field(lines[k].text) for k in range(start, end))
        if end - start >= 2 and not (fields >= _SPEC_FIELDS and fields * 2 >= end - start):
            while end < len(lines) and lines[end].bulleted and words(lines[end].text) < _LINK_WORDS[0]:
                end += 1  # "• VBPL liên quan" closing the links: a shorter one of theirs
            return set(range(start, end))  # never "-Đường kính (Ø) : 350mm", a product's specifications
    return set()


_SPEC_FIELD = re.compile(r"(?P<label>[^:\d]{2,30}?)\s?:\s?(?P<value>\S.*)")
_SPEC_FIELDS = 3


def _spec_field(text: str) -> bool:
    """ "Chiều cao thùng : 600mm", "Màu sắc : thân màu xanh dương": a short label and a short value,
    a line of a product's specifications (never a title, "Dinh dưỡng từ A-Z: Xây dựng chế độ ăn ...")."""
    m = _SPEC_FIELD.fullmatch(text)
    return m is not None and words(m["label"]) <= 4 and words(m["value"]) <= 6
