"""Independent references the audio tests compare our own code against."""

from __future__ import annotations

import numpy as np


def true_peak_dbtp(x: np.ndarray) -> float:
    """4x oversampled peak by scipy's polyphase resampler (not our interpolator)."""
    from scipy.signal import resample_poly

    peak = float(np.max(np.abs(resample_poly(np.asarray(x, dtype=np.float64), 4, 1)))) if len(x) else 0.0
    return 20 * np.log10(peak) if peak > 0 else -float("inf")
