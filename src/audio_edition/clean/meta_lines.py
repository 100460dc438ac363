"""Lines under a post's headline that say who wrote it and when: a meta line, its day, its writer and a count run
together ("15/12/2017 Yêu Du Lịch 0": when, who, how many comments), the day the date line's and the writer the
byline; a priest's or a religious' line ("Lm. Ngọc Dũng, SDB"), the byline; a category between the title and its
copy; the post's tags under it, or over it with the language it is in; a writer's line in brackets ("(Tác giả ...)")
or labelled ("Tác Giả: ..."); the site's description of itself.
None of it is read."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .datelines import dateline
from .draft import Draft, ends_sentence, words

_META_LINE = re.compile(
    rf"(?P<date>\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)\s+(?P<name>[{P.UPPER}][^\W\d_]*(?:\s+[{P.UPPER}][^\W\d_]*){{0,4}})"
    r"\s+\d{1,6}"
)
_META_REACH = 3  # the headline, maybe a label over it, then the meta line


def extract_meta_line(d: Draft) -> Draft:
    """The first meta line within the top lines: dropped, its day the published date and its name the byline."""
    for i, block in enumerate(d.blocks[1:_META_REACH], start=1):
        m = _META_LINE.fullmatch(block.strip())
        day = dateline(m["date"]) if m else None
        if m and day is not None:
            blocks = d.blocks[:i] + d.blocks[i + 1 :]
            return dataclasses.replace(d, blocks=blocks, published=d.published or day[1], byline=d.byline or m["name"])
    return d


# "Lm. Ngọc Dũng, SDB", "Linh mục Giuse Nguyễn Văn A": a priest or a religious writing, a congregation's letters after
_CLERGY_WRITER = re.compile(
    r"(?:Lm\.?|LM\.|Linh mục|Sr\.|Nt\.|Fr\.|Pt\.|Phó tế)\s*"
    rf"(?P<name>[{P.UPPER}][^\W\d_]*(?:\s+[{P.UPPER}][^\W\d_]*){{0,5}})(?:\s*,\s*[A-Z]{{2,6}}\.?)?"
)
_CLERGY_REACH = 4  # the title, a counter or the title again, then the writer


def extract_clergy_writer(d: Draft) -> Draft:
    """A religious writer's line under the title, before the text: the byline, not read."""
    for i, block in enumerate(d.blocks[1:_CLERGY_REACH], start=1):
        m = _CLERGY_WRITER.fullmatch(block.strip())
        if m and i + 1 < len(d.blocks):
            return dataclasses.replace(d, blocks=d.blocks[:i] + d.blocks[i + 1 :], byline=d.byline or block.strip())
    return d


_LABEL_WORDS = 4
_SIGNED = re.compile(r"(?i:by|bởi|theo|tác giả|nguồn|ảnh)\b")  # "by Tim Bui" between the copies: the writer


def extract_category_between_titles(d: Draft) -> Draft:
    """ "Trả cổ tức cho cổ đông" / "Doanh nghiệp tư nhân" / "Trả cổ tức cho cổ đông": a short line between the title
    and the title printed again is the page's category, read with neither copy."""
    blocks = d.blocks
    if len(blocks) < 4 or blocks[2].strip() != blocks[0].strip():
        return d
    label = blocks[1].strip()
    named = _SIGNED.match(label) or not label[:1].isupper() or label == blocks[0].strip()  # a writer, no label
    if named or words(label) > _LABEL_WORDS or ends_sentence(label):
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[3:]), category=d.category or label)


_TAG_REACH = 3  # the title, maybe its kicker, then the tags
_TAG_WORDS = 4


def drop_tags_under_title(d: Draft) -> Draft:
    """ "chăm sóc sầu riêng, trồng sầu riêng" under the title: the post's tags in small letters, short phrases
    apart by commas with no stop, one of them the category or sharing the title's words; not read."""
    title = set(d.blocks[0].lower().split()) if d.blocks else set()
    for i, block in enumerate(d.blocks[1:_TAG_REACH], start=1):
        tags = [t.strip() for t in block.split(",")]
        short = 2 <= len(tags) <= 6 and all(0 < words(t) <= _TAG_WORDS for t in tags)
        known = any(t == (d.category or "").lower() or set(t.split()) <= title for t in tags)
        if short and known and block[:1].islower() and not ends_sentence(block) and i + 1 < len(d.blocks):
            return dataclasses.replace(d, blocks=d.blocks[:i] + d.blocks[i + 1 :])
    return d


# the languages a two-language blog files its posts under, beside their subjects
_LANGUAGES = frozenset({"tiếng việt", "tiếng anh", "english", "vietnamese"})
_LANGUAGE_TAGS = 6


def drop_language_tags(d: Draft) -> Draft:
    """ "Lặn biển (Diving), Nam (South), Tiếng Việt" over the title: the post's categories, one of them the language it
    is written in, short phrases apart by commas with no stop; not read."""
    if len(d.blocks) < 2:
        return d
    first = d.blocks[0].strip()
    tags = [t.strip() for t in first.split(",")]
    if not 2 <= len(tags) <= _LANGUAGE_TAGS or ends_sentence(first):
        return d
    short = all(0 < words(re.sub(r"\([^()]*\)", "", t)) <= _TAG_WORDS for t in tags)
    if short and any(t.lower() in _LANGUAGES for t in tags):
        return dataclasses.replace(d, blocks=d.blocks[1:])
    return d


# "(Tác giả Trần Đức Phổ)": the writer's line in brackets under the title
_BRACKETED_WRITER = re.compile(rf"\((?i:tác giả|bài viết của|bài của)\s*:?\s*(?P<name>[{P.UPPER}][^()]{{2,40}})\)")
# "Tác Giả: Phạm Thị Kim Thoa" under the title: the writer's line, its label in either case
_LABELLED_WRITER = re.compile(
    rf"(?i:tác giả|người viết|biên tập|author)\s*:\s*(?P<name>[{P.UPPER}][^\W\d_]*(?:\s+[{P.UPPER}][^\W\d_]*){{1,4}})"
)
_WRITER_REACH = 4  # the title, a line or two of the page's, then the writer
_LABELLED_REACH = 3  # the title, maybe its label, then "Tác giả: ..." (lower, it is a closing credit)


def extract_writer_line(d: Draft) -> Draft:
    """The writer's line under the title, in brackets ("(Tác giả ...)") or labelled ("Tác Giả: <name>") alone: the
    byline, not read."""
    for i, block in enumerate(d.blocks[1:_WRITER_REACH], start=1):
        m = _BRACKETED_WRITER.fullmatch(block.strip())
        m = m or (_LABELLED_WRITER.fullmatch(block.strip()) if i < _LABELLED_REACH else None)
        if m and i + 1 < len(d.blocks):
            return dataclasses.replace(d, blocks=d.blocks[:i] + d.blocks[i + 1 :], byline=d.byline or m["name"])
    return d


# "Thông tin mới, đầy đủ ... của đội ngũ phóng viên, biên tập của diaocphongthuy.com": what the site says of itself
_SITE_SAYS = re.compile(r"[^.!?]{20,300}\s(?:www\.)?[\w-]+\.(?:com|vn|net|org|info)(?:\.vn)?")
_DESCRIPTION_REACH = 3


def drop_site_description(d: Draft) -> Draft:
    """The site's description of itself under the page's title, closing on its own name, no stop: not read."""
    for i, block in enumerate(d.blocks[1:_DESCRIPTION_REACH], start=1):
        if _SITE_SAYS.fullmatch(block.strip()) and i + 1 < len(d.blocks):
            return dataclasses.replace(d, blocks=d.blocks[:i] + d.blocks[i + 1 :])
    return d


# "Lê Thị Huế trong Sức khỏe - Đời sống - Cập nhật lần cuối: 24/10/2025": who wrote it, in which section, when
_WRITER_IN_SECTION = re.compile(
    rf"(?P<name>[{P.UPPER}][^\W\d_]*(?:\s+[{P.UPPER}][^\W\d_]*){{1,4}})\s+trong\s+(?P<section>[^:]{{2,60}}?)\s+[-–|]\s+"
    r"(?i:cập nhật(?: lần cuối)?|đăng(?: ngày| lúc)?|ngày đăng)\s*:?\s*(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
)
# "22 Tháng Năm, 202024 Tháng Năm, 2020 AdminKinh nghiệm ... / Ngân sách cưới10 bình luận ở <title>": a blog theme's
# line of when it was posted and changed, by whom, in which categories, with how many comments, run together
_POSTED_COMMENTED = re.compile(
    r"(?P<d>\d{1,2})\s+(?i:tháng)\s+(?P<m>[^\W\d_]+(?:\s+[^\W\d_]+)?),\s*(?P<y>(?:19|20)\d\d)\S*"
    r".*\d+\s+(?i:bình luận)\b.*"
)
_MONTH_NAMES = {
    name: n
    for n, name in enumerate(
        ("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"), start=1
    )
}
_LABEL_REACH = 3  # the title, maybe its label, then the line


def extract_writer_in_section(d: Draft) -> Draft:
    """The writer's line under the title, naming the section and when it was last changed: its name the byline, its
    section the category, its day the published date; not read."""
    for i, block in enumerate(d.blocks[1:_LABEL_REACH], start=1):
        m = _WRITER_IN_SECTION.fullmatch(block.strip())
        day = dateline(m["date"]) if m else None
        if m and day is not None and i + 1 < len(d.blocks):
            return dataclasses.replace(
                d,
                blocks=d.blocks[:i] + d.blocks[i + 1 :],
                byline=d.byline or m["name"],
                category=d.category or m["section"],
                published=d.published or day[1],
            )
    return d


def drop_posted_commented_line(d: Draft) -> Draft:
    """A blog theme's run-together line of dates, writer, categories and comment count under the title: its first day
    the published date; not read."""
    for i, block in enumerate(d.blocks[1:_LABEL_REACH], start=1):
        m = _POSTED_COMMENTED.fullmatch(block.strip())
        month = _MONTH_NAMES.get(m["m"].lower()) if m else None
        if m and i + 1 < len(d.blocks):
            published = f"{m['y']}-{month:02d}-{int(m['d']):02d}" if month else None
            return dataclasses.replace(d, blocks=d.blocks[:i] + d.blocks[i + 1 :], published=d.published or published)
    return d


def extract_brand_label(d: Draft) -> Draft:
    """ "Máy giặt Electrolux không đóng được cửa ..." / "Electrolux" / a paragraph: one word of the title alone under
    it, the page's category; not read."""
    blocks = d.blocks
    if len(blocks) < 3:
        return d
    label = blocks[1].strip()
    if (
        words(label) != 1
        or not label[:1].isupper()
        or label.isupper()
        or label not in blocks[0].split()
        or not ends_sentence(blocks[2])
    ):
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[2:]), category=d.category or label)


_LABEL_TOP = 12  # the page's top lines, widgets and title, where its meta box is printed twice
_LABEL_MOST_WORDS = 6


def extract_label_over_dates(d: Draft) -> Draft:
    """ "<title>" / "Kiến thức bảo hiểm nhân thọ" / "- 19/02/2024" / "0" / "Kiến thức bảo hiểm nhân thọ" / "19/02/2024":
    a short line printed twice at the top, each time over a date, is the post's category, never its title; not read."""
    top = d.blocks[:_LABEL_TOP]
    over_dates = [
        i
        for i, b in enumerate(top[:-1])
        if words(b) <= _LABEL_MOST_WORDS and not ends_sentence(b) and dateline(top[i + 1].lstrip("-–• ")) is not None
    ]
    labels = [top[i].strip() for i in over_dates]
    label = next((lab for lab in labels if labels.count(lab) > 1), None)
    if label is None:
        return d
    kept = tuple(b for i, b in enumerate(d.blocks) if i >= _LABEL_TOP or b.strip() != label)
    return dataclasses.replace(d, blocks=kept, category=d.category or label)
