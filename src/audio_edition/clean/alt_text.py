"""A picture's alternative text left in a scrape in small letters ("phụ tùng xe đạp thể thao"), and the
caption under it."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .authors import looks_like_author
from .draft import Draft, ends_sentence, menu_label, words

_ALT_TEXT_WORDS = 8
_KEYWORD_ALT_WORDS = 14
_PARAGRAPH_WORDS = 15  # "Trở về nhà sau ... của mình" / "nến sáp": a paragraph the page left unstopped
# "Cách 2: DÙNG THUỐC ...", "II. Chọn nguyên liệu": a step's, a part's heading
_STEP_ALONE = re.compile(r"(?:Bước|Cách|Phần|Giai đoạn)\s\d{1,2}")
_LABELLED_STEP = re.compile(r"[^\W\d_]+\s\d{1,2}\s*[:.]|(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)/]\s")
# "Cach trong nam Rom tren rom nang suat cao": a picture's text typed without its marks, every word
# a bare Vietnamese syllable and some only Vietnamese has ("trong", "nang", "suat")
_BARE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_ONLY_VIETNAMESE = re.compile(
    r"^(?:ng|nh|tr|kh|gi|qu)|(?:ng|nh|ch|uy)$|[aeiouy]{2}[cmnpt]|[aeiouy]{3}|^(?:cho|va|cua|voi|duoc)$"
)  # "thuy", "va", "cho": syllables English has none of
_MIN_BARE_WORDS = 5
_PAIRED_HEADING_WORDS = 12  # a heading and its sub-heading, each shorter than this
# "mùng 5-2 âm lịch" under "1. LỄ HỘI HAI BÀ TRƯNG": the day a festival falls on, never a picture's text
_DAY_LINE = re.compile(r"(?:mùng|mồng|ngày|tháng)\s\d")


def lone_small_line(text: str, kept: list[str], after: tuple[str, ...]) -> bool:
    """ "thay đổi trong kỳ thi jlpt 7/2023" between two paragraphs: a picture's alternative text,
    a few words in small letters with no stop, after a closed sentence, a paragraph or a heading in
    title case (never a list's item under its colon), or a little longer under a numbered heading in
    capitals ("1. LÀM XÀ PHÒNG ..." / "hai bánh xà phòng handmade với các lát chanh khô"), and
    before a line in capitals."""
    closed = bool(kept) and re.search(r"[.!?…”\"]$", kept[-1].strip()) is not None
    closed = closed or (bool(kept) and words(kept[-1]) >= _PARAGRAPH_WORDS and kept[-1].strip()[-1:].isalpha())
    closed = closed or (bool(kept) and title_case(kept[-1]))  # "Yếu Tố Quan Trọng Nhất: ..." / "pha cà phê"
    before_capital = bool(after) and after[0].strip()[:1].isupper()
    brand = re.match(r"\S*[A-Z]", text) is not None  # "iPhone 13": a name in small letters first
    header = menu_label(text) in P.RELATED_HEADERS  # "bài liên quan mới nhất": the box under it goes too
    headed = bool(kept) and _CAPITALS_HEADING.match(kept[-1]) is not None
    longer = headed and text[:1].islower() and words(text) <= _HEADED_ALT_WORDS and not ends_sentence(text)
    longer = longer and not _DAY_LINE.match(text)
    return (closed and small_alt_text(text) or longer) and before_capital and not brand and not header


def title_case(block: str) -> bool:
    """A heading in title case, every word capitalised: a line in small letters under it is no part of it."""
    said = re.findall(r"[^\W\d_]+", block)
    return len(said) >= _TITLE_WORDS and not ends_sentence(block) and all(w[0].isupper() for w in said)


_TITLE_WORDS = 3


def titled_heading(block: str) -> bool:
    """ "Tầm Quan Trọng Của Việc Ngắt Điện": a heading in title case, never a name ("Thầy Trần Đăng Hồng") nor a line in
    capitals."""
    return title_case(block) and not block.isupper() and not looks_like_author(block)


# "1. LÀM XÀ PHÒNG THEO PHƯƠNG PHÁP LẠNH (Cold process soap making)": a numbered heading in capitals
_CAPITALS_HEADING = re.compile(r"\d{1,2}\.\s+[A-ZĐÀ-Ỹ]{2,}(?:\s+[A-ZĐÀ-Ỹ]{2,}){2,}")
_HEADED_ALT_WORDS = 14


def captioned(alt: str, text: str, after: str = "") -> bool:
    """ "Nên rửa xe 1 lần/ tuần" under "phụ tùng xe đạp": a picture's caption under its alternative text in small
    letters, with no stop; never a sentence, a heading saying the alt text again (over its paragraph), a step
    ("Cách 2: ..."), a heading over a step's label ("Bước 1") or a heading in a title's letters over its paragraph.
    The alt text again in capitals over the next part's heading is its caption."""
    again = text.lower() == alt and _LABELLED_STEP.match(after) is not None  # "Vị trí lắp ..." over "1.2. Xe ..."
    stepped = _LABELLED_STEP.match(text) is not None
    # "Lịch Sử và Nguyên Gốc của Võ Thuật Bình Định" over a paragraph: a part's heading in a title's letters
    paragraph = words(after) >= _PARAGRAPH_WORDS and (ends_sentence(after) or re.search(r"[.!?]\s", after) is not None)
    headed = _TITLE_LETTERS.fullmatch(text) is not None and paragraph
    headed = headed or _STEP_ALONE.fullmatch(after.strip()) is not None  # "Thủ tục ..." over "Bước 1": a part's heading
    return bool(alt) and (alt not in text.lower() or again) and not ends_sentence(text) and not (stepped or headed)


# every word capitalised but the small ones a title leaves in small letters, four words or more
_SMALL_WORDS = "và|của|cho|trong|với|là|các|những|ở|tại|từ|về|theo|để|khi"
_TITLE_LETTERS = re.compile(rf"(?:[A-ZĐÀ-Ỹ]\S*|{_SMALL_WORDS})(?:\s(?:[A-ZĐÀ-Ỹ]\S*|{_SMALL_WORDS})){{3,}}")


def small_alt_text(text: str) -> bool:
    """ "artemia mang mầm bệnh EHP": a picture's alternative text, a few words in small letters with no stop."""
    lettered = re.match(r"[a-zđ][.)]\s", text) is not None  # "b) Giải quyết TTHC": a part's letter, no alt text
    lettered = lettered or _DAY_LINE.match(text) is not None
    closed = re.search(r"[.!?:;,…]$", text) is not None
    # "kỹ thuật nuôi ong lấy mật, nuôi ong phong thủy làm cảnh": a picture's keywords, a few phrases with commas
    sized = 2 <= words(text) <= _ALT_TEXT_WORDS or ("," in text and words(text) <= _KEYWORD_ALT_WORDS)
    return text[:1].islower() and sized and not closed and not lettered


def alt_text_line(text: str, kept: list[str], i: int) -> bool:
    """A picture's alternative text in small letters under the headline, the page's widgets between (a headline's
    wrapped second line would sit right under it); and anywhere, "chăm sóc lan hồ điệp tết 1": the title's words and
    the picture's number; right under the headline, "kỹ thuật trồng hoa hồng trong chậu": the title's words again."""
    under_headline = i >= 2 and len(kept) == 1
    again = i == 1 and len(kept) == 1 and set(text.lower().split()) <= set(kept[0].lower().split()) | _FILLER
    return small_alt_text(text) and (under_headline or again or (bool(kept) and _numbered_title_words(text, kept[0])))


_FILLER = frozenset({"kỹ", "thuật", "cách", "hướng", "dẫn"})  # "kỹ thuật ...": an alt text's own lead-in words


def _numbered_title_words(text: str, title: str) -> bool:
    """Whether `text` is words of `title` and a picture's number ("chăm sóc lan hồ điệp tết 1")."""
    m = re.fullmatch(r"(?P<words>.+?)\s\d{1,2}", text)
    said = set(title.lower().split())
    return m is not None and all(w in said for w in m["words"].split())


_SYMBOL = re.compile(r"[A-Z]{2,}|[a-z]+[A-Z][A-Za-z]*")


def typed_without_marks(text: str, least: int = _MIN_BARE_WORDS) -> bool:
    """ "he thong loc RO": Vietnamese typed without its marks, `least` words or more, most of them bare
    syllables and some only Vietnamese has."""
    tokens = [t for t in re.findall(r"[^\W\d_]+", text) if not _SYMBOL.fullmatch(t)]  # "CO2", "pH": symbols
    return (
        text.isascii()
        and len(tokens) >= least
        and sum(_BARE_SYLLABLE.fullmatch(t.lower()) is not None for t in tokens) * 5 >= len(tokens) * 4  # "laptop"
        and sum(_ONLY_VIETNAMESE.search(t.lower()) is not None for t in tokens) * 4 >= len(tokens)
    )


def unmarked_alt(text: str) -> bool:
    """ "Cach trong nam Rom tren rom nang suat cao, hieu qua tot.": a picture's text with its
    Vietnamese typed without marks (a file's or an editor's alt text), a loanword or two among its
    syllables; never English."""
    return typed_without_marks(text)


_ECHO_WORDS = 10
_ECHO_SHARE = 0.75


def echoing_small_line(text: str, before: str, after: str, over_bullets: bool) -> bool:
    """ "camera ip là gì" over "1. Camera IP là gì?", "đặc điểm chính của camera ip là gì" under "2. Đặc điểm
    chính của Camera IP": a picture's alternative text in small letters saying again the words of the line beside
    it, a few words all in small letters, no stop, once the text has begun (never a title in small letters; never a
    list's item: after a colon only over the list's bullets, itself unbulleted)."""
    said = re.findall(r"[^\W\d_]+", text.lower())
    if (
        not said
        or len(said) > _ECHO_WORDS
        or not text[:1].islower()
        or text != text.lower()
        or ends_sentence(text)
        or text.endswith(":")
    ):
        return False
    if before.rstrip().endswith(":") and not over_bullets:
        return False
    return any(
        sum(w in set(re.findall(r"[^\W\d_]+", near.lower())) for w in said) >= _ECHO_SHARE * len(said)
        for near in (before, after)
    )


# "Trầu cau – Tượng trưng cho ...": a term, a dash and what it means, one item of a list
_DEFINED = re.compile(r"[^–—:.!?()]{2,40}\s[–—-]\s.{10,}[.!?]")  # never a source's "(Kinh tế Mới) - ..."
_INTERRUPTING_WORDS = 6


def interrupts_a_list(text: str, before: str, after: str) -> bool:
    """ "Tráp cưới miền Tây" between "Trầu cau – Tượng trưng cho ..." and "Bánh phu thê – Biểu hiện cho ...": a
    picture's text between two items of one list of terms, a few words, no stop."""
    short = words(text) <= _INTERRUPTING_WORDS and not ends_sentence(text) and not text.endswith(":")
    return short and bool(_DEFINED.fullmatch(before.strip())) and bool(_DEFINED.fullmatch(after.strip()))


def picture_text_beside(text: str, before: str, after: str, over_bullets: bool) -> bool:
    """A picture's text between two lines of the text: saying their words again in small letters, or a few words
    breaking a list of terms."""
    return echoing_small_line(text, before, after, over_bullets) or interrupts_a_list(text, before, after)


def heading_pair(run: tuple[str, ...]) -> bool:
    """A section's heading over its first sub-heading under a picture's text ("7 koi feeding" /
    "Điều chỉnh nhiệt độ nước" / "Kiểm tra nhiệt độ nước" / a paragraph): two short unstopped lines
    and then the text, the first no caption."""
    if len(run) < 3 or any(ends_sentence(line) or words(line) > _PAIRED_HEADING_WORDS for line in run[:2]):
        return False
    if not re.match(r"[A-Za-zÀ-ỹ]", run[0]):
        return False  # "「生活・職能日本語検定」": a name in another script is no heading
    return ends_sentence(run[2]) and words(run[2]) > _PAIRED_HEADING_WORDS


_SAID_ABOVE = 0.75  # most of the picture's words are the headings'


def drop_alt_under_headings(d: Draft) -> Draft:
    """A numbered part's heading and a sub-heading, then a third unstopped line over the paragraph saying again most
    of their words ("1. Cách điều trị chó bị tiêu chảy" / "Sử dụng cây nhọ nồi (cỏ mực)" / "Điều trị khi chó bị
    tiêu chảy bằng nhọ nồi"): the sub-part's picture, its text never a chapter; not read."""
    b = d.blocks
    drop = set()
    for i in range(2, len(b) - 1):
        heading, sub, line, text = b[i - 2], b[i - 1], b[i], b[i + 1]
        if not (_LABELLED_STEP.match(heading) and ends_sentence(text) and words(text) >= _PARAGRAPH_WORDS):
            continue
        if any(ends_sentence(x) or words(x) > _PAIRED_HEADING_WORDS for x in (heading, sub, line)):
            continue
        said = re.findall(r"[^\W\d_]+", line.lower())
        above = set(re.findall(r"[^\W\d_]+", f"{heading} {sub}".lower()))
        if len(said) >= 4 and sum(w in above for w in said) >= _SAID_ABOVE * len(said):
            drop.add(i)
    return dataclasses.replace(d, blocks=tuple(x for k, x in enumerate(b) if k not in drop)) if drop else d


_ALT_WORDS = 4
_CAPTION_WORDS = 20


def alt_then_title(alt: str, title: str, amid: bool = False) -> bool:
    """A picture's alt text, a short line, then its title in Title Case starting with the same two words; or its
    caption saying the alt text whole and going on ("Thói quen sử dụng tủ lạnh không tốt" / "Thói quen sử dụng tủ lạnh
    không tốt cũng khiến tủ lạnh bị đóng đá"), neither stopped."""
    a, t = alt.split(), title.split()
    said_on = _ALT_WORDS <= len(a) < len(t) <= _CAPTION_WORDS and [w.lower() for w in t[: len(a)]] == [
        w.lower() for w in a
    ]
    # amid: text began and the line above is a list's item; a heading follows prose or a contents box
    if amid and said_on and not ends_sentence(alt) and not ends_sentence(title):  # (a title and its subtitle, above)
        return True
    return (
        len(a) <= 8 <= len(t) <= 20
        and not ends_sentence(alt)
        and not ends_sentence(title)
        and [w.lower() for w in a[:2]] == [w.lower() for w in t[:2]]
        and all(w[0].isupper() or w[0].isdigit() for w in t)
        and any(w[0].islower() for w in a)  # the alt text in small letters, never a title printed twice
        and not title.isupper()  # "KỸ THUẬT NUÔI ...": the title again in capitals, no picture's title
    )
