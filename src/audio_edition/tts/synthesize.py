"""Speak every distinct sentence once, through the clip store, in the background.

`Synthesis` starts speaking as soon as it is made, in the order the sentences are heard, so
that the encoder can take the first clips while later ones are still being spoken. Each new
clip is prepared (trimmed, peak-controlled, measured) and stored as soon as it exists: an
interrupted build resumes where it stopped, and no clip stays in memory.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from types import TracebackType

from ..errors import EngineError
from ..model import Clip, ClipInfo
from .base import Engine
from .cache import ClipStore, cache_key

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True, slots=True)
class Request:
    text: str  # spoken text
    label: str  # where it comes from, for error messages ("lead, sentence 1")


@dataclass(frozen=True, slots=True)
class Synthesized:
    clips: dict[str, ClipInfo]  # by spoken text
    synthesized: int
    cached: int


def store_clip(store: ClipStore, key: str, clip: Clip) -> ClipInfo:
    """Prepare a freshly synthesized clip (trim, peak control, measure) and store it."""
    from ..audio.prepare import prepare

    ready, measured = prepare(clip)
    return store.put(key, ready, measured.cells.astype("<f8").tobytes(), measured.true_peak)


class Synthesis:
    """Clips for every request, spoken in the background in the order given."""

    def __init__(
        self,
        requests: Sequence[Request],
        engine: Engine,
        voice: str,
        store: ClipStore,
        progress: Progress | None = None,
    ) -> None:
        self.engine, self.voice, self.store, self.progress = engine, voice, store, progress
        unique: dict[str, Request] = {}
        for r in requests:
            unique.setdefault(r.text, r)
        self._keys = {t: cache_key(engine.name, voice, engine.options(), t) for t in unique}
        self._known: dict[str, ClipInfo] = {}
        for text, key in self._keys.items():
            hit = store.info(key)
            if hit is not None and hit.sample_rate == engine.limits.sample_rate:
                self._known[text] = hit
            elif hit is not None:
                log.warning(
                    "ignoring cache entry %s: %d Hz, the engine speaks at %d Hz",
                    key,
                    hit.sample_rate,
                    engine.limits.sample_rate,
                )
        self.cached = len(self._known)
        missing = [r for t, r in unique.items() if t not in self._known]
        self.synthesized = len(missing)
        self._total, self._done = len(unique), self.cached
        self._lock = threading.Lock()
        self._report()
        # One thread more than the engine speaks in: while a clip is spoken, the one before it
        # is prepared (the engines wait in native code or on the network, without the GIL).
        concurrency = engine.concurrency_for(sum(len(r.text) for r in missing)) if missing else 1
        self._pool = ThreadPoolExecutor(max_workers=max(1, concurrency) + 1)
        self._futures: dict[str, Future[ClipInfo]] = {}
        for request in missing:
            future = self._pool.submit(self._speak, request)
            future.add_done_callback(self._count)
            self._futures[request.text] = future

    def _speak(self, request: Request) -> ClipInfo:
        try:
            clip = self.engine.synthesize(request.text, self.voice)
        except EngineError as exc:
            raise type(exc)(f"{self.engine.name} failed on the {request.label}: {exc.message}", exc.hint) from exc
        return store_clip(self.store, self._keys[request.text], clip)

    def _count(self, future: Future[ClipInfo]) -> None:
        if not future.cancelled() and future.exception() is None:
            with self._lock:
                self._done += 1
                self._report()

    def _report(self) -> None:
        if self.progress:
            self.progress("speaking", self._done, self._total)

    def clip(self, text: str) -> ClipInfo:
        """The clip of `text`, waiting for it to be spoken; raises the engine's error if it failed."""
        known = self._known.get(text)
        return known if known is not None else self._futures[text].result()

    def known(self, text: str) -> bool:
        """Whether the clip of `text` is there now, without waiting."""
        future = self._futures.get(text)
        return future is None or (future.done() and not future.cancelled() and future.exception() is None)

    def ready(self, texts: Sequence[str]) -> list[ClipInfo]:
        """The clips of `texts` known now, without waiting."""
        return [self.clip(t) for t in dict.fromkeys(texts) if self.known(t)]

    def wait_for(self, texts: Sequence[str]) -> None:
        """Wait until every one of `texts` is spoken, or one of them fails (raised here)."""
        pending = [self._futures[t] for t in texts if t in self._futures]
        done, _ = wait(pending, return_when=FIRST_EXCEPTION)
        for future in done:
            future.result()

    def result(self) -> Synthesized:
        """Every clip, waiting for all of them."""
        self.wait_for(list(self._futures))
        return Synthesized(
            clips={text: self.clip(text) for text in self._keys}, synthesized=self.synthesized, cached=self.cached
        )

    def close(self) -> None:
        """Stop: what has not started is cancelled, what is being spoken is finished and stored."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        log.info("synthesized %d clips, %d from cache", self.synthesized, self.cached)

    def __enter__(self) -> Synthesis:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def synthesize_all(
    requests: Sequence[Request],
    engine: Engine,
    voice: str,
    store: ClipStore,
    progress: Progress | None = None,
) -> Synthesized:
    """A stored, measured clip for every request."""
    with Synthesis(requests, engine, voice, store, progress) as synthesis:
        return synthesis.result()
