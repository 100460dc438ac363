"""Lines under a headline that head what follows and so are never the lead: a heading in capitals,
an item's number alone on its line, a label over a list ending in a colon, a bulleted label; a
page's fact box over its lead; and a card's field under another, which heads nothing."""

from __future__ import annotations

import re

from .clean import Draft
from .clean import patterns as P
from .clean.rules import ends_sentence, words

# "Giới thiệu", "Tổng quan:", "Giới thiệu hội thảo": a label over the page's intro, which is the lead
INTRO_LABEL = re.compile(
    r"(?i:giới thiệu|mở đầu|lời mở đầu|tổng quan)(?:\s+[^\W\d_]+){0,2}\s*:?"
    r"|(?i:giới thiệu (?:truyện|sách|tác phẩm))(?:\s+[^\W\d_]+){1,8}"  # a book's card: "Giới thiệu truyện X"
)
INTRO_HEADING = re.compile(r"(?i:(?:phần\s+)?(?:mở đầu|lời mở đầu|giới thiệu))\s*:\s*\S")  # "Phần Mở đầu: ...?"


def shouted(block: str) -> bool:
    """ "THÔNG TIN VỀ THỊ TRƯỜNG LAO ĐỘNG NHẬT BẢN": a heading in capitals, which opens the body, is
    never the lead."""
    letters = [c for c in block if c.isalpha()]
    short = len(block.split()) <= _SHOUTED_HEADING_WORDS and re.search(r"[!?…]$", block.strip()) is None
    return len(letters) > 3 and all(c.isupper() for c in letters) and (not ends_sentence(block) or short)


_SHOUTED_HEADING_WORDS = 4  # "ĐẶT VẤN ĐỀ.": a heading's stop


def heads_a_list(opening: str, rest: list[str]) -> bool:
    """ "CÁC VỊ VÕ SƯ LÃO THÀNH" over "Năm 1850 – 1974: ..." and "Năm 1870 – 1958: ...": a heading in capitals
    over a list's items, opening alike but for their figures; it heads them, and none of them is the lead."""

    def shape(block: str) -> str:
        return re.sub(r"\d+", "0", " ".join(block.split()[:3]))

    return shouted(opening) and len(rest) > 1 and shape(rest[0]) == shape(rest[1])


def bulleted_label(rest: list[str], draft: Draft) -> bool:
    """ "• Mục đích" over its lines: a bulleted label, never the lead; nor is a heading over one
    ("Đặc điểm sinh học" over "• Đặc điểm chung"), nor the first of a list's items."""

    def label(block: str) -> bool:
        return words(block) <= _SHOUTED_HEADING_WORDS and not ends_sentence(block)

    if not rest:
        return False  # the headline alone: nothing under it to label
    if len(rest) > 1 and all(b in draft.listed and not ends_sentence(b) for b in rest[:2]):
        return True  # "■ Khóa đặc biệt ... (1520 giờ)" / "■ Khóa học ...": a list right under the headline
    if words(rest[0]) <= _LIST_HEADING_WORDS and not ends_sentence(rest[0]) and len(rest) > 2:
        if all(b in draft.listed for b in rest[1:3]):
            return True  # "Nguyên nhân gây sổ mũi kéo dài ở trẻ em" over its bullets: the first part's heading
    return label(rest[0]) and (
        rest[0] in draft.listed or (len(rest) > 1 and rest[1] in draft.listed and label(rest[1]))
    )


_LIST_HEADING_WORDS = 12


def numbering(block: str) -> bool:
    """ "I.", "2.", "b)", "Bài 1": a section's, an item's or a series' part's number on a line of its own, no
    lead; nor is a line of the day's readings ("St 18,20-32; Cl 2,12-14")."""
    text = block.strip()
    numbered = re.fullmatch(
        r"(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]|(?:Bài|BÀI|Kỳ|KỲ|Phần|PHẦN)\s+(?:\d{1,2}|[IVX]{1,4})", text
    )
    return numbered is not None or P.READINGS.fullmatch(text) is not None


def first_step(block: str) -> bool:
    """ "Bước 1: Rửa sạch lá dứa ...": a recipe's first step opens its body, no lead; a tour's first day
    ("NGÀY 01: HÀ NỘI - CÔN ĐẢO") opens its programme."""
    return re.match(r"(?:Bước|BƯỚC|Step|STEP|Ngày|NGÀY)\s+0?1\s*[:.)-]", block.strip()) is not None


def list_label(block: str) -> bool:
    """A label over a list ("Ghi bàn:", "A. Nguyên lý ...:"): a short clause ending in a colon, no sentence before;
    or a group's name and number over its lines ("Nhóm 01" over a price table's rows)."""
    text = re.sub(r"^(?:\d{1,2}|[A-H]|[IVX]{1,4})[.)]\s+", "", block.rstrip())
    numbered_group = re.fullmatch(r"[^\W\d_]+ \d{1,2}", text) is not None
    return numbered_group or (text.endswith(":") and words(text) <= 12 and not re.search(r"[.!?…]\s", text))


def echoes_title(block: str, headline: str) -> bool:
    """ "Chăm sóc cá Koi đúng kĩ thuật" under the lead of "Cách Chăm Sóc Cá Koi Đúng Kĩ Thuật": a
    picture's alternative text, most of the title's words in their order, no stop; never read."""
    said = re.findall(r"\w+", block.lower())
    title = re.findall(r"\w+", headline.lower())
    inside = f" {' '.join(said)} " in f" {' '.join(title)} "
    numbered = P.NUMBERED_PART.match(block) is not None  # "1. Nguyên nhân ...": part one's heading
    return (
        not ends_sentence(block)
        and inside
        and len(said) >= _ECHO_SHARE * len(title)
        and len(said) >= 3
        and not numbered
    )


_ECHO_SHARE = 0.7


# "Thời gian: 01/2 đến 03/2 âm lịch", "Xuất xứ: Châu Á": a page's fact box, a field's label and its value, never
# a numbered part's "Bước 3: ..."
_FIELD = re.compile(r"^[^\W\d_][^:\d]{1,29}:\s+\S")
_FIELD_ABOVE = re.compile(r"^[^\W\d_][^:]{1,29}:\s+\S")  # "Ổ cắm gắn tường chuẩn 16A: ...": a figure in its label
_FIELD_LABEL_WORDS = 4
_FIELD_WORDS = 30
_FIELD_LEAD_WORDS = 8
_FIELDS = range(2, 7)  # a longer sheet ("Tên gọi:", "Tên khoa học:", ... ten lines) is the text itself: no lead


# "Người xưa có câu: ...", "Anh Minh cho biết: ...": a sentence opening a quotation, no field's label
_SAYS = re.compile(r"\b(?:có câu|nói|rằng|cho biết|cho hay|chia sẻ|khẳng định|nhấn mạnh|dạy|viết)\s*$")


def _fields(rest: list[str]) -> int:
    """How many lines of a fact box ("Thời gian: ...", "Địa điểm: ...") open `rest`."""
    k = 0
    while k < len(rest) and _labelled(rest[k]) and words(rest[k]) <= _FIELD_WORDS:
        k += 1
    return k


def _labelled(block: str) -> bool:
    """A field's line: a short label, a colon and its value; never a sentence opening a quotation."""
    label = block.split(":", 1)[0]
    return bool(_FIELD.match(block)) and words(label) <= _FIELD_LABEL_WORDS and not _SAYS.search(label)


def leading_fields(rest: list[str]) -> int:
    """How many lines of a fact box (two to six) stand over the first paragraph, which is the lead; 0 when there is
    no box or no paragraph under it."""
    k = _fields(rest)
    told = k < len(rest) and ends_sentence(rest[k]) and not rest[k].rstrip().endswith(":")
    boxed = k in _FIELDS or (k == 1 and _WHERE_FIELD.match(rest[0]) is not None)  # "Địa chỉ: ..." alone over it
    return k if boxed and told and words(rest[k]) >= _FIELD_LEAD_WORDS else 0


_WHERE_FIELD = re.compile(r"(?i:địa chỉ|điện thoại|email|website|hotline|thời gian|địa điểm)\s*:")


def field_list(rest: list[str]) -> bool:
    """ "Sốt: Có thể sốt nhẹ ..." / "Loét miệng: xuất hiện các vết loét ..." under the title: a list of labelled
    items too long for a fact box opens the body; the first item is no lead. So too a run of steps ("Làm chượp: ...",
    "Gài nén: ...") going on in a step with a longer label ("Kéo rút và theo dõi: Trong 6–12 tháng, ..."), never a
    box over its lead."""
    k = _fields(rest)
    return len(rest) >= 2 and all(map(_labelled, rest[:2])) and (k < 2 or k < len(rest) and _long_step(rest[k]))


def _long_step(block: str) -> bool:
    label = _STEP.match(block)
    return bool(label) and words(label[1]) <= _STEP_LABEL_WORDS and not _SAYS.search(label[1])


_STEP = re.compile(r"^([^\W\d_][^:.!?]{1,50}):\s+\S")
_STEP_LABEL_WORDS = 6


def fact_sheet(rest: list[str]) -> bool:
    """A sheet of fields too long for a box over the lead: the text itself, read in order with no lead."""
    return _fields(rest) >= _FIELDS.stop


_RESTATED_SHARE = 0.7
_RESTATED_WORDS = 5


def restates(subtitle: str, headline: str) -> bool:
    """ "Cách pha trà Shan Tuyết cổ thụ cho người sành" under "Cách pha trà Shan Tuyết chuẩn: ... của người
    sành": a subtitle saying the headline again in most of its words, over the lead, never a part's heading."""
    said, title = re.findall(r"\w+", subtitle.lower()), set(re.findall(r"\w+", headline.lower()))
    # "Tại sao Phật lại ngồi trên đài sen?" under "Phật ngồi đài sen": the title asked in other words
    asked = len(title) >= _ASKED_TITLE_WORDS and title <= set(said) and subtitle.rstrip().endswith("?")
    return asked or (len(said) >= _RESTATED_WORDS and sum(w in title for w in said) >= _RESTATED_SHARE * len(said))


_ASKED_TITLE_WORDS = 3  # "Phật ngồi đài sen" under it: "Tại sao Phật lại ngồi trên đài sen?"


def extends_title(block: str, headline: str) -> bool:
    """ "Ngày hội ... khu dân cư tại các thôn trên địa bàn xã Phan Sơn năm 2024" under "Ngày hội ... khu dân cư năm
    2024": the headline's words, all of them, with more said between: the page's summary."""
    said, title = re.findall(r"\w+", block.lower()), re.findall(r"\w+", headline.lower())
    return (
        len(title) >= _EXTENDED_TITLE_WORDS
        and len(said) > len(title)
        and said[: len(title) // 2] == title[: len(title) // 2]
        and set(title) <= set(said)
    )


_EXTENDED_TITLE_WORDS = 5

# what a summary says and a caption does not: news just made ("vừa"), a name it defines ("(LMLM)"),
# what a thing is ("Lễ Phật Đản (còn gọi là lễ Vesak) là một trong những ngày lễ ...")
NEWS_SUMMARY = re.compile(r"\bvừa\b|\([A-ZĐ]{2,8}\)|\((?:hay )?còn gọi là\b|\blà một trong (?:những|các)\b")


def field_under_field(block: str, above: str) -> bool:
    """ "Xuất xứ: Châu Á" under "Tên khoa học: Caridina mariae": a card's fields, read in order,
    never a heading."""
    return bool(_FIELD.match(block) and _FIELD_ABOVE.match(above)) and not ends_sentence(above)


def opens_a_list(headline: str, rest: list[str]) -> bool:
    """ "Giờ nhận và trả phòng:" over "Giờ nhận phòng 14:00 giờ.": a title that opens a list over a short item, no
    lead (a paragraph under it is the lead still)."""
    return headline.rstrip().endswith(":") and bool(rest) and words(rest[0]) <= _ITEM_WORDS


_ITEM_WORDS = 16


_GREETING_WORDS = 20


def greets(rest: list[str]) -> bool:
    """ "Thưa các vị đại biểu, các vị khách quý," under a speech's title, "Kính gửi: Quý khách hàng ..." under a
    notice's: its greeting opens the body, never the summary a lead is."""
    return (
        bool(rest)
        and P.SALUTATION.match(rest[0]) is not None
        and words(rest[0]) <= _GREETING_WORDS
        and not rest[0].rstrip(" |").endswith((".", "?"))
    )


def venue(block: str) -> bool:
    """ "Trường Đại học Tiền Giang, Ấp Thân Bình – Xã Châu Thành – Tỉnh Đồng Tháp" under an event's title: where
    it is held, two parts of an address or more, no sentence; read at the body's start, never the lead."""
    parts = re.split(r"\s*[,–]\s*|\s+-\s+", block.strip())
    placed = sum(re.fullmatch(P.ADMIN_PART, part) is not None for part in parts)
    short = all(words(part) <= _VENUE_PART_WORDS for part in parts) and len(parts) <= _VENUE_PARTS
    return placed >= 2 and short and not ends_sentence(block)


_VENUE_PART_WORDS = 7
_VENUE_PARTS = 6


def same_words(a: str, b: str) -> bool:
    """ "THÁNH LỄ ... – MỪNG KÍNH ..." and "Thánh lễ ... mừng kính ...": one title, printed twice, the
    second time maybe with its day in brackets ("... năm 2022\" (22/08/2022)"), or its opening
    words with a tagline in brackets ("Cách Làm Sữa Chua Bằng Nồi Cơm Điện (Công Thức Bất Bại)")."""
    a = _BRACKETED_DAY.sub("", a)
    said, title = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    tagged = re.match(r"(?P<head>[^()]+?)\s*\([^()]{2,60}\)\s*$", a)
    opening = re.findall(r"\w+", tagged["head"].lower()) if tagged else []
    return said == title or (len(opening) >= _TITLE_OPENING_WORDS and title[: len(opening)] == opening)


_TITLE_OPENING_WORDS = 5
_BRACKETED_DAY = re.compile(r"\s*\(\d{1,2}/\d{1,2}/\d{4}\)\s*$")


_TOP_PART_WORDS = 8
_TOP_HEADING_WORDS = 12
_PARAGRAPH_WORDS = 20


def _heading(block: str, most: int) -> bool:
    """A short unstopped line in capitals, no field and its value ("Giá bán: 609.000 VNĐ")."""
    return words(block) <= most and not ends_sentence(block) and ":" not in block and block[:1].isupper()


def heading_over_heading(rest: list[str]) -> bool:
    """ "Cảnh báo với những mẹo dân gian" over "Đầu tiên phải biết phân loại bỏng" over its paragraph: a part's title
    and its first heading right under the headline; the text has no lead."""
    if len(rest) < 3 or not (_heading(rest[0], _TOP_PART_WORDS) and _heading(rest[1], _TOP_HEADING_WORDS)):
        return False
    return ends_sentence(rest[2]) or words(rest[2]) >= _PARAGRAPH_WORDS


def no_lead(rest: list[str]) -> bool:
    """Whether what stands under the headline opens no lead: a list of fields, a greeting, two headings."""
    return field_list(rest) or greets(rest) or heading_over_heading(rest)
