"""What a page's title line carries besides the title: the site's slogan before its name ("... - Mạng bán
tour trực tuyến đầu tiên tại Việt Nam | ..."), a subtitle that asks the title again in other words, a teaser run
into it, and a garbled copy from a lost font; and the title under a box's empty headers, the page's summary on top."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, menu_label, shared_pairs, words
from .wordlists import word_list

# "Hồ sơ xin visa ...  - Mạng bán tour trực tuyến đầu tiên tại Việt Nam | Du lịch X": the site's slogan
# between the title and the site's name
_SLOGAN = re.compile(
    r"\s+[-–]\s+[^-–|]*\b(?:hàng đầu|đầu tiên|uy tín|số 1|chuyên nghiệp|chính hãng|giá rẻ|tốt nhất)\b[^-–|]*$",
    re.IGNORECASE,
)
_TITLE_WORDS = 4


def without_slogan(head: str) -> str:
    """`head`, a title line cut before its site's name, without the slogan after a dash."""
    slogan = _SLOGAN.search(head)
    return head[: slogan.start()] if slogan and words(head[: slogan.start()]) >= _TITLE_WORDS else head


def labels_in_a_row(block: str) -> bool:
    """ "Cây ban công - sân thượng, Cây hoa hồng": the sections a post is filed under, capitalised, a comma between."""
    parts = [p.strip() for p in block.split(",")] if not (ends_sentence(block) or re.search(r"\d", block)) else []
    told = re.search(r"(?i:\b(?:không|là|có|được|bị)\b)", block)  # "Máy bơm không lên nước, ...": a title that tells
    return len(parts) > 1 and not told and all(2 <= words(p) <= 6 and p[:1].isupper() for p in parts)


def said_within(below: str, block: str) -> bool:
    """ "Nguyên nhân máy bơm không lên nước" under "Máy bơm không lên nước, Nguyên nhân và cách khắc phục": a line of
    three words or more every one of which the line over it holds, so that line is the title, never a row of labels."""
    said = set(re.findall(r"[^\W\d_]+", below.lower()))
    return len(said) >= 3 and said <= set(re.findall(r"[^\W\d_]+", block.lower()))


def asked_again(block: str, below: str) -> bool:
    """ "Phật ngồi đài sen" over "Tại sao Phật lại ngồi trên đài sen?": a title its subtitle asks about again,
    every word of it, never a section's label."""
    said = set(re.findall(r"[^\W\d_]+", block.lower()))
    return len(said) >= 3 and below.rstrip().endswith("?") and said <= set(re.findall(r"[^\W\d_]+", below.lower()))


_SUBTITLE_SHARE = 0.8


def subtitled(title: str, headline: str, rest: list[str]) -> bool:
    """ "Dấu hiệu mắc covid 19 qua từng ngày" / "Cập nhật ngay cách nhận biết các dấu hiệu nhiễm Covid 19 qua từng
    ngày" / two paragraphs: an article's title and its subtitle in the title's words, no tag over a teaser."""
    said = {w.casefold() for w in re.findall(r"\w+", headline)}
    own = [w.casefold() for w in re.findall(r"\w+", title)]
    shared = sum(w in said for w in own) >= _SUBTITLE_SHARE * len(own)
    shared = shared and title.casefold().strip() not in headline.casefold()  # a tag's words inside the headline
    return shared and bool(rest) and ends_sentence(rest[0]) and words(rest[0]) >= 15


_ABOUT_PAIRS = 2


def about_the_title(title: str, headline: str, paragraph: str) -> bool:
    """ "Loại bỏ các mùi giày với Baking Soda" / "Một sửa chữa giá rẻ cho một vấn đề đáng xấu hổ" / "Mùi giày có thể
    ... baking soda ...": the paragraph says two of the title's word pairs or more, and more of them than of the line
    under it; an article's title over its subtitle, no tag's over a story."""
    title_pairs, headline_pairs = shared_pairs(title, paragraph), shared_pairs(headline, paragraph)
    return title_pairs >= _ABOUT_PAIRS and title_pairs > headline_pairs


def placeholder(block: str) -> bool:
    """ "banner banner banner banner": one word three times or more, a picture's slot named in its place."""
    tokens = block.split()
    return len(tokens) >= 3 and len(set(tokens)) == 1


_TEXT_WORDS = 15


def titles_the_text(blocks: tuple[str, ...], k: int, drop: set[int]) -> bool:
    """Whether the line `k` under a date line with nothing kept above it is the only title the
    text under it has: the next line is already a paragraph."""
    return (
        k + 1 < len(blocks)
        and all(i in drop for i in range(k - 1))
        and ends_sentence(blocks[k + 1])
        and words(blocks[k + 1]) >= _TEXT_WORDS
    )


_SECTION_WORDS = 4
_BANNER_WORDS = 20
_MENU_REACH, _MENU_WORDS = 24, 15


def section_over_titled_date(blocks: tuple[str, ...], i: int) -> bool:
    """Whether the lines over the date line `i` are the site's banner and a section ("KỶ NIỆM 70 NĂM ..." /
    "Tin tức hoạt động" / "Đăng ngày: ..."), or a header of short menu lines over a breadcrumb, the title under the
    date: the one right over it is a section's few words, none ends a sentence, and the line under the date alone
    titles the paragraph under it."""
    if not 1 <= i <= _MENU_REACH or i + 2 >= len(blocks) or words(blocks[i - 1]) > _SECTION_WORDS:
        return False
    if i > 3 and any(words(b) > _MENU_WORDS for b in blocks[:i]):  # deeper, a header of menus and bars alone
        return False
    above = blocks[:i]
    title, text = blocks[i + 1], blocks[i + 2]
    headed = not ends_sentence(title) and words(title) <= _BANNER_WORDS
    headed = headed and menu_label(title) not in P.CONTENTS_HEADERS  # "Nội dung bài viết" under it: the title above
    return headed and ends_sentence(text) and words(text) >= _TEXT_WORDS and not any(map(ends_sentence, above))


# "Xe buýt vượt bão Với nhiệm vụ ...": a tag page's title run into its teaser, a capital opening the teaser's
# sentence after a word in small letters
_TEASER_OPENS = re.compile(
    r"(?<=[a-zà-ỹđ]) (?=(?:Với|Theo|Trong|Sau|Khi|Để|Từ|Tại|Nhằm|Hiện nay|Mặc dù|Dù) [a-zà-ỹđ\d]"
    r"|(?:Ngày|Sáng|Chiều|Tối) \d)"
)
_TEASER_WORDS = 8
_TITLE_MOST = 15


# "MẮM TÉP CHUA THƠM NỒNG, CHUA NGỌT, ĐẬM ĐÀ VỊ QUÊ Món mắm tép chua là ...": a title in capitals run into the text
_CAPITALS_TITLE_ON_TEXT = re.compile(r"^(?P<title>(?:[A-ZĐÀ-Ỹ]{1,8},? ){3,20}[A-ZĐÀ-Ỹ]{1,8}) (?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]+ )")


def split_title_from_teaser(d: Draft) -> Draft:
    """A first line of a title of three to fifteen words, no comma, run into a sentence of eight or more, the only
    stop its last: the headline, then the lead. A first line opening on a title in capitals is parted the same."""
    first = d.blocks[0] if d.blocks else ""
    shouted = _CAPITALS_TITLE_ON_TEXT.match(first)
    if shouted and ends_sentence(first) and words(first[shouted.end() :]) >= _TEASER_WORDS:
        return dataclasses.replace(d, blocks=(shouted["title"], first[shouted.end() :], *d.blocks[1:]))
    m = _TEASER_OPENS.search(first)
    if m is None or not ends_sentence(first) or re.search(r"[.!?:]", first[: m.start()]):
        return d
    title, teaser = first[: m.start()], first[m.end() :]
    if (
        not 3 <= words(title) <= _TITLE_MOST
        or "," in title
        or words(teaser) < _TEASER_WORDS
        or re.search(r"[.!?]\s", teaser)
    ):
        return d
    return dataclasses.replace(d, blocks=(title, teaser, *d.blocks[1:]))


# "ng hÈ khoa hỌc viỆt nam": a document site's title from a lost font, marked vowels capitalised inside words
_LOST_FONT_WORD = re.compile(r"(?<=[a-zđ])[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]")
_LOST_FONT_WORDS = 2
# "Khoa hc và Giáo dc", "Quc tế", "đơn vị tchc": words in small letters whose marked vowels an OCR lost, no
# vowel left; units and the like ("km", "kg", "tbsp") are no such word
_VOWEL_LOST_WORD = re.compile(r"(?<![\w./@-])(?:[Qq]u[bcdđghklmnpqrstvx]+|[bcdđghklmnpqrstvx]{2,})(?![\w./@:-])")
_NO_VOWEL_WORDS = frozenset("km kg cm mm ml mg dl kwh vs st nd rd th tbsp tsp px cp đk".split())
_VOWEL_LOST_WORDS = 3
_TOP_BLOCKS = 3


def _garbled(block: str) -> bool:
    lost = [w for w in _VOWEL_LOST_WORD.findall(block) if w.lower() not in _NO_VOWEL_WORDS]
    return len(_LOST_FONT_WORD.findall(block)) >= _LOST_FONT_WORDS or len(lost) >= _VOWEL_LOST_WORDS


def drop_garbled_title(d: Draft) -> Draft:
    """A line at the top with two words or more whose marked vowels a lost font capitalised ("hÈ", "hỌc"), or
    three or more that lost them ("Khoa hc", "Giáo dc"): a document site's garbled copy of the text it prints
    again; not read."""
    if len(d.blocks) <= 2:
        return d
    top = tuple(b for b in d.blocks[:_TOP_BLOCKS] if not _garbled(b))
    return dataclasses.replace(d, blocks=(*top, *d.blocks[_TOP_BLOCKS:])) if len(top) < _TOP_BLOCKS else d


def title_under_boxes(top: str, block: str, below: str) -> bool:
    """The page's summary printed on top after its site's tag ("(vhds.baothanhhoa.vn) - Trong hai ngày ..."), then
    empty boxes' headers: the first title-like line over a sentence is the article's title."""
    tagged = re.match(r"\([\w.-]{3,40}\.(?:vn|com|net|org)\)\s*[-–]\s*", top) is not None
    return (
        tagged
        and words(top) > _SUMMARY_WORDS
        and words(block) > 4
        and not ends_sentence(block)
        and ends_sentence(below)
    )


_SUMMARY_WORDS = 8


_TEASER_MOST = 40


def drop_teaser_over_title(d: Draft) -> Draft:
    """Another story's teaser on top, one stopped sentence ("Một người Mỹ nói ...: 23 năm sau ..."), over a title
    of six words or more the paragraph under it says again ("Review quán cafe yên tĩnh tại Hà Nội ..." / "... những
    quán cafe yên tĩnh tại Hà Nội ..."), none of the teaser's words in a row in either: not read."""
    if len(d.blocks) < 3:
        return d
    teaser, title, text = d.blocks[:3]
    story = ends_sentence(teaser) and words(teaser) <= _TEASER_MOST and not re.search(r"[.!?]\s", teaser)
    titled = not ends_sentence(title) and words(title) >= 6 and ends_sentence(text) and words(text) >= _TEXT_WORDS
    apart = shared_pairs(teaser, title) == 0 and shared_pairs(teaser, text) == 0
    return (
        dataclasses.replace(d, blocks=d.blocks[1:])
        if story and titled and apart and shared_pairs(title, text) >= 2
        else d
    )


_MOTTO_WORDS = (8, 30)
_MOTTO_TEXT_BLOCKS = 12
# words any sentence may share with any other: only the rest says whether a line speaks of the text
_FUNCTION_WORDS = frozenset(
    "và là của các có được cho với trong không một những để đi lại cũng thì mà này đó khi từ ra vào đến bị rất nhiều"
    " như nên sẽ đã đang hay hoặc người".split()
)


def motto_over_title(blocks: list[str]) -> bool:
    """ "Đừng lấy đi những gì ngoài những bức ảnh ... bước chân." over "KỸ THUẬT TRỒNG GỪNG": a blog's motto, one
    sentence none of whose words the title in capitals under it or the text under that says (a summary over its
    title, or a story's opening over its first part in capitals, shares theirs)."""
    first, second = blocks[0], blocks[1]
    if not (ends_sentence(first) and second.isupper() and not ends_sentence(second) and 2 <= words(second) <= 12):
        return False
    sentences = len(re.findall(r"[.!?…](?:\s|$)", first.strip()))
    if sentences != 1 or not _MOTTO_WORDS[0] <= len(first.split()) <= _MOTTO_WORDS[1]:
        return False
    motto = {w.casefold() for w in re.findall(r"\w+", first)} - _FUNCTION_WORDS
    said = {w.casefold() for b in blocks[1:_MOTTO_TEXT_BLOCKS] for w in re.findall(r"\w+", b)}
    return not motto & said


def widget_line(block: str) -> bool:
    """A line that is all a site's widget says ("Bách khoa toàn thư mở Wikipedia"), from `data/widget_lines.txt`."""
    return block.strip().lower() in word_list("widget_lines.txt")
