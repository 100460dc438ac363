"""Fetch an article page over HTTP(S): bounded time, size and redirects, clear errors."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from ..errors import InputError

TIMEOUT_S = 15.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "audio-edition/0.1 (+https://pypi.org/project/audio-edition/)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    charset: str | None


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def fetch(url: str, timeout_s: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET `url`; raise InputError naming the URL and the reason when the page cannot be had."""
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with opener.open(request, timeout=timeout_s) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: the page is {int(length)} bytes, over the {max_bytes}-byte limit")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(f"{url}: the page is over the {max_bytes}-byte limit")
            headers: Message = response.headers
            return Fetched(url=response.geturl(), data=data, charset=headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects") from exc
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise InputError(f"{url}: no answer within {timeout_s:g} s") from exc
        raise InputError(f"{url}: cannot be reached ({reason})") from exc
    except TimeoutError as exc:
        raise InputError(f"{url}: no answer within {timeout_s:g} s") from exc
    except (ValueError, OSError) as exc:
        raise InputError(f"{url}: cannot be fetched ({exc})") from exc
