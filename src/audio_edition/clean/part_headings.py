"""A part's heading among pictures' texts: a question no line above asked, a heading whose first words the
paragraph under it takes up, or a title in capitals over the first heading of its part, stays however like a
caption it stands."""

from __future__ import annotations

import re

from . import patterns as P
from .alt_text import titled_heading
from .draft import ends_sentence, words

_RESTATED_WORDS = 3
_HEADING_WORDS = 16  # a line longer, with a comma inside, is a caption's sentence, never a heading
_TITLED_WORDS = 4
_SUBHEADING_WORDS = 12
_DASHED_HOWTO = re.compile(r"^[^.!?,–]{6,80}\s[–-]\s(?=" + P.HOWTO_HEADING.pattern + r")[^.!?,]*$")


def asks_anew(block: str, earlier: tuple[str, ...]) -> bool:
    """A question no line above has asked: a part's heading, however often its picture repeats it."""
    return block.endswith("?") and not any(block.lower() in b.lower() for b in earlier)


def restated_below(block: str, after: str) -> bool:
    """ "Thủ tục đáo hạn bảo hiểm nhân thọ" over "Tuy thủ tục đáo hạn BHNT của mỗi công ty ...": a heading whose
    first three words the paragraph under it takes up in its first words, as a part's text does, a picture's never."""
    head = " ".join(block.split()[:_RESTATED_WORDS]).casefold()
    return (
        _RESTATED_WORDS < len(block.split()) <= _HEADING_WORDS
        and ends_sentence(after)
        and head in " ".join(after.split()[: _RESTATED_WORDS + 3]).casefold()
    )


def dashed_guide_heading(block: str) -> bool:
    """ "Lọc gió điều hòa bị bẩn – Nguyên nhân hàng đầu ...": a topic, a dash, then a guide's own label for the part."""
    return _DASHED_HOWTO.search(block) is not None


def titles_its_part(block: str, after: str) -> bool:
    """ "Nguyên Nhân Gây Bệnh Nấm Thuỷ Mi Ở Cá Koi" over "Môi trường sống không phù hợp": every word on a capital,
    no stop, over a short unstopped line (its part's first heading) that says no words of it again; or such a title
    parted by a colon from its subtitle, whatever is under it; a heading in title case that names no one ("Các Loại Bình
    Chữa Cháy Phổ Biến ...") over anything; a topic and, after a dash, the guide's own label for the part ("Lọc gió
    điều hòa bị bẩn – Nguyên nhân hàng đầu ...")."""
    if titled_heading(block) or dashed_guide_heading(block):
        return True
    said = block.split()
    titled = len(said) >= _TITLED_WORDS and all(w[:1].isupper() for w in said) and not ends_sentence(block)
    if titled and re.search(r"\w: \w", block):
        return True  # "Chuẩn Bị Bề Mặt Cửa Sắt: Bước Quan Trọng Nhất": a title and its subtitle, a part's
    return (
        titled
        and bool(after)
        and not ends_sentence(after)
        and words(after) <= _SUBHEADING_WORDS
        and after.casefold().strip(" .") not in block.casefold()  # "Nội Dung Bài Ca Dao Chuồn Chuồn ..." over its verse
    )


_ALIKE_WORDS = 5


def guide_parts_alike(block: str, below: tuple[str, ...]) -> bool:
    """ "Tình trạng loa bị rè, loa bị sôi" before "Nguyên nhân loa bị rè, loa bị sôi": two parts of a guide, ending on
    the same five words or more, the later one a guide's heading ("Nguyên nhân ..."); a heading, not a caption."""
    said = block.split()
    return len(said) > _ALIKE_WORDS and any(
        P.HOWTO_HEADING.match(other) is not None
        and not ends_sentence(other)
        and other.split()[-_ALIKE_WORDS:] == said[-_ALIKE_WORDS:]
        for other in below
    )
