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


def test_a_kill_between_renames_leaves_the_previous_episode_whole_and_a_rebuild_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import time

    from audio_edition import files as files_module
    from audio_edition.jobs.episode import Settings, build
    from audio_edition.publish.episodes import scan
    from audio_edition.tts.espeak import EspeakEngine

    article = tmp_path / "a.txt"
    article.write_text(
        "Bão số ba đổ bộ vào miền Trung\n\nMưa lớn kéo dài ở nhiều nơi.\n\nNước sông lên cao.\n", "utf-8"
    )
    out, engine = tmp_path / "out", EspeakEngine(workers=1)
    first = build(article, out, engine, Settings())
    old_manifest = first.manifest_path.read_bytes()
    old_files = {p.name: p.read_bytes() for p in out.iterdir()}
    article.write_text(article.read_text("utf-8").replace("cao", "rất cao"), "utf-8")

    real_replace, renames = os.replace, []

    def killed_after_two(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).parent == out:  # the clip cache renames too
            renames.append(Path(dst).name)
        if len(renames) == 3:
            raise KeyboardInterrupt  # the process dies here: what is staged stays behind
        real_replace(src, dst)

    monkeypatch.setattr(files_module.os, "replace", killed_after_two)
    monkeypatch.setattr(files_module.Path, "unlink", lambda self, missing_ok=False: None)  # no clean-up either
    with pytest.raises(KeyboardInterrupt):
        build(article, out, engine, Settings())
    monkeypatch.undo()
    assert not any(n.endswith(".json") and not n.endswith(".chapters.json") for n in renames[:2])  # manifest last
    assert {n: (out / n).read_bytes() for n in old_files} == old_files  # the previous episode, whole
    assert [e.title for e in scan(out)] == ["Bão số ba đổ bộ vào miền Trung"]
    assert scan(out)[0].manifest.read_bytes() == old_manifest
    leftovers = [p for p in out.iterdir() if p.name not in old_files]
    assert leftovers  # two new files and the staged rest
    for p in leftovers:
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    files_module._staged.clear()  # the next run is a new process: these are not its own
    second = build(article, out, engine, Settings())
    assert json.loads(second.manifest_path.read_text())["build_key"] != json.loads(old_manifest)["build_key"]
    named = set(json.loads(second.manifest_path.read_text())["files"].values())
    assert {p.name for p in out.iterdir()} == named | {second.manifest_path.name}  # nothing else is left


def test_staging_files_of_a_dead_run_are_swept_at_once_and_a_live_runs_are_kept(tmp_path: Path) -> None:
    import subprocess
    import sys

    from audio_edition.files import staging_file, sweep_staging

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f".episode.mp3.{gone.stdout.strip()}-0123456789.tmp"
    dead.write_bytes(b"half an mp3")
    live = tmp_path / f".episode.json.{os.getppid()}-abcdef0123.tmp"  # this test's parent runs on
    live.write_bytes(b"{")
    mine = staging_file(tmp_path / "feed.xml")
    assert sweep_staging(tmp_path) == 1
    assert not dead.exists() and live.exists() and mine.exists()


def test_discarding_staged_files_on_a_read_only_file_system_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from audio_edition.files import discard_staged, staging_file

    staged = staging_file(tmp_path / "feed.xml")

    def read_only(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "unlink", read_only)
    discard_staged()  # as at exit after a failure: one line was said already, no traceback follows
    monkeypatch.undo()
    assert staged.exists()
    discard_staged()  # forgotten: nothing more to do
    assert staged.exists()


def test_a_forced_rebuild_of_the_same_build_never_writes_over_the_live_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from audio_edition import files as files_module
    from audio_edition.jobs.episode import Settings, build
    from audio_edition.publish.episodes import scan
    from audio_edition.tts.espeak import EspeakEngine

    article = tmp_path / "a.txt"
    article.write_text("Mưa lớn ở Huế\n\nNước sông Hương lên nhanh.\n\nNhiều tuyến phố ngập.\n", "utf-8")
    out, engine = tmp_path / "out", EspeakEngine(workers=1)
    first = build(article, out, engine, Settings())
    old_files = {p.name: p.read_bytes() for p in out.iterdir()}
    real_replace, renames = os.replace, []

    def killed_after_two(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).parent == out:
            renames.append(Path(dst).name)
        if len(renames) == 3:
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(files_module.os, "replace", killed_after_two)
    with pytest.raises(KeyboardInterrupt):
        build(article, out, engine, Settings(), force=True)
    monkeypatch.undo()
    assert not set(renames[:2]) & set(old_files)  # new names, though the build is the same
    assert {n: (out / n).read_bytes() for n in old_files} == old_files  # the live episode, untouched
    assert [e.manifest for e in scan(out)] == [first.manifest_path]
    again = build(article, out, engine, Settings(), force=True)
    assert again.mp3_path != first.mp3_path and again.mp3_path.exists() and not first.mp3_path.exists()
