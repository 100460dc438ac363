"""An untitled page's opening sentence too long to head it: the clause that heads it instead, or, for a
sentence that opens on a fronted phrase ("Với lợi thế là ..., huyện X đã ..."), the whole sentence."""

from __future__ import annotations

import re

from .clean.rules import words
from .text.sentences import split_sentences

_CLAUSE_END = re.compile(r"[.!?:;](?=\s)|,(?=\s)|(?<=\s)\((?=\w)")  # "... bạn nhìn thấy (hoặc ...": an aside opens
_MIN_CLAUSE_WORDS = 6
_LABELLED_CLAUSE = re.compile(r"(?i:tác giả|nguồn|ảnh|bài|theo)\s*:")


def opening_clause(block: str, most: int) -> tuple[str, str] | None:
    """A page with no headline that opens with one sentence too long to head it ("Đến dự với thầy
    và trò ... có các vị đại biểu, khách quý: Đồng chí ..."): its first clause, up to a colon or a
    semicolon (else a comma, else before an aside in brackets), of six words or more, heads it and the rest is the
    lead; a line with no sentence end the copy marked ("... se lạnh. báo hiệu ...", cut off at the end) is cut at
    its first full stop. None when the block is short enough, or no clause fits (or one would read
    a label: "Tác giả: ...")."""
    if words(block) <= most:
        return None
    if glued := _glued_title(block, most):
        return glued
    ends = list(_CLAUSE_END.finditer(block))
    # a stop a careless copy follows in small letters ("... lạnh. báo hiệu") first; a fronted phrase's commas never
    for marks in (".!?", ":;") if fronted_opening(block) else (".!?", ":;", ",", "("):
        for m in ends:
            head, rest = block[: m.start()].strip(), block[m.end() if m.group(0) != "(" else m.start() :].strip()
            if m.group(0) not in marks or words(head) < _MIN_CLAUSE_WORDS or words(head) > most:
                continue
            if m.group(0) in ".!?" and not head[-1:].islower():  # "TP. Hồ Chí Minh": an abbreviation's dot
                continue
            if head.count("“") > head.count("”"):  # "năm 2015“Xây dựng ... cây trồng, vật nuôi ...”": quoted
                continue
            if m.group(0) == "," and _LIST_ITEM_AFTER.match(block, m.end()):  # "... cửa hàng bán lẻ, siêu thị,...":
                continue  # a list's items, never a clause's end
            if m.group(0) == ":" and _LIST_OPENER_END.search(head):  # "... rất phong phú như: bánh canh ...": the
                continue  # clause names its list, and stops short of its sense
            if _LABELLED_CLAUSE.search(block[: m.end()]) or words(rest) < _MIN_CLAUSE_WORDS:
                return None
            return head, rest[:1].upper() + rest[1:]
    return None


# "... tháng 3/2018 Nhằm khơi dậy ...": a sentence's fronted opener in capitals right after a word in small letters
# or a figure, no stop between: where a title run into its first paragraph ends
_GLUED_OPENER = re.compile(
    r"(?<=\s)(?P<prev>[^\s]+)\s+(?=(?:Nhằm|Với|Để|Khi|Nếu|Trong|Theo|Thực hiện|Triển khai|Hưởng ứng|Bên cạnh"
    r"|Trên cơ sở|Mặc dù|Vừa qua)\s)"
)


def _glued_title(block: str, most: int) -> tuple[str, str] | None:
    """ "Sôi nổi hoạt động Ngày hội đoàn viên ... tháng 3/2018 Nhằm khơi dậy ...": the title without its stop run into
    the first paragraph; the title heads the page and the paragraph is the lead."""
    for m in _GLUED_OPENER.finditer(block):
        head, rest = block[: m.end()].strip(), block[m.end() :].strip()
        if m["prev"][:1].isupper() or re.search(r"[.!?:;,]", m["prev"]) or re.search(r"[.!?:;]\s", head):
            continue
        if _MIN_CLAUSE_WORDS <= words(head) <= most and words(rest) >= _MIN_CLAUSE_WORDS:
            return head, rest
        return None
    return None


_LIST_OPENER_END = re.compile(r"\b(?:như|gồm|bao gồm|là|sau|sau đây|cụ thể)$", re.IGNORECASE)
_LIST_ITEM_AFTER = re.compile(r"\s*(?:[^\s,.;:!?…]+\s+){0,2}[^\s,.;:!?…]+\s*(?:,|\.{3}|…)")
# "Với lợi thế là ...", "Triển khai chương trình ...": a phrase set before the sentence's subject, its commas
# inside the phrase; a clause cut at one of them reads a fragment
_FRONTED = re.compile(
    r"(?:Với|Để|Khi|Nếu|Trong|Từ|Theo|Do|Nhờ|Sau|Trước|Bên cạnh|Qua|Thực hiện|Triển khai|Nhằm|Trên cơ sở|Mặc dù|Dù"
    r"|Khai thác|Phát huy|Tiếp tục|Hưởng ứng)\s"
)
_LONG_OPENING_WORDS = 90


def fronted_opening(block: str) -> bool:
    """Whether `block` is one sentence with commas, not too long, that opens on a fronted phrase: it heads the page
    whole."""
    return (
        _FRONTED.match(block) is not None
        and words(block) <= _LONG_OPENING_WORDS
        and len(split_sentences(block)) == 1
        and not re.search(r"[:;]\s", block)
        and ", " in block  # its commas would cut it; a sentence with none is a paragraph run on
    )
