"""Runs of lines that the layout of a page makes: the items closing it under a colon, a verse's
stanza, a slideshow's texts; none of their lines is a chapter's title."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .clean.draft import run_around
from .clean.patterns import KEYED_ITEM
from .clean.rules import ends_sentence, words

_OPENER_WORDS = 8  # a paragraph this long ending in a colon opens a list
_LABEL_WORDS = 2  # a label this long ending in a colon opens one of unstopped items ("Cách xử lý:")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s?[A-ZĐÀ-Ỹ]")


def closing_items(blocks: list[str], item_words: int) -> int:
    """Where the short lines closing the page start when a paragraph ending in a colon opens them
    ("... Người mua cần kiểm tra:"), a label does and none of them ends in a stop ("Cách xử lý:"),
    or three or more of them name a code and what it stands for after a dash ("E1 – Lỗi cảm biến
    ...", "F7 – Lỗi ..."): items of `item_words` words or fewer, two or more, never headings."""
    tail = _run_start(blocks, lambda b: words(b) <= item_words)
    # items with no stop may run a few words longer ("Sinh tinh dịch, hỗ trợ điều trị bệnh vô sinh do ...")
    unstopped = _run_start(blocks, lambda b: _short_item(b, item_words) and not ends_sentence(b))
    if unstopped < tail and blocks[unstopped - 1].endswith(":"):
        tail = unstopped
    run = blocks[tail:]
    opener = blocks[tail - 1] if 0 < tail < len(blocks) - 1 else ""
    # a label ("Cách xử lý:") opens items that end in no stop; a long paragraph, sentences too
    labelled = words(opener) >= _LABEL_WORDS and not any(ends_sentence(b) for b in run)
    opened = opener.endswith(":") and (words(opener) >= _OPENER_WORDS or labelled)
    if opened:
        return tail
    keyed = next((k for k in range(tail, len(blocks)) if all(KEYED_ITEM.match(b) for b in blocks[k:])), len(blocks))
    return keyed if len(blocks) - keyed >= _KEYED_ITEMS else len(blocks)


_KEYED_ITEMS = 3


def _run_start(blocks: list[str], item: Callable[[str], bool]) -> int:
    """Where the run of `item` lines closing `blocks` starts, none of them a label ending in a colon."""
    tail = len(blocks)
    while tail and item(blocks[tail - 1]) and not blocks[tail - 1].endswith(":"):
        tail -= 1
    return tail


_LONG_ITEM_WORDS = 5  # an unstopped item may run this many words past the rest


def _short_item(block: str, item_words: int) -> bool:
    """An item of a closing list: `item_words` words or fewer, or a few more with no stop ("Sinh tinh
    dịch, hỗ trợ điều trị bệnh vô sinh do tinh dịch yếu, ít tinh dịch")."""
    return words(block) <= item_words or (words(block) <= item_words + _LONG_ITEM_WORDS and not ends_sentence(block))


_VERSE_WORDS = 10
_VERSE_LINES = 3
_BARE_VERSE_LINES = 6  # a poem printed without marks but the stop closing it


def stanzas(blocks: list[str]) -> set[int]:
    """ "Làm sao hiển thị được lý Như ?" / "Hoằng Pháp đang cần những giảng sư" / "Thiết tha Đạo
    Pháp, bày phương tiện…" / "Tận tụy độ sanh với Tâm Từ": three short lines or more in a row, one
    of them before the last closed by a mark, as a verse prints them (or six and more, only the last
    closed: "Làm gương mẫu mực cùng con cháu" / "Họ tộc quanh năm mãi thái hòa."); none of them is a
    chapter's title ("Câu hỏi" / "Trả lời" / "Bác Tín thân mến,": a letter's greeting closes a run of labels)."""
    found: set[int] = set()
    start = 0
    for end in range(len(blocks) + 1):
        if end < len(blocks) and words(blocks[end]) <= _VERSE_WORDS and not _NUMBERED.match(blocks[end]):
            continue
        run = range(start, end)
        marked = any(blocks[k].rstrip()[-1:] in "?!…,;" for k in run[:-1])
        # closed by its last line, or by the one before when the last signs it ("Phó chủ tịch CLB Thơ Việt Nam")
        signed = len(run) > _BARE_VERSE_LINES and not ends_sentence(blocks[end - 1]) and ends_sentence(blocks[end - 2])
        lines = run[:-1] if signed else run
        bare = len(lines) >= _BARE_VERSE_LINES and ends_sentence(blocks[lines[-1]]) if lines else False
        bare = bare and sum(blocks[k].endswith(".") for k in lines[:-1]) <= 1  # never headings over short paragraphs
        if len(run) >= _VERSE_LINES and (marked or bare or _luc_bat([blocks[k] for k in run])):
            found.update(run)
        start = end + 1
    return found


def _luc_bat(lines: list[str]) -> bool:
    """ "Nước mắm giọt lệ mẹ già" / "Miếng cơm đút mớm nuôi ta lên người" / ...: lines of six words and eight by
    turns, a lục bát poem's, however its lines end."""
    counts = [words(line) for line in lines]
    if not all(c in (6, 8) for c in counts) or any(a == b for a, b in zip(counts, counts[1:])):
        return False
    pairs = [(lines[k - 1].split()[-1], lines[k].split()[5]) for k in range(1, len(lines)) if counts[k] == 8]
    return all(_rhymes(a, b) for a, b in pairs)  # the eight's sixth word rhymes with the six's last


def _rhyme(word: str) -> str:
    """A syllable's rhyme without its tone or marks: "người" and "ươi" both "uoi", "già" "a"."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", word.lower().strip('.,;:!?"“”')) if not unicodedata.combining(c)
    )
    m = re.search(r"[aeiouy].*$", bare.replace("đ", "d"))
    return m.group(0) if m and bare.isalpha() else ""


def _rhymes(a: str, b: str) -> bool:
    ra, rb = _rhyme(a), _rhyme(b)
    return bool(ra and rb) and (ra.endswith(rb) or rb.endswith(ra))  # "đời" with "ươi": "oi" and "uoi"


_UNSTOPPED_LINES = 6
_UNSTOPPED_SHARE = 0.75


def unstopped_page(blocks: list[str]) -> bool:
    """ "Vùng chè cổ tại xã ... bản Chang" / "Do nằm ở độ cao ... rêu phong" / ...: a page of six lines
    or more, three in four of them long sentences with no stop, as a slideshow prints its pictures'
    texts; none of its lines is a chapter's title."""
    long_bare = [  # a paragraph of sentences whose last lost its stop is none ("... Sau khi quẹt ... và ngược lại")
        b for b in blocks if not ends_sentence(b) and words(b) >= _UNSTOPPED_LINE_WORDS and not INNER_STOP.search(b)
    ]
    return len(blocks) >= _UNSTOPPED_LINES and len(long_bare) >= _UNSTOPPED_SHARE * len(blocks)


_UNSTOPPED_LINE_WORDS = 8
INNER_STOP = re.compile(r"(?<=[a-zà-ỹđ)”])[.!?]\s+[A-ZĐÀ-Ỹ]")  # never "1. Xử lý ..."


# "1kg cải bẹ (...)", "2-3 quả ớt": an ingredient, its quantity first
_STEP = re.compile(r"(?:Bước|Cách|Phần|Giai đoạn)\s+\d{1,2}\s*[:.]|\d{1,2}(?:\.\d{1,2})*[.)]\s*[^\W\d_]")
_QUANTITY_FIRST = re.compile(
    r"^\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+)?\s?(?:kg|g|gr|gram|gam|ml|l|lít|quả|củ|trái|muỗng|thìa|ít|chút|cuộn|nắm)\b"
    # "Lá dứa xay lọc lấy nước: 100 ml": the ingredient, then its quantity
    r"|^[^:\d]{2,60}:\s*\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+)?\s?(?:kg|g|gr|gram|gam|ml|l|lít|quả|củ|trái|muỗng|thìa)$"
)


def bulleted_item(blocks: list[str], j: int, bullets: frozenset[str]) -> bool:
    """Whether the bulleted line `j` is a list's item, never a part's heading: one that asks ("Nên
    chọn loại nào?", never "2. Vì sao ...?", a numbered part's heading), an ingredient with its
    quantity, a line beside one in the list ("Gói bột nem chua" under "400 gram bì heo"), or one over another
    bulleted line."""
    block = blocks[j]
    if block not in bullets:
        return False
    beside = [b for b in blocks[max(0, j - 1) : j + 2] if b in bullets]
    # "- Cách cầm kim ..." over "- ch: mũi bính": an item over another short one (a heading's items tell sentences)
    listed = j + 1 < len(blocks) and blocks[j + 1] in bullets and not ends_sentence(blocks[j + 1])
    listed = listed and not _STEP.match(block)  # "• Cách 2: Xin học bổng ..." over its bullets: the step's heading
    return (block.endswith("?") and not block[0].isdigit()) or any(_QUANTITY_FIRST.match(b) for b in beside) or listed


def closes_a_list(blocks: list[str], j: int, item_words: int, bullets: frozenset[str]) -> bool:
    """Whether the short unstopped line `j` is an item of a list that a line ending in a colon opens, two short
    unstopped items or more in a row ("Một lần bảo trì bao gồm:" / "Vệ sinh lưới lọc" / ... / "Kiểm tra điện, block"):
    an item, never the heading of the paragraph under it (a heading right under the colon has its paragraph; one over
    bulleted lines heads them)."""

    def item(k: int) -> bool:
        plain = 0 <= k < len(blocks) and blocks[k] not in bullets and not blocks[k].endswith(":")
        return plain and not ends_sentence(blocks[k]) and words(blocks[k]) <= item_words

    first, last = run_around(j, item)
    # "Hà Tĩnh: Văn Lợi (12')" / "Thanh Hóa: Rimario (70')" / "Diễn biến": a line unlike the labelled items heads
    unlike = j == last and j > first and all(":" in blocks[k] for k in range(first, j)) and ":" not in blocks[j]
    return item(j) and not unlike and last > first and first > 0 and blocks[first - 1].rstrip().endswith(":")


def _amid_bulleted(blocks: list[str], i: int, bullets: frozenset[str]) -> bool:
    """Whether `blocks[i]`, under a bullet, has bulleted lines on both sides: an item of a list, no heading."""
    return blocks[i] in bullets and 0 < i < len(blocks) - 1 and {blocks[i - 1], blocks[i + 1]} <= bullets


def _alike_items(blocks: list[str], i: int) -> bool:
    """Whether `blocks[i]` closes a run of three unstopped lines or more opening on the same three words."""
    opening = blocks[i].lower().split()[:3]
    run = [b for b in blocks[max(0, i - 2) : i] if not ends_sentence(b) and b.lower().split()[:3] == opening]
    return len(blocks[i].split()) > 3 and len(run) == 2


# "Ông Nguyễn Mạnh Hùng – Trưởng khoa ...;" / "Bà: Mỹ Vân-MC Đài truyền hình Việt Nam": people listed with their roles
_PERSON_ITEM = re.compile(r"(?:Ông|Bà|Anh|Chị|Đồng chí|Đ/c|Thầy|Cô)\s*:?\s+[A-ZĐÀ-Ỹ][^\s:]*\s")
_ROLE_DASH = re.compile(r"\S\s?[-–]\s?\S")


def _person_item(blocks: list[str], i: int) -> bool:
    """Whether `blocks[i]` and the line over it each name a person and a role: a list of guests or judges."""
    pair = blocks[i - 1 : i + 1] if i > 0 else []
    return len(pair) == 2 and all(_PERSON_ITEM.match(b) and _ROLE_DASH.search(b) for b in pair)


def list_item(blocks: list[str], i: int, bullets: frozenset[str]) -> bool:
    """Whether `blocks[i]` is an item of a list, never a heading: unbulleted lines opening alike ("Xét nghiệm máu
    giúp ..." / "Xét nghiệm máu tầm soát ..."), a bulleted line under another ("- D4-1: ..." / "- D4-6: ..."), or a
    number going on from a list a few lines up ("4) ..." / "5) ..." / "* ..." / "6) ..."), or the first of the steps
    a line ending in a colon opens."""
    return (
        _alike_items(blocks, i)
        or _person_item(blocks, i)
        or _amid_bulleted(blocks, i, bullets)
        or (i > 0 and {blocks[i], blocks[i - 1]} <= bullets and _labelled(blocks[i]) == _labelled(blocks[i - 1]))
        or _numbering_goes_on(blocks, i)
        or _first_of_steps(blocks, i)
    )


def _first_of_steps(blocks: list[str], i: int) -> bool:
    """ "Các bước ... như sau:" / "1. Gài phanh đỗ ..." / "2. Kiểm tra ...": the first of the steps a colon opens."""
    opened = 0 < i < len(blocks) - 1 and blocks[i - 1].rstrip().endswith(":")
    return opened and re.match(r"1[.)]\s", blocks[i]) is not None and re.match(r"2[.)]\s", blocks[i + 1]) is not None


def _labelled(block: str) -> bool:
    """ "D4-6: Visa du học nghề": an item's label and its value (never "Dinh dưỡng" under "Cách giữ ấm: ...")."""
    return ":" in block[:30]


_ITEM_NUMBER = re.compile(r"(\d{1,2})(\))\s")  # "6) ...": an item's number; "2. ..." may head a part
_NUMBERING_REACH = 8


def _numbering_goes_on(blocks: list[str], i: int) -> bool:
    m = _ITEM_NUMBER.match(blocks[i])
    if not m or int(m[1]) < 2:
        return False
    # "4) ...", "5) ..." in a row, then "6) ..." a few lines on: a list's items (never parts, each with its text)
    before, listed = f"{int(m[1]) - 1}{m[2]} ", f"{int(m[1]) - 2}{m[2]} "
    reach = range(max(1, i - _NUMBERING_REACH), i)
    return any(blocks[k].startswith(before) and blocks[k - 1].startswith(listed) for k in reach)
