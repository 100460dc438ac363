"""One HTTP(S) client for everything the tool fetches: article pages and feeds, Google's voice and
the Piper voice collection. http.client is driven here, step by step, so that every request has
- one total deadline over name lookup, connecting, the TLS handshake, the headers and the whole
  body: a watchdog shuts the socket when the time is up, so a server that sends one byte a second
  is cut off then; optionally a shorter limit to connect and between two reads;
- verified TLS (certifi's bundle when it is installed), unless a caller turns it off for a test
  server of its own;
- a size limit enforced as the body arrives, and only complete bodies: one shorter than its
  Content-Length, a chunked body or a gzip stream cut short are errors, not an answer;
- redirects (for GET) to http or https only, at most five;
- for addresses a user or a feed gave (`trusted=False`): the host resolved here and its addresses
  checked before connecting, and again after every redirect: private, loopback, link-local,
  multicast and reserved addresses are refused unless `allow_private`, so a service that wraps the
  tool cannot be made to read its own network;
- for the tool's own endpoints (`trusted=True`: Google's, the voice collection's): the system's
  proxy (https_proxy, http_proxy, no_proxy), reached with a CONNECT tunnel for https.
Every failure is an `HttpError` with a kind and one line saying what went wrong.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.request
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from .watchdog import Watchdog

MAX_REDIRECTS = 5
USER_AGENT = "audio-edition/0.1 (+https://pypi.org/project/audio-edition/)"
_CHUNK = 1 << 16
_TUNNEL_REPLY_LIMIT = 16_384  # a proxy's answer to CONNECT: a status line and a few headers


class HttpError(Exception):
    """A request without a usable answer. `kind` says which step failed: "address", "private",
    "unreachable", "connect-timeout", "timeout", "tls", "protocol", "redirect", "too-big",
    "cut-short" or "encoding"; `message` says it in one line (without the address)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True, slots=True)
class Response:
    """An answer: its address after redirects, status, headers, and body (empty when a sink took it)."""

    url: str
    status: int
    reason: str
    headers: Message
    body: bytes

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header names, if any."""
        return self.headers.get_content_charset()


# Given the head of a 2xx answer, a function that takes the body's chunks as they arrive.
Sink = Callable[[Response], Callable[[bytes], None]]


@dataclass(frozen=True, slots=True)
class _Limits:
    deadline: float  # time.monotonic() when the whole request must be done
    seconds: float
    connect_s: float | None
    idle_s: float | None
    max_bytes: int
    what: str  # "page", "answer": how messages name the body

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise HttpError("timeout", f"no complete answer within {self.seconds:g} s")
        return left

    def read_timeout(self) -> float:
        return min(self.left(), self.idle_s) if self.idle_s else self.left()


def request(
    url: str,
    *,
    timeout_s: float,
    max_bytes: int,
    method: str = "GET",
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    trusted: bool = False,
    allow_private: bool = False,
    verify_tls: bool = True,
    connect_timeout_s: float | None = None,
    idle_timeout_s: float | None = None,
    sink: Sink | None = None,
    what: str = "answer",
) -> Response:
    """Send one request to `url` (following GET redirects) and return the answer, whatever its
    status; raise HttpError when no complete answer comes (see the module's docstring)."""
    limits = _Limits(time.monotonic() + timeout_s, timeout_s, connect_timeout_s, idle_timeout_s, max_bytes, what)
    with Watchdog(timeout_s) as watchdog:
        late = HttpError("timeout", f"no complete answer within {timeout_s:g} s")
        try:
            route = _Route(trusted, allow_private, verify_tls)
            opened = _follow(url, _Asked(method, body, dict(headers or {})), limits, watchdog, route)
            response = _drain(opened, sink if 200 <= opened.response.status < 300 else None, limits)
        except HttpError as exc:
            if watchdog.fired and exc.kind != "timeout":  # whatever the cut connection looked like
                raise late from exc
            raise
        except TimeoutError as exc:
            raise late from exc
        except ssl.SSLError as exc:
            if watchdog.fired:
                raise late from exc
            raise HttpError("tls", f"the secure connection failed ({exc.reason or exc})") from exc
        except http.client.LineTooLong as exc:
            raise HttpError("protocol", f"the server sent a header line or too many headers ({exc})") from exc
        except http.client.HTTPException as exc:
            if watchdog.fired:
                raise late from exc
            raise HttpError("protocol", f"the server's answer is not valid HTTP ({type(exc).__name__}: {exc})") from exc
        except OSError as exc:
            if watchdog.fired:
                raise late from exc
            raise HttpError("unreachable", f"cannot be reached ({exc.strerror or exc})") from exc
        except ValueError as exc:
            raise HttpError("address", f"cannot be fetched ({exc})") from exc
        if watchdog.fired:  # a cut connection can look like a complete, shorter answer
            raise late
        return response


@dataclass(frozen=True, slots=True)
class _Route:
    """How a request reaches its server: see `request`'s parameters of the same names."""

    trusted: bool
    allow_private: bool
    verify_tls: bool


@dataclass(frozen=True, slots=True)
class _Asked:
    """What is sent: the method, the body and the caller's headers."""

    method: str
    body: bytes | None
    headers: dict[str, str]


@dataclass(slots=True)
class _Open:
    """An answer whose body is still to be read."""

    url: str
    conn: http.client.HTTPConnection
    response: http.client.HTTPResponse


def _follow(url: str, asked: _Asked, limits: _Limits, watchdog: Watchdog, route: _Route) -> _Open:
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        scheme = urlsplit(current).scheme.lower()
        if scheme not in ("http", "https") and current == url:
            raise HttpError("address", "not an http(s) address")
        if scheme not in ("http", "https"):
            raise HttpError(
                "redirect", f"redirected to a {scheme or 'relative'} address ({current}), which is not fetched"
            )
        opened = _send(current, asked, limits, watchdog, route)
        status = opened.response.status
        if asked.method != "GET" or not 300 <= status < 400:
            return opened
        location = opened.response.getheader("Location")
        opened.conn.close()
        if not location:
            raise HttpError("redirect", f"the server answered {status} without saying where to go")
        current = urljoin(current, location.strip())
    raise HttpError("redirect", f"more than {MAX_REDIRECTS} redirects")


def _send(url: str, asked: _Asked, limits: _Limits, watchdog: Watchdog, route: _Route) -> _Open:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    proxy = _proxy_for(parts.scheme, host) if route.trusted else None
    if proxy is None:
        addresses = _resolve(host, port, limits)
        if not (route.trusted or route.allow_private):
            _check_public(host, addresses)
        address, address_port = addresses[0], port
    else:
        address, address_port = proxy
    sock = _open_socket(address, address_port, limits)
    watchdog.watch(sock)
    sock.settimeout(limits.read_timeout())
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        if proxy is not None:
            _open_tunnel(sock, host, port)
        sock_tls = _tls_context(route.verify_tls).wrap_socket(sock, server_hostname=host)
        watchdog.watch(sock_tls)
        conn = http.client.HTTPSConnection(address, address_port)
        conn.sock = sock_tls
    else:
        conn = http.client.HTTPConnection(address, address_port)
        conn.sock = sock
    target = url if proxy is not None and parts.scheme == "http" else (parts.path or "/")
    if target != url and parts.query:
        target += f"?{parts.query}"
    try:
        conn.putrequest(asked.method, target, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", parts.netloc.rsplit("@", 1)[-1])
        sent = {k.lower() for k in asked.headers}
        if "user-agent" not in sent:
            conn.putheader("User-Agent", USER_AGENT)
        if "accept-encoding" not in sent:
            conn.putheader("Accept-Encoding", "gzip, deflate")
        for name, value in asked.headers.items():
            conn.putheader(name, value)
        if asked.body is not None:
            conn.putheader("Content-Length", str(len(asked.body)))
        conn.endheaders(asked.body)
        if conn.sock is not None:
            conn.sock.settimeout(limits.read_timeout())
        return _Open(url, conn, conn.getresponse())
    except BaseException:
        conn.close()
        raise


def _drain(opened: _Open, sink: Sink | None, limits: _Limits) -> Response:
    """The answer's body, read to its end within the limits: into memory, or through `sink`."""
    conn, response = opened.conn, opened.response
    head = Response(opened.url, response.status, response.reason, response.headers, b"")
    try:
        if 300 <= response.status < 400 or response.status in (204, 304):
            return head
        declared = response.getheader("Content-Length")
        size = int(declared) if declared and declared.isdigit() else None
        encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
        if size is not None and size > limits.max_bytes and encoding in ("identity", ""):
            raise HttpError("too-big", f"the {limits.what} is {size} bytes, over the {limits.max_bytes}-byte limit")
        write = sink(head) if sink is not None else None
        data, got = bytearray(), 0
        while True:
            if conn.sock is not None:
                conn.sock.settimeout(limits.read_timeout())
            try:
                chunk = response.read1(_CHUNK)
            except http.client.IncompleteRead as exc:  # a chunk cut short, or no last chunk
                raise HttpError(
                    "cut-short",
                    f"the server closed the connection after {got + len(exc.partial)} bytes, "
                    f"before the end of the {limits.what}",
                ) from exc
            if not chunk:
                break
            got += len(chunk)
            if got > limits.max_bytes:
                raise HttpError("too-big", f"the {limits.what} is over the {limits.max_bytes}-byte limit")
            if write is not None:
                write(chunk)
            else:
                data += chunk
        if size is not None and got < size:
            raise HttpError("cut-short", f"the server closed the connection after {got} of {size} bytes")
        if response.status >= 400:
            return Response(opened.url, response.status, response.reason, response.headers, bytes(data))
        return Response(
            opened.url, response.status, response.reason, response.headers, _decode(bytes(data), encoding, limits)
        )
    finally:
        conn.close()


def _decode(data: bytes, encoding: str, limits: _Limits) -> bytes:
    """A gzip- or deflate-encoded body decoded, within the size limit."""
    if encoding in ("identity", "") or not data:
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise HttpError("encoding", f"the {limits.what} is sent in the {encoding} encoding, which is not read")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limits.max_bytes + 1)
    except zlib.error as exc:
        raise HttpError("encoding", f"the {limits.what}'s {encoding} encoding is damaged ({exc})") from exc
    if len(out) > limits.max_bytes:
        raise HttpError("too-big", f"the {limits.what} is over the {limits.max_bytes}-byte limit once decompressed")
    if not inflater.eof:  # the stream stops before its end: half a page
        raise HttpError(
            "cut-short", f"the {limits.what}'s {encoding} encoding is cut short: only part of the {limits.what} came"
        )
    return out


def _resolve(host: str, port: int, limits: _Limits) -> list[str]:
    """The host's addresses; name lookup has no timeout of its own, so it runs in a thread."""
    found: list[list[str]] = []
    failed: list[OSError] = []

    def lookup() -> None:
        try:
            found.append([str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)])
        except OSError as exc:
            failed.append(exc)

    thread = threading.Thread(target=lookup, daemon=True)
    thread.start()
    thread.join(limits.left())
    if failed:
        raise HttpError("unreachable", f"cannot be reached ({failed[0]})")
    if not found:
        limits.left()
        raise HttpError("timeout", f"no complete answer within {limits.seconds:g} s")
    return found[0]


def _check_public(host: str, addresses: list[str]) -> None:
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if (
            ip.is_private
            or ip.is_loopback
            or ip.is_link_local
            or ip.is_multicast
            or ip.is_reserved
            or ip.is_unspecified
        ):
            raise HttpError("private", f"{host} is a private or local address ({ip}), which is not fetched")


def _proxy_for(scheme: str, host: str) -> tuple[str, int] | None:
    """The system's proxy for `scheme` (https_proxy, http_proxy), unless no_proxy names `host`."""
    proxy = urllib.request.getproxies().get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    return parts.hostname or "", parts.port or 80


def _open_socket(address: str, port: int, limits: _Limits) -> socket.socket:
    timeout = min(limits.left(), limits.connect_s) if limits.connect_s else limits.left()
    try:
        return socket.create_connection((address, port), timeout)
    except TimeoutError as exc:
        if limits.connect_s and limits.deadline - time.monotonic() > 0:
            raise HttpError("connect-timeout", f"no connection within {limits.connect_s:g} s") from exc
        raise


def _tls_context(verify: bool) -> ssl.SSLContext:
    try:
        import certifi

        context = ssl.create_default_context(cafile=certifi.where())
    except ImportError:
        context = ssl.create_default_context()
    if not verify:  # asked for, for a test server with a certificate of its own; never for real use
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _open_tunnel(sock: socket.socket, host: str, port: int) -> None:
    """Ask the proxy on `sock` for a tunnel to host:port (CONNECT, RFC 9110 9.3.6)."""
    sock.sendall(f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode("ascii"))
    reply = b""
    while b"\r\n\r\n" not in reply:
        chunk = sock.recv(4096)
        if not chunk:
            raise HttpError("unreachable", "the proxy closed the connection before opening a tunnel")
        reply += chunk
        if len(reply) > _TUNNEL_REPLY_LIMIT:
            raise HttpError("protocol", "the proxy's answer to CONNECT is too long")
    status_line = reply.split(b"\r\n", 1)[0].decode("latin-1")
    fields = status_line.split(" ", 2)
    if len(fields) < 2 or not fields[1].startswith("2"):
        raise HttpError("unreachable", f"the proxy refused a tunnel to {host}:{port} ({status_line.strip()})")
