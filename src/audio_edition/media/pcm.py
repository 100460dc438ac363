"""Conversions between PCM bytes, numpy arrays and sample rates."""

from __future__ import annotations

import numpy as np

from ..model import Clip


def to_float(pcm: bytes) -> np.ndarray:
    """16-bit PCM as float32 in [-1, 1): exact for every sample, half the memory of float64."""
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    x *= 1 / 32768
    return x


def to_pcm(samples: np.ndarray) -> bytes:
    """Float samples in [-1, 1) as 16-bit PCM, rounded and clipped."""
    y = np.multiply(samples, 32768, dtype=np.float32)
    np.round(y, out=y)
    np.clip(y, -32768, 32767, out=y)
    return y.astype("<i2").tobytes()


# Engines pad their clips differently (espeak-ng ends each sentence with 330 ms of silence,
# Google with its own); trimming to the speech makes every pause exactly what Pauses says
# and puts each transcript cue on the sentence's first sound.
TRIM_THRESHOLD_DB = -45.0
TRIM_KEEP_S = 0.01


def trim_silence(clip: Clip, threshold_db: float = TRIM_THRESHOLD_DB, keep_s: float = TRIM_KEEP_S) -> Clip:
    """The clip without silence before its first and after its last sound (keeping `keep_s`)."""
    if not clip.pcm:
        return clip
    x = np.frombuffer(clip.pcm, dtype="<i2")
    level = int(32768 * 10 ** (threshold_db / 20))
    loud = np.flatnonzero((x > level) | (x < -level))
    if not len(loud):
        return Clip(b"", clip.sample_rate)
    keep = int(keep_s * clip.sample_rate)
    start, end = max(0, loud[0] - keep), min(len(x), loud[-1] + 1 + keep)
    return Clip(clip.pcm[2 * start : 2 * end], clip.sample_rate)
