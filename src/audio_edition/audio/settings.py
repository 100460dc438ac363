"""What the audio stage is asked for: pauses, output format and loudness targets.

Kept free of numpy and pydub, so that deciding whether anything needs building stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import AudioError
from ..model import SegmentKind

# Spoken-word podcast targets: integrated loudness and the true-peak limit of the decoded file.
TARGET_LUFS = -16.0
MAX_TRUE_PEAK_DBTP = -1.5
CELL_S = 0.02  # loudness is kept as K-weighted energy per 20 ms cell (see meter.py)


@dataclass(frozen=True, slots=True)
class Pauses:
    """Silence, in seconds, that separates the parts of an episode."""

    after_headline_s: float = 0.9
    after_lead_s: float = 0.7
    between_sections_s: float = 0.7
    between_paragraphs_s: float = 0.4
    between_sentences_s: float = 0.3
    tail_s: float = 0.5
    around_separator_s: float = 0.6  # before and after the chime between an edition's articles

    def after_segment(self, kind: SegmentKind) -> float:
        if kind is SegmentKind.HEADLINE:
            return self.after_headline_s
        if kind is SegmentKind.LEAD:
            return self.after_lead_s
        return self.between_sections_s


@dataclass(frozen=True, slots=True)
class EncodeSettings:
    """How an episode is encoded: bitrate, sample rate and the loudness it is levelled to."""

    bitrate_kbps: int = 64
    sample_rate: int = 44100
    target_lufs: float = TARGET_LUFS
    max_true_peak_dbtp: float = MAX_TRUE_PEAK_DBTP


def cell_frames(sample_rate: int) -> int:
    """Samples in one 20 ms cell; every supported rate has a whole number of them."""
    frames = sample_rate * CELL_S
    if abs(frames - round(frames)) > 1e-9:
        raise AudioError(f"{sample_rate} Hz has no whole 20 ms blocks; use a rate such as 16000, 22050 or 24000")
    return round(frames)
