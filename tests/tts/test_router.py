"""A voice per kind of segment: one article with a Piper headline (the tiny test voice), an
Edge lead (the loopback service) and an espeak-ng body, through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.errors import InputError
from audio_edition.inspect_mp3 import inspect_mp3
from audio_edition.model import SegmentKind
from audio_edition.tts.espeak import EspeakEngine
from audio_edition.tts.router import Route, Router, parse_voice_options

from ..conftest import SAMPLE, invoke
from .fake_edge import FakeEdge, serve
from .piper_model import make_voice


def test_voice_options_parse_into_a_default_and_a_route_per_kind() -> None:
    voice, routes = parse_voice_options(("vi", "headline=edge:vi-VN-NamMinhNeural", "Body=vi-vn-x-south"), "espeak")
    assert voice == "vi"
    assert routes == {"headline": Route("edge", "vi-VN-NamMinhNeural"), "body": Route("espeak", "vi-vn-x-south")}
    with pytest.raises(InputError, match="no segment kind 'title'"):
        parse_voice_options(("title=edge:x",), "espeak")
    with pytest.raises(InputError, match="more than one default voice"):
        parse_voice_options(("vi", "vi-vn-x-south"), "espeak")


def test_a_router_speaks_each_route_at_one_rate() -> None:
    router = Router(
        {"espeak": EspeakEngine(workers=1)}, Route("espeak", None), {"lead": Route("espeak", "vi-vn-x-south")}
    )
    assert router.voice_for(SegmentKind.LEAD) == "espeak:vi-vn-x-south"
    assert router.voice_for(SegmentKind.BODY) == "espeak:vi"
    assert router.synthesize("Xin chào các bạn.", "espeak:vi-vn-x-south").sample_rate == 22050
    with pytest.raises(InputError, match="no voice 'nobody'"):
        Router({"espeak": EspeakEngine(workers=1)}, Route("espeak", None), {"lead": Route("espeak", "nobody")})


@pytest.mark.e2e
def test_an_article_with_three_voices_from_three_engines(tmp_path: Path) -> None:
    voice = make_voice(tmp_path / "voices")
    fake = FakeEdge()
    out = tmp_path / "out"
    with serve(fake) as (host, port):
        result = invoke(
            "build",
            str(SAMPLE),
            "-o",
            str(out),
            "--engine",
            "espeak",
            "--no-cache",
            "--voice",
            "headline=piper:vi_VN-tiny-x_low",
            "--voice",
            "lead=edge:vi-VN-NamMinhNeural",
            env={"AUDIO_EDITION_EDGE_ADDRESS": f"{host}:{port}", "AUDIO_EDITION_VOICES_DIR": str(voice.parent)},
        )
    assert result.exit_code == 0, result.stderr
    manifest = json.loads(next(p for p in out.glob("*.json") if not p.name.endswith("chapters.json")).read_text())
    speakers = {s["kind"]: (s["engine"], s["voice"]) for s in manifest["segments"]}
    assert speakers == {
        "headline": ("piper", "vi_VN-tiny-x_low"),
        "lead": ("edge", "vi-VN-NamMinhNeural"),
        "body": ("espeak", "vi"),
    }
    lead = next(s for s in manifest["segments"] if s["kind"] == "lead")
    assert fake.texts == [x["spoken"] for x in lead["sentences"]]  # the lead, and only it, went to Edge
    assert abs(manifest["loudness"]["integrated_lufs"] + 16) < 1
    info = inspect_mp3(out / manifest["files"]["audio"])
    chapters = [(c["start_ms"], c["end_ms"]) for c in info["chapters"]]
    assert chapters == [(s["start_ms"], s["end_ms"]) for s in manifest["segments"]]
    cues = [(x["start_ms"], x["end_ms"]) for s in manifest["segments"] for x in s["sentences"]]
    assert all(a < b <= c for (a, b), (c, _) in zip(cues, cues[1:]))
    assert cues[-1][1] <= manifest["duration_ms"]
