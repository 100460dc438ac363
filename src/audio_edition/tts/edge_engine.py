"""Microsoft Edge's neural Vietnamese voices, through the edge-tts package (online).

edge-tts opens a WebSocket to the read-aloud service, sends the speech config and the SSML,
and receives MP3 frames (24 kHz, 48 kbps mono) with word-boundary events, until the turn
ends. Each sentence is one request; a dropped connection or a server error is retried with
backoff, as the gtts engine does, and a refusal (HTTP 4xx at the handshake) is one clear line.
`AUDIO_EDITION_EDGE_URL` points the client at another endpoint (the tests' loopback server).
"""

from __future__ import annotations

import asyncio
import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any

from ..audio.ffmpeg import decode_mp3
from ..errors import AudioError, EnginePermanent, EngineTransient, EngineUnavailable
from ..model import Clip
from .base import EngineLimits, voice_timeout

EDGE_URL_ENV = "AUDIO_EDITION_EDGE_URL"
SERVICE = "wss://speech.platform.bing.com/consumer/speech/synthesize/readaloud/edge/v1"
SAMPLE_RATE = 24000
ATTEMPTS = 4
TICKS_PER_S = 10_000_000  # word-boundary offsets and durations are in 100 ns ticks
_BACKOFF_S = 1.0


def edge_reachable() -> bool:
    """Whether edge-tts is installed and the service (or AUDIO_EDITION_EDGE_URL) answers."""
    try:
        import edge_tts  # noqa: F401
    except ImportError:
        return False
    from .gtts_engine import reachable

    return reachable(os.environ.get(EDGE_URL_ENV) or SERVICE)


def edge_rate(rate: float) -> str:
    """A speaking rate (1.0 = the voice's pace) as the service's prosody rate ("+25%")."""
    return f"{round((rate - 1) * 100):+d}%"


class EdgeEngine:
    """vi-VN-HoaiMyNeural (female) and vi-VN-NamMinhNeural (male)."""

    name: str = "edge"
    voices: tuple[str, ...] = ("vi-VN-HoaiMyNeural", "vi-VN-NamMinhNeural")
    default_voice: str = "vi-VN-HoaiMyNeural"

    def __init__(
        self,
        rate: float = 1.0,
        url: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        interval_s: float = 0.2,
        timeout_s: float | None = None,
    ) -> None:
        self.rate = rate
        self.url = url or os.environ.get(EDGE_URL_ENV)
        self.sleep, self.rng = sleep, rng or random.Random()
        self.interval_s = interval_s
        self.timeout_s = timeout_s or voice_timeout(60.0)  # in all; connecting and each receive: a third
        self.limits = EngineLimits(max_chars=None, sample_rate=SAMPLE_RATE, concurrency=2)
        self._last = 0.0
        self._lock = threading.Lock()
        self.boundaries: list[dict[str, Any]] = []  # word boundaries of the last sentence spoken

    def unavailable_reason(self) -> str | None:
        try:
            import edge_tts  # noqa: F401
        except ImportError:
            return "edge-tts is not installed (pip install 'audio-edition[edge]')"
        return None

    def options(self) -> dict[str, Any]:
        return {"rate": self.rate}

    def concurrency_for(self, chars: int) -> int:
        return self.limits.concurrency

    def release(self) -> None:
        """Every request opens and closes its own connection: nothing is held."""

    def _throttle(self) -> None:
        with self._lock:
            wait = self._last + self.interval_s - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            self._last = time.monotonic()

    async def _speak(self, text: str, voice: str) -> tuple[bytes, list[dict[str, Any]]]:
        import edge_tts
        import edge_tts.communicate as communicate

        if self.url:
            communicate.WSS_URL = f"{self.url}?TrustedClientToken={edge_tts.constants.TRUSTED_CLIENT_TOKEN}"
        talk = edge_tts.Communicate(
            text,
            voice,
            rate=edge_rate(self.rate),
            boundary="WordBoundary",
            connect_timeout=max(1, round(self.timeout_s / 3)),
            receive_timeout=max(1, round(self.timeout_s / 3)),
        )
        audio, words = bytearray(), []
        async for chunk in talk.stream():
            if chunk["type"] == "audio":
                audio += chunk["data"]
            elif chunk["type"] == "WordBoundary":
                words.append({"offset": chunk["offset"], "duration": chunk["duration"], "text": chunk["text"]})
        return bytes(audio), words

    def _once(self, text: str, voice: str) -> tuple[bytes, list[dict[str, Any]]]:
        import aiohttp
        import edge_tts.exceptions as edge_errors

        try:
            return asyncio.run(asyncio.wait_for(self._speak(text, voice), timeout=self.timeout_s))
        except aiohttp.ClientResponseError as exc:
            if 400 <= exc.status < 500 and exc.status != 429:
                raise EnginePermanent(
                    f"the Edge voice service refused the request (HTTP {exc.status})",
                    hint="try again later, or use --engine piper or espeak",
                ) from exc
            raise EngineTransient(f"the Edge voice service answered HTTP {exc.status}") from exc
        except asyncio.TimeoutError as exc:
            limit = f"{self.timeout_s:g} s (the per-request limit, --voice-timeout)"
            raise EngineTransient(f"the Edge voice service did not finish answering within {limit}") from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise EngineTransient(f"the Edge voice service connection failed ({type(exc).__name__}: {exc})") from exc
        except edge_errors.EdgeTTSException as exc:
            raise EngineTransient(f"the Edge voice service sent an unusable answer ({exc})") from exc

    def synthesize(self, text: str, voice: str) -> Clip:
        if voice not in self.voices:
            raise EnginePermanent(f"edge has no voice {voice!r}", hint=f"choose one of {', '.join(self.voices)}")
        for attempt in range(1, ATTEMPTS + 1):
            self._throttle()
            try:
                mp3, words = self._once(text, voice)
                pcm = decode_mp3(mp3, SAMPLE_RATE)
            except EngineTransient:
                if attempt == ATTEMPTS:
                    raise
                self.sleep(_BACKOFF_S * 2 ** (attempt - 1) * (0.5 + self.rng.random()))
                continue
            except AudioError as exc:
                raise EnginePermanent(
                    f"the Edge voice service sent audio that does not decode ({exc.message})"
                ) from exc
            heard_s = len(pcm) / 2 / SAMPLE_RATE
            said_s = max((w["offset"] + w["duration"]) / TICKS_PER_S for w in words) if words else 0.0
            if heard_s < said_s - 0.1:  # the connection closed before the turn ended
                if attempt == ATTEMPTS:
                    raise EngineTransient(
                        f"the Edge voice service cut the audio short ({heard_s:.2f} of {said_s:.2f} s)"
                    )
                self.sleep(_BACKOFF_S * 2 ** (attempt - 1) * (0.5 + self.rng.random()))
                continue
            self.boundaries = words
            return Clip(pcm=pcm, sample_rate=SAMPLE_RATE)
        raise EngineUnavailable("the Edge voice service did not answer")  # not reached
