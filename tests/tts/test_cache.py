from __future__ import annotations

import json
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from audio_edition.audio.prepare import for_store
from audio_edition.errors import AudioError, EngineError, EngineTransient
from audio_edition.model import Clip
from audio_edition.tts.base import EngineLimits
from audio_edition.tts.cache import ClipStore, cache_key
from audio_edition.tts.synthesize import Request, synthesize_all

RATE = 22050


def tone(seconds: float, level: float = 0.3) -> Clip:
    t = np.arange(int(seconds * RATE)) / RATE
    return Clip((level * 32767 * np.sin(2 * np.pi * 220 * t)).astype("<i2").tobytes(), RATE)


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


def test_round_trip_and_broken_entries_are_misses(tmp_path: Path) -> None:
    store = ClipStore(tmp_path)
    clip = tone(1.0)
    stored = store.put("ab" * 32, clip, np.ones(50).tobytes(), 0.3)
    assert store.info("ab" * 32) == stored
    assert store.pcm(stored) == clip.pcm
    wav, meta = next(tmp_path.rglob("*.wav")), next(tmp_path.rglob("*.json"))
    wav.write_bytes(wav.read_bytes()[:50])
    assert store.info("ab" * 32) is None
    store.put("ab" * 32, clip, np.ones(50).tobytes(), 0.3)
    data = json.loads(meta.read_text())
    meta.write_text(json.dumps({**data, "frames": data["frames"] + 1}))
    assert store.info("ab" * 32) is None  # the halves disagree
    meta.write_text("{not json")
    assert store.info("ab" * 32) is None
    assert not list(tmp_path.rglob("*.tmp"))


def test_an_entry_changed_under_a_build_is_an_error_not_wrong_audio(tmp_path: Path) -> None:
    store = ClipStore(tmp_path)
    stored = store.put("cd" * 32, tone(1.0), np.ones(50).tobytes(), 0.3)
    with wave.open(str(next(tmp_path.rglob("*.wav"))), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(tone(0.5).pcm)
    with pytest.raises(AudioError, match="changed during the build"):
        store.pcm(stored)


def test_without_a_directory_the_store_is_temporary(tmp_path: Path) -> None:
    with ClipStore(None) as store:
        root = store.root
        store.put("ef" * 32, tone(0.2), np.ones(10).tobytes(), 0.3)
        assert root.is_dir()
    assert not root.exists()


class CountingEngine:
    name = "counting"
    rate = 1.0
    voices = ("v",)
    default_voice = "v"

    def __init__(self, fail_on: str | None = None, rate: int = RATE) -> None:
        self.limits = EngineLimits(max_chars=None, sample_rate=rate, concurrency=2)
        self.calls: list[str] = []
        self.fail_on = fail_on

    def unavailable_reason(self) -> None:
        return None

    def options(self) -> dict[str, int]:
        return {}

    def concurrency_for(self, chars: int) -> int:
        return 2

    def release(self) -> None:
        pass

    def synthesize(self, text: str, voice: str) -> Clip:
        if text == self.fail_on:
            raise EngineTransient("boom")
        self.calls.append(text)
        seconds = 0.2 + 0.1 * len(text)
        t = np.arange(int(seconds * self.limits.sample_rate)) / self.limits.sample_rate
        pcm = (8000 * np.sin(2 * np.pi * 200 * t)).astype("<i2").tobytes()
        silence = b"\x00\x00" * (self.limits.sample_rate // 10)
        return Clip(silence + pcm + silence, self.limits.sample_rate)


def test_each_distinct_sentence_is_synthesized_once_then_served_from_the_store(tmp_path: Path) -> None:
    requests = [Request("một", "a"), Request("hai", "b"), Request("một", "c")]
    engine = CountingEngine()
    first = synthesize_all(requests, engine, "v", ClipStore(tmp_path), for_store)
    assert sorted(engine.calls) == ["hai", "một"]
    assert (first.synthesized, first.cached) == (2, 0)
    engine.calls.clear()
    second = synthesize_all(requests, engine, "v", ClipStore(tmp_path), for_store)
    assert engine.calls == []
    assert (second.synthesized, second.cached) == (0, 2)
    assert second.clips == first.clips


def test_stored_clips_are_trimmed_levelled_and_measured(tmp_path: Path) -> None:
    from audio_edition.audio import meter
    from audio_edition.audio.prepare import CLIP_LUFS
    from audio_edition.media.pcm import to_float

    store = ClipStore(tmp_path)
    infos = synthesize_all(
        [Request("ba", "a"), Request("bảy mươi", "b")], CountingEngine(), "v", store, for_store
    ).clips
    info = infos["ba"]
    spoken = int((0.2 + 0.1 * 2) * RATE)
    assert abs(info.frames - spoken) <= int(0.025 * RATE)  # 100 ms of silence gone from each end
    for info in infos.values():
        x = to_float(store.pcm(info))
        measured = meter.measure(x, RATE)
        # every sentence at one level, and what is stored with it is what the samples measure
        assert abs(meter.integrated_lufs(measured.cells, RATE, len(x)) - CLIP_LUFS) < 0.05
        assert np.allclose(np.frombuffer(info.cells, "<f8"), measured.cells, rtol=1e-3, atol=1e-9)
        assert abs(meter.dbtp(info.true_peak) - meter.dbtp(measured.true_peak)) < 0.05


def test_an_entry_at_another_sample_rate_is_spoken_again(tmp_path: Path) -> None:
    synthesize_all([Request("bốn", "a")], CountingEngine(rate=24000), "v", ClipStore(tmp_path), for_store)
    engine = CountingEngine(rate=RATE)
    result = synthesize_all([Request("bốn", "a")], engine, "v", ClipStore(tmp_path), for_store)
    assert engine.calls == ["bốn"] and result.clips["bốn"].sample_rate == RATE


def test_an_interrupted_run_resumes_from_what_was_stored(tmp_path: Path) -> None:
    requests = [Request("một", "lead, sentence 1"), Request("hai", "headline, sentence 1")]
    with pytest.raises(EngineError, match="on the headline, sentence 1"):
        synthesize_all(requests, CountingEngine(fail_on="hai"), "v", ClipStore(tmp_path), for_store)
    engine = CountingEngine()
    synthesize_all(requests, engine, "v", ClipStore(tmp_path), for_store)
    assert engine.calls == ["hai"]


def _store_and_read(args: tuple[str, int]) -> list[tuple[int, bytes]]:
    """In a worker process: store this worker's own clip under every key, read back what is stored."""
    root, worker = args
    store = ClipStore(Path(root))
    out = []
    for n in range(12):
        clip = tone(0.2 + 0.01 * worker)  # each worker speaks the 'same' sentence a little differently
        info = store.put(f"{n:02d}" + "k" * 62, clip, bytes(8), 0.5)
        out.append((info.frames, store.pcm(info)))
    return out


def test_the_first_clip_stored_under_a_key_is_the_one_every_build_uses(tmp_path: Path) -> None:
    """Two builds sharing a cache can speak one sentence a few frames apart (espeak-ng): the
    second must take the first's entry, not overwrite it under the first's feet."""
    first, second = ClipStore(tmp_path), ClipStore(tmp_path)
    kept = first.put("ab" * 32, tone(0.5), bytes(8), 0.5)
    other = second.put("ab" * 32, tone(0.6), bytes(16), 0.7)
    assert other == kept and second.pcm(other) == first.pcm(kept) == tone(0.5).pcm


def test_builds_racing_on_one_cache_all_read_the_same_clips(tmp_path: Path) -> None:
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.map(_store_and_read, [(str(tmp_path), w) for w in range(4)])
    for n in range(12):
        seen = {(frames, pcm) for result in results for frames, pcm in [result[n]]}
        assert len(seen) == 1  # one clip per key, whoever stored it, and no 'changed during the build'


def test_a_clip_whose_measurement_never_came_is_taken_over(tmp_path: Path) -> None:
    store = ClipStore(tmp_path, settle_s=0.05)
    key = "cd" * 32
    store.put(key, tone(0.5), bytes(8), 0.5)
    (tmp_path / key[:2] / f"{key}.json").unlink()  # its writer died between the two halves
    info = store.put(key, tone(0.3), bytes(8), 0.5)
    assert info.frames == tone(0.3).frames and store.info(key) == info


def test_a_folder_or_a_list_where_an_entry_belongs_is_a_miss_and_is_replaced(tmp_path: Path) -> None:
    store = ClipStore(tmp_path, settle_s=0.05)
    key = "ef" * 32
    (tmp_path / key[:2] / f"{key}.wav").mkdir(parents=True)
    assert store.info(key) is None
    info = store.put(key, tone(0.3), bytes(8), 0.5)
    assert store.info(key) == info and store.pcm(info) == tone(0.3).pcm
    other = "ab" * 32
    store.put(other, tone(0.3), bytes(8), 0.5)
    (tmp_path / other[:2] / f"{other}.json").write_text("null")
    assert store.info(other) is None  # not exit 70


def test_a_link_inside_the_cache_is_never_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    cache = tmp_path / "cache"
    cache.mkdir()
    key = "12" * 32
    (cache / key[:2]).symlink_to(outside, target_is_directory=True)
    with pytest.raises(AudioError, match="a link inside the clip cache"):
        ClipStore(cache).put(key, tone(0.3), bytes(8), 0.5)
    assert not any(outside.iterdir())


class SlowEngine(CountingEngine):
    def __init__(self) -> None:
        super().__init__()
        self.released = 0

    def release(self) -> None:
        self.released += 1

    def synthesize(self, text: str, voice: str) -> Clip:
        time.sleep(0.05)
        return super().synthesize(text, voice)


def test_an_interruption_while_clips_are_queued_stops_speaking_and_frees_the_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM (raised in the main thread) can land while the clips are being queued, before the
    build holds the Synthesis to close it: what was queued must not go on being spoken."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import audio_edition.tts.synthesize as synthesize

    class Interrupted(ThreadPoolExecutor):
        submitted = 0

        def submit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            Interrupted.submitted += 1
            if Interrupted.submitted == 20:
                raise KeyboardInterrupt
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(synthesize, "ThreadPoolExecutor", Interrupted)
    engine = SlowEngine()
    requests = [Request(f"câu số {n}", str(n)) for n in range(40)]
    with pytest.raises(KeyboardInterrupt):
        synthesize.Synthesis(requests, engine, "v", ClipStore(tmp_path), for_store)
    for thread in threading.enumerate():
        if thread.name.startswith("speak"):
            thread.join(timeout=3)
    assert len(engine.calls) <= 4, engine.calls
    assert engine.released >= 1
