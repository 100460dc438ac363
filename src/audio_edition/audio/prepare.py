"""Make a synthesized clip ready to be joined: trimmed, peak-controlled, levelled and
measured, once.

Trimming makes every pause exactly what Pauses says and puts each transcript cue on the
sentence's first sound. Levelling brings every sentence to `CLIP_LUFS`: an even reading level
(espeak-ng's sentences vary by a few tenths of a LU for no reason a listener would want), and
an episode's loudness known before any of its clips exists (see `EPISODE_OFFSET_LU`), so the
encoder can start on the first clip. Peak control keeps each clip's true peak about
`PEAK_TO_LOUDNESS_DB` over its own loudness: the episode is encoded 0.5 dB over -16 LUFS
(the encoder takes that back) under a -3.2 dBTP ceiling at 64 kbps (libmp3lame raises peaks
by up to 1.7 dB there), which leaves 12.3 dB of room, so a clip needs nothing more when it
is joined.
espeak-ng's clips peak about 19.5 dB over their loudness (glottal pulses), so most of them
are limited here, once, and cached so.
"""

from __future__ import annotations

import numpy as np

from ..media.pcm import to_float, to_pcm, trim_silence
from ..model import Clip
from .limiter import limit
from .meter import Measurement, dbtp, integrated_lufs, measure

PEAK_TO_LOUDNESS_DB = 10.5
PEAK_TOLERANCE_DB = 0.5
CLIP_LUFS = -23.0
# An episode of clips all at CLIP_LUFS measures this much lower, for the pauses and the blocks
# that straddle a clip's edge: -0.08 to -0.20 LU on the sample and the fixture articles.
EPISODE_OFFSET_LU = -0.15
# A clip too short or too quiet to measure well is moved by at most this much.
MAX_LEVEL_GAIN_DB = 12.0
# Limiting costs loudness: for espeak speech about 0.3 dB for each dB of limiting depth, and
# a ceiling placed by that rule lands the result 0.6 dB over the aim (both measured on the
# sample's clips at depths of 7 to 10 dB). One pass then lands within 0.2 dB of the cap.
_LOSS_PER_DB = 0.3
_BIAS_DB = 0.6


def limiter_ceiling_db(loudness_lufs: float, true_peak_dbtp: float) -> float:
    """The ceiling that leaves a clip `PEAK_TO_LOUDNESS_DB` over its loudness once limited."""
    aim = PEAK_TO_LOUDNESS_DB - _BIAS_DB
    return (aim + loudness_lufs - _LOSS_PER_DB * true_peak_dbtp) / (1 - _LOSS_PER_DB)


# The ceiling is chosen from cheap estimates, not from a full measurement: the clip's loudness
# is its mean square less 0.5 dB and its true peak its sample peak (on the fixture articles'
# espeak clips: 0.52 dB less, standard deviation 0.15; 0.04 dB more, at most 0.1). A soft aim
# needs no more; the cells and true peak kept with the clip are measured exactly.
_MEAN_SQUARE_TO_LUFS = -0.5


def prepare(clip: Clip, loudness_lufs: float = CLIP_LUFS) -> tuple[Clip, Measurement]:
    """The clip trimmed, its peaks limited, at `loudness_lufs`, and its exact measurement."""
    clip = trim_silence(clip)
    x = to_float(clip.pcm)
    if not len(x):
        return clip, measure(x, clip.sample_rate)
    loudness = 10 * np.log10(max(float(np.mean(np.square(x, dtype=np.float64))), 1e-20)) + _MEAN_SQUARE_TO_LUFS
    peak = dbtp(float(np.max(np.abs(x))))
    if peak <= loudness + PEAK_TO_LOUDNESS_DB + PEAK_TOLERANCE_DB:
        m = measure(x, clip.sample_rate)
    else:
        ceiling = 10 ** (limiter_ceiling_db(loudness, peak) / 20)
        x = limit(x, clip.sample_rate, ceiling)
        m = measure(x, clip.sample_rate, true_peak=ceiling)
    measured = integrated_lufs(m.cells, clip.sample_rate, len(x))
    if not np.isfinite(measured):
        return Clip(to_pcm(x), clip.sample_rate), m
    gain_db = float(np.clip(loudness_lufs - measured, -MAX_LEVEL_GAIN_DB, MAX_LEVEL_GAIN_DB))
    gain = 10 ** (gain_db / 20)
    x *= gain
    return Clip(to_pcm(x), clip.sample_rate), Measurement(cells=m.cells * gain**2, true_peak=m.true_peak * gain)


def for_store(clip: Clip, under_speech_lu: float = 0.0) -> tuple[Clip, bytes, float]:
    """A freshly spoken clip as the clip store keeps it: prepared at `CLIP_LUFS` (a sound that is
    not speech `under_speech_lu` under it), with its loudness cells as float64 bytes and its
    true peak."""
    ready, measured = prepare(clip, CLIP_LUFS - under_speech_lu)
    return ready, measured.cells.astype("<f8").tobytes(), measured.true_peak
