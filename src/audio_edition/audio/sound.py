"""Short sounds made on the spot: the chime that separates articles in an edition."""

from __future__ import annotations

import numpy as np

from ._pydub import AudioSegment
from .pcm import to_pcm

# Two soft tones a fifth apart (A5, E6), each faded in and out so it cannot click.
CHIME_TONES_HZ = (880.0, 1318.5)
CHIME_TONE_S = 0.16
CHIME_LEVEL = 0.25


def chime(sample_rate: int, pause_s: float = 0.6) -> AudioSegment:
    """Silence, the chime, silence: a separator a listener hears as "next story"."""
    t = np.arange(int(CHIME_TONE_S * sample_rate)) / sample_rate
    fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.03)
    tones = [CHIME_LEVEL * np.sin(2 * np.pi * f * t) * fade for f in CHIME_TONES_HZ]
    gap = np.zeros(int(pause_s * sample_rate))
    samples = np.concatenate([gap, *tones, gap])
    return AudioSegment(data=to_pcm(samples), sample_width=2, frame_rate=sample_rate, channels=1)
