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


def silence(duration_s: float, sample_rate: int) -> bytes:
    return b"\x00\x00" * round(duration_s * sample_rate)
