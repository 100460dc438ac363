"""A location stamp before the lead ("HÀ NỘI - Bộ Y tế ...", "Hà Nội (TTXVN 19/7) Theo ...", or
glued to it as a scrape copies VnExpress's location element: "Hà NộiBộ Y tế ...") says where
the report was filed; a
newsreader does not read it, and glued it is no word at all. The places are a data file."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .draft import Draft, words
from .wordlists import word_list


def _place_names() -> str:
    places = word_list("places.txt")
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(places, key=len, reverse=True))


# an agency's dispatch mark after the place: "Hà Nội (TTXVN 19/7) Theo báo cáo ..."
_DISPATCH = r"\s*\([A-ZĐ]{2,6}(?:/[^()]{1,30})?(?:\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\)\s*[-–—]?\s*(?=[A-ZĐÀ-Ỹ])"


@lru_cache(maxsize=1)
def _stamp() -> re.Pattern[str]:
    names = _place_names()
    # a separator after the place, or the lead's first word glued to it (case-sensitive there)
    # not a route ("Hà Nội - Hải Phòng"): no second place after the separator
    return re.compile(
        rf"^(?i:{names})(?:{_DISPATCH}|\s*[-–—]\s+|\s+[-–—]\s*|(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]))(?!\s*(?i:{names})\b)"
    )


@lru_cache(maxsize=1)
def _dispatch_stamp() -> re.Pattern[str]:
    return re.compile(rf"^(?i:{_place_names()}){_DISPATCH}")


# "VATICAN. Hôm 25-7-2009, ...": a place in capitals and a full stop, a dispatch's dateline
_CAPITALS_STAMP = re.compile(r"^[A-ZĐÀ-Ỹ]{4,}(?:\s+[A-ZĐÀ-Ỹ]{2,}){0,2}\.\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


def _placed_line(block: str) -> bool:
    """ "An Hòa (Tây Ninh)": a commune and its province alone on a line, where the report was filed."""
    m = re.fullmatch(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?: [A-ZĐÀ-Ỹ][^\W\d_]*){0,3} \((?P<province>[^()]{2,30})\)", block.strip())
    return m is not None and m["province"] in word_list("places.txt")


_UNTITLED_WORDS = 25  # a first line this long is the story itself, the scrape kept no title


def strip_location_stamp(d: Draft) -> Draft:
    """ "Hà NộiBộ Y tế vừa ...", "HÀ NỘI - Bộ Y tế vừa ..." and "VATICAN. Hôm ..." -> the sentence
    alone, in the blocks after the headline, and the agency's dispatch mark ("Tuyên Quang (TTXVN 17/2/2024) Sáng
    ...") on a first line that is the story itself; a line under the headline naming only a place and its
    province ("An Hòa (Tây Ninh)") goes."""
    for i, block in enumerate(d.blocks[:4]):
        if i == 0 and words(block) > _UNTITLED_WORDS and (m := _dispatch_stamp().match(block)):
            return dataclasses.replace(d, blocks=(block[m.end() :], *d.blocks[1:]))  # a scrape with no title
        if i == 0:
            continue
        if i == 1 and _placed_line(block) and len(d.blocks) > 2 and words(d.blocks[2]) > 6:
            return dataclasses.replace(d, blocks=d.blocks[:1] + d.blocks[2:])  # "An Hòa (Tây Ninh)" over the lead
        m = _stamp().match(block) or _CAPITALS_STAMP.match(block)
        # what follows opens a sentence; "Hà Nội - vùng đất kinh kỳ ..." is the sentence's subject
        if m and words(block) > 6 and block[m.end() : m.end() + 1].isupper():
            return dataclasses.replace(d, blocks=d.blocks[:i] + (block[m.end() :],) + d.blocks[i + 1 :])
    return d
