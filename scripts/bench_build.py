"""Whole builds of an article with the offline voice: cold cache against warm cache.

Each run is the real command line in a child process; cold runs get an empty cache
directory, warm runs reuse one filled beforehand. Prints medians and the ratio.

    .venv/bin/python scripts/bench_build.py [ARTICLE] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "toquoc-2018-11-07-bo-tttt.txt"


def build(article: Path, out: Path, cache: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "audio_edition",
            "-q",
            "build",
            str(article),
            "-o",
            str(out),
            "--engine",
            "espeak",
            "--cache-dir",
            str(cache),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("article", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cold = [build(args.article, root / f"cold{i}", root / f"cache{i}") for i in range(args.repeats)]
        warm = [build(args.article, root / f"warm{i}", root / "cache0") for i in range(args.repeats)]
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"cold median {c:.2f} s, warm median {w:.2f} s, cold/warm {c / w:.2f} ({args.repeats} runs each)")


if __name__ == "__main__":
    main()
