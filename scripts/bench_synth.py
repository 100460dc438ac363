"""Offline synthesis of every sentence of every fixture article: one in-process voice (the
baseline) against one worker process per core, side by side in one run, no cache. Each
clip is also prepared for joining (trimmed, peak-controlled, measured) as it arrives.

    .venv/bin/python scripts/bench_synth.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from audio_edition.audio.prepare import for_store
from audio_edition.jobs.episode import Settings, plan, requests_for
from audio_edition.tts.cache import ClipStore
from audio_edition.tts.espeak import EspeakEngine
from audio_edition.tts.synthesize import synthesize_all

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    sources = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "html").glob("*.html")
    )
    requests = [r for s in sources for r in requests_for(plan(s, Settings()).segments)]
    cores = os.cpu_count() or 1
    pooled = EspeakEngine(workers=cores, pool_min_chars=0)
    engines = {"1 process": EspeakEngine(workers=1), f"{cores} processes": pooled}
    with ClipStore(None) as store:  # start the workers
        synthesize_all(requests[:cores], pooled, "vi", store, for_store)
    times: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(args.repeats):
        for name, engine in engines.items():
            with ClipStore(None) as store:
                start = time.perf_counter()
                result = synthesize_all(requests, engine, "vi", store, for_store)
                times[name].append(time.perf_counter() - start)
    audio_s = sum(c.duration_ms for c in result.clips.values()) / 1000
    print(f"{len(result.clips)} sentences, {audio_s:.0f} s of speech")
    medians = {k: statistics.median(v) for k, v in times.items()}
    for name, value in medians.items():
        print(f"{name:<12} median {value:.2f} s ({', '.join(f'{t:.2f}' for t in times[name])})")
    print(f"speed-up: {medians['1 process'] / medians[f'{cores} processes']:.2f}x")


if __name__ == "__main__":
    main()
