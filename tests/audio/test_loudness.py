from __future__ import annotations

import numpy as np

from audio_edition.audio import loudness

SR = 44100


def speechlike(seconds: float = 8.0, seed: int = 3) -> np.ndarray:
    """Noise bursts with a syllable rhythm and sharp peaks: a hard case for a limiter."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * SR)) / SR
    envelope = (np.sin(2 * np.pi * 4 * t) > 0).astype(float) * (0.3 + 0.7 * (np.sin(2 * np.pi * 0.5 * t) > 0))
    x = rng.standard_normal(len(t)) * envelope * 0.05
    x[:: SR // 3] = 0.9  # clicks far above the rest
    return x


def test_normalize_hits_the_target_and_keeps_true_peak_under_the_ceiling() -> None:
    out = loudness.normalize(speechlike(), SR)
    assert abs(loudness.integrated_lufs(out, SR) - loudness.TARGET_LUFS) < 0.1
    assert loudness.true_peak_dbtp(out) <= loudness.MAX_TRUE_PEAK_DBTP - loudness.CEILING_MARGIN_DB + 0.05


def test_quiet_input_is_raised_and_loud_input_lowered() -> None:
    quiet = speechlike() * 0.05
    loud = np.clip(speechlike() * 8, -1, 1)
    for x in (quiet, loud):
        assert abs(loudness.integrated_lufs(loudness.normalize(x, SR), SR) + 16) < 0.1


def test_silence_is_left_alone() -> None:
    x = np.zeros(SR)
    assert np.array_equal(loudness.normalize(x, SR), x)


def test_true_peak_sees_intersample_peaks() -> None:
    t = np.arange(SR) / SR
    x = 0.9 * np.sin(2 * np.pi * (SR / 4) * t + np.pi / 4)  # samples at 0.636, true peak 0.9
    assert np.max(np.abs(x)) < 0.65
    assert abs(loudness.true_peak_dbtp(x) - 20 * np.log10(0.9)) < 0.2
