"""The label a journal or a site prints before its summary or its headline ("Tóm tắt:", "Tin:"), never read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

# "Tóm tắt: Sau hơn 1 năm ...": a journal's label before its abstract, which is the lead
# "Tóm tắt:", and a generated page's "Chủ đề phượt núi hàm lợn:" (the search words it was made for)
_SUMMARY_LABEL = re.compile(r"^(?:Tóm tắt|TÓM TẮT|Tóm lược|Sapo|Chủ đề[ :]\s*[^:.!?]{2,60})\s*[:：]\s*(?=\S)")
_LONE_SUMMARY_LABEL = re.compile(r"(?:Tóm tắt|TÓM TẮT|Tóm lược|TÓM LƯỢC)\s*[:：]?")
# "1. Đỗ Văn Dũng Bùi Văn Hồng Trường Đại học ... Tóm tắt: Sự phát triển ...": a paper flattened
# into one paragraph, its page's number, authors and institution before the label
_AUTHORS_BEFORE_SUMMARY = re.compile(r"^(?:\d{1,3}\.\s+)?[^.!?:;]{10,300}?\s(?:Tóm tắt|TÓM TẮT)\s*:\s*(?=[A-ZĐÀ-Ỹ])")
# "Tin: LỄ HỘI TRUYỀN THỐNG XÃ HÀ HỒI": a commune site's label before the headline; "View Full Version : ..."
_HEADLINE_LABEL = re.compile(r"^(?:Tin|TIN|Tin tức|TIN TỨC|Bản tin|View Full Version)\s*:\s*(?=\S)")
# "Giới thiệu" over the first paragraph of a page whose title was lost: a part's label, no headline
_OPENING_PART = frozenset({"giới thiệu", "mở đầu", "lời mở đầu", "phần mở đầu", "đặt vấn đề", "tổng quan"})
_PARAGRAPH_WORDS = 15


def strip_summary_label(d: Draft) -> Draft:
    """The label a journal prints before its summary ("Tóm tắt:") is not read; the summary is, and
    a page's "Tóm tắt" on its own line right under the headline, over its points, goes too. Nor is
    a site's "Tin:" before the headline, nor a part's label ("Giới thiệu") over the first paragraph of a page whose
    title was lost."""
    blocks = tuple(
        _SUMMARY_LABEL.sub("", _AUTHORS_BEFORE_SUMMARY.sub("", b)) if i < 6 and words(b) >= 10 else b
        for i, b in enumerate(d.blocks)
        if not (i == 1 and len(d.blocks) > 2 and _LONE_SUMMARY_LABEL.fullmatch(b))
    )
    opening = len(blocks) > 2 and blocks[0].lower().strip(" :") in _OPENING_PART
    if opening and ends_sentence(blocks[1]) and words(blocks[1]) >= _PARAGRAPH_WORDS:
        blocks = blocks[1:]
    if blocks and words(blocks[0]) >= 4:
        blocks = (_HEADLINE_LABEL.sub("", blocks[0]), *blocks[1:])
    return dataclasses.replace(d, blocks=blocks)
