"""Many articles at once: local worker processes, and a Dask LocalCluster, with the same outputs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from audio_edition.jobs.batch import Job, Outcome, run_job
from audio_edition.jobs.episode import Settings

from .conftest import ARTICLES, run_cli

SHORT = [
    ARTICLES / "vnexpress-2024-11-07-cau-thang-long.txt",
    ARTICLES / "dantri-2024-11-09-gia-vang.txt",
    ARTICLES / "thanhnien-2024-11-10-tuyen-sinh.txt",
]


def files(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}


def batch(*args: str) -> tuple[int, str, str]:
    proc = run_cli("batch", *args, "--engine", "espeak")
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.e2e
def test_a_bad_article_fails_alone_and_the_table_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    code, stdout, stderr = batch(str(SHORT[0]), str(empty), str(SHORT[1]), "-o", str(out), "--cache-dir", str(cache))
    assert code == 2  # the input error's exit status
    rows = [line.split("\t") for line in stdout.splitlines()]
    assert [r[0] for r in rows] == ["built", "failed", "built"]
    assert rows[1][3] == str(empty) and "the file is empty" in rows[1][4]
    assert f"error: {empty}:" in stderr
    assert "3 articles: 2 built, 0 up to date, 1 failed" in stderr and "articles per minute" in stderr
    assert len(list(out.glob("*.mp3"))) == 2
    # run again: nothing to do for the two good ones
    code, stdout, _ = batch(str(SHORT[0]), str(SHORT[1]), "-o", str(out), "--cache-dir", str(cache))
    assert code == 0 and [line.split("\t")[0] for line in stdout.splitlines()] == ["up to date"] * 2


def test_run_job_turns_every_failure_into_an_outcome(tmp_path: Path) -> None:
    outcome = run_job(Job(str(tmp_path / "missing.txt"), tmp_path, "espeak", None, Settings(cache_dir=tmp_path)))
    assert outcome.failed and outcome.exit_code == 2 and "missing.txt" in (outcome.error or "")
    outcome = run_job(Job(str(SHORT[0]), tmp_path, "espeak", "en", Settings(cache_dir=tmp_path)))
    assert outcome.failed and "no voice 'en'" in (outcome.error or "")


@pytest.mark.e2e
def test_a_dask_cluster_builds_what_local_processes_build(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")  # in the test extra: installed wherever the suite runs
    cache = tmp_path / "cache"
    listing = tmp_path / "articles.lst"
    listing.write_text("\n".join(str(p) for p in SHORT) + "\n", encoding="utf-8")
    code, _, stderr = batch("--list", str(listing), "-o", str(tmp_path / "cold"), "--cache-dir", str(cache))
    assert code == 0, stderr
    code, _, stderr = batch("--list", str(listing), "-o", str(tmp_path / "local"), "--cache-dir", str(cache), "-j", "2")
    assert code == 0, stderr
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code, stdout, stderr = batch(
            "--list",
            str(listing),
            "-o",
            str(tmp_path / "dask"),
            "--cache-dir",
            str(cache),
            "--scheduler",
            cluster.scheduler_address,
        )
    assert code == 0, stderr
    assert "3 articles: 3 built" in stderr
    # from the same clips, the same bytes: MP3s, tags, manifests, transcripts, covers
    assert files(tmp_path / "dask") == files(tmp_path / "local")
    assert len(files(tmp_path / "dask")) == 3 * 6
    # the cold build spoke the clips itself: same words, chapters and cues
    for manifest in (tmp_path / "cold").glob("*.json"):
        if manifest.name.endswith(".chapters.json"):
            continue
        cold = json.loads(manifest.read_text(encoding="utf-8"))
        warm = json.loads((tmp_path / "dask" / manifest.name).read_text(encoding="utf-8"))
        assert cold["segments"] == warm["segments"] and cold["build_key"] == warm["build_key"]


@pytest.mark.e2e
def test_an_unreachable_scheduler_is_one_clear_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from .conftest import closed_port

    code, _, stderr = batch(str(SHORT[0]), "-o", str(tmp_path), "--scheduler", f"tcp://127.0.0.1:{closed_port()}")
    assert code == 2 and stderr.count("\n") == 1 and "cannot reach the Dask scheduler" in stderr


def die_once(job: Job) -> Outcome:
    """A batch worker that is killed the first time it takes the job called 'kill'."""
    import os
    import time

    marker = job.out_dir / "killed-once"
    if job.source == "kill" and not marker.exists():
        marker.touch()
        os._exit(9)  # as the kernel's OOM killer or a kill -9 would end it
    time.sleep(0.2)
    return Outcome(job.source, "built")


def test_a_killed_worker_costs_its_articles_one_more_try_not_the_batch(tmp_path: Path) -> None:
    from audio_edition.jobs.batch import run_local

    jobs = [Job(name, tmp_path, "espeak", None, Settings(cache_dir=tmp_path)) for name in ("a", "b", "kill", "c", "d")]
    reported: list[str] = []
    outcomes = run_local(jobs, 2, lambda o: reported.append(o.status), work=die_once)
    assert [o.status for o in outcomes] == ["built"] * 5
    assert sorted(reported) == ["built"] * 5  # each article reported once, after its last try
