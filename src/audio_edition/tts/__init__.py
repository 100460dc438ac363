"""Speech engines behind one interface, chosen by name from `ENGINES`.

Engines are imported when made: an espeak-ng worker process imports this package, and must
not pay for numpy and the neural engines it never uses (about 10 MiB a process)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ..errors import EngineUnavailable, InputError
from .base import Engine, EngineLimits
from .voices import installed_voices

log = logging.getLogger(__name__)


# Each factory takes how many processes the engine may speak in (None: its own default), a
# Piper model file the user named (None: the installed voices) and the speaking rate (1.0 is
# the voice's own pace), which each engine maps to its own control.
def _espeak(processes: int | None, model: Path | None, rate: float) -> Engine:
    from .espeak import EspeakEngine

    return EspeakEngine(workers=processes, rate=rate)


def _gtts(processes: int | None, model: Path | None, rate: float) -> Engine:
    from .gtts_engine import GttsEngine

    return GttsEngine(rate=rate)


def _piper(processes: int | None, model: Path | None, rate: float) -> Engine:
    from .piper import PiperEngine

    return PiperEngine(model_path=model, rate=rate)


def _edge(processes: int | None, model: Path | None, rate: float) -> Engine:
    from .edge_engine import EdgeEngine

    return EdgeEngine(rate=rate)


ENGINES: dict[str, Callable[[int | None, Path | None, float], Engine]] = {
    "espeak": _espeak,
    "gtts": _gtts,
    "piper": _piper,
    "edge": _edge,
}


def reachable() -> bool:
    """Whether Google's voice answers (see gtts_engine.reachable)."""
    from .gtts_engine import reachable as google_answers

    return google_answers()


ENGINE_CHOICES = ("auto", *ENGINES)


def edge_answers() -> bool:
    from .edge_engine import edge_reachable

    return edge_reachable()


def auto_engine(
    probe: Callable[[], bool] = reachable, voice_model: Path | None = None, edge: Callable[[], bool] = edge_answers
) -> tuple[str, str]:
    """What "auto" picks, and why: a Piper voice when one is here, else Edge's neural voice
    when it answers, else Google's voice when it answers, else espeak-ng."""
    if voice_model is not None:
        return "piper", f"--voice-model {voice_model}"
    if installed_voices():
        return "piper", "a Piper voice is installed"
    if edge():
        return "edge", "no Piper voice is installed and Edge's voice service answers"
    if probe():
        return "gtts", "no Piper voice is installed, Edge's voices do not answer, and Google's voice does"
    return "espeak", "no Piper voice is installed and no online voice answers"


def get_engine(
    name: str,
    probe: Callable[[], bool] = reachable,
    processes: int | None = None,
    voice_model: Path | None = None,
    rate: float = 1.0,
    edge_probe: Callable[[], bool] = edge_answers,
) -> Engine:
    """The engine called `name`; "auto" is chosen by `auto_engine`."""
    if name == "auto":
        name, why = auto_engine(probe, voice_model, edge_probe)
        log.info("auto engine: using %s (%s)", name, why)
    if name not in ENGINES:
        raise InputError(f"unknown engine {name!r}", hint=f"choose one of {', '.join(ENGINE_CHOICES)}")
    engine = ENGINES[name](processes, voice_model, rate)
    reason = engine.unavailable_reason()
    if reason:
        raise EngineUnavailable(f"engine {name} cannot run here: {reason}")
    return engine


__all__ = ["ENGINES", "ENGINE_CHOICES", "Engine", "EngineLimits", "auto_engine", "get_engine"]
