from __future__ import annotations

from audio_edition.model import Cue
from audio_edition.publish.transcript import srt, webvtt

CUES = (Cue(0, 7990, "Bộ TTTT đã hoàn thiện dự thảo"), Cue(3_725_005, 3_731_020, "Câu có --> mũi tên\n\nvà dòng trống"))


def test_webvtt() -> None:
    assert webvtt(CUES) == (
        "WEBVTT\n\n1\n00:00:00.000 --> 00:00:07.990\nBộ TTTT đã hoàn thiện dự thảo\n\n"
        "2\n01:02:05.005 --> 01:02:11.020\nCâu có -&gt; mũi tên và dòng trống\n"
    )


def test_srt() -> None:
    assert srt(CUES) == (
        "1\n00:00:00,000 --> 00:00:07,990\nBộ TTTT đã hoàn thiện dự thảo\n\n"
        "2\n01:02:05,005 --> 01:02:11,020\nCâu có -> mũi tên và dòng trống\n"
    )


def test_markup_characters_in_a_cue_are_text_in_webvtt() -> None:
    from audio_edition.model import Cue
    from audio_edition.publish.transcript import webvtt

    vtt = webvtt([Cue(0, 1000, "Lãi suất <5% & phí > 0 --> giảm")])
    assert "Lãi suất &lt;5% &amp; phí &gt; 0 -&gt; giảm" in vtt
