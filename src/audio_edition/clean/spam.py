"""What a betting site leaves in a story it copies: its keywords stuffed into the title and the
text ("w88 link vao w88 moi nhat 6 - 7 triệu lượt khách"), in small letters without marks, and its
pictures' labels with their marks lost ("Anh 2"), and the title's words glued into one with a keyword
after them inside a sentence; none of it is read, the story's words are. A property seller's link
planted between a story's paragraphs ("Chung cư Eco Green Tower") goes too."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

# a betting brand and the unmarked words around it, never a figure ("... moi nhat 6 - 7 triệu")
_BRANDS = r"(?:w88|fb88|m88|fun88|188bet|12bet|v9bet|jun88|hi88|new88|8xbet|kuwin|98win|789bet|vn88|sv388|cwin)"
_KEYWORDS = re.compile(rf"(?:\b[a-z][a-z0-9]*\s+)*\b{_BRANDS}\b(?:\s+[a-z][a-z0-9]*\b)*\s*")
_MARKED = re.compile(r"[à-ỹđ]", re.IGNORECASE)
# "CLB Đờn ca tài tử Trăng Vàng Hi88 Online tổ chức ...": the brand a mirror wrote over a place's name, capitalised
_BRAND_NAME = re.compile(rf"\s*\b(?i:{_BRANDS})(?:\s?(?i:online|club|vip))?\b")
# "Hội nghị khoa học điều dưỡng Siêu nổ hũ lần thứ III": a slot game's name in capitals inside a sentence
_SLOT_KEYWORD = re.compile(r"(?<=[a-zà-ỹđ] )(?:Siêu n|N)ổ hũ (?=[a-zà-ỹđ])")
_LOST_MARKS_LABEL = re.compile(r"Anh \d{1,2}")
# "Sáng 4/5,ểnthủQuânđộiPhạmLêXuânLộcgiànhlạiÁovàlịch bóng đá sea games 30 Cuộc đua ...": the title's words
# glued into one, cut at both ends, and a keyword in small letters after them, up to the story's next word;
# "lên TP.HCM,ớphọctìnhthương...": the run starts after the last stop or comma, the place before it kept
_GLUED_TITLE = re.compile(
    r"(?<=[,.])\s*(?=\S{24})[^\s,.]*(?:[a-zà-ỹđ][A-ZĐÀ-Ỹ]\S*){4,}(?:\s+[a-zà-ỹđ0-9]\S*)*\s*(?=[A-ZĐÀ-Ỹ])"
)


# "... robot kỹdi nghệ ... liệublockchain ... m8833win comm ...": words glued across keywords (a new syllable's
# consonant and vowel after a marked vowel, which no one syllable has: "thành", "người" are words), a brand's digits
_GLUED_KEYWORD = re.compile(
    r"[a-zà-ỹđ]*(?!đ)[à-ỹ][a-zà-ỹđ]*?[bcdfghjklmnpqrstvwxzđ][aeiouyà-ỹ][a-zà-ỹđ]*|[a-z]+\d+[a-z]+|\d+[a-z]+\d+"
)
_SALAD_WORDS = 30
_SALAD_GLUED = 5


def _keyword_salad(block: str) -> bool:
    """A long line in small letters with no punctuation, its keywords run together: a spam page's stuffing."""
    tokens = block.split()
    if len(tokens) < _SALAD_WORDS or block != block.lower() or re.search(r"[.,;:!?]", block):
        return False
    return sum(_GLUED_KEYWORD.fullmatch(t) is not None for t in tokens) >= _SALAD_GLUED


# "Sâm dây kon tum, sâm dây ngọc linh, đẳng sâm, ..., lan kim tuyến": a shop's search words over its page
_KEYWORD_LIST_ITEMS = 8
_KEYWORD_WORDS = 4
_KEYWORD_LIST_TOP = 3


def _keyword_list(block: str) -> bool:
    parts = [p.strip() for p in block.split(",")]
    short = all(0 < len(p.split()) <= _KEYWORD_WORDS for p in parts)
    return len(parts) >= _KEYWORD_LIST_ITEMS and short and not re.search(r"[.!?:;]\s*$", block)


# "Ăn Cần Tây Có Tốt Không? (Boolean Question)": a text generator's label for the kind of question a heading asks
# "Tuy nhiên, bán máy vệ sinh công nghiệp tại đà nẵng sau một thời gian ...": a seller's link set in a sentence, its
# city in small letters as no writer sets a place's name
_SELLER_ANCHOR = re.compile(
    r"(?<=\s)(?:bán|mua|cho thuê|dịch vụ|sửa chữa|thi công|báo giá)\s[a-zà-ỹđ ]{3,60}?\s(?:tại|ở)\s"
    r"(?:đà nẵng|hà nội|hồ chí minh|tp hcm|tphcm|hcm|sài gòn|cần thơ|hải phòng|bình dương|đồng nai|nha trang|huế)\s"
)
_QUESTION_KIND = re.compile(r"\s*\((?:Boolean|Grouping|Definitional|Definition|Comparison|Listing) Question\)")
# "Chung cư vinhomes d capitale" between a temple's paragraphs: a project's name, none of its words in the story
_PROPERTY_LINK = re.compile(r"(?:Chung cư|Căn hộ|Dự án|Biệt thự|Nhà phố|Đất nền) (?P<name>[A-Za-z0-9 &.-]{3,40})")


def _planted(blocks: tuple[str, ...], k: int) -> bool:
    m = _PROPERTY_LINK.fullmatch(blocks[k].strip())
    if m is None:
        return False
    rest = " ".join(blocks[:k] + blocks[k + 1 :]).lower()  # where the name would be named if it belonged
    return not any(w.lower() in rest for w in m["name"].split() if len(w) > 2)


def strip_betting_keywords(d: Draft) -> Draft:
    """A copied story's stuffed keywords cut from its lines (a line of them alone goes, and a line of keywords run
    together in small letters; a slot game's name set in a sentence goes); its pictures' "Anh 2" labels go, a
    property seller's planted links, a seller's link inside a sentence, a text generator's "(Boolean Question)", and a
    shop's search words listed over its page."""
    blocks = []
    for k, block in enumerate(d.blocks):
        listed = k < _KEYWORD_LIST_TOP and _keyword_list(block)
        if _LOST_MARKS_LABEL.fullmatch(block.strip()) or _planted(d.blocks, k) or _keyword_salad(block) or listed:
            continue
        stripped = _KEYWORDS.sub("", block) if _MARKED.search(block) else block
        stripped = _SLOT_KEYWORD.sub("", _BRAND_NAME.sub("", stripped) if _MARKED.search(block) else stripped)
        stripped = _QUESTION_KIND.sub("", _GLUED_TITLE.sub(" ", _SELLER_ANCHOR.sub("", stripped)))
        if stripped.strip():
            blocks.append(stripped.strip() if stripped != block else block)
    return dataclasses.replace(d, blocks=tuple(blocks))
