"""Neural Vietnamese voices from the Piper project, spoken by Piper's own package (`piper-tts`).

A Piper voice is an ONNX model (VITS) with a JSON config beside it (`x.onnx` + `x.onnx.json`).
A voice was trained on exactly what Piper's phonemizer makes of text, so this engine leaves
every step to `piper.PiperVoice`: its espeak-ng build (shipped inside piper-tts, with the
clause terminators Piper keeps as phonemes) turns the text into IPA without espeak-ng's
language-switch marks, its `phonemes_to_ids` writes `^ _`, each phoneme followed by `_`,
then `$`, and it runs the model. The offline espeak voice keeps espeakng-loader's build.

Piper splits a text into sentences itself; one written sentence is one clip here, so the
audio of every sentence Piper made of it is joined in order. Piper's own peak normalization
of each of those pieces is off: the audio stage levels the whole episode to its loudness
target, and scaling each piece to full scale would make one clip uneven.
The speaking rate is the length scale: 1.0 is the voice's own pace, 0.5 twice as fast.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from ..errors import EnginePermanent, EngineUnavailable, InputError
from ..model import Clip
from .base import EngineLimits
from .voices import RECOMMENDED_VOICE, installed_voices

_MISSING = "the piper engine needs piper-tts"
_INSTALL = "pip install 'audio-edition[piper]'"
_REQUIRED_SYMBOLS = ("^", "$", "_")


def _piper() -> Any:
    try:
        import piper
    except ImportError as exc:
        raise EngineUnavailable(_MISSING, hint=_INSTALL) from exc
    return piper


def _check_config(config_path: Path) -> None:
    """One clear line for a config Piper could not use, before Piper meets it."""
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        id_map = config["phoneme_id_map"]
        for symbol in _REQUIRED_SYMBOLS:
            if symbol not in id_map:
                raise KeyError(f"phoneme_id_map has no {symbol!r}")
        int(config["audio"]["sample_rate"])
        str(config["espeak"]["voice"])
        int(config["num_symbols"])
        int(config["num_speakers"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{config_path}: not a Piper voice config ({exc})") from exc


def load_voice(path: Path) -> Any:
    """The voice at `path` (the .onnx; its config is `path` + ".json"), as a `piper.PiperVoice`."""
    config_path = path.with_name(path.name + ".json")
    if not path.is_file():
        raise InputError(f"{path}: no such Piper voice model")
    if not config_path.is_file():
        raise InputError(f"{path}: its config {config_path.name} is missing beside it")
    _check_config(config_path)
    piper = _piper()
    try:
        voice = piper.PiperVoice.load(path, config_path=config_path)
    except Exception as exc:  # onnxruntime raises its own exception types for a bad file
        raise InputError(f"{path}: onnxruntime cannot load this model ({exc})") from exc
    names = {i.name for i in voice.session.get_inputs()}
    if not {"input", "input_lengths", "scales"} <= names:
        raise InputError(f"{path}: not a Piper model (its inputs are {', '.join(sorted(names))})")
    return voice


class PiperEngine:
    """Piper voices: those installed with `audio-edition voices download`, or one model file."""

    name: str = "piper"
    default_voice: str = RECOMMENDED_VOICE

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
        self._models: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.limits = EngineLimits(max_chars=None, sample_rate=22050, concurrency=1)

    def unavailable_reason(self) -> str | None:
        try:
            _piper()
        except EngineUnavailable:
            return f"piper-tts is not installed ({_INSTALL})"
        if not self.paths:
            return "no Piper voice is installed (audio-edition voices download, or --voice-model PATH)"
        try:
            rate = self.model(self.default_voice).config.sample_rate
        except (InputError, EngineUnavailable) as exc:
            return exc.message
        self.limits = EngineLimits(max_chars=None, sample_rate=int(rate), concurrency=1)
        return None

    def model(self, voice: str) -> Any:
        """The loaded `piper.PiperVoice` called `voice`."""
        with self._lock:
            if voice not in self._models:
                if voice not in self.paths:
                    raise EnginePermanent(
                        f"piper has no voice {voice!r}", hint=f"installed: {', '.join(self.paths) or 'none'}"
                    )
                self._models[voice] = load_voice(self.paths[voice])
            return self._models[voice]

    def options(self) -> dict[str, Any]:
        return {"rate": self.rate}

    def concurrency_for(self, chars: int) -> int:
        return 1

    def release(self) -> None:
        """A loaded model stays: loading one costs more than keeping it."""

    def synthesize(self, text: str, voice: str) -> Clip:
        piper_voice = self.model(voice)
        settings = _piper().SynthesisConfig(
            length_scale=piper_voice.config.length_scale / self.rate, normalize_audio=False
        )
        pieces = [chunk.audio_int16_bytes for chunk in piper_voice.synthesize(text, settings)]
        if not pieces:
            raise EnginePermanent(f"espeak-ng found nothing to say in {text[:60]!r}")
        pcm = b"".join(pieces)
        if not pcm:
            raise EnginePermanent(f"the Piper voice {voice} returned no audio for {text[:60]!r}")
        return Clip(pcm=pcm, sample_rate=int(piper_voice.config.sample_rate))
