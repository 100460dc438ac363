"""Fetch an article page over HTTP(S): one total deadline, bounded size and redirects,
verified TLS, complete bodies, no private addresses, and one clear line for every failure.

The client is http.client, driven here rather than through urllib's opener, so that each step
is ours to check:
- the deadline covers name lookup, connecting, the TLS handshake, the headers and the whole
  body: a watchdog shuts the socket when the time is up, so a server that sends one byte a second
  is cut off then, however slowly it sends its headers or its body;
- the host is resolved here and its addresses checked before connecting, and again after
  every redirect: private, loopback, link-local, multicast and reserved addresses are refused
  unless the user allows them (`--allow-private-urls`, or AUDIO_EDITION_ALLOW_PRIVATE_URLS=1),
  so a service that wraps the tool cannot be made to read its own network;
- a redirect must say where to, and to http or https;
- a body shorter than its Content-Length, a chunked body cut short and a gzip stream cut in half
  are errors, not a page;
- a gzip- or deflate-encoded body is decoded (within the size limit).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from ..errors import InputError
from ..settings import FETCH_TIMEOUT_S, number, switched_on
from ..watchdog import Watchdog

TIMEOUT_ENV = "AUDIO_EDITION_FETCH_TIMEOUT"  # --fetch-timeout
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "audio-edition/0.1 (+https://pypi.org/project/audio-edition/)"
ALLOW_PRIVATE_ENV = "AUDIO_EDITION_ALLOW_PRIVATE_URLS"
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as fetched: its bytes, its final address after redirects, its charset."""

    url: str  # after redirects
    data: bytes
    charset: str | None


class _Deadline:
    def __init__(self, url: str, seconds: float) -> None:
        self.url, self.seconds, self.end = url, seconds, time.monotonic() + seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise InputError(f"{self.url}: no complete answer within {self.seconds:g} s")
        return left


def private_allowed() -> bool:
    """Whether private, loopback and link-local addresses may be fetched (--allow-private-urls)."""
    return switched_on(ALLOW_PRIVATE_ENV)


def _resolve(host: str, port: int, deadline: _Deadline, url: str) -> list[str]:
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
    thread.join(deadline.left())
    if failed:
        raise InputError(f"{url}: cannot be reached ({failed[0]})")
    if not found:
        deadline.left()
        raise InputError(f"{url}: no complete answer within {deadline.seconds:g} s")
    return found[0]


def _check_public(host: str, addresses: list[str], url: str) -> None:
    if private_allowed():
        return
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
            raise InputError(
                f"{url}: {host} is a private or local address ({ip}), which is not fetched",
                hint="add --allow-private-urls to fetch it",
            )


class _HTTP(http.client.HTTPConnection):
    """HTTP to an address we chose, its socket watched by the deadline's watchdog."""

    def __init__(self, address: str, port: int, timeout: float, watchdog: Watchdog) -> None:
        super().__init__(address, port, timeout=timeout)
        self._watchdog = watchdog

    def connect(self) -> None:
        super().connect()
        self._watchdog.watch(self.sock)


class _HTTPS(http.client.HTTPSConnection):
    """HTTPS to an address we chose, verifying the certificate for the host name."""

    def __init__(
        self, address: str, host: str, port: int, timeout: float, context: ssl.SSLContext, watchdog: Watchdog
    ) -> None:
        super().__init__(address, port, timeout=timeout, context=context)
        self._verified_host = host
        self._watchdog = watchdog

    def connect(self) -> None:
        sock = socket.create_connection((self.host, self.port), self.timeout)
        self._watchdog.watch(sock)  # the handshake too is within the deadline
        self.sock = self._context.wrap_socket(sock, server_hostname=self._verified_host)  # type: ignore[attr-defined]


def _tls_context() -> ssl.SSLContext:
    try:
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:
        return ssl.create_default_context()


def _decode_body(data: bytes, encoding: str | None, url: str, max_bytes: int) -> bytes:
    encoding = (encoding or "identity").strip().lower()
    if encoding in ("identity", ""):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(f"{url}: the page is sent in the {encoding} encoding, which is not read")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"{url}: the page's {encoding} encoding is damaged ({exc})") from exc
    if len(out) > max_bytes:
        raise InputError(f"{url}: the page is over the {max_bytes}-byte limit once decompressed")
    if not inflater.eof:  # the stream stops before its end: half a page
        raise InputError(f"{url}: the page's {encoding} encoding is cut short: only part of the page came")
    return out


def _get(url: str, deadline: _Deadline, watchdog: Watchdog, max_bytes: int) -> tuple[int, Message, bytes, str | None]:
    """One GET: (status, headers, body, Location)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = _resolve(host, port, deadline, url)
    _check_public(host, addresses, url)
    timeout = deadline.left()
    conn: http.client.HTTPConnection = (
        _HTTPS(addresses[0], host, port, timeout, _tls_context(), watchdog)
        if parts.scheme == "https"
        else _HTTP(addresses[0], port, timeout, watchdog)
    )
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", parts.netloc.rsplit("@", 1)[-1])
        conn.putheader("User-Agent", USER_AGENT)
        conn.putheader("Accept", "text/html,*/*;q=0.5")
        conn.putheader("Accept-Encoding", "gzip, deflate")
        conn.endheaders()
        response = conn.getresponse()
        if 300 <= response.status < 400:
            return response.status, response.headers, b"", response.getheader("Location")
        if response.status >= 400:
            return response.status, response.headers, response.reason.encode("latin-1", "replace"), None
        declared = response.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise InputError(f"{url}: the page is {int(declared)} bytes, over the {max_bytes}-byte limit")
        body = bytearray()
        while True:
            if conn.sock is not None:
                conn.sock.settimeout(deadline.left())
            try:
                chunk = response.read1(_CHUNK)
            except http.client.IncompleteRead as exc:  # a chunk cut short, or no last chunk
                raise InputError(
                    f"{url}: the server closed the connection after {len(body) + len(exc.partial)} bytes, "
                    "before the end of the page"
                ) from exc
            if not chunk:
                break
            body += chunk
            if len(body) > max_bytes:
                raise InputError(f"{url}: the page is over the {max_bytes}-byte limit")
        if declared and declared.isdigit() and len(body) < int(declared):
            raise InputError(f"{url}: the server closed the connection after {len(body)} of {int(declared)} bytes")
        return response.status, response.headers, bytes(body), None
    finally:
        conn.close()


def fetch(url: str, timeout_s: float | None = None, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET `url`; raise InputError naming the URL and the reason when the page cannot be had.
    The deadline is `timeout_s`, else --fetch-timeout's (through the environment), else 15 s."""
    timeout_s = timeout_s or number(TIMEOUT_ENV, FETCH_TIMEOUT_S)
    with Watchdog(timeout_s) as watchdog:
        late = InputError(f"{url}: no complete answer within {timeout_s:g} s")
        try:
            fetched = _fetch(url, _Deadline(url, timeout_s), watchdog, max_bytes)
        except InputError as exc:
            if watchdog.fired:  # whatever the cut connection looked like, the time ran out
                raise late from exc
            raise
        if watchdog.fired:  # a cut connection can look like a complete, shorter answer
            raise late
        return fetched


def _fetch(url: str, deadline: _Deadline, watchdog: Watchdog, max_bytes: int) -> Fetched:
    timeout_s = deadline.seconds
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ("http", "https") and current == url:
                raise InputError(f"{url}: not an http(s) address")
            if scheme not in ("http", "https"):
                raise InputError(
                    f"{url}: redirected to a {scheme or 'relative'} address ({current}), which is not fetched"
                )
            status, headers, body, location = _get(current, deadline, watchdog, max_bytes)
            if location is not None or 300 <= status < 400:
                if not location:
                    raise InputError(f"{url}: the server answered {status} without saying where to go")
                current = urljoin(current, location.strip())
                continue
            if status >= 400:
                raise InputError(f"{url}: the server answered {status} {body.decode('latin-1')}".rstrip())
            data = _decode_body(body, headers.get("Content-Encoding"), url, max_bytes)
            return Fetched(url=current, data=data, charset=headers.get_content_charset())
        raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except TimeoutError as exc:
        raise InputError(f"{url}: no complete answer within {timeout_s:g} s") from exc
    except ssl.SSLError as exc:
        raise InputError(f"{url}: the secure connection failed ({exc.reason or exc})") from exc
    except http.client.LineTooLong as exc:
        raise InputError(f"{url}: the server sent a header line or too many headers ({exc})") from exc
    except http.client.HTTPException as exc:
        raise InputError(f"{url}: the server's answer is not valid HTTP ({type(exc).__name__}: {exc})") from exc
    except OSError as exc:
        raise InputError(f"{url}: cannot be reached ({exc.strerror or exc})") from exc
    except ValueError as exc:
        raise InputError(f"{url}: cannot be fetched ({exc})") from exc
