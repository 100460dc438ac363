"""Fetch an article page or a feed over HTTP(S), through the tool's one client (`net.http`): one
total deadline, bounded size and redirects, verified TLS, complete bodies, no private addresses
unless allowed (`--allow-private-urls`, or AUDIO_EDITION_ALLOW_PRIVATE_URLS=1), and one clear
line naming the address for every failure."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..net.http import MAX_REDIRECTS, HttpError, request
from ..settings import FETCH_TIMEOUT_S, number, switched_on

TIMEOUT_ENV = "AUDIO_EDITION_FETCH_TIMEOUT"  # --fetch-timeout
MAX_BYTES = 5 * 1024 * 1024
ALLOW_PRIVATE_ENV = "AUDIO_EDITION_ALLOW_PRIVATE_URLS"

__all__ = ["MAX_REDIRECTS", "Fetched", "fetch", "private_allowed"]


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as fetched: its bytes, its final address after redirects, its charset."""

    url: str  # after redirects
    data: bytes
    charset: str | None


def private_allowed() -> bool:
    """Whether private, loopback and link-local addresses may be fetched (--allow-private-urls)."""
    return switched_on(ALLOW_PRIVATE_ENV)


def fetch(url: str, timeout_s: float | None = None, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET `url`; raise InputError naming the URL and the reason when the page cannot be had.
    The deadline is `timeout_s`, else --fetch-timeout's (through the environment), else 15 s."""
    timeout_s = timeout_s or number(TIMEOUT_ENV, FETCH_TIMEOUT_S)
    try:
        answer = request(
            url,
            timeout_s=timeout_s,
            max_bytes=max_bytes,
            headers={"Accept": "text/html,*/*;q=0.5"},
            allow_private=private_allowed(),
            what="page",
        )
    except HttpError as exc:
        hint = "add --allow-private-urls to fetch it" if exc.kind == "private" else None
        raise InputError(f"{url}: {exc.message}", hint=hint) from exc
    if answer.status >= 400:
        raise InputError(f"{url}: the server answered {answer.status} {answer.reason}".rstrip())
    return Fetched(url=answer.url, data=answer.body, charset=answer.charset)
