from __future__ import annotations

import os
from pathlib import Path

import pytest

from audio_edition.files import atomic_write, write_all


def test_write_all_moves_every_file_into_place(tmp_path: Path) -> None:
    write_all({tmp_path / "a.mp3": b"audio", tmp_path / "a.json": b"{}\n"})
    assert (tmp_path / "a.mp3").read_bytes() == b"audio"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.mp3"]


def test_a_failure_while_staging_leaves_old_files_and_no_temporaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.mp3").write_bytes(b"old")
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        write_all({tmp_path / "a.mp3": b"new", tmp_path / "a.json": b"{}"})
    assert (tmp_path / "a.mp3").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mp3"]


def test_atomic_write_creates_directories_and_leaves_no_temporary(tmp_path: Path) -> None:
    atomic_write(tmp_path / "x" / "y.bin", lambda f: f.write(b"1"))
    assert (tmp_path / "x" / "y.bin").read_bytes() == b"1"
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["y.bin"]


def test_a_failed_atomic_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "y.bin"
    target.write_bytes(b"old")

    def fail(f: object) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["y.bin"]
