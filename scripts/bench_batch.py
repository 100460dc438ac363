"""Throughput of `batch`: the fixture articles built one after another by `build` (the
baseline), by `batch` in local worker processes, and by `batch` on a Dask LocalCluster of as
many single-threaded worker processes. Every run starts from an empty cache and output
directory. Prints medians and articles per minute.

    .venv/bin/python scripts/bench_batch.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "tests" / "data" / "articles").glob("*.txt"))


def timed(command: str, *extra: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "audio_edition", "-q", command, *map(str, ARTICLES), "-o", f"{tmp}/out"]
            + ["--cache-dir", f"{tmp}/cache", "--engine", "espeak", *extra],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    workers = os.cpu_count() or 1
    times = {"build, one after another": [timed("build") for _ in range(args.repeats)]}
    times[f"batch, {workers} processes"] = [timed("batch", "-j", str(workers)) for _ in range(args.repeats)]
    from distributed import LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        times[f"batch, Dask LocalCluster of {workers}"] = [
            timed("batch", "--scheduler", address) for _ in range(args.repeats)
        ]
    print(f"{len(ARTICLES)} articles, medians of {args.repeats} runs, cold cache")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<32} {median:6.2f} s  {len(ARTICLES) / median * 60:6.1f} articles per minute")


if __name__ == "__main__":
    main()
