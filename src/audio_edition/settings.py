"""Where settings come from outside the command line: the environment. This is the only module
that reads or writes it; every other module asks here, by variable name.

The command line's options take their values from flags, then `AUDIO_EDITION_*` variables,
then the config file, then defaults (options.py); the variables below that are not options
say where services and tools are (`AUDIO_EDITION_GTTS_URL`, `AUDIO_EDITION_FFMPEG`, ...).
Deadlines and the private-address switch reach worker processes (batch, Dask) as variables
set here, which children inherit.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

# Seconds in all to fetch a page or a feed (--fetch-timeout), shared by the option and fetching.
FETCH_TIMEOUT_S = 15.0
# Seconds in all to read the articles of a run's feeds (--read-deadline): 200 items one after
# another could take 50 minutes at the fetch deadline.
READ_DEADLINE_S = 600.0


def variable(name: str, default: str | None = None) -> str | None:
    """The value of environment variable `name`, or `default` when it is unset or empty."""
    return os.environ.get(name) or default


def switched_on(name: str) -> bool:
    """Whether variable `name` says yes ("1", "true" or "yes")."""
    return (os.environ.get(name) or "").strip().lower() in ("1", "true", "yes")


def number(name: str, default: float) -> float:
    """Variable `name` as a number of seconds (or any float), `default` when unset."""
    value = os.environ.get(name)
    return float(value) if value else default


def environment() -> Mapping[str, str]:
    """The whole environment, read-only, for the options table to check and read."""
    return os.environ


def set_for_workers(name: str, value: str) -> None:
    """Set variable `name` for this process and the worker processes it starts."""
    os.environ[name] = value
