"""Many articles, each built into its own episode, in parallel: in local worker processes or
on an existing Dask distributed cluster.

A job is plain data (what to build, where, with which engine and settings), so that it can
travel to another process or machine; `run_job` builds it and never raises: every failure
comes back as an outcome naming it, and one bad article never stops the others. Workers
share the clip cache when they share its directory.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .. import waiting
from ..errors import AudioEditionError, InputError
from ..tts import Engine, get_engine
from .episode import Settings, build

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Job:
    """One article for a batch to build: its source, where to write it, and the voice."""

    source: str  # file or URL
    out_dir: Path
    engine: str  # a concrete engine name ("auto" is resolved before jobs are made)
    voice: str | None
    settings: Settings
    force: bool = False
    voice_model: Path | None = None  # a Piper model file, for the piper engine
    rate: float = 1.0  # speaking rate


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one batch article: built, up to date or failed, and why."""

    source: str
    status: str  # "built", "up to date" or "failed"
    mp3: Path | None = None
    duration_ms: int = 0
    seconds: float = 0.0
    error: str | None = None
    exit_code: int = 0

    @property
    def failed(self) -> bool:
        return self.status == "failed"


_engines: dict[str, Engine] = {}  # one per worker process, reused by its jobs


def run_job(job: Job) -> Outcome:
    """Build one article; any failure becomes an outcome (the engine speaks in this process:
    the batch is parallel across articles)."""
    start = time.perf_counter()
    try:
        engine = _engines.get(job.engine)
        if engine is None:
            engine = _engines[job.engine] = get_engine(
                job.engine, processes=1, voice_model=job.voice_model, rate=job.rate
            )
        if job.voice and job.voice not in engine.voices:
            raise InputError(f"engine {engine.name} has no voice {job.voice!r}")
        episode = build(job.source, job.out_dir, engine, job.settings, force=job.force)
    except AudioEditionError as exc:
        return Outcome(
            job.source, "failed", seconds=time.perf_counter() - start, error=exc.one_line(), exit_code=exc.exit_code
        )
    except Exception as exc:  # a bug, reported for this article alone
        log.debug("internal error on %s", job.source, exc_info=True)
        error = f"internal error: {type(exc).__name__}: {exc}"
        return Outcome(job.source, "failed", seconds=time.perf_counter() - start, error=error, exit_code=70)
    return Outcome(
        job.source,
        "up to date" if episode.reused else "built",
        mp3=episode.mp3_path,
        duration_ms=episode.duration_ms,
        seconds=time.perf_counter() - start,
    )


Done = Callable[[Outcome], None]


def run_local(
    jobs: Sequence[Job], processes: int, done: Done | None = None, work: Callable[[Job], Outcome] = run_job
) -> list[Outcome]:
    """Every job in `processes` worker processes; outcomes in the order of `jobs`. When a worker
    dies (killed, out of memory) the pool breaks and every unfinished job with it: those are run
    once more on a fresh pool, and fail only if they break that one too."""
    outcomes: dict[int, Outcome] = {}
    todo = list(range(len(jobs)))
    for attempt in (1, 2):
        broken = _run_pool(jobs, todo, processes, outcomes, work, done if attempt == 2 else None, done)
        if not broken:
            break
        log.warning("a worker process died: %d unfinished article(s) are built again on a fresh pool", len(broken))
        todo = broken
    return [outcomes[i] for i in range(len(jobs))]


def _run_pool(
    jobs: Sequence[Job],
    todo: list[int],
    processes: int,
    outcomes: dict[int, Outcome],
    work: Callable[[Job], Outcome],
    done_broken: Done | None,
    done: Done | None,
) -> list[int]:
    """Run the jobs numbered `todo` on one pool; the numbers of those its breaking took down."""
    broken: list[int] = []
    context = multiprocessing.get_context("spawn")  # the parent has threads: never fork
    with ProcessPoolExecutor(max_workers=max(1, min(processes, len(todo))), mp_context=context) as pool:
        futures = {pool.submit(work, jobs[i]): i for i in todo}
        for future in waiting.completed(futures):
            i = futures[future]
            try:
                outcomes[i] = future.result()
            except BrokenProcessPool as exc:  # a worker died (killed, out of memory)
                outcomes[i] = Outcome(jobs[i].source, "failed", error=f"its worker process died ({exc})", exit_code=1)
                broken.append(i)
                if done_broken:
                    done_broken(outcomes[i])
                continue
            if done:
                done(outcomes[i])
    return broken


def run_dask(jobs: Sequence[Job], scheduler: str, done: Done | None = None, timeout_s: float = 10) -> list[Outcome]:
    """Every job on the Dask distributed cluster whose scheduler is at `scheduler`."""
    try:
        from distributed import Client
        from distributed import as_completed as completed
    except ImportError as exc:
        raise InputError(
            "--scheduler needs Dask's distributed package", hint="pip install 'audio-edition[dask]'"
        ) from exc
    try:
        client = Client(scheduler, timeout=timeout_s)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    outcomes: dict[int, Outcome] = {}
    with client:
        futures = client.map(run_job, list(jobs), pure=False)
        index = {future.key: i for i, future in enumerate(futures)}
        for future in completed(futures):
            i = index[future.key]
            try:
                outcomes[i] = future.result()
            except Exception as exc:  # the worker was lost, or could not run the job at all
                error = f"the Dask worker failed: {type(exc).__name__}: {exc}"
                outcomes[i] = Outcome(jobs[i].source, "failed", error=error, exit_code=1)
            if done:
                done(outcomes[i])
    return [outcomes[i] for i in range(len(jobs))]
