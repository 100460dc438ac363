"""The text of a scrape as the cleaning rules pass it on: its blocks and what was found."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text.legacy import is_syllable
from ..text.letters import without_marks
from .wordlists import word_list


@dataclass(frozen=True, slots=True)
class Draft:
    """The blocks (one line of the scrape each) still to read, and the metadata found so far."""

    blocks: tuple[str, ...]
    category: str | None = None
    published: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dated_title: bool = False  # a date line, a score or "Bạn đang đọc: <it>" names the first line: the title
    listed: frozenset[str] = frozenset()  # blocks the scrape printed under a bullet: a list's items
    headings: frozenset[str] = frozenset()  # the parts' headings a contents box named, lower case


Rule = Callable[[Draft], Draft]


def words(block: str) -> int:
    """How many words a block has."""
    return len(block.split())


_LOGIN = re.compile(r"(?=[a-z0-9_.]*[a-z]{3})[a-z0-9_.]{5,30}")


def is_login(block: str) -> bool:
    """ "tuanlionsg", "voduysy" alone on a line: a forum poster's login, small letters and no Vietnamese syllable;
    never a picture's placeholder ("image01")."""
    bare = block.strip()
    return _LOGIN.fullmatch(bare) is not None and not is_syllable(bare) and not is_picture_name(bare)


def is_picture_name(block: str) -> bool:
    """ "image01", "img_3", "anh2", "Thumbnail Kien Thuc 04" alone on a line: a picture's placeholder or name, never a
    login, a section nor a headline."""
    return _PICTURE_NAME.fullmatch(block.strip()) is not None


_PICTURE_NAME = re.compile(
    r"(?:image|img|photo|anh|hinh)[-_]?\d*(?:\s+(?:image|img|photo|anh|hinh)[-_]?\d*)*"
    r"|(?i:thumbnail)(?:\s+[A-Za-z0-9_-]+)+"  # "Thumbnail Kien Thuc Co Phieu 04": a thumbnail's name, its marks lost
)


def shared_pairs(first: str, second: str) -> int:
    """How many pairs of words running together ("nem chua") two blocks have in common, case aside."""
    pairs = [{" ".join(p) for p in zip(w, w[1:])} for w in (re.findall(r"\w+", b.lower()) for b in (first, second))]
    return len(pairs[0] & pairs[1])


def shares_a_phrase(first: str, second: str) -> bool:
    """Whether two blocks have two words running together in common ("nem chua"), case aside."""
    return shared_pairs(first, second) > 0


def ends_sentence(block: str) -> bool:
    """Whether a block ends as a sentence does (closing quotes and brackets aside)."""
    return block.rstrip(" \"”’'»)").endswith((".", "!", "?", "…", ":", ";"))


# a box's show/hide toggle closing its header ("Nội Dung <Ẩn>", "Mục lục [hide]", "Mục lục (Ẩn/Hiện)", "[ Ẩn ]")
TOGGLE = re.compile(r"[<\[(]\s*(?i:ẩn|hiện|ẩn/hiện|ẩn đi|hiện ra|hide|show)\s*[>\])](?=\s*$)")


def menu_label(block: str) -> str:
    """A block as a menu label: lower case, without a trailing colon, ellipsis or count ("Bình luận
    (12)", "Tin tức khác..."), or the bars a row of buttons is drawn with ("|In ra"), or the arrow
    a link up the page points with ("back to menu ↑"), or a close button's cross ("Nhảy đến nội dung x"), or a box's
    toggle ("Nội Dung <Ẩn>", "Mục lục [hide]"); a label the scrape printed twice, run together, once."""
    block = re.sub(rf"\s*(?:\(\d+\)|\.{{3}}|…|[↑⬆▲]|(?<=\w)\s+[x×✕]|{TOGGLE.pattern})\s*$", "", block)
    label = block.strip().strip("|").strip().rstrip(":").strip().lower()
    half = len(label) // 2
    return label[:half] if half > 2 and label == label[:half] * 2 else label  # "Mục lụcMục lục": one label, twice


def is_icon(block: str) -> bool:
    """A scraped icon's label ("icon Đăng ký gói bạn đọc VIP")."""
    return block.lower().startswith("icon ")


def looks_like_names(text: str) -> bool:
    """Whether every word of `text` is capitalised, as names are ("Thu Hà", "Nguyên Thảo - Minh Anh")."""
    tokens = [t for t in re.split(r"[\s\-–,&]+", text) if t and t.lower() not in ("và", "nhóm")]
    return bool(tokens) and all(t[0].isupper() for t in tokens)


def is_upper_menu(block: str) -> bool:
    """Eight words or fewer, every letter a capital ("NỔI BẬT", "YẾN NHI")."""
    letters = [c for c in block if c.isalpha()]
    return bool(letters) and words(block) <= 8 and all(c.isupper() for c in letters)


_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đào Mai Lương Hà Tạ Cao "
    "Trương Lâm Phùng Đoàn Văn Chu Lưu Tô Thái Quách Vương Tăng Kiều Triệu La Hứa Từ Mạc Lã Lại Khúc".split()
)


def surname_first(name: str) -> bool:
    """Whether `name` opens with one of the common Vietnamese surnames ("Nguyễn Tuấn")."""
    return name.split()[0] in _SURNAMES


_UNACCENTED_SURNAMES = frozenset(without_marks(name).lower() for name in _SURNAMES)


def unaccented_surname_first(name: str) -> bool:
    """Whether `name`, typed without its marks, opens with a common Vietnamese surname ("LE TRONG HIEU")."""
    return without_marks(name.split()[0]).lower() in _UNACCENTED_SURNAMES


def opens_with(paragraph: str, heading: str) -> bool:
    """Whether `paragraph` is a sentence that opens with the first three words of `heading`, the part it heads."""
    said = paragraph.lower().startswith(" ".join(heading.lower().split()[:3]) + " ")
    return said and ends_sentence(paragraph) and paragraph != heading and words(paragraph) >= 2 * words(heading)


def run_around(i: int, inside: Callable[[int], bool]) -> tuple[int, int]:
    """The first and last indexes of the run of indexes around `i` for which `inside` holds."""
    first, last = i, i
    while inside(first - 1):
        first -= 1
    while inside(last + 1):
        last += 1
    return first, last


def cut_word(block: str) -> bool:
    """ "Còn", "Tr" alone at a text's end: a sentence's first word or a word the store cut short, never a name."""
    return words(block) == 1 and (len(block) <= 2 or block.lower() in word_list("sentence_openers.txt"))
