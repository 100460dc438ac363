"""A source tag before the lead names the outlet and is not read: "(Tổ Quốc) - ", "TTO - ", "(NCTG) “...", an
outlet's name glued to the lead ("TheLEADERCó ..."), and on a page listing several stories each story's tag."""

from __future__ import annotations

import dataclasses
import re

from ..ingest.html import outlet_names
from . import patterns as P
from .draft import Draft, ends_sentence, words
from .wordlists import word_list

# "TheLEADERCó ...", "TN&MTHàng năm ...": an outlet's name glued to the lead; "Phanblogs Chuyến đi ...": a blog's
_GLUED_MASTHEAD = re.compile(
    r"^(?:(?P<name>[A-Z][a-z]*[A-Z]{3,}[a-z]*|[A-ZĐ]{2,4}&[A-ZĐ]{1,3}(?=[A-ZĐ][a-zà-ỹđ]))"
    r"|(?P<blog>[A-Z][a-z]{2,}blogs?) )(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)
# "MTNN Khoảng hơn ...": a magazine's initials before the lead's opening word, no dash between
_BARE_TAG = re.compile(r"[A-ZĐ]{3,6} (?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
# "(WHO) Tổ chức này ...": a sentence whose first words point back at the initials before it
_POINTS_BACK = re.compile(r"(?:\S+\s+){1,3}(?:này|đó)\b")


def _opens_dispatch(text: str) -> bool:
    """A lead opens with its day, time, place or source ("Ngày 29/9, ...", "Trên địa bàn ..."):
    initials in brackets before such an opening are a source tag, not the sentence's subject."""
    return any(re.match(rf"{re.escape(opener)}\b", text) for opener in word_list("lead_openers.txt"))


_LONE_TAG = re.compile(r"\(([^()]{2,30})\)\s*[-–—]?\s*")


def strip_agency_prefix(d: Draft) -> Draft:
    """ "(Tổ Quốc) - " before the lead names the outlet; it is not read. On a page that lists
    several stories ("(CLO) ...", "GD&TĐ - ..."), a known outlet's tag opening any paragraph is
    not read either, nor is the tag the lead opened with when a later summary opens with it again.
    When the tag opens the paragraph under the headline, a sentence printed above the headline is
    its picture's caption, not the lead. Under the writer's sign-off ("PV"), paragraphs opening
    with the lead's own tag are teasers of the outlet's other stories, and go."""
    blocks, outlet, byline, found, teasers = list(d.blocks), d.outlet, d.byline, False, False
    seen: set[str] = set()
    for i, block in enumerate(d.blocks):
        alone = _LONE_TAG.fullmatch(block) if 0 < i < 4 else None
        if alone and alone[1].strip().lower() in outlet_names():  # "(VTC News) -" on a line of its own
            blocks[i] = ""
            outlet = outlet or outlet_names()[alone[1].strip().lower()]
            continue
        glued = _GLUED_MASTHEAD.match(block) if 0 < i < 3 else None
        if glued and words(block) > 6:  # "TheLEADERCó những người ...": the outlet's name glued to the lead
            blocks[i] = block[glued.end() :]
            outlet = outlet or glued["name"] or glued["blog"]
            continue
        bare = _BARE_TAG.match(block) if 0 < i < 3 and words(block) > 6 else None
        if bare and _opens_dispatch(block[bare.end() :]):  # "MTNN Khoảng hơn 150.000 cổng sạc ...": the tag, no dash
            blocks[i] = block[bare.end() :]
            continue
        m = P.AGENCY_PREFIX.match(block)
        if not m or words(block) <= 6:
            continue
        named = (
            m["paren"]
            or m["bare"]
            or m["initials"]
            or m["named"]
            or m["labelled"]
            or m["dated"]
            or m["site"]
            or m["domain"]
            or m["paper"]
            or m["plain"]
        ).strip()
        dispatch = (
            m["paren"] is not None and re.fullmatch(r"[A-ZĐ]{2,6}", named) is not None
        )  # "(QT) - ": a paper's tag
        known = named.lower() in outlet_names() or named in seen or (m["domain"] or m["paper"]) is not None or dispatch
        if i >= 3 and not known:
            continue
        rest = block[m.end() :]
        tagged = i > 0 and (_opens_dispatch(rest) or not _POINTS_BACK.match(rest))
        if (m["initials"] or m["named"] or m["labelled"]) and not known and not tagged:
            continue  # "(WHO) Tổ chức này ...": the initials are what the sentence is about
        if (m["site"] or m["plain"]) and i == 0:
            continue  # a headline may open with a plain word and a dash
        if m["plain"] and not _opens_dispatch(rest):
            continue  # "Biên phòng - Sáng 28-12, ...": the paper's name only before the day the lead opens with
        if found and not known:
            continue
        signed = i >= 3 and words(d.blocks[i - 1]) <= _SIGN_OFF_WORDS and not ends_sentence(d.blocks[i - 1])
        if not teasers and named in seen and signed:  # "PV" / "(HBĐT) - Những ngày cuối năm ...":
            teasers, byline = True, byline or blocks[i - 1]  # the writer, then the outlet's other stories
            blocks[i - 1] = ""
        if teasers:
            blocks[i] = ""
            continue
        blocks[i] = block[m.end() :]
        seen.add(named)
        outlet = outlet or outlet_names().get(named.lower(), named)
        if i == 2 and not found and ends_sentence(blocks[0]) and not ends_sentence(blocks[1]):
            blocks[0] = ""  # the tag opens the lead: the sentence above the headline is a picture's
        found = True
    return dataclasses.replace(d, blocks=tuple(b for b in blocks if b), outlet=outlet, byline=byline)


_SIGN_OFF_WORDS = 4  # "PV", "Minh Anh", "Thu Hằng (TTXVN)": the writer's name closing the story
