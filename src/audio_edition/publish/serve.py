"""A preview server for a podcast directory, on loopback, with the HTTP Range requests that
browsers and podcast apps need to seek in audio (Python's own `http.server` ignores them, so a
chapter click or a resumed episode starts over). For production use a web server that supports
ranges: nginx, Apache, Caddy, or any object store or CDN."""

from __future__ import annotations

import os
import re
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
_CHUNK = 1 << 16


class RangeHandler(SimpleHTTPRequestHandler):
    """Static files with single-range requests ("bytes=START-END", "bytes=START-", "bytes=-N")."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        pass

    def end_headers(self) -> None:
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def send_head(self) -> BinaryIO | None:  # type: ignore[override]
        self._remaining: int | None = None
        wanted = self.headers.get("Range", "")
        path = Path(self.translate_path(self.path))
        match = _RANGE.fullmatch(wanted.strip())
        if not wanted or not match or not path.is_file() or not (match[1] or match[2]):
            return super().send_head()  # type: ignore[return-value]
        size = path.stat().st_size
        if match[1]:
            start, end = int(match[1]), min(int(match[2]) if match[2] else size - 1, size - 1)
        else:  # the last N bytes
            start, end = max(0, size - int(match[2])), size - 1
        if start >= size or start > end:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        f = open(path, "rb")  # noqa: SIM115 - http.server closes what send_head returns
        f.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self._remaining = end - start + 1
        return f

    def copyfile(self, source: BinaryIO, outputfile: BinaryIO) -> None:  # type: ignore[override]
        remaining = getattr(self, "_remaining", None)
        if remaining is None:
            super().copyfile(source, outputfile)
            return
        while remaining > 0:
            chunk = source.read(min(_CHUNK, remaining))
            if not chunk:
                break
            outputfile.write(chunk)
            remaining -= len(chunk)


def make_server(directory: Path, port: int = 8000, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """A server for `directory` on `host`:`port` (port 0: any free one), not yet serving."""
    return ThreadingHTTPServer((host, port), partial(RangeHandler, directory=os.fspath(directory)))
