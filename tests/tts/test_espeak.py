"""The offline voice produces real speech: sound, of a length that grows with the text."""

from __future__ import annotations

import numpy as np
import pytest

from audio_edition.errors import EnginePermanent
from audio_edition.media.pcm import to_float
from audio_edition.tts.espeak import EspeakEngine


def rms(pcm: bytes) -> float:
    return float(np.sqrt(np.mean(to_float(pcm) ** 2)))


def test_speaks_vietnamese_with_energy_in_the_speech_band() -> None:
    clip = EspeakEngine().synthesize("Xin chào các bạn, hôm nay là ngày bảy tháng mười một.", "vi")
    assert clip.sample_rate == 22050
    assert 2000 < clip.duration_ms < 6000
    x = to_float(clip.pcm)
    assert rms(clip.pcm) > 0.02
    spectrum = np.abs(np.fft.rfft(x))
    freqs = np.fft.rfftfreq(len(x), 1 / clip.sample_rate)
    speech_band = spectrum[(freqs > 100) & (freqs < 4000)].sum()
    assert speech_band > 0.6 * spectrum.sum()


def test_longer_text_takes_longer() -> None:
    e = EspeakEngine()
    short = e.synthesize("Hà Nội.", "vi")
    long = e.synthesize("Hà Nội là thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam.", "vi")
    assert long.duration_ms > 2 * short.duration_ms


@pytest.mark.parametrize("voice", EspeakEngine.voices)
def test_every_voice_speaks_and_sounds_different(voice: str) -> None:
    e = EspeakEngine()
    text = "Người dân thành phố đón năm mới."
    clip = e.synthesize(text, voice)
    assert rms(clip.pcm) > 0.02
    if voice != "vi":
        assert clip.pcm != e.synthesize(text, "vi").pcm


def test_unknown_voice_is_refused() -> None:
    with pytest.raises(EnginePermanent, match="no voice"):
        EspeakEngine().synthesize("Chào.", "en")


def test_worker_processes_speak_what_the_in_process_voice_speaks() -> None:
    """The same text gives the same samples whichever process spoke it, and in whatever order."""
    from audio_edition.audio.prepare import for_store
    from audio_edition.tts.cache import ClipStore
    from audio_edition.tts.synthesize import Request, synthesize_all

    texts = ["Chào.", "Hà Nội hôm nay trời nắng.", "Hà Nội hôm nay trời nắng, gió nhẹ, nhiệt độ cao nhất ba mươi độ."]
    texts += [f"{t} Xin cảm ơn quý vị." for t in texts]
    requests = [Request(t, f"sentence {i}") for i, t in enumerate(texts)]
    with ClipStore(None) as store:
        clips = synthesize_all(requests, EspeakEngine(workers=1), "vi", store, for_store).clips
        single = {text: store.pcm(clips[text]) for text in texts}
    pooled_engine = EspeakEngine(workers=2, pool_min_chars=0)
    assert pooled_engine.concurrency_for(sum(map(len, texts))) == 2
    with ClipStore(None) as store:
        pooled = synthesize_all(requests[::-1], pooled_engine, "vi", store, for_store).clips
        for text in texts:
            assert store.pcm(pooled[text]) == single[text], text
    pooled_engine.release()


@pytest.mark.parametrize("voice", EspeakEngine.voices)
def test_a_sentence_sounds_the_same_whatever_was_said_before_it(voice: str) -> None:
    """Pitch flutter and roughness that run on from one call to the next are off: the cache shared
    by parallel builds then holds one version of each sentence."""
    sentence = "Theo báo cáo của Bộ Y tế, số ca mắc sốt xuất huyết tăng nhanh trong tuần qua."
    before = ["Xin chào.", "Tin tức hôm nay", "Giá vàng tăng mạnh, đạt tám mươi triệu đồng một lượng!", "a"]
    e = EspeakEngine(workers=1)
    heard = set()
    for n in range(len(before) + 1):
        for text in before[:n]:
            e.synthesize(text, voice)
        heard.add(e.synthesize(sentence, voice).pcm)
    assert len(heard) == 1


def test_small_jobs_are_spoken_in_process_and_large_ones_by_workers() -> None:
    engine = EspeakEngine(workers=2, pool_min_chars=1000)
    assert engine.concurrency_for(999) == 1
    assert engine.concurrency_for(1000) == 2
    assert engine.concurrency_for(10) == 2  # once started, the workers are used
