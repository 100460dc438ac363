"""How much MP3 encoding moves integrated loudness and true peak, per bitrate.

The sample's speech (offline voice) is laid out and levelled to exactly -16 LUFS in PCM
(known from the clips' cells, and measured again on the PCM here), encoded at several
bitrates by the same ffmpeg/libmp3lame the tool uses, and the decoded MP3 measured: the
shift is what encode.encoder_shift_lu() compensates, and the true-peak rise is what
encode.encoder_peak_rise_db() leaves room for.

    .venv/bin/python scripts/loudness_check.py [ARTICLE]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from audio_edition.audio import meter
from audio_edition.audio.encode import Join, encode, encoder_peak_rise_db, measure_file
from audio_edition.audio.layout import lay_out
from audio_edition.audio.prepare import for_store
from audio_edition.audio.settings import MAX_TRUE_PEAK_DBTP, TARGET_LUFS, EncodeSettings
from audio_edition.jobs.episode import Settings, plan, requests_for
from audio_edition.media.pcm import to_float
from audio_edition.tts.cache import ClipStore
from audio_edition.tts.espeak import EspeakEngine
from audio_edition.tts.synthesize import synthesize_all

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "toquoc-2018-11-07-bo-tttt.txt"


def main() -> None:
    article = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE
    p = plan(article, Settings())
    engine = EspeakEngine(workers=1)
    with ClipStore(None) as store, tempfile.TemporaryDirectory() as tmp:
        clips = synthesize_all(requests_for(p.segments), engine, "vi", store, for_store).clips
        layout = lay_out(p.segments, clips, Settings().pauses, engine.limits.sample_rate)
        gain = TARGET_LUFS - meter.integrated_lufs(layout.cells(), layout.sample_rate, layout.frames)
        ceiling = MAX_TRUE_PEAK_DBTP - encoder_peak_rise_db(64)
        rate = layout.sample_rate
        x = to_float(b"".join(piece.raw_data for piece in Join(layout, rate, store, gain, ceiling)))
        m = meter.measure(x, layout.sample_rate)
        pcm_lufs = meter.integrated_lufs(m.cells, layout.sample_rate, len(x))
        peak = meter.dbtp(m.true_peak)
        print(f"PCM: {pcm_lufs:.2f} LUFS, true peak {peak:.2f} dBTP ({len(x) / rate:.0f} s)")
        print(f"{'kbps':>5} {'LUFS':>7} {'shift LU':>9} {'dBTP':>6} {'peak rise':>10}")
        for kbps in (32, 48, 64, 96, 128, 192):
            mp3 = Path(tmp) / f"{kbps}.mp3"
            encode(Join(layout, rate, store, gain, ceiling), rate, EncodeSettings(bitrate_kbps=kbps), mp3)
            heard = measure_file(mp3, 44100)
            rise = heard.true_peak_dbtp - meter.dbtp(m.true_peak)
            print(
                f"{kbps:>5} {heard.loudness_lufs:>7.2f} {heard.loudness_lufs - pcm_lufs:>+9.2f}"
                f" {heard.true_peak_dbtp:>6.2f} {rise:>+10.2f}"
            )


if __name__ == "__main__":
    main()
