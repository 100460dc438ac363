"""Files a user names (config, lexicon, list, cover) and standard input never hang the tool:
a pipe, a device or an endless stream is one clear line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audio_edition.errors import InputError
from audio_edition.files import read_named_file

from .conftest import SAMPLE, invoke


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("option", ["--config", "--lexicon", "--list", "--cover"])
def test_a_pipe_or_a_device_named_as_a_file_is_refused_at_once(fifo: Path, tmp_path: Path, option: str) -> None:
    command = {
        "--config": ["--config", str(fifo), "plan", str(SAMPLE)],
        "--lexicon": ["plan", "--lexicon", "/dev/zero", str(SAMPLE)],
        "--list": ["edition", "--list", "/dev/zero", "--title", "T", "-o", str(tmp_path / "o"), "--engine", "espeak"],
        "--cover": ["build", str(SAMPLE), "--cover", str(fifo), "-o", str(tmp_path / "o"), "--engine", "espeak"],
    }[option]
    with pytest.raises(InputError, match="is not a regular file"):
        invoke(*command)


def test_a_file_too_large_for_what_it_should_be_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "config.toml"
    big.write_bytes(b"#" * (2 << 20))
    with pytest.raises(InputError, match="over 1 MB"):
        read_named_file(big, "config file", 1 << 20)


def test_an_endless_line_on_standard_input_is_refused() -> None:
    with pytest.raises(InputError, match="a line of over 1024 KB"):
        invoke("normalize", input="a" * ((1 << 20) + 10))
    assert invoke("normalize", input="Giá 5.000đ\n").output == "Giá năm nghìn đồng\n"
