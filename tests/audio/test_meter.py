"""Our numpy BS.1770 meter against pyloudnorm, ffmpeg's ebur128 and scipy's oversampling."""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pyloudnorm
import pytest

from audio_edition.audio import meter
from audio_edition.audio.limiter import limit
from audio_edition.audio.settings import cell_frames
from audio_edition.errors import AudioError
from audio_edition.media.ffmpeg import ffmpeg_exe
from audio_edition.media.pcm import to_float, to_pcm

from .reference import true_peak_dbtp

SR = 22050


def speechlike(seconds: float = 8.0, seed: int = 3, rate: int = SR) -> np.ndarray:
    """Noise bursts with a syllable rhythm and sharp peaks: a hard case for a limiter."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    envelope = (np.sin(2 * np.pi * 4 * t) > 0).astype(float) * (0.3 + 0.7 * (np.sin(2 * np.pi * 0.5 * t) > 0))
    x = rng.standard_normal(len(t)) * envelope * 0.05
    x[:: rate // 3] = 0.9  # clicks far above the rest
    return x.astype(np.float32)


def lufs(x: np.ndarray, rate: int = SR) -> float:
    return meter.integrated_lufs(meter.measure(x, rate).cells, rate, len(x))


def ffmpeg_lufs(x: np.ndarray, rate: int) -> float:
    err = subprocess.run(
        [ffmpeg_exe(), "-nostats", "-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0"]
        + ["-af", "ebur128=framelog=quiet", "-f", "null", "-"],
        input=to_pcm(x),
        capture_output=True,
    ).stderr.decode()
    return float(re.findall(r"I:\s+(-?[\d.]+) LUFS", err)[-1])


@pytest.mark.parametrize("rate", [16000, 22050, 24000, 44100, 48000])
def test_integrated_loudness_agrees_with_ffmpeg_and_pyloudnorm(rate: int) -> None:
    x = speechlike(20, rate=rate)
    ours = lufs(x, rate)
    assert abs(ours - ffmpeg_lufs(x, rate)) <= 0.1  # ffmpeg prints one decimal
    # pyloudnorm derives its filter differently at rates other than 48 kHz: within 0.15 LU
    assert abs(ours - pyloudnorm.Meter(rate).integrated_loudness(x.astype(np.float64))) <= 0.15


def test_gain_moves_loudness_by_exactly_the_gain() -> None:
    x = speechlike()
    assert abs(lufs(x * 0.5) - (lufs(x) - 20 * np.log10(2))) < 1e-3


def test_clips_laid_on_the_cell_grid_sum_to_the_loudness_of_the_whole() -> None:
    """Cells of separately measured clips, side by side, give the episode's loudness."""
    clips = [speechlike(s, seed=i) * (0.3 + 0.2 * i) for i, s in enumerate((3.1, 5.27, 0.9, 7.4))]
    size = cell_frames(SR)
    parts, cells, position = [], np.zeros(4000), 0
    for clip in clips:
        own = meter.measure(clip, SR).cells
        cells[position // size : position // size + len(own)] += own
        gap = int(0.3 * SR)
        gap += -(position + len(clip) + gap) % size
        parts += [clip, np.zeros(gap, dtype=np.float32)]
        position += len(clip) + gap
    whole = np.concatenate(parts)
    assert abs(meter.integrated_lufs(cells, SR, len(whole)) - lufs(whole)) < 1e-3


def test_silence_has_no_loudness_and_short_sounds_are_measured() -> None:
    assert meter.integrated_lufs(meter.measure(np.zeros(SR, dtype=np.float32), SR).cells, SR) == -float("inf")
    assert np.isfinite(lufs(speechlike(0.2)))


def test_true_peak_matches_scipy_oversampling_and_sees_intersample_peaks() -> None:
    x = speechlike()
    assert abs(meter.dbtp(meter.measure(x, SR).true_peak) - true_peak_dbtp(x)) < 0.1
    t = np.arange(SR) / SR
    sine = (0.9 * np.sin(2 * np.pi * (SR / 4) * t + np.pi / 4)).astype(np.float32)  # samples at 0.636
    assert np.max(np.abs(sine)) < 0.65
    measured = meter.dbtp(meter.measure(sine, SR).true_peak)
    assert 20 * np.log10(0.9) - 0.05 <= measured <= 20 * np.log10(0.9) + 0.2  # never under


def test_true_peak_streamed_in_pieces_is_the_same() -> None:
    x = speechlike(12)
    whole = meter.TruePeak()
    whole.feed(x)
    pieces = meter.TruePeak()
    for i in range(0, len(x), 7777):
        pieces.feed(x[i : i + 7777])
    assert whole.finish() == pieces.finish()


def test_the_limiter_keeps_true_peaks_under_its_ceiling_and_leaves_quiet_signals_alone() -> None:
    x = speechlike(10)
    ceiling = 10 ** (-12 / 20)
    y = limit(x, SR, ceiling)
    assert true_peak_dbtp(y) <= -12 + 0.1
    quiet = x * 0.1
    assert np.array_equal(limit(quiet, SR, 1.0), quiet)
    # only the peaks are touched: the bulk of the signal keeps its level
    assert abs(lufs(y) - lufs(x)) < 3


def test_the_limiter_in_blocks_equals_the_limiter_on_the_whole() -> None:
    from audio_edition.audio import limiter

    x = speechlike(9)
    blocked = limit(x, SR, 0.2)
    saved = limiter._BLOCK
    limiter._BLOCK = 1 << 22
    try:
        whole = limit(x, SR, 0.2)
    finally:
        limiter._BLOCK = saved
    assert np.allclose(blocked, whole, atol=1e-6)


def test_a_rate_without_whole_cells_is_refused() -> None:
    with pytest.raises(AudioError, match="11025 Hz"):
        cell_frames(11025)


def test_pcm_round_trip_is_exact() -> None:
    pcm = np.arange(-32768, 32768, 7, dtype="<i2").tobytes()
    assert to_pcm(to_float(pcm)) == pcm
