"""Google Translate's Vietnamese voice through the gTTS client.

gTTS sends one request per <= 100 characters, with no retry and no throttle, and returns
MP3 pieces. This engine cuts the text itself at clause boundaries, spaces requests out,
retries rate limits, server errors and dropped connections with exponential backoff and
jitter, and decodes every piece to PCM before joining (MP3 bytes are never concatenated).
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from ..audio.ffmpeg import decode_mp3, run
from ..errors import EnginePermanent, EngineTransient, EngineUnavailable
from ..model import Clip
from .base import EngineLimits
from .chunks import split_for_requests

DEFAULT_ENDPOINT = "https://translate.google.com"
ENDPOINT_ENV = "AUDIO_EDITION_GTTS_URL"
RPC_PATH = "/_/TranslateWebserverUi/data/batchexecute"
MAX_CHARS = 100
SAMPLE_RATE = 24000  # what Google's voice is decoded at


def endpoint() -> str:
    return os.environ.get(ENDPOINT_ENV, DEFAULT_ENDPOINT).rstrip("/")


class _Throttle:
    """At most one request start every `interval_s`, across threads."""

    def __init__(self, interval_s: float, now: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self.interval_s = interval_s
        self.now = now
        self.sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            start = max(self.now(), self._next)
            self._next = start + self.interval_s
        delay = start - self.now()
        if delay > 0:
            self.sleep(delay)


class GttsEngine:
    """Vietnamese speech from Google Translate (needs the network)."""

    name: str = "gtts"
    voices: tuple[str, ...] = ("vi",)
    default_voice: str = "vi"

    def __init__(
        self,
        url: str | None = None,
        timeout_s: float = 10.0,
        max_attempts: int = 5,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        interval_s: float = 0.15,
        concurrency: int = 3,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        rate: float = 1.0,
    ) -> None:
        self.rate = rate
        self.url = (url or endpoint()).rstrip("/")
        self.timeout_s = timeout_s
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.throttle = _Throttle(interval_s, now, sleep)
        self.limits = EngineLimits(max_chars=MAX_CHARS, sample_rate=SAMPLE_RATE, concurrency=concurrency)

    def unavailable_reason(self) -> str | None:
        try:
            import gtts  # noqa: F401
        except ImportError as exc:
            return f"the gTTS package is not installed ({exc})"
        return None

    def options(self) -> dict[str, Any]:
        return {"lang": "vi"} if self.rate == 1.0 else {"lang": "vi", "rate": self.rate}

    def concurrency_for(self, chars: int) -> int:
        return self.limits.concurrency

    def release(self) -> None:
        """Nothing is held between requests."""

    def synthesize(self, text: str, voice: str) -> Clip:
        if voice not in self.voices:
            raise EnginePermanent(f"gtts has no voice {voice!r}", hint="use --voice vi")
        pcm = b"".join(
            decode_mp3(self._fetch_with_retry(piece), SAMPLE_RATE) for piece in split_for_requests(text, MAX_CHARS)
        )
        if self.rate != 1.0 and pcm:  # Google has no rate: stretch the time, keep the pitch
            pcm = run(
                [
                    "-f",
                    "s16le",
                    "-ar",
                    str(SAMPLE_RATE),
                    "-ac",
                    "1",
                    "-i",
                    "pipe:0",
                    "-filter:a",
                    f"atempo={self.rate}",
                    "-f",
                    "s16le",
                    "pipe:1",
                ],
                pcm,
            )
        return Clip(pcm=pcm, sample_rate=SAMPLE_RATE)

    def _fetch_with_retry(self, piece: str) -> bytes:
        for attempt in range(1, self.max_attempts + 1):
            try:
                return self._fetch(piece)
            except EngineTransient as exc:
                if attempt == self.max_attempts:
                    raise EngineTransient(
                        f"Google TTS still failing after {attempt} attempts: {exc.message}",
                        hint="try again later, or use --engine espeak",
                    ) from exc
                delay = min(self.max_backoff_s, self.backoff_s * 2 ** (attempt - 1))
                self.sleep(delay * (0.5 + self.rng.random()))
        raise AssertionError("unreachable")

    def _fetch(self, piece: str) -> bytes:
        try:
            from gtts import gTTS, gTTSError
        except ImportError as exc:
            raise EngineUnavailable("the gTTS package is not installed") from exc
        url = self.url + RPC_PATH

        class _Client(gTTS):  # the real client, pointed at the configured endpoint
            def _prepare_requests(self) -> list[Any]:
                prepared = super()._prepare_requests()
                for request in prepared:
                    request.prepare_url(url, None)
                return prepared

        client = _Client(piece, lang="vi", lang_check=False, timeout=self.timeout_s, pre_processor_funcs=[])
        self.throttle.wait()
        try:
            audio = b"".join(client.stream())
        except gTTSError as exc:
            status = getattr(exc.rsp, "status_code", None)
            if status is None or status == 429 or status >= 500:
                raise EngineTransient(f"Google TTS: {exc}") from exc
            raise EnginePermanent(f"Google TTS refused the request: {exc}") from exc
        if not audio:
            raise EnginePermanent("Google TTS answered without audio")
        return audio


def reachable(url: str | None = None, timeout_s: float = 1.5) -> bool:
    """Whether a TCP connection to the endpoint opens within `timeout_s`.

    Name resolution has no timeout of its own, so the check runs in a daemon thread
    and is abandoned when it takes too long: it cannot hang the build.
    """
    import socket

    parts = urlsplit(url or endpoint())
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme in ("https", "wss") else 80)
    result: list[bool] = []

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout_s):
                result.append(True)
        except OSError:
            result.append(False)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(timeout_s + 0.5)
    return bool(result and result[0])
