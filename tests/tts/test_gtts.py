"""The gtts engine with the real gTTS client over real HTTP, against a loopback server."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from audio_edition.errors import EnginePermanent, EngineTransient
from audio_edition.tts import get_engine
from audio_edition.tts.gtts_engine import GttsEngine, reachable

from ..conftest import SAMPLE, closed_port, invoke, run_cli
from .fake_google import FakeGoogle, serve

TEXT = (
    "Chiều ngày sáu tháng mười một năm hai nghìn không trăm mười tám, tại Hà Nội, Bộ Thông tin "
    "và Truyền thông đã tổ chức Hội nghị giao ban quản lý Nhà nước."
)


def engine(url: str, sleeps: list[float]) -> GttsEngine:
    return GttsEngine(url=url, sleep=sleeps.append, rng=random.Random(1), interval_s=0.0, timeout_s=5)


def test_long_text_is_sent_in_pieces_of_at_most_100_characters_and_joined_as_pcm() -> None:
    fake = FakeGoogle()
    with serve(fake) as url:
        clip = engine(url, []).synthesize(TEXT, "vi")
    assert len(fake.texts) == 2
    assert all(len(t) <= 100 for t in fake.texts)
    assert " ".join(fake.texts) == TEXT
    assert fake.texts[0].endswith(",")  # cut at the clause boundary
    assert clip.sample_rate == 24000
    assert clip.duration_ms > 4000  # both pieces decoded, speech of the whole text


def test_a_429_is_retried_with_backoff_and_succeeds() -> None:
    fake = FakeGoogle(statuses=[429])
    sleeps: list[float] = []
    with serve(fake) as url:
        clip = engine(url, sleeps).synthesize("Xin chào Hà Nội.", "vi")
    assert fake.texts == ["Xin chào Hà Nội.", "Xin chào Hà Nội."]
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.75  # 0.5 s base with jitter
    assert clip.duration_ms > 500


def test_server_errors_back_off_exponentially_then_give_up_clearly() -> None:
    fake = FakeGoogle(default_status=503)
    sleeps: list[float] = []
    with serve(fake) as url:
        with pytest.raises(EngineTransient, match="after 5 attempts") as info:
            engine(url, sleeps).synthesize("Xin chào.", "vi")
    assert len(fake.texts) == 5
    assert [round(s / b, 3) >= 0.5 and s / b <= 1.5 for s, b in zip(sleeps, [0.5, 1, 2, 4])] == [True] * 4
    assert "503" in info.value.message


def test_a_403_is_not_retried() -> None:
    fake = FakeGoogle(default_status=403)
    with serve(fake) as url:
        with pytest.raises(EnginePermanent):
            engine(url, []).synthesize("Xin chào.", "vi")
    assert len(fake.texts) == 1


def test_a_refused_connection_is_transient() -> None:
    with pytest.raises(EngineTransient, match="after 2 attempts"):
        GttsEngine(url=f"http://127.0.0.1:{closed_port()}", max_attempts=2, sleep=lambda s: None).synthesize(
            "Chào.", "vi"
        )


def test_auto_picks_gtts_when_reachable_and_espeak_when_not() -> None:
    with serve(FakeGoogle()) as url:
        assert reachable(url)
        assert get_engine("auto", probe=lambda: reachable(url)).name == "gtts"
    assert not reachable(f"http://127.0.0.1:{closed_port()}")
    assert get_engine("auto").name == "espeak"  # the autouse fixture points gtts at a closed port


@pytest.mark.e2e
def test_build_with_gtts_uses_the_server(tmp_path: Path) -> None:
    fake = FakeGoogle(statuses=[429])
    with serve(fake) as url:
        proc = run_cli(
            "build",
            str(SAMPLE),
            "-o",
            str(tmp_path / "out"),
            "--engine",
            "gtts",
            "--cache-dir",
            str(tmp_path / "cache"),
            env={"AUDIO_EDITION_GTTS_URL": url},
        )
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads(next(p for p in (tmp_path / "out").glob("*.json") if ".chapters" not in p.name).read_text())
    assert manifest["engine"] == "gtts"
    spoken = [s["spoken"] for seg in manifest["segments"] for s in seg["sentences"]]
    assert set(fake.texts) >= {t for t in spoken if len(t) <= 100}
    assert all(len(t) <= 100 for t in fake.texts)


def test_persistent_failure_ends_with_one_clear_line_and_no_mp3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the command line in this process, with the engine's back-off on a recorded clock
    (the registry is the engines' public door), so the retries cost no real seconds."""
    from audio_edition import tts

    waits: list[float] = []
    monkeypatch.setitem(tts.ENGINES, "gtts", lambda processes, model, rate: GttsEngine(rate=rate, sleep=waits.append))
    fake = FakeGoogle(default_status=500)
    out = tmp_path / "out"
    with serve(fake) as url, pytest.raises(EngineTransient) as failed:
        invoke(
            "build",
            str(SAMPLE),
            "-o",
            str(out),
            "--engine",
            "gtts",
            "--cache-dir",
            str(tmp_path / "cache"),
            env={"AUDIO_EDITION_GTTS_URL": url},
        )
    line = failed.value.one_line()
    assert failed.value.exit_code == 3 and "\n" not in line
    assert line.startswith("gtts failed on the ") and "500" in line
    assert len(waits) >= 4  # backed off between its five attempts, on the recorded clock
    assert not out.exists() or not any(out.iterdir())


def test_requests_are_spaced_by_the_throttle() -> None:
    from audio_edition.tts.gtts_engine import _Throttle

    clock = [100.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    throttle = _Throttle(0.25, now=lambda: clock[0], sleep=sleep)
    starts = []
    for _ in range(4):
        throttle.wait()
        starts.append(clock[0])
    assert [round(b - a, 3) for a, b in zip(starts, starts[1:])] == [0.25, 0.25, 0.25]
    assert len(sleeps) == 3  # the first request goes at once


def test_a_slow_server_is_waited_for_and_a_too_slow_one_names_the_limit() -> None:
    fake = FakeGoogle(delay_s=0.6)
    with serve(fake) as url:
        assert engine(url, []).synthesize("Xin chào các bạn.", "vi").duration_ms > 500
        slow = GttsEngine(
            url=url, sleep=lambda s: None, rng=random.Random(1), interval_s=0.0, timeout_s=0.3, max_attempts=2
        )
        with pytest.raises(EngineTransient, match=r"after 2 attempts: .*within 0.3 s \(the per-request limit"):
            slow.synthesize("Xin chào các bạn.", "vi")


def test_audio_that_is_not_base64_is_retried_then_one_clear_error() -> None:
    with serve(FakeGoogle(broken=1)) as url:
        assert engine(url, []).synthesize("Xin chào các bạn.", "vi").duration_ms > 500
    with serve(FakeGoogle(broken=99)) as url, pytest.raises(EngineTransient, match="not valid base64"):
        engine(url, []).synthesize("Xin chào các bạn.", "vi")


def test_certificates_are_verified_unless_turned_off_for_testing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ssl
    import subprocess
    import threading
    from http.server import ThreadingHTTPServer

    from .fake_google import _handler

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(FakeGoogle()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    url = f"https://127.0.0.1:{server.server_address[1]}"
    try:
        with pytest.raises(EnginePermanent, match="secure connection failed"):
            engine(url, []).synthesize("Xin chào các bạn.", "vi")
        monkeypatch.setenv("AUDIO_EDITION_INSECURE_TLS", "1")
        assert engine(url, []).synthesize("Xin chào các bạn.", "vi").duration_ms > 500
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("defect", ["silent", "cut"])
def test_a_silent_or_cut_piece_is_fetched_again_and_never_passes(defect: str) -> None:
    text = "Chiều nay, Bộ Thông tin và Truyền thông tổ chức hội nghị giao ban với các cơ quan báo chí."
    fake = FakeGoogle()
    setattr(fake, defect, 1)
    with serve(fake) as url:
        clip = engine(url, []).synthesize(text, "vi")
    assert len(fake.texts) == 2 and clip.duration_ms > 3000  # asked again, and the whole sentence came
    fake = FakeGoogle()
    setattr(fake, defect, 99)
    with serve(fake) as url, pytest.raises(EngineTransient, match="bad piece"):
        engine(url, []).synthesize(text, "vi")


def test_a_server_trickling_its_headers_is_cut_off_at_the_per_request_limit() -> None:
    import time

    from ..loopback import raw_server, trickle

    start = time.monotonic()
    with raw_server(trickle(b"HTTP/1.1 200 OK\r\n", 0.1)) as port:
        slow = GttsEngine(
            url=f"http://127.0.0.1:{port}",
            sleep=lambda s: None,
            rng=random.Random(1),
            interval_s=0.0,
            timeout_s=0.3,
            max_attempts=2,
        )
        with pytest.raises(EngineTransient, match=r"within 0.3 s \(the per-request limit"):
            slow.synthesize("Xin chào các bạn.", "vi")
    assert time.monotonic() - start < 3


def test_the_per_request_limit_is_set_by_voice_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_edition.tts.edge_engine import EdgeEngine

    assert GttsEngine().timeout_s == 30 and EdgeEngine().timeout_s == 60
    monkeypatch.setenv("AUDIO_EDITION_VOICE_TIMEOUT", "7.5")
    assert GttsEngine().timeout_s == 7.5 and EdgeEngine().timeout_s == 7.5


def test_the_audio_is_read_from_the_rpc_envelope() -> None:
    """Google's answer: an anti-JSON prefix, a length, then JSON lines; the RPC's result is the
    envelope ["wrb.fr", "jQ1olc", "[\\"<base64>\\"]", ...]. Pinned here, as the fake server speaks it."""
    import base64
    import json

    from audio_edition.tts.gtts_engine import _audio

    mp3 = b"\xff\xfb\x90\x64" + bytes(100)
    payload = json.dumps(
        [["wrb.fr", "jQ1olc", json.dumps([base64.b64encode(mp3).decode()]), None, None, None, "generic"]]
    )
    assert _audio(f")]}}'\n\n{len(payload)}\n{payload}\n".encode()) == mp3
    other = json.dumps([["wrb.fr", "other", "[]", None], ["di", 42]])
    with pytest.raises(EngineTransient, match="without audio"):
        _audio(f')]}}\'\n\n{len(other)}\n{other}\n"jQ1olc"\n'.encode())
    with pytest.raises(EngineTransient, match="not valid base64"):
        _audio(json.dumps([["wrb.fr", "jQ1olc", json.dumps(["not base64!"])]]).encode())


def test_an_answer_without_end_is_cut_off_not_kept() -> None:
    fake = FakeGoogle()
    fake.flood = 1
    sleeps: list[float] = []
    with serve(fake) as url:
        e = GttsEngine(url=url, sleep=sleeps.append, rng=random.Random(1), interval_s=0.0)
        clip = e.synthesize("Xin chào các bạn.", "vi")
    assert len(fake.texts) == 2 and len(sleeps) == 1 and clip.duration_ms < 10_000
