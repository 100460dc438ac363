"""Make a synthesized clip ready to be joined: trimmed, peak-controlled and measured, once.

Trimming makes every pause exactly what Pauses says and puts each transcript cue on the
sentence's first sound. Peak control keeps each clip's true peak about
`PEAK_TO_LOUDNESS_DB` over its own loudness: the episode is encoded 0.5 dB over -16 LUFS
(the encoder takes that back) under a -2.5 dBTP ceiling, which leaves 13 dB of room, so a
clip up to 1.5 LU louder than its episode needs nothing more when it is joined. espeak-ng's
clips peak about 19.5 dB over their loudness (glottal pulses), so most of them are limited
here, once, and cached so.
"""

from __future__ import annotations

import numpy as np

from ..model import Clip
from .limiter import limit
from .meter import Measurement, dbtp, integrated_lufs, measure
from .pcm import to_float, to_pcm, trim_silence

PEAK_TO_LOUDNESS_DB = 11.5
# Limiting costs loudness: for espeak speech about 0.3 dB for each dB of limiting depth, and
# a ceiling placed by that rule lands the result 0.6 dB over the aim (both measured on the
# sample's clips at depths of 7 to 10 dB). One pass then lands within 0.2 dB of the cap.
_LOSS_PER_DB = 0.3
_BIAS_DB = 0.6


def limiter_ceiling_db(loudness_lufs: float, true_peak_dbtp: float) -> float:
    """The ceiling that leaves a clip `PEAK_TO_LOUDNESS_DB` over its loudness once limited."""
    aim = PEAK_TO_LOUDNESS_DB - _BIAS_DB
    return (aim + loudness_lufs - _LOSS_PER_DB * true_peak_dbtp) / (1 - _LOSS_PER_DB)


def prepare(clip: Clip) -> tuple[Clip, Measurement]:
    clip = trim_silence(clip)
    x = to_float(clip.pcm)
    m = measure(x, clip.sample_rate)
    lufs = integrated_lufs(m.cells, clip.sample_rate, len(x))
    peak = dbtp(m.true_peak)
    if not np.isfinite(lufs) or peak <= lufs + PEAK_TO_LOUDNESS_DB:
        return clip, m
    ceiling = 10 ** (limiter_ceiling_db(lufs, peak) / 20)
    y = limit(x, clip.sample_rate, ceiling)
    return Clip(to_pcm(y), clip.sample_rate), measure(y, clip.sample_rate, true_peak=ceiling)
