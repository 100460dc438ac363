"""Speech engines behind one interface, chosen by name from `ENGINES`."""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..errors import EngineUnavailable, InputError
from .base import Engine, EngineLimits
from .espeak import EspeakEngine
from .gtts_engine import GttsEngine, reachable

log = logging.getLogger(__name__)

# Each factory takes how many processes the engine may speak in (None: its own default).
ENGINES: dict[str, Callable[[int | None], Engine]] = {
    "espeak": lambda processes: EspeakEngine(workers=processes),
    "gtts": lambda processes: GttsEngine(),
}
ENGINE_CHOICES = ("auto", *ENGINES)


def get_engine(name: str, probe: Callable[[], bool] = reachable, processes: int | None = None) -> Engine:
    """The engine called `name`; "auto" is gtts when Google answers, espeak otherwise."""
    if name == "auto":
        name = "gtts" if probe() else "espeak"
        log.info("auto engine: using %s", name)
    if name not in ENGINES:
        raise InputError(f"unknown engine {name!r}", hint=f"choose one of {', '.join(ENGINE_CHOICES)}")
    engine = ENGINES[name](processes)
    reason = engine.unavailable_reason()
    if reason:
        raise EngineUnavailable(f"engine {name} cannot run here: {reason}")
    return engine


__all__ = ["ENGINES", "ENGINE_CHOICES", "Engine", "EngineLimits", "get_engine"]
