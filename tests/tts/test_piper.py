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
from audio_edition.normalize import normalize
from audio_edition.tts import auto_engine, get_engine
from audio_edition.tts.espeak import _Library
from audio_edition.tts.piper import PiperEngine, load_voice
from audio_edition.tts.voices import download, installed_voices

from ..conftest import SAMPLE, run_cli
from ..loopback import serve
from .piper_model import HOP, REAL_CONFIG, SAMPLE_RATE, make_voice, recorded_ids, reference_ids

TEXT = "Chiều ngày sáu tháng mười một, Bộ Thông tin và Truyền thông họp giao ban."
SENTENCES = Path(__file__).resolve().parent.parent / "data" / "piper" / "sentences.txt"


def _sentences() -> list[str]:
    """The spoken block as it is, the written block through the normalizer, as a build sends them."""
    spoken, written, block = [], [], None
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line.startswith("# written form"):
            block = written
        elif line.strip() and not line.startswith("#"):
            (spoken if block is None else written).append(line)
    return spoken + [normalize(line) for line in written]


@pytest.fixture
def voice(tmp_path: Path) -> Path:
    return make_voice(tmp_path / "voices")


@pytest.fixture(scope="module")
def recording_engine(tmp_path_factory: pytest.TempPathFactory) -> PiperEngine:
    return PiperEngine(model_path=make_voice(tmp_path_factory.mktemp("voices"), "vi_VN-recording", recording=True))


def test_the_engine_sends_the_ids_piper_tts_makes_of_each_sentence(recording_engine: PiperEngine) -> None:
    sentences = _sentences()
    assert len(sentences) >= 100
    differ = [
        text
        for text in sentences
        if recorded_ids(recording_engine.synthesize(text, "vi_VN-recording").pcm) != reference_ids(text)
    ]
    assert differ == []


def test_every_id_sequence_is_start_pad_then_phoneme_pad_pairs_then_end(recording_engine: PiperEngine) -> None:
    """Piper's layout, checked without piper-tts: `^ _`, each phoneme followed by `_`, then `$`."""
    id_map = json.loads(REAL_CONFIG.read_text(encoding="utf-8"))["phoneme_id_map"]
    bos, eos, pad = id_map["^"][0], id_map["$"][0], id_map["_"][0]
    for text in ("Xin chào các bạn.", 'Ông nói: "Tốt lắm!" Bà cười. Rồi cả hai cùng đi'):
        ids = recorded_ids(recording_engine.synthesize(text, "vi_VN-recording").pcm)
        sentences: list[list[int]] = []
        for i in ids:
            if i == bos:
                sentences.append([])
            sentences[-1].append(i)
        assert sentences and ids[0] == bos
        for seq in sentences:
            assert seq[:2] == [bos, pad] and seq[-1] == eos
            assert all(i == pad for i in seq[3:-1:2]) and pad not in seq[2:-1:2]


def test_no_language_switch_mark_reaches_the_model(recording_engine: PiperEngine) -> None:
    """espeak-ng marks a foreign word with "(en)" ... "(vi)"; Piper drops the marks, so must we."""
    id_map = json.loads(REAL_CONFIG.read_text(encoding="utf-8"))["phoneme_id_map"]
    symbol = {ids[0]: s for s, ids in id_map.items() if s != "_"}
    foreign = [t for t in _sentences() if "(en)" in " ".join(_Library.get().phonemes(t, "vi"))]
    assert len(foreign) >= 20  # the sentences do make espeak-ng switch language
    for text in foreign:
        said = "".join(
            symbol.get(i, "") for i in recorded_ids(recording_engine.synthesize(text, "vi_VN-recording").pcm)
        )
        assert "(en)" not in said and "(vi)" not in said


def test_a_text_piper_splits_in_two_is_one_clip_in_order(recording_engine: PiperEngine) -> None:
    text = "Hôm nay trời nắng. Ngày mai trời mưa."
    ids = recorded_ids(recording_engine.synthesize(text, "vi_VN-recording").pcm)
    first, second = (reference_ids(part) for part in ("Hôm nay trời nắng.", "Ngày mai trời mưa."))
    assert ids == first + second


def test_a_sentence_is_spoken_by_the_model_at_its_rate_and_pace(voice: Path) -> None:
    engine = PiperEngine(model_path=voice)
    assert engine.unavailable_reason() is None and engine.limits.sample_rate == SAMPLE_RATE
    clip = engine.synthesize(TEXT, engine.default_voice)
    expected = len(reference_ids(TEXT)) * HOP
    assert clip.sample_rate == SAMPLE_RATE and clip.frames == expected
    samples = np.frombuffer(clip.pcm, dtype="<i2")
    assert 0.2 < np.abs(samples).max() / 32767 <= 1.0
    faster = PiperEngine(model_path=voice, rate=2.0).synthesize(TEXT, engine.default_voice)
    assert faster.frames == expected // 2  # rate 2 halves the length scale


def test_missing_model_or_config_is_one_clear_error(tmp_path: Path, voice: Path) -> None:
    with pytest.raises(InputError, match="no such Piper voice model"):
        load_voice(tmp_path / "nothing.onnx")
    lonely = tmp_path / "lonely.onnx"
    lonely.write_bytes(voice.read_bytes())
    with pytest.raises(InputError, match="config lonely.onnx.json is missing"):
        load_voice(lonely)
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not a model")
    broken.with_name("broken.onnx.json").write_text(voice.with_name(voice.name + ".json").read_text())
    with pytest.raises(InputError, match="onnxruntime cannot load"):
        load_voice(broken)
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


@pytest.mark.e2e
@pytest.mark.parametrize("article", [SAMPLE, SENTENCES.with_name("foreign-words.txt")], ids=["sample", "foreign-words"])
def test_an_article_builds_with_a_piper_voice_model_through_the_cli(tmp_path: Path, voice: Path, article: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli(
        "build", str(article), "-o", str(out), "--engine", "piper", "--voice-model", str(voice), "--no-cache"
    )
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
        with pytest.raises(EngineUnavailable, match="after 100 of") as broke:
            download("vi_VN-tiny-x_low", tmp_path / "installed")
        assert "run the same command again" in (broke.value.hint or "")
        assert installed_voices(tmp_path / "installed") == {}
        path = download("vi_VN-tiny-x_low", tmp_path / "installed")
    assert collection.ranges == ["bytes=100-"]
    assert path.read_bytes() == voice.read_bytes()


@pytest.mark.e2e
def test_voices_list_and_an_unknown_voice_through_the_cli(tmp_path: Path, voice: Path) -> None:
    listing = run_cli("voices", "list", "--json", env={"AUDIO_EDITION_VOICES_DIR": str(voice.parent)})
    rows = {r["name"]: r for r in json.loads(listing.stdout)["voices"]}
    assert rows["vi_VN-vais1000-medium"]["installed"] is False and rows["vi_VN-vais1000-medium"]["size_mb"] > 60
    assert rows["vi_VN-tiny-x_low"]["installed"] is True
    with serve(Collection(_collection(voice)).handler()) as url:
        proc = run_cli("voices", "download", "vi_VN-nobody", env={"AUDIO_EDITION_PIPER_VOICES_URL": url})
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "has no voice 'vi_VN-nobody'" in proc.stderr


def test_voices_download_with_no_name_installs_the_recommended_voice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, voice: Path
) -> None:
    from click.testing import CliRunner

    from audio_edition.cli import cli

    base = "vi/vi_VN/vais1000/medium/vi_VN-vais1000-medium.onnx"
    files = {base: voice.read_bytes(), base + ".json": voice.with_name(voice.name + ".json").read_bytes()}
    monkeypatch.setenv("AUDIO_EDITION_VOICES_DIR", str(tmp_path / "installed"))
    with serve(Collection(files).handler()) as url:
        monkeypatch.setenv("AUDIO_EDITION_PIPER_VOICES_URL", url)
        result = CliRunner().invoke(cli, ["-q", "voices", "download"], obj={})
    assert result.exit_code == 0, result.output
    assert list(installed_voices()) == ["vi_VN-vais1000-medium"]
    assert result.output.strip() == str(tmp_path / "installed" / "vi_VN-vais1000-medium.onnx")


def test_doctor_names_the_installed_voices_and_what_auto_speaks_with(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from audio_edition.doctor import _auto, _piper

    monkeypatch.setenv("AUDIO_EDITION_VOICES_DIR", str(tmp_path / "voices"))
    assert (
        _piper().status == "warn" and "audio-edition voices download (installs vi_VN-vais1000-medium" in _piper().detail
    )
    assert _auto().detail.startswith("no Piper voice: edge when")
    make_voice(tmp_path / "voices", "vi_VN-25hours_single-low")
    make_voice(tmp_path / "voices", "vi_VN-vais1000-medium")
    piper, auto = _piper(), _auto()
    assert piper.status == "ok" and "vi_VN-25hours_single-low, vi_VN-vais1000-medium" in piper.detail
    assert (auto.status, auto.detail) == ("ok", "piper, voice vi_VN-vais1000-medium")  # the recommended one first


def _index_of(entries: dict[str, Any]) -> type[BaseHTTPRequestHandler]:
    """A collection whose voices.json is `entries` as given, and which serves no files."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            if self.path.lstrip("/") == "voices.json":
                body = json.dumps(entries).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path.endswith("redirected.onnx"):
                self.send_response(302)
                self.send_header("Location", "ftp://elsewhere.example/voice.onnx")
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.send_error(404)

    return Handler


CONFIG = {"a/v.onnx.json": {"size_bytes": 1, "md5_digest": "0"}}


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a/v.onnx": {"size_bytes": 10, "md5_digest": "0" * 32}}, "lists no model and config"),
        (
            {"a/v.onnx": {"size_bytes": 10, "md5_digest": "0"}, "b/w.onnx": {"size_bytes": 10, "md5_digest": "0"}},
            "more than one .onnx",
        ),
        (
            {
                "a/v.onnx": {"size_bytes": "ten", "md5_digest": "0"},
                "a/v.onnx.json": {"size_bytes": 1, "md5_digest": "0"},
            },
            "no size and MD5 digest",
        ),
        (
            {
                "../../v.onnx": {"size_bytes": 1, "md5_digest": "0"},
                "a/v.onnx.json": {"size_bytes": 1, "md5_digest": "0"},
            },
            "outside the collection",
        ),
        (
            {
                "a/redirected.onnx": {"size_bytes": 5, "md5_digest": "0"},
                "a/v.onnx.json": {"size_bytes": 1, "md5_digest": "0"},
            },
            "redirected to a ftp address",
        ),
    ],
    ids=["one-file", "two-models", "malformed", "outside", "ftp-redirect"],
)
def test_a_hostile_or_broken_voice_index_installs_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, files: dict[str, Any], message: str
) -> None:
    with serve(_index_of({"vi_VN-x-low": {"files": files}, "other": 5})) as url:
        monkeypatch.setenv("AUDIO_EDITION_PIPER_VOICES_URL", url)
        with pytest.raises(EngineUnavailable, match=message):
            download("vi_VN-x-low", tmp_path / "installed")
    assert installed_voices(tmp_path / "installed") == {}


def test_files_are_installed_under_the_voices_own_name_and_never_past_their_stated_size(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, voice: Path
) -> None:
    renamed = {
        "vi/x/SOMETHING-ELSE.onnx": voice.read_bytes(),
        "vi/x/SOMETHING-ELSE.onnx.json": voice.with_name(voice.name + ".json").read_bytes(),
    }
    collection = Collection(renamed)
    index = json.loads(collection.index())
    monkeypatch.setattr(collection, "index", lambda: json.dumps({"vi_VN-mine-low": list(index.values())[0]}).encode())
    with serve(collection.handler()) as url:
        monkeypatch.setenv("AUDIO_EDITION_PIPER_VOICES_URL", url)
        path = download("vi_VN-mine-low", tmp_path / "installed")
    assert sorted(p.name for p in (tmp_path / "installed").iterdir()) == [
        "vi_VN-mine-low.onnx",
        "vi_VN-mine-low.onnx.json",
    ]
    assert path.read_bytes() == voice.read_bytes()
    longer = {k: v + b"extra bytes the index never mentioned" for k, v in renamed.items()}
    with serve(Collection(longer, published=renamed).handler()) as url:
        monkeypatch.setenv("AUDIO_EDITION_PIPER_VOICES_URL", url)
        with pytest.raises(EngineUnavailable, match="more than the .* bytes the index states"):
            download("SOMETHING-ELSE", tmp_path / "other")
    assert installed_voices(tmp_path / "other") == {}
