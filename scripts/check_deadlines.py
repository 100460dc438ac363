"""How long a fetch and a Google request take to give up on a server that trickles its body or
its headers a byte at a time (loopback), against the deadline they were given.

    .venv/bin/python scripts/check_deadlines.py
"""

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["AUDIO_EDITION_ALLOW_PRIVATE_URLS"] = "1"  # the loopback servers
from tests.loopback import raw_server, trickle

from audio_edition.errors import AudioEditionError
from audio_edition.ingest.fetch import fetch
from audio_edition.tts.gtts_engine import GttsEngine

for name, head in (
    ("body trickle", b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"),
    ("header trickle", b"HTTP/1.1 200 OK\r\n"),
):
    with raw_server(trickle(head, 0.2)) as port:
        t, msg = time.monotonic(), "gave no error"
        try:
            fetch(f"http://127.0.0.1:{port}/", timeout_s=2.0)
        except AudioEditionError as e:
            msg = e.one_line()
        print(f"fetch, {name}, 2 s deadline: ended after {time.monotonic() - t:.2f} s: {msg}")
    with raw_server(trickle(head, 0.2)) as port:
        eng = GttsEngine(
            url=f"http://127.0.0.1:{port}",
            sleep=lambda s: None,
            rng=random.Random(1),
            interval_s=0,
            timeout_s=2.0,
            max_attempts=1,
        )
        t, msg = time.monotonic(), "gave no error"
        try:
            eng.synthesize("Xin chào các bạn.", "vi")
        except AudioEditionError as e:
            msg = e.one_line()
        print(f"gtts, {name}, 2 s limit: ended after {time.monotonic() - t:.2f} s: {msg}")
