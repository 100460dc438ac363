"""A local HTTP server on loopback that answers like Google Translate's batchexecute
endpoint, as the real gTTS client calls it: a form field f.req holding the RPC jQ1olc
with [text, lang, speed, "null"], answered by an anti-JSON prefix and a wrb.fr envelope
whose payload is the base64 MP3. The audio is real speech: the offline voice saying the
requested text, encoded to MP3 as Google sends it (24 kHz mono)."""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler
from typing import Any

from audio_edition.media.ffmpeg import run
from audio_edition.tts.espeak import EspeakEngine

from .. import loopback

RPC_PATH = "/_/TranslateWebserverUi/data/batchexecute"


def speech_mp3(text: str) -> bytes:
    clip = EspeakEngine().synthesize(text, "vi")
    return run(
        [
            "-f",
            "s16le",
            "-ar",
            str(clip.sample_rate),
            "-ac",
            "1",
            "-i",
            "pipe:0",
            "-ar",
            "24000",
            "-b:a",
            "32k",
            "-f",
            "mp3",
            "pipe:1",
        ],
        clip.pcm,
    )


def silent_mp3() -> bytes:
    from audio_edition.media.ffmpeg import run

    return run(["-f", "s16le", "-ar", "24000", "-ac", "1", "-i", "pipe:0", "-f", "mp3", "pipe:1"], bytes(48000 * 2))


class FakeGoogle:
    def __init__(
        self, statuses: list[int] | None = None, default_status: int = 200, delay_s: float = 0.0, broken: int = 0
    ) -> None:
        self.statuses = list(statuses or [])  # consumed one per request, then default_status
        self.default_status = default_status
        self.delay_s = delay_s  # how long each answer takes
        self.broken = broken  # this many answers carry audio that is not base64
        self.silent = 0  # this many answers carry an MP3 of silence
        self.cut = 0  # this many answers carry the first third of the speech
        self.flood = 0  # this many answers carry 50 MB of padding after the envelope
        self.texts: list[str] = []  # every text requested, in arrival order
        self.lock = threading.Lock()

    def next_status(self) -> int:
        with self.lock:
            return self.statuses.pop(0) if self.statuses else self.default_status


def _handler(fake: FakeGoogle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length", 0))
            form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
            if self.path != RPC_PATH or "f.req" not in form:
                self.send_error(404)
                return
            rpc = json.loads(form["f.req"][0])
            assert rpc[0][0][0] == "jQ1olc"
            text, lang = json.loads(rpc[0][0][1])[:2]
            with fake.lock:
                fake.texts.append(text)
            status = fake.next_status()
            time.sleep(fake.delay_s)
            if status != 200:
                self.send_error(status)
                return
            mp3 = speech_mp3(text)
            with fake.lock:
                if fake.silent:
                    fake.silent -= 1
                    mp3 = silent_mp3()
                elif fake.cut:
                    fake.cut -= 1
                    mp3 = mp3[: len(mp3) // 3]
            audio = base64.b64encode(mp3).decode("ascii")
            with fake.lock:
                if fake.broken:
                    fake.broken -= 1
                    audio = "%%not base64%%"
            envelope = [["wrb.fr", "jQ1olc", json.dumps([audio]), None, None, None, "generic"]]
            payload = json.dumps(envelope, separators=(",", ":"))
            body = (")]}'\n\n" + str(len(payload)) + "\n" + payload + "\n").encode("utf-8")
            with fake.lock:
                if fake.flood:
                    fake.flood -= 1
                    body += b" " * (50 << 20)
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def serve(fake: FakeGoogle) -> Any:
    """Serve `fake` on 127.0.0.1; a context manager yielding its base URL."""
    return loopback.serve(_handler(fake))
