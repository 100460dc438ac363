"""What closes a page after the article: menu lines in capitals naming the site's sections (anywhere), box headers,
"follow us" lines, tags in small letters, a chart's tabs, and other stories' titles in a run under the last
paragraph."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, is_upper_menu, menu_label, words


def is_menu(block: str) -> bool:
    """An upper-case line naming site sections or boxes ("NỔI BẬT TRANG CHỦ"), half its words or
    more (never a gallery's title "HÌNH ẢNH NGÀY HỘI ĐỌC SÁCH")."""
    if not is_upper_menu(block) or P.NUMBERED_PART.match(block):  # "I. NGÀNH TUYỂN SINH": a part's heading
        return False
    low = block.lower()
    covered = [False] * len(low)
    for name in P.RELATED_HEADERS + P.SECTIONS:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", low):
            covered[m.start() : m.end()] = [True] * (m.end() - m.start())
    named = sum(1 for w in re.finditer(r"\w+", low) if covered[w.start()])
    return named > 0 and 2 * named >= len(re.findall(r"\w+", low))


_RANKING_TABS = frozenset({"ngày", "tuần", "tháng", "năm", "all time"})
_MORE_POINTER = re.compile(r"^(?i:xem thêm|đọc thêm|tham khảo thêm)\b[^.!?]{0,60}:$")


def drop_trailing_menus(d: Draft) -> Draft:
    """Menus, box headers and "follow us" lines after the article, menu lines anywhere, the
    article's tags on the last line ("vụ mùa": a few words in small letters, which no sentence
    starts with), and other stories' titles closing the page (`_trailing_titles`)."""
    blocks = [b for b in d.blocks if not is_menu(b)]
    blocks = blocks[: _trailing_titles(blocks)]
    while len(blocks) > 1 and (
        menu_label(blocks[-1]) in P.RELATED_HEADERS
        or P.TRAILING_INVITATIONS.match(blocks[-1])
        or (blocks[-1][:1].islower() and words(blocks[-1]) <= 5 and not ends_sentence(blocks[-1]))
        or _MORE_POINTER.match(blocks[-1])  # "Xem thêm thông tin về sự cố:", its links gone
        or blocks[-1].strip().lower() in _RANKING_TABS  # "Ngày" / "Tháng" / "All time": a chart's tabs
        or not re.search(r"[^\W\d_]", blocks[-1])  # "***+***": a box's frame, no letter in it
        or (re.match(r"[+*#=~]+\s", blocks[-1]) is not None and words(blocks[-1]) <= 5)  # "+* ra khoi": a box's links
    ):
        blocks.pop()
    return dataclasses.replace(d, blocks=tuple(blocks))


_CUT_TEASER = re.compile(r"[^\W\d_](?:…|\.{3})$")  # "... toàn bộ các báo cáo, đề…": a title cut short
_TITLE_WORDS = range(5, 31)
_TEASERS = 3


def _word_pairs(text: str) -> set[tuple[str, str]]:
    found = re.findall(r"[^\W\d_]+", text.lower())
    return set(zip(found, found[1:]))


_LAST_PARAGRAPH_WORDS = 15


def _trailing_titles(blocks: list[str]) -> int:
    """Where other stories' titles start at the page's end, under the article's last paragraph (a
    sentence of 15 words or more, not opening a list with a colon): three titles or more cut short
    ("..., đề…", no list's colon among them: "như: hát chèo, tuồng..." is text), or three or more
    bare ones in capitals and small letters ("Bộ Nội vụ hướng dẫn tặng quà ...", "-" lines between
    them) that share no two words in a row with the article; the page's length when there are none."""
    k = len(blocks)
    while k > 1 and (
        blocks[k - 1] in ("-", "–") or _CUT_TEASER.search(blocks[k - 1]) or not ends_sentence(blocks[k - 1])
    ):
        k -= 1
    run = [b for b in blocks[k:] if b not in ("-", "–")]
    last = blocks[k - 1] if k > 1 else ""
    if k < 2 or words(last) < _LAST_PARAGRAPH_WORDS or last.rstrip().endswith(":"):
        return len(blocks)
    titles = [
        b
        for b in run
        if words(b) in _TITLE_WORDS
        and b[:1].isupper()
        and not P.NUMBERED_ITEM.match(b)
        and not P.KEYED_ITEM.match(b)  # "E1 – Cửa máy chưa đóng": a list of codes, no story's title
        and not re.search(r":\s|…$|\.\.$", b)
    ]
    above = _word_pairs(" ".join(blocks[:k]))
    titles = [b for b in titles if not _word_pairs(b) & above]  # another story's: no two words of the article's
    teasers = [b for b in run if _CUT_TEASER.search(b) and ":" not in b and words(b) in _TITLE_WORDS]
    if len(teasers) >= _TEASERS or (len(titles) >= _TEASERS and len(titles) == len(run)):
        return k
    return len(blocks)
