"""An RSS 2.0 podcast feed with the iTunes and Podcasting 2.0 namespaces.

The output directory is the source of truth: every episode manifest in it becomes an item.
`feed.json` remembers what the feed holds, so a rerun adds new episodes without duplicating
old ones, and items retired by the retention rules stay out even if their files remain.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from ..errors import InputError
from ..files import sweep_staging, write_all
from . import manifest
from .chapters_json import MEDIA_TYPE as CHAPTERS_MEDIA_TYPE
from .cover import Cover, thumbnail, title_card
from .episodes import EpisodeInfo, scan
from .jsonfile import dumps
from .page import listen_page, page_path, thumb_name
from .transcript import SRT_MEDIA_TYPE, VTT_MEDIA_TYPE

log = logging.getLogger(__name__)

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
STATE_VERSION = 1
FEED_FILE = "feed.xml"
STATE_FILE = "feed.json"

# Characters XML 1.0 does not allow anywhere, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class FeedSettings:
    """What the podcast's feed says of itself (title, author, owner, language, category) and what
    it holds. Its identity, where not given, is what the feed said before (`feed.json`), then
    the defaults: a run without --title never renames the podcast."""

    base_url: str
    title: str | None = None
    description: str | None = None
    author: str | None = None  # the newsroom; default: the podcast's title
    owner_name: str | None = None  # default: the author
    owner_email: str | None = None
    language: str | None = None
    category: str | None = None  # an Apple Podcasts category, "News/Daily News" for a subcategory
    keep: int | None = None  # at most this many items, newest first
    max_age_days: int | None = None
    delete_files: bool = False
    episodes: str | None = None  # which become items: "edition" (a day's edition), "articles", or "both"


IDENTITY = ("title", "description", "author", "owner_name", "owner_email", "language", "category", "episodes")
DEFAULTS = {
    "title": "Bản tin audio",
    "description": "Tin tức tiếng Việt dạng podcast.",
    "language": "vi",
    "category": "News/Daily News",
    "episodes": "both",
}


def resolved(settings: FeedSettings, stored: object) -> FeedSettings:
    """`settings` with what it leaves unsaid taken from the feed's stored identity, then defaults."""
    kept = stored if isinstance(stored, dict) else {}
    values = {}
    for name in IDENTITY:
        given = getattr(settings, name)
        before = kept.get(name)
        values[name] = given if given is not None else before if isinstance(before, str) else DEFAULTS.get(name)
    values["author"] = values["author"] or values["title"]
    values["owner_name"] = values["owner_name"] or values["author"]
    return dataclasses.replace(settings, **values)


@dataclass(frozen=True, slots=True)
class FeedResult:
    """A feed written: where, the episodes in it, and how many were added and retired."""

    path: Path
    items: tuple[EpisodeInfo, ...]
    added: int
    retired: int


def clean_text(text: str) -> str:
    """`text` without the characters XML 1.0 does not allow (C0 controls, U+FFFE, U+FFFF)."""
    return _NOT_XML.sub("", text)


def url_for(base_url: str, path: Path) -> str:
    """The public address of the file `path` under `base_url`, its name quoted."""
    return f"{base_url.rstrip('/')}/{quote(path.name)}"


def clock(ms: int) -> str:
    """Milliseconds as HH:MM:SS, as itunes:duration wants them."""
    s = ms // 1000
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def description(episode: EpisodeInfo) -> str:
    """The summary, then one "00:00:00 Title" line per chapter (apps turn these into chapter links)."""
    lines = [episode.summary, ""] if episode.summary else []
    lines += [f"{clock(c.start_ms)} {c.title}" for c in episode.chapters]
    return "\n".join(lines)


def _load_state(path: Path) -> dict:
    """The feed's state (its items, the episodes retired, when it was built). A damaged file is
    passed over with a warning naming it: the feed is rebuilt from the episodes."""
    fresh = {"version": STATE_VERSION, "items": [], "retired": []}
    if not path.exists():
        return fresh
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        problem = _state_problem(state)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        problem = str(exc)
    if problem is None and state["version"] != STATE_VERSION:
        raise InputError(f"{path}: feed state version {state['version']} is not {STATE_VERSION}")
    if problem is not None:
        log.warning(
            "ignoring the damaged feed state file %s (%s): the feed is rebuilt from its episodes", path, problem
        )
        return fresh
    return state


def _state_problem(state: object) -> str | None:
    """What is wrong with a feed state's shape, or None."""
    if not isinstance(state, dict):
        return "not a JSON object"
    if not isinstance(state.get("items"), list) or not all(
        isinstance(e, dict) and isinstance(e.get("guid"), str) for e in state["items"]
    ):
        return "its items are not a list of entries with a guid"
    if not isinstance(state.get("retired"), list) or not all(isinstance(g, str) for g in state["retired"]):
        return "its retired episodes are not a list of guids"
    built = state.get("built")
    if built is not None:
        try:
            datetime.fromisoformat(str(built))
        except ValueError:
            return "its build time is not a date"
    return None


def _written_by_us(episode: EpisodeInfo) -> set[Path]:
    """The files of a retired episode that this tool wrote (see `manifest.files_written`)."""
    m = manifest.read(episode.manifest)
    return set() if m is None else manifest.files_written(m)


def _sub(parent: ET.Element, tag: str, content: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: clean_text(v) for k, v in attrs.items()})
    if content is not None:
        el.text = clean_text(content)
    return el


def render(settings: FeedSettings, items: list[EpisodeInfo], built: datetime, cover: Path) -> bytes:
    """The RSS 2.0 feed (iTunes and Podcasting 2.0 tags) for `items`, as UTF-8 bytes."""
    ET.register_namespace("itunes", ITUNES)
    ET.register_namespace("podcast", PODCAST)
    ET.register_namespace("atom", ATOM)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    base = settings.base_url.rstrip("/") + "/"
    _sub(channel, "title", settings.title)
    _sub(channel, "link", base)
    _sub(channel, "description", settings.description)
    _sub(channel, "language", settings.language)
    _sub(channel, "generator", "audio-edition")
    _sub(channel, "lastBuildDate", format_datetime(built))
    _sub(channel, f"{{{ATOM}}}link", href=base + FEED_FILE, rel="self", type="application/rss+xml")
    image = _sub(channel, "image")
    _sub(image, "url", url_for(base, cover))
    _sub(image, "title", settings.title)
    _sub(image, "link", base)
    _sub(channel, f"{{{ITUNES}}}image", href=url_for(base, cover))
    top, _, sub = (settings.category or "News").partition("/")
    category = _sub(channel, f"{{{ITUNES}}}category", text=top.strip())
    if sub.strip():
        _sub(category, f"{{{ITUNES}}}category", text=sub.strip())
    _sub(channel, f"{{{ITUNES}}}author", settings.author)
    owner = _sub(channel, f"{{{ITUNES}}}owner")
    _sub(owner, f"{{{ITUNES}}}name", settings.owner_name)
    if settings.owner_email:
        _sub(owner, f"{{{ITUNES}}}email", settings.owner_email)
    _sub(channel, f"{{{ITUNES}}}explicit", "false")
    _sub(channel, f"{{{ITUNES}}}type", "episodic")
    for episode in items:
        item = _sub(channel, "item")
        _sub(item, "title", episode.title)
        _sub(item, "description", description(episode))
        _sub(item, "guid", episode.guid, isPermaLink="false")
        if episode.link:
            _sub(item, "link", episode.link)  # the article it was made from
        _sub(item, "pubDate", format_datetime(episode.published))
        audio = episode.files["audio"]
        _sub(item, "enclosure", url=url_for(base, audio), length=str(audio.stat().st_size), type="audio/mpeg")
        _sub(item, f"{{{ITUNES}}}duration", clock(episode.duration_ms))
        _sub(item, f"{{{ITUNES}}}episodeType", "full")
        _sub(item, f"{{{ITUNES}}}explicit", "false")
        if "cover" in episode.files:
            _sub(item, f"{{{ITUNES}}}image", href=url_for(base, episode.files["cover"]))
        if "chapters" in episode.files:
            _sub(item, f"{{{PODCAST}}}chapters", url=url_for(base, episode.files["chapters"]), type=CHAPTERS_MEDIA_TYPE)
        for kind, media_type in (("transcript_vtt", VTT_MEDIA_TYPE), ("transcript_srt", SRT_MEDIA_TYPE)):
            if kind in episode.files:
                _sub(
                    item,
                    f"{{{PODCAST}}}transcript",
                    url=url_for(base, episode.files[kind]),
                    type=media_type,
                    language=settings.language,
                )
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"


EPISODE_CHOICES = ("edition", "articles", "both")


def _wanted(episode: EpisodeInfo, choice: str) -> bool:
    """Whether `episode` is of the kind the podcast publishes."""
    return choice == "both" or (choice == "edition") == episode.edition


def _thumbnails(episodes: list[EpisodeInfo]) -> dict[Path, bytes]:
    """The small covers the listen page shows, made beside each episode's cover when missing or
    older than it."""
    made: dict[Path, bytes] = {}
    for episode in episodes:
        cover = episode.files.get("cover")
        if cover is None or not cover.is_file():
            continue
        small = cover.with_name(thumb_name(cover))
        if not small.exists() or small.stat().st_mtime_ns < cover.stat().st_mtime_ns:
            try:
                made[small] = thumbnail(cover.read_bytes())
            except (OSError, ValueError) as exc:
                log.warning("no thumbnail for %s: %s", cover.name, exc)
    return made


def update_feed(out_dir: Path, settings: FeedSettings, now: datetime, channel_cover: Cover | None = None) -> FeedResult:
    """Add the directory's new episodes to the feed, apply retention, and write the feed, its
    state, the channel cover (default: a card with the podcast's title and author) and the
    listen page (index.html) in one atomic step."""
    if not out_dir.is_dir():
        raise InputError(f"{out_dir}: no such output directory")
    sweep_staging(out_dir)
    state_path = out_dir / STATE_FILE
    state = _load_state(state_path)
    settings = resolved(settings, state.get("channel"))
    if channel_cover is None:
        channel_cover = title_card(settings.author if settings.author != settings.title else None, settings.title or "")
    retired = set(state["retired"])
    known = {entry["guid"] for entry in state["items"]}
    episodes = [e for e in scan(out_dir) if e.guid not in retired and _wanted(e, settings.episodes or "both")]
    added = sum(1 for e in episodes if e.guid not in known)
    keep: list[EpisodeInfo] = []
    dropped: list[EpisodeInfo] = []
    for i, episode in enumerate(episodes):
        too_many = settings.keep is not None and i >= settings.keep
        too_old = settings.max_age_days is not None and episode.published < now - timedelta(days=settings.max_age_days)
        (dropped if too_many or too_old else keep).append(episode)
    built = now if added or dropped or not state.get("built") else datetime.fromisoformat(state["built"])
    cover = out_dir / f"cover{channel_cover.suffix}"
    new_state = {
        "version": STATE_VERSION,
        "built": built.isoformat(),
        "channel": {name: getattr(settings, name) for name in IDENTITY if getattr(settings, name) is not None},
        "items": [{"guid": e.guid, "manifest": e.manifest.name, "title": e.title} for e in keep],
        "retired": sorted(retired | {e.guid for e in dropped}),
    }
    files = {
        out_dir / FEED_FILE: render(settings, keep, built, cover),
        state_path: dumps(new_state),
        cover: channel_cover.data,
        out_dir / thumb_name(cover): thumbnail(channel_cover.data),
        **_thumbnails(keep),
        page_path(out_dir): listen_page(
            settings.title or "",
            keep,
            url_for(settings.base_url, out_dir / FEED_FILE),
            cover.name,
            settings.description or "",
        ),
    }
    write_all(files)
    if settings.delete_files:
        in_use = set(files) | {p for e in keep for p in (*e.files.values(), e.manifest)}
        in_use |= {c.with_name(thumb_name(c)) for e in keep if (c := e.files.get("cover")) is not None}
        for episode in dropped:
            for path in _written_by_us(episode) - in_use:
                path.unlink(missing_ok=True)
                if path == episode.files.get("cover"):  # and the small copy the feed made of it
                    path.with_name(thumb_name(path)).unlink(missing_ok=True)
    return FeedResult(path=out_dir / FEED_FILE, items=tuple(keep), added=added, retired=len(dropped))
