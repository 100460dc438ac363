"""Integrated loudness (ITU-R BS.1770-4) and true peak, and bringing speech to a target.

Targets for spoken-word podcasts: -16 LUFS integrated, true peak at most -1.5 dBTP.
MP3 encoding moves peaks by a few tenths of a dB, so the limiter aims lower than the
ceiling (`CEILING_MARGIN_DB`) and the encoded file is measured again afterwards.
"""

from __future__ import annotations

import numpy as np

TARGET_LUFS = -16.0
MAX_TRUE_PEAK_DBTP = -1.5
CEILING_MARGIN_DB = 1.0
OVERSAMPLE = 4  # BS.1770-4 Annex 2: 4x oversampling for true peak at 44.1/48 kHz
_LOOKAHEAD_S = 0.005


def integrated_lufs(samples: np.ndarray, sample_rate: int) -> float:
    import pyloudnorm

    if len(samples) < int(0.4 * sample_rate):
        samples = np.pad(samples, (0, int(0.4 * sample_rate) - len(samples)))
    return float(pyloudnorm.Meter(sample_rate).integrated_loudness(samples))


def _oversampled(samples: np.ndarray) -> np.ndarray:
    from scipy.signal import resample_poly

    return resample_poly(samples, OVERSAMPLE, 1)


def true_peak_dbtp(samples: np.ndarray) -> float:
    peak = float(np.max(np.abs(_oversampled(samples)))) if len(samples) else 0.0
    return 20 * np.log10(peak) if peak > 0 else -float("inf")


def peak_envelope(samples: np.ndarray) -> np.ndarray:
    """Per sample, the largest absolute value of the 4x oversampled signal around it."""
    over = np.abs(_oversampled(samples))[: len(samples) * OVERSAMPLE]
    over = np.pad(over, (0, len(samples) * OVERSAMPLE - len(over)))
    return over.reshape(len(samples), OVERSAMPLE).max(axis=1)


def limiter_gain(peaks: np.ndarray, sample_rate: int, ceiling_dbtp: float) -> np.ndarray:
    """Look-ahead limiter gain that keeps every true peak under the ceiling.

    The gain each sample needs is spread by a minimum filter, then smoothed by a moving
    average no wider than that filter, so the smoothed gain never exceeds what any
    sample within reach needs, and it changes over milliseconds, not samples.
    """
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    need = np.minimum(1.0, 10 ** (ceiling_dbtp / 20) / np.maximum(peaks, 1e-12))
    if need.min() >= 1.0:
        return need
    width = max(3, int(_LOOKAHEAD_S * sample_rate) | 1)
    return uniform_filter1d(minimum_filter1d(need, size=2 * width + 1), size=width)


class Leveler:
    """Brings one signal to a loudness target, limiting peaks under the ceiling.

    Limiting lowers loudness, so the gain is found by a few rounds of measuring. The
    oversampled peak envelope and the input loudness are computed once: between rounds,
    and between calls with different targets, the signal only scales.
    """

    def __init__(self, samples: np.ndarray, sample_rate: int, max_true_peak_dbtp: float = MAX_TRUE_PEAK_DBTP) -> None:
        self.samples = samples
        self.sample_rate = sample_rate
        self.ceiling_dbtp = max_true_peak_dbtp - CEILING_MARGIN_DB
        self.loudness = integrated_lufs(samples, sample_rate)
        self._peaks: np.ndarray | None = None

    def at(self, target_lufs: float = TARGET_LUFS, ceiling_dbtp: float | None = None) -> np.ndarray:
        """The signal at `target_lufs`, limited under `ceiling_dbtp` (default: the peak limit less a margin)."""
        ceiling = self.ceiling_dbtp if ceiling_dbtp is None else ceiling_dbtp
        if not np.isfinite(self.loudness):
            return self.samples
        if self._peaks is None:
            self._peaks = peak_envelope(self.samples)
        gain_db = target_lufs - self.loudness
        out = self.samples
        for _ in range(5):
            gain = 10 ** (gain_db / 20)
            out = self.samples * gain * limiter_gain(self._peaks * gain, self.sample_rate, ceiling)
            miss = target_lufs - integrated_lufs(out, self.sample_rate)
            if abs(miss) < 0.05:
                break
            gain_db += miss
        return out


def normalize(
    samples: np.ndarray,
    sample_rate: int,
    target_lufs: float = TARGET_LUFS,
    max_true_peak_dbtp: float = MAX_TRUE_PEAK_DBTP,
) -> np.ndarray:
    """`samples` at `target_lufs`, true peaks limited under the ceiling."""
    return Leveler(samples, sample_rate, max_true_peak_dbtp).at(target_lufs)
