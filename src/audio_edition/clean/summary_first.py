"""A page's summary printed above its headline: one or two sentences, then the title saying its words again, then
the text. Found here so that neither the caption rules nor the segmenter takes the title for something else."""

from __future__ import annotations

import re

from ..text.sentences import split_sentences
from .caption_marks import is_caption
from .draft import ends_sentence, shared_pairs, words
from .patterns import PART_OPENER
from .scenes import is_scene_caption

# "1. Hình dáng", "2 - Tại sao ...?", "1.Bệnh viêm xoang là gì?" (no space after the point)
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})(?:[.)]\s+\S|\.(?=[A-ZĐÀ-Ỹ])|\s[-–]\s+[^\W\d_])")
# "Ếch 100m: 1:00.97 giây, Phạm Thanh Bảo (Việt Nam), 2023": a list's line, a label and its value
LABELLED = re.compile(r"^[^:]{0,29}[^\W\d_\s)]:\s*\S|^[^:]{1,30}:\s+\S")  # "Dê tơ:0,5-0,7" too, never "10:30"

_COLON_LIST = re.compile(r":[^;]+;")
# "... trong bài viết dưới đây." over "Nguyên nhân giày da bị mốc": an opening that announces the parts, then the first
_ANNOUNCED = re.compile(r"(?i:bài viết|nội dung)\s+(?:dưới đây|sau đây|bên dưới)[^.!?]{0,20}[.!]\s*$")
_PART_LABEL = re.compile(r"(?:Nguyên nhân|Dấu hiệu|Triệu chứng|Tác hại|Lợi ích|Ưu điểm|Nhược điểm)\s")
_SWAPPED_HEADLINE_WORDS = 6  # "Chanh đào mật ong" under an opening paragraph: its first part, no headline
_TITLE_WORDS = 10  # "Hội nghị Sơ kết Quý I năm 2023" under its report: its picture's caption


def summary_over_title(blocks: list[str] | tuple[str, ...], listed: frozenset[str]) -> bool:
    """Whether a scrape printed the summary above the headline: a long first block ending a sentence,
    then a headline-shaped one (no full stop) saying two pairs of its words again ("cá rô", "rô phi"; a first
    part's heading says one at most), then the body; never a list after a colon nor a paragraph of three sentences."""
    if len(blocks) < 3 or words(blocks[0]) < 15 or blocks[2] in listed:  # a heading over "- Thành lập: 2001"
        return False
    if not re.sub(r"[^\w.!?…]+$", "", blocks[0]).endswith((".", "!")):  # "... nhé bà con! 👇": an emoji after its stop
        return False
    sentences = split_sentences(blocks[0])  # three sentences: the text itself; a question and its teaser, a title
    if _COLON_LIST.search(blocks[0]) or len(sentences) > 2 or (len(sentences) == 2 and sentences[0].endswith("?")):
        return False  # "Sàn gỗ có thực sự bền đẹp theo thời gian? Câu trả lời sẽ khiến bạn bất ngờ."
    second = blocks[1]
    return (
        not ends_sentence(second)
        and _SWAPPED_HEADLINE_WORDS <= words(second) <= 30
        and shared_pairs(blocks[0], second) >= 2  # its subject; a part's heading shares one at most ("khoa học")
        and not second.startswith("#")
        and not (NUMBERED_HEADING.match(second) or PART_OPENER.match(second))  # "1. ...", "Tổng quan về ...": a part
        and not (_ANNOUNCED.search(blocks[0]) and _PART_LABEL.match(second))  # "... bài viết dưới đây." / "Nguyên nhân"
        and not is_scene_caption(second)  # "Tiết mục ... do các cụ ... thể hiện": a picture's caption
        and not (LABELLED.match(second) and LABELLED.match(blocks[2]))  # "1982: Lugo ... - 1 MW": a list's first
    )


def title_under_summary(blocks: tuple[str, ...], listed: frozenset[str]) -> bool:
    """Whether the second block is the page's title under its summary ("Bắt đầu hành trình chạy bộ ... này. Học cách
    ..." over "Chạy bộ cho người mới bắt đầu: Hướng dẫn toàn diện ..."): ten words or more, no picture's credit."""
    return (
        len(blocks) > 1
        and words(blocks[1]) >= _TITLE_WORDS
        and not is_caption(blocks[1])
        and summary_over_title(blocks, listed)
    )
