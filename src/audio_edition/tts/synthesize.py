"""Speak every distinct sentence once, through the cache, with bounded concurrency."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass

from ..errors import EngineError
from ..model import Clip
from .base import Engine
from .cache import ClipCache, cache_key

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True, slots=True)
class Request:
    text: str  # spoken text
    label: str  # where it comes from, for error messages ("lead, sentence 1")


@dataclass(frozen=True, slots=True)
class Synthesized:
    clips: dict[str, Clip]  # by spoken text
    synthesized: int
    cached: int


def synthesize_all(
    requests: Sequence[Request],
    engine: Engine,
    voice: str,
    cache: ClipCache,
    progress: Progress | None = None,
) -> Synthesized:
    """Clips for every request; each new clip is cached as soon as it exists, so an
    interrupted build resumes where it stopped."""
    unique: dict[str, Request] = {}
    for r in requests:
        unique.setdefault(r.text, r)
    keys = {t: cache_key(engine.name, voice, engine.options(), t) for t in unique}
    clips: dict[str, Clip] = {}
    for text, key in keys.items():
        hit = cache.get(key)
        if hit is not None:
            clips[text] = hit
    cached = len(clips)
    total = len(unique)
    done = cached
    if progress:
        progress("speaking", done, total)
    missing = [unique[t] for t in unique if t not in clips]

    def one(request: Request) -> tuple[str, Clip]:
        try:
            clip = engine.synthesize(request.text, voice)
        except EngineError as exc:
            raise type(exc)(f"{engine.name} failed on the {request.label}: {exc.message}", exc.hint) from exc
        cache.put(keys[request.text], clip)
        return request.text, clip

    with ThreadPoolExecutor(max_workers=max(1, engine.limits.concurrency)) as pool:
        futures = [pool.submit(one, r) for r in missing]
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
            for future in finished:
                if future.exception() is not None:
                    for other in pending:
                        other.cancel()
                    raise future.exception()  # type: ignore[misc]
                text, clip = future.result()
                clips[text] = clip
                done += 1
                if progress:
                    progress("speaking", done, total)
    log.info("synthesized %d clips, %d from cache", len(missing), cached)
    return Synthesized(clips=clips, synthesized=len(missing), cached=cached)
