"""The offline voice: libespeak-ng, as shipped in the espeakng-loader wheel.

libespeak-ng keeps global state, so within one process a lock serializes every call. To use
every core, `EspeakEngine(workers=N)` speaks in N worker processes, each with its own copy of
the library (spawned, not forked: the parent has threads). One worker speaks in-process.
"""

from __future__ import annotations

import array
import ctypes
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..errors import EnginePermanent, EngineUnavailable
from ..model import Clip
from .base import EngineLimits

# espeak_AUDIO_OUTPUT and flags from speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 0x02
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_RATE = 1
_PITCH = 3

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class _Library:
    """The loaded library, initialised once per process."""

    _lock = threading.Lock()
    _instance: _Library | None = None

    def __init__(self) -> None:
        import espeakng_loader

        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        self.lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self.lib.espeak_Initialize.restype = ctypes.c_int
        self.lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self.lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        rate = self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, espeakng_loader.get_data_path().encode(), 0)
        if rate <= 0:
            raise EngineUnavailable("espeak-ng failed to initialise its data directory")
        self.sample_rate = rate
        self._samples = array.array("h")
        self._callback = _CALLBACK(self._collect)
        self.lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0 and wav:
            self._samples.extend(ctypes.cast(wav, ctypes.POINTER(ctypes.c_short * count)).contents)
        return 0

    @classmethod
    def get(cls) -> _Library:
        with cls._lock:
            if cls._instance is None:
                cls._instance = _Library()
            return cls._instance

    def speak(self, text: str, voice: str, rate_wpm: int, pitch: int) -> Clip:
        with self._lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise EnginePermanent(f"espeak-ng has no voice {voice!r}")
            self.lib.espeak_SetParameter(_RATE, rate_wpm, 0)
            self.lib.espeak_SetParameter(_PITCH, pitch, 0)
            self._samples = array.array("h")
            data = text.encode("utf-8")
            status = self.lib.espeak_Synth(
                data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8 | _ENDPAUSE, None, None
            )
            self.lib.espeak_Synchronize()
            if status != 0:
                raise EnginePermanent(f"espeak-ng failed to speak (status {status})")
            return Clip(pcm=self._samples.tobytes(), sample_rate=self.sample_rate)


_pools: dict[int, ProcessPoolExecutor] = {}
_pools_lock = threading.Lock()


def _pool(workers: int) -> ProcessPoolExecutor:
    with _pools_lock:
        if workers not in _pools:
            _pools[workers] = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        return _pools[workers]


# Starting the worker processes costs about a second of wall time (a new interpreter each, the
# package's imports and espeak-ng's data): the time one process needs for about 7,000
# characters. Below this many characters a job is spoken in-process.
POOL_MIN_CHARS = 20_000


def _speak_in_worker(text: str, voice: str, rate_wpm: int, pitch: int) -> tuple[bytes, int]:
    clip = _Library.get().speak(text, voice, rate_wpm, pitch)
    return clip.pcm, clip.sample_rate


class EspeakEngine:
    """Vietnamese from eSpeak NG: northern (vi), central and southern voices."""

    name: str = "espeak"
    voices: tuple[str, ...] = ("vi", "vi-vn-x-central", "vi-vn-x-south")
    default_voice: str = "vi"

    def __init__(
        self, rate_wpm: int = 165, pitch: int = 50, workers: int | None = None, pool_min_chars: int = POOL_MIN_CHARS
    ) -> None:
        self.rate_wpm = rate_wpm
        self.pitch = pitch
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self.pool_min_chars = pool_min_chars
        self.limits = EngineLimits(max_chars=None, sample_rate=22050, concurrency=self.workers)
        self._pool: ProcessPoolExecutor | None = None

    def unavailable_reason(self) -> str | None:
        try:
            _Library.get()
        except (ImportError, OSError, EngineUnavailable) as exc:
            return f"libespeak-ng cannot be loaded ({exc})"
        return None

    def options(self) -> dict[str, Any]:
        return {"rate_wpm": self.rate_wpm, "pitch": self.pitch}

    def concurrency_for(self, chars: int) -> int:
        """Worker processes for a large job (started once, then kept); in-process for a small one."""
        if self.workers > 1 and chars >= self.pool_min_chars:
            self._pool = _pool(self.workers)
        return self.workers if self._pool is not None else 1

    def synthesize(self, text: str, voice: str) -> Clip:
        if voice not in self.voices:
            raise EnginePermanent(f"espeak has no voice {voice!r}", hint=f"choose one of {', '.join(self.voices)}")
        if self._pool is not None:
            pcm, rate = self._pool.submit(_speak_in_worker, text, voice, self.rate_wpm, self.pitch).result()
            return Clip(pcm=pcm, sample_rate=rate)
        try:
            lib = _Library.get()
        except (ImportError, OSError) as exc:
            raise EngineUnavailable(f"libespeak-ng cannot be loaded ({exc})") from exc
        return lib.speak(text, voice, self.rate_wpm, self.pitch)
