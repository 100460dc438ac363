"""An edition of three articles (text and HTML), cold and warm, against building the same
articles one by one with `build` (the baseline), side by side in one run.

Cold runs get an empty clip cache; warm runs reuse the cache of the first cold run.
Prints medians over --repeats runs and the ratios.

    .venv/bin/python scripts/bench_edition.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    ROOT / "data" / "toquoc-2018-11-07-bo-tttt.txt",
    ROOT / "tests" / "data" / "html" / "dantri-2024-11-18-bao-so-9.html",
    ROOT / "tests" / "data" / "articles" / "vnexpress-2024-11-07-cau-thang-long.txt",
]


def run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "audio_edition", "-q", *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    files = [str(a) for a in ARTICLES]
    common = ["--engine", "espeak"]
    results: dict[str, list[float]] = {
        "edition cold": [],
        "edition warm": [],
        "one by one cold": [],
        "one by one warm": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for i in range(args.repeats):
            cache = root / f"edition-cache{i}"
            edition = ["edition", *files, "--title", "Bản tin", "-o", str(root / f"e{i}"), *common]
            results["edition cold"].append(run(*edition, "--cache-dir", str(cache)))
            results["edition warm"].append(run(*edition, "--cache-dir", str(cache)))
            single_cache = root / f"single-cache{i}"
            for key in ("one by one cold", "one by one warm"):
                results[key].append(
                    sum(
                        run("build", f, "-o", str(root / f"s{i}"), *common, "--cache-dir", str(single_cache))
                        for f in files
                    )
                )
    medians = {k: statistics.median(v) for k, v in results.items()}
    for key, value in medians.items():
        print(f"{key:<16} median {value:6.2f} s  ({', '.join(f'{t:.2f}' for t in results[key])})")
    print(f"edition cold / one by one cold: {medians['edition cold'] / medians['one by one cold']:.2f}")
    print(f"edition warm / edition cold:    {medians['edition warm'] / medians['edition cold']:.2f}")
    print("(the edition also encodes a fourth, edition-length MP3 that one-by-one builds do not)")


if __name__ == "__main__":
    main()
