"""A loopback server that speaks the read-aloud WebSocket protocol edge-tts uses: the client
sends a speech config and an SSML request as text messages; the server answers turn.start, a
word-boundary metadata message per word, the MP3 as binary audio messages (a 2-byte header
length, the headers, then the data), and turn.end. The audio is real speech: espeak-ng's,
encoded as the service's 24 kHz, 48 kbps mono MP3.

It serves TLS at the service's path with a certificate for the service's name from the tests'
authority (tests/trust.py), so the engine reaches it through edge-tts's own URL, handshake and
certificate check; only the address differs (AUDIO_EDITION_EDGE_ADDRESS, or the engine's
`address`). A request without the query edge-tts sends (client token, connection id, the
Sec-MS-GEC token) is refused as the service refuses it."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from html import unescape

from aiohttp import WSMsgType, web

from audio_edition.media.ffmpeg import run
from audio_edition.tts.edge_engine import SERVICE_HOST
from audio_edition.tts.espeak import EspeakEngine

from ..trust import AUTHORITY

PATH = "/consumer/speech/synthesize/readaloud/edge/v1"
QUERY = ("TrustedClientToken", "ConnectionId", "Sec-MS-GEC", "Sec-MS-GEC-Version")


def mp3_speech(text: str) -> bytes:
    clip = EspeakEngine(workers=1).synthesize(text, "vi")
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
            "48k",
            "-f",
            "mp3",
            "pipe:1",
        ],
        clip.pcm,
    )


def _text_message(path: str, body: str = "") -> str:
    return f"X-RequestId:abc\r\nContent-Type:application/json; charset=utf-8\r\nPath:{path}\r\n\r\n{body}"


def _audio_message(data: bytes) -> bytes:
    """The header length counts the headers with their closing CRLF."""
    headers = b"X-RequestId:abc\r\nContent-Type:audio/mpeg\r\nPath:audio\r\n"
    return len(headers).to_bytes(2, "big") + headers + data


@dataclass
class FakeEdge:
    refuse: int = 0  # answer the handshake with HTTP 403 (with a Date header, as the service does)
    drop: int = 0  # close the connection after the first audio frame, this many times
    flood: int = 0  # send 40 MB of audio frames for one sentence, this many times
    texts: list[str] = field(default_factory=list)
    voices: list[str] = field(default_factory=list)
    rates: list[str] = field(default_factory=list)
    connections: int = 0
    hosts: list[str] = field(default_factory=list)  # the Host header of each connection

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.connections += 1
        self.hosts.append(request.host)
        if self.refuse or not all(request.query.get(k) for k in QUERY):
            return web.Response(status=403, headers={"Date": formatdate(usegmt=True)})
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for message in ws:
            if message.type != WSMsgType.TEXT or "Path:ssml" not in message.data:
                continue
            ssml = message.data.split("\r\n\r\n", 1)[1]
            self.voices.append(re.search(r"<voice name='([^']+)'>", ssml).group(1))
            self.rates.append(re.search(r"rate='([^']+)'", ssml).group(1))
            text = " ".join(unescape(re.sub(r"<[^>]+>", "", ssml)).split())
            self.texts.append(text)
            await ws.send_str(_text_message("turn.start", "{}"))
            audio = mp3_speech(text)
            words = text.split()
            step = (len(audio) * 8 / 48000 - 0.2) * 10_000_000 / len(words)  # CBR: the audio's length in ticks
            for i, word in enumerate(words):
                data = {
                    "Offset": int(i * step),
                    "Duration": int(step * 0.8),
                    "text": {"Text": word, "Length": len(word)},
                }
                meta = {"Metadata": [{"Type": "WordBoundary", "Data": data}]}
                await ws.send_str(_text_message("audio.metadata", json.dumps(meta)))
            if self.flood:
                self.flood -= 1
                audio = audio * (1 + (40 << 20) // max(len(audio), 1))
            for start in range(0, len(audio), 4096):
                await ws.send_bytes(_audio_message(audio[start : start + 4096]))
                if self.drop:
                    self.drop -= 1
                    await ws.close()
                    return ws
            await ws.send_str(_text_message("turn.end", "{}"))
        return ws


@contextmanager
def serve(fake: FakeEdge) -> Iterator[tuple[str, int]]:
    """Serve `fake` over TLS on a free loopback port; yield its address."""
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    AUTHORITY.issue_cert(SERVICE_HOST).configure_cert(context)
    loop = asyncio.new_event_loop()
    app = web.Application()
    app.router.add_get(PATH, fake.handle)
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    loop.run_until_complete(web.SockSite(runner, sock, ssl_context=context).start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield ("127.0.0.1", port)
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
