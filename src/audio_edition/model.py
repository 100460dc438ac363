"""Frozen value types passed between the pipeline stages."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class SegmentKind(str, enum.Enum):
    """What a segment of an episode is: headline, lead, body, or an edition's intro and outro."""

    HEADLINE = "headline"
    LEAD = "lead"
    BODY = "body"
    INTRO = "intro"  # an edition's spoken opening
    OUTRO = "outro"  # and its closing
    ARTICLE = "article"  # a whole article, as one chapter of an edition


@dataclass(frozen=True, slots=True)
class Metadata:
    """What an input says about itself outside its text (HTML head, JSON-LD, outlet rules)."""

    outlet: str | None = None
    byline: str | None = None
    category: str | None = None
    published: str | None = None  # ISO 8601, local time as printed by the outlet
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Text as read from an input, before any cleaning: one block per line."""

    source: str
    text: str
    media_type: str = "text/plain"
    metadata: Metadata = field(default_factory=Metadata)


@dataclass(frozen=True, slots=True)
class Section:
    """A run of body paragraphs, with the subheading that opens it (if any)."""

    title: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """A news article with its site chrome removed."""

    source: str
    headline: str
    lead: str | None
    sections: tuple[Section, ...]
    byline: str | None = None
    outlet: str | None = None
    category: str | None = None
    published: str | None = None  # ISO 8601, local time as printed by the outlet

    @property
    def content_sha256(self) -> str:
        """A hash of the words (headline, lead, body), whatever the settings: the same article
        read again, unchanged, has the same one."""
        import hashlib
        import json

        words = [self.headline, self.lead, [[s.title, list(s.paragraphs)] for s in self.sections]]
        return hashlib.sha256(json.dumps(words, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence as written and as it is to be spoken."""

    text: str
    spoken: str


@dataclass(frozen=True, slots=True)
class Segment:
    """One chapter's worth of speech: headline, lead, or a body section."""

    kind: SegmentKind
    title: str
    paragraphs: tuple[tuple[Sentence, ...], ...]

    @property
    def text(self) -> str:
        return "\n\n".join(" ".join(s.text for s in p) for p in self.paragraphs)

    @property
    def spoken(self) -> str:
        return "\n\n".join(" ".join(s.spoken for s in p) for p in self.paragraphs)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p)


def clip_id(voice: str | None, text: str) -> str:
    """How an episode names the clip of `text` spoken with `voice` (None: the episode's one voice)."""
    return text if voice is None else f"{voice}\x1f{text}"


@dataclass(frozen=True, slots=True)
class Clip:
    """Mono signed 16-bit little-endian PCM."""

    pcm: bytes
    sample_rate: int

    @property
    def frames(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_ms(self) -> float:
        return self.frames * 1000.0 / self.sample_rate


@dataclass(frozen=True, slots=True)
class ClipInfo:
    """A prepared clip as the audio stage sees it: where it is stored and what it measures,
    without its samples (see audio/meter.py for what the cells are)."""

    key: str
    sample_rate: int
    frames: int
    cells: bytes  # float64 little-endian: K-weighted energy per 20 ms from the first sample
    true_peak: float  # linear, 4x oversampled

    @property
    def duration_ms(self) -> float:
        return self.frames * 1000.0 / self.sample_rate


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter of an episode: its title and its start and end in milliseconds."""

    element_id: str
    kind: SegmentKind
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class Cue:
    """Where one written sentence is heard in the episode."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True, slots=True)
class Episode:
    """The result of a build: the files written and what they hold."""

    slug: str
    mp3_path: Path
    manifest_path: Path
    chapters_path: Path
    duration_ms: int
    chapters: tuple[Chapter, ...]
    engine: str
    voice: str
    loudness_lufs: float
    true_peak_dbtp: float
    synthesized: int = 0
    cached: int = 0
    reused: bool = False  # the files were already built from the same inputs
