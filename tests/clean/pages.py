"""A page of text read into an Article, and what of it is spoken, for the cleaning tests."""

from __future__ import annotations

from audio_edition.model import Article, Document
from audio_edition.segment import build_article


def article_of(page: str) -> Article:
    """The Article a text scrape `page` makes."""
    return build_article(Document(source="t.txt", text=page))


def spoken_text(article: Article) -> str:
    """Everything the episode reads: headline, lead, chapter titles and paragraphs."""
    parts = [p for s in article.sections for p in (s.title or "", *s.paragraphs)]
    return " ".join([article.headline, article.lead or "", *parts])
