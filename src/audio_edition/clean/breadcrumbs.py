"""Breadcrumb trails over a page's headline ("Trang chủ > Thời sự > Xã hội"): dropped, their last
crumb the category, a trail ending in the headline left as the headline."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .bylines import is_top_credit
from .datelines import dateline
from .draft import Draft, ends_sentence, menu_label, words

_HOME = frozenset({"trang chủ", "trang nhất", "home"})


def _headed_trail(block: str) -> tuple[str, str] | None:
    """The last crumb and the headline of a trail that ends in the headline: short crumbs, then a
    headline of five words or more."""
    parts = [p.strip() for p in P.crumbs_of(re.sub(r"^#{1,6}\s+", "", block))]
    if len(parts) < 3 or not all(0 < words(p) <= 4 for p in parts[:-1]) or words(parts[-1]) < 5:
        return None
    return parts[-2], parts[-1]


def numbered_crumb(line: str, section: str) -> bool:
    """Whether `line` is the next crumb of a trail printed as a numbered list under its section ("Dân sinh" over "1.
    Diễn đàn Dân sinh"): the number one, then a few words naming the section again."""
    m = re.fullmatch(r"1\.\s+([^.!?:]+)", line.strip())
    return m is not None and words(m[1]) <= _CRUMB_WORDS and menu_label(section) in menu_label(m[1])


_CRUMB_WORDS = 5
_TOPIC_LABEL = re.compile(r"(?i:topic|tag|tags|chủ đề|từ khóa|từ khoá)\s*:\s*(?P<topic>[^.!?:]{2,60})")
_BROKEN_TRAIL = re.compile(r"(?i:trang chủ|home)\s*[>»›/|]")
# "Trang chủNhìn ra thế giớiDầu khí ở ...": a trail whose crumbs the scrape glued together
_GLUED_TRAIL = re.compile(r"^(?:Trang chủ|Trang nhất|Home) ?(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")  # "Trang chủ Tín ngưỡng ..." too


def _after_home(block: str, parts: list[str]) -> str:
    """What follows the home crumb: "Home » Hợp Đồng Điều Trị Mụn | Bảng Giá ..." -> the headline
    whole, its own bar kept."""
    return block[block.find(parts[1]) :].strip()


_NUMBERED_HOME = re.compile(r"1\.\s*(?:/|(?i:trang chủ|trang nhất|home))")  # "1. /": the home icon lost, its slash left
_LABEL_TWICE = re.compile(r"(?P<label>[^\W\d][^·|•]{1,40}?)\s*[·|•]\s*(?P=label)")


def drop_breadcrumbs(d: Draft) -> Draft:
    """ "Trang chủ > Thời sự > Xã hội" style trails near the top of the page; a trail the scrape broke
    into lines ("Trang chủ >" / "Nghiên cứu - Phân tích" / the headline), its last crumb the
    category; a first line that is a trail ending in the headline, the headline. Over a trail
    from the home page, the site's name or slogan goes too, and a last crumb in capitals printed
    again below it ("BÀI TUYÊN TRUYỀN") is the section's label. A first line "Topic: ..." names the
    tag page, the category. A trail printed as a numbered list from "1. Home" goes whole. A trail run
    together that ends in the line over it ("Home Blog <title>") names that line the title."""
    kept = []
    category = d.category
    crumb_lines = 0
    labels: set[str] = set()
    titled = False
    step = 0  # "1. Home" / "2. Đồ Uống - Giải Khát" / "3. <headline> ...": a trail numbered as a list
    for i, block in enumerate(d.blocks):
        if i < 6 and _NUMBERED_HOME.fullmatch(block.strip()) or step and block.startswith(f"{step + 1}. "):
            step += 1
            category = category if step < 3 else category or d.blocks[i - 1][3:].strip()
            continue
        step = 0
        if crumb_lines and words(block) <= 5 and not ends_sentence(block) and i + 1 < len(d.blocks):
            crumb_lines -= 1
            category = block.strip()
            continue
        crumb_lines = 0
        twice = _LABEL_TWICE.fullmatch(block.strip()) if i < 6 else None
        if twice:  # "Nhóm ăn uống · Nhóm ăn uống": a section's label printed twice, its name the category
            category = category or twice["label"]
            continue
        topic = _TOPIC_LABEL.fullmatch(block.strip()) if i == 0 else None
        if topic:  # "Topic: NGÀY SÁCH VIỆT NAM": the tag page the story is shown on
            category = category or topic["topic"]
            continue
        if i < 6 and _BROKEN_TRAIL.fullmatch(block.strip()):
            crumb_lines = 2
            continue
        headed = _headed_trail(block) if i == 0 else None
        if headed:  # "# Du lịch ngoài nước > Nhà hàng > Nhà hàng nổi Jumbo ở Hồng Kông"
            category = category or headed[0]
            kept.append(headed[1])
            continue
        if i < 6 and _GLUED_TRAIL.match(block) and (block.endswith(("...", "…")) or not ends_sentence(block)):
            if i <= 3 and P.crumbs_of(block)[-1].strip() in d.blocks[i + 1 : i + 3]:
                kept.clear()  # the site's banner over its trail, the title under it
            # "<title>" / "Home Blog <title>": the trail names the line over it the title
            titled = titled or (0 < i and block.endswith(" " + d.blocks[i - 1].strip()))
            continue  # "Trang chủNhìn ra thế giớiDầu khí ở Biển Đông có vai trò ...": the trail, glued
        parts = P.crumbs_of(block)
        # a crumb of up to four words; six after the site's home or between arrows ("» Kiến thức y tế học đường »")
        longest = 6 if menu_label(parts[0]) in _HOME or re.search(r"[»›>]", block) else 4
        sizes = [words(p.replace(" - ", " ")) for p in parts]  # "Tin tức - Sự kiện": two labels, a crumb
        crumbs = len(parts) >= 2 and all(0 < size <= longest for size in sizes) and not ends_sentence(block)
        crumbs = crumbs and not P.NUMBERED_ITEM.match(block)  # "2. Phân trắng (WFD / WFS)": a list's item
        # "Trang chủ / Hôm nay (22/4), khai mạc ...": a trail ending in the headline printed below it
        if (
            i < 10
            and len(parts) >= 2
            and menu_label(parts[0]) in _HOME
            and (parts[-1].strip() in d.blocks[i + 1 : i + 3] or _after_home(block, parts) in d.blocks[i + 1 : i + 3])
        ):
            if i <= 3 or all(not ends_sentence(k.rstrip(":")) and words(k) <= _HEADER_LINE_WORDS for k in kept):
                kept.clear()  # the site's name or slogan over its trail is the page's header, its toolbar too
            last = parts[-1].strip()
            if last.isupper() and words(last) <= 4:  # "BÀI TUYÊN TRUYỀN" again below: the section's label
                labels.add(last)
                category = category or last
            category = category or (parts[-2].strip() if len(parts) > 2 else None)
            continue
        if 0 < i < 4 and len(parts) > 2 and menu_label(parts[0]) in _HOME and parts[-1].strip() in d.blocks[:i]:
            # "<title>" / "Trang chủ > Chuyên khoa > ... > <title>": the trail under the headline it ends in
            category = category or parts[-2].strip()
            continue
        if block.strip() in labels:
            continue
        introduced = bool(kept) and kept[-1].rstrip().endswith(":")  # "Nó trông như thế này:" / "Nguồn nước » ..."
        if i < 6 and crumbs and dateline(block) is None and not introduced:  # "30/09/2021 | 08:17 GMT+7" a date
            counted = _COUNTER.fullmatch(parts[-1].strip())  # "Lượt xem: 347 | Chia sẻ: 0": counts, no section
            category = category or (None if counted else parts[-1].strip())
            continue
        kept.append(block)
    category = category if category and re.search(r"\w", category) else d.category  # "| | |": a table's bars, none
    return dataclasses.replace(d, blocks=tuple(kept), category=category, dated_title=d.dated_title or titled)


_COUNTER = re.compile(r"(?i:lượt xem|chia sẻ|bình luận|lượt thích|views?|likes?|shares?)\s*:?\s*[\d.,]+")
_HEADER_LINE_WORDS = 6  # "Công ty cổ phần MISA" / "Help & Support Center": a help centre's header lines


_TITLE_LINE_TEXT = 3  # a headline, the sections' line, a paragraph


_PARAGRAPH_WORDS = 12
_LABEL_WORDS = 3
_LISTED_COMMAS = 2


def drop_sections_under_title(d: Draft) -> Draft:
    """ "Văn hóa - Xã hội" under the headline: the site's sections the story sits in, every part a
    section's name; the category, not read. A single section's name counts when a paragraph follows it
    ("Ngũ vị tử ..." / "Thuốc bắc" / "Ngũ vị tử là ..."): a heading would not open a page before its lead.
    So do a row of capitalised labels with commas between ("Hội thảo, Hội nghị, Tọa đàm") and a short
    label under the post's date ("18/01/2024 16:43" / "Hành trang sinh viên"), and a section in capitals run into its
    subsection ("HOẠT ĐỘNG GIÁO DỤC Tin tức từ trường"), a paragraph under them."""
    at = 2 if len(d.blocks) > _TITLE_LINE_TEXT and dateline(d.blocks[1]) is not None else 1
    if len(d.blocks) < at + 2:
        return d
    label, after = d.blocks[at], d.blocks[at + 1]
    parts = [p.strip() for p in re.split(r"\s+[-–|/»›>]\s+", label)]
    followed = ends_sentence(after) and words(after) >= _PARAGRAPH_WORDS
    known = all(menu_label(p) in P.SECTIONS for p in parts) and (len(parts) > 1 or followed)
    unstopped = not ends_sentence(label) and not re.search(r"[\d:?]", label) and label[:1].isupper()
    listed = unstopped and all(1 <= words(p) <= _LABEL_WORDS and p[:1].isupper() for p in label.split(", "))
    listed = listed and label.count(", ") >= _LISTED_COMMAS
    dated = at == 2 and unstopped and 1 < words(label) <= _LABEL_WORDS + 1  # never a lone "Bởi", a writer's label
    dated = dated and menu_label(label) not in P.CONTENTS_HEADERS  # "Nội dung bài viết": a contents box's header
    dated = dated and not is_top_credit(label)  # "Đăng bởi Mss Thao" under the day: who posted it, no section
    glued = unstopped and _CAPITALS_THEN_LABEL.fullmatch(label) is not None
    # "Tin Tức Tin Chuyên Ngành": a known section run into the next label, every word on a capital
    titled = unstopped and words(label) <= _LABEL_WORDS + 2 and all(w[:1].isupper() for w in label.split())
    glued = glued or (titled and any(label.lower().startswith(f"{section} ") for section in P.SECTIONS))
    if not (known or (followed and (listed or dated or glued))):
        return d
    return dataclasses.replace(d, blocks=(*d.blocks[:at], *d.blocks[at + 1 :]), category=d.category or label)


# "HOẠT ĐỘNG GIÁO DỤC Tin tức từ trường": a section in capitals and its subsection, a school site's trail run together
_CAPITALS_THEN_LABEL = re.compile(
    rf"(?:[{P.UPPER}]{{2,}} ){{1,4}}[{P.UPPER}]{{2,}} [{P.UPPER}][{P.LOWER}]+(?: [{P.LOWER}]+){{0,4}}"
)


_TRAIL_LINES = 4
_TRAIL_WORDS = 6


def drop_trail_over_dated_title(d: Draft) -> Draft:
    """ "Ẩm thực Canh & súp" / "🍲 Canh & súp" / "Phở Bò Hà Nội" / "09/03/2026" / "Phở Bò Hà Nội": the
    title printed over and under its date line is the headline, read once; the short unstopped lines over
    it are the site's trail, not read, their last the category."""
    blocks = d.blocks
    for k in range(1, min(_TRAIL_LINES, len(blocks) - 2)):
        title, date, again = blocks[k : k + 3]
        if again != title or dateline(date) is None:
            continue
        trail = blocks[:k]
        if any(ends_sentence(b) or words(b) > _TRAIL_WORDS for b in trail):
            return d
        return dataclasses.replace(d, blocks=(title, date, *blocks[k + 3 :]), category=d.category or trail[-1])
    return d


_TAG_WORDS = 4
_LABELLED_TAG_WORDS = 8
_TITLE_WORDS = 25


def drop_tag_over_title(d: Draft) -> Draft:
    """ "Nghị định 42" / "Thực hiện nghiêm Nghị định 42 của Chính phủ" / "Dù được ...": a tag page's label over the
    title of a story tagged with it, the title saying the label's words again, a paragraph under it; the label is the
    category, not the headline."""
    if len(d.blocks) < _TITLE_LINE_TEXT:
        return d
    tag, title, text = d.blocks[:3]
    label = _TAG_LABEL.match(tag)  # "Thẻ: cửa cuốn bị kẹt vật cản": the tag page says what it is
    tag = tag[label.end() :] if label else tag
    short = words(tag) <= (_LABELLED_TAG_WORDS if label else _TAG_WORDS) and not ends_sentence(tag)
    short = short and (tag[:1].isupper() or label is not None)
    asks = label is not None and title.rstrip().endswith("?")  # "Cửa cuốn bị kẹt vật cản khắc phục như thế nào?"
    titled = words(title) <= _TITLE_WORDS and (asks or not ends_sentence(title)) and words(title) > words(tag)
    if not (short and titled and (label or ends_sentence(text)) and tag.strip().lower() in title.lower()):
        return d
    if P.defines(tag, title):
        return d  # "Tốc độ chụp" / "Tốc độ chụp còn được hiểu là ...": a term, then what it means; the title, no tag
    return dataclasses.replace(d, blocks=d.blocks[1:], category=d.category or tag.strip())


_TAG_LABEL = re.compile(r"(?i:thẻ|tags?|từ khóa|từ khoá)\s*:\s*")
