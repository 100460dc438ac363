"""Quality checks on every synthesized clip: a bad one is asked for again once, then the build
fails naming the sentence, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from audio_edition.errors import EnginePermanent
from audio_edition.jobs.episode import Settings, build
from audio_edition.model import Clip
from audio_edition.tts.base import EngineLimits
from audio_edition.tts.espeak import EspeakEngine
from audio_edition.tts.quality import problem

from ..conftest import SAMPLE, run_cli

RATE = 22050
TEXT = "Bộ Thông tin và Truyền thông đã tổ chức hội nghị giao ban"  # 12 syllables


def tone(seconds: float, amplitude: float = 0.3) -> Clip:
    t = np.arange(int(seconds * RATE)) / RATE
    x = amplitude * np.sin(2 * np.pi * 200 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 4 * t))
    return Clip((x * 32767).astype("<i2").tobytes(), RATE)


@pytest.mark.parametrize(
    ("clip", "reason"),
    [
        (Clip(b"", RATE), "no audio"),
        (Clip(bytes(2 * RATE), RATE), "silent"),
        (tone(3.0, amplitude=0.001), "silent"),
        (Clip((np.full(RATE * 3, 32767)).astype("<i2").tobytes(), RATE), "clipped"),
        (tone(0.9), "too short"),  # 12 syllables in 0.9 s: a piece cut short
        (tone(14.0), "too long"),
    ],
)
def test_bad_clips_are_recognised(clip: Clip, reason: str) -> None:
    assert reason in (problem(clip, TEXT) or "")


def test_real_speech_passes() -> None:
    clip = EspeakEngine(workers=1).synthesize(TEXT, "vi")
    assert problem(clip, TEXT) is None
    assert problem(tone(0.5), "Có") is None  # one word, drawn out or clipped short, is fine


class Flaky:
    """An engine that speaks real espeak-ng speech, but gives `bad` clips for one sentence first."""

    name = "flaky"
    rate = 1.0
    voices = ("vi",)
    default_voice = "vi"
    limits = EngineLimits(max_chars=None, sample_rate=RATE, concurrency=1)

    def __init__(self, bad: int, word: str) -> None:
        self.bad, self.word, self.calls = bad, word, 0
        self.real = EspeakEngine(workers=1)

    def unavailable_reason(self) -> None:
        return None

    def options(self) -> dict[str, Any]:
        return {}

    def concurrency_for(self, chars: int) -> int:
        return 1

    def release(self) -> None:
        pass

    def synthesize(self, text: str, voice: str) -> Clip:
        if self.word in text and self.bad > 0:
            self.bad -= 1
            self.calls += 1
            return Clip(bytes(2 * RATE), RATE)
        return self.real.synthesize(text, voice)


@pytest.mark.e2e
def test_a_bad_clip_is_asked_for_again_and_the_build_goes_on(tmp_path: Path) -> None:
    engine = Flaky(bad=1, word="hoàn thiện")
    episode = build(SAMPLE, tmp_path, engine, Settings())
    assert engine.calls == 1 and episode.mp3_path.exists()


def test_a_clip_bad_twice_fails_the_build_naming_the_sentence_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(EnginePermanent, match="headline, sentence 1.*silent"):
        build(SAMPLE, tmp_path, Flaky(bad=2, word="hoàn thiện"), Settings())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.e2e
def test_the_speaking_rate_reaches_each_engine_and_the_manifest(tmp_path: Path) -> None:
    slow, fast = EspeakEngine(workers=1), EspeakEngine(workers=1, rate=2.0)
    normal_ms = trimmed_ms(slow.synthesize(TEXT, "vi"))
    assert 0.4 < trimmed_ms(fast.synthesize(TEXT, "vi")) / normal_ms < 0.65  # espeak's 165 -> 330 words a minute
    assert fast.options() != slow.options()  # a clip at another rate is another cache entry
    proc = run_cli("build", str(SAMPLE), "-o", str(tmp_path), "--engine", "espeak", "--rate", "1.5", "--no-cache")
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads(next(p for p in tmp_path.glob("*.json") if not p.name.endswith("chapters.json")).read_text())
    assert manifest["rate"] == 1.5
    bad = run_cli("build", str(SAMPLE), "-o", str(tmp_path), "--engine", "espeak", "--rate", "3")
    assert bad.returncode == 2 and "--rate" in bad.stderr


def trimmed_ms(clip: Clip) -> float:
    from audio_edition.media.pcm import trim_silence

    return trim_silence(clip).duration_ms
