"""Whether a line is a writer's name: two to six capitalised words, nothing else ("Kim Phong",
"Nguyên Thảo - Minh Anh"), never an office, a label or a title in Title Case."""

from __future__ import annotations

import re

from . import patterns as P
from .draft import looks_like_names, menu_label, surname_first, words

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
