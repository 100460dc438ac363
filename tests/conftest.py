"""Shared fixtures. Nothing here reaches the internet: the gtts endpoint is a closed
loopback port unless a test starts its own server, and caches and config live in tmp."""

from __future__ import annotations

import itertools
import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .trust import trust_test_authority

trust_test_authority()

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "toquoc-2018-11-07-bo-tttt.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"
EDITION_INPUTS = [  # three short articles, the first headline long enough for its chapter title to be cut
    str(ARTICLES / "dantri-2024-11-09-gia-vang.txt"),
    str(ROOT / "tests" / "data" / "html" / "dantri-2024-11-18-bao-so-9.html"),
    str(ARTICLES / "vnexpress-2024-11-07-cau-thang-long.txt"),
]


_HELD = socket.socket()
_HELD.bind(("127.0.0.1", 0))  # bound, never listening: a connection is refused, and no server can take the port


def closed_port() -> int:
    """A loopback port that refuses connections for the whole session: a port merely freed could be
    handed to the next test server that binds port 0, and a probe of it would find that server."""
    return _HELD.getsockname()[1]


@pytest.fixture(autouse=True)
def _logging_as_found() -> Iterator[None]:
    """The command line sets the package logger's level and handler (-q, -v); a command run in
    this process must not leave them for the next test's log capture."""
    logger = logging.getLogger("audio_edition")
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


_TEST_NUMBERS = itertools.count()


@pytest.fixture(scope="session")
def _isolated_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("isolated")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, _isolated_base: Path) -> None:
    """Each test's own cache, config and data homes: named under one session folder, made only by
    a test that writes there (a tmp_path for each of three thousand tests cost a tenth of the suite)."""
    home = _isolated_base / str(next(_TEST_NUMBERS))
    monkeypatch.setenv("AUDIO_EDITION_GTTS_URL", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("AUDIO_EDITION_EDGE_ADDRESS", f"127.0.0.1:{closed_port()}")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))  # no Piper voice installed
    monkeypatch.setenv("AUDIO_EDITION_ALLOW_PRIVATE_URLS", "1")  # the loopback servers; the refusal is tested alone
    for var in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "all_proxy",
        "AUDIO_EDITION_CACHE_DIR",
        "AUDIO_EDITION_ENGINE",
        "AUDIO_EDITION_CONFIG",
        "AUDIO_EDITION_VOICES_DIR",
        "AUDIO_EDITION_PIPER_VOICES_URL",
    ):
        monkeypatch.delenv(var, raising=False)


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "audio_edition", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
    """Run the command line in this process (click's CliRunner), as `run_cli` does in a child:
    quicker, and the process's trust store and patches apply. The environment the command sets
    for its workers is put back afterwards."""
    from click.testing import CliRunner

    from audio_edition.cli import cli

    saved = dict(os.environ)
    try:
        try:
            runner = CliRunner(mix_stderr=False)  # click 8.1; 8.2 keeps stderr apart by itself
        except TypeError:
            runner = CliRunner()
        return runner.invoke(cli, list(args), env=env, input=input, catch_exceptions=False)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def invoke_main(*args: str, env: dict[str, str] | None = None) -> Any:
    """Run the entry point in this process, as `run_cli` does in a child: its one-line errors and
    exit codes, without a child's start-up. The environment is put back afterwards."""
    import contextlib
    import importlib
    import io
    from types import SimpleNamespace

    entry = importlib.import_module("audio_edition.cli.main")  # the module; the package names its function `main`

    out, err, code, argv, saved = io.StringIO(), io.StringIO(), 0, sys.argv, dict(os.environ)
    sys.argv = ["audio-edition", *args]
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            entry._run()  # main() less its process set-up: signal handlers, the allocator
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv = argv
        os.environ.clear()
        os.environ.update(saved)
    return SimpleNamespace(exit_code=code, stdout=out.getvalue(), stderr=err.getvalue())


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The sample article built once with the offline voice, through the CLI."""
    base = tmp_path_factory.mktemp("sample")
    out, cache = base / "out", base / "cache"
    env = {"AUDIO_EDITION_GTTS_URL": f"http://127.0.0.1:{closed_port()}"}
    proc = run_cli("build", str(SAMPLE), "-o", str(out), "--engine", "espeak", "--cache-dir", str(cache), env=env)
    assert proc.returncode == 0, proc.stderr
    manifests = [p for p in out.glob("*.json") if not p.name.endswith(".chapters.json")]
    assert len(manifests) == 1, list(out.iterdir())
    manifest_path = manifests[0]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return {
        "out": out,
        "cache": cache,
        "stdout": proc.stdout,
        "manifest": manifest,
        "manifest_path": manifest_path,
        "mp3": out / manifest["files"]["audio"],
        "chapters_json": out / manifest["files"]["chapters"],
    }


@pytest.fixture(scope="session")
def edition(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("edition")
    out, cache = base / "out", base / "cache"
    args = [
        "edition",
        *EDITION_INPUTS,
        "--title",
        "Bản tin sáng 7/11/2018",
        "--date",
        "2018-11-07",
        "-o",
        str(out),
        "--engine",
        "espeak",
        "--cache-dir",
        str(cache),
    ]
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "ban-tin-sang-7-11-2018.edition.json").read_text(encoding="utf-8"))
    return {
        "out": out,
        "cache": cache,
        "args": args,
        "stdout": proc.stdout,
        "manifest": manifest,
        "mp3": out / manifest["files"]["audio"],
    }
