"""Join sentence clips and pauses into one timeline with pydub, recording where chapters and
sentences start. Linear in the number of clips: the PCM of every piece is joined once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import AudioError
from ..model import Chapter, Clip, Cue, Segment, SegmentKind
from ._pydub import AudioSegment
from .pcm import resample


@dataclass(frozen=True, slots=True)
class Pauses:
    """Silence, in seconds, that separates the parts of an episode."""

    after_headline_s: float = 0.9
    after_lead_s: float = 0.7
    between_sections_s: float = 0.7
    between_paragraphs_s: float = 0.4
    between_sentences_s: float = 0.15
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


def assemble(
    segments: Sequence[Segment],
    clips: Mapping[str, Clip],
    pauses: Pauses,
    sample_rate: int,
) -> Timeline:
    """Lay out `segments` (their sentences' clips, looked up by spoken text) in order."""
    if not segments:
        raise AudioError("nothing to assemble: the article has no spoken text")
    parts: list[AudioSegment] = []
    frames = 0
    starts: list[int] = []
    cues: list[Cue] = []

    def ms(n: int) -> int:
        return round(n * 1000 / sample_rate)

    def add(piece: AudioSegment) -> None:
        nonlocal frames
        parts.append(piece)
        frames += int(piece.frame_count())

    def pause(seconds: float) -> None:
        if seconds > 0:
            add(AudioSegment.silent(duration=seconds * 1000, frame_rate=sample_rate))

    for i, segment in enumerate(segments):
        if i:
            pause(pauses.after_segment(segments[i - 1].kind))
        starts.append(frames)
        for p, paragraph in enumerate(segment.paragraphs):
            if p:
                pause(pauses.between_paragraphs_s)
            for s, sentence in enumerate(paragraph):
                if s:
                    pause(pauses.between_sentences_s)
                clip = resample(clips[sentence.spoken], sample_rate)
                begin = frames
                add(_segment(clip.pcm, sample_rate))
                cues.append(Cue(start_ms=ms(begin), end_ms=ms(frames), text=sentence.text))
    pause(pauses.tail_s)
    ends = starts[1:] + [frames]
    chapters = tuple(
        Chapter(element_id=f"chp{i}", kind=seg.kind, title=seg.title, start_ms=ms(a), end_ms=ms(b))
        for i, (seg, a, b) in enumerate(zip(segments, starts, ends))
    )
    audio = parts[0]._spawn(b"".join(p.raw_data for p in parts))
    return Timeline(audio=audio, chapters=chapters, cues=tuple(cues))
