"""A loopback web server for a podcast directory: the tool's own preview server, with the Range
requests browsers need to seek."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from audio_edition.publish.serve import RangeHandler

from .. import loopback


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` (with Range support) and yield its base URL, ending in a slash."""
    with loopback.serve(partial(RangeHandler, directory=os.fspath(directory))) as base:
        yield base + "/"
