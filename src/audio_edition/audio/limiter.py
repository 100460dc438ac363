"""A look-ahead peak limiter for one clip, numpy only.

Clips are separated by silence longer than the limiter's reach, so limiting each clip on its
own is the same as limiting the episode as a stream.
"""

from __future__ import annotations

import numpy as np

from .meter import peak_envelope

LOOKAHEAD_S = 0.005
_BLOCK = 1 << 16  # samples limited at a time, so that memory does not grow with the clip


def _sliding_min(a: np.ndarray, radius: int) -> np.ndarray:
    """min(a[i - radius .. i + radius]) for every i, in O(n) (van Herk / Gil-Werman)."""
    k = 2 * radius + 1
    padded = np.pad(a, (radius, radius + (-(len(a) + 2 * radius)) % k), constant_values=1.0)
    blocks = padded.reshape(-1, k)
    prefix = np.minimum.accumulate(blocks, axis=1).ravel()
    suffix = np.minimum.accumulate(blocks[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(suffix[: len(a)], prefix[k - 1 : k - 1 + len(a)])


def _moving_mean(a: np.ndarray, size: int) -> np.ndarray:
    half = size // 2
    padded = np.pad(a, (half, size - 1 - half), mode="edge")
    sums = np.concatenate([[0.0], np.cumsum(padded, dtype=np.float64)])  # float32 sums drift
    return (sums[size:] - sums[:-size]) / size


def limit(x: np.ndarray, sample_rate: int, ceiling: float) -> np.ndarray:
    """`x` with every 4x-oversampled peak brought under `ceiling` (linear).

    The gain each sample needs is spread by a sliding minimum, then smoothed by a moving
    average no wider than that minimum's reach: the smoothed gain never exceeds what any
    sample within reach needs, and it moves over milliseconds, so it does not distort.
    Blocks are limited one at a time with enough of their neighbours to see everything in
    reach, which gives exactly what limiting the whole would.
    """
    width = max(3, int(LOOKAHEAD_S * sample_rate) | 1)
    margin = 2 * width + 16
    out = np.empty_like(x)
    for start in range(0, len(x), _BLOCK):
        lo, hi = max(0, start - margin), min(len(x), start + _BLOCK + margin)
        need = np.minimum(1.0, ceiling / np.maximum(peak_envelope(x[lo:hi], ceiling), 1e-12))
        gain = _moving_mean(_sliding_min(need, width), width) if need.min() < 1.0 else need
        end = min(len(x), start + _BLOCK)
        out[start:end] = x[start:end] * gain[start - lo : end - lo]
    return out
