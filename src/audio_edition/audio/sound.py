"""Short sounds made on the spot: the chime that separates articles in an edition."""

from __future__ import annotations

import numpy as np

from ..media.pcm import to_pcm
from ..model import Clip

# Two soft tones a fifth apart (A5, E6), each faded in and out so it cannot click.
CHIME_TONES_HZ = (880.0, 1318.5)
CHIME_TONE_S = 0.16
CHIME_LEVEL = 0.25
CHIME_LUFS_UNDER_SPEECH = 4.0  # the chime is levelled this far under the sentences around it
CHIME_VERSION = 2  # part of its store key


def chime(sample_rate: int) -> Clip:
    """The two tones a listener hears as "next story" (the pauses around it are the layout's)."""
    t = np.arange(int(CHIME_TONE_S * sample_rate)) / sample_rate
    fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.03)
    tones = [CHIME_LEVEL * np.sin(2 * np.pi * f * t) * fade for f in CHIME_TONES_HZ]
    return Clip(to_pcm(np.concatenate(tones)), sample_rate)
