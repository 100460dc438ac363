from __future__ import annotations

from pathlib import Path

from audio_edition.model import Clip
from audio_edition.tts.cache import ClipCache, cache_key
from audio_edition.tts.synthesize import Request, synthesize_all

CLIP = Clip(pcm=b"\x01\x00\x02\x00" * 100, sample_rate=22050)


def test_key_depends_on_everything_that_changes_the_audio() -> None:
    base = cache_key("espeak", "vi", {"rate_wpm": 165}, "Xin chào.")
    assert base == cache_key("espeak", "vi", {"rate_wpm": 165}, "Xin chào.")
    assert (
        len(
            {
                base,
                cache_key("gtts", "vi", {"rate_wpm": 165}, "Xin chào."),
                cache_key("espeak", "vi-vn-x-south", {"rate_wpm": 165}, "Xin chào."),
                cache_key("espeak", "vi", {"rate_wpm": 170}, "Xin chào."),
                cache_key("espeak", "vi", {"rate_wpm": 165}, "Xin chào!"),
            }
        )
        == 5
    )


def test_round_trip_and_corrupt_entries_are_misses(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    cache.put("ab" * 32, CLIP)
    assert cache.get("ab" * 32) == CLIP
    path = next(tmp_path.rglob("*.wav"))
    path.write_bytes(path.read_bytes()[:50])
    assert cache.get("ab" * 32) is None
    assert not list(tmp_path.rglob("*.tmp"))


class CountingEngine:
    name = "counting"
    voices = ("v",)
    default_voice = "v"

    def __init__(self, fail_on: str | None = None) -> None:
        from audio_edition.tts.base import EngineLimits

        self.limits = EngineLimits(max_chars=None, sample_rate=22050, concurrency=2)
        self.calls: list[str] = []
        self.fail_on = fail_on

    def unavailable_reason(self) -> None:
        return None

    def options(self) -> dict[str, int]:
        return {}

    def synthesize(self, text: str, voice: str) -> Clip:
        from audio_edition.errors import EngineTransient

        if text == self.fail_on:
            raise EngineTransient("boom")
        self.calls.append(text)
        return Clip(pcm=text.encode("utf-8").ljust(8, b"\x00")[:8], sample_rate=22050)


def test_each_distinct_sentence_is_synthesized_once_then_served_from_cache(tmp_path: Path) -> None:
    requests = [Request("một", "a"), Request("hai", "b"), Request("một", "c")]
    engine = CountingEngine()
    first = synthesize_all(requests, engine, "v", ClipCache(tmp_path))
    assert sorted(engine.calls) == ["hai", "một"]
    assert (first.synthesized, first.cached) == (2, 0)
    engine.calls.clear()
    second = synthesize_all(requests, engine, "v", ClipCache(tmp_path))
    assert engine.calls == []
    assert (second.synthesized, second.cached) == (0, 2)
    assert second.clips == first.clips


def test_an_interrupted_run_resumes_from_what_was_cached(tmp_path: Path) -> None:
    import pytest

    from audio_edition.errors import EngineError

    requests = [Request("một", "lead, sentence 1"), Request("hai", "headline, sentence 1")]
    with pytest.raises(EngineError, match="on the headline, sentence 1"):
        synthesize_all(requests, CountingEngine(fail_on="hai"), "v", ClipCache(tmp_path))
    engine = CountingEngine()
    synthesize_all(requests, engine, "v", ClipCache(tmp_path))
    assert engine.calls == ["hai"]
