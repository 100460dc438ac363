"""A speech worker process for the offline voice: `python -m audio_edition.tts.espeak_worker`.

It reads requests from stdin and answers on stdout, one at a time, until stdin ends, which it
does when the parent exits or dies: a worker never outlives the build that started it. The
samples go out as espeak-ng makes them, so a worker holds no whole clip.

Request: 4-byte big-endian length, then JSON {"text", "voice", "rate_wpm", "pitch"}.
Answer: records of a kind byte, a 4-byte big-endian length and a payload: any number of
b"D" (PCM, s16le mono), then b"E" (the sample rate, 4 bytes) or b"X" (a UTF-8 message).
"""

from __future__ import annotations

import json
import struct
import sys
from typing import IO


def read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    """`size` bytes from `stream`, or None when it ends first."""
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def read_record(stream: IO[bytes]) -> tuple[bytes, bytes] | None:
    """One record from `stream`: a one-byte kind and its length-prefixed payload, or None at its end."""
    head = read_exactly(stream, 5)
    if head is None:
        return None
    payload = read_exactly(stream, struct.unpack(">I", head[1:])[0])
    return None if payload is None else (head[:1], payload)


def main() -> None:
    """Speak each request read from stdin and write the PCM to stdout, until stdin closes."""
    from ..errors import AudioEditionError
    from .espeak import _Library

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer

    def send(kind: bytes, payload: bytes) -> None:
        stdout.write(kind + struct.pack(">I", len(payload)))
        stdout.write(payload)

    while (header := read_exactly(stdin, 4)) is not None:
        body = read_exactly(stdin, struct.unpack(">I", header)[0])
        if body is None:
            return
        request = json.loads(body)
        try:
            library = _Library.get()
            library.speak_into(
                request["text"], request["voice"], request["rate_wpm"], request["pitch"], lambda pcm: send(b"D", pcm)
            )
        except (AudioEditionError, OSError, ImportError) as exc:
            send(b"X", str(exc).encode("utf-8"))
        else:
            send(b"E", struct.pack(">I", library.sample_rate))
        stdout.flush()


if __name__ == "__main__":
    main()
