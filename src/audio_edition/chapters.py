"""An article's chapters: headline, lead and one per body section, each sentence with its spoken form, and their
titles cut to what a phone shows; merged when an MP3 cannot list them all."""

from __future__ import annotations

import logging
from collections.abc import Callable

from .errors import InputError
from .model import Article, Segment, SegmentKind, Sentence
from .text.sentences import split_sentences

log = logging.getLogger(__name__)

CHAPTER_TITLE_CHARS = 60


def short_title(text: str, limit: int = CHAPTER_TITLE_CHARS) -> str:
    """A chapter title a phone can show: cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


def to_segments(article: Article, speak: Callable[[str], str]) -> tuple[Segment, ...]:
    """Headline, lead and one segment per body section, each sentence with its spoken form."""

    def sentences(paragraph: str) -> tuple[Sentence, ...]:
        found = tuple(Sentence(text=s, spoken=speak(s)) for s in split_sentences(paragraph))
        return tuple(s for s in found if s.spoken.strip())

    segments = [Segment(SegmentKind.HEADLINE, short_title(article.headline), (sentences(article.headline),))]
    if article.lead:
        segments.append(Segment(SegmentKind.LEAD, "Tóm tắt", (sentences(article.lead),)))
    titled = any(s.title for s in article.sections)
    for section in article.sections:
        if section.title:
            title = short_title(section.title)
        else:
            title = "Mở đầu" if titled else "Nội dung"
        paragraphs = tuple(p for p in (sentences(x) for x in section.paragraphs) if p)
        if section.title:
            heading = sentences(section.title)
            paragraphs = ((heading,) if heading else ()) + paragraphs
        if paragraphs:
            segments.append(Segment(SegmentKind.BODY, title, paragraphs))
    return tuple(s for s in segments if s.paragraphs and s.paragraphs[0])


MAX_CHAPTERS = 255  # an ID3v2 table of contents (CTOC) lists at most this many chapters


def fit_chapters(segments: tuple[Segment, ...], limit: int = MAX_CHAPTERS) -> tuple[Segment, ...]:
    """`segments` with neighbouring body sections merged, the shortest pair first, until there are
    at most `limit` chapters (a warning says so). The headline and the lead stay chapters of
    their own; every word is kept (a section's spoken title opens its paragraphs)."""
    if len(segments) <= limit:
        return segments
    merged = list(segments)
    while len(merged) > limit:
        pairs = [
            (len(merged[i].sentences) + len(merged[i + 1].sentences), i)
            for i in range(len(merged) - 1)
            if merged[i].kind is SegmentKind.BODY and merged[i + 1].kind is SegmentKind.BODY
        ]
        if not pairs:
            raise InputError(f"{len(merged)} chapters, and no body sections left to merge: at most {limit} fit")
        _, i = min(pairs)
        first, second = merged[i], merged[i + 1]
        merged[i : i + 2] = [Segment(SegmentKind.BODY, first.title, first.paragraphs + second.paragraphs)]
    log.warning(
        "%d sections are more chapters than an MP3 can list (%d): neighbouring sections were merged",
        len(segments),
        limit,
    )
    return tuple(merged)
