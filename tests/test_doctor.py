"""`doctor`: one line per check, and a failing exit only when the tool cannot build here."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_cli


def test_doctor_reports_each_part_on_one_line(tmp_path: Path) -> None:
    proc = run_cli("doctor", "--cache-dir", str(tmp_path / "cache"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = {line.split()[1]: line.split()[0] for line in proc.stdout.splitlines()}
    assert set(lines) == {"ffmpeg", "espeak", "piper", "auto", "edge", "gtts", "cache", "voices", "output", "browser"}
    assert lines["ffmpeg"] == lines["espeak"] == lines["cache"] == "ok"
    assert lines["gtts"] == "warn"  # the tests point it at a closed port
    assert lines["piper"] == "warn"  # no voice installed in the test's data directory


def test_doctor_fails_when_ffmpeg_cannot_run(tmp_path: Path) -> None:
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    proc = run_cli("doctor", env={"AUDIO_EDITION_FFMPEG": str(fake)})
    assert proc.returncode == 1
    assert any(line.startswith("fail") and "ffmpeg" in line for line in proc.stdout.splitlines()), proc.stdout


def test_a_broken_ffmpeg_first_on_path_is_not_the_one_used(tmp_path: Path) -> None:
    """The bundled ffmpeg comes before the system's (Debian 12's 5.1 rejects filters the tool
    uses): a build with a failing `ffmpeg` first on PATH still works."""
    import os

    fake = tmp_path / "bin" / "ffmpeg"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'this ffmpeg is broken' >&2\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    article = tmp_path / "a.txt"
    article.write_text("Tin ngắn về thời tiết\n\nTrời nắng nhẹ.\n", encoding="utf-8")
    env = {"PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}", "AUDIO_EDITION_FFMPEG": ""}
    proc = run_cli("build", str(article), "-o", str(tmp_path / "out"), "--engine", "espeak", env=env)
    assert proc.returncode == 0, proc.stderr
