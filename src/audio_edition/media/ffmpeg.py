"""Find and run ffmpeg: $AUDIO_EDITION_FFMPEG, then one on PATH, then imageio-ffmpeg's binary."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from ..errors import AudioError
from ..settings import variable

FFMPEG_ENV = "AUDIO_EDITION_FFMPEG"


@lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The ffmpeg to run: AUDIO_EDITION_FFMPEG, else the one the imageio-ffmpeg wheel bundles (the
    build the tests run with), else one on PATH. A system's own ffmpeg comes last: Debian 12's
    5.1, for one, rejects filter options the tool uses."""
    explicit = variable(FFMPEG_ENV)
    if explicit:
        if not Path(explicit).is_file():
            raise AudioError(f"{FFMPEG_ENV}={explicit} is not a file")
        return explicit
    bundled = _bundled()
    if bundled:
        return bundled
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        pass
    on_path = shutil.which("ffmpeg")
    if on_path:
        return on_path
    raise AudioError("no ffmpeg found", hint="pip install imageio-ffmpeg, or set AUDIO_EDITION_FFMPEG")


def _bundled() -> str | None:
    """The binary in the imageio-ffmpeg wheel, found without running it (imageio-ffmpeg's own
    lookup runs `ffmpeg -version` first: 50 ms and a 21 MiB process on every build)."""
    from importlib.resources import files

    try:
        folder = files("imageio_ffmpeg.binaries")
        found = [str(p) for p in folder.iterdir() if p.name.startswith("ffmpeg") and os.access(str(p), os.X_OK)]
    except (ModuleNotFoundError, OSError, TypeError):
        return None
    return found[0] if len(found) == 1 else None


def run(args: list[str], stdin: bytes | None = None) -> bytes:
    """Run ffmpeg quietly and return its stdout; raise AudioError with its last error line."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args]
    try:
        proc = subprocess.run(cmd, input=stdin, capture_output=True, check=False)
    except OSError as exc:
        raise AudioError(f"ffmpeg could not be started ({exc})") from exc
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioError(f"ffmpeg failed: {lines[-1] if lines else 'exit code ' + str(proc.returncode)}")
    return proc.stdout


def decode_mp3(data: bytes, sample_rate: int) -> bytes:
    """MP3 bytes -> mono s16le PCM at `sample_rate`."""
    return run(["-f", "mp3", "-i", "pipe:0", "-ac", "1", "-ar", str(sample_rate), "-f", "s16le", "pipe:1"], data)


def decode_file(path: str | Path, sample_rate: int) -> bytes:
    """Any audio file -> mono s16le PCM at `sample_rate`."""
    return run(["-i", str(path), "-ac", "1", "-ar", str(sample_rate), "-f", "s16le", "pipe:1"])
