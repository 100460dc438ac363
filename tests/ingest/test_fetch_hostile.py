"""Fetching from servers that misbehave, on loopback: each case ends in one clear line within
its deadline, never a hang, a half page or an internal error."""

from __future__ import annotations

import gzip
import socket
import ssl
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from audio_edition.errors import InputError
from audio_edition.ingest.fetch import fetch

from ..conftest import run_cli
from ..loopback import raw_server, trickle

PAGE = b"<html><head><title>Tin</title></head><body><h1>Tin nong</h1><p>Noi dung bai bao.</p></body></html>"


def send(raw: bytes) -> Callable[[socket.socket], None]:
    return lambda conn: conn.sendall(raw)


def ok(body: bytes, *headers: str) -> bytes:
    head = "\r\n".join(["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", *headers])
    return f"{head}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def test_a_gzip_page_is_decoded() -> None:
    with raw_server(send(ok(gzip.compress(PAGE), "Content-Encoding: gzip"))) as port:
        assert fetch(f"http://127.0.0.1:{port}/").data == PAGE


def chunked(*chunks: bytes, last: bool = True) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    body = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks)
    return head + body + (b"0\r\n\r\n" if last else b"")


@pytest.mark.parametrize(
    "raw",
    [
        chunked(PAGE[:40], PAGE[40:], last=False),  # no last chunk
        chunked(PAGE[:40])[:-2].replace(b"28\r\n", b"400\r\n"),  # a chunk shorter than it said
        ok(gzip.compress(PAGE)[: len(gzip.compress(PAGE)) // 2], "Content-Encoding: gzip"),  # gzip cut in half
    ],
    ids=["no-last-chunk", "short-chunk", "half-gzip"],
)
def test_a_page_cut_short_is_an_error_not_half_a_page(raw: bytes) -> None:
    with raw_server(send(raw)) as port, pytest.raises(InputError, match="before the end of the page|cut short"):
        fetch(f"http://127.0.0.1:{port}/")


def test_a_whole_chunked_page_is_read() -> None:
    with raw_server(send(chunked(PAGE[:40], PAGE[40:]))) as port:
        assert fetch(f"http://127.0.0.1:{port}/").data == PAGE


def test_a_body_shorter_than_its_length_is_an_error() -> None:
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n" + PAGE
    with raw_server(send(raw)) as port, pytest.raises(InputError, match=f"after {len(PAGE)} of 100000 bytes"):
        fetch(f"http://127.0.0.1:{port}/")


@pytest.mark.parametrize(
    "head",
    [b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", b"HTTP/1.1 200 OK\r\n"],
    ids=["body", "headers"],
)
def test_a_server_trickling_a_byte_at_a_time_is_cut_off_at_the_total_deadline(head: bytes) -> None:
    start = time.monotonic()
    with (
        raw_server(trickle(head, 0.1)) as port,
        pytest.raises(InputError, match="no complete answer within 0.5 s"),
    ):
        fetch(f"http://127.0.0.1:{port}/", timeout_s=0.5)
    assert time.monotonic() - start < 3


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(150)) + b"\r\n", "not valid HTTP"),
        (b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 100_000 + b"\r\n\r\n", "header line"),
        (b"HTCPCP/9 I'm a teapot\r\n\r\n", "not valid HTTP"),
        (b"HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n", "302 without saying where to go"),
        (b"HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n", "redirected to a file"),
        (ok(b"\x1f\x8b broken", "Content-Encoding: gzip"), "gzip encoding is damaged"),
    ],
)
def test_malformed_answers_are_one_clear_error(raw: bytes, message: str) -> None:
    with raw_server(send(raw)) as port, pytest.raises(InputError, match=message):
        fetch(f"http://127.0.0.1:{port}/")


def test_private_addresses_are_refused_unless_allowed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("AUDIO_EDITION_ALLOW_PRIVATE_URLS")
    with raw_server(send(ok(PAGE))) as port:
        with pytest.raises(InputError, match="127.0.0.1 is a private or local address") as refused:
            fetch(f"http://127.0.0.1:{port}/")
        assert "--allow-private-urls" in (refused.value.hint or "")
        proc = run_cli("plan", f"http://localhost:{port}/x.html")
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "private or local address" in proc.stderr
        proc = run_cli("--allow-private-urls", "plan", f"http://localhost:{port}/x.html")
        assert proc.returncode == 0, proc.stderr


def test_a_redirect_into_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_edition.net import http as client

    with raw_server(send(ok(PAGE))) as inner:
        hop = f"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{inner}/x\r\nContent-Length: 0\r\n\r\n".encode()
        with raw_server(send(hop)) as outer:
            assert fetch(f"http://localhost:{outer}/").data == PAGE  # allowed (the tests' default)
            monkeypatch.delenv("AUDIO_EDITION_ALLOW_PRIVATE_URLS")
            real = client._check_public
            checked: list[str] = []

            def outer_is_public(host: str, addresses: list[str]) -> None:
                checked.append(host)
                if host != "localhost":  # the first server stands for a public one
                    real(host, addresses)

            monkeypatch.setattr(client, "_check_public", outer_is_public)
            with pytest.raises(InputError, match="private or local"):
                fetch(f"http://localhost:{outer}/")
            assert checked == ["localhost", "127.0.0.1"]


def test_a_self_signed_certificate_is_refused(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with raw_server(send(ok(PAGE)), tls=context) as port, pytest.raises(InputError, match="secure connection failed"):
        fetch(f"https://127.0.0.1:{port}/")


@pytest.mark.e2e
def test_the_deadline_is_set_by_option_or_config(tmp_path: Path) -> None:
    slow = trickle(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", 0.2)
    config = tmp_path / "config.toml"
    config.write_text("fetch-timeout = 2\n", encoding="utf-8")
    with raw_server(slow) as port:
        url = f"http://127.0.0.1:{port}/"
        by_option = run_cli("--fetch-timeout", "1", "plan", url)
        by_config = run_cli("--config", str(config), "plan", url)
    assert by_option.returncode == 2 and "no complete answer within 1 s" in by_option.stderr, by_option.stderr
    assert by_config.returncode == 2 and "no complete answer within 2 s" in by_config.stderr, by_config.stderr


def test_an_address_that_is_not_http_is_said_as_such() -> None:
    with pytest.raises(InputError, match=r"ftp://x.example/rss: not an http\(s\) address"):
        fetch("ftp://x.example/rss")
