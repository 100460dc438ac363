"""Atomic file writes: a temporary file in the same directory, then os.replace.

Files get the mode a plain open() would give them under the user's umask (mkstemp's 0600
would hide a podcast from the web server that serves it).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any


def _file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def staging_file(target: Path, suffix: str = "") -> Path:
    """A new empty file next to `target`, named so that nothing mistakes it for an output."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}{suffix}.", suffix=".tmp", dir=target.parent)
    os.fchmod(fd, _file_mode())
    os.close(fd)
    return Path(name)


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
