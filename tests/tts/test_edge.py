"""The edge engine with the real edge-tts client over a real WebSocket, against a loopback
server speaking the service's protocol."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from audio_edition.errors import EnginePermanent, EngineTransient, InputError
from audio_edition.text.pieces import speech_pieces
from audio_edition.tts.edge_engine import SERVICE_HOST, EdgeEngine, edge_rate, service_address

from ..conftest import SAMPLE, invoke, run_cli
from ..loopback import raw_server
from .fake_edge import FakeEdge, serve

TEXT = "Chiều nay, Bộ Thông tin và Truyền thông tổ chức hội nghị giao ban."


def engine(address: tuple[str, int], sleeps: list[float], rate: float = 1.0, timeout_s: float = 5) -> EdgeEngine:
    return EdgeEngine(
        rate=rate, address=address, sleep=sleeps.append, rng=random.Random(1), interval_s=0.0, timeout_s=timeout_s
    )


def test_a_sentence_is_spoken_with_the_voice_as_pcm_with_word_boundaries() -> None:
    fake = FakeEdge()
    with serve(fake) as address:
        e = engine(address, [])
        clip = e.synthesize(TEXT, "vi-VN-NamMinhNeural")
    assert fake.texts == [TEXT] and fake.rates == ["+0%"]
    assert fake.voices == ["Microsoft Server Speech Text to Speech Voice (vi-VN, NamMinhNeural)"]
    assert clip.sample_rate == 24000 and clip.duration_ms > 2500
    assert [w["text"] for w in e.boundaries] == TEXT.split()
    assert e.boundaries[1]["offset"] > e.boundaries[0]["offset"]


def test_the_speaking_rate_becomes_the_services_prosody_rate() -> None:
    assert (edge_rate(1.0), edge_rate(1.25), edge_rate(0.8)) == ("+0%", "+25%", "-20%")
    fake = FakeEdge()
    with serve(fake) as address:
        engine(address, [], rate=1.5).synthesize(TEXT, "vi-VN-HoaiMyNeural")
    assert fake.rates == ["+50%"]


def test_a_dropped_connection_is_retried_with_backoff() -> None:
    fake = FakeEdge(drop=1)
    sleeps: list[float] = []
    with serve(fake) as address:
        clip = engine(address, sleeps).synthesize(TEXT, "vi-VN-HoaiMyNeural")
    assert fake.connections == 2 and len(sleeps) == 1 and clip.duration_ms > 2500


def test_a_refusal_is_one_clear_error_without_retries() -> None:
    fake = FakeEdge(refuse=1)
    sleeps: list[float] = []
    with serve(fake) as address, pytest.raises(EnginePermanent, match="refused the request \\(HTTP 403\\)"):
        engine(address, sleeps).synthesize(TEXT, "vi-VN-HoaiMyNeural")
    assert sleeps == []


def test_a_connection_that_never_works_fails_after_its_retries() -> None:
    fake = FakeEdge(drop=10)
    sleeps: list[float] = []
    with serve(fake) as address, pytest.raises(EngineTransient):
        engine(address, sleeps).synthesize(TEXT, "vi-VN-HoaiMyNeural")
    assert len(sleeps) == 3 and sleeps == sorted(sleeps)


@pytest.mark.e2e
def test_an_article_builds_with_an_edge_voice_through_the_cli(tmp_path: Path) -> None:
    fake = FakeEdge()
    with serve(fake) as (host, port):
        result = invoke(
            "build",
            str(SAMPLE),
            "-o",
            str(tmp_path),
            "--engine",
            "edge",
            "--voice",
            "vi-VN-NamMinhNeural",
            "--no-cache",
            env={"AUDIO_EDITION_EDGE_ADDRESS": f"{host}:{port}"},
        )
    assert result.exit_code == 0, result.stderr
    manifest = json.loads(next(p for p in tmp_path.glob("*.json") if not p.name.endswith("chapters.json")).read_text())
    assert (manifest["engine"], manifest["voice"]) == ("edge", "vi-VN-NamMinhNeural")
    assert abs(manifest["loudness"]["integrated_lufs"] + 16) < 1
    assert fake.texts == [p for s in manifest["segments"] for x in s["sentences"] for p in speech_pieces(x["spoken"])]
    assert set(fake.hosts) == {SERVICE_HOST}  # edge-tts's own URL, only the address pinned


def test_the_service_is_reached_by_its_name_and_a_certificate_for_it(tmp_path: Path) -> None:
    """The pinned address changes where the connection goes, not what is checked: a server whose
    certificate is not for the service's name is refused, and nothing is retried into it."""
    import ssl

    from ..trust import AUTHORITY

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    AUTHORITY.issue_cert("elsewhere.example").configure_cert(context)
    sleeps: list[float] = []
    with raw_server(lambda conn: None, tls=context) as port:
        with pytest.raises(EngineTransient, match="connection failed.*[Cc]ertificate"):
            engine(("127.0.0.1", port), sleeps).synthesize(TEXT, "vi-VN-HoaiMyNeural")


def test_a_bad_edge_address_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="AUDIO_EDITION_EDGE_ADDRESS='nowhere' is not HOST:PORT"):
        service_address("nowhere")
    assert service_address("[::1]:8443") == ("::1", 8443)
    monkeypatch.delenv("AUDIO_EDITION_EDGE_ADDRESS")
    assert service_address() == (SERVICE_HOST, 443)


def test_auto_picks_edge_when_its_service_answers_and_no_piper_voice_is_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from audio_edition.tts import auto_engine

    assert auto_engine(probe=lambda: False)[0] == "espeak"  # the autouse fixture closes Edge's port
    with serve(FakeEdge()) as (host, port):
        monkeypatch.setenv("AUDIO_EDITION_EDGE_ADDRESS", f"{host}:{port}")
        name, why = auto_engine(probe=lambda: True)
    assert name == "edge" and "Edge's voice service answers" in why


@pytest.mark.e2e
def test_auto_says_which_engine_and_why_on_stderr_and_in_the_manifest(tmp_path: Path) -> None:
    proc = run_cli("build", str(SAMPLE), "-o", str(tmp_path), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert "engine: espeak (no Piper voice is installed and no online voice answers)" in proc.stderr
    manifest = json.loads(next(p for p in tmp_path.glob("*.json") if not p.name.endswith("chapters.json")).read_text())
    assert manifest["engine"] == "espeak" and manifest["engine_reason"].startswith("auto: no Piper voice")


def test_a_service_sending_without_end_is_cut_off_not_kept() -> None:
    """40 MB of frames for one sentence (a real probe got 200 MiB): refused as soon as the audio
    passes what the sentence can need, then asked again."""
    fake = FakeEdge(flood=1)
    sleeps: list[float] = []
    with serve(fake) as address:  # a loaded machine may take seconds over the flood: cut by its size, not the clock
        clip = engine(address, sleeps, timeout_s=60).synthesize(TEXT, "vi-VN-HoaiMyNeural")
    assert fake.connections == 2 and len(sleeps) == 1 and clip.duration_ms < 15_000
