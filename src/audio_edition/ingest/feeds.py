"""Articles from outlets' RSS and Atom feeds.

Feeds are fetched like article pages (one deadline, size limit, verified TLS, no private
addresses unless allowed) and parsed by feedparser. Items are merged across feeds, one per
article address (the fragment and tracking parameters do not make a new article), filtered by
age and category, newest first. Choosing which to build is `pick`: an item whose page cannot be
read is listed and passed over, and an article already built from the same words (same
address, same build key) is skipped.
"""

from __future__ import annotations

import calendar
import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..errors import AudioEditionError, InputError
from ..model import Article

log = logging.getLogger(__name__)

_TRACKING = ("utm_", "fbclid", "gclid", "zarsrc", "zaloid")
READ_AT_ONCE = 4  # pages fetched at the same time: a slow site costs a quarter of the wait
MAX_FAILURES = 10  # pages that cannot be read before the rest of the items are left


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of an RSS or Atom feed: its link, title, date, categories and the feed it came from."""

    url: str
    title: str
    published: datetime | None  # aware, UTC
    categories: tuple[str, ...]
    feed: str


@dataclass(slots=True)
class Picked:
    """What `pick` chose, and why it passed over the rest."""

    articles: list[Article] = field(default_factory=list)
    already_built: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (address, one line)


def canonical_url(url: str) -> str:
    """`url` without its fragment and tracking parameters, for telling two links apart."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def web_address(link: str) -> bool:
    """Whether `link` is a well-formed http(s) address with a host ("http://[::1/x" is not)."""
    try:
        parts = urlsplit(link)
        parts.port  # noqa: B018  (a port that is no number raises here)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def parse_feed(data: bytes, feed_url: str) -> list[FeedItem]:
    """The items of one RSS or Atom document; an item without a link is left out with a warning."""
    import io

    import feedparser

    # a stream, never bytes: feedparser opens bytes that name a file, so a server answering
    # "/etc/passwd" would have it read a local file
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise InputError(f"{feed_url}: not an RSS or Atom feed ({reason})")
        if not parsed.get("version"):
            raise InputError(f"{feed_url}: not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        try:  # relative links too; "http://[::1/x" is no address
            link = urljoin(feed_url, entry["link"].strip()) if entry.get("link") else None
        except ValueError:
            link = None
        title = " ".join(str(entry.get("title") or "").split())
        if not link or not web_address(link):
            log.warning("%s: an item has no article address, left out (%s)", feed_url, title[:60] or "untitled")
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(when), timezone.utc) if when else None
        tags = tuple(str(t.get("term")) for t in entry.get("tags") or () if t.get("term"))
        items.append(FeedItem(url=link.strip(), title=title, published=published, categories=tags, feed=feed_url))
    return items


def read_feeds(
    feed_urls: Sequence[str],
    now: datetime,
    since_hours: float | None = None,
    categories: Sequence[str] = (),
) -> tuple[list[FeedItem], list[tuple[str, str]]]:
    """Items of every feed that can be read, one per article, newest first; and the feeds that
    could not be read, each with its one line."""
    from .fetch import fetch

    seen: dict[str, FeedItem] = {}
    problems = []
    for feed_url in feed_urls:
        try:
            page = fetch(feed_url)
            items = parse_feed(page.data, page.url)  # relative links are relative to where it ended up
        except AudioEditionError as exc:
            problems.append((feed_url, exc.one_line()))
            continue
        for item in items:
            if item.published and item.published > now:  # dated in the future (2099): as seen now
                item = dataclasses.replace(item, published=now)
            key = canonical_url(item.url)
            if key not in seen or (item.published and not seen[key].published):
                seen[key] = item
    oldest = now - timedelta(hours=since_hours) if since_hours else None
    wanted = [c.casefold() for c in categories]
    chosen = [
        item
        for item in seen.values()
        if (oldest is None or item.published is None or item.published >= oldest)
        and (not wanted or _in_category(item, wanted))
    ]
    epoch = datetime.min.replace(tzinfo=timezone.utc)
    chosen.sort(key=lambda i: i.published or epoch, reverse=True)
    return chosen, problems


def _in_category(item: FeedItem, wanted: list[str]) -> bool:
    from ..text.slug import slugify

    tags = [t.casefold() for t in item.categories]
    path = urlsplit(item.url).path.casefold()
    return any(w in tags or slugify(w) in path for w in wanted)


def pick(
    items: Iterable[FeedItem],
    limit: int,
    read: Callable[[str], Article],
    key_of: Callable[[Article], set[str]],
    built: dict[str, set[str]],
    progress: Callable[[str, int, int], None] | None = None,
    deadline: float | None = None,
    at_once: int = READ_AT_ONCE,
) -> Picked:
    """Up to `limit` articles not built before, in the feeds' order (newest first), read
    `at_once` pages at a time; the items not read by `deadline` (time.monotonic) are left."""
    picked = Picked()
    items = list(items)
    n = 0
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        while n < len(items) and len(picked.articles) < limit:
            if len(picked.failed) >= max(MAX_FAILURES, limit):  # a site refusing every page
                log.warning(
                    "%d pages could not be read: the other %d items are left", len(picked.failed), len(items) - n
                )
                break
            if deadline is not None and time.monotonic() > deadline:
                log.warning("the time to read the feeds' articles is up: the other %d items are left", len(items) - n)
                break
            room = min(limit - len(picked.articles), max(MAX_FAILURES, limit) - len(picked.failed))
            batch = items[n : n + min(at_once, room)]  # never more pages than could still count
            results = list(pool.map(lambda item: _read_one(item, read, key_of), batch))
            for item, (article, keys, problem) in zip(batch, results):
                n += 1
                if progress:
                    progress("reading feeds' articles", n, len(items))
                if problem is not None:
                    picked.failed.append((item.url, problem))
                elif keys is not None and keys & built.get(canonical_url(item.url), set()):
                    picked.already_built.append(item.url)
                elif article is not None and len(picked.articles) < limit:
                    picked.articles.append(article)
    return picked


def _read_one(
    item: FeedItem, read: Callable[[str], Article], key_of: Callable[[Article], set[str]]
) -> tuple[Article | None, set[str] | None, str | None]:
    """One item read: its article and keys, or the one line saying why it could not be."""
    try:
        article = read(item.url)
        return article, key_of(article), None
    except AudioEditionError as exc:
        return None, None, exc.one_line()
    except Exception as exc:  # one page's surprise never sinks the day: left out, with the reason
        log.debug("reading %s failed", item.url, exc_info=True)
        return None, None, f"{item.url}: could not be read ({type(exc).__name__}: {exc})"
