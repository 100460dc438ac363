"""Same input, same settings, same audio (issue 20): two cold builds of a 25-minute article,
each speaking in worker processes, give identical MP3 frames."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mutagen.id3 import ID3

from .conftest import SAMPLE, run_cli


def _long_article(dest: Path, copies: int) -> Path:
    """The sample's headline, then its lead and body `copies` times, each copy's sentences distinct."""
    plan = json.loads(run_cli("plan", str(SAMPLE)).stdout)
    paragraphs = [plan["headline"], ""]
    for n in range(1, copies + 1):
        for segment in plan["segments"][1:]:
            for paragraph in segment["text"].split("\n\n"):
                paragraphs.append(paragraph.replace(".", f", lần thứ {n}.") + "\n")
    dest.write_text("\n".join(paragraphs), encoding="utf-8")
    return dest


def _audio_frames(mp3: Path) -> bytes:
    """The MP3's frames: what follows its ID3v2 tag."""
    data = mp3.read_bytes()
    return data[ID3(mp3).size :]


@pytest.mark.e2e
def test_two_cold_builds_of_a_long_article_give_identical_audio_frames(tmp_path: Path) -> None:
    article = _long_article(tmp_path / "long.txt", copies=9)
    frames = []
    for run in ("first", "second"):
        out = tmp_path / run
        result = run_cli(
            "-q",
            "build",
            str(article),
            "-o",
            str(out),
            "--engine",
            "espeak",
            "--cache-dir",
            str(tmp_path / f"cache-{run}"),
        )
        assert result.returncode == 0, result.stderr
        (mp3,) = out.glob("*.mp3")
        manifest = json.loads(next(p for p in out.glob("*.json") if ".chapters" not in p.name).read_text())
        assert manifest["duration_ms"] > 25 * 60_000
        frames.append(_audio_frames(mp3))
    assert frames[0] == frames[1]
