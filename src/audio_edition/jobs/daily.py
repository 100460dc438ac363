"""Today's edition from outlets' feeds, and the whole morning job around it.

`edition_from_feeds` picks the newest articles not built before and builds them as the day's
edition (with an episode each). A second run on the same day adds what is new to that day's
edition (the articles it already holds stay, read again) and, when nothing is new, leaves it
as it is. `lock` keeps two runs of the daily job from overlapping in one output directory.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from ..errors import AudioEditionError, InputError
from ..ingest.feeds import Picked, canonical_url, pick, read_feeds, web_address
from ..model import Article
from ..publish.manifest import read as read_manifest
from ..settings import READ_DEADLINE_S
from ..text.slug import slugify
from ..tts.base import Engine
from ..tts.synthesize import Progress
from .edition import EditionResult, build_edition
from .episode import Plan, Settings, article_material, build_key, plan_article, read_article

LOCK_FILE = ".daily.lock"


@dataclass(frozen=True, slots=True)
class FeedEdition:
    """An edition made from feeds: the edition built (if any), what was picked, how many articles
    were carried from the day's earlier edition, and the feeds that failed."""

    edition: EditionResult | None  # None: nothing new, and no edition yet today
    picked: Picked
    carried: int  # articles kept from the day's earlier edition
    feed_problems: list[tuple[str, str]]


def _plan_or_leave_out(article: Article, settings: Settings, picked: Picked) -> Plan | None:
    """`article` planned (read out, sentence by sentence), or None: one that cannot be is left out
    of the day's edition with the reason, and the others are built."""
    try:
        return plan_article(article, settings)
    except AudioEditionError as exc:
        picked.failed.append((article.source, exc.one_line()))
    except Exception as exc:  # one article's surprise never sinks the day
        picked.failed.append((article.source, f"{article.source}: could not be read out ({type(exc).__name__}: {exc})"))
    return None


def newsroom_now(zone: str) -> datetime:
    """The time now in the newsroom's time zone (an IANA name such as Asia/Ho_Chi_Minh): its day
    names the edition, whatever the server's clock says."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return datetime.now(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"--timezone {zone!r} is not a time zone", hint="an IANA name, e.g. Asia/Ho_Chi_Minh or Europe/Paris"
        ) from exc


def dated_title(title: str, day: date) -> str:
    """A daily edition's title carries its day, so each day's edition is an episode of its own."""
    return f"{title} {day.day}/{day.month}/{day.year}"


def _earlier_sources(out_dir: Path, title: str, day: date) -> list[str]:
    """The feed articles of the day's edition built earlier, to be kept in today's."""
    m = read_manifest(out_dir / f"{slugify(title)}.edition.json")
    if m is None or m.date != day.isoformat():
        return []
    # only what a run fetched from feeds is fetched again: a manifest naming a local file (one
    # edited by hand, or planted) must not have that file read out and published
    return [a.source for a in m.articles if web_address(a.source)]


def built_keys(out_dir: Path) -> dict[str, set[str]]:
    """Article address -> what identifies what `out_dir` holds of it, in an episode of its own
    or in an edition: the hash of its words (whatever the settings) and its build key (manifests
    before the hash)."""
    found: dict[str, set[str]] = {}
    if not out_dir.is_dir():
        return found
    for path in out_dir.glob("*.json"):
        if path.name.endswith(".chapters.json") or path.name in ("feed.json", "slugs.json"):
            continue
        m = read_manifest(path)
        if m is None:
            continue
        built = [(a.source, a.content_sha256, a.build_key) for a in m.articles]
        if m.source is not None and not m.is_edition:
            built.append((m.source, m.content_sha256, m.build_key))
        for source, *keys in built:
            found.setdefault(canonical_url(source), set()).update(k for k in keys if k is not None)
    return {url: keys for url, keys in found.items() if keys}


def edition_from_feeds(
    feed_urls: Sequence[str],
    out_dir: Path,
    engine: Engine,
    voice: str,
    settings: Settings,
    title: str,
    day: date,
    limit: int,
    since_hours: float | None = None,
    categories: Sequence[str] = (),
    progress: Progress | None = None,
    force: bool = False,
    with_articles: bool = True,
    read_deadline_s: float = READ_DEADLINE_S,
    built_at: datetime | None = None,
) -> FeedEdition:
    """Read the feeds, pick the articles not built before and build the day's edition."""
    if not feed_urls:
        raise InputError("no feeds to read", hint="give --from-feed URL")
    items, problems = read_feeds(feed_urls, datetime.now(timezone.utc), since_hours, categories)
    if len(problems) == len(feed_urls):
        raise InputError(f"no feed could be read: {problems[0][1]}")

    def key_of(article: Article) -> set[str]:
        return {article.content_sha256, build_key(article_material(article, settings), engine, voice, settings)}

    deadline = time.monotonic() + read_deadline_s
    picked = pick(items, limit, read_article, key_of, built_keys(out_dir), progress, deadline=deadline)
    earlier_sources = _earlier_sources(out_dir, title, day)
    if not picked.articles and not force:  # the day's edition, if any, stays as it is
        return FeedEdition(None, picked, len(earlier_sources), problems)
    new = {canonical_url(a.source) for a in picked.articles}
    earlier: list[Article] = []
    for source in earlier_sources:
        if canonical_url(source) in new:
            continue
        try:
            earlier.append(read_article(source))
        except AudioEditionError as exc:
            picked.failed.append((source, exc.one_line()))
        except Exception as exc:  # one page's surprise never sinks the day: left out, with the reason
            picked.failed.append((source, f"{source}: could not be read ({type(exc).__name__}: {exc})"))
    plans = [p for a in earlier + picked.articles if (p := _plan_or_leave_out(a, settings, picked)) is not None]
    if not plans:
        return FeedEdition(None, picked, 0, problems)
    result = build_edition(
        [p.article for p in plans],
        out_dir,
        engine,
        settings,
        title,
        day,
        progress,
        force=force,
        with_articles=with_articles,
        built_at=built_at,
        plans=plans,
    )
    return FeedEdition(result, picked, len(earlier), problems)


@contextmanager
def lock(out_dir: Path) -> Iterator[None]:
    """Hold the output directory's daily lock, or fail at once when another run holds it."""
    import fcntl

    out_dir.mkdir(parents=True, exist_ok=True)
    try:  # never through a link: a planted .daily.lock -> /etc/... would be truncated below
        fd = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    except OSError as exc:
        raise InputError(
            f"{out_dir / LOCK_FILE}: cannot be used as the daily lock ({exc.strerror or exc})",
            hint="remove it if it is a link or not a file",
        ) from exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(f"{out_dir / LOCK_FILE}: is not a file; the daily lock cannot be taken")
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise InputError(
                f"{out_dir}: another daily run is working in this directory",
                hint="wait for it to finish; the lock is released when it exits",
            ) from exc
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)
