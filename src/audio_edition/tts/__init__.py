"""Speech engines behind one interface, chosen by name from `ENGINES`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ..errors import EngineUnavailable, InputError
from .base import Engine, EngineLimits
from .edge_engine import EdgeEngine
from .espeak import EspeakEngine
from .gtts_engine import GttsEngine, reachable
from .piper import PiperEngine
from .voices import installed_voices

log = logging.getLogger(__name__)

# Each factory takes how many processes the engine may speak in (None: its own default) and a
# Piper model file the user named (None: the installed voices).
ENGINES: dict[str, Callable[[int | None, Path | None], Engine]] = {
    "espeak": lambda processes, model: EspeakEngine(workers=processes),
    "gtts": lambda processes, model: GttsEngine(),
    "piper": lambda processes, model: PiperEngine(model_path=model),
    "edge": lambda processes, model: EdgeEngine(),
}
ENGINE_CHOICES = ("auto", *ENGINES)


def auto_engine(probe: Callable[[], bool] = reachable, voice_model: Path | None = None) -> tuple[str, str]:
    """What "auto" picks, and why: a Piper voice when one is here, else Google's voice when it
    answers, else espeak-ng."""
    if voice_model is not None:
        return "piper", f"--voice-model {voice_model}"
    if installed_voices():
        return "piper", "a Piper voice is installed"
    if probe():
        return "gtts", "no Piper voice is installed and Google's voice answers"
    return "espeak", "no Piper voice is installed and Google's voice does not answer"


def get_engine(
    name: str, probe: Callable[[], bool] = reachable, processes: int | None = None, voice_model: Path | None = None
) -> Engine:
    """The engine called `name`; "auto" is chosen by `auto_engine`."""
    if name == "auto":
        name, why = auto_engine(probe, voice_model)
        log.info("auto engine: using %s (%s)", name, why)
    if name not in ENGINES:
        raise InputError(f"unknown engine {name!r}", hint=f"choose one of {', '.join(ENGINE_CHOICES)}")
    engine = ENGINES[name](processes, voice_model)
    reason = engine.unavailable_reason()
    if reason:
        raise EngineUnavailable(f"engine {name} cannot run here: {reason}")
    return engine


__all__ = ["ENGINES", "ENGINE_CHOICES", "Engine", "EngineLimits", "auto_engine", "get_engine"]
