"""The manifests a build writes beside its audio, written and read back through this module only.

An episode's manifest says what was built from which article, with which voice, and where each
segment and sentence is heard; an edition's says the same of its articles, each a chapter. Both
name the files written with them and their checksums. `read` turns either back into a typed
`Manifest`; a JSON file this tool did not write, or one damaged, is refused with the reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..files import matches
from ..model import Article, Chapter, Cue, Segment, SegmentKind

SCHEMA_VERSION = 1


class ManifestError(ValueError):
    """A manifest this tool wrote, damaged: the message says why."""


class NotAManifest(ManifestError):
    """A file that is no manifest at all (not JSON, or JSON of another kind)."""


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """One article of an edition: where it came from and where its own episode is."""

    source: str
    headline: str
    manifest: str | None  # its episode's manifest, when it has one
    audio: str | None
    content_sha256: str | None = None  # its words, and how it was built (a feed run skips it)
    build_key: str | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    """A manifest as read back."""

    path: Path
    title: str
    files: Mapping[str, str]  # audio, chapters, transcript_vtt, transcript_srt, cover -> file name
    checksums: Mapping[str, str]  # file name -> sha256
    sha256: str | None  # the MP3's
    audio_bytes: int | None
    duration_ms: int
    build_key: str | None
    engine: str
    voice: str
    loudness: Mapping[str, float]
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]
    segment_texts: tuple[tuple[str, str], ...]  # an episode's (kind, text), the words it says
    source: str | None = None  # an episode's article
    content_sha256: str | None = None
    published: str | None = None  # an episode's article's time, an edition's first build (or day)
    date: str | None = None  # an edition's day
    first_built: str | None = None  # an edition's first build time, in manifests that record it
    articles: tuple[ArticleEntry, ...] = ()

    @property
    def is_edition(self) -> bool:
        """Whether this is an edition's manifest."""
        return self.date is not None

    def file(self, kind: str) -> Path | None:
        """The file of `kind` (audio, chapters, ...) beside the manifest, when it names one."""
        name = self.files.get(kind)
        return self.path.parent / name if name else None

    @property
    def lead(self) -> str:
        """An episode's lead, or ""."""
        return next((text for kind, text in self.segment_texts if kind == SegmentKind.LEAD.value), "")


def _plain_name(name: object) -> bool:
    """A file name in the manifest's own directory: no separators, no "..", not absolute. A
    manifest is input; one that points elsewhere is never published or deleted from."""
    return isinstance(name, str) and name not in ("", ".", "..") and Path(name).name == name and "\\" not in name


def _chapters(entries: Sequence[Mapping[str, Any]]) -> tuple[Chapter, ...]:
    return tuple(
        Chapter(f"chp{i}", SegmentKind(e["kind"]), str(e["title"]), int(e["start_ms"]), int(e["end_ms"]))
        for i, e in enumerate(entries)
    )


def _optional(data: Mapping[str, Any], key: str, kind: type) -> Any:
    value = data.get(key)
    if value is not None and not isinstance(value, kind):
        raise ManifestError(f"its {key!r} is not a {kind.__name__}")
    return value


def parse(data: object, path: Path) -> Manifest:
    """The manifest in the JSON value `data` read from `path`; ManifestError when it is none."""
    if not isinstance(data, dict) or "schema_version" not in data or "files" not in data:
        raise NotAManifest("not a manifest")
    try:
        files, sums = data["files"], data.get("checksums", {})
        if not isinstance(files, dict) or not all(_plain_name(n) for n in files.values()):
            raise ManifestError("it names files outside its directory")
        if not isinstance(sums, dict) or not all(_plain_name(n) and isinstance(s, str) for n, s in sums.items()):
            raise ManifestError("its checksums are not file names and digests")
        edition = "articles" in data
        if edition:
            chapters = _chapters(data["chapters"])
            articles = tuple(
                ArticleEntry(
                    source=str(a["source"]),
                    headline=str(a["headline"]),
                    manifest=a.get("manifest") if _plain_name(a.get("manifest")) else None,
                    audio=a.get("audio") if _plain_name(a.get("audio")) else None,
                    content_sha256=_optional(a, "content_sha256", str),
                    build_key=_optional(a, "build_key", str),
                )
                for a in data["articles"]
            )
            cues = tuple(Cue(int(c["start_ms"]), int(c["end_ms"]), str(c["text"])) for c in data.get("cues", ()))
            segment_texts: tuple[tuple[str, str], ...] = ()
        else:
            segments = data["segments"]
            chapters = _chapters(segments)
            articles = ()
            cues = tuple(
                Cue(int(s["start_ms"]), int(s["end_ms"]), str(s["text"]))
                for segment in segments
                for s in segment.get("sentences", ())
            )
            segment_texts = tuple((str(s["kind"]), str(s["text"])) for s in segments)
        loudness = data.get("loudness", {})
        return Manifest(
            path=path,
            title=str(data["title"]),
            files=dict(files),
            checksums=dict(sums),
            sha256=_optional(data, "sha256", str),
            audio_bytes=_optional(data, "audio_bytes", int),
            duration_ms=int(data["duration_ms"]),
            build_key=_optional(data, "build_key", str),
            engine=str(data.get("engine", "")),
            voice=str(data.get("voice", "")),
            loudness={k: float(v) for k, v in loudness.items()} if isinstance(loudness, dict) else {},
            chapters=chapters,
            cues=cues,
            segment_texts=segment_texts,
            source=_optional(data, "source", str),
            content_sha256=_optional(data, "content_sha256", str),
            published=_optional(data, "published", str) or (str(data["date"]) if edition else None),
            first_built=_optional(data, "published", str) if edition else None,
            date=str(data["date"]) if edition else None,
            articles=articles,
        )
    except ManifestError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        raise ManifestError(f"not a manifest this tool wrote ({type(exc).__name__}: {exc})") from exc


def load(path: Path) -> Manifest:
    """The manifest at `path`: OSError when it cannot be read, NotAManifest when the file is no
    manifest, ManifestError when it is one damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise NotAManifest("not JSON") from exc
    return parse(data, path)


def read(path: Path) -> Manifest | None:
    """The manifest at `path`, or None when there is none to read there."""
    try:
        return load(path)
    except (OSError, ManifestError):
        return None


def damage(m: Manifest) -> str | None:
    """Why the files beside `m` are not the ones it was written with, or None when they are: each
    named file is there, each checksum matches, and the MP3 has the size the manifest records and
    was last changed no later than it (hashing an hour of MP3 would take longer than the rest)."""
    audio = m.file("audio")
    if audio is None or not audio.is_file():
        return "its audio file is missing"
    if not all((m.path.parent / name).is_file() for name in m.files.values()):
        return "a file it names is missing"
    if not all(matches(m.path.parent / name, sha) for name, sha in m.checksums.items()):
        return "its files are not the ones it was written with (an interrupted build?)"
    if m.audio_bytes is not None:
        stat = audio.stat()
        if stat.st_size != m.audio_bytes or stat.st_mtime_ns > m.path.stat().st_mtime_ns:
            return "its audio is not the one it was written with"
    return None


def files_written(m: Manifest) -> set[Path]:
    """The files beside `m` that this tool wrote: each named with a checksum it still matches
    (the MP3 by the manifest's sha256), and then the manifest. A manifest without checksums
    (hand-made, or planted) owns nothing."""
    base = m.path.parent
    ours = {base / name for name, sha in m.checksums.items() if matches(base / name, sha)}
    audio = m.file("audio")
    if audio is not None and m.sha256 and matches(audio, m.sha256):
        ours.add(audio)
    return ours | {m.path} if ours and m.checksums else set()


@dataclass(frozen=True, slots=True)
class AudioRecord:
    """What every manifest says of the audio it describes and how it was made."""

    engine: str
    voice: str
    duration_ms: int
    sha256: str
    audio_bytes: int
    files: dict[str, str]  # kind -> file name
    checksums: dict[str, str]  # file name -> sha256
    encoding: dict[str, Any]
    loudness: dict[str, float]
    build_key: str


def manifest_document(
    *,
    article: Article,
    segments: Sequence[Segment],
    chapters: Sequence[Chapter],
    cues: Sequence[Cue],
    audio: AudioRecord,
    unknown_acronyms: Sequence[str] = (),
    rate: float = 1.0,
    speaker: Callable[[SegmentKind], dict[str, Any]] | None = None,
    engine_reason: str | None = None,
) -> dict[str, Any]:
    """An episode's manifest; `speaker` tells, per kind of segment, the engine, voice and rate
    (when an episode has more than one voice)."""
    cue_iter = iter(cues)
    segment_entries = []
    for segment, chapter in zip(segments, chapters):
        sentences = []
        for sentence in segment.sentences:
            cue = next(cue_iter)
            sentences.append(
                {"text": sentence.text, "spoken": sentence.spoken, "start_ms": cue.start_ms, "end_ms": cue.end_ms}
            )
        segment_entries.append(
            {
                "kind": segment.kind.value,
                "title": segment.title,
                "text": segment.text,
                "spoken": segment.spoken,
                "start_ms": chapter.start_ms,
                "end_ms": chapter.end_ms,
                **(speaker(segment.kind) if speaker else {"engine": audio.engine, "voice": audio.voice, "rate": rate}),
                "sentences": sentences,
            }
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "source": article.source,
        "content_sha256": article.content_sha256,
        "title": article.headline,
        "outlet": article.outlet,
        "byline": article.byline,
        "category": article.category,
        "published": article.published,
        **({"engine_reason": engine_reason} if engine_reason else {}),
        "rate": rate,
        **_audio_fields(audio),
        "segments": segment_entries,
        # capitals the lexicon does not know, spelled letter by letter: `plan --review` lists them
        "unknown_acronyms": list(unknown_acronyms),
    }


def _audio_fields(audio: AudioRecord) -> dict[str, Any]:
    return {
        "engine": audio.engine,
        "voice": audio.voice,
        "duration_ms": audio.duration_ms,
        "sha256": audio.sha256,
        "audio_bytes": audio.audio_bytes,
        "files": audio.files,
        "encoding": audio.encoding,
        "loudness": audio.loudness,
        "build_key": audio.build_key,
        "checksums": audio.checksums,
    }


@dataclass(frozen=True, slots=True)
class EditionArticle:
    """What an edition's manifest records of one of its articles."""

    article: Article
    chapter: Chapter
    audio: str | None  # its own episode's files, when it has them
    manifest: str | None
    build_key: str


def edition_document(
    *,
    title: str,
    day: str,
    published: str | None,
    articles: Sequence[EditionArticle],
    chapters: Sequence[Chapter],
    cues: Sequence[Cue],
    audio: AudioRecord,
) -> dict[str, Any]:
    """An edition's manifest: its articles, chapters, sentence timings, files and how it was made."""
    return {
        "schema_version": SCHEMA_VERSION,
        "title": title,
        "date": day,
        # the day's edition: when it was first built that day (later runs keep it)
        **({"published": published} if published else {}),
        **_audio_fields(audio),
        "chapters": [
            {"kind": c.kind.value, "title": c.title, "start_ms": c.start_ms, "end_ms": c.end_ms} for c in chapters
        ],
        "cues": [{"start_ms": c.start_ms, "end_ms": c.end_ms, "text": c.text} for c in cues],
        "articles": [
            {
                "source": a.article.source,
                "headline": a.article.headline,
                "outlet": a.article.outlet,
                "content_sha256": a.article.content_sha256,
                "build_key": a.build_key,
                "chapter_title": a.chapter.title,
                "start_ms": a.chapter.start_ms,
                "end_ms": a.chapter.end_ms,
                **({"audio": a.audio} if a.audio else {}),
                **({"manifest": a.manifest} if a.manifest else {}),
            }
            for a in articles
        ],
    }
