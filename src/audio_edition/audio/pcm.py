"""Conversions between PCM bytes, numpy arrays and sample rates."""

from __future__ import annotations

from math import gcd

import numpy as np

from ..model import Clip


def to_float(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0


def to_pcm(samples: np.ndarray) -> bytes:
    clipped = np.clip(np.round(samples * 32768.0), -32768, 32767)
    return clipped.astype("<i2").tobytes()


def resample(clip: Clip, sample_rate: int) -> Clip:
    """Polyphase resampling (a windowed-sinc filter, no aliasing) to `sample_rate`."""
    if clip.sample_rate == sample_rate or not clip.pcm:
        return Clip(clip.pcm, sample_rate) if not clip.pcm else clip
    from scipy.signal import resample_poly

    g = gcd(clip.sample_rate, sample_rate)
    out = resample_poly(to_float(clip.pcm), sample_rate // g, clip.sample_rate // g)
    return Clip(to_pcm(out), sample_rate)


# Engines pad their clips differently (espeak-ng ends each sentence with 330 ms of silence,
# Google with its own); trimming to the speech makes every pause exactly what Pauses says
# and puts each transcript cue on the sentence's first sound.
TRIM_THRESHOLD_DB = -45.0
TRIM_KEEP_S = 0.01


def trim_silence(clip: Clip, threshold_db: float = TRIM_THRESHOLD_DB, keep_s: float = TRIM_KEEP_S) -> Clip:
    """The clip without silence before its first and after its last sound (keeping `keep_s`)."""
    if not clip.pcm:
        return clip
    x = np.abs(np.frombuffer(clip.pcm, dtype="<i2").astype(np.int32))
    loud = np.nonzero(x > 32768 * 10 ** (threshold_db / 20))[0]
    if not len(loud):
        return Clip(b"", clip.sample_rate)
    keep = int(keep_s * clip.sample_rate)
    start, end = max(0, loud[0] - keep), min(len(x), loud[-1] + 1 + keep)
    return Clip(clip.pcm[2 * start : 2 * end], clip.sample_rate)
