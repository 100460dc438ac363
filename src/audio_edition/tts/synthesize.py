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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from types import TracebackType

from .. import waiting
from ..errors import EngineError, EnginePermanent
from ..model import Clip, ClipInfo, clip_id
from .base import Engine
from .cache import ClipStore, cache_key
from .quality import problem

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True, slots=True)
class Request:
    """One sentence, or one piece of a long one, to be spoken."""

    text: str  # spoken text
    label: str  # where it comes from, for error messages ("lead, sentence 1")
    voice: str | None = None  # None: the synthesis's voice

    @property
    def id(self) -> str:
        return clip_id(self.voice, self.text)


@dataclass(frozen=True, slots=True)
class Synthesized:
    """Every clip of a synthesis by id, and how many were spoken and how many cached."""

    clips: dict[str, ClipInfo]  # by clip id (the spoken text, with its voice when an episode has several)
    synthesized: int
    cached: int


# What the audio stage does to a freshly spoken clip before it is stored (trim, peak control,
# level, measure), handed in by the job: the clip ready to join, its loudness cells as float64
# bytes, and its true peak. Engines return clips; levelling belongs to audio.
Prepare = Callable[[Clip], tuple[Clip, bytes, float]]


def store_clip(store: ClipStore, key: str, clip: Clip, prepare: Prepare) -> ClipInfo:
    """Prepare a freshly synthesized clip with `prepare` and store it under `key`."""
    ready, cells, true_peak = prepare(clip)
    return store.put(key, ready, cells, true_peak)


class Synthesis:
    """Clips for every request, spoken in the background in the order given."""

    def __init__(
        self,
        requests: Sequence[Request],
        engine: Engine,
        voice: str,
        store: ClipStore,
        prepare: Prepare,
        progress: Progress | None = None,
    ) -> None:
        self.engine, self.voice, self.store, self.progress = engine, voice, store, progress
        self.prepare = prepare
        unique: dict[str, Request] = {}
        for r in requests:
            unique.setdefault(r.id, r)
        self._keys = {i: self._cache_key(r) for i, r in unique.items()}
        self._known: dict[str, ClipInfo] = {}
        for id_, key in self._keys.items():
            hit = store.info(key)
            if hit is not None and hit.sample_rate == engine.limits.sample_rate:
                self._known[id_] = hit
            elif hit is not None:
                log.warning(
                    "ignoring cache entry %s: %d Hz, the engine speaks at %d Hz",
                    key,
                    hit.sample_rate,
                    engine.limits.sample_rate,
                )
        self.cached = len(self._known)
        missing = [r for i, r in unique.items() if i not in self._known]
        self.synthesized = len(missing)
        self._total, self._done, self._spoken = len(unique), self.cached, 0
        self._all_spoken = threading.Event()  # set when the engine has nothing left to speak
        self._lock = threading.Lock()
        self._report()
        self._futures: dict[str, Future[ClipInfo]] = {}
        self._speakers: ThreadPoolExecutor | None = None
        self._preparer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prepare")  # threads start on use
        try:
            self._start(missing)
        except BaseException:
            # an interruption (SIGTERM, Ctrl-C) while clips are queued: the build never holds this
            # Synthesis to close it, so what was queued would go on being spoken until exit
            self.close()
            raise

    def _start(self, missing: Sequence[Request]) -> None:
        # The engine speaks in `concurrency` threads (waiting in native code or on the network,
        # without the GIL); one more thread prepares what they spoke, a clip at a time (its
        # working arrays take a few MiB for a long clip, and it is CPU-bound). At most a few
        # spoken clips wait to be prepared, so memory stays flat however fast the engine is.
        concurrency = self.engine.concurrency_for(sum(len(r.text) for r in missing)) if missing else 1
        self._speakers = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="speak")
        self._in_flight = threading.BoundedSemaphore(max(1, concurrency) + 2)
        if not missing:
            self._all_spoken.set()
        for request in missing:
            future: Future[ClipInfo] = Future()
            future.add_done_callback(self._count)
            self._futures[request.id] = future
            self._speakers.submit(self._speak, request, future)

    def _cache_key(self, request: Request) -> str:
        voice = request.voice or self.voice
        identity = getattr(self.engine, "identity", None)  # a Router names the engine that speaks
        name, engine_voice, options = identity(voice) if identity else (self.engine.name, voice, self.engine.options())
        return cache_key(name, engine_voice, options, request.text)

    def _speak(self, request: Request, future: Future[ClipInfo]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        self._in_flight.acquire()
        try:
            clip = self._checked(request)
        except BaseException as exc:
            self._in_flight.release()
            self._spoke()
            if isinstance(exc, EngineError):
                message = f"{self.engine.name} failed on the {request.label}: {exc.message}"
                exc = type(exc)(message, exc.hint).with_traceback(exc.__traceback__)
            future.set_exception(exc)
            return
        self._spoke()
        self._preparer.submit(self._prepare, request, clip, future)

    def _checked(self, request: Request) -> Clip:
        """The engine's clip for `request`, asked for again once if it fails the quality checks."""
        rate = float(getattr(self.engine, "rate", 1.0))
        voice = request.voice or self.voice
        clip = self.engine.synthesize(request.text, voice)
        reason = problem(clip, request.text, rate)
        if reason is not None:
            log.warning("%s: a bad clip for the %s (%s); asking again", self.engine.name, request.label, reason)
            clip = self.engine.synthesize(request.text, voice)
            reason = problem(clip, request.text, rate)
        if reason is not None:
            hint = "no episode was written; try again, or another engine"
            raise EnginePermanent(f"a bad clip twice ({reason})", hint=hint)
        return clip

    def _spoke(self) -> None:
        with self._lock:
            self._spoken += 1
            last = self._spoken == self.synthesized
        if last:  # nothing more to speak: free the engine's workers while the rest is prepared
            self.engine.release()
            self._all_spoken.set()

    def wait_spoken(self) -> None:
        """Wait until the engine has spoken (or failed on) every clip and let go of its workers."""
        waiting.until_set(self._all_spoken)

    def _prepare(self, request: Request, clip: Clip, future: Future[ClipInfo]) -> None:
        try:
            future.set_result(store_clip(self.store, self._keys[request.id], clip, self.prepare))
        except BaseException as exc:
            future.set_exception(exc)
        finally:
            self._in_flight.release()

    def _count(self, future: Future[ClipInfo]) -> None:
        if not future.cancelled() and future.exception() is None:
            with self._lock:
                self._done += 1
                self._report()

    def _report(self) -> None:
        if self.progress:
            self.progress("speaking", self._done, self._total)

    def clip(self, id: str) -> ClipInfo:
        """The clip called `id` (see `clip_id`), waiting for it to be spoken; raises the engine's
        error if it failed."""
        known = self._known.get(id)
        return known if known is not None else waiting.result(self._futures[id])

    def known(self, id: str) -> bool:
        """Whether the clip called `id` is there now, without waiting."""
        future = self._futures.get(id)
        return future is None or (future.done() and not future.cancelled() and future.exception() is None)

    def wait_for(self, ids: Sequence[str]) -> None:
        """Wait until every one of `ids` is spoken, or one of them fails (raised here)."""
        waiting.all_or_first_failure(self._futures[i] for i in ids if i in self._futures)

    def result(self) -> Synthesized:
        """Every clip, waiting for all of them."""
        self.wait_for(list(self._futures))
        return Synthesized(
            clips={i: self.clip(i) for i in self._keys}, synthesized=self.synthesized, cached=self.cached
        )

    def close(self) -> None:
        """Stop: what has not started is cancelled, what is being spoken is finished and stored."""
        for future in self._futures.values():
            future.cancel()  # those not started: a failed build stops speaking at once
        if self._speakers is not None:
            self._speakers.shutdown(wait=True, cancel_futures=True)
        self._preparer.shutdown(wait=True)
        self.engine.release()
        self._all_spoken.set()
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
    prepare: Prepare,
    progress: Progress | None = None,
) -> Synthesized:
    """A stored, measured clip for every request, each prepared by `prepare` before it is stored."""
    with Synthesis(requests, engine, voice, store, prepare, progress) as synthesis:
        return synthesis.result()
