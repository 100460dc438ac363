"""Builds sharing one clip cache, run at the same time, round after round (issue 20): three
`build`s of one article, a `batch -j 2` over articles that share sentences, and an `edition` of
them, all started together on an emptied cache. Every round must succeed; the script prints each
round's failures and the total.

    .venv/bin/python scripts/parallel_cache_check.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "toquoc-2018-11-07-bo-tttt.txt"


def _articles(folder: Path) -> list[Path]:
    """Three articles that share the sample's sentences, each with one sentence of its own."""
    text = SAMPLE.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, 4):
        path = folder / f"{n}.txt"
        path.write_text(f"{text.rstrip()}\n\nĐây là câu riêng của bài số {n}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _round(work: Path, articles: list[Path]) -> list[str]:
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    base = [sys.executable, "-m", "audio_edition", "-q"]
    common = ["--engine", "espeak", "--cache-dir", str(cache), "--force"]
    commands = {f"build {i}": [*base, "build", str(SAMPLE), "-o", str(work / f"build{i}"), *common] for i in range(3)}
    commands["batch -j 2"] = [*base, "batch", *map(str, articles), "-j", "2", "-o", str(work / "batch"), *common]
    commands["edition"] = [
        *base,
        "edition",
        *map(str, articles),
        "--title",
        "Bản tin",
        "-o",
        str(work / "edition"),
        *common,
    ]
    running = {
        name: subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, cmd in commands.items()
    }
    failures = []
    for name, proc in running.items():
        _, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            failures.append(f"{name}: exit {proc.returncode}: {err.strip().splitlines()[-1:] or ''}")
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        articles = _articles(work / "articles")
        failed = 0
        for n in range(1, args.rounds + 1):
            failures = _round(work, articles)
            failed += bool(failures)
            print(f"round {n}: {'ok' if not failures else '; '.join(failures)}", flush=True)
    print(f"{args.rounds - failed} of {args.rounds} rounds passed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
