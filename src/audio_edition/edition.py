"""A daily edition: many articles in one listen, plus one MP3 per article.

Every distinct sentence of every article is synthesized once (through the cache); the
edition timeline and each article's own timeline are then assembled from the same clips,
and the encodes run in parallel. All files appear together or not at all.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .audio.assemble import Part, Timeline, assemble_parts
from .audio.export import Encoded, finish
from .audio.id3 import Tags
from .audio.sound import chime
from .errors import InputError
from .ingest.read import HTML_SUFFIXES
from .model import Chapter, Episode, Segment, SegmentKind, Sentence
from .normalize import normalize
from .pipeline import (
    Plan,
    Rendered,
    Settings,
    encoding_info,
    episode_paths,
    plan,
    render_episode,
    requests_for,
    sidecars,
    write_files,
)
from .publish.cover import title_card
from .publish.jsonfile import dumps
from .publish.slug import slugify
from .segment import short_title
from .tts.base import Engine
from .tts.cache import ClipCache
from .tts.synthesize import Progress, synthesize_all

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class EditionResult:
    mp3_path: Path
    manifest_path: Path
    duration_ms: int
    chapters: tuple[Chapter, ...]
    articles: tuple[Episode, ...]
    loudness_lufs: float
    synthesized: int
    cached: int


def expand_inputs(items: Sequence[str], list_file: Path | None = None) -> list[str]:
    """Files and URLs as given, every article file of a directory (sorted by name), and the
    lines of a list file (one file or URL per line, # for comments)."""
    out: list[str] = []
    if list_file is not None:
        try:
            lines = list_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"{list_file}: cannot read the list file ({exc.strerror or exc})") from exc
        base = list_file.parent
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line if "://" in line or Path(line).is_absolute() else str(base / line))
    for item in items:
        path = Path(item)
        if "://" not in item and path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise InputError(f"{path}: no article files (.txt, .html) in this directory")
            out.extend(str(p) for p in found)
        else:
            out.append(item)
    if not out:
        raise InputError("no articles given", hint="name article files, directories or a --list file")
    return out


def _spoken_segment(kind: SegmentKind, title: str, text: str, settings: Settings) -> Segment:
    sentence = Sentence(text=text, spoken=normalize(text, settings.reading, settings.lexicon))
    return Segment(kind, title, ((sentence,),))


def intro_text(title: str, day: date, count: int) -> str:
    dated = "" if re.search(r"\d{1,2}/\d{1,2}", title) else f" Ngày {day.day}/{day.month}/{day.year}."
    return f"{title}.{dated} Bản tin gồm {count} bài."


def outro_text(title: str) -> str:
    return f"Bạn vừa nghe {title}. Cảm ơn bạn đã lắng nghe."


def _unique_slugs(plans: Sequence[Plan]) -> list[str]:
    seen: dict[str, int] = {}
    slugs = []
    for p in plans:
        slug = slugify(p.article.headline)
        seen[slug] = seen.get(slug, 0) + 1
        slugs.append(slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
    return slugs


def build_edition(
    inputs: Sequence[str],
    out_dir: Path,
    engine: Engine,
    settings: Settings,
    title: str,
    day: date,
    progress: Progress | None = None,
    workers: int | None = None,
) -> EditionResult:
    plans = [plan(source, settings) for source in inputs]
    voice = settings.voice or engine.default_voice
    intro = _spoken_segment(SegmentKind.INTRO, "Giới thiệu", intro_text(title, day, len(plans)), settings)
    outro = _spoken_segment(SegmentKind.OUTRO, "Kết thúc", outro_text(title), settings)
    requests = requests_for((intro, outro), "edition")
    for p in plans:
        requests += requests_for(p.segments, p.article.source)
    result = synthesize_all(requests, engine, voice, ClipCache(settings.cache_dir), progress)

    parts = [
        Part("Giới thiệu", SegmentKind.INTRO, (intro,)),
        *(Part(short_title(p.article.headline), SegmentKind.ARTICLE, p.segments) for p in plans),
        Part("Kết thúc", SegmentKind.OUTRO, (outro,)),
    ]
    slugs = _unique_slugs(plans)
    edition_slug = slugify(title)
    total_jobs = len(plans) + 1
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress("encoding", done, total_jobs)

    cover = settings.cover or title_card(None, title, label=f"{len(plans)} bài · {day.day}/{day.month}/{day.year}")

    def edition_job() -> tuple[Timeline, Encoded]:
        timeline = assemble_parts(
            parts, result.clips, settings.pauses, settings.encoding.sample_rate, chime(settings.encoding.sample_rate)
        )
        headlines = "; ".join(p.article.headline for p in plans)
        tags = Tags(
            title=title,
            artist="audio-edition",
            album=title,
            published=day.isoformat(),
            comment=headlines,
            chapters=timeline.chapters,
            toc_title=title,
            cover=cover.data,
            cover_mime=cover.mime,
        )
        encoded = finish(timeline.audio, tags, settings.encoding)
        tick()
        return timeline, encoded

    def article_job(i: int) -> Rendered:
        rendered = render_episode(plans[i], result.clips, engine.name, voice, settings, out_dir, slugs[i])
        tick()
        return rendered

    with ThreadPoolExecutor(max_workers=workers or min(os.cpu_count() or 1, total_jobs)) as pool:
        edition_future = pool.submit(edition_job)
        article_futures = [pool.submit(article_job, i) for i in range(len(plans))]
        timeline, encoded = edition_future.result()
        renders = [f.result() for f in article_futures]

    paths = episode_paths(out_dir, edition_slug, cover)
    mp3_path, manifest_path = paths["audio"], out_dir / f"{edition_slug}.edition.json"
    article_chapters = [c for c in encoded.chapters if c.kind is SegmentKind.ARTICLE]
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "title": title,
        "date": day.isoformat(),
        "engine": engine.name,
        "voice": voice,
        "duration_ms": encoded.duration_ms,
        "sha256": hashlib.sha256(encoded.mp3).hexdigest(),
        "files": {kind: path.name for kind, path in paths.items()},
        "encoding": encoding_info(settings),
        "loudness": {"integrated_lufs": encoded.loudness_lufs, "true_peak_dbtp": encoded.true_peak_dbtp},
        "chapters": [
            {"kind": c.kind.value, "title": c.title, "start_ms": c.start_ms, "end_ms": c.end_ms}
            for c in encoded.chapters
        ],
        "articles": [
            {
                "source": p.article.source,
                "headline": p.article.headline,
                "outlet": p.article.outlet,
                "chapter_title": chapter.title,
                "start_ms": chapter.start_ms,
                "end_ms": chapter.end_ms,
                "audio": r.episode.mp3_path.name,
                "manifest": r.episode.manifest_path.name,
            }
            for p, chapter, r in zip(plans, article_chapters, renders)
        ],
    }
    files = {manifest_path: dumps(manifest), **sidecars(paths, encoded.mp3, encoded.chapters, timeline.cues, cover)}
    for r in renders:
        files.update(r.files)
    write_files(files, out_dir)
    return EditionResult(
        mp3_path=mp3_path,
        manifest_path=manifest_path,
        duration_ms=encoded.duration_ms,
        chapters=encoded.chapters,
        articles=tuple(r.episode for r in renders),
        loudness_lufs=encoded.loudness_lufs,
        synthesized=result.synthesized,
        cached=result.cached,
    )
