"""Assembly cost against the naive pydub idiom, side by side in one run.

Baseline: `whole = whole + piece` over the same clips and pauses, which copies the whole
timeline at every step (quadratic). Ours joins every piece's PCM once (linear). Both
build the same timeline; the script checks that, then prints median times and ratios.

    .venv/bin/python scripts/bench_assemble.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from audio_edition.audio._pydub import AudioSegment
from audio_edition.audio.assemble import Pauses, assemble
from audio_edition.model import Clip, Segment, SegmentKind, Sentence

SR = 44100


def make(n_sentences: int) -> tuple[list[Segment], dict[str, Clip]]:
    texts = [f"câu {i}" for i in range(n_sentences)]
    # loud from the first sample to the last, so trimming silence leaves every clip whole
    clips = {t: Clip(bytes([0, 16 + i % 100]) * int(SR * 2.5), SR) for i, t in enumerate(texts)}
    paragraphs = tuple(tuple(Sentence(t, t) for t in texts[i : i + 4]) for i in range(0, n_sentences, 4))
    return [Segment(SegmentKind.BODY, "Nội dung", paragraphs)], clips


def naive(segments: list[Segment], clips: dict[str, Clip], pauses: Pauses) -> AudioSegment:
    whole = AudioSegment.empty().set_frame_rate(SR)
    gap = AudioSegment.silent(duration=pauses.between_sentences_s * 1000, frame_rate=SR)
    para = AudioSegment.silent(duration=pauses.between_paragraphs_s * 1000, frame_rate=SR)
    for p, paragraph in enumerate(segments[0].paragraphs):
        if p:
            whole = whole + para
        for s, sentence in enumerate(paragraph):
            if s:
                whole = whole + gap
            c = clips[sentence.spoken]
            whole = whole + AudioSegment(data=c.pcm, sample_width=2, frame_rate=SR, channels=1)
    return whole + AudioSegment.silent(duration=pauses.tail_s * 1000, frame_rate=SR)


def median_seconds(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    pauses = Pauses()
    print(f"{'sentences':>9} {'audio min':>9} {'ours s':>8} {'naive s':>8} {'naive/ours':>10}")
    for n in (25, 100, 400):
        segments, clips = make(n)
        ours = assemble(segments, clips, pauses, SR).audio
        assert ours.raw_data == naive(segments, clips, pauses).raw_data
        t_ours = median_seconds(lambda s=segments, c=clips: assemble(s, c, pauses, SR), args.repeats)
        t_naive = median_seconds(lambda s=segments, c=clips: naive(s, c, pauses), args.repeats)
        print(f"{n:>9} {len(ours) / 60000:>9.1f} {t_ours:>8.3f} {t_naive:>8.3f} {t_naive / t_ours:>10.1f}")


if __name__ == "__main__":
    main()
