"""A paragraph split into its sentences: at sentence ends, never after a dotted abbreviation
("TP.", "PGS."), a list item's number or a full stop grouping a count's thousands."""

from __future__ import annotations

import re

from .figures import SPLIT_THOUSANDS

# Dotted abbreviations after which a capital starts no sentence: a species' "sp. Nov", a monk's title ("HT. Thích ..."),
# the Buddhist era ("PL. 2567"), the solar and lunar calendars ("dl. 13/02/2025"), a chair's or a deputy secretary's
# title ("– PCT. Hội phụ nữ", "- PBT. Đảng ủy"), a company's "Co. Ltd.", an office's "Vp. Quốc hội", a street's "Bolsa
# Ave. Westminster", a psalm's refrain from a verse "(Đ. c. 3a)", a nurse's rank ("ĐDCKI. Phan ..."); a letter alone is
# an initial, but never "độ C." ("rét 3-4 độ C. Chỉ ..."): a temperature's unit ends the sentence; "(x. Cv 6, 2-6)":
# "see" before a reference to the Bible.
_NO_BREAK_AFTER = re.compile(
    r"(?:\b(?:TP|Tp|TX|Tx|Q|P|GS|PGS|TS|ThS|Ths|BS|Bs|KS|CN|Gs|Pgs|Ts|Ks|Ls|Th|St|Mr|Mrs|Ms|Dr|Ô|B|v\.v|TT|Nxb|tr|ts|sp|spp|var|cf|HT|ĐĐ|NS|SC|PL|DL|dl|Dl|âl|Âl|ÂL|PCT|CT|PBT|Gx|Gp|Lm|Bt|Co|Vp|VP|Ave|Blvd|c|vd|Vd|(?:BS|DS|ĐD)\.?CKI{1,2})\.|(?<!\bđộ\s)\b[A-ZĐ]\.|\(x\.)$"
)
# an address's parts in small letters after a comma: "..., p. Hải Thành, q. Dương Kinh, tp. Hải Phòng"
_ADDRESS_PART = re.compile(r"[,(]\s*(?:p|q|tp|tx|h)\.$")
# "1." or "II." opening a paragraph: the number of the item or question it heads, not a sentence
# "1.", "1.1.", "14.2.1.", "IV.", "I/.", "Cách 1.", "Bước 2."
_ITEM_NUMBER = re.compile(r"(?:(?:Cách|Bước|Phần|Mục|Câu|Bài)\s+)?(?:\d{1,3}(?:\.\d{1,2})+|\d{1,2}|[IVX]{1,4})/?\.")
# "... Ban Kiểm Soát; 144.2.3." / "Xem xét ...": the next item's number closing a sentence
_OPENING_ITEM = re.compile(r"\d{1,3}(?:\.\d{1,2})+\.\s")
_TRAILING_ITEM = re.compile(r"\s(?P<n>\d{1,3}(?:\.\d{1,2})+\.)$")
# "1. Tiêu đề. “...” 2. Lê Văn A: ... 3. Triển khai ...": a form's numbered fields run into one line
_FIRST_ITEM = re.compile(r"1\.\s")
_TRAILING_COUNT = re.compile(r"[\s”\"](?P<n>\d{1,2}\.)$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"”’»)]*)\s+(?=[\"“‘«(]?[A-ZĐÀ-Ỹ0-9])")
_GLUED_STOP = re.compile(r"(?<=[^\W\d_]{3})[.?!](?=[\"“‘]?[^\W\d_])")  # "... như thế nào?Đến với xứ Thanh" too
_QUOTE_STOP = re.compile(r"(?<=[^\W\d_][”\"’])[.?!](?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")  # "... “Trường THCS Quất Lâm”.Sơn Ca ..."
# "... chẳng có gì lạ cả .Tai em này ...": a stop typed after the space, glued to the next sentence
# (a small letter after it: "động đậy .vì vậy", a pause), never ".Net" nor a file's ".jpg"
_SPACED_STOP = re.compile(r"(?<=[^\W\d_]) ([.?!])(?!(?:Net|NET|com|vn|net|org|jpg|png|pdf|docx?|html?)\b)(?=[^\W\d_])")
# "khoảng 550 .đồng hương": a stray stop between a count and the word it counts, no end
_STRAY_STOP = re.compile(r"(?<=\d) \.(?=[a-zà-ỹđ])")
# "... đưa các bản đăng công báo ….Bộ Tư pháp ...": an ellipsis glued to the next sentence's capital
# "... “arigatou” và… “Naruto”": a pause after a word no sentence ends on, no end
# "I Cô. 15:6": a book of the Bible cut short before its chapter and verse
_BOOK_SHORT = re.compile(r"\b[A-ZĐ][a-zà-ỹđ]{1,4}\.$")
_CHAPTER_VERSE = re.compile(r"\d{1,3}:\d")
_HANGING = re.compile(r"\b(?:và|hay|hoặc|là|của|với|cho|thì)\s*(?:…|\.{3})$")
# "... xe máy, taxi,..Trong bài viết này ...": two stops (a comma before them) glued to the next sentence's capital
_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_]),?\.\.(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_GLUED_ELLIPSIS = re.compile(r"(?<![\"“‘«(])(?:…|\.{3})\.*(?=[^\W\d_])")  # never a quote's '"...Chúng ta'"


def ends_on_abbreviation(text: str) -> bool:
    """Whether `text` ends on a dotted abbreviation no sentence ends on ("... sinh sống ở Tp.")."""
    return _NO_BREAK_AFTER.search(text) is not None


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Split a paragraph at sentence ends, not after dotted abbreviations like "TP."; in a numbered
    list, the next item's number ("...; 144.2.3.") opens the next sentence."""
    paragraph = _DOUBLE_STOP.sub(". ", paragraph)
    paragraph = _GLUED_ELLIPSIS.sub(
        lambda m: m.group(0) + " " if paragraph[m.end()].isupper() else m.group(0), paragraph
    )
    paragraph = _GLUED_STOP.sub(lambda m: m.group(0) + " " if _glued_stop(m) else m.group(0), paragraph)
    paragraph = _QUOTE_STOP.sub(lambda m: m.group(0) + " ", paragraph)
    paragraph = _SPACED_STOP.sub(r"\1 ", _STRAY_STOP.sub(" ", paragraph))
    pieces: list[str] = []
    start = 0
    listed = _OPENING_ITEM.match(paragraph) is not None  # "2.3. ...": a numbered list's paragraph
    counted = 2 if _FIRST_ITEM.match(paragraph) else 0  # "1. ... 2. ...": the next item's number
    # "với 7. 180 phòng": a full stop that groups a count's thousands ends no sentence
    figures = [range(m.start("pre") + 1, m.start("rest")) for m in SPLIT_THOUSANDS.finditer(paragraph)]
    for m in _SENTENCE_END.finditer(paragraph):
        if (
            _NO_BREAK_AFTER.search(paragraph[start : m.start()])
            or _ADDRESS_PART.search(paragraph[start : m.start()])
            or not _starts_sentence(paragraph[m.end() :])
            or _HANGING.search(paragraph[start : m.start()])
            or any(m.start() in figure for figure in figures)
            or _ITEM_NUMBER.fullmatch(paragraph[start : m.start()].strip())  # "1. Xuất khẩu lao động là gì?"
            or (_BOOK_SHORT.search(paragraph[start : m.start()]) and _CHAPTER_VERSE.match(paragraph, m.end()))
        ):
            continue
        piece = paragraph[start : m.end(1)].strip()
        item = _TRAILING_ITEM.search(piece) if listed else None
        if counted and (count := _TRAILING_COUNT.search(piece)) and count["n"] == f"{counted}.":
            # a run of numbers, never one "2." alone ("Có 2. Sau đó ..."): "3." must follow a "2."
            if counted > 2 or re.search(r"[\s”\"]3\.\s", paragraph[m.end() :]):
                item, counted = count, counted + 1
        if item and item.start() > 0:  # the number goes with the item it opens
            pieces.append(piece[: item.start() + (piece[item.start()] != " ")].strip())
            start = paragraph.rindex(item["n"], start, m.end(1))
            continue
        pieces.append(piece)
        start = m.end()
    pieces.append(paragraph[start:].strip())
    return tuple(p for p in pieces if p)


def _glued_stop(m: re.Match[str]) -> bool:
    """ "... trong nhà trường.Vào lúc 8 giờ ...": a word in small letters, a stop, a capitalised word
    (never "TP.Hồ Chí Minh" nor an address "baochinhphu.vn")."""
    before = re.search(r"[^\W\d_]+$", m.string[: m.start()])
    after = m.string[m.end() : m.end() + 3].lstrip('"“‘')[:2]  # "... nghen!“Giống tốt ...": a quotation opens
    return before is not None and before.group(0).islower() and after[:1].isupper() and after[1:2].islower()


def _starts_sentence(rest: str) -> bool:
    """Whether what follows a full stop opens a sentence: a capital (the pattern's À-Ỹ range also
    holds small letters such as đ, so "bệnh nhân Ph. đã nhập viện" needs this), a digit, or a
    quote; an opening parenthesis only before a capital ("Ph. (28 tuổi)" goes on)."""
    first = rest.lstrip('"“‘«')
    if first.startswith("("):
        return len(first) > 1 and first[1].isupper()
    return bool(first) and (first[0].isupper() or first[0].isdigit())
