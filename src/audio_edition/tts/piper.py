"""Neural Vietnamese voices from the Piper project, run offline with onnxruntime.

A Piper voice is an ONNX model (VITS) with a JSON config beside it (`x.onnx` + `x.onnx.json`).
Speaking a sentence is three steps, as Piper does them:
1. phonemes: espeak-ng (the library this package already ships) turns the text into IPA, one
   clause at a time; each clause keeps the punctuation that ended it in the text;
2. ids: each phoneme (a Unicode character) becomes its ids from the config's
   `phoneme_id_map`, with the pad id after each, between a start and an end id;
3. audio: the model takes `input` (the ids), `input_lengths` and `scales` (noise, length,
   noise width; a multi-speaker model also `sid`) and returns float samples at the config's
   sample rate.
The speaking rate is the length scale: 1.0 is the voice's own pace, 0.5 twice as fast.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import EnginePermanent, EngineUnavailable, InputError
from ..model import Clip
from .base import EngineLimits
from .espeak import _Library
from .voices import installed_voices

BOS, EOS, PAD = "^", "$", "_"
# Punctuation that ends a clause in the text and that a Piper model knows as a phoneme.
_CLAUSE = re.compile(r"[^,;:.!?]+[,;:.!?]*")


@dataclass(frozen=True)
class PiperModel:
    name: str
    path: Path
    sample_rate: int
    espeak_voice: str
    id_map: dict[str, list[int]]
    num_speakers: int
    noise_scale: float
    length_scale: float
    noise_w: float
    session: Any  # onnxruntime.InferenceSession

    def ids(self, phonemes: str) -> list[int]:
        """Piper's ids for a phoneme string: start, each phoneme then pad, end."""
        ids = list(self.id_map[BOS])
        for phoneme in phonemes:
            if phoneme in self.id_map:
                ids += self.id_map[phoneme]
                ids += self.id_map[PAD]
        return ids + list(self.id_map[EOS])

    def run(self, ids: list[int], length_scale: float) -> np.ndarray:
        args: dict[str, np.ndarray] = {
            "input": np.array([ids], dtype=np.int64),
            "input_lengths": np.array([len(ids)], dtype=np.int64),
            "scales": np.array([self.noise_scale, length_scale, self.noise_w], dtype=np.float32),
        }
        if self.num_speakers > 1:
            args["sid"] = np.array([0], dtype=np.int64)
        return np.asarray(self.session.run(None, args)[0], dtype=np.float32).reshape(-1)


def load_model(path: Path) -> PiperModel:
    """The voice at `path` (the .onnx; its config is `path` + ".json")."""
    config_path = path.with_name(path.name + ".json")
    if not path.is_file():
        raise InputError(f"{path}: no such Piper voice model")
    if not config_path.is_file():
        raise InputError(f"{path}: its config {config_path.name} is missing beside it")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        inference = config.get("inference", {})
        id_map = {str(k): [int(i) for i in v] for k, v in config["phoneme_id_map"].items()}
        for symbol in (BOS, EOS, PAD):
            if symbol not in id_map:
                raise KeyError(f"phoneme_id_map has no {symbol!r}")
        sample_rate = int(config["audio"]["sample_rate"])
        espeak_voice = str(config.get("espeak", {}).get("voice", "vi"))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{config_path}: not a Piper voice config ({exc})") from exc
    try:
        import onnxruntime
    except ImportError as exc:
        raise EngineUnavailable(
            "the piper engine needs onnxruntime", hint="pip install 'audio-edition[piper]'"
        ) from exc
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    try:
        session = onnxruntime.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types for a bad file
        raise InputError(f"{path}: onnxruntime cannot load this model ({exc})") from exc
    names = {i.name for i in session.get_inputs()}
    if not {"input", "input_lengths", "scales"} <= names:
        raise InputError(f"{path}: not a Piper model (its inputs are {', '.join(sorted(names))})")
    return PiperModel(
        name=path.name.removesuffix(".onnx"),
        path=path,
        sample_rate=sample_rate,
        espeak_voice=espeak_voice,
        id_map=id_map,
        num_speakers=int(config.get("num_speakers", 1)),
        noise_scale=float(inference.get("noise_scale", 0.667)),
        length_scale=float(inference.get("length_scale", 1.0)),
        noise_w=float(inference.get("noise_w", 0.8)),
        session=session,
    )


def phonemize(text: str, espeak_voice: str) -> str:
    """IPA for `text`, clause by clause, each with the punctuation that closed it."""
    library = _Library.get()
    parts = []
    for clause in _CLAUSE.findall(text):
        words = clause.rstrip(",;:.!?")
        mark = clause[len(words) :].strip()[:1]
        spoken = " ".join(library.phonemes(words, espeak_voice)) if words.strip() else ""
        if spoken:
            parts.append(spoken + mark)
    return " ".join(parts)


class PiperEngine:
    """Piper voices: those installed with `audio-edition voices download`, or one model file."""

    name: str = "piper"
    default_voice: str = "vi_VN-vais1000-medium"

    def __init__(self, model_path: Path | None = None, rate: float = 1.0) -> None:
        self.model_path = model_path
        self.rate = rate
        found = installed_voices()
        if model_path is not None:
            found = {model_path.name.removesuffix(".onnx"): model_path, **found}
            self.default_voice = model_path.name.removesuffix(".onnx")
        elif found and self.default_voice not in found:
            self.default_voice = sorted(found)[0]
        self.paths = found
        self.voices: tuple[str, ...] = tuple(found) or (self.default_voice,)
        self._models: dict[str, PiperModel] = {}
        self._lock = threading.Lock()
        self.limits = EngineLimits(max_chars=None, sample_rate=22050, concurrency=1)

    def unavailable_reason(self) -> str | None:
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            return "onnxruntime is not installed (pip install 'audio-edition[piper]')"
        if not self.paths:
            return (
                "no Piper voice is installed (audio-edition voices download vi_VN-vais1000-medium, "
                "or --voice-model PATH)"
            )
        try:
            self.limits = EngineLimits(
                max_chars=None, sample_rate=self.model(self.default_voice).sample_rate, concurrency=1
            )
        except (InputError, EngineUnavailable) as exc:
            return exc.message
        return None

    def model(self, voice: str) -> PiperModel:
        with self._lock:
            if voice not in self._models:
                if voice not in self.paths:
                    raise EnginePermanent(
                        f"piper has no voice {voice!r}", hint=f"installed: {', '.join(self.paths) or 'none'}"
                    )
                self._models[voice] = load_model(self.paths[voice])
            return self._models[voice]

    def options(self) -> dict[str, Any]:
        return {"rate": self.rate}

    def concurrency_for(self, chars: int) -> int:
        return 1

    def release(self) -> None:
        """A loaded model stays: loading one costs more than keeping it."""

    def synthesize(self, text: str, voice: str) -> Clip:
        model = self.model(voice)
        phonemes = phonemize(text, model.espeak_voice)
        if not phonemes:
            raise EnginePermanent(f"espeak-ng found nothing to say in {text[:60]!r}")
        audio = model.run(model.ids(phonemes), model.length_scale / self.rate)
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        if peak > 1.0:  # Piper scales a loud sentence back to full scale
            audio = audio / peak
        pcm = np.clip(np.round(audio * 32767), -32768, 32767).astype("<i2").tobytes()
        return Clip(pcm=pcm, sample_rate=model.sample_rate)
