"""Content-addressed cache of synthesized clips.

The key covers everything that changes the audio: cache format version, engine, voice,
engine options and the spoken text. Entries are WAV files written atomically; an entry
that cannot be read is treated as a miss and replaced.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import wave
from pathlib import Path
from typing import Any

from ..files import atomic_write
from ..model import Clip

log = logging.getLogger(__name__)

CACHE_VERSION = 1
CACHE_ENV = "AUDIO_EDITION_CACHE_DIR"


def default_cache_dir() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("audio-edition", appauthor=False)) / "clips"


def cache_key(engine: str, voice: str, options: dict[str, Any], text: str) -> str:
    material = json.dumps(
        {"v": CACHE_VERSION, "engine": engine, "voice": voice, "options": options, "text": text},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ClipCache:
    def __init__(self, root: Path | None) -> None:
        self.root = root  # None disables the cache

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.wav"

    def get(self, key: str) -> Clip | None:
        if self.root is None:
            return None
        path = self._path(key)
        try:
            with wave.open(str(path), "rb") as w:
                if w.getnchannels() != 1 or w.getsampwidth() != 2:
                    raise wave.Error("not mono 16-bit")
                pcm = w.readframes(w.getnframes())
                if len(pcm) != 2 * w.getnframes():
                    raise wave.Error("truncated")
                return Clip(pcm=pcm, sample_rate=w.getframerate())
        except FileNotFoundError:
            return None
        except (wave.Error, EOFError, OSError) as exc:
            log.warning("ignoring corrupt cache entry %s (%s)", path, exc)
            return None

    def put(self, key: str, clip: Clip) -> None:
        if self.root is None:
            return

        def write(f: Any) -> None:
            with wave.open(f, "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(clip.sample_rate)
                w.writeframes(clip.pcm)

        try:
            atomic_write(self._path(key), write)
        except OSError as exc:
            log.warning("could not write cache entry (%s); continuing without it", exc)
