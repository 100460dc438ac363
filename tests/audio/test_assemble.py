from __future__ import annotations

import pytest

from audio_edition.audio.assemble import Pauses, assemble
from audio_edition.errors import AudioError
from audio_edition.model import Clip, Segment, SegmentKind, Sentence

SR = 44100


def seg(kind: SegmentKind, title: str, *paragraphs: tuple[str, ...]) -> Segment:
    return Segment(kind, title, tuple(tuple(Sentence(t, t) for t in p) for p in paragraphs))


def clip(seconds: float, rate: int = 22050) -> Clip:
    """A tone burst: loud from its first sample to its last, so trimming keeps all of it."""
    return Clip(b"\x00\x10" * int(seconds * rate), rate)


def test_chapters_start_where_their_speech_starts_and_pauses_fall_between() -> None:
    segments = [
        seg(SegmentKind.HEADLINE, "Tiêu đề", ("h",)),
        seg(SegmentKind.LEAD, "Tóm tắt", ("l1", "l2")),
        seg(SegmentKind.BODY, "Nội dung", ("b1",), ("b2",)),
    ]
    clips = {"h": clip(2.0), "l1": clip(1.0), "l2": clip(1.5), "b1": clip(3.0), "b2": clip(0.5)}
    p = Pauses(after_headline_s=0.9, after_lead_s=0.7, between_paragraphs_s=0.4, between_sentences_s=0.15, tail_s=0.5)
    t = assemble(segments, clips, p, SR)
    starts = [c.start_ms for c in t.chapters]
    assert starts == [0, 2900, 2900 + 1000 + 150 + 1500 + 700]
    assert [c.end_ms for c in t.chapters] == starts[1:] + [len(t.audio)]
    assert len(t.audio) == 2000 + 900 + 1000 + 150 + 1500 + 700 + 3000 + 400 + 500 + 500
    assert t.audio.frame_rate == SR and t.audio.channels == 1
    assert [c.start_ms for c in t.cues] == [0, 2900, 4050, 6250, 9650]
    assert [c.text for c in t.cues] == ["h", "l1", "l2", "b1", "b2"]


def test_nothing_to_assemble_is_an_error() -> None:
    with pytest.raises(AudioError):
        assemble([], {}, Pauses(), SR)


def test_silence_around_a_clip_is_trimmed_so_pauses_are_exact() -> None:
    padded = Clip(b"\x00\x00" * 2205 + b"\x00\x10" * 22050 + b"\x00\x00" * 7276, 22050)  # 100 ms + 1 s + 330 ms
    segments = [seg(SegmentKind.HEADLINE, "Tiêu đề", ("h",)), seg(SegmentKind.LEAD, "Tóm tắt", ("l",))]
    t = assemble(segments, {"h": padded, "l": padded}, Pauses(after_headline_s=0.9, tail_s=0), SR)
    # 10 ms of the silence is kept on each side of the sound
    assert t.chapters[1].start_ms == 10 + 1000 + 10 + 900
    assert t.cues[0].end_ms - t.cues[0].start_ms == 1020
