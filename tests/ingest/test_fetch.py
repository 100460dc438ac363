"""Fetching pages over real HTTP on loopback: redirects, errors, timeouts, size, charset."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from audio_edition.errors import InputError
from audio_edition.ingest import read_document
from audio_edition.ingest.fetch import MAX_REDIRECTS, fetch

from ..conftest import ROOT, invoke_main, run_cli
from ..loopback import serve
from ..test_ingest import cp1258

PAGE = (ROOT / "tests" / "data" / "html" / "dantri-2024-11-18-bao-so-9.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/page.html":
            self._send(PAGE, "text/html; charset=utf-8")
        elif self.path.startswith("/hop/"):
            n = int(self.path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", "/page.html" if n == 0 else f"/hop/{n - 1}")
            self.end_headers()
        elif self.path == "/legacy.html":
            text = PAGE.decode("utf-8").replace('charset="UTF-8"', "")
            self._send(cp1258(text), "text/html; charset=windows-1258")
        elif self.path == "/slow.html":
            time.sleep(2)
            self._send(PAGE, "text/html")
        elif self.path == "/big.html":
            self._send(b"<html>" + b"x" * 200_000 + b"</html>", "text/html")
        else:
            self.send_error(404, "Not Found")

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def site() -> Any:
    return serve(Handler)


def test_a_page_is_fetched_and_extracted() -> None:
    with site() as base:
        doc = read_document(f"{base}/page.html")
    assert doc.text.startswith("Bão số 9 mạnh cấp 12 tiến vào biển Đông")
    assert doc.metadata.outlet == "Dân trí"
    assert doc.metadata.url == f"{base}/page.html"


def test_redirects_are_followed_up_to_the_limit() -> None:
    with site() as base:
        assert fetch(f"{base}/hop/{MAX_REDIRECTS - 1}").url == f"{base}/page.html"
        with pytest.raises(InputError, match="redirect"):
            fetch(f"{base}/hop/{MAX_REDIRECTS + 2}")


def test_http_errors_timeouts_and_size_are_clear() -> None:
    with site() as base:
        with pytest.raises(InputError, match="404"):
            fetch(f"{base}/missing.html")
        with pytest.raises(InputError, match="no complete answer within 0.5 s"):
            fetch(f"{base}/slow.html", timeout_s=0.5)
        with pytest.raises(InputError, match="over the 100000-byte limit"):
            fetch(f"{base}/big.html", max_bytes=100_000)


def test_an_unreachable_host_is_one_line() -> None:
    from ..conftest import closed_port

    proc = invoke_main("plan", f"http://127.0.0.1:{closed_port()}/x.html")
    assert proc.exit_code == 2
    assert proc.stderr.startswith("error: ") and "cannot be reached" in proc.stderr
    assert proc.stderr.count("\n") == 1


def test_the_http_charset_is_honoured() -> None:
    with site() as base:
        doc = read_document(f"{base}/legacy.html")
    assert doc.text.startswith("Bão số 9 mạnh cấp 12 tiến vào biển Đông")


def test_plan_accepts_a_url() -> None:
    with site() as base:
        proc = run_cli("plan", f"{base}/page.html")
    assert proc.returncode == 0, proc.stderr
    plan = json.loads(proc.stdout)
    assert plan["headline"] == "Bão số 9 mạnh cấp 12 tiến vào biển Đông"
    assert plan["segments"][1]["spoken"].startswith("Bão Man-yi")
