"""Verse in a scrape: a poem over the text and lục bát couplets anywhere, each joined into one stanza read with a
pause between its lines, never a headline and chapters."""

from __future__ import annotations

import re
import unicodedata

from .columns import SENTENCE_END as _SENTENCE_END
from .patterns import UPPER

_VERSE_WORDS = range(4, 11)
_NO_VERSE = re.compile(rf"^(?:[^{UPPER}]|[IVX]{{1,4}}[.)]\s)")  # "mùa thu ...", "I. THỰC TRẠNG ...": a list's item
_MIN_VERSE_LINES = 4


def verse_at_top(lines: list[str]) -> list[str]:
    """A poem over the text ("Sớm Thu rộn rã sân trường" / "Cờ hoa sắc nắng khai trường giao thoa"
    / ...): four lines or more of four to ten words, each opening in a capital (no list's number), none closing a
    sentence but the last, most of six or eight words (lục bát), joined into one stanza read with a
    pause between its lines, never a headline and chapters."""
    verse = 0
    for line in lines:
        current = line.strip().lstrip('“"')  # "“Có một nghề bụi phấn ...": a poem quoted opens on its mark
        if not current or len(current.split()) not in _VERSE_WORDS or _NO_VERSE.match(current):
            break
        verse += 1
        if _SENTENCE_END.search(current):
            break
    stanza = [line.strip() for line in lines[:verse]]
    six_eight = sum(len(line.split()) in (6, 8) for line in stanza)
    if verse < _MIN_VERSE_LINES or six_eight * 2 < verse or any(_SENTENCE_END.search(s) for s in stanza[:-1]):
        return lines
    return [", ".join(stanza), *lines[verse:]]


def _rhyme(word: str) -> str:
    """A syllable's rhyme without its tone or marks: "xuôi" and "mười" both "uoi"."""
    bare = unicodedata.normalize("NFD", word.lower().strip('.,;:!?"“”')).replace("đ", "d")
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    m = re.search(r"[aeiouy].*$", bare)
    return re.sub(r"^ye", "ie", m.group(0)) if m and bare.isalpha() else ""  # "yêu" rhymes with "kiều"


def _rhymes(a: str, b: str) -> bool:
    return _rhyme(a) != "" and _rhyme(a) == _rhyme(b)


def couplets(lines: list[str]) -> list[str]:
    """Lục bát anywhere in the text ("Dù ai đi ngược về xuôi" / "Nhớ ngày giỗ Tổ mồng mười tháng
    ba." / ...): two couplets or more of six and eight words, the eighth line's sixth word rhyming
    with the sixth line's last, blank lines between them or not, joined into one stanza, never
    chapter titles."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run: list[int] = []  # indexes of the verse lines, blank lines skipped
        j = i
        while j < len(lines):
            line = lines[j].strip().strip('"“” ')
            if not line:
                j += 1
                continue
            wanted = 6 if len(run) % 2 == 0 else 8
            if len(line.split()) != wanted or not line[:1].isupper():
                break
            if wanted == 8 and not _rhymes(lines[run[-1]].split()[-1], line.split()[5]):
                break  # the sixth word of the eight rhymes with the last of the six
            run.append(j)
            j += 1
        run = run[: len(run) - len(run) % 2]
        quoted = len(run) == 2 and lines[run[0]].strip()[:1] in '"“' and lines[run[1]].strip()[-1:] in '"”'
        if len(run) >= 4 or quoted:  # a single couplet in quotes ("Muốn sang thì ..." / "Muốn con hay chữ ...")
            stanza = [lines[k].strip() for k in run]
            out.append(", ".join(v.rstrip(".,;") for v in stanza[:-1]) + ", " + stanza[-1])
            i = run[-1] + 1
            continue
        out.append(lines[i])
        i += 1
    return out
