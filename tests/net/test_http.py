"""The one HTTP client: the system's proxy for the tool's own endpoints (a CONNECT tunnel for
https, the full address for http), never for addresses a user or a feed gave; size and time
limits for every caller. Real servers and a real proxy on loopback."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from audio_edition.net.http import HttpError, request

from ..loopback import read_head, serve, tcp_server
from ..trust import AUTHORITY


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the handler's name
        body = f"hello from {self.headers['Host']} {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def tls_server(name: str) -> Iterator[int]:
    """An https server for `name`, its certificate signed by the tests' trusted authority."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    AUTHORITY.issue_cert(name).configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def proxy(routes: dict[str, int], seen: list[str]) -> Iterator[int]:
    """A forward proxy on loopback: CONNECT host:port opens a tunnel to the loopback port `routes`
    gives for that host; a plain request (an absolute address) is answered by the proxy itself."""

    def pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while chunk := a.recv(65536):
                b.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def handle(conn: socket.socket) -> None:
        head = read_head(conn)
        if b"\r\n\r\n" not in head:
            return
        line = head.split(b"\r\n", 1)[0].decode()
        seen.append(line)
        method, target, _ = line.split(" ", 2)
        if method == "CONNECT":
            host = target.rsplit(":", 1)[0]
            if host not in routes:
                conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            upstream = socket.create_connection(("127.0.0.1", routes[host]))
            conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            threading.Thread(target=pipe, args=(upstream, conn), daemon=True).start()
            pipe(conn, upstream)
        else:
            body = f"proxied {target}".encode()
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))

    with tcp_server(handle, threaded=True) as port:
        yield port


def test_the_tools_endpoints_go_through_the_systems_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    with tls_server("voices.example") as port, proxy({"voices.example": port}, seen) as proxy_port:
        monkeypatch.setenv("https_proxy", f"http://127.0.0.1:{proxy_port}")
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy_port}")
        # a name only the proxy can reach; TLS is checked for that name through the tunnel
        answer = request("https://voices.example/voices.json", timeout_s=5, max_bytes=1000, trusted=True)
        assert answer.status == 200 and answer.body == b"hello from voices.example /voices.json"
        assert seen == ["CONNECT voices.example:443 HTTP/1.1"]
        plain = request("http://voices.example/a?b=1", timeout_s=5, max_bytes=1000, trusted=True)
        assert plain.body == b"proxied http://voices.example/a?b=1"
        with pytest.raises(HttpError, match="refused a tunnel"):
            request("https://elsewhere.example/", timeout_s=5, max_bytes=1000, trusted=True)
        monkeypatch.setenv("no_proxy", "voices.example")  # no_proxy is honoured: the name is not resolved
        with pytest.raises(HttpError) as direct:
            request("https://voices.example/voices.json", timeout_s=5, max_bytes=1000, trusted=True)
        assert direct.value.kind in ("unreachable", "timeout")


def test_addresses_a_user_gave_never_go_through_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    with serve(_Hello) as url, proxy({}, seen) as proxy_port:
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy_port}")
        answer = request(url + "/page", timeout_s=5, max_bytes=1000, allow_private=True)
        assert answer.body.startswith(b"hello from 127.0.0.1") and seen == []


def test_a_private_address_is_refused_unless_allowed_and_limits_hold() -> None:
    with serve(_Hello) as url:
        with pytest.raises(HttpError) as refused:
            request(url + "/x", timeout_s=5, max_bytes=1000)
        assert refused.value.kind == "private"
        with pytest.raises(HttpError) as big:
            request(url + "/x", timeout_s=5, max_bytes=10, allow_private=True, what="page")
        assert big.value.kind == "too-big" and "the page is" in big.value.message
