"""The preview server answers Range requests, as seeking in a browser or podcast app needs."""

from __future__ import annotations

import threading
import urllib.request
from pathlib import Path

import pytest

from audio_edition.publish.serve import make_server


@pytest.fixture
def served(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "tap-1.mp3").write_bytes(bytes(range(256)) * 40)
    server = make_server(tmp_path, port=0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tap-1.mp3", (tmp_path / "tap-1.mp3").read_bytes()
    server.shutdown()
    server.server_close()


def fetch(url: str, byte_range: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Range": byte_range} if byte_range else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.parametrize(
    ("byte_range", "first", "last"),
    [("bytes=100-199", 100, 199), ("bytes=10000-", 10000, 10239), ("bytes=-40", 10200, 10239)],
)
def test_a_range_gets_those_bytes_and_says_where_they_are(served, byte_range: str, first: int, last: int) -> None:
    url, data = served
    status, headers, body = fetch(url, byte_range)
    assert status == 206 and body == data[first : last + 1]
    assert headers["Content-Range"] == f"bytes {first}-{last}/{len(data)}"


def test_the_whole_file_says_ranges_are_accepted_and_a_range_past_the_end_is_refused(served) -> None:
    url, data = served
    status, headers, body = fetch(url)
    assert status == 200 and body == data and headers["Accept-Ranges"] == "bytes"
    status, headers, _ = fetch(url, f"bytes={len(data)}-")
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(data)}"


def test_the_server_listens_on_loopback_only(tmp_path: Path) -> None:
    server = make_server(tmp_path, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()
