"""A total deadline over blocking socket reads.

A socket timeout bounds each read, not the whole answer: a server that sends one byte a second
never trips it. The watchdog shuts the sockets it watches down when the time is up, which wakes a
blocked read at once; the reader then sees a closed connection and `fired` says why.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType


class Watchdog:
    """A total deadline over sockets: when the time is up, every watched socket is shut."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> Watchdog:
        self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    """Shut the descriptor itself down: for a TLS socket this skips the TLS close, which the
    reading thread may be in the middle of."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass
