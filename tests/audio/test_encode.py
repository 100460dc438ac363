"""The encoded file's true peak stays under the maximum (issue 20 item 22): where libmp3lame's
overshoot passes it, the episode is encoded again under a lower limiter ceiling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.audio import encode
from audio_edition.audio.encode import file_true_peak_dbtp

from ..conftest import invoke

ARTICLE = """Giá vàng hôm nay tăng mạnh trên thị trường trong nước

Sáng nay, giá vàng miếng tăng thêm một triệu đồng mỗi lượng so với hôm qua.

Người dân đổ xô đi mua vàng tại các cửa hàng lớn ở trung tâm thành phố.
"""


def test_an_encoders_overshoot_over_the_maximum_is_encoded_again_under_a_lower_ceiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[float] = []

    def overshooting_first(path: Path, rate: int) -> float:
        """The first encode heard 0.25 dB over the maximum, as libmp3lame's overshoot can make it."""
        peak = file_true_peak_dbtp(path, rate)
        measured.append(peak)
        return -1.25 if len(measured) == 1 else peak

    monkeypatch.setattr(encode, "file_true_peak_dbtp", overshooting_first)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("build", str(article), "-o", str(out), "--engine", "espeak", "--no-cache")
    assert result.exit_code == 0, result.output
    manifest = json.loads(next(p for p in out.glob("*.json") if ".chapters" not in p.name).read_text())
    (mp3,) = out.glob("*.mp3")
    assert len(measured) == 2  # encoded again once, under a ceiling 0.6 dB lower
    assert measured[1] < measured[0]
    assert manifest["loudness"]["true_peak_dbtp"] == round(measured[1], 2) <= -1.5
    assert abs(file_true_peak_dbtp(mp3, 44100) - measured[1]) < 0.05
    assert abs(manifest["loudness"]["integrated_lufs"] + 16) <= 0.5
