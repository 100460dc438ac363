"""A page that names the story under "Bạn đang đọc:" (you are reading) near its top, or in a content
farm's opening ("Cập nhật thông tin chi tiết về Ông Lão Mê Gà Chọi mới nhất trên website ...
Hy vọng nội dung bài viết ..."): that name is the title, wherever the scrape put it, and the line
is not read as a line of the text."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, words

_READING_NOW = re.compile(
    r"^(?:Bạn đang đọc|Bạn đang xem(?: bài viết)?|Đang đọc)\s*:\s*(?P<title>[^\n]{8,200})$"
    # "Bạn đang xem bài viết <title> tại Wikihoc.com bạn có thể truy cập nhanh ... phía dưới.": a plugin's line
    r"|^Bạn đang xem bài viết\s+(?P<named>[^\n]{8,200}?)\s+tại\s+\S+\.[a-z]{2,6}\.?\s+(?i:bạn có thể)[^\n]*$"
)
# "Bạn đang xem 20 trang mẫu của tài liệu ...", "Trang web bạn đang xem còn có tên ngắn gọn là ...", "Bạn đang
# xem nội dung tài liệu ..., để tải tài liệu về máy bạn click vào nút DOWNLOAD ở trên": a
# page's notice of what is shown, never its text
_VIEWING_NOTICE = re.compile(r"^(?:Trang web )?[Bb]ạn đang xem (?:\d{1,4} trang\b|còn có tên\b|nội dung tài liệu\b)")
# the farm's opening: the story's name between its stock words, then its stock wish
_UPDATED_ABOUT = re.compile(
    r"^Cập nhật (?:thông tin|nội dung) chi tiết về (?P<title>[^\n]{8,200}?)(?: / (?:19|20)\d\d)? mới nhất"
    r" trên (?:website|trang) \S+?\."
    r"(?:\s+Hy vọng [^\n]*)?$"
)
_TOP_BLOCKS = 5
_TITLE_WORDS = range(3, 31)


def title_from_reading_now(d: Draft) -> Draft:
    """ "Bạn đang đọc: Tổng hợp những thông tin về bảng giá niềng răng" under the opening
    paragraph ("Bạn đang xem: ..." too): the title heads the article, named so (a page's title, never
    a tag page's over a story), and the line goes; further down, the line goes alone."""
    for i, block in enumerate(d.blocks[:_TOP_BLOCKS]):
        m = _READING_NOW.match(block.strip()) or _UPDATED_ABOUT.match(block.strip())
        title = m and (m["title"] or m.groupdict().get("named") or "").strip()
        if not title or words(title) not in _TITLE_WORDS:
            continue
        rest = _unnamed(d.blocks[:i] + d.blocks[i + 1 :])
        if rest and rest[0].strip().lower() == title.lower():
            return dataclasses.replace(d, blocks=rest, dated_title=True)
        return dataclasses.replace(d, blocks=(title, *rest), dated_title=True)
    return dataclasses.replace(d, blocks=_unnamed(d.blocks))


def _unnamed(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """The blocks without a "Bạn đang đọc: ..." line a plugin put between the paragraphs, nor a
    page's notice of what it shows."""
    return tuple(b for b in blocks if not (_READING_NOW.match(b.strip()) or _VIEWING_NOTICE.match(b.strip())))
