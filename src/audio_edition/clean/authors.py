"""Whether a line is a writer's name: two to six capitalised words, nothing else ("Kim Phong",
"Nguyên Thảo - Minh Anh"), never an office, a label or a title in Title Case; and a writer's card over the text."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, looks_like_names, menu_label, surname_first, unaccented_surname_first, words

_MIDDLE_NAME_FIRST = re.compile(r"(?i:thị)\s")
_WEEKDAY = re.compile(r"(?i:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)")
_OFFICE = re.compile(
    r"(?i:\b(?:(?:ủy|uỷ) ban|công ty|hội đồng|báo cáo|kế hoạch|thông báo|quyết định|dự thảo|tờ trình"
    r"|thư (?:cảm tạ|ngỏ|mời|chúc mừng|cảm ơn|kêu gọi))\b)"
)


def looks_like_author(block: str) -> bool:
    """ "Kim Phong", "Nguyên Thảo - Minh Anh": two to six capitalised words, nothing else."""
    return (
        2 <= words(block) <= 6
        and not (block.isupper() and words(block) > 4 and not re.search(r"[-–&]", block))  # a title in capitals
        and not re.search(r"[\d.,:;!?\"“”()]", block)
        and not _MIDDLE_NAME_FIRST.match(block)  # "THỊ TRƯỜNG GIÁ CẢ": a label; no name opens with "Thị"
        and not _WEEKDAY.fullmatch(block.strip())  # "THỨ HAI": a day's heading (a week of reflections), no writer
        and not _OFFICE.search(block)  # "ỦY BAN NHÂN DÂN", "DỰ THẢO BÁO CÁO"
        and looks_like_names(block)
        and menu_label(block) not in P.SECTIONS
        # "Kỹ Thuật Làm Nhà Yến": a title in Title Case; one name of five words opens with its surname
        and (words(block) < _LONG_NAME_WORDS or bool(re.search(r"[-–,&]", block)) or surname_first(block))
    )


_LONG_NAME_WORDS = 5


def writer_over_untitled_text(blocks: list[str]) -> bool:
    """A first line of two or three capitalised words, a name the text never says again (nor its last two words), over
    a paragraph or a short title over one: the writer of a page with no title ("Quế Chi" / "Tà áo dài và chiếc nón lá
    ..."), or over its title ("Nguyễn Văn Nam" / "Câu cá...!" / "Khi rảnh rỗi tôi hay đi câu cá, ...")."""
    name, text = blocks[0], " ".join(blocks[1:]).lower()
    return (
        2 <= words(name) <= 3
        and not name.isupper()  # "NỘI QUY", "VỀ HỘI LÀNG": a title in capitals
        and not name.isascii()  # "Little Saigon": a place's English name titles a blog's post
        and looks_like_author(name)
        and " ".join(name.lower().split()[-2:]) not in text  # "Sâm Ngọc Linh" over "... núi Ngọc Linh ...": a topic
        and (_paragraph(blocks[1]) or (words(blocks[1]) <= _TITLE_WORDS and _paragraph(blocks[2])))  # or its title
    )


def _paragraph(block: str) -> bool:
    return ends_sentence(block) and words(block) >= _PARAGRAPH_WORDS


_PARAGRAPH_WORDS = 10
_TITLE_WORDS = 15  # "Nguyễn Văn Nam" / "Câu cá...!" / the text: the writer over the post's short title


def extract_name_printed_over_text(d: Draft) -> Draft:
    """ "LE TRONG HIEU" three times in a row over the text: the writer's card, name in capitals (its marks lost), as
    the scrape repeated it; the byline, never the headline."""
    blocks, run = d.blocks, 1
    while run < len(blocks) and blocks[run] == blocks[0]:
        run += 1
    name = blocks[0] if blocks else ""
    if run < 2 or len(blocks) <= run or not name.isupper() or not 2 <= words(name) <= 4 or re.search(r"\d", name):
        return d
    if not unaccented_surname_first(name) or ends_sentence(name):
        return d
    return dataclasses.replace(d, blocks=blocks[run:], byline=d.byline or name.title())
