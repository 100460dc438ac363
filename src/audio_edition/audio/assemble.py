"""Join sentence clips and pauses into one timeline with pydub, recording where chapters and
sentences start. Linear in the number of clips: the PCM of every piece is joined once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import AudioError
from ..model import Chapter, Clip, Cue, Segment, SegmentKind
from ._pydub import AudioSegment
from .pcm import resample, trim_silence


@dataclass(frozen=True, slots=True)
class Pauses:
    """Silence, in seconds, that separates the parts of an episode."""

    after_headline_s: float = 0.9
    after_lead_s: float = 0.7
    between_sections_s: float = 0.7
    between_paragraphs_s: float = 0.4
    between_sentences_s: float = 0.3
    tail_s: float = 0.5

    def after_segment(self, kind: SegmentKind) -> float:
        if kind is SegmentKind.HEADLINE:
            return self.after_headline_s
        if kind is SegmentKind.LEAD:
            return self.after_lead_s
        return self.between_sections_s


@dataclass(frozen=True, slots=True)
class Timeline:
    audio: AudioSegment
    chapters: tuple[Chapter, ...]  # the last chapter ends at the end of the PCM
    cues: tuple[Cue, ...]


def _segment(pcm: bytes, sample_rate: int) -> AudioSegment:
    return AudioSegment(data=pcm, sample_width=2, frame_rate=sample_rate, channels=1)


@dataclass(frozen=True, slots=True)
class Part:
    """What becomes one chapter: a title and the segments heard under it."""

    title: str
    kind: SegmentKind
    segments: tuple[Segment, ...]


def assemble(
    segments: Sequence[Segment],
    clips: Mapping[str, Clip],
    pauses: Pauses,
    sample_rate: int,
) -> Timeline:
    """One chapter per segment: an article episode."""
    return assemble_parts([Part(s.title, s.kind, (s,)) for s in segments], clips, pauses, sample_rate)


def assemble_parts(
    parts: Sequence[Part],
    clips: Mapping[str, Clip],
    pauses: Pauses,
    sample_rate: int,
    separator: AudioSegment | None = None,
) -> Timeline:
    """Lay out `parts` in order, each segment's sentences from `clips` (by spoken text).

    Parts are separated by the pause that follows their last segment, or by `separator`
    (an edition's chime between articles). A chapter starts where its first sentence starts.
    """
    if not parts or not any(p.segments for p in parts):
        raise AudioError("nothing to assemble: the article has no spoken text")
    pieces: list[AudioSegment] = []
    frames = 0
    starts: list[int] = []
    cues: list[Cue] = []

    def ms(n: int) -> int:
        return round(n * 1000 / sample_rate)

    def add(piece: AudioSegment) -> None:
        nonlocal frames
        pieces.append(piece)
        frames += int(piece.frame_count())

    def pause(seconds: float) -> None:
        if seconds > 0:
            add(AudioSegment.silent(duration=seconds * 1000, frame_rate=sample_rate))

    for i, part in enumerate(parts):
        if i:
            if separator is not None:
                add(separator)
            else:
                pause(pauses.after_segment(parts[i - 1].segments[-1].kind))
        starts.append(frames)
        for j, segment in enumerate(part.segments):
            if j:
                pause(pauses.after_segment(part.segments[j - 1].kind))
            for p, paragraph in enumerate(segment.paragraphs):
                if p:
                    pause(pauses.between_paragraphs_s)
                for s, sentence in enumerate(paragraph):
                    if s:
                        pause(pauses.between_sentences_s)
                    clip = resample(trim_silence(clips[sentence.spoken]), sample_rate)
                    begin = frames
                    add(_segment(clip.pcm, sample_rate))
                    cues.append(Cue(start_ms=ms(begin), end_ms=ms(frames), text=sentence.text))
    pause(pauses.tail_s)
    ends = starts[1:] + [frames]
    chapters = tuple(
        Chapter(element_id=f"chp{i}", kind=part.kind, title=part.title, start_ms=ms(a), end_ms=ms(b))
        for i, (part, a, b) in enumerate(zip(parts, starts, ends))
    )
    audio = pieces[0]._spawn(b"".join(p.raw_data for p in pieces))
    return Timeline(audio=audio, chapters=chapters, cues=tuple(cues))
