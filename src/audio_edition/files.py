"""Atomic file writes: a temporary file in the same directory, then os.replace.

Files get the mode a plain open() would give them under the user's umask (mkstemp's 0600
would hide a podcast from the web server that serves it).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

# Every staging file this process made, recorded before it exists: whatever interrupts a build
# (SIGTERM, Ctrl-C) between creating one and handing it on, `discard_staged` still finds it.
_staged: set[Path] = set()


def staging_file(target: Path, suffix: str = "") -> Path:
    """A new empty file next to `target`, named so that nothing mistakes it for an output, with
    the mode a plain open() gives under the umask."""
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        path = target.parent / f".{target.name}{suffix}.{secrets.token_hex(5)}.tmp"
        _staged.add(path)
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return path
        except FileExistsError:
            continue


def discard_staged() -> None:
    """Remove every staging file this process made that is still there (the rest were moved
    into place or removed already)."""
    for path in list(_staged):
        path.unlink(missing_ok=True)
        _staged.discard(path)


def atomic_write(path: Path, write: Callable[[IO[Any]], object]) -> None:
    """Create or replace `path` so that readers see the old file or the whole new one."""
    with _temporary(path) as tmp:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)


@contextlib.contextmanager
def _temporary(path: Path) -> Iterator[Path]:
    tmp = staging_file(path)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def write_all(files: Mapping[Path, bytes | Path]) -> None:
    """Put several files in place so that a failure leaves none of the new ones half-written.

    A value is either the file's bytes or a file already written in full next to its target
    (from `staging_file`). Every file is first complete next to its target; only then are
    they moved into place, and a failure removes what was staged.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            if isinstance(data, Path):
                staged.append((data, path))
                continue
            tmp = staging_file(path)
            staged.append((tmp, path))
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        for tmp, path in staged:
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
