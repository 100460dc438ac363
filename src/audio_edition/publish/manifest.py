"""The episode manifest: what was built from what, and where each segment is heard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..model import Article, Chapter, Cue, Segment, SegmentKind

SCHEMA_VERSION = 1


def manifest_document(
    *,
    article: Article,
    segments: Sequence[Segment],
    chapters: Sequence[Chapter],
    cues: Sequence[Cue],
    engine: str,
    voice: str,
    duration_ms: int,
    sha256: str,
    audio_bytes: int,
    files: dict[str, str],
    encoding: dict[str, Any],
    loudness: dict[str, float],
    build_key: str,
    unknown_acronyms: Sequence[str] = (),
    rate: float = 1.0,
    speaker: Callable[[SegmentKind], dict[str, Any]] | None = None,
    engine_reason: str | None = None,
) -> dict[str, Any]:
    """The manifest; `speaker` tells, per kind of segment, the engine, voice and rate (when an
    episode has more than one voice)."""
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
                **(speaker(segment.kind) if speaker else {"engine": engine, "voice": voice, "rate": rate}),
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
        "engine": engine,
        **({"engine_reason": engine_reason} if engine_reason else {}),
        "voice": voice,
        "rate": rate,
        "duration_ms": duration_ms,
        "sha256": sha256,
        "audio_bytes": audio_bytes,
        "files": files,
        "encoding": encoding,
        "loudness": loudness,
        "segments": segment_entries,
        "build_key": build_key,
        # capitals the lexicon does not know, spelled letter by letter: `plan --review` lists them
        "unknown_acronyms": list(unknown_acronyms),
    }
