"""Content-addressed store of prepared clips.

The key covers everything that changes the audio: store format version, engine, voice,
engine options and the spoken text. Each entry is `<key>.wav` (the trimmed, peak-controlled
clip) and `<key>.json` (its measurement: sample rate, frames, true peak and the 20 ms
K-weighted energies loudness is computed from), both written atomically. The first entry
stored under a key stays: builds running at once on one cache (parallel builds, batch workers)
race to create the clip with an exclusive link, the loser uses the winner's entry, and every
reader so sees the same clip. An entry that cannot be read, or whose two halves disagree, is a
miss and is replaced. Without a cache directory
the store lives in a temporary directory for the length of the build: clips are never all
held in memory.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import wave
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import AudioError
from ..files import atomic_write, create_once
from ..model import Clip, ClipInfo
from ..settings import variable

log = logging.getLogger(__name__)

CACHE_VERSION = 3
CACHE_ENV = "AUDIO_EDITION_CACHE_DIR"


def default_cache_dir() -> Path:
    """The clip cache's folder: AUDIO_EDITION_CACHE_DIR, else the user cache directory."""
    explicit = variable(CACHE_ENV)
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("audio-edition", appauthor=False)) / "clips"


def cache_key(engine: str, voice: str, options: dict[str, Any], text: str) -> str:
    """The key a clip is cached under: a hash of engine, voice, its options and the text."""
    material = json.dumps(
        {"v": CACHE_VERSION, "engine": engine, "voice": voice, "options": options, "text": text},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ClipStore:
    """Synthesized clips on disk, with their loudness cells and true peaks, by key."""

    def __init__(self, root: Path | None, settle_s: float = 5.0) -> None:
        self.settle_s = settle_s  # how long to wait for another writer's measurement
        self.temporary = root is None
        self.root = Path(tempfile.mkdtemp(prefix="audio-edition-clips-")) if root is None else root

    def close(self) -> None:
        if self.temporary:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ClipStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _path(self, key: str, suffix: str) -> Path:
        folder = self.root / key[:2]
        if folder.is_symlink():  # a planted link would have clips written wherever it points
            raise AudioError(f"{folder}: a link inside the clip cache; it is not followed", hint="remove it")
        return folder / f"{key}{suffix}"

    def info(self, key: str) -> ClipInfo | None:
        """The entry's measurement, when both halves are there and agree; otherwise None."""
        meta_path, wav_path = self._path(key, ".json"), self._path(key, ".wav")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            with wave.open(str(wav_path), "rb") as w:
                shape = (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes())
            if meta.get("version") != CACHE_VERSION or shape != (1, 2, meta["sample_rate"], meta["frames"]):
                raise ValueError(f"{wav_path.name} does not match its measurement")
            if os.path.getsize(wav_path) < 44 + 2 * meta["frames"]:
                raise ValueError(f"{wav_path.name} is truncated")
            return ClipInfo(
                key=key,
                sample_rate=int(meta["sample_rate"]),
                frames=int(meta["frames"]),
                cells=base64.b64decode(meta["cells"]),
                true_peak=float(meta["true_peak"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, wave.Error, EOFError) as exc:
            log.warning("ignoring corrupt cache entry %s (%s)", wav_path, exc)
            return None

    def put(self, key: str, clip: Clip, cells: bytes, true_peak: float) -> ClipInfo:
        info = ClipInfo(key, clip.sample_rate, clip.frames, cells, true_peak)

        def write_wav(f: Any) -> None:
            with wave.open(f, "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(clip.sample_rate)
                w.writeframes(clip.pcm)

        meta = {
            "version": CACHE_VERSION,
            "sample_rate": info.sample_rate,
            "frames": info.frames,
            "true_peak": info.true_peak,
            "cells": base64.b64encode(cells).decode("ascii"),
        }

        def write_meta(f: Any) -> None:
            f.write(json.dumps(meta).encode("utf-8"))

        wav_path, meta_path = self._path(key, ".wav"), self._path(key, ".json")
        try:
            stored = self.info(key)
            if stored is not None and stored.sample_rate == clip.sample_rate:
                return stored  # the first entry stays: every build uses the same clip
            if stored is None and create_once(wav_path, write_wav):
                atomic_write(meta_path, write_meta)  # the measurement of the clip that won
                return info
            stored = stored or self._settled(key)  # another build is storing this clip: use its entry
            if stored is not None and stored.sample_rate == clip.sample_rate:
                return stored
            # a broken entry, a writer that died, or a clip at another rate (spoken again): replaced
            for path in (wav_path, meta_path):
                if path.is_dir() and not path.is_symlink():  # a folder where a file belongs
                    shutil.rmtree(path)
            atomic_write(wav_path, write_wav)
            atomic_write(meta_path, write_meta)
        except OSError as exc:
            if self.temporary:
                raise AudioError(f"cannot store clips in {self.root}: {exc.strerror or exc}") from exc
            raise AudioError(
                f"cannot write the clip cache {self.root}: {exc.strerror or exc}",
                hint="free some space, or give another --cache-dir",
            ) from exc
        return info

    def _settled(self, key: str) -> ClipInfo | None:
        """The entry another writer is finishing: its clip is in place and its measurement is
        written next (a moment). None when there is no measurement coming, or it is broken."""
        deadline = time.monotonic() + self.settle_s
        if not self._path(key, ".wav").is_file():  # no clip in place: nobody is finishing one
            return None
        while not self._path(key, ".json").exists():
            if time.monotonic() > deadline:
                return None
            time.sleep(0.01)
        return self.info(key)

    def pcm(self, info: ClipInfo) -> bytes:
        """The samples of a clip measured earlier; an error if the entry changed since."""
        path = self._path(info.key, ".wav")
        try:
            with wave.open(str(path), "rb") as w:
                pcm = w.readframes(info.frames + 1)
                rate = w.getframerate()
        except (OSError, wave.Error, EOFError) as exc:
            raise AudioError(f"cache entry {path} disappeared or broke during the build ({exc})") from exc
        if rate != info.sample_rate or len(pcm) != 2 * info.frames:
            raise AudioError(f"cache entry {path} changed during the build")
        return pcm
