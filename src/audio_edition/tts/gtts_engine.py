"""Google Translate's Vietnamese voice through the gTTS client.

gTTS writes the request body for each piece of at most 100 characters (its public
`get_bodies`, with its `GOOGLE_TTS_HEADERS`). Sending is done by the tool's one HTTP client
(`net.http`), not by gTTS, which turns certificate checks off and has no total time limit:
requests go out with certificates verified (certifi), through the system's proxy if it has one,
with a connect limit, a total limit per request that covers the headers and the whole answer,
and a cap on the answer's size; the answer's base64 audio is read from its JSON envelope and
checked. This engine cuts the text itself at clause
boundaries, spaces requests out, retries rate limits, server errors, slow or dropped
connections with exponential backoff and jitter, says which limit was hit when it gives up,
checks every piece (decodes, not silent, long enough for its words) and decodes each to PCM
before joining (MP3 bytes are never concatenated).
AUDIO_EDITION_INSECURE_TLS=1 turns certificate checks off, for testing against a local server
with a certificate of its own; never for real use.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from ..errors import AudioError, EnginePermanent, EngineTransient, EngineUnavailable
from ..media.ffmpeg import decode_mp3, run
from ..model import Clip
from ..net.http import HttpError, request
from ..settings import variable
from ..text.pieces import split_for_requests
from .base import EngineLimits, voice_timeout

DEFAULT_ENDPOINT = "https://translate.google.com"
ENDPOINT_ENV = "AUDIO_EDITION_GTTS_URL"
RPC_PATH = "/_/TranslateWebserverUi/data/batchexecute"
MAX_CHARS = 100
SAMPLE_RATE = 24000  # what Google's voice is decoded at
CONNECT_TIMEOUT_S = 5.0
INSECURE_ENV = "AUDIO_EDITION_INSECURE_TLS"


def endpoint() -> str:
    """Google's voice endpoint: AUDIO_EDITION_GTTS_URL, else translate.google.com."""
    return (variable(ENDPOINT_ENV) or DEFAULT_ENDPOINT).rstrip("/")


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
        timeout_s: float | None = None,
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
        self.timeout_s = timeout_s or voice_timeout(30.0)
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
        pcm = b"".join(self._fetch_with_retry(piece) for piece in split_for_requests(text, MAX_CHARS))
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
        """One piece's PCM, fetched again while it fails or is not speech for its words: a piece
        that decodes to silence or was cut short must not pass into a sentence unnoticed."""
        from .quality import problem

        for attempt in range(1, self.max_attempts + 1):
            try:
                try:
                    pcm = decode_mp3(self._fetch(piece), SAMPLE_RATE)
                except AudioError as exc:
                    raise EngineTransient(f"Google TTS sent audio that does not decode ({exc.message})") from exc
                reason = problem(Clip(pcm, SAMPLE_RATE), piece)
                if reason is not None:
                    raise EngineTransient(f"Google TTS sent a bad piece for {piece[:40]!r} ({reason})")
                return pcm
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
        """One piece's MP3: the request gTTS prepares, sent here (see the module's docstring)."""
        try:
            from gtts import gTTS
        except ImportError as exc:
            raise EngineUnavailable("the gTTS package is not installed") from exc
        # the body gTTS would send (its public get_bodies: the RPC for one piece of at most 100
        # characters) and its headers, posted here to the configured endpoint
        (body_out,) = gTTS(piece, lang="vi", lang_check=False, pre_processor_funcs=[]).get_bodies()
        body = body_out.encode("utf-8") if isinstance(body_out, str) else bytes(body_out)
        self.throttle.wait()
        limit = f"{self.timeout_s:g} s (the per-request limit, --voice-timeout)"
        try:
            answer = request(
                self.url + RPC_PATH,
                method="POST",
                body=body,
                headers=dict(gTTS.GOOGLE_TTS_HEADERS),
                timeout_s=self.timeout_s,
                connect_timeout_s=CONNECT_TIMEOUT_S,
                max_bytes=_answer_limit(piece),
                trusted=True,
                verify_tls=variable(INSECURE_ENV) != "1",
            )
        except HttpError as exc:
            if exc.kind == "tls":
                raise EnginePermanent(f"Google TTS: {exc.message}", hint="check the system's certificates") from exc
            if exc.kind == "connect-timeout":
                raise EngineTransient(f"Google TTS: {exc.message} (the connect limit)") from exc
            if exc.kind == "timeout":
                raise EngineTransient(f"Google TTS did not finish answering within {limit}") from exc
            if exc.kind == "too-big":
                raise EngineTransient(
                    f"Google TTS sent over {_answer_limit(piece) // 1000} kB for one piece; more than speech can need"
                ) from exc
            raise EngineTransient(f"Google TTS: the connection failed ({exc.message})") from exc
        if answer.status == 429 or answer.status >= 500:
            raise EngineTransient(f"Google TTS answered {answer.status}")
        if answer.status >= 400:
            raise EnginePermanent(f"Google TTS refused the request ({answer.status})")
        return _audio(answer.body)


def _answer_limit(piece: str) -> int:
    """The most an answer for `piece` can need: its MP3 (about 4 kB a character at the slowest
    pace), in base64 and JSON, with room to spare."""
    return 256_000 + 8_000 * len(piece)


def _audio(body: bytes) -> bytes:
    """The MP3 in Google's RPC answer; an answer without one, or with a broken one, is an error.

    The answer is an anti-JSON prefix, then lines of JSON; the one holding the RPC's result is
    ["wrb.fr", "jQ1olc", "<a JSON list whose first item is the base64 MP3>", ...]."""
    found = None
    for line in body.decode("utf-8", "replace").splitlines():
        if '"jQ1olc"' not in line:
            continue
        try:
            envelope = json.loads(line)
            found = next(
                json.loads(e[2])[0]
                for e in envelope
                if isinstance(e, list) and e[:2] == ["wrb.fr", "jQ1olc"] and isinstance(e[2], str)
            )
        except (ValueError, TypeError, IndexError, KeyError, StopIteration, RecursionError):
            continue
        break
    if not isinstance(found, str):
        raise EngineTransient("Google TTS answered without audio")
    try:
        audio = base64.b64decode(found.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise EngineTransient(f"Google TTS sent audio that is not valid base64 ({exc})") from exc
    if not audio:
        raise EngineTransient("Google TTS answered with empty audio")
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
