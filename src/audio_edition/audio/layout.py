"""Where every clip of an episode is heard: a timeline of placements, with no samples in it.

A layout holds, per clip, the frame it starts at; silence fills the rest. Chapter and cue
times follow from clip lengths alone, so they are exact before any audio is joined. Every
clip starts on a 20 ms cell boundary (the pause before it grows by less than 20 ms): the
episode's K-weighted energy cells are then exactly its clips' cells side by side, which is
how its loudness is known before it is encoded (see meter.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import AudioError
from ..model import Chapter, ClipInfo, Cue, Segment, SegmentKind, clip_id
from ..text.pieces import speech_pieces
from .settings import Pauses, cell_frames

# Between the pieces a very long sentence is spoken in: a clause's pause.
PIECE_PAUSE_S = 0.2

if TYPE_CHECKING:  # numpy is imported when cells are asked for: planning stays light
    import numpy as np


@dataclass(frozen=True, slots=True)
class Part:
    """What becomes one chapter: a title and the segments heard under it."""

    title: str
    kind: SegmentKind
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Placement:
    """A clip placed on the episode's timeline: where it starts, in frames."""

    start: int  # frame
    clip: ClipInfo


@dataclass(frozen=True, slots=True)
class Layout:
    """Every clip's place on the timeline, the chapters and cues they make, and the length."""

    sample_rate: int
    frames: int
    placements: tuple[Placement, ...]  # in time order, never overlapping
    chapters: tuple[Chapter, ...]  # the last one ends at `frames`
    cues: tuple[Cue, ...]

    @property
    def duration_ms(self) -> int:
        return round(self.frames * 1000 / self.sample_rate)

    def __iter__(self) -> Iterator[Placement]:
        return iter(self.placements)

    def cells(self) -> np.ndarray:
        """K-weighted energy per 20 ms cell of the whole episode, from its clips' cells."""
        import numpy as np

        size = cell_frames(self.sample_rate)
        cells = np.zeros(-(-self.frames // size))
        for p in self.placements:
            first = p.start // size
            own = np.frombuffer(p.clip.cells, dtype="<f8")[: len(cells) - first]
            cells[first : first + len(own)] += own
        return cells


def lay_out(segments: Sequence[Segment], clips: Mapping[str, ClipInfo], pauses: Pauses, sample_rate: int) -> Layout:
    """One chapter per segment: an article episode."""
    return lay_out_parts(article_parts(segments), clips, pauses, sample_rate)


def article_parts(segments: Sequence[Segment]) -> list[Part]:
    """An article's segments as the parts of one episode, the headline's first."""
    return [Part(s.title, s.kind, (s,)) for s in segments]


def lay_out_parts(
    parts: Sequence[Part],
    clips: Mapping[str, ClipInfo],
    pauses: Pauses,
    sample_rate: int,
    separator: ClipInfo | None = None,
) -> Layout:
    """Place every sentence's clips and the pauses between them on one timeline."""
    stream = LayoutStream(parts, clips.__getitem__, pauses, sample_rate, separator)
    for _ in stream:
        pass
    return stream.layout


class LayoutStream:
    """Lays out `parts` as their clips become known, for a join that starts before they all are.

    Iterating yields each placement in time order as soon as its clip is known (`clip(text)`
    may wait for it to be synthesized); once iteration ends, `layout` is the whole Layout.
    Parts are separated by the pause that follows their last segment, or by `separator` (an
    edition's chime between articles) with a pause on each side. A chapter starts where its
    first sentence starts, and its whole second lies in the pause before it (lengthened where
    need be), for apps that read chapter starts as whole seconds.
    """

    def __init__(
        self,
        parts: Sequence[Part],
        clip: Callable[[str], ClipInfo],
        pauses: Pauses,
        sample_rate: int,
        separator: ClipInfo | None = None,
        voice_of: Callable[[SegmentKind], str | None] = lambda kind: None,
    ) -> None:
        if not parts or not any(p.segments for p in parts):
            raise AudioError("nothing to assemble: the article has no spoken text")
        self.parts, self.clip, self.pauses, self.voice_of = parts, clip, pauses, voice_of
        self.sample_rate, self.separator = sample_rate, separator
        self._layout: Layout | None = None

    @property
    def texts(self) -> list[str]:
        """The clip id of every piece of every sentence (see `clip_id`), in the order heard."""
        return [
            clip_id(self.voice_of(segment.kind), piece)
            for part in self.parts
            for segment in part.segments
            for s in segment.sentences
            for piece in speech_pieces(s.spoken)
        ]

    @property
    def layout(self) -> Layout:
        if self._layout is None:
            raise RuntimeError("the layout is complete only once every placement has been taken")
        return self._layout

    @property
    def frames(self) -> int:
        return self.layout.frames

    def __iter__(self) -> Iterator[Placement]:
        if self._layout is not None:
            yield from self._layout.placements
            return
        rate, pauses, parts = self.sample_rate, self.pauses, self.parts
        size = cell_frames(rate)
        placements: list[Placement] = []
        starts: list[int] = []
        cues: list[Cue] = []
        frames = heard = 0  # the timeline's end, and where the last sound in it ends

        def ms(n: int) -> int:
            return round(n * 1000 / rate)

        def pause(seconds: float) -> None:
            nonlocal frames
            frames += round(seconds * rate)

        def place(clip: ClipInfo) -> Placement:
            nonlocal frames, heard
            if clip.sample_rate != rate:
                raise AudioError(f"a clip at {clip.sample_rate} Hz cannot join an episode at {rate} Hz")
            frames += -frames % size
            placements.append(Placement(frames, clip))
            frames += clip.frames
            heard = frames
            return placements[-1]

        for i, part in enumerate(parts):
            if i:
                if self.separator is not None:
                    pause(pauses.around_separator_s)
                    yield place(self.separator)
                    pause(pauses.around_separator_s)
                else:
                    pause(pauses.after_segment(parts[i - 1].segments[-1].kind))
                # Some podcast apps (AntennaPod) start a chapter at its whole second: that second
                # must lie in the pause, not in the speech before it. The pause grows by < 1 s.
                if frames // rate * rate < heard:
                    frames = -(-heard // rate) * rate
            frames += -frames % size
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
                        voice = self.voice_of(segment.kind)
                        start = None
                        for k, piece in enumerate(speech_pieces(sentence.spoken)):
                            if k:
                                pause(PIECE_PAUSE_S)
                            placed = place(self.clip(clip_id(voice, piece)))
                            start = placed.start if start is None else start
                            yield placed
                        start = frames if start is None else start
                        cues.append(Cue(start_ms=ms(start), end_ms=ms(frames), text=sentence.text))
        pause(pauses.tail_s)
        ends = starts[1:] + [frames]
        chapters = tuple(
            Chapter(element_id=f"chp{i}", kind=part.kind, title=part.title, start_ms=ms(a), end_ms=ms(b))
            for i, (part, a, b) in enumerate(zip(parts, starts, ends))
        )
        self._layout = Layout(rate, frames, tuple(placements), chapters, tuple(cues))
