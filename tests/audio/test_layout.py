from __future__ import annotations

import numpy as np
import pytest

from audio_edition.audio.layout import Part, lay_out, lay_out_parts
from audio_edition.audio.settings import Pauses, cell_frames
from audio_edition.errors import AudioError
from audio_edition.model import ClipInfo, Segment, SegmentKind, Sentence

SR = 22050
CELL = cell_frames(SR)  # 441 frames, 20 ms


def seg(kind: SegmentKind, title: str, *paragraphs: tuple[str, ...]) -> Segment:
    return Segment(kind, title, tuple(tuple(Sentence(t, t) for t in p) for p in paragraphs))


def info(seconds: float, energy: float = 1.0, rate: int = SR) -> ClipInfo:
    frames = round(seconds * rate)
    cells = np.full(-(-frames // cell_frames(rate)), energy)
    return ClipInfo(f"k{seconds}", rate, frames, cells.astype("<f8").tobytes(), 0.5)


def test_chapters_start_where_their_speech_starts_and_pauses_fall_between() -> None:
    segments = [
        seg(SegmentKind.HEADLINE, "Tiêu đề", ("h",)),
        seg(SegmentKind.LEAD, "Tóm tắt", ("l1", "l2")),
        seg(SegmentKind.BODY, "Nội dung", ("b1",), ("b2",)),
    ]
    clips = {"h": info(2.0), "l1": info(1.0), "l2": info(1.5), "b1": info(3.0), "b2": info(0.5)}
    p = Pauses(after_headline_s=0.9, after_lead_s=0.7, between_paragraphs_s=0.4, between_sentences_s=0.16, tail_s=0.5)
    t = lay_out(segments, clips, p, SR)
    # every clip starts on a 20 ms cell: a pause grows by less than 20 ms (0.16 s is 0.16 s; all
    # the clips here are whole cells long)
    assert [c.start_ms for c in t.chapters] == [0, 2900, 2900 + 1000 + 160 + 1500 + 700]
    assert [c.end_ms for c in t.chapters] == [2900, 6260, t.duration_ms]
    assert t.duration_ms == 2000 + 900 + 1000 + 160 + 1500 + 700 + 3000 + 400 + 500 + 500
    assert [c.start_ms for c in t.cues] == [0, 2900, 4060, 6260, 9660]
    assert [c.text for c in t.cues] == ["h", "l1", "l2", "b1", "b2"]
    assert all(pl.start % CELL == 0 for pl in t.placements)


def test_a_clip_that_ends_between_cells_moves_the_next_one_to_the_next_cell() -> None:
    segments = [seg(SegmentKind.HEADLINE, "Tiêu đề", ("h",)), seg(SegmentKind.LEAD, "Tóm tắt", ("l",))]
    odd = ClipInfo("odd", SR, 1000, np.ones(3).tobytes(), 0.5)  # 2.27 cells
    # (a pause of a second: the lead's whole second then lies in it, and only the cell moves it)
    t = lay_out(segments, {"h": odd, "l": odd}, Pauses(after_headline_s=1.0, tail_s=0), SR)
    start = t.placements[1].start
    assert start % CELL == 0 and 0 <= start - (1000 + round(1.0 * SR)) < CELL


def test_episode_cells_are_its_clips_cells_at_their_places() -> None:
    segments = [seg(SegmentKind.HEADLINE, "Tiêu đề", ("h",)), seg(SegmentKind.LEAD, "Tóm tắt", ("l",))]
    t = lay_out(segments, {"h": info(1.0, 2.0), "l": info(0.5, 3.0)}, Pauses(after_headline_s=1.0, tail_s=0.2), SR)
    cells = t.cells()
    assert len(cells) == -(-t.frames // CELL)
    assert list(cells[:50]) == [2.0] * 50 and list(cells[50:100]) == [0.0] * 50
    assert list(cells[100:125]) == [3.0] * 25 and list(cells[125:]) == [0.0] * 10


def test_an_edition_separator_sits_between_parts_with_pauses_around_it() -> None:
    a = Part("A", SegmentKind.ARTICLE, (seg(SegmentKind.HEADLINE, "A", ("a",)),))
    b = Part("B", SegmentKind.ARTICLE, (seg(SegmentKind.HEADLINE, "B", ("b",)),))
    chime = info(0.32)
    p = Pauses(around_separator_s=0.6, tail_s=0)
    t = lay_out_parts([a, b], {"a": info(1.0), "b": info(1.0)}, p, SR, chime)
    assert [pl.clip for pl in t.placements] == [info(1.0), chime, info(1.0)]
    assert t.chapters[1].start_ms == 1000 + 600 + 320 + 600


def test_clips_at_another_rate_and_empty_articles_are_refused() -> None:
    segments = [seg(SegmentKind.HEADLINE, "Tiêu đề", ("h",))]
    with pytest.raises(AudioError, match="24000 Hz"):
        lay_out(segments, {"h": info(1.0, rate=24000)}, Pauses(), SR)
    with pytest.raises(AudioError, match="nothing to assemble"):
        lay_out([], {}, Pauses(), SR)


def test_a_chapters_whole_second_lies_in_the_pause_before_it_not_in_the_speech() -> None:
    """AntennaPod reads a chapter's start as whole seconds: floored, it must still be after the
    speech before it. A pause is lengthened (by less than a second) only where it would not be."""
    segments = [
        seg(SegmentKind.HEADLINE, "Tiêu đề", ("h",)),
        seg(SegmentKind.LEAD, "Tóm tắt", ("l",)),
        seg(SegmentKind.BODY, "Nội dung", ("b",)),
    ]
    clips = {"h": info(2.5), "l": info(1.2), "b": info(1.0)}
    p = Pauses(after_headline_s=0.4, after_lead_s=0.9, between_paragraphs_s=0.4, between_sentences_s=0.16, tail_s=0.5)
    t = lay_out(segments, clips, p, SR)
    # the lead would start at 2.9 s, whose whole second (2 s) is in the headline: it moves to 3 s;
    # the body's start (3 + 1.2 + 0.9 = 5.1 s) floors to 5 s, after the lead's end at 4.2 s: it stays
    assert [c.start_ms for c in t.chapters] == [0, 3000, 5100]
    ends = {c.start_ms: max(q.end_ms for q in t.cues if q.end_ms <= c.start_ms) for c in t.chapters[1:]}
    assert all(start // 1000 * 1000 >= end for start, end in ends.items())
