"""The encoded file's true peak stays under the maximum (issue 20 item 22): where libmp3lame's
overshoot passes it, the episode is encoded again under a lower limiter ceiling."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from audio_edition.audio import encode, meter
from audio_edition.audio.settings import EncodeSettings
from audio_edition.errors import AudioError
from audio_edition.media._pydub import AudioSegment
from audio_edition.media.pcm import to_float, to_pcm

from ..conftest import invoke

ARTICLE = """Giá vàng hôm nay tăng mạnh trên thị trường trong nước

Sáng nay, giá vàng miếng tăng thêm một triệu đồng mỗi lượng so với hôm qua.

Người dân đổ xô đi mua vàng tại các cửa hàng lớn ở trung tâm thành phố.
"""


def test_an_encoders_overshoot_over_the_maximum_is_encoded_again_under_a_lower_ceiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[float] = []
    real_encode = encode.encode

    def overshooting_first(*args: Any, **kwargs: Any) -> encode.Sent:
        """The first encode heard 0.25 dB over the maximum, as libmp3lame's overshoot can make it."""
        sent = real_encode(*args, **kwargs)
        measured.append(sent.true_peak_dbtp)
        return dataclasses.replace(sent, true_peak_dbtp=-1.25) if len(measured) == 1 else sent

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    cache = ["--engine", "espeak", "--cache-dir", str(tmp_path / "cache")]
    assert invoke("build", str(article), "-o", str(tmp_path / "first"), *cache).exit_code == 0
    monkeypatch.setattr(encode, "encode", overshooting_first)
    out = tmp_path / "out"  # every clip cached: the first encode is at the exact gain
    result = invoke("build", str(article), "-o", str(out), *cache)
    assert result.exit_code == 0, result.output
    manifest = json.loads(next(p for p in out.glob("*.json") if ".chapters" not in p.name).read_text())
    (mp3,) = out.glob("*.mp3")
    assert len(measured) == 2  # encoded again once, under a ceiling 0.3 dB lower
    assert measured[1] < measured[0]
    assert manifest["loudness"]["true_peak_dbtp"] == round(measured[1], 2) <= -1.5
    assert abs(encode.measure_file(mp3, 44100).true_peak_dbtp - measured[1]) < 0.1
    assert abs(manifest["loudness"]["integrated_lufs"] + 16) <= 0.5


def _speech(seconds: float, rate: int = 22050) -> AudioSegment:
    """A loud harmonic buzz with sharp pulses, as voiced speech is: enough to make the encoder overshoot."""
    t = np.arange(int(seconds * rate)) / rate
    x = sum(np.sin(2 * np.pi * 140 * k * t) / k for k in range(1, 40)) * 0.35
    return AudioSegment(data=to_pcm(x), sample_width=2, frame_rate=rate, channels=1)


@pytest.mark.parametrize("folder", ["plain", "it's a | [b] folder"])
def test_the_true_peak_an_encode_reports_is_the_written_files_as_ffmpeg_hears_it(tmp_path: Path, folder: str) -> None:
    dest = tmp_path / folder / "episode.mp3"
    dest.parent.mkdir()
    pieces = [_speech(1.5), AudioSegment(data=bytes(2 * 4410), sample_width=2, frame_rate=22050, channels=1)]
    sent = encode.encode(pieces, 22050, EncodeSettings(), dest)
    assert sent.frames == 33075 + 4410
    heard = encode.measure_file(dest, 44100)  # ffmpeg's own ebur128 meter, 4x true peak
    assert abs(sent.true_peak_dbtp - heard.true_peak_dbtp) < 0.1
    pcm_peak = meter.dbtp(meter.measure(to_float(pieces[0].raw_data), 22050).true_peak)
    assert abs(sent.true_peak_dbtp - pcm_peak) > 0.2  # the frames' peak, not the PCM's (0.3 dB apart)
    first_frame = dest.read_bytes()[:200]
    assert first_frame[:2] == b"\xff\xfb" and b"Info" in first_frame  # the file keeps its Info header
    assert list(dest.parent.iterdir()) == [dest]


def test_a_failing_encode_is_one_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="MP3 encoding failed"):
        encode.encode([_speech(0.5)], 22050, EncodeSettings(sample_rate=12345), tmp_path / "a.mp3")
