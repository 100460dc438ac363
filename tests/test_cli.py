"""The command line as a user meets it: one clear line per error, no traceback, no partial files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SAMPLE, invoke, invoke_main, run_cli


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (b"\xff\xd8\xff\xe0 \x81\x8d\x8f\x90\x9d\xff\xfe\xfd", "not UTF-8"),
        ("• Đường dây nóng\n\n0901.22.33.66\n\nNỔI BẬT TRANG CHỦ\n".encode(), "no headline found"),
    ],
)
def test_bad_input_is_one_line_and_leaves_no_output(tmp_path: Path, content: bytes | None, message: str) -> None:
    article = tmp_path / "article.txt"
    if content is not None:
        article.write_bytes(content)
    out = tmp_path / "out"
    result = invoke_main(
        "build", str(article), "-o", str(out), "--engine", "espeak", "--cache-dir", str(tmp_path / "c")
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and message in lines[0] and str(article) in lines[0]
    assert not out.exists() or not any(out.iterdir())


def test_bad_input_in_a_child_process_is_one_line_without_a_traceback(tmp_path: Path) -> None:
    proc = run_cli("build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), "--engine", "espeak")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: ")
    assert "Traceback" not in proc.stderr


def test_unknown_engine_and_voice_are_usage_errors(tmp_path: Path) -> None:
    result = invoke_main("build", str(SAMPLE), "--engine", "nope")
    assert result.exit_code == 2 and "nope" in result.stderr
    result = invoke_main("build", str(SAMPLE), "-o", str(tmp_path), "--engine", "espeak", "--voice", "en")
    assert result.exit_code == 2 and "has no voice 'en'" in result.stderr
    assert not any(tmp_path.iterdir())


def test_plan_prints_segments_with_spoken_text_as_json() -> None:
    result = invoke("plan", str(SAMPLE))
    assert result.exit_code == 0, result.stderr
    plan = json.loads(result.stdout)
    assert [s["kind"] for s in plan["segments"]] == ["headline", "lead", "body"]
    assert plan["segments"][1]["spoken"].startswith("Chiều ngày sáu tháng mười một năm hai nghìn không trăm mười tám")
    assert plan["outlet"] == "Tổ Quốc" and plan["published"] == "2018-11-07T07:56"
    everything = json.dumps(plan, ensure_ascii=False)
    for chrome in ("Đường dây nóng", "Ảnh 1", "mic.gov.vn", "NỔI BẬT"):
        assert chrome not in everything


def test_inspect_reads_tags_and_chapters(built_sample: dict) -> None:
    result = invoke("inspect", str(built_sample["mp3"]), "--json")
    assert result.exit_code == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["id3_version"] == "2.3.0"
    assert info["title"] == built_sample["manifest"]["title"]
    assert info["language"] == "vie" and info["genre"] == "Podcast"
    assert [c["start_ms"] for c in info["chapters"]] == [s["start_ms"] for s in built_sample["manifest"]["segments"]]
    text = invoke("inspect", str(built_sample["mp3"])).stdout
    assert "chapters: 3" in text and "00:00:00.000" in text and "Tóm tắt" in text


def test_inspect_refuses_a_non_mp3(tmp_path: Path) -> None:
    bad = tmp_path / "x.mp3"
    bad.write_bytes(b"not audio at all" * 10)
    result = invoke_main("inspect", str(bad))
    assert result.exit_code == 2 and result.stderr.startswith("error: ")


def test_normalize_reads_stdin_line_by_line() -> None:
    result = invoke("normalize", input="Bộ TTTT\n50%\n\nngày 6/11/2018\n")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Bộ Thông tin và Truyền thông",
        "năm mươi phần trăm",
        "",
        "ngày sáu tháng mười một năm hai nghìn không trăm mười tám",
    ]


def test_normalize_southern_reading() -> None:
    assert (
        invoke("normalize", "--reading", "southern", "năm 2024").stdout.strip()
        == "năm hai ngàn không trăm hai mươi bốn"
    )


@pytest.mark.e2e
def test_config_file_and_environment_precedence(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[normalize]\nreading = "southern"\n', encoding="utf-8")
    assert run_cli("--config", str(config), "normalize", "24").stdout.strip() == "hai mươi bốn"
    env = {"AUDIO_EDITION_READING": "northern"}
    assert run_cli("--config", str(config), "normalize", "24", env=env).stdout.strip() == "hai mươi tư"
    assert (
        run_cli("--config", str(config), "normalize", "--reading", "southern", "24", env=env).stdout.strip()
        == "hai mươi bốn"
    )


def test_a_broken_config_file_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[build\nengine=", encoding="utf-8")
    result = invoke_main("--config", str(config), "normalize", "1")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "config.toml" in result.stderr


@pytest.mark.e2e
def test_multiple_articles_build_the_good_ones_and_report_the_bad(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli(
        "build", str(bad), str(SAMPLE), "-o", str(out), "--engine", "espeak", "--cache-dir", str(tmp_path / "c")
    )
    assert proc.returncode == 2
    assert "empty" in proc.stderr
    assert len(list(out.glob("*.mp3"))) == 1


def test_help_lists_the_commands() -> None:
    result = invoke("--help")
    for command in ("build", "plan", "inspect", "normalize"):
        assert command in result.stdout


def test_an_output_directory_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("not a directory", encoding="utf-8")
    proc = invoke_main(
        "build", str(SAMPLE), "-o", str(blocker), "--engine", "espeak", "--cache-dir", str(tmp_path / "c")
    )
    assert proc.exit_code in (2, 5)
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: ")
    assert blocker.read_text(encoding="utf-8") == "not a directory"


@pytest.mark.parametrize("command", [["build"], ["edition", "--title", "Bản tin"]])
def test_an_output_directory_that_cannot_be_made_is_one_line_before_any_speech(
    tmp_path: Path, command: list[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    cache = tmp_path / "cache"
    proc = invoke_main(
        *command, str(SAMPLE), "-o", str(blocker / "out"), "--engine", "espeak", "--cache-dir", str(cache)
    )
    assert proc.exit_code == 5
    assert proc.stderr.count("\n") == 1 and "cannot write into" in proc.stderr and "internal" not in proc.stderr
    assert not cache.exists()  # it failed before speaking a word


def test_importing_the_command_line_does_not_import_numpy() -> None:
    """--help and an unchanged rebuild start without numpy (tens of milliseconds and MiB)."""
    import subprocess
    import sys

    code = "import sys, audio_edition.cli; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
