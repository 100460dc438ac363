"""`audio-edition doctor`: what this machine can do, one line per check.

Each check says ok, warn (an optional part is missing: a voice, a browser, the network) or fail
(the tool cannot build here), and what to do about it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import AudioEditionError


@dataclass(frozen=True, slots=True)
class Check:
    """One line of `doctor`: what was checked, ok, warn or fail, and what was found."""

    name: str
    status: str  # "ok", "warn" or "fail"
    detail: str


def _ffmpeg() -> Check:
    from .media.ffmpeg import ffmpeg_exe

    try:
        exe = ffmpeg_exe()
        out = subprocess.run([exe, "-hide_banner", "-version"], capture_output=True, text=True, timeout=20)
    except (AudioEditionError, OSError, subprocess.SubprocessError) as exc:
        return Check("ffmpeg", "fail", f"cannot run ffmpeg ({exc}); pip install imageio-ffmpeg")
    version = out.stdout.split("\n", 1)[0].removeprefix("ffmpeg version ").split(" ", 1)[0]
    if "--enable-libmp3lame" not in out.stdout:
        return Check("ffmpeg", "fail", f"{exe} {version} has no MP3 encoder (libmp3lame)")
    return Check("ffmpeg", "ok", f"{exe} ({version}, with libmp3lame)")


def _espeak() -> Check:
    try:
        from .model import Clip
        from .tts.espeak import EspeakEngine

        clip: Clip = EspeakEngine().synthesize("Xin chào.", "vi")
    except (AudioEditionError, OSError, ImportError) as exc:
        return Check("espeak", "fail", f"the offline voice does not speak ({exc})")
    return Check("espeak", "ok", f"speaks Vietnamese offline ({clip.duration_ms:.0f} ms for 'Xin chào.')")


def _piper() -> Check:
    from .tts.voices import CATALOG, RECOMMENDED_VOICE, installed_voices, voices_dir

    try:
        import piper  # noqa: F401
    except ImportError:
        return Check("piper", "warn", "piper-tts is not installed: pip install 'audio-edition[piper]'")
    voices = installed_voices()
    if not voices:
        size = next(v.size_mb for v in CATALOG if v.name == RECOMMENDED_VOICE)
        return Check(
            "piper",
            "warn",
            f"no voice in {voices_dir()}: audio-edition voices download (installs {RECOMMENDED_VOICE}, {size:.0f} MB)",
        )
    return Check("piper", "ok", f"{len(voices)} voice(s) in {voices_dir()}: {', '.join(sorted(voices))}")


def _auto() -> Check:
    """What --engine auto speaks with. With a Piper voice installed that needs no network probe;
    without one, the edge and gtts lines above say which service answers."""
    from .tts.piper import PiperEngine
    from .tts.voices import installed_voices

    if installed_voices():
        engine = PiperEngine()
        reason = engine.unavailable_reason()
        if reason:
            return Check("auto", "warn", f"a Piper voice is installed but cannot speak: {reason}")
        return Check("auto", "ok", f"piper, voice {engine.default_voice}")
    return Check(
        "auto", "ok", "no Piper voice: edge when its service answers, else gtts when Google answers, else espeak"
    )


def _edge() -> Check:
    try:
        import edge_tts  # noqa: F401
    except ImportError:
        return Check("edge", "warn", "edge-tts is not installed: pip install 'audio-edition[edge]'")
    from .tts.edge_engine import edge_reachable

    if not edge_reachable():
        return Check("edge", "warn", "installed, but Microsoft's speech service does not answer")
    return Check("edge", "ok", "installed, and the service answers")


def _gtts() -> Check:
    from .tts.gtts_engine import endpoint, reachable

    if not reachable():
        return Check("gtts", "warn", f"{endpoint()} does not answer (offline voices still work)")
    return Check("gtts", "ok", f"{endpoint()} answers")


def _writable(name: str, folder: Path, required: bool) -> Check:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check(name, "fail" if required else "warn", f"{folder} is not writable ({exc.strerror or exc})")
    free = shutil.disk_usage(folder).free / 2**30
    return Check(name, "ok" if free > 1 else "warn", f"{folder} ({free:.1f} GiB free)")


def _browser() -> Check:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    if not (chromium and driver):
        return Check("browser", "warn", "no chromium and chromedriver: the listen-page test is skipped outside CI")
    return Check("browser", "ok", f"{chromium} and {driver} (for the listen-page test)")


def checks(cache_dir: Path) -> list[Callable[[], Check]]:
    """The checks `doctor` runs, in the order it prints them."""
    from .tts.voices import voices_dir

    return [
        _ffmpeg,
        _espeak,
        _piper,
        _auto,
        _edge,
        _gtts,
        lambda: _writable("cache", cache_dir, required=False),
        lambda: _writable("voices", voices_dir(), required=False),
        lambda: _writable("output", Path(os.getcwd()), required=False),
        _browser,
    ]
