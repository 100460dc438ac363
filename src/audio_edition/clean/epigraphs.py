"""An epigraph's author under its quotation: "“Một bản án không đúng ... tận nguồn”." over "- Francis
Bacon". The name closes the quotation it signs, read after it, never a chapter's title of its own. A
letter's greeting on a line of its own under the title ("Quý độc giả thân mến!") opens the paragraph
under it: read first, never the summary by itself; so does a verse quoted there."""

from __future__ import annotations

import dataclasses
import re

from .banners import GREETING
from .draft import Draft

_QUOTATION = re.compile(r"[\"“].{20,}[\"”][.!]?")
_AUTHOR = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*\.?)(?:\s[A-ZĐÀ-Ỹ][^\W\d_]*\.?){0,3}")


def join_epigraph_authors(d: Draft) -> Draft:
    """A name of one to four capitalised words, under a bullet or a dash, right under a quotation: its author."""
    blocks: list[str] = []
    for block in d.blocks:
        name = block.lstrip("-–— ").strip()
        signed = block in d.listed or block != name
        if blocks and signed and _AUTHOR.fullmatch(name) and _QUOTATION.fullmatch(blocks[-1]):
            blocks[-1] = f"{blocks[-1]} {name}."
            continue
        blocks.append(block)
    return dataclasses.replace(d, blocks=tuple(blocks))


# "Quý độc giả thân mến!", "Các bạn thân mến,", "Chào các bạn!": a letter's or an editorial's greeting
_GREETING = re.compile(rf"[^.!?]{{2,40}}\bthân mến\s*[!,]|(?i:xin )?chào quý độc giả\s*[!,]|{GREETING.pattern}")
_PARAGRAPH_WORDS = 15


# "“Muôn ngàn đời Chúa vẫn trọn tình thương” (Tv 136)": a verse quoted under the title, its reference after it
_QUOTED_VERSE = re.compile(r"[\"“][^\"“”]{10,200}[\"”]\s*(?P<ref>\([^()]{2,30}\))?")
# a quotation closing on a sentence's stop, no reference after it, is what someone said: the lead itself
_SAID = re.compile(r"(?<!\.\.)[.!?][\"”]$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"”]$")


def join_greetings(d: Draft) -> Draft:
    """A greeting on its own line right under the headline, joined to the paragraph under it; so is a verse quoted
    there, an epigraph ("“Muôn ngàn đời ...” (Tv 136)", a motto, a verse's lines with no stop): read first, the
    lead's, never the lead by itself. A quotation closing on its stop with no reference is what someone said, the
    lead."""
    blocks = list(d.blocks)
    if len(blocks) > 2 and len(blocks[2].split()) >= _PARAGRAPH_WORDS:
        if _GREETING.fullmatch(blocks[1]):
            blocks[1:3] = [f"{blocks[1]} {blocks[2]}"]
        elif (verse := _QUOTED_VERSE.fullmatch(blocks[1].strip())) and (verse["ref"] or not _SAID.search(verse[0])):
            stop = "" if _ELLIPSIS_END.search(blocks[1].strip()) else "."  # '... vắng nhà...”' has its own
            blocks[1:3] = [f"{blocks[1]}{stop} {blocks[2]}"]
    return dataclasses.replace(d, blocks=tuple(blocks))
