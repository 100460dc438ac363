"""The piper engine with a tiny ONNX voice made in the test, and voice downloads from a
loopback copy of the voice collection (its index and files over real HTTP)."""

from __future__ import annotations

import hashlib
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from audio_edition.errors import EnginePermanent, EngineUnavailable, InputError
from audio_edition.tts import auto_engine, get_engine
from audio_edition.tts.piper import PiperEngine, load_model, phonemize
from audio_edition.tts.voices import download, installed_voices

from ..conftest import SAMPLE, run_cli
from ..loopback import serve
from .piper_model import HOP, SAMPLE_RATE, make_voice

TEXT = "Chiều ngày sáu tháng mười một, Bộ Thông tin và Truyền thông họp giao ban."


@pytest.fixture
def voice(tmp_path: Path) -> Path:
    return make_voice(tmp_path / "voices")


def test_phonemes_come_from_espeak_clause_by_clause_with_their_punctuation() -> None:
    phonemes = phonemize("Xin chào, hôm nay trời đẹp!", "vi")
    assert phonemes.count(",") == 1 and phonemes.endswith("!")
    assert "ˈ" in phonemes and not any(c.isupper() for c in phonemes)  # IPA, not the text


def test_ids_are_start_each_phoneme_then_pad_and_end(voice: Path) -> None:
    model = load_model(voice)
    ids = model.ids("ab")
    pad, bos, eos = model.id_map["_"][0], model.id_map["^"][0], model.id_map["$"][0]
    known = [c for c in "ab" if c in model.id_map]
    assert ids[0] == bos and ids[-1] == eos
    assert ids[1:-1] == [i for c in known for i in (*model.id_map[c], pad)]


def test_a_sentence_is_spoken_by_the_model_at_its_rate_and_pace(voice: Path) -> None:
    engine = PiperEngine(model_path=voice)
    assert engine.unavailable_reason() is None and engine.limits.sample_rate == SAMPLE_RATE
    clip = engine.synthesize(TEXT, engine.default_voice)
    model = load_model(voice)
    expected = len(model.ids(phonemize(TEXT, "vi"))) * HOP
    assert clip.sample_rate == SAMPLE_RATE and clip.frames == expected
    samples = np.frombuffer(clip.pcm, dtype="<i2")
    assert 0.2 < np.abs(samples).max() / 32767 <= 1.0
    faster = PiperEngine(model_path=voice, rate=2.0).synthesize(TEXT, engine.default_voice)
    assert faster.frames == expected // 2  # rate 2 halves the length scale


def test_missing_onnxruntime_model_or_config_is_one_clear_error(tmp_path: Path, voice: Path) -> None:
    with pytest.raises(InputError, match="no such Piper voice model"):
        load_model(tmp_path / "nothing.onnx")
    lonely = tmp_path / "lonely.onnx"
    lonely.write_bytes(voice.read_bytes())
    with pytest.raises(InputError, match="config lonely.onnx.json is missing"):
        load_model(lonely)
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not a model")
    broken.with_name("broken.onnx.json").write_text(voice.with_name(voice.name + ".json").read_text())
    with pytest.raises(InputError, match="onnxruntime cannot load"):
        load_model(broken)
    assert "no Piper voice is installed" in (PiperEngine().unavailable_reason() or "")
    with pytest.raises(EnginePermanent, match="no voice 'vi_VN-missing'"):
        PiperEngine(model_path=voice).synthesize(TEXT, "vi_VN-missing")


def test_auto_picks_piper_when_a_voice_is_installed_and_says_why(monkeypatch: pytest.MonkeyPatch, voice: Path) -> None:
    assert auto_engine(probe=lambda: False) == ("espeak", auto_engine(probe=lambda: False)[1])
    monkeypatch.setenv("AUDIO_EDITION_VOICES_DIR", str(voice.parent))
    assert installed_voices() == {"vi_VN-tiny-x_low": voice}
    name, why = auto_engine(probe=lambda: True)
    assert name == "piper" and "installed" in why
    assert get_engine("auto", probe=lambda: True).name == "piper"


def test_an_article_builds_with_a_piper_voice_model_through_the_cli(tmp_path: Path, voice: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli("build", str(SAMPLE), "-o", str(out), "--engine", "piper", "--voice-model", str(voice), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads(next(p for p in out.glob("*.json") if not p.name.endswith("chapters.json")).read_text())
    assert (manifest["engine"], manifest["voice"]) == ("piper", "vi_VN-tiny-x_low")
    assert abs(manifest["loudness"]["integrated_lufs"] + 16) < 1


class Collection:
    """A loopback copy of the voice collection: voices.json and the files it lists."""

    def __init__(self, files: dict[str, bytes], published: dict[str, bytes] | None = None) -> None:
        self.files = files
        self.published = published or files  # what the index's digests describe
        self.drop_after: dict[str, int] = {}  # path -> bytes to send before dropping, once
        self.ranges: list[str] = []

    def index(self) -> bytes:
        entries: dict[str, Any] = {}
        for path, body in self.published.items():
            name = Path(path).name.removesuffix(".json").removesuffix(".onnx")
            entries.setdefault(name, {"files": {}})["files"][path] = {
                "size_bytes": len(body),
                "md5_digest": hashlib.md5(body).hexdigest(),
            }
        return json.dumps(entries).encode()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        collection = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.lstrip("/")
                body = collection.index() if path == "voices.json" else collection.files.get(path)
                if body is None:
                    self.send_error(404)
                    return
                start = 0
                if self.headers.get("Range"):
                    collection.ranges.append(self.headers["Range"])
                    start = int(self.headers["Range"].split("=")[1].split("-")[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                part = body[start:]
                self.send_header("Content-Length", str(len(part)))
                self.end_headers()
                cut = collection.drop_after.pop(path, None)
                self.wfile.write(part if cut is None else part[:cut])
                if cut is not None:
                    self.wfile.flush()
                    self.close_connection = True

        return Handler


def _collection(voice: Path) -> dict[str, bytes]:
    base = "vi/vi_VN/tiny/x_low/"
    return {
        base + voice.name: voice.read_bytes(),
        base + voice.name + ".json": voice.with_name(voice.name + ".json").read_bytes(),
    }


def test_a_voice_downloads_verified_and_is_installed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, voice: Path
) -> None:
    collection = Collection(_collection(voice))
    with serve(collection.handler()) as url:
        monkeypatch.setenv("AUDIO_EDITION_PIPER_VOICES_URL", url)
        path = download("vi_VN-tiny-x_low", tmp_path / "installed")
    assert path.read_bytes() == voice.read_bytes()
    assert installed_voices(tmp_path / "installed") == {"vi_VN-tiny-x_low": path}
    assert not list((tmp_path / "installed").glob("*.part"))


def test_a_file_whose_digest_does_not_match_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, voice: Path
) -> None:
    files = _collection(voice)
    tampered = {k: (v[:-1] + bytes([v[-1] ^ 1]) if k.endswith(".onnx") else v) for k, v in files.items()}
    with serve(Collection(tampered, published=files).handler()) as url:
        monkeypatch.setenv("AUDIO_EDITION_PIPER_VOICES_URL", url)
        with pytest.raises(EngineUnavailable, match="MD5 digest does not match"):
            download("vi_VN-tiny-x_low", tmp_path / "installed")
    assert installed_voices(tmp_path / "installed") == {}


def test_a_dropped_download_resumes_from_where_it_broke(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, voice: Path
) -> None:
    files = _collection(voice)
    model_path = next(k for k in files if k.endswith(".onnx"))
    collection = Collection(files)
    collection.drop_after[model_path] = 100
    with serve(collection.handler()) as url:
        monkeypatch.setenv("AUDIO_EDITION_PIPER_VOICES_URL", url)
        with pytest.raises(EngineUnavailable, match="got 100 bytes") as broke:
            download("vi_VN-tiny-x_low", tmp_path / "installed")
        assert "run the same command again" in (broke.value.hint or "")
        assert installed_voices(tmp_path / "installed") == {}
        path = download("vi_VN-tiny-x_low", tmp_path / "installed")
    assert collection.ranges == ["bytes=100-"]
    assert path.read_bytes() == voice.read_bytes()


def test_voices_list_and_an_unknown_voice_through_the_cli(tmp_path: Path, voice: Path) -> None:
    listing = run_cli("voices", "list", "--json", env={"AUDIO_EDITION_VOICES_DIR": str(voice.parent)})
    rows = {r["name"]: r for r in json.loads(listing.stdout)["voices"]}
    assert rows["vi_VN-vais1000-medium"]["installed"] is False and rows["vi_VN-vais1000-medium"]["size_mb"] > 60
    assert rows["vi_VN-tiny-x_low"]["installed"] is True
    with serve(Collection(_collection(voice)).handler()) as url:
        proc = run_cli("voices", "download", "vi_VN-nobody", env={"AUDIO_EDITION_PIPER_VOICES_URL": url})
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "has no voice 'vi_VN-nobody'" in proc.stderr
