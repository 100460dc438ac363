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
