"""Orchestration only: read, clean, segment, normalize, synthesize, assemble, export."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .audio.assemble import Pauses, assemble
from .audio.export import EncodeSettings, finish
from .audio.id3 import Tags
from .errors import PublishError
from .files import write_all
from .ingest import read_document
from .model import Article, Chapter, Clip, Cue, Episode, Segment, SegmentKind
from .normalize import NORTHERN, Lexicon, Options, normalize
from .publish.chapters_json import chapters_document
from .publish.cover import Cover, title_card
from .publish.jsonfile import dumps
from .publish.manifest import manifest_document
from .publish.slug import slugify
from .publish.transcript import srt, webvtt
from .segment import build_article, to_segments
from .tts.base import Engine
from .tts.cache import ClipCache
from .tts.synthesize import Progress, Request, synthesize_all

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    voice: str | None = None
    pauses: Pauses = field(default_factory=Pauses)
    encoding: EncodeSettings = field(default_factory=EncodeSettings)
    reading: Options = NORTHERN
    lexicon: Lexicon | None = None
    cache_dir: Path | None = None  # None: no cache
    cover: Cover | None = None  # None: a title card per episode


@dataclass(frozen=True, slots=True)
class Plan:
    article: Article
    segments: tuple[Segment, ...]


def plan(path: str | Path, settings: Settings) -> Plan:
    """Everything up to what will be spoken, without any audio."""
    article = build_article(read_document(path))

    def speak(text: str) -> str:
        return normalize(text, settings.reading, settings.lexicon)

    return Plan(article=article, segments=to_segments(article, speak))


def plan_document(p: Plan) -> dict[str, Any]:
    a = p.article
    return {
        "schema_version": 1,
        "source": a.source,
        "headline": a.headline,
        "outlet": a.outlet,
        "byline": a.byline,
        "category": a.category,
        "published": a.published,
        "segments": [
            {
                "kind": s.kind.value,
                "title": s.title,
                "text": s.text,
                "spoken": s.spoken,
                "sentences": [{"text": x.text, "spoken": x.spoken} for x in s.sentences],
            }
            for s in p.segments
        ],
    }


def _label(segment: Segment, index: int) -> str:
    name = {SegmentKind.HEADLINE: "headline", SegmentKind.LEAD: "lead"}.get(segment.kind, f"section “{segment.title}”")
    return f"{name}, sentence {index}"


def requests_for(segments: tuple[Segment, ...], source: str = "") -> list[Request]:
    where = f"{source}: " if source else ""
    return [
        Request(text=s.spoken, label=f"{where}{_label(seg, i + 1)}")
        for seg in segments
        for i, s in enumerate(seg.sentences)
    ]


def encoding_info(settings: Settings) -> dict[str, Any]:
    return {
        "bitrate_kbps": settings.encoding.bitrate_kbps,
        "sample_rate": settings.encoding.sample_rate,
        "channels": 1,
        "mode": "CBR",
    }


@dataclass(frozen=True, slots=True)
class Rendered:
    """An episode encoded in memory: its files are written by the caller, all together."""

    episode: Episode
    files: dict[Path, bytes]


def render_episode(
    p: Plan, clips: dict[str, Clip], engine: str, voice: str, settings: Settings, out_dir: Path, slug: str
) -> Rendered:
    """Assemble, level, encode and tag one article, and make its manifest and chapters JSON."""
    timeline = assemble(p.segments, clips, settings.pauses, settings.encoding.sample_rate)
    a = p.article
    lead = next((s.text for s in p.segments if s.kind is SegmentKind.LEAD), None)
    cover = settings.cover or title_card(a.outlet, a.headline)
    tags = Tags(
        title=a.headline,
        artist=a.byline or a.outlet,
        album=a.outlet,
        published=a.published,
        comment=lead,
        chapters=timeline.chapters,
        cover=cover.data,
        cover_mime=cover.mime,
    )
    encoded = finish(timeline.audio, tags, settings.encoding)
    paths = episode_paths(out_dir, slug, cover)
    mp3_path, chapters_path, manifest_path = paths["audio"], paths["chapters"], out_dir / f"{slug}.json"
    manifest = manifest_document(
        article=a,
        segments=p.segments,
        chapters=encoded.chapters,
        cues=timeline.cues,
        engine=engine,
        voice=voice,
        duration_ms=encoded.duration_ms,
        sha256=hashlib.sha256(encoded.mp3).hexdigest(),
        files={kind: path.name for kind, path in paths.items()},
        encoding=encoding_info(settings),
        loudness={"integrated_lufs": encoded.loudness_lufs, "true_peak_dbtp": encoded.true_peak_dbtp},
    )
    episode = Episode(
        slug=slug,
        mp3_path=mp3_path,
        manifest_path=manifest_path,
        chapters_path=chapters_path,
        duration_ms=encoded.duration_ms,
        chapters=encoded.chapters,
        engine=engine,
        voice=voice,
        loudness_lufs=encoded.loudness_lufs,
        true_peak_dbtp=encoded.true_peak_dbtp,
    )
    files = {manifest_path: dumps(manifest), **sidecars(paths, encoded.mp3, encoded.chapters, timeline.cues, cover)}
    return Rendered(episode=episode, files=files)


def episode_paths(out_dir: Path, slug: str, cover: Cover) -> dict[str, Path]:
    """Where an episode's audio and sidecars go, by kind (as named in its manifest)."""
    return {
        "audio": out_dir / f"{slug}.mp3",
        "chapters": out_dir / f"{slug}.chapters.json",
        "transcript_vtt": out_dir / f"{slug}.vtt",
        "transcript_srt": out_dir / f"{slug}.srt",
        "cover": out_dir / f"{slug}{cover.suffix}",
    }


def sidecars(
    paths: dict[str, Path], mp3: bytes, chapters: tuple[Chapter, ...], cues: tuple[Cue, ...], cover: Cover
) -> dict[Path, bytes]:
    return {
        paths["audio"]: mp3,
        paths["chapters"]: dumps(chapters_document(chapters)),
        paths["transcript_vtt"]: webvtt(cues).encode("utf-8"),
        paths["transcript_srt"]: srt(cues).encode("utf-8"),
        paths["cover"]: cover.data,
    }


def write_files(files: dict[Path, bytes], out_dir: Path) -> None:
    try:
        write_all(files)
    except OSError as exc:
        raise PublishError(f"cannot write into {out_dir}: {exc.strerror or exc}") from exc


def build(
    path: str | Path,
    out_dir: Path,
    engine: Engine,
    settings: Settings,
    progress: Progress | None = None,
) -> Episode:
    """Build one episode from the article at `path` into `out_dir`.

    Every output file is written only after all of them exist in full, so a failure at any
    stage leaves the output directory as it was.
    """
    p = plan(path, settings)
    voice = settings.voice or engine.default_voice
    result = synthesize_all(requests_for(p.segments), engine, voice, ClipCache(settings.cache_dir), progress)
    rendered = render_episode(p, result.clips, engine.name, voice, settings, out_dir, slugify(p.article.headline))
    write_files(rendered.files, out_dir)
    return dataclasses.replace(rendered.episode, synthesized=result.synthesized, cached=result.cached)
