"""The episodes of an output directory, read back from the manifests that builds wrote."""

from __future__ import annotations

import hashlib
import html
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

from ..model import Chapter, Cue
from . import manifest
from .jsonfile import dumps

log = logging.getLogger(__name__)

# Vietnamese outlets print local time (UTC+7) without a zone.
VIETNAM = timezone(timedelta(hours=7))


@dataclass(frozen=True, slots=True)
class EpisodeInfo:
    """What the feed and the listen page need to know about one episode."""

    guid: str
    manifest: Path
    title: str
    summary: str
    published: datetime
    duration_ms: int
    files: dict[str, Path]  # audio, chapters, transcript_vtt, transcript_srt, cover
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]
    edition: bool = False  # an edition's episode, not one article's
    link: str | None = None  # the web page of the article an episode was made from


def _published(value: str | None, fallback: Path) -> datetime:
    if value:
        try:
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=VIETNAM)
        except ValueError:
            pass
    return datetime.fromtimestamp(fallback.stat().st_mtime, tz=timezone.utc)


def content_guid(content: Any) -> str:
    """Stable while the words are the same, new when they change (timings and audio bytes do not count)."""
    return "audio-edition:" + hashlib.sha256(dumps(content)).hexdigest()[:32]


def _vtt_cues(path: Path | None) -> tuple[Cue, ...]:
    """Sentence cues read back from a WebVTT file: for editions built before their manifests
    recorded sentence timings."""
    cues: list[Cue] = []
    if path is None or not path.exists():
        return ()
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        for i, line in enumerate(lines):
            if "-->" in line:
                start, end = (part.strip() for part in line.split("-->"))
                cues.append(Cue(_ms(start), _ms(end), html.unescape(" ".join(lines[i + 1 :]))))
                break
    return tuple(cues)


def _ms(clock: str) -> int:
    hours, minutes, rest = clock.replace(",", ".").split(":")
    seconds, _, millis = rest.partition(".")
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis.ljust(3, "0")[:3])


def read_episode(manifest_path: Path) -> EpisodeInfo | None:
    """The episode a manifest describes, or None when the file is not a complete episode manifest
    (a foreign or damaged JSON file, or one whose files are not there as written, is passed over
    with a warning naming it)."""
    try:
        m = manifest.load(manifest_path)
    except (OSError, manifest.NotAManifest):
        return None
    except manifest.ManifestError as exc:
        log.warning("skipping %s: %s", manifest_path.name, exc)
        return None
    problem = manifest.damage(m)
    if problem is not None:
        log.warning("skipping %s: %s", manifest_path.name, problem)
        return None
    audio = manifest_path.parent / m.files["audio"]
    if m.is_edition:
        summary = "Bản tin gồm: " + "; ".join(a.headline for a in m.articles) + "."
        # the day's edition is one episode however often it is updated (editions built before
        # their manifests recorded a first build time keep the guid of their words)
        content: Any = (
            ["edition", m.title, m.date]
            if m.first_built
            else [m.title, m.date, [a.headline for a in m.articles], sorted(a.manifest or "" for a in m.articles)]
        )
    else:
        summary = m.lead
        content = [m.title, [list(pair) for pair in m.segment_texts]]
    return EpisodeInfo(
        guid=content_guid(content),
        manifest=manifest_path,
        title=m.title,
        summary=summary,
        published=_published(m.published, audio),
        duration_ms=m.duration_ms,
        files={kind: manifest_path.parent / name for kind, name in m.files.items()},
        chapters=m.chapters,
        cues=m.cues or _vtt_cues(m.file("transcript_vtt")),
        edition=m.is_edition,
        link=urldefrag(m.source).url if m.source and m.source.startswith(("https://", "http://")) else None,
    )


def scan(out_dir: Path) -> list[EpisodeInfo]:
    """Every episode in `out_dir`, newest first."""
    found = []
    for path in sorted(out_dir.glob("*.json")):
        if path.name.endswith(".chapters.json") or path.name == "feed.json":
            continue
        episode = read_episode(path)
        if episode is not None:
            found.append(episode)
    return sorted(found, key=lambda e: (e.published, e.title), reverse=True)
