"""Microsoft Edge's neural Vietnamese voices, through the edge-tts package (online).

edge-tts opens a WebSocket to the read-aloud service, sends the speech config and the SSML,
and receives MP3 frames (24 kHz, 48 kbps mono) with word-boundary events, until the turn
ends. Each sentence is one request; a dropped connection or a server error is retried with
backoff, as the gtts engine does, and a refusal (HTTP 4xx at the handshake) is one clear line.

Only edge-tts's public interface is used: `Communicate` with its `connector` argument. The
service's address is its own name's, unless `AUDIO_EDITION_EDGE_ADDRESS` (HOST:PORT) says where
to connect instead, as curl's --resolve does: the URL, the TLS handshake and its certificate
check for the service's name stay what edge-tts makes them (the tests' loopback server holds
a certificate for that name from a test authority).
"""

from __future__ import annotations

import asyncio
import random
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from ..errors import AudioError, EnginePermanent, EngineTransient, EngineUnavailable, InputError
from ..media.ffmpeg import decode_mp3
from ..model import Clip
from ..settings import variable
from .base import EngineLimits, voice_timeout

EDGE_ADDRESS_ENV = "AUDIO_EDITION_EDGE_ADDRESS"
SERVICE_HOST = "speech.platform.bing.com"
SERVICE_PORT = 443
SAMPLE_RATE = 24000
ATTEMPTS = 4
TICKS_PER_S = 10_000_000  # word-boundary offsets and durations are in 100 ns ticks
_BACKOFF_S = 1.0


def service_address(value: str | None = None) -> tuple[str, int]:
    """Where the service is reached: AUDIO_EDITION_EDGE_ADDRESS ("127.0.0.1:8443", "[::1]:8443"),
    else the service's own name and port."""
    value = value if value is not None else variable(EDGE_ADDRESS_ENV, "")
    if not value:
        return SERVICE_HOST, SERVICE_PORT
    host, _, port = value.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(f"{EDGE_ADDRESS_ENV}={value!r} is not HOST:PORT", hint="for example 127.0.0.1:8443")
    return host, int(port)


def edge_reachable() -> bool:
    """Whether edge-tts is installed and the service (or AUDIO_EDITION_EDGE_ADDRESS) answers."""
    try:
        import edge_tts  # noqa: F401
    except ImportError:
        return False
    from .gtts_engine import reachable

    host, port = service_address()
    return reachable(f"wss://{f'[{host}]' if ':' in host else host}:{port}")


def _connector(address: tuple[str, int]) -> Any:
    """An aiohttp connector that finds the service at `address`; every other name is refused."""
    import aiohttp
    from aiohttp.abc import AbstractResolver

    class Pinned(AbstractResolver):
        async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET) -> list[Any]:
            if host != SERVICE_HOST:
                raise OSError(f"{host} is not the Edge voice service")
            found = await asyncio.get_running_loop().getaddrinfo(*address, type=socket.SOCK_STREAM)
            return [
                {
                    "hostname": host,
                    "host": sockaddr[0],
                    "port": sockaddr[1],
                    "family": fam,
                    "proto": proto,
                    "flags": socket.AI_NUMERICHOST,
                }
                for fam, _, proto, _, sockaddr in found
            ]

        async def close(self) -> None:
            """Nothing is held."""

    class KeptOpen(aiohttp.TCPConnector):
        """edge-tts answers a 403 by correcting its clock and opening a second session on the
        same connector, after the first session closed it; so closing waits for `shut()`."""

        async def close(self, *, abort_ssl: bool = False) -> None:
            """Left open for edge-tts's second session; see `shut`."""

        async def shut(self) -> None:
            await super().close()

    return KeptOpen(resolver=Pinned())


def _audio_limit(text: str) -> int:
    """The most audio a sentence can need at 48 kbps (6 kB a second), at half a second a syllable
    and the slowest rate, with room to spare."""
    return 200_000 + 12_000 * len(text.split())


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
        address: tuple[str, int] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        interval_s: float = 0.2,
        timeout_s: float | None = None,
    ) -> None:
        self.rate = rate
        self.address = address or service_address()
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
        connector = _connector(self.address) if self.address != (SERVICE_HOST, SERVICE_PORT) else None
        try:
            return await self._stream(text, voice, connector)
        finally:
            if connector is not None:
                await connector.shut()

    async def _stream(self, text: str, voice: str, connector: Any) -> tuple[bytes, list[dict[str, Any]]]:
        import edge_tts

        talk = edge_tts.Communicate(
            text,
            voice,
            rate=edge_rate(self.rate),
            boundary="WordBoundary",
            connect_timeout=max(1, round(self.timeout_s / 3)),
            receive_timeout=max(1, round(self.timeout_s / 3)),
            connector=connector,
        )
        audio, words = bytearray(), []
        limit = _audio_limit(text)
        async for chunk in talk.stream():
            if chunk["type"] == "audio":
                audio += chunk["data"]
                if len(audio) > limit:  # a service sending without end is cut off, not kept
                    sent = f"over {limit // 1000} kB for one sentence"
                    raise EngineTransient(f"the Edge voice service sent {sent}; more than speech can need")
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
