"""The offline voice: libespeak-ng, as shipped in the espeakng-loader wheel.

libespeak-ng keeps global state, so within one process a lock serializes every call. To use
every core, `EspeakEngine(workers=N)` speaks a large job in N worker processes (see
espeak_worker.py), each with its own copy of the library; a small job, or one worker, speaks
in-process. Workers are plain child processes that exit when their stdin closes, so none
outlives its parent, and `release()` stops them as soon as a build has every clip.
"""

from __future__ import annotations

import atexit
import ctypes
import json
import os
import queue
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import EnginePermanent, EngineUnavailable
from ..model import Clip
from .base import EngineLimits

# espeak_AUDIO_OUTPUT and flags from speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 0x02
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_PHONEMES_IPA = 0x02
_RATE = 1
_PITCH = 3

# espeak_ng_SetVoiceByFile copies the path into a 60-byte buffer
_MAX_VOICE_PATH = 60

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
        self.lib.espeak_SetVoiceByFile.argtypes = [ctypes.c_char_p]
        self.data_path = espeakng_loader.get_data_path()
        rate = self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, self.data_path.encode(), 0)
        if rate <= 0:
            raise EngineUnavailable("espeak-ng failed to initialise its data directory")
        self.sample_rate = rate
        self._steady_files: dict[str, str] = {}
        self._steady_dir: str | None = None
        self._sink: Callable[[bytes], object] = lambda chunk: None
        self._callback = _CALLBACK(self._collect)
        self.lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0 and wav:
            self._sink(ctypes.string_at(wav, 2 * count))
        return 0

    @classmethod
    def get(cls) -> _Library:
        with cls._lock:
            if cls._instance is None:
                cls._instance = _Library()
            return cls._instance

    def _steady_voice(self, voice: str) -> str | None:
        """A copy of `voice`'s language file without pitch flutter or roughness, at a path
        espeak-ng accepts (short, lower case); None where there is none.

        espeak-ng wobbles the pitch by an index, and roughens the voice every few glottal cycles
        by a cycle count, that run on from one utterance to the next and that no call resets: a
        sentence's audio (even its length) depends on what the process said before it. Without
        them a sentence sounds the same whatever came before, in any process, so the clip cache
        shared by parallel builds holds one version of each sentence."""
        if voice in self._steady_files:
            return self._steady_files[voice]
        source = next(
            (p for p in Path(self.data_path, "lang").rglob("*") if p.is_file() and p.name.lower() == voice.lower()),
            None,
        )
        path = None
        if source is not None:
            if self._steady_dir is None:
                self._steady_dir = tempfile.mkdtemp(prefix="ae-espeak-")
                atexit.register(shutil.rmtree, self._steady_dir, True)
            # espeak-ng lower-cases the path before it opens the file
            candidate = os.path.join(self._steady_dir, source.name.lower())
            if len(candidate.encode()) < _MAX_VOICE_PATH and candidate == candidate.lower():
                text = source.read_text(encoding="utf-8", errors="replace")
                Path(candidate).write_text(f"{text}\nflutter 0\nroughness 0\n", encoding="utf-8")
                path = candidate
        self._steady_files[voice] = path
        return path

    def _select(self, voice: str) -> None:
        steady = self._steady_voice(voice)
        if steady is not None and self.lib.espeak_SetVoiceByFile(steady.encode()) == 0:
            return
        if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise EnginePermanent(f"espeak-ng has no voice {voice!r}")

    def speak_into(self, text: str, voice: str, rate_wpm: int, pitch: int, sink: Callable[[bytes], object]) -> None:
        """Speak `text`, handing the PCM to `sink` piece by piece as espeak-ng makes it."""
        with self._lock:
            self._select(voice)
            self.lib.espeak_SetParameter(_RATE, rate_wpm, 0)
            self.lib.espeak_SetParameter(_PITCH, pitch, 0)
            self._sink = sink
            data = text.encode("utf-8")
            try:
                status = self.lib.espeak_Synth(
                    data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8 | _ENDPAUSE, None, None
                )
                self.lib.espeak_Synchronize()
            finally:
                self._sink = lambda chunk: None
            if status != 0:
                raise EnginePermanent(f"espeak-ng failed to speak (status {status})")

    def phonemes(self, text: str, voice: str) -> list[str]:
        """IPA phonemes of `text`, one string per clause espeak-ng finds (for Piper voices)."""
        with self._lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise EnginePermanent(f"espeak-ng has no voice {voice!r}")
            fn = self.lib.espeak_TextToPhonemes
            fn.restype = ctypes.c_char_p
            fn.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
            buffer = ctypes.c_char_p(text.encode("utf-8"))
            clauses = []
            while buffer.value:
                out = fn(ctypes.pointer(buffer), _CHARS_UTF8, _PHONEMES_IPA)
                if out:
                    clauses.append(out.decode("utf-8", "replace"))
            return clauses

    def speak(self, text: str, voice: str, rate_wpm: int, pitch: int) -> Clip:
        pcm = bytearray()
        self.speak_into(text, voice, rate_wpm, pitch, pcm.extend)
        return Clip(pcm=bytes(pcm), sample_rate=self.sample_rate)


# Starting the worker processes costs about half a second of wall time (a new interpreter each,
# the package's imports and espeak-ng's data): the time one process needs for about 4,000
# characters. Below this many characters a job is spoken in-process.
POOL_MIN_CHARS = 20_000


class _Worker:
    """One worker process and its pipes."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "audio_edition.tts.espeak_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def speak(self, text: str, voice: str, rate_wpm: int, pitch: int) -> Clip:
        from .espeak_worker import read_record

        assert self.proc.stdin is not None and self.proc.stdout is not None
        body = json.dumps({"text": text, "voice": voice, "rate_wpm": rate_wpm, "pitch": pitch}).encode("utf-8")
        try:
            self.proc.stdin.write(struct.pack(">I", len(body)) + body)
            self.proc.stdin.flush()
        except OSError as exc:
            raise EnginePermanent(f"an espeak-ng worker process is gone ({exc})") from exc
        pcm = bytearray()
        while (record := read_record(self.proc.stdout)) is not None:
            kind, payload = record
            if kind == b"D":
                pcm += payload
            elif kind == b"E":
                return Clip(pcm=bytes(pcm), sample_rate=struct.unpack(">I", payload)[0])
            else:
                raise EnginePermanent(payload.decode("utf-8", "replace") or "espeak-ng failed")
        raise EnginePermanent(f"an espeak-ng worker process ended (exit status {self.proc.poll()})")

    def stop(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class _Workers:
    """N worker processes; each call takes an idle one."""

    def __init__(self, count: int) -> None:
        self.all = [_Worker() for _ in range(count)]
        self.idle: queue.Queue[_Worker] = queue.Queue()
        for worker in self.all:
            self.idle.put(worker)

    def speak(self, text: str, voice: str, rate_wpm: int, pitch: int) -> Clip:
        worker = self.idle.get()
        try:
            return worker.speak(text, voice, rate_wpm, pitch)
        except EnginePermanent:
            if worker.proc.poll() is not None:  # replace a dead worker, then report the failure
                self.all[self.all.index(worker)] = worker = _Worker()
            raise
        finally:
            self.idle.put(worker)

    def stop(self) -> None:
        for worker in self.all:
            worker.stop()


class EspeakEngine:
    """Vietnamese from eSpeak NG: northern (vi), central and southern voices."""

    name: str = "espeak"
    voices: tuple[str, ...] = ("vi", "vi-vn-x-central", "vi-vn-x-south")
    default_voice: str = "vi"

    def __init__(
        self,
        rate_wpm: int = 165,
        pitch: int = 50,
        workers: int | None = None,
        pool_min_chars: int = POOL_MIN_CHARS,
        rate: float = 1.0,
    ) -> None:
        self.rate = rate
        self.rate_wpm = round(rate_wpm * rate)
        self.pitch = pitch
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self.pool_min_chars = pool_min_chars
        self.limits = EngineLimits(max_chars=None, sample_rate=22050, concurrency=self.workers)
        self._pool: _Workers | None = None
        self._pool_lock = threading.Lock()

    def unavailable_reason(self) -> str | None:
        try:
            _Library.get()
        except (ImportError, OSError, EngineUnavailable) as exc:
            return f"libespeak-ng cannot be loaded ({exc})"
        return None

    def options(self) -> dict[str, Any]:
        return {"rate_wpm": self.rate_wpm, "pitch": self.pitch, "flutter": 0}

    def concurrency_for(self, chars: int) -> int:
        """Worker processes for a large job; in-process for a small one."""
        with self._pool_lock:
            if self.workers > 1 and chars >= self.pool_min_chars and self._pool is None:
                self._pool = _Workers(self.workers)
            return self.workers if self._pool is not None else 1

    def release(self) -> None:
        """Stop the worker processes (a later large job starts them again)."""
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()

    def synthesize(self, text: str, voice: str) -> Clip:
        if voice not in self.voices:
            raise EnginePermanent(f"espeak has no voice {voice!r}", hint=f"choose one of {', '.join(self.voices)}")
        pool = self._pool
        if pool is not None:
            return pool.speak(text, voice, self.rate_wpm, self.pitch)
        try:
            lib = _Library.get()
        except (ImportError, OSError) as exc:
            raise EngineUnavailable(f"libespeak-ng cannot be loaded ({exc})") from exc
        return lib.speak(text, voice, self.rate_wpm, self.pitch)
