"""A page that prints its text again in English after the Vietnamese ("1. What is the traditional fish
sauce?" / "\"Traditional fish sauce\" is actually ..."): the translation is not read. Only a run of
English lines to the page's end goes, after Vietnamese text; an English quotation inside the
article stays."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

_ENGLISH = re.compile(r"\b(?:the|and|of|is|are|to|from|for|with|this|that|we|can)\b", re.IGNORECASE)
_MIN_VIETNAMESE = 3  # paragraphs in Vietnamese before the translation
_ENGLISH_WORDS = 3  # of the function words above, in each line of the translation


_TYPOGRAPHY = str.maketrans("–—“”‘’", "--\"\"''")


def _latin(block: str) -> bool:
    """Whether `block` has no Vietnamese letter: plain ASCII, but for its dashes and curly quotes."""
    return block.translate(_TYPOGRAPHY).isascii()


def _english(block: str) -> bool:
    return _latin(block) and len(_ENGLISH.findall(block)) >= min(_ENGLISH_WORDS, max(1, words(block) // 4))


def drop_english_translation(d: Draft) -> Draft:
    """The English lines that close the page after its Vietnamese text."""
    blocks = d.blocks
    start = len(blocks)
    while start > 0 and _english(blocks[start - 1]):
        start -= 1
    vietnamese = sum(not _latin(b) and words(b) >= 8 for b in blocks[:start])
    if start == len(blocks) or len(blocks) - start < 2 or vietnamese < _MIN_VIETNAMESE:
        return d
    return dataclasses.replace(d, blocks=blocks[:start])


_TITLE_TRANSLATION_WORDS = range(3, 13)


def drop_title_translation(d: Draft) -> Draft:
    """ "Khép lại một hành trình – Mở ra một con đường" over "One path ends – another begins": the title said
    again in English under it, a line of plain words, its dashes where the title has them."""
    blocks = d.blocks
    if len(blocks) < 3 or _latin(blocks[0]):
        return d
    line = blocks[1]
    plain = _latin(line) and all(w.isalpha() for w in re.findall(r"[^\s–—-]+", line.strip(" .!?")))
    dashes = line.count("–") + line.count("-")
    alike = (dashes > 0 and dashes == blocks[0].count("–") + blocks[0].count("-")) or _english(line)
    if plain and words(line) in _TITLE_TRANSLATION_WORDS and alike:
        return dataclasses.replace(d, blocks=(blocks[0], *blocks[2:]))
    return d


# "Vòng 1 – Sơ tuyển (Round 1 – Checking and Testing)": a heading's English translation in brackets closing it
_GLOSS = re.compile(r"\s+\((?P<gloss>[A-Za-z][\w ,'&/–—-]{3,80})\)$")
_HEADING_WORDS = 20
_SPACED_DASH = re.compile(r"\s[–—-]\s")


def _unglossed(block: str) -> str:
    """The heading without its translation: English in brackets with the heading's own numbers and dashes ("Vòng 1 –
    ..." / "(Round 1 – ...)"); an acronym's expansion ("NVR (Network Video Recorder)") or a writer's name in brackets
    says something the heading does not, and stays."""
    m = _GLOSS.search(block)
    if m is None or not _latin(m["gloss"]) or _latin(block[: m.start()]) or words(block) > _HEADING_WORDS:
        return block
    head, gloss = block[: m.start()], m["gloss"]
    figures = re.findall(r"\d+", head)
    dashes = len(_SPACED_DASH.findall(head))
    echoed = bool(figures) and figures == re.findall(r"\d+", gloss) and dashes == len(_SPACED_DASH.findall(gloss))
    return head if echoed and not ends_sentence(head) else block


def drop_heading_glosses(d: Draft) -> Draft:
    """A short line closing on its English translation in brackets is read without it: the listener has just heard
    what it says."""
    blocks = tuple(_unglossed(b) for b in d.blocks)
    return d if blocks == d.blocks else dataclasses.replace(d, blocks=blocks)
