"""Real HTTP servers on 127.0.0.1 for the tests; nothing leaves the machine."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler] | Callable[..., Any]) -> Iterator[str]:
    """Serve `handler` on a free loopback port and yield the base URL (no trailing slash)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # type: ignore[arg-type]
    # a short poll: shutdown() waits for the loop to look, 0.5 s by default, in every test
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def tcp_server(handle: Callable[[socket.socket], None], threaded: bool = False) -> Iterator[int]:
    """A TCP server on loopback that runs `handle` on each connection (each in a thread of its
    own when `threaded`) and closes it; yields the port."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def run(conn: socket.socket) -> None:
        try:
            handle(conn)
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()

    def serve() -> None:
        listener.settimeout(0.02)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            if threaded:
                threading.Thread(target=run, args=(conn,), daemon=True).start()
            else:
                run(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def read_head(conn: socket.socket) -> bytes:
    """A request's line and headers, as far as the blank line that ends them (or the close)."""
    head = b""
    while b"\r\n\r\n" not in head:
        part = conn.recv(4096)
        if not part:
            break
        head += part
    return head


@contextmanager
def raw_server(answer: Callable[[socket.socket], None], tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """A TCP server on loopback that reads a request and runs `answer` on the connection."""

    def handle(conn: socket.socket) -> None:
        if tls is not None:
            conn = tls.wrap_socket(conn, server_side=True)
        with conn:
            conn.settimeout(5)
            read_head(conn)
            answer(conn)

    with tcp_server(handle) as port:
        yield port


def trickle(head: bytes, interval_s: float) -> Callable[[socket.socket], None]:
    """An answer for `raw_server`: `head`, then one byte every `interval_s`, for a long time."""

    def answer(conn: socket.socket) -> None:
        conn.sendall(head)
        for _ in range(100):
            conn.sendall(b"X")
            time.sleep(interval_s)

    return answer
