"""A daily edition: many articles in one listen, plus one MP3 per article.

Every distinct sentence of every article is synthesized once (through the clip store); the
edition's layout and each article's own layout are made from the same clips, and their
encodes run in parallel, each streaming into its own encoder. An article whose MP3 in the
output directory was built from the same words and settings is reused as it is. All files
appear together or not at all.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import waiting
from ..audio.id3 import Tags
from ..audio.layout import Part
from ..chapters import MAX_CHAPTERS, short_title
from ..errors import InputError
from ..files import read_named_file
from ..ingest.feeds import web_address
from ..ingest.read import HTML_SUFFIXES
from ..media.ffmpeg import ffmpeg_exe
from ..model import Article, Chapter, Episode, Segment, SegmentKind, Sentence
from ..normalize import normalize
from ..publish.cover import title_card
from ..publish.jsonfile import dumps
from ..publish.manifest import EditionArticle, edition_document
from ..publish.manifest import read as read_manifest
from ..publish.slug import claim_slug, slugify
from ..tts.base import Engine
from ..tts.cache import ClipStore
from ..tts.synthesize import Progress, Synthesis, store_clip
from .episode import (
    Plan,
    Rendered,
    Settings,
    article_material,
    audio_record,
    build_key,
    encoded_episode,
    episode_name,
    episode_paths,
    layout_source,
    output_dir,
    plan_article,
    previous_build,
    read_article,
    render_episode,
    requests_for,
    reused_episode,
    sidecars,
    write_files,
)

if TYPE_CHECKING:  # numpy and pydub load only when there is audio to make
    from ..audio.encode import Encoded

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)


@dataclass(frozen=True, slots=True)
class EditionResult:
    """An edition built: its MP3 and manifest, chapters, the episodes of its articles, its
    loudness, and how many clips were spoken and how many came from the cache."""

    mp3_path: Path
    manifest_path: Path
    duration_ms: int
    chapters: tuple[Chapter, ...]
    articles: tuple[Episode, ...]
    loudness_lufs: float
    synthesized: int
    cached: int
    reused: bool = False


def expand_inputs(items: Sequence[str], list_file: Path | None = None) -> list[str]:
    """Files and URLs as given, every article file of a directory (sorted by name), and the
    lines of a list file (one file or URL per line, # for comments)."""
    out: list[str] = []
    if list_file is not None:
        try:
            lines = read_named_file(list_file, "list file", 4 << 20).decode("utf-8").splitlines()
        except UnicodeDecodeError as exc:
            raise InputError(f"{list_file}: the list file is not UTF-8 text") from exc
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
    """What the host says to open an edition: its title, its day and how many articles."""
    dated = "" if re.search(r"\d{1,2}/\d{1,2}", title) else f" Ngày {day.day}/{day.month}/{day.year}."
    return f"{title}.{dated} Bản tin gồm {count} bài."


def outro_text(title: str) -> str:
    """What the host says to close an edition."""
    return f"Bạn vừa nghe {title}. Cảm ơn bạn đã lắng nghe."


def _unique_slugs(articles: Sequence[Article], out_dir: Path) -> list[str]:
    """A name per article: unique in the edition, and not another source's episode in `out_dir`."""
    taken: set[str] = set()
    slugs = []
    for a in articles:
        slug = claim_slug(out_dir, slugify(a.headline), a.source, taken)
        taken.add(slug)
        slugs.append(slug)
    return slugs


def edition_manifest(
    title: str,
    day: date,
    plans: Sequence[Plan],
    slugs: Sequence[str],
    have_episode: Sequence[bool],
    episode: Episode,
    encoded: Encoded,
    paths: dict[str, Path],
    settings: Settings,
    key: str,
    keys: Sequence[str],
    names: Sequence[str],
    files: Mapping[Path, bytes | Path],
    published: str | None,
) -> dict[str, Any]:
    """The edition's manifest: its parts, chapters, sentence timings, files and how it was made."""
    article_chapters = [c for c in encoded.chapters if c.kind is SegmentKind.ARTICLE]
    return edition_document(
        title=title,
        day=day.isoformat(),
        published=published,
        articles=[
            EditionArticle(
                article=p.article,
                chapter=chapter,
                audio=f"{name}.mp3" if has else None,
                manifest=f"{slug}.json" if has else None,
                build_key=k,
            )
            for p, chapter, slug, k, name, has in zip(plans, article_chapters, slugs, keys, names, have_episode)
        ],
        chapters=encoded.chapters,
        cues=encoded.cues,
        audio=audio_record(encoded, episode.engine, episode.voice, paths, files, settings, key),
    )


def build_edition(
    inputs: Sequence[str | Article],
    out_dir: Path,
    engine: Engine,
    settings: Settings,
    title: str,
    day: date,
    progress: Progress | None = None,
    workers: int | None = None,
    force: bool = False,
    with_articles: bool = True,
    built_at: datetime | None = None,
    plans: Sequence[Plan] | None = None,
) -> EditionResult:
    """The edition's MP3 and sidecars and, `with_articles`, each article's own (reused when an
    article was built before from the same words and settings). An edition `built_at` a time is
    the day's edition: dated when first built that day, and one episode however often updated.
    `plans`, when the caller made them already, are the articles' plans (not made again)."""
    articles = [source if isinstance(source, Article) else read_article(source) for source in inputs]
    if len(articles) + 2 > MAX_CHAPTERS:  # a chapter per article, the intro and the outro
        raise InputError(
            f"{len(articles)} articles: an edition's MP3 can list at most {MAX_CHAPTERS - 2} (a chapter each)",
            hint="split them into several editions",
        )
    voice = settings.voice or engine.default_voice
    intro = _spoken_segment(SegmentKind.INTRO, "Giới thiệu", intro_text(title, day, len(articles)), settings)
    outro = _spoken_segment(SegmentKind.OUTRO, "Kết thúc", outro_text(title), settings)
    slugs = _unique_slugs(articles, out_dir)
    # An edition's files carry ".edition" in their names: an article headlined like the edition
    # keeps its own.
    edition_slug = f"{slugify(title)}.edition"
    manifest_path = out_dir / f"{edition_slug}.json"
    keys = [build_key(article_material(a, settings), engine, voice, settings) for a in articles]
    edition_key = build_key(
        {"edition": title, "date": day.isoformat(), "articles": keys, "slugs": slugs, "with_articles": with_articles},
        engine,
        voice,
        settings,
    )
    earlier = read_manifest(manifest_path)
    first_built = None
    if built_at is not None:  # the day's edition keeps the time it was first built: an update is the same episode
        kept = earlier.first_built if earlier is not None and earlier.date == day.isoformat() else None
        first_built = kept or built_at.isoformat(timespec="seconds")
    previous = [None if force else previous_build(out_dir / f"{slug}.json", key) for slug, key in zip(slugs, keys)]
    previous_edition = None if force else previous_build(manifest_path, edition_key)
    if previous_edition is not None and (all(previous) or not with_articles):
        return EditionResult(
            mp3_path=out_dir / previous_edition.files["audio"],
            manifest_path=manifest_path,
            duration_ms=previous_edition.duration_ms,
            chapters=previous_edition.chapters,
            articles=tuple(reused_episode(d) for d in previous if d),
            loudness_lufs=previous_edition.loudness["integrated_lufs"],
            synthesized=0,
            cached=0,
            reused=True,
        )

    plans = list(plans) if plans is not None else [plan_article(a, settings) for a in articles]
    # the intro first and the outro last: clips are spoken in the order they are heard
    requests = requests_for((intro,), "edition", engine)
    for p in plans:
        requests += requests_for(p.segments, p.article.source, engine)
    requests += requests_for((outro,), "edition", engine)
    cover = settings.cover or title_card(None, title, label=f"{len(plans)} bài · {day.day}/{day.month}/{day.year}")
    rate = engine.limits.sample_rate
    parts = [
        Part("Giới thiệu", SegmentKind.INTRO, (intro,)),
        *(Part(short_title(p.article.headline), SegmentKind.ARTICLE, p.segments) for p in plans),
        Part("Kết thúc", SegmentKind.OUTRO, (outro,)),
    ]
    todo = [i for i, d in enumerate(previous) if d is None] if with_articles else []
    have_episode = [d is not None or i in todo for i, d in enumerate(previous)]
    # the files each article's episode has, or will have: new files never take live ones' names
    names = [
        Path(d.files["audio"]).stem if d is not None else episode_name(out_dir, slug, key)
        for d, slug, key in zip(previous, slugs, keys)
    ]
    from ..audio.encode import encode_episode, tag
    from ..audio.prepare import for_store
    from ..audio.sound import CHIME_LUFS_UNDER_SPEECH, CHIME_VERSION, chime

    renders: list[Rendered] = []
    output_dir(out_dir)
    ffmpeg_exe()  # before any speech: fail early, and its check runs before the speech workers start
    with ClipStore(settings.cache_dir) as store:
        separator = store_clip(
            store,
            f"chime-{CHIME_VERSION}-{rate}",
            chime(rate),
            functools.partial(for_store, under_speech_lu=CHIME_LUFS_UNDER_SPEECH),
        )
        with Synthesis(requests, engine, voice, store, for_store, progress) as synthesis:

            def edition_job() -> Rendered:
                source, gain = layout_source(parts, synthesis, settings, rate, separator)
                paths = episode_paths(out_dir, episode_name(out_dir, edition_slug, edition_key), cover)
                sentences = sum(len(segment.sentences) for part in parts for segment in part.segments)
                audio = encode_episode(
                    source, rate, store, settings.encoding, paths["audio"], gain, progress, sentences
                )
                tags = Tags(
                    title=title,
                    artist="audio-edition",
                    album=title,
                    published=day.isoformat(),
                    comment="; ".join(p.article.headline for p in plans),
                    toc_title=title,
                    cover=cover.data,
                    cover_mime=cover.mime,
                )
                encoded = tag(audio, tags, paths["audio"])
                episode = encoded_episode(edition_slug, paths, manifest_path, encoded, engine, voice)
                # each article's chapter links to the page it came from
                links = iter(p.article.source if web_address(p.article.source) else None for p in plans)
                urls = [next(links) if c.kind is SegmentKind.ARTICLE else None for c in encoded.chapters]
                files = sidecars(paths, encoded.path, encoded.chapters, encoded.cues, cover, urls)
                manifest = edition_manifest(
                    title,
                    day,
                    plans,
                    slugs,
                    have_episode,
                    episode,
                    encoded,
                    paths,
                    settings,
                    edition_key,
                    keys,
                    names,
                    files,
                    first_built,
                )
                return Rendered(episode, {**files, manifest_path: dumps(manifest)})

            def article_job(i: int) -> Rendered:
                # a second encoder starts once the speech workers are gone: memory stays flat
                synthesis.wait_spoken()
                return render_episode(
                    plans[i], synthesis, store, engine, voice, settings, out_dir, slugs[i], keys[i], name=names[i]
                )

            futures = []
            try:
                with ThreadPoolExecutor(max_workers=workers or min(os.cpu_count() or 1, len(todo) + 1)) as pool:
                    try:
                        futures = [pool.submit(edition_job)] + [pool.submit(article_job, i) for i in todo]
                        renders = [waiting.result(future) for future in futures]
                    except BaseException:
                        # clips not spoken yet are cancelled before the pool waits for its jobs, so
                        # the encoders waiting on them stop now rather than when the whole edition
                        # is spoken (SIGTERM, Ctrl-C, a failure), even while the jobs are submitted
                        synthesis.close()
                        raise
            except BaseException:
                for future in futures:
                    if future.done() and not future.cancelled() and future.exception() is None:
                        future.result().discard()
                raise
    files: dict[Path, bytes | Path] = {}
    for r in renders:
        files.update(r.files)
    try:
        write_files(files, out_dir)
    finally:
        for r in renders:
            r.discard()
    fresh = dict(zip(todo, renders[1:]))
    episodes = tuple(
        fresh[i].episode if d is None else reused_episode(d)
        for i, d in enumerate(previous)
        if i in fresh or d is not None
    )
    e = renders[0].episode
    return EditionResult(
        mp3_path=e.mp3_path,
        manifest_path=manifest_path,
        duration_ms=e.duration_ms,
        chapters=e.chapters,
        articles=episodes,
        loudness_lufs=e.loudness_lufs,
        synthesized=synthesis.synthesized,
        cached=synthesis.cached,
    )
