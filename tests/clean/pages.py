"""A page of text read into an Article, and what of it is spoken, for the cleaning tests."""

from __future__ import annotations

from audio_edition.jobs.episode import Settings, plan_article
from audio_edition.model import Article, Document
from audio_edition.segment import build_article


def article_of(page: str) -> Article:
    """The Article a text scrape `page` makes."""
    return build_article(Document(source="t.txt", text=page))


def chapter_titles(page: str) -> list[str]:
    """The chapter titles of the article the text scrape `page` makes."""
    return [s.title for s in article_of(page).sections if s.title]


def spoken_text(article: Article) -> str:
    """Everything the episode reads: headline, lead, chapter titles and paragraphs."""
    parts = [p for s in article.sections for p in (s.title or "", *s.paragraphs)]
    return " ".join([article.headline, article.lead or "", *parts])


def spoken_sentences(page: str) -> list[str]:
    """What the episode says for each sentence of the text scrape `page`, normalized."""
    plan = plan_article(article_of(page), Settings())
    return [s.spoken for seg in plan.segments for s in seg.sentences]
