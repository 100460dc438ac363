"""A page's title printed again at the top of its text: a review site's score and the place's name glued to
the review ("5.4Công viên Thủ LệVị trí: ..."), the title with its stop glued to the first paragraph, a document's
title in capitals run into its first page. The title is read once, as the headline."""

from __future__ import annotations

import dataclasses
import re

from ..text.letters import LOWER, UPPER
from .draft import Draft, ends_sentence, words

# "5.4Công viên Thủ LệVị trí: ...": a review site's score and the place's name glued to the review
_SCORE = re.compile(r"^\d{1,2}[.,]\d\s?")


def strip_score_and_title_again(d: Draft) -> Draft:
    """A review page prints the place's name, then its score glued to the name again and to the
    review under it: the score and the name said again go, the review stays."""
    if len(d.blocks) < 2 or not (m := _SCORE.match(d.blocks[1])):
        return d
    title, review = d.blocks[0].strip(), d.blocks[1][m.end() :]
    if words(title) < 2 or not review.startswith(title) or words(review) <= words(title) + 3:
        return d
    blocks = (d.blocks[0], review[len(title) :].strip(), *d.blocks[2:])
    return dataclasses.replace(d, blocks=blocks, dated_title=True)  # the name over the score is the title


def _after_title_in_capitals(block: str, title: str) -> str:
    """ "1. MỘT KIẾN GIẢI VỀ ... VIỆT NAM Trần Thị Kim Anh Vấn đề ...": a document's first page, its number, its
    title in capitals and its writer run into the text under "Một kiến giải về ... Việt Nam - Trần Thị Kim Anh";
    what follows them (empty when the block opens otherwise)."""
    wanted = [w.casefold() for w in re.findall(r"\w+", title)]
    start = re.match(r"(?:\d{1,3}\.\s+)?", block).end()
    found = list(re.finditer(r"\w+", block[start:]))
    if len(wanted) < _TITLE_CAPITAL_WORDS or len(found) <= len(wanted):
        return ""
    capitals = found[_TITLE_CAPITAL_WORDS].group(0).isupper()
    if [m.group(0).casefold() for m in found[: len(wanted)]] != wanted or not capitals:
        return ""
    return block[start + found[len(wanted) - 1].end() :].strip()


_TITLE_CAPITAL_WORDS = 4
_TITLE_AGAIN_BLOCKS = 7  # a document page's header lines over its first page


# "... Đoàn Khoa Quốc tếHƯỚNG DẪN": a page's title with the document's own title in capitals run on, no space
_CAPITALS_GLUED_ON = re.compile(rf"(?<=[{LOWER}])(?P<run>[{UPPER}]{{2,}}(?: [{UPPER}]{{2,}})*)$")


def _part_capitals_glued_to_title(d: Draft) -> Draft:
    """ "<title>HƯỚNG DẪN" over "CÔNG TÁC TỔ CHỨC ...": the words in capitals glued to the title's last word open the
    line in capitals under it, whose first words they are."""
    if len(d.blocks) < 2 or (run := _CAPITALS_GLUED_ON.search(d.blocks[0])) is None or not d.blocks[1].isupper():
        return d
    title, below = d.blocks[0][: run.start()].rstrip(), f"{run['run']} {d.blocks[1].lstrip()}"
    return dataclasses.replace(d, blocks=(title, below, *d.blocks[2:])) if words(title) >= 3 else d


def strip_title_again(d: Draft) -> Draft:
    """ "<title>.Xin chào mừng ...": the first paragraph opening with the title printed again, its stop
    glued to the text: the title is read once, as the headline; so too a document's title in capitals, its
    page number before it and its writer after it, run into its first paragraph. A portal's teaser, the story's
    opening cut with "..." over the title and the story, goes. A document's title in capitals glued to the page's title
    goes back to the line under it, whose first words it is; the title again closing the description under it goes."""
    d = _part_capitals_glued_to_title(d)
    if len(d.blocks) < 2 or words(d.blocks[0]) < 3:
        return d
    title = d.blocks[0].strip().rstrip(".")
    described = _without_title_closing(d.blocks[1], title)
    d = dataclasses.replace(d, blocks=(d.blocks[0], described, *d.blocks[2:])) if described != d.blocks[1] else d
    for i, block in enumerate(d.blocks[1:_TITLE_AGAIN_BLOCKS], start=1):
        rest = block[len(title) :].lstrip(".:– ") if i < 3 and block.startswith(title + ".") else ""
        again = title in (x.strip().rstrip(".") for x in d.blocks[i + 1 : i + 3])  # its picture's text under it
        rest = rest or _after_title_in_capitals(block, title) or _after_title_glued(block, title, again)
        rest = rest or _after_title_restated(block, title)
        if words(rest) >= _TITLE_AGAIN_TEXT_WORDS and i == 2 and _teaser_over_title(d.blocks[0], d.blocks[1]):
            return dataclasses.replace(d, blocks=d.blocks[1:])  # "<summary>..." over "<title>" over "<summary> ..."
        if words(rest) >= _TITLE_AGAIN_TEXT_WORDS:
            return dataclasses.replace(d, blocks=(*d.blocks[:i], rest, *d.blocks[i + 1 :]))
    return d


def _without_title_closing(block: str, title: str) -> str:
    """ "Khám phá ... hiệu quả. Nạp Sạc Bình Chữa Cháy Tại Phường An Đông TPHCM: Bí quyết ...": a page's description
    closing on the title printed again with another subtitle, no stop; the description without it."""
    head = title.split(":")[0].strip()
    at = block.rfind(". " + head)
    closing = block[at + 2 :] if at > 0 else ""
    if words(head) < _CLOSING_TITLE_WORDS or not closing or ends_sentence(closing):
        return block
    return block[: at + 1]


_CLOSING_TITLE_WORDS = 5


def _after_title_glued(block: str, title: str, again: bool = False) -> str:
    """ "Chuyến phượt xe máy đến Hà Giang của khách Tây Chưa từng lái ...": the title, no stop, run into the paragraph
    under it (a picture's alt text, a post's snippet), the paragraph's first word in capitals; what follows it. When
    the title stands `again` under the paragraph, its picture's text, the paragraph may open in small letters on a word
    of the title, its subject said anew ("... bị hỏng bugi (bu-gi) là một phần ...")."""
    if (
        words(title) < _GLUED_TITLE_WORDS
        or title.isupper()
        or ends_sentence(title)
        or not block.startswith(title + " ")
    ):
        return ""
    rest = block[len(title) + 1 :]
    # a row of related titles opening with the page's own ("... Tuổi trẻ Thủ đô tiếp sức ...") says no sentence
    first = rest.split()[0].casefold() if rest.split() else ""
    restarts = again and rest[:1].islower() and first in title.casefold().split()  # "... bị hỏng bugi (bu-gi) là"
    opens = (rest[:1].isupper() and rest[1:2].islower()) or restarts
    return rest if opens and re.search(r"[.!?…]", rest) else ""


# a run of words in capitals (figures and a colon or a dash among them) opening a paragraph, before its sentence
_CAPITALS_RUN = re.compile(rf"^(?:[{UPPER}0-9][{UPPER}0-9:.,/–-]*\s+){{5,}}(?=[{UPPER}][{LOWER}])")
_RESTATED_SHARE = 0.6


def _after_title_restated(block: str, title: str) -> str:
    """ "TRƯỜNG MẪU GIÁO VÀNG ANH TỔ CHỨC LỄ R TRƯỜNG ... NĂM HỌC: 2023-2024 Để giúp ...": the title said again in
    capitals, in other words, run into the paragraph under "TRƯỜNG MG VÀNG ANH TỔ CHỨC ..."; what follows it."""
    run = _CAPITALS_RUN.match(block)
    if run is None:
        return ""
    said = {w.casefold() for w in re.findall(r"\w+", run.group(0))}
    titled = {w.casefold() for w in re.findall(r"\w+", title)}
    return block[run.end() :] if len(said & titled) >= _RESTATED_SHARE * len(said) else ""


def _teaser_over_title(first: str, second: str) -> bool:
    """A story's opening cut short with "..." over its title: the teaser a portal prints first."""
    return first.rstrip().endswith(("...", "…")) and not ends_sentence(second) and words(second) <= _TEASED_TITLE_WORDS


_TITLE_AGAIN_TEXT_WORDS = 5
_GLUED_TITLE_WORDS = 6
_TEASED_TITLE_WORDS = 30


# "TIẾP TỤC HƯỞNG ỨNG PHONG TRÀO ... Ngày cập nhật 24/05/2022": the page's update stamp run into its title
_UPDATED_TITLE = re.compile(
    r"^(?P<title>.{10,}?)\s+(?i:ngày cập nhật|cập nhật)\s*:?\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def strip_update_stamp_on_title(d: Draft) -> Draft:
    """The update stamp glued to the end of the title goes; its day is the page's."""
    m = _UPDATED_TITLE.match(d.blocks[0]) if d.blocks else None
    if m is None:
        return d
    day = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    return dataclasses.replace(d, blocks=(m["title"], *d.blocks[1:]), published=d.published or day)
