"""Every synthesized clip is checked before it is stored or joined.

A clip must not be empty or silent, must not be clipped, and must last about as long as its
text takes to say: Vietnamese is said a syllable a word, and every voice here speaks between
`MIN_PACE` and `MAX_PACE` syllables a second (espeak-ng 3.6 to 4.5 on the sample articles,
online and neural voices 4 to 6). A piece an online voice cut short or padded with silence
falls outside. Short texts get `SHORT_SLACK_S` of slack: a single word can be drawn out.
"""

from __future__ import annotations

from ..model import Clip

MIN_PACE = 1.2  # syllables per second
MAX_PACE = 10.0
SHORT_SLACK_S = 0.6
SILENT_DBFS = -50.0  # a clip whose loudest part is quieter than this has no speech
CLIPPED_SHARE = 0.005  # of samples at full scale


def problem(clip: Clip, text: str, rate: float = 1.0) -> str | None:
    """Why `clip` cannot be the speech of `text` (at `rate` times the voice's pace), or None."""
    import numpy as np  # here, not at import: the command line starts without numpy

    from ..media.pcm import trim_silence

    if not clip.pcm:
        return "the voice returned no audio"
    samples = np.frombuffer(clip.pcm, dtype="<i2")
    peak = int(np.max(np.abs(samples.astype(np.int32))))
    if peak == 0 or 20 * np.log10(peak / 32768) < SILENT_DBFS:
        return "the audio is silent"
    if np.mean(np.abs(samples.astype(np.int32)) >= 32767) > CLIPPED_SHARE:
        return "the audio is clipped"
    spoken = trim_silence(clip)
    seconds = spoken.frames / spoken.sample_rate
    syllables = max(1, len(text.split()))
    slack = SHORT_SLACK_S if syllables < 4 else 0.0
    shortest = syllables / (MAX_PACE * rate)
    longest = syllables / (MIN_PACE * rate) + slack
    if seconds < shortest - slack:
        return f"{seconds:.2f} s of speech is too short for {syllables} syllables"
    if seconds > longest:
        return f"{seconds:.2f} s of speech is too long for {syllables} syllables"
    return None
