"""Hard-wrapped scrapes: lines that continue a sentence are joined before the text is cut into
blocks, so that a sentence broken over lines ("... tăng" / "trưởng ...") is one sentence, not
several one-word ones.

A line is joined to the next when it does not end a sentence and either
- the next line starts in lower case (a sentence never does; a heading, a caption and a
  byline do not either), or
- the text is hard-wrapped (most of its lines fill a column of about the same width, no wider
  than a terminal's) and the line is long enough to have been cut at that width, or the next line
  opens with a quote ("Hội nghị có chủ đề" / "“Đối tác ...”, được ..."); where blank lines set its
  paragraphs apart, such a line goes on even after a full stop.
A line never goes on after a picture's credit ("(Ảnh: CPV)", "... 13-8. Ảnh: HTD"), after a field's label, a date
line or a page's box starts the next ("Kết quả: ...", "thứ hai 12-4-2021", "main billboard"), or
after a title in quotes closes it when the next line starts a sentence.
In a hard-wrapped document (three lines or more cut mid-sentence will do), its title in capitals
wrapped over short lines at the top is one line, and so is a law's article word and its number
("Điều" / "1. Kỳ họp Quốc hội"). A hyphen a wrap left at the end of a line between two syllables
("tăng-" / "trưởng") goes: Vietnamese writes its syllables apart. In a wrapped document, a
sentence already carried over a line goes on even where the next line opens on a name ("... đón
bác" / "Nguyễn Văn Ngọ ..."), and so does a line ending in a word no phrase ends with ("... các học
trò của" / "HLV Phạm Văn Long ..."); a long line ending in "của", "và", "do", "mà" ... goes on
wherever it is, and so does one ending in a word a count follows ("số", "hơn") over a line opening with a figure.
Blank lines, and so paragraphs and headings, are kept as they are.
"""

from __future__ import annotations

import re

from ..text.legacy import is_syllable
from .alt_text import typed_without_marks
from .columns import FILLED, column_width, paragraph_under_title
from .columns import SENTENCE_END as _SENTENCE_END
from .draft import is_login, menu_label, surname_first
from .patterns import ACCOUNT_LABELS, DATE, ENGLISH_WEEKDAY, LOWER, TEXT_SIZE_CONTROL, UPPER, WEEKDAY
from .verse import couplets, verse_at_top
from .wordlists import word_list

_BULLET = re.compile(r"^(?:[-–•*+·・]|[üØ](?=\s+[^\W\d_])|o$)")  # "・": a Japanese page's bullet; "ü": a symbol font's
# "... chụp ảnh lưu niệm. (Ảnh: CPV)", "... sáng 13-8. Ảnh: HTD": a picture's caption ends with its credit
_CREDIT_END = re.compile(
    r"(?:\((?:Ảnh|Nguồn ảnh|Photo)\s*:[^()]{1,40}\)|(?:[.!?]|\s[-–])\s+(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*[^.()]{1,40})$",
    re.IGNORECASE,
)  # "... - Ảnh: YẾN TRINH" too
# a title in quotes closing its line: "... ASEAN - Australia: “Đối tác cho tương lai”"
_QUOTE_END = re.compile(r"[”»\"]$")
_PICTURE_LABEL_LINE = re.compile(r"^(?:[a-zđ]{1,2}\d{1,2}(?:\s|$)|[A-Z]\d\s+[a-zà-ỹđ])")  # pictures' labels, captioned
# "Mục tiêu nghiên cứu: ...", "Kết quả: ...": a field of an abstract or a form starts its own line
# "14.1. Đại hội đồng ...", "2.3) ...": a clause numbered in levels starts a line of its own;
# "Bước 4: Theo dõi ...", "2. Các bước xử lý ...", "B. Quy trình ...": a step or a numbered heading starts a line too
# (never a figure's thousands: "90.000 đồng/kg" goes on with the sentence)
_ITEM_START = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2})+[.)]?\s|\d{1,2}[.)]\s+(?=[A-ZĐÀ-Ỹ])|(?:Bước|Phần|Câu)\s+\d{1,2}\s*:|[A-H]\.\s(?=[A-ZĐÀ-Ỹ]))"
)
_FIELD_LABEL = re.compile(r"^[A-ZĐÀ-Ỹ][^\s:]*(?:\s[^\s:]+){0,3}:\s+[a-zà-ỹđ]")
# "ngày 23 tháng" / "4 năm 2018", "ngày" / "25/12", "Thứ Tư," / "19/06/2024", "Thursday," / "29/10/2020": a date
# broken over two lines ("cuối năm" over a line opening with a figure is a title over its stamp or its next line)
_DATE_GOES_ON = re.compile(rf"(?:\bngày|\d\s+(?:tháng|năm)|^(?i:{WEEKDAY}|{ENGLISH_WEEKDAY})\s*,)$")
# "Các Cơ-đốc nhân đầu tiên không giữ lễ" / "Giáng sinh. Ban đầu ...": a line that opens with a
# sentence's last two or three words, its stop and the next sentence; no sentence is that short
_FRAGMENT_FIRST = re.compile(rf"^[{UPPER}][{LOWER}]+(?: [{LOWER}]+){{1,2}}\. [{UPPER}][{LOWER}]+ [{LOWER}]")
_FRAGMENT_AFTER = 6
_DATE_GOES_ON_FIGURE = re.compile(r"^\d{1,4}(?![\d:])")
_DROP_CAPITAL = re.compile(r"[A-ZĐÀ-Ỹ]")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-$")
# "thứ hai 12-4-2021 21:27:29": a page's date line, in small letters, never continues a sentence
_DATED = re.compile(rf"^{WEEKDAY}[\s,\-]*{DATE}", re.IGNORECASE)
_BREAK_TAG_AT_END = re.compile(r"(?<=\S)[ \t]*<br\s*/?>[ \t]*(?=\n|$)", re.IGNORECASE)
_BREAK_TAG = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)
_IE_COMMENT = re.compile(r"<?!--\[if [^\]\n]*\]>[ \t]*|<!\[endif\]-->", re.IGNORECASE)  # "!--[if IE]>" kept as text
# a book viewer's page ("Page 75 - Hướng Dẫn Quản Lý ...", then "P. 75"): its number, never text
_VIEWER_PAGE = re.compile(r"^Page \d{1,4} - (?=\S)")
_VIEWER_PAGE_NUMBER = re.compile(r"P\. ?\d{1,4}")
# "author25/01/2025 13:20": a theme's date line, its writer's label left without the name
_AUTHORED_DATE = re.compile(r"^(?i:author|admin)\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
_DATE_LINE_CHARS = 60  # a date line never goes on into the line under it
# "26/11/2017 21:11 GMT+7 | Thể thao": a date and its time opening a line
_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\b")
# "null Các Hợp tác xã ...": a portal's empty field printed before the title
_NULL_FIELD = re.compile(r"^null\s+(?=[^\W\d_])")
# a page's machine-readable time ("2025-04-11T04:59:14-04:00"), no line of text
_ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# an address alone on a line: no sentence goes on in one, nor into one
_MACHINE_LINE = re.compile(r"https?://\S+")
# "Nội tổ chức dạy vẽ": a capitalised word, the end of a name, then the sentence in small letters
_NAME_GOES_ON = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*[,]?\s+[a-zà-ỹđ]")
_BARE_ALT_WORDS = 3  # a picture's text typed without marks under a line: never the line's next words
_WRAPPED_LINE = 30  # in a wrapped document, a line this long inside an open sentence goes on with it


def _goes_on(line: str) -> bool:
    """A line ending in a word a phrase never ends with ("của", "tại", "và"): it goes on below; in
    capitals the word ends a name ("... người Khmer Nam Bộ")."""
    said = line.split()
    last = said[-1] if said else ""
    return last.islower() and last in word_list("phrase_goes_on.txt") and " ".join(said[-2:]) not in _CLOSED_NOUNS


# words no sentence and no heading ends with: a long line ending in one goes on below, wrapped or not
_HANGING_WORDS = frozenset("của tại với và các những là do bởi thuộc gồm thì mà rằng".split())
_HANGING_LINE_WORDS = 8
# nouns ending in such a word: "... tăng không rõ lý do" ends its line ("tự do", "nguyên do" alike)
_CLOSED_NOUNS = frozenset({"lý do", "tự do", "nguyên do"})


def _goes_on_to_end(line: str) -> bool:
    """Inside a wrapped sentence, a long line goes on, and so does a short one closing it ("La Ngà – Đồng Nai.")."""
    return len(line) >= _WRAPPED_LINE or _SENTENCE_END.search(line) is not None


def _hangs(line: str) -> bool:
    """A long line ending in a word no sentence ends with ("của"), or in a comma after a sentence: cut there."""
    words = line.split()
    cut = line.endswith(",") and len(words) >= 2 * _HANGING_LINE_WORDS and re.search(r"[.!?]\s+[A-ZĐÀ-Ỹ]", line)
    hanging = words[-1] in _HANGING_WORDS and " ".join(words[-2:]) not in _CLOSED_NOUNS
    return len(words) >= _HANGING_LINE_WORDS and (hanging or bool(cut))


def _starts_lower(line: str) -> bool:
    first = line.lstrip("\"“‘'(«")[:1]
    return first.isalpha() and first.islower() and not is_login(line)  # "tuanlionsg" under a title: its poster


# "Điều" / "1. Kỳ họp Quốc hội": a law's article word, its number wrapped to the next line
_PART_WORD = re.compile(r"^(?:Điều|Chương|Mục|Phần|Khoản)$")
_PART_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6})\b")


def _drop_capital_of(letter: str, line: str) -> bool:
    """Whether the capital `letter` alone on its line opens the first word of `line` ("N" / "hằm ...")."""
    return is_syllable((letter + line.split()[0].strip(',.;:!?"”)')).lower())


def _goes_on_in_words(line: str) -> bool:
    """A line opening on a word in small letters (never a code: "sk2p: ..." starts an item)."""
    first = line.split(maxsplit=1)[0].rstrip(",;") if line.split() else ""
    return _starts_lower(line) and is_syllable(first)


def _numbered_part(previous: str, current: str) -> bool:
    """ "Điều" over "1. ...", or a part's number alone over its heading ("I." / "GIỚI THIỆU VỀ ...")."""
    heading = current[:1].isupper() and len(current.split()) <= _HEADING_WORDS and not current.endswith((".", "?", "!"))
    lone = _LONE_PART_NUMBER.fullmatch(previous) and heading and not _PART_NUMBER.match(current)
    return bool((_PART_WORD.match(previous) and _PART_NUMBER.match(current)) or lone)


_HEADING_WORDS = 15
_LONE_PART_NUMBER = re.compile(r"(?:[IVX]{1,4}|\d{1,2})[.)]")


_CAPITALS_HEADING_WORDS = 4


def _capitals_heading_ends(previous: str, current: str) -> bool:
    """ "GIA ĐÌNH CÔ HUỆ ... TẶNG QUÀ CHO NGƯỜI MÙ ... NĂM 2025" / "Ngày 27/02/2025, tại hội": a
    heading in capitals ends where a line in ordinary letters starts, however the text wraps."""
    return (
        previous.isupper()
        and len(previous.split()) >= _CAPITALS_HEADING_WORDS
        and not current.isupper()
        and current[:1].isupper()
    )


def _title_goes_on(previous: str, current: str) -> bool:
    """ "NỘI QUY" / "KỲ" / "HỌP QUỐC HỘI": a document's title in capitals wrapped over short lines (never
    "VĂN VIỆT" / "Ở" / "thôn 4 ...": a word of one letter in capital opens a sentence)."""
    capitals = current.isupper() and sum(c.isalpha() for c in current) > 1
    return previous.isupper() and capitals and len(current.split()) <= 6 and not _SENTENCE_END.search(previous)


_ONE_WORD_SHARE = 0.7
_MIN_ONE_WORD_LINES = 20


def _caps(text: str) -> bool:
    return not any(c.islower() for c in text)


_BULLETS = ("-", "–", "•", "+", "*")


def _word_per_line(lines: list[str]) -> list[str] | None:
    """A scrape that put every word on a line of its own ("TRƯỜNG" / "TIỂU" / "HỌC" / ... /
    "Trong" / "tiết" / "trời"), joined: the title in capitals one line, the text under it another,
    blank lines kept, and lines of many words that stand together (a menu, a paragraph) kept apart;
    None when most lines hold more than one word."""
    filled = [line.strip() for line in lines if line.strip()]
    single = sum(len(line.split()) == 1 for line in filled)
    if len(filled) < _MIN_ONE_WORD_LINES or single < _ONE_WORD_SHARE * len(filled):
        return None
    out: list[str] = []
    single_before = False  # the line above held one word: a run of them goes on
    for line in (line.strip() for line in lines):
        one = len(line.split()) == 1
        goes_on = single_before or (one and line not in _BULLETS)  # "<heading>" / "-" / "Chuẩn": an item
        goes_on = goes_on and (single_before or not line[:1].isupper())  # "<title>" / "Bước" / "vào": the text under it
        if line and out and out[-1] and goes_on and not (_caps(out[-1]) and not _caps(line)):
            out[-1] += " " + line
        else:
            out.append(line)  # a line of many words over one of many words: lines of their own
        single_before = one
    return out


def _without_breaks_inside_sentences(lines: list[str], width: int | None) -> list[str]:
    """A wrapped document's blank lines where a sentence goes on past them ("... (còn gọi" / "" /
    "là bộ chấp kích ..."): a page break of the scanned book, not a paragraph's end; so are those
    after a line filled to the column that opens no heading, cut where a sentence goes on (before a
    figure, after a word no phrase ends with, a dash or an open bracket: "... với diện tích khoảng"
    / "" / "550.000 ha ...", "... (chiếm" / "" / "85%) ...")."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip() and kept:
            before = next((k.strip() for k in reversed(kept) if k.strip()), "")
            after = next((n.strip() for n in lines[i + 1 :] if n.strip()), "")
            filled = width is not None and len(before) >= FILLED * width and not _HEADING_OPENS.match(before)
            opens_item = bool(_ITEM_START.match(after) or _BULLET.match(after) or _HEADING_OPENS.match(after))
            cut = after[:1].isdigit() or _goes_on(before) or before.endswith(("–", "-")) or _open_bracket(before)
            echo = set(re.findall(r"\w+", after.lower())) <= set(re.findall(r"\w+", before.lower()))
            if (
                before
                and after
                and not _SENTENCE_END.search(before)
                and (_starts_lower(after) or filled and cut and not opens_item)
                and not echo  # "<title>" / "" / "bảng chữ cái tiếng hàn (Hangul).": its picture's text, no more of it
            ):
                continue
        kept.append(line)
    return kept


_CAPITALISED = re.compile(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+")


def _names_in_lines(lines: list[str]) -> set[tuple[str, str]]:
    """Two capitalised words side by side inside a line ("Bát Tràng"): a name the text spells."""
    pairs: set[tuple[str, str]] = set()
    for line in lines:
        words = line.split()
        pairs.update(
            (a, b) for a, b in zip(words, words[1:]) if _CAPITALISED.fullmatch(a) and _CAPITALISED.fullmatch(b)
        )
    return pairs


def _split_name(previous: str, current: str, names: set[tuple[str, str]]) -> bool:
    """ "Đến với Bát" / "Tràng bạn sẽ ...": a name the text spells whole elsewhere, cut by the wrap."""
    last, first = previous.split()[-1], current.split()[0]
    return (last, first) in names and len(current.split()) > 1 and _starts_lower(current.split(maxsplit=1)[1])


def _cut_person(previous: str, current: str) -> bool:
    """ "Chủ tịch CLB là cụ : Nguyễn" / "Thị Miến.", "Đặng Văn" / "Lê": a person's name cut by the wrap; so is the
    title before it ("Tham dự Đại hội, có anh" / "Nguyễn Quốc Huy – ...")."""
    last, first = previous.split()[-1], current.split()[0].rstrip(".,;")
    titled = (
        last in _TITLES and len(previous.split()) > 1 and surname_first(current)
    )  # "... có anh" / "Nguyễn Quốc Huy"
    return (
        (surname_first(last) and first in _MIDDLE_NAMES) or (last in ("Thị", "Văn") and first[:1].isupper()) or titled
    )


# "Thực hiện Thông báo số 140/TB-ĐQLĐL" / "KVTN ngày 28/10/2025 ...": a document number's letter code wrapped
_CODE_AT_END = re.compile(r"\d+/[A-ZĐ]+(?:-[A-ZĐ]+)*$")
_COUNT_CUT = re.compile(r"\b(?:số|hơn|gần|khoảng|chừng|tầm|trên|dưới|tổng cộng|đạt)$")
_CODE_GOES_ON = re.compile(r"^[A-ZĐ]{2,}\s+[a-zà-ỹđ]")
_TITLES = frozenset({"anh", "chị", "ông", "bà", "thầy", "cô", "đồng chí", "chí", "đ/c", "Đ/c"})
_MIDDLE_NAMES = frozenset({"Thị", "Văn", "Hữu", "Đức", "Công", "Quang", "Ngọc", "Xuân", "Minh", "Thanh"})


_CLOSES_SOON = re.compile(r"^[^()]{1,30}\)")
_LETTERED_ITEM = re.compile(r"^[a-eđ][.)]\s+[A-ZĐÀ-Ỹ]")


_QUOTE_OPENS = re.compile(r"[“\"«][^\W\d_]+(?: [^\W\d_]+)?")


def _open_bracket(line: str) -> bool:
    return line.count("(") > line.count(")")


_HEADING_OPENS = re.compile(r"^(?:[IVX]{1,4}\s*[./]|\d{1,2}(?:\.\d{1,2})*\.?\s|(?i:bài|chương|phần|mục)\s+\d)")


# "17:51, 07/01/2026" over each page of a printed copy, its address before it at the foot of a page
_PRINT_STAMP = re.compile(r"(?:https?://\S+\s+)?(\d{1,2}:\d{2},\s*\d{1,2}/\d{1,2}/\d{4})")


def _without_print_headers(lines: list[str]) -> list[str]:
    """A printed copy's header on each page: the time it was printed and the page's title under it, the same on every
    page (and the address it came from beside the time at a page's foot); none of it is the text."""
    stamps = [m[1] for line in lines if (m := _PRINT_STAMP.fullmatch(line.strip()))]
    printed = {stamp for stamp in stamps if stamps.count(stamp) > 1}
    if not printed:
        return lines
    titles = {
        lines[i + 1].strip()
        for i, line in enumerate(lines[:-1])
        if (m := _PRINT_STAMP.fullmatch(line.strip())) and m[1] in printed
    }
    titles = {t for t in titles if sum(line.strip() == t for line in lines) > 1}
    return [
        line
        for line in lines
        if not ((m := _PRINT_STAMP.fullmatch(line.strip())) and m[1] in printed) and line.strip() not in titles
    ]


# "... thật chu đáo. 2.2.1. Lễ nạp thái": a wrapped document's numbered heading at the end of a line, after a sentence
_HEADING_AT_END = re.compile(r"(?<=[.!?])\s+(\d{1,2}(?:\.\d{1,2}){1,3}\.\s+[^\W\d][^.!?:\d]{1,60})$")


def _parted_end_headings(lines: list[str]) -> list[str]:
    """A numbered heading a wrapped line ends with, on a line of its own, the text under it apart."""
    out: list[str] = []
    for line in lines:
        m = _HEADING_AT_END.search(line)
        out.extend([line[: m.start()], m[1], ""] if m else [line])
    return out


# "Camera lùi bao gồm" / "" / "3 thành phần chính như sau:": a sentence left open by its verb, its rest a paragraph down
_OPEN_OVER_GAP = re.compile(
    r"(?:(?<=\sbao gồm)|(?<=\sgồm có)|(?<=\sgồm))[ \t]*\n[ \t]*\n[ \t]*(?=\d{1,3} [a-zà-ỹđ]|[a-zà-ỹđ])"
)


def unwrap(text: str) -> str:
    """`text` with the lines that continue a sentence joined to it; a scrape with a word on every
    line, a poem over the text and couplets anywhere, joined too."""
    # a scrape that kept the page's line-break tags ("... ngộ<br />" / "độc ..."): at a line's end
    # the tag is the break the line already has; alone on a line, a blank line; elsewhere, a break
    text = _BREAK_TAG.sub("\n", _BREAK_TAG_AT_END.sub("", _IE_COMMENT.sub("", text)))
    text = _OPEN_OVER_GAP.sub(" ", text)
    # a text size control ("aa") is no line of text, and would join the author's name above it;
    # nor is a book viewer's page number
    raw = [
        _NULL_FIELD.sub("", line.rstrip())
        for line in text.split("\n")
        if not TEXT_SIZE_CONTROL.match(line.strip().lstrip("•·*-– "))  # "• Font Size" too
        and not _VIEWER_PAGE_NUMBER.fullmatch(line.strip())
        and not _ISO_STAMP.fullmatch(line.strip())
    ]
    raw = _parted_end_headings(_without_print_headers(raw))
    titles = {_VIEWER_PAGE.sub("", line).strip() for line in raw if _VIEWER_PAGE.match(line)}  # a viewer's page title
    lines = [_VIEWER_PAGE.sub("", line) for line in raw]
    joined = _word_per_line(lines)
    if joined is not None:
        return "\n".join(joined)
    lines = couplets(verse_at_top(lines))
    width = column_width([line.strip() for line in lines])
    # wrapped paragraphs set apart by blank lines: a filled line goes on even after a full stop
    filled_at = [i for i, line in enumerate(lines) if line.strip()]
    inside = lines[filled_at[0] : filled_at[-1] + 1] if filled_at else []  # a file's last newline parts nothing
    parted = width is not None and sum(not line.strip() for line in inside) >= 2
    # lines cut mid-sentence, the next going on in small letters: a wrapped document, however short
    cuts = sum(
        bool(a.strip()) and not _SENTENCE_END.search(a.strip()) and _starts_lower(b.strip())
        for a, b in zip(lines, lines[1:])
    )
    wrapped = width is not None or cuts >= 3
    if wrapped:
        lines = _without_breaks_inside_sentences(lines, width)
    # a narrow column (a flip-book's captions): a name wraps too ("... Công nghiệp Hà" / "Nội tổ chức ...")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    narrow = wrapped and bool(lengths) and lengths[len(lengths) // 2] < _WRAPPED_LINE
    names = _names_in_lines(lines)
    out: list[str] = []
    continued = False  # the line before went on from the one above it: a sentence still open
    for line in lines:
        previous = out[-1].strip() if out else ""
        current = line.strip()
        filled = width is not None and len(previous) >= FILLED * width
        title = wrapped and all(line.isupper() for line in out if line.strip())  # still at the top
        if previous and current and (_numbered_part(previous, current) or title and _title_goes_on(previous, current)):
            out[-1] = out[-1].rstrip() + " " + current
            continue
        quoted = previous.count("“") > previous.count("”")  # "... Chân Mộng" / "– Trạm Thản” ...": inside a title
        quoted = quoted or previous.count("(") > previous.count(")")  # "(26/3/1931" / "- 26/3/2016) ...": a span
        spans = wrapped and quoted and current[:1] in "-–"  # a dash goes on inside it; a "•" opens the next item
        joins = (
            previous
            and current
            and previous not in titles
            and (not _BULLET.match(current) or (spans and not _SENTENCE_END.search(previous)))
            and not _ITEM_START.match(current)
            and not (_PICTURE_LABEL_LINE.match(current) or _PICTURE_LABEL_LINE.match(previous))  # "h2", "H1 chụp hình"
            and not _LETTERED_ITEM.match(current)  # "Lưu ý về bể nuôi" / "a. Cho ốc sinh sản ...": an item
            and not (_FIELD_LABEL.match(current) and current[:1].isupper())  # "Đại" / "đức cũng cho biết: ..."
            and not _DATED.match(current)
            and not ((_DATED.match(previous) or _STAMP.match(previous)) and len(previous) <= _DATE_LINE_CHARS)
            and not _AUTHORED_DATE.match(current)
            and not _CREDIT_END.search(previous)
            and not (_CREDIT_END.search(current) and current[:1].isupper())  # a credited caption under a cut line
            and not (_QUOTE_END.search(previous) and current[:1].isupper())
            and not _BULLET.fullmatch(previous)
            and not _MACHINE_LINE.fullmatch(current)
            and not _capitals_heading_ends(previous, current)
            and not _MACHINE_LINE.fullmatch(previous)
            and not (
                len(out) == 1
                and not wrapped
                and paragraph_under_title(current, previous)
                and not _cut_person(previous, current)
            )  # the title over a cut paragraph
            and not current.lower().startswith(word_list("widget_lines.txt"))  # "main billboard": a page's box
            and menu_label(current) not in ACCOUNT_LABELS  # "người yêu thích": a like button under the last line
            and not (typed_without_marks(current, _BARE_ALT_WORDS) and not previous.isascii())  # "he thong loc RO"
            and (
                parted
                and filled
                or (previous.endswith(("…", "...")) and _goes_on_in_words(current))  # "khối lượng, …" / "của cổ phiếu"
                or not _SENTENCE_END.search(previous)
                and (
                    _starts_lower(current)
                    or filled
                    or (width is not None and current[:1] in '“"«')
                    or (wrapped and continued and not current.isupper() and _goes_on_to_end(current))
                    or (narrow and continued and _NAME_GOES_ON.match(current) is not None)
                    or (wrapped and _goes_on(previous))  # "... các học trò của" / "HLV Phạm Văn Long ..."
                    or _hangs(previous)  # "... hướng dẫn xử lý cơ bản mà" / "TCC CARE chỉ ra ..."
                    or _QUOTE_OPENS.fullmatch(previous) is not None  # "“Lạy" / "Mẹ Maria, ...": a quote's first word
                    or (wrapped and _split_name(previous, current, names))  # "Đến với Bát" / "Tràng bạn sẽ ..."
                    or _cut_person(previous, current)
                    or (
                        wrapped
                        and _CODE_AT_END.search(previous) is not None
                        and _CODE_GOES_ON.match(current) is not None
                    )
                    or (wrapped and previous.endswith((" -", " –")))  # "02083 851 742 -" / "Xí nghiệp ..."
                    # "Thực hiện Công văn số" / "256-CV/...", "tổ chức cho hơn" / "60 ĐVTN ...": a count cut off
                    or (wrapped and _COUNT_CUT.search(previous) is not None and current[:1].isdigit())
                    or (_open_bracket(previous) and _CLOSES_SOON.match(current) is not None)  # "(Lõi số" / "4 - 5)"
                    or (
                        _DATE_GOES_ON.search(previous) and _DATE_GOES_ON_FIGURE.match(current)
                    )  # "ngày 23 tháng" / "4 năm 2018"
                    or (len(previous.split()) >= _FRAGMENT_AFTER and _FRAGMENT_FIRST.match(current) is not None)
                )
            )
        )
        # "1.2. Lõi lọc ... (Lõi số" / "4 - 5)": a numbered heading closed, no sentence going on
        continued = bool(joins) and not (_ITEM_START.match(previous) and _CLOSES_SOON.match(current))
        if joins:
            # "N" / "hằm tôn vinh ...": a drop capital put back (never "Ở" / "thôn 4 ...": a word of its own)
            if _DROP_CAPITAL.fullmatch(previous) and _starts_lower(current) and _drop_capital_of(previous, current):
                out[-1] = out[-1].rstrip() + current
            elif _HYPHENATED.search(previous) and _starts_lower(current):
                out[-1] = out[-1].rstrip()[:-1] + " " + current
            else:
                out[-1] = out[-1].rstrip() + " " + current
        else:
            out.append(line)
    return "\n".join(out)
