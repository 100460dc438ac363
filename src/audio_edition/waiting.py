"""Waiting on other threads without going deaf to signals.

Python runs a signal's handler in the main thread, but the kernel may deliver the signal to any
thread. One that lands on a worker thread interrupts that thread's system call, not the main
thread's: a main thread blocked without a timeout (a future's result, an event, `as_completed`)
hears SIGTERM or Ctrl-C only when what it waits for is done, which for an edition is after every
clip has been spoken. These waits wake every `POLL_S` seconds, so a pending handler runs then.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, Future, wait
from typing import TypeVar

POLL_S = 0.2

T = TypeVar("T")


def result(future: Future[T]) -> T:
    """The future's result (or its exception), waiting for it."""
    while not future.done():
        wait((future,), timeout=POLL_S)
    return future.result()


def completed(futures: Iterable[Future[T]]) -> Iterator[Future[T]]:
    """Each future as it is done, like `concurrent.futures.as_completed`."""
    pending = set(futures)
    while pending:
        done, pending = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
        yield from done


def all_or_first_failure(futures: Iterable[Future[T]]) -> None:
    """Wait until every future is done, raising the first failure as soon as it is known."""
    pending = set(futures)
    while pending:
        done, pending = wait(pending, timeout=POLL_S, return_when=FIRST_EXCEPTION)
        for future in done:
            future.result()


def until_set(event: threading.Event) -> None:
    """Wait until `event` is set."""
    while not event.wait(POLL_S):
        pass
