"""Encode the timeline as a CBR MP3 and put the ID3v2.3 tag in front of it."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass

import numpy as np

from ..errors import AudioError
from ..model import Chapter
from . import loudness
from ._pydub import AudioSegment, CouldntEncodeError
from .ffmpeg import decode_mp3, ffmpeg_exe
from .id3 import Tags, build_tag, strip_tag
from .pcm import to_float, to_pcm


@dataclass(frozen=True, slots=True)
class EncodeSettings:
    bitrate_kbps: int = 64
    sample_rate: int = 44100
    target_lufs: float = loudness.TARGET_LUFS
    max_true_peak_dbtp: float = loudness.MAX_TRUE_PEAK_DBTP


@dataclass(frozen=True, slots=True)
class Encoded:
    mp3: bytes  # with the ID3 tag
    duration_ms: int  # read back from the encoded stream
    chapters: tuple[Chapter, ...]  # as tagged: the last one ends at duration_ms
    loudness_lufs: float  # measured on the decoded MP3
    true_peak_dbtp: float


def encode(audio: AudioSegment, settings: EncodeSettings) -> bytes:
    """CBR MP3 with its Xing/Info header, no tags (ours are written separately)."""
    AudioSegment.converter = ffmpeg_exe()
    out = io.BytesIO()
    try:
        audio.export(
            out,
            format="mp3",
            codec="libmp3lame",
            bitrate=f"{settings.bitrate_kbps}k",
            parameters=[
                "-ac",
                "1",
                "-ar",
                str(settings.sample_rate),
                "-map_metadata",
                "-1",
                "-id3v2_version",
                "0",
                "-write_id3v1",
                "0",
                "-write_xing",
                "1",
            ],
        )
    except (CouldntEncodeError, OSError) as exc:
        detail = str(exc).strip().splitlines()
        raise AudioError(f"MP3 encoding failed: {detail[-1] if detail else type(exc).__name__}") from exc
    return strip_tag(out.getvalue())


def decoded(mp3: bytes, sample_rate: int) -> np.ndarray:
    """The MP3 as a player decodes it, as float samples."""
    return to_float(decode_mp3(mp3, sample_rate))


# MP3 encoding changes integrated loudness a little (about -0.43 LU for espeak speech at any
# bitrate, measured with scripts/loudness_check.py) and moves true peaks by a few tenths of a
# dB; when the encoded file misses the loudness target by more than this, or a peak passes the
# limit, the PCM is levelled again with the miss corrected and re-encoded (twice at most).
LOUDNESS_TOLERANCE_LU = 0.2


def finish(audio: AudioSegment, tags: Tags, settings: EncodeSettings) -> Encoded:
    """Level, encode, measure, then tag with chapters whose last end is the encoded duration."""
    leveler = loudness.Leveler(to_float(audio.raw_data), audio.frame_rate, settings.max_true_peak_dbtp)
    target, ceiling = settings.target_lufs, leveler.ceiling_dbtp
    for _ in range(3):
        mp3 = encode(audio._spawn(to_pcm(leveler.at(target, ceiling))), settings)
        heard = decoded(mp3, settings.sample_rate)
        lufs = loudness.integrated_lufs(heard, settings.sample_rate)
        peak = loudness.true_peak_dbtp(heard)
        miss = settings.target_lufs - lufs
        overshoot = peak - settings.max_true_peak_dbtp
        if abs(miss) <= LOUDNESS_TOLERANCE_LU and overshoot <= 0:
            break
        target += miss
        if overshoot > 0:  # the encoder raised a peak past the limit: limit lower next time
            ceiling -= overshoot + 0.2
    # The duration a player hears is exactly the PCM that was encoded: decoders drop the
    # encoder's delay and padding as the LAME/Info header tells them. (mutagen's length is
    # counted from frames and reads up to 51 ms longer; ffmpeg reading from a pipe, where it
    # cannot see the whole stream, keeps a few ms of padding.)
    total = round(float(audio.frame_count()) * 1000 / audio.frame_rate)
    chapters = tags.chapters
    if chapters:
        chapters = chapters[:-1] + (dataclasses.replace(chapters[-1], end_ms=total),)
    tagged = build_tag(dataclasses.replace(tags, chapters=chapters)) + mp3
    return Encoded(
        mp3=tagged,
        duration_ms=total,
        chapters=chapters,
        loudness_lufs=round(lufs, 2),
        true_peak_dbtp=round(float(peak), 2),
    )
