"""The interface every speech engine implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from ..model import Clip
from ..settings import number

VOICE_TIMEOUT_ENV = "AUDIO_EDITION_VOICE_TIMEOUT"  # --voice-timeout


def voice_timeout(default: float) -> float:
    """Seconds in all for one request to an online voice: --voice-timeout's, else `default`."""
    return number(VOICE_TIMEOUT_ENV, default)


@dataclass(frozen=True, slots=True)
class EngineLimits:
    """What an engine can take: characters per request, its sample rate and concurrency."""

    max_chars: int | None  # per request; None when the engine takes any length
    sample_rate: int  # of the PCM that synthesize() returns
    concurrency: int  # how many synthesize() calls may run at once


class Engine(Protocol):
    """A speech engine: its name, voices, limits and rate, and how it speaks a sentence."""

    name: str
    voices: tuple[str, ...]
    default_voice: str
    limits: EngineLimits
    rate: float  # speaking rate: 1.0 is the voice's own pace

    def unavailable_reason(self) -> str | None:
        """None when the engine can run here, otherwise why it cannot."""

    def options(self) -> dict[str, Any]:
        """Settings that change the audio; part of the cache key."""

    def concurrency_for(self, chars: int) -> int:
        """How many synthesize() calls to run at once for a job of `chars` characters
        (at most limits.concurrency); the engine may set itself up for that job size."""

    def release(self) -> None:
        """Free what speaking holds (worker processes, connections) until asked to speak again."""

    def synthesize(self, text: str, voice: str) -> Clip:
        """Speak `text` (already normalized) with `voice`; raise EngineError on failure."""
