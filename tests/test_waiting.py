"""A signal the kernel hands to a worker thread still reaches a main thread that is waiting."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

import pytest

from audio_edition import waiting


class Heard(BaseException):
    pass


def _hear(signum: int, frame: object) -> None:
    raise Heard


def _signal_a_worker_thread_then_finish(future: Future[str], event: threading.Event) -> None:
    """A worker thread gets SIGUSR1 (as SIGTERM may land on any thread) once the main thread waits; the wait
    ends 3 s later. The worker signals itself, so the signal never lands before the main thread is waiting."""

    def worker() -> None:
        time.sleep(0.2)
        signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
        time.sleep(3)
        future.set_result("done")
        event.set()

    threading.Thread(target=worker, daemon=True).start()


@pytest.mark.parametrize(
    "wait",
    [
        lambda future, event: waiting.result(future),
        lambda future, event: list(waiting.completed([future])),
        lambda future, event: waiting.all_or_first_failure([future]),
        lambda future, event: waiting.until_set(event),
    ],
    ids=["result", "completed", "all_or_first_failure", "until_set"],
)
def test_the_main_thread_hears_a_signal_delivered_to_another_thread_before_its_wait_ends(
    wait: Callable[[Future[str], threading.Event], object],
) -> None:
    previous = signal.signal(signal.SIGUSR1, _hear)
    future: Future[str] = Future()
    event = threading.Event()
    try:
        _signal_a_worker_thread_then_finish(future, event)
        with pytest.raises(Heard):
            wait(future, event)
        assert not future.done(), "the handler ran only once the wait was over"
    finally:
        signal.signal(signal.SIGUSR1, previous)


def test_the_waits_return_results_and_raise_failures() -> None:
    ok: Future[int] = Future()
    ok.set_result(7)
    failed: Future[int] = Future()
    failed.set_exception(ValueError("no"))
    assert waiting.result(ok) == 7
    assert set(waiting.completed([ok, failed])) == {ok, failed}
    with pytest.raises(ValueError):
        waiting.all_or_first_failure([ok, failed])
    with pytest.raises(ValueError):
        waiting.result(failed)
