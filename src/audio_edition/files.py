"""Atomic file writes: a temporary file in the same directory, then os.replace.

Files get the mode a plain open() would give them under the user's umask (mkstemp's 0600
would hide a podcast from the web server that serves it).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

# Every staging file this process made, recorded before it exists: whatever interrupts a build
# (SIGTERM, Ctrl-C) between creating one and handing it on, `discard_staged` still finds it.
_staged: set[Path] = set()


def read_named_file(path: Path, what: str, limit_bytes: int) -> bytes:
    """The bytes of a file a user named (a config, a lexicon, a list, a cover): a regular file
    of at most `limit_bytes`, never a pipe or a device that would block or never end. Every
    other case is one clear error naming `what` it was meant to be."""
    from .errors import InputError

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: {what} not found") from exc
    except OSError as exc:
        raise InputError(f"{path}: the {what} cannot be read ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{path}: the {what} is not a regular file (a pipe, a device or a folder)")
        data = f.read(limit_bytes + 1)
    if len(data) > limit_bytes:
        raise InputError(f"{path}: the {what} is over {limit_bytes // 1024 // 1024 or 1} MB; that is no {what}")
    return data


def staging_file(target: Path, suffix: str = "") -> Path:
    """A new empty file next to `target`, named so that nothing mistakes it for an output, with
    the mode a plain open() gives under the umask."""
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        path = target.parent / f".{target.name}{suffix}.{os.getpid()}-{secrets.token_hex(5)}.tmp"
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
        with contextlib.suppress(OSError):  # a read-only or vanished folder: nothing to remove there
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


def create_once(path: Path, write: Callable[[IO[Any]], object]) -> bool:
    """Create `path` whole, unless it exists: True when this call created it, False when
    another writer had (the first file stays; nothing is ever replaced). Several processes may
    race on one path: exactly one wins."""
    with _temporary(path) as tmp:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)  # fails if `path` exists, atomically
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive creation, then the bytes
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                return False
            os.close(fd)
            os.replace(tmp, path)
    return True


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
    they moved into place, a manifest (a .json file that is not chapters) last: it is the
    record of the set, and names every other file with its checksum, so a reader that finds
    an old manifest beside new files (a kill between two renames) knows them for strangers.
    A failure removes what was staged.
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
        for tmp, path in sorted(staged, key=lambda pair: is_manifest(pair[1])):
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def is_manifest(path: Path) -> bool:
    """Whether `path` is an episode's manifest (not a chapters or feed JSON file)."""
    return path.suffix == ".json" and not path.name.endswith(".chapters.json")


def checksums(files: Mapping[Path, bytes | Path]) -> dict[str, str]:
    """sha256 of every file given as bytes, by file name (a manifest records them)."""
    return {path.name: hashlib.sha256(data).hexdigest() for path, data in files.items() if isinstance(data, bytes)}


def matches(path: Path, sha256: str) -> bool:
    """Whether the file at `path` has the SHA-256 digest `sha256`."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


_STAGING = re.compile(r"^\..+\.(?:(?P<pid>\d+)-)?[0-9a-f]{10}\.tmp$")
STALE_S = 600.0


def sweep_staging(folder: Path, older_than_s: float = STALE_S) -> int:
    """Remove staging files a killed run left in `folder`: at once when the process that made
    them is gone, else once older than `older_than_s` (a run going on now is not touched); how many."""
    removed = 0
    cutoff = time.time() - older_than_s
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for path in entries:
        m = _STAGING.match(path.name)
        if m and path not in _staged:
            try:
                if not _alive(m.group("pid")) or path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


def _alive(pid: str | None) -> bool:
    """Whether the process `pid` (from a staging file's name) still runs; True when unknown."""
    if not pid:
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (OSError, ValueError):
        return True
    return True
