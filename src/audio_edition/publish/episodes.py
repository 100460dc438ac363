"""The episodes of an output directory, read back from the manifests that builds wrote."""

from __future__ import annotations

import hashlib
import html
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ..files import matches
from ..model import Chapter, Cue, SegmentKind
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


def _cues(path: Path) -> tuple[Cue, ...]:
    """Sentence cues read back from a WebVTT file."""
    cues: list[Cue] = []
    if not path.exists():
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


def _chapters(entries: list[dict[str, Any]]) -> tuple[Chapter, ...]:
    return tuple(
        Chapter(f"chp{i}", SegmentKind(e["kind"]), e["title"], e["start_ms"], e["end_ms"])
        for i, e in enumerate(entries)
    )


def _plain_name(name: object) -> bool:
    """A file name in the manifest's own directory: no separators, no "..", not absolute. A
    manifest is input; one that points elsewhere is never published or deleted from."""
    return isinstance(name, str) and name not in ("", ".", "..") and Path(name).name == name and "\\" not in name


def read_episode(manifest_path: Path) -> EpisodeInfo | None:
    """The episode a manifest describes, or None when the file is not a complete episode manifest
    (a foreign or damaged JSON file is passed over with a warning naming it)."""
    try:
        return _read_episode(manifest_path)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        log.warning("skipping %s: not a manifest this tool wrote (%s: %s)", manifest_path.name, type(exc).__name__, exc)
        return None


def _read_episode(manifest_path: Path) -> EpisodeInfo | None:
    try:
        data = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(data, dict) or "schema_version" not in data or "files" not in data:
        return None
    base = manifest_path.parent
    names = data["files"]
    if not isinstance(names, dict) or not all(_plain_name(n) for n in names.values()):
        log.warning("skipping %s: it names files outside its directory", manifest_path.name)
        return None
    files = {kind: base / name for kind, name in names.items()}
    if not files.get("audio") or not files["audio"].exists():
        log.warning("skipping %s: its audio file is missing", manifest_path.name)
        return None
    sums = data.get("checksums", {})
    if not isinstance(sums, dict) or not all(
        _plain_name(name) and matches(base / name, str(sha)) for name, sha in sums.items()
    ):
        log.warning(
            "skipping %s: its files are not the ones it was written with (an interrupted build?)", manifest_path.name
        )
        return None
    audio = files["audio"].stat()
    if "audio_bytes" in data and (
        audio.st_size != data["audio_bytes"] or audio.st_mtime_ns > manifest_path.stat().st_mtime_ns
    ):
        log.warning("skipping %s: its audio is not the one it was written with", manifest_path.name)
        return None
    if "articles" in data:  # an edition
        title = data["title"]
        summary = "Bản tin gồm: " + "; ".join(a["headline"] for a in data["articles"]) + "."
        chapters = _chapters(data["chapters"])
        content: Any = [
            title,
            data.get("date"),
            [a["headline"] for a in data["articles"]],
            sorted(a.get("manifest", "") for a in data["articles"]),
        ]
        published = _published(data.get("date"), files["audio"])
    else:
        title = data["title"]
        lead = next((s["text"] for s in data["segments"] if s["kind"] == "lead"), "")
        summary = lead
        chapters = _chapters(data["segments"])
        content = [title, [[s["kind"], s["text"]] for s in data["segments"]]]
        published = _published(data.get("published"), files["audio"])
    return EpisodeInfo(
        guid=content_guid(content),
        manifest=manifest_path,
        title=title,
        summary=summary,
        published=published,
        duration_ms=int(data["duration_ms"]),
        files=files,
        chapters=chapters,
        cues=_cues(files.get("transcript_vtt", base / "-")),
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
