"""A picture's caption known by its own words: its credit, its number, "Ảnh ..." opening it, who stands where in
it, a table's cell around it."""

from __future__ import annotations

import re

from . import patterns as P
from .draft import ends_sentence, looks_like_names, words

TWO_SENTENCES = re.compile(r"[.!?]\s+\S")
# a stop after a word or a bracket, not a title's ("TS. Ngô Thị ..."), and more text after it
SENTENCE_BREAK = re.compile(r"(?:(?<=[a-zà-ỹđ]{2})|(?<=\)))[.!?]\s+\S")

_PICTURES_TITLE = re.compile(r"(?:Hình ảnh|Ảnh) [a-zà-ỹđ][^:]*$")


def is_caption(block: str, first: bool = False) -> bool:
    """Whether `block` is a picture's caption by its own words: a credit, a picture's number, "Ảnh ..." or "Hình
    ảnh ..." opening it, who stands where, a table's cell around a picture. The first block of the page is its
    headline when it names its pictures ("Hình ảnh hiếm về ...") or its format ("Video: ...")."""
    if first and (P.FORMAT_LABEL.match(block) or _PICTURES_TITLE.match(block)):
        return False  # "Video: ..." or "Hình ảnh hiếm về Đông Dương ..." over an article is its headline
    return bool(
        P.CAPTION_NUMBERED.search(block)
        or P.CAPTION_LEADING.match(block)
        # "..., bạn được ngắm san hô ... - Ảnh: T.T.D.": a photographer's initials credit a caption, even one that
        # speaks to its reader
        or (
            words(block) <= 60
            and P.CAPTION_CREDIT.search(block)
            and (not P.TO_THE_READER.search(block) or _INITIALS_CREDIT.search(block))
        )
        or (words(block) <= 60 and P.CAPTION_ILLUSTRATIVE.search(block))
        # one sentence over a video still's credit ("Ảnh cắt từ clip"); a screenshot's paragraph keeps its text (below)
        or (P.SCREEN_CREDIT.search(block) and "cắt" in block[-20:] and _sentences_before_credit(block) == 1)
        # "Dòng sông biên giới ... Tà Lùng - Cao Bằng (ảnh Khải Hoàn).": the photographer in brackets
        or (words(block) <= CELL_CAPTION_WORDS and _NAMED_CREDIT.search(block) and not TWO_SENTENCES.search(block))
        # "... Huỳnh Anh Khôi (áo đen), ...": who stands where, or wears what, in one sentence
        or (words(block) <= 80 and P.CAPTION_POSITION.search(block) and not SENTENCE_BREAK.search(block))
        or (words(block) <= 30 and P.CAPTION_SOURCE.search(block))
        or (words(block) <= _VIEW_CAPTION_WORDS and P.CAPTION_VIEW.search(block) is not None)
        or (words(block) <= 50 and P.CAPTION_BARE_CREDIT.search(block))
        or (words(block) <= 25 and P.CAPTION_CHART.match(block) and not P.VERB.search(block) and not first)
        # a table cell around a picture ("| ... |"), a row of titles in one; a table's closing paragraph is text
        or (
            block.endswith("|")
            and (block.startswith("|") or words(block) <= CELL_CAPTION_WORDS or _unstopped_cell(block))
            and not text_over_bar_caption(block)
            and not P.SALUTATION.match(block)  # "Kính gửi: Quý Khách hàng ... |": a notice's greeting in its cell
        )
        or bool(P.TABLE_UNIT.match(block))
    )


CELL_CAPTION_WORDS = 30
_VIEW_CAPTION_WORDS = 14
_TEXT_OVER_BAR_WORDS = 12


_INITIALS_CREDIT = re.compile(r"\s[–-]\s+(?:Ảnh|ẢNH)\s*:\s*(?:[A-ZĐ]\.\s?)+[A-ZĐ][^\W\d_]*\.?\s*$")
_NAMED_CREDIT = re.compile(r"\((?i:ảnh)\s+[A-ZĐÀ-Ỹ][^()]{1,40}\)\.?\s*$")


def text_over_bar_caption(block: str) -> bool:
    """ "Nếu bát đĩa dính dầu mỡ, ... nước rửa chén. Đức cha chủ sự nghi thức |": a paragraph's
    sentences before a caption ending in its bar; the caption goes, the text stays."""
    m = P.TRAILING_BAR_CAPTION.search(block) if block.count("|") == 1 else None  # never a table's row
    return m is not None and words(block[: m.start()]) >= _TEXT_OVER_BAR_WORDS


def _sentences_before_credit(block: str) -> int:
    return len(re.findall(r"[.!?…](?=\s)", P.SCREEN_CREDIT.sub("", block).rstrip() + " "))


def _unstopped_cell(block: str) -> bool:
    return words(block) <= 60 and not ends_sentence(block.rstrip("| "))


def is_list_point(blocks: tuple[str, ...], i: int, listed: frozenset[str]) -> bool:
    """ "– Ảnh Cácmác – Lênin (bên phải)." among a list's points: where a thing goes, never a picture's caption
    (unless it credits a picture or numbers it)."""
    block = blocks[i]
    beside = (i > 0 and blocks[i - 1] in listed) or (i + 1 < len(blocks) and blocks[i + 1] in listed)
    return block in listed and beside and not (P.CAPTION_CREDIT.search(block) or P.CAPTION_NUMBERED.search(block))


def is_source_credit(block: str) -> bool:
    """ "Theo Cần Thơ Online" on a line of its own in the article: where the text was taken from,
    names only, without closing punctuation."""
    m = P.SOURCE_LINE.match(block)
    return (
        bool(m)
        and block.startswith("Theo ")
        and words(block) <= 6
        and not ends_sentence(block)
        and looks_like_names(m["source"])
    )


def title_words(block: str) -> list[str]:
    """A title's words as its copy in capitals compares: no numbers, Roman or not, and no letter alone."""
    found = re.findall(r"[^\W\d_]+", block.lower())
    return [w for w in found if len(w) > 1 and not re.fullmatch(r"[ivxlc]+", w)]


def picture_text(block: str) -> str:
    """A block as a picture's text compares: dashes and commas alike, no closing stop or number ("<headline> - 1")."""
    text = re.sub(r"\s*([,;:])\s*", r"\1 ", re.sub(r"\s*[–—-]\s*", " - ", block))  # "Quốc,tại": spaced as printed
    return re.sub(r"(?:\s+(?:-\s+)?\d{1,2})?[\s.?!]*$", "", text)
