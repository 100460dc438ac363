"""Orchestration only: read, clean, segment, normalize, synthesize, lay out, encode, publish."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..audio.id3 import Tags
from ..audio.layout import Layout, LayoutStream, Part, article_parts
from ..audio.settings import EncodeSettings, Pauses
from ..chapters import fit_chapters, to_segments
from ..errors import PublishError
from ..files import checksums, is_manifest, sweep_staging, write_all
from ..ingest import read_document
from ..media.ffmpeg import ffmpeg_exe
from ..model import Article, Chapter, ClipInfo, Cue, Episode, Segment, SegmentKind
from ..normalize import DOCUMENT_RULES, NORTHERN, Lexicon, Options
from ..normalize.abbreviations import default_lexicon
from ..normalize.definitions import defined_acronyms, implied_fallbacks
from ..normalize.review import normalize_noting
from ..normalize.separators import groups_with_commas, with_dot_groups
from ..publish.chapters_json import chapters_document
from ..publish.cover import Cover, title_card
from ..publish.jsonfile import dumps
from ..publish.manifest import AudioRecord, Manifest, manifest_document
from ..publish.manifest import damage as manifest_damage
from ..publish.manifest import parse as parse_manifest
from ..publish.manifest import read as read_manifest
from ..publish.slug import claim_slug, slugify
from ..publish.transcript import srt, webvtt
from ..segment import build_article
from ..text.pieces import speech_pieces
from ..tts.base import Engine
from ..tts.cache import ClipStore
from ..tts.synthesize import Progress, Request, Synthesis

if TYPE_CHECKING:  # numpy and pydub load only when there is audio to make
    from ..audio.encode import Encoded

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    """How one episode is built: voice, rate, reading, encoding, pauses, cache and cover."""

    voice: str | None = None
    pauses: Pauses = field(default_factory=Pauses)
    encoding: EncodeSettings = field(default_factory=EncodeSettings)
    reading: Options = NORTHERN
    lexicon: Lexicon | None = None
    cache_dir: Path | None = None  # None: no cache
    cover: Cover | None = None  # None: a title card per episode
    engine_reason: str | None = None  # why "auto" chose the engine, for the manifest


@dataclass(frozen=True, slots=True)
class Plan:
    """An article as it will be spoken: its segments, sentences and their spoken forms."""

    article: Article
    segments: tuple[Segment, ...]
    unknown_acronyms: tuple[str, ...] = ()  # capitals no lexicon knows, spelled letter by letter


def read_article(path: str | Path) -> Article:
    """The article at `path`, read, cleaned and split: everything before normalizing."""
    return build_article(read_document(path))


def plan_article(article: Article, settings: Settings) -> Plan:
    """What will be spoken, sentence by sentence, without any audio."""

    unknown: dict[str, None] = {}
    base = settings.lexicon or default_lexicon()
    texts = [
        article.headline,
        article.lead or "",
        *(t for s in article.sections for t in (s.title or "", *s.paragraphs)),
    ]
    named = [*texts, article.outlet or ""]  # "Bảo tàng Lịch sử Quốc gia" over the page: then "BTLSQG"
    lexicon = base.with_entries(  # "... sức khỏe (TPBVSK)", then "TPBVSK"
        defined_acronyms(named, base), fallback=implied_fallbacks(named, base)
    )

    commas = groups_with_commas(texts)  # "800 – 2,000 m": then "2,598 m" is two thousand and more, too

    def speak(text: str) -> str:
        written = with_dot_groups(text) if commas else text
        spoken, capitals = normalize_noting(written, settings.reading, lexicon, DOCUMENT_RULES)
        unknown.update(dict.fromkeys(capitals))
        return spoken

    segments = fit_chapters(to_segments(article, speak))  # checked now, not after all the speech
    return Plan(article=article, segments=segments, unknown_acronyms=tuple(unknown))


def plan(path: str | Path, settings: Settings) -> Plan:
    """Read the article at `path` and plan what will be spoken, without speaking it."""
    return plan_article(read_article(path), settings)


def plan_document(p: Plan) -> dict[str, Any]:
    """A plan as the JSON document `audio-edition plan` prints."""
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


def requests_for(segments: tuple[Segment, ...], source: str = "", engine: Engine | None = None) -> list[Request]:
    """A request per sentence; with a Router, each in the voice of its segment's kind."""
    where = f"{source}: " if source else ""
    voice_for = getattr(engine, "voice_for", None)
    return [
        Request(text=piece, label=f"{where}{_label(seg, i + 1)}", voice=voice_for(seg.kind) if voice_for else None)
        for seg in segments
        for i, s in enumerate(seg.sentences)
        for piece in speech_pieces(s.spoken)  # a sentence longer than a piece is spoken in several
    ]


def encoding_info(settings: Settings) -> dict[str, Any]:
    """The encoding settings as the manifest records them."""
    return {
        "bitrate_kbps": settings.encoding.bitrate_kbps,
        "sample_rate": settings.encoding.sample_rate,
        "channels": 1,
        "mode": "CBR",
    }


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of this package's code and data files: a build made by other code is not reused."""
    root = Path(__file__).parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".tsv", ".txt", ".toml", ".json", ".css", ".js", ".html") and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def article_material(article: Article, settings: Settings) -> dict[str, Any]:
    """What an article's spoken words follow from: the article as read, and how it is read."""
    lexicon = settings.lexicon
    return {
        "article": dataclasses.asdict(article),
        "reading": dataclasses.asdict(settings.reading),
        "lexicon": hashlib.sha256(repr(sorted(lexicon.entries.items())).encode()).hexdigest() if lexicon else None,
    }


def build_key(material: Any, engine: Engine, voice: str, settings: Settings) -> str:
    """A hash of everything an output depends on: its words (`material`, before normalizing),
    the code, the voice and the audio settings. An output whose manifest records the same key
    needs no work."""
    cover = hashlib.sha256(settings.cover.data).hexdigest() if settings.cover else "title-card"
    return hashlib.sha256(
        dumps(
            {
                "code": code_fingerprint(),
                "material": material,
                "engine": engine.name,
                "voice": voice,
                "options": engine.options(),
                "pauses": dataclasses.asdict(settings.pauses),
                "encoding": dataclasses.asdict(settings.encoding),
                "cover": cover,
            }
        )
    ).hexdigest()


def previous_build(manifest_path: Path, key: str) -> Manifest | None:
    """The manifest at `manifest_path` when it was built with `key` and every file it names is
    there as it was written."""
    m = read_manifest(manifest_path)
    if m is None or m.build_key != key or manifest_damage(m) is not None:
        return None
    return m


def reused_episode(m: Manifest) -> Episode:
    """The episode a manifest describes, for a build that found nothing to do."""
    return Episode(
        slug=m.path.stem,
        mp3_path=m.path.parent / m.files["audio"],
        manifest_path=m.path,
        chapters_path=m.path.parent / m.files["chapters"],
        duration_ms=m.duration_ms,
        chapters=m.chapters,
        engine=m.engine,
        voice=m.voice,
        loudness_lufs=m.loudness["integrated_lufs"],
        true_peak_dbtp=m.loudness["true_peak_dbtp"],
        reused=True,
    )


@dataclass(frozen=True, slots=True)
class Rendered:
    """An episode encoded and staged next to its targets: the caller writes its files together."""

    episode: Episode
    files: dict[Path, bytes | Path]

    def discard(self) -> None:
        for data in self.files.values():
            if isinstance(data, Path):
                data.unlink(missing_ok=True)


def layout_source(
    parts: Sequence[Part], synthesis: Synthesis, settings: Settings, sample_rate: int, separator: ClipInfo | None = None
) -> tuple[Layout | LayoutStream, float]:
    """What to encode from, and at what gain: when every clip is already known (from the
    cache), the whole layout and its exact gain; otherwise a layout made as the clips arrive,
    so that the encoder starts on the first one, at the gain for clips prepared at their level."""
    from ..audio.encode import gain_db

    voice_for = getattr(synthesis.engine, "voice_for", None)  # a Router: a voice per kind of segment
    voice_of = voice_for if voice_for is not None else (lambda kind: None)
    stream = LayoutStream(parts, synthesis.clip, settings.pauses, sample_rate, separator, voice_of)
    if not all(synthesis.known(t) for t in stream.texts):
        return stream, gain_db(settings.encoding, None)
    for _ in stream:
        pass
    return stream.layout, gain_db(settings.encoding, stream.layout)


def render_episode(
    p: Plan,
    synthesis: Synthesis,
    store: ClipStore,
    engine: Engine,
    voice: str,
    settings: Settings,
    out_dir: Path,
    slug: str,
    key: str,
    progress: Progress | None = None,
    name: str | None = None,
) -> Rendered:
    """Lay out, level, encode and tag one article, and make its manifest and sidecars (its files
    named `name`, or a name of their own: see `episode_name`)."""
    from ..audio.encode import encode_episode, tag

    rate = engine.limits.sample_rate
    source, gain = layout_source(article_parts(p.segments), synthesis, settings, rate)
    a = p.article
    sentences = sum(len(s.sentences) for s in p.segments)
    name = name or episode_name(out_dir, slug, key)
    target = out_dir / f"{name}.mp3"
    audio = encode_episode(source, rate, store, settings.encoding, target, gain, progress, sentences)
    try:
        # the title card (Pillow) is drawn once the encoder has exited: less memory at the peak
        cover = settings.cover or title_card(a.outlet, a.headline, label=a.category or "")
    except BaseException:
        audio.discard()
        raise
    lead = next((s.text for s in p.segments if s.kind is SegmentKind.LEAD), None)
    tags = Tags(
        title=a.headline,
        artist=a.byline or a.outlet,
        album=a.outlet,
        published=a.published,
        comment=lead,
        cover=cover.data,
        cover_mime=cover.mime,
    )
    paths = episode_paths(out_dir, name, cover)
    encoded = tag(audio, tags, target)
    manifest_path = out_dir / f"{slug}.json"
    files = sidecars(paths, encoded.path, encoded.chapters, encoded.cues, cover)
    manifest = manifest_document(
        article=a,
        segments=p.segments,
        chapters=encoded.chapters,
        cues=encoded.cues,
        audio=audio_record(encoded, engine.name, voice, paths, files, settings, key),
        rate=engine.rate,
        speaker=getattr(engine, "describe", None),
        engine_reason=settings.engine_reason,
        unknown_acronyms=p.unknown_acronyms,
    )
    files[manifest_path] = dumps(manifest)
    return Rendered(episode=encoded_episode(slug, paths, manifest_path, encoded, engine, voice), files=files)


def audio_record(
    encoded: Encoded,
    engine: str,
    voice: str,
    paths: dict[str, Path],
    files: Mapping[Path, bytes | Path],
    settings: Settings,
    key: str,
) -> AudioRecord:
    """What a manifest records of an encoded episode's audio and how it was made."""
    return AudioRecord(
        engine=engine,
        voice=voice,
        duration_ms=encoded.duration_ms,
        sha256=encoded.sha256,
        audio_bytes=encoded.size_bytes,
        files={kind: path.name for kind, path in paths.items()},
        checksums=checksums(files),
        encoding=encoding_info(settings),
        loudness={"integrated_lufs": encoded.loudness_lufs, "true_peak_dbtp": encoded.true_peak_dbtp},
        build_key=key,
    )


def encoded_episode(
    slug: str, paths: dict[str, Path], manifest_path: Path, encoded: Encoded, engine: Engine, voice: str
) -> Episode:
    """Encode a laid-out episode to MP3 with its tags and chapters, into a staging file."""
    return Episode(
        slug=slug,
        mp3_path=paths["audio"],
        manifest_path=manifest_path,
        chapters_path=paths["chapters"],
        duration_ms=encoded.duration_ms,
        chapters=encoded.chapters,
        engine=engine.name,
        voice=voice,
        loudness_lufs=encoded.loudness_lufs,
        true_peak_dbtp=encoded.true_peak_dbtp,
    )


def episode_name(out_dir: Path, slug: str, key: str) -> str:
    """The name an episode's files share: its slug and its build (`slug.1a2b3c4d`). A rebuild
    writes new files beside the old ones, and only its manifest (`slug.json`, renamed into
    place last) replaces the old: a build killed at any point leaves the previous episode
    whole, and the files the manifest no longer names are removed once the new one is in place.
    A forced rebuild of the same build gets a name of its own too, never the live files' names."""
    name = f"{slug}.{key[:8]}"
    if not (out_dir / f"{name}.mp3").exists():
        return name
    fresh = hashlib.sha256(f"{key}:{time.time_ns()}:{os.getpid()}".encode()).hexdigest()
    return f"{slug}.{fresh[:8]}"


def episode_paths(out_dir: Path, name: str, cover: Cover) -> dict[str, Path]:
    """Where an episode's audio and sidecars go, by kind (as named in its manifest)."""
    return {
        "audio": out_dir / f"{name}.mp3",
        "chapters": out_dir / f"{name}.chapters.json",
        "transcript_vtt": out_dir / f"{name}.vtt",
        "transcript_srt": out_dir / f"{name}.srt",
        "cover": out_dir / f"{name}{cover.suffix}",
    }


def sidecars(
    paths: dict[str, Path],
    mp3: Path,
    chapters: tuple[Chapter, ...],
    cues: tuple[Cue, ...],
    cover: Cover,
    chapter_urls: Sequence[str | None] = (),
) -> dict[Path, bytes | Path]:
    """The files an episode has beside its MP3: manifest, chapters JSON (with `chapter_urls`),
    transcripts, cover."""
    return {
        paths["audio"]: mp3,
        paths["chapters"]: dumps(chapters_document(chapters, chapter_urls)),
        paths["transcript_vtt"]: webvtt(cues).encode("utf-8"),
        paths["transcript_srt"]: srt(cues).encode("utf-8"),
        paths["cover"]: cover.data,
    }


def _remove_superseded(manifest_path: Path, current: set[str]) -> None:
    """The episode files of `manifest_path`'s slug that its manifest does not name: earlier builds'."""
    slug = manifest_path.name.removesuffix(".json")
    pattern = re.compile(rf"^{re.escape(slug)}\.[0-9a-f]{{8}}(?:\.chapters\.json|\.[a-z0-9]+)$")
    for path in manifest_path.parent.iterdir():
        if pattern.match(path.name) and path.name not in current:
            path.unlink(missing_ok=True)


def output_dir(out_dir: Path) -> Path:
    """`out_dir`, created if need be: checked before any speech, so a path that cannot take the
    files fails at once, not after the synthesis."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PublishError(f"cannot write into {out_dir}: {exc.strerror or exc}") from exc
    sweep_staging(out_dir)  # what a killed run left half-written
    return out_dir


def write_files(files: Mapping[Path, bytes | Path], out_dir: Path) -> None:
    """Write an episode's (or an edition's) files, then remove the files of the builds their
    manifests replaced, and any a killed build left (see `episode_name`)."""
    try:
        write_all(files)
        for path, data in files.items():
            if is_manifest(path) and isinstance(data, bytes):
                _remove_superseded(path, set(parse_manifest(json.loads(data), path).files.values()))
    except OSError as exc:
        raise PublishError(f"cannot write into {out_dir}: {exc.strerror or exc}") from exc


def build(
    path: str | Path,
    out_dir: Path,
    engine: Engine,
    settings: Settings,
    progress: Progress | None = None,
    force: bool = False,
) -> Episode:
    """Build one episode from the article at `path` into `out_dir`.

    When the output directory already holds this episode built from the same words, voice
    and settings, nothing is done (unless `force`). Every output file is written only after
    all of them exist in full, so a failure at any stage leaves the directory as it was.
    """
    article = read_article(path)
    voice = settings.voice or engine.default_voice
    slug = claim_slug(out_dir, slugify(article.headline), article.source)
    key = build_key(article_material(article, settings), engine, voice, settings)
    manifest_path = out_dir / f"{slug}.json"
    previous = None if force else previous_build(manifest_path, key)
    if previous is not None:
        return reused_episode(previous)
    p = plan_article(article, settings)
    requests = requests_for(p.segments, engine=engine)
    output_dir(out_dir)
    ffmpeg_exe()  # before any speech: fail early, and its check runs before the speech workers start
    from ..audio.prepare import for_store

    with (
        ClipStore(settings.cache_dir) as store,
        Synthesis(requests, engine, voice, store, for_store, progress) as s,
    ):
        rendered = render_episode(p, s, store, engine, voice, settings, out_dir, slug, key, progress)
    try:
        write_files(rendered.files, out_dir)
    finally:
        rendered.discard()
    return dataclasses.replace(rendered.episode, synthesized=s.synthesized, cached=s.cached)
