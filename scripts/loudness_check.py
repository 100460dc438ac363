"""How much MP3 encoding moves integrated loudness and true peak, per bitrate.

Levels the sample's speech (offline voice) to -16 LUFS in PCM, encodes it at several
bitrates and measures the decoded MP3: the measured shift is why export.finish() levels
a second time when the encoded file misses the target.

    .venv/bin/python scripts/loudness_check.py [ARTICLE]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from audio_edition.audio import loudness
from audio_edition.audio.assemble import assemble
from audio_edition.audio.export import EncodeSettings, decoded, encode
from audio_edition.audio.pcm import to_float, to_pcm
from audio_edition.pipeline import Settings, plan
from audio_edition.tts.cache import ClipCache
from audio_edition.tts.espeak import EspeakEngine
from audio_edition.tts.synthesize import Request, synthesize_all

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "toquoc-2018-11-07-bo-tttt.txt"


def main() -> None:
    article = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE
    p = plan(article, Settings())
    requests = [Request(s.spoken, "x") for seg in p.segments for s in seg.sentences]
    with tempfile.TemporaryDirectory() as cache:
        clips = synthesize_all(requests, EspeakEngine(), "vi", ClipCache(Path(cache))).clips
    timeline = assemble(p.segments, clips, Settings().pauses, 44100)
    x = loudness.normalize(to_float(timeline.audio.raw_data), 44100)
    leveled = timeline.audio._spawn(to_pcm(x))
    pcm_lufs, pcm_tp = loudness.integrated_lufs(x, 44100), loudness.true_peak_dbtp(x)
    print(f"PCM after levelling: {pcm_lufs:.2f} LUFS, {pcm_tp:.2f} dBTP")
    print(f"{'kbps':>5} {'LUFS':>7} {'shift LU':>9} {'dBTP':>6}")
    for kbps in (48, 64, 96, 128):
        heard = decoded(encode(leveled, EncodeSettings(bitrate_kbps=kbps)), 44100)
        lufs, tp = loudness.integrated_lufs(heard, 44100), loudness.true_peak_dbtp(heard)
        print(f"{kbps:>5} {lufs:>7.2f} {lufs - pcm_lufs:>9.2f} {tp:>6.2f}")


if __name__ == "__main__":
    main()
