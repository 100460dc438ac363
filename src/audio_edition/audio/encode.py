"""Join and encode an episode as a stream, then tag it.

One gain for the whole episode: exact from the layout's cells when every clip is known, and
otherwise the gain for clips prepared at their common level, so the encoder can start on the
first clip. Clips whose cached true peak would pass the ceiling at that gain are limited as
they stream. The joined PCM (pydub segments, one after another) goes once through ffmpeg's
stdin into libmp3lame (CBR, Xing/Info header, resampled to the output rate by ffmpeg), into a
file next to the target. The join keeps account of the loudness of what it sent; with
libmp3lame's measured shift that is the loudness a player hears, and only when it misses the
target is the episode encoded again, at the exact gain. Nothing here holds more than a clip
of samples.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

import numpy as np

from ..errors import AudioError
from ..files import staging_file
from ..media._pydub import AudioSegment
from ..media.ffmpeg import ffmpeg_exe
from ..media.pcm import to_float, to_pcm
from ..model import Chapter, ClipInfo, Cue
from .id3 import Tags, build_tag
from .layout import Layout, LayoutStream, Placement
from .limiter import limit
from .meter import TruePeak, dbtp, integrated_lufs, measure
from .prepare import CLIP_LUFS, EPISODE_OFFSET_LU
from .settings import EncodeSettings, cell_frames

log = logging.getLogger(__name__)

# What libmp3lame does to speech, measured on decoded files by scripts/loudness_check.py
# (the sample and a second article, at 32 to 192 kbps). It lowers integrated loudness by
# 0.44 to 0.50 LU up to 128 kbps and by 0.32 LU at 192: the gain aims over the target by that.
# It raises the true peaks of peak-limited speech by up to 3.0 dB at 32 kbps, 1.9 at 48,
# 1.2 at 64 (1.6 seen on an earlier version of the limiter) and 0.1 at 96; it lowers them
# at 128 and over. The limiter's ceiling sits that far (with a margin) under the limit; the
# encoded file's true peak is then measured, and reported as it is.


def encoder_shift_lu(bitrate_kbps: int) -> float:
    """How much the MP3 encoder moves integrated loudness at `bitrate_kbps` (measured, in LU)."""
    return -0.32 if bitrate_kbps >= 160 else -0.48


def encoder_peak_rise_db(bitrate_kbps: int) -> float:
    """How much libmp3lame raises true peaks at `bitrate_kbps` (measured, in dB)."""
    for kbps, rise in ((32, 3.3), (48, 2.2), (64, 1.7), (96, 0.4)):
        if bitrate_kbps <= kbps:
            return rise
    return 0.2


# A predicted miss larger than this (the PCM sent, plus the encoder's shift) is encoded again
# at the exact gain: the gain was set before every clip was known, and it rarely misses by 0.1.
LOUDNESS_TOLERANCE_LU = 0.3
_ATTEMPTS = 3
# encodes again under a lower limiter ceiling when the file's true peak is over the maximum
_PEAK_ATTEMPTS = 2
_PEAK_MARGIN_DB = 0.05


@dataclass(frozen=True, slots=True)
class Heard:
    """Audio as a player decodes it."""

    loudness_lufs: float
    true_peak_dbtp: float


@dataclass(frozen=True, slots=True)
class Encoded:
    """An episode's encoded MP3 in a staging file, with its loudness, true peak and length."""

    path: Path  # the tagged MP3, staged next to its target; the caller moves it into place
    sha256: str
    size_bytes: int
    duration_ms: int
    chapters: tuple[Chapter, ...]  # as tagged: the last one ends at duration_ms
    cues: tuple[Cue, ...]
    loudness_lufs: float
    true_peak_dbtp: float


Progress = Callable[[str, int, int], None]  # (stage, done, total), as tts.synthesize reports


class ClipSource(Protocol):
    """Where a placed clip's samples are read from (the ClipStore)."""

    def pcm(self, info: ClipInfo) -> bytes: ...


class Placements(Protocol):
    """A Layout, or a LayoutStream still being laid out: placements in time order, then the length."""

    def __iter__(self) -> Iterator[Placement]: ...

    @property
    def frames(self) -> int: ...


def _silence(frames: int, sample_rate: int) -> AudioSegment:
    return AudioSegment(data=bytes(2 * frames), sample_width=2, frame_rate=sample_rate, channels=1)


class Join:
    """The episode as pydub segments one after another, pauses and clips at the gain, clips
    limited where their cached true peak would pass the ceiling, ready to be streamed into
    the encoder. It keeps account of what it sent: the K-weighted cells of each clip at the
    gain (measured again for a clip it limited), so that once it has been iterated the exact
    loudness and a bound on the true peak of the PCM sent are known."""

    def __init__(
        self,
        source: Placements,
        sample_rate: int,
        clips: ClipSource,
        gain_db: float,
        ceiling_dbtp: float,
        progress: Progress | None = None,
        total: int = 0,
    ) -> None:
        self.source, self.sample_rate, self.clips = source, sample_rate, clips
        self.gain_db, self.ceiling_dbtp = gain_db, ceiling_dbtp
        self.progress, self.total = progress, total
        self.frames = 0
        self.true_peak = 0.0
        self._cells: list[tuple[int, np.ndarray]] = []

    def __iter__(self) -> Iterator[AudioSegment]:
        rate, position = self.sample_rate, 0
        gain, ceiling = 10 ** (self.gain_db / 20), 10 ** (self.ceiling_dbtp / 20)
        size = cell_frames(rate)
        for count, placement in enumerate(self.source, 1):
            if placement.start > position:
                yield _silence(placement.start - position, rate)
            info = placement.clip
            segment = AudioSegment(data=self.clips.pcm(info), sample_width=2, frame_rate=rate, channels=1)
            if info.true_peak * gain <= ceiling:
                cells = np.frombuffer(info.cells, "<f8") * gain**2
                self.true_peak = max(self.true_peak, info.true_peak * gain)
                yield segment.apply_gain(self.gain_db)
            else:
                y = limit(to_float(segment.raw_data) * gain, rate, ceiling)
                cells = measure(y, rate, true_peak=ceiling).cells
                self.true_peak = max(self.true_peak, ceiling)
                yield AudioSegment(data=to_pcm(y), sample_width=2, frame_rate=rate, channels=1)
            self._cells.append((placement.start // size, cells))
            position = placement.start + info.frames
            if self.progress and self.total:
                self.progress("encoding", min(count, self.total), self.total)
        if self.source.frames > position:
            yield _silence(self.source.frames - position, rate)
        self.frames = self.source.frames

    def loudness_lufs(self) -> float:
        """Integrated loudness of the PCM sent (once iterated)."""
        cells = np.zeros(-(-self.frames // cell_frames(self.sample_rate)))
        for first, own in self._cells:
            own = own[: len(cells) - first]
            cells[first : first + len(own)] += own
        return integrated_lufs(cells, self.sample_rate, self.frames)


def gain_db(settings: EncodeSettings, layout: Layout | None) -> float:
    """The one gain an episode is encoded at: exact from a whole layout's cells, or, before its
    clips are all known, from the level every clip is prepared at. It aims over the target by
    what the encoder takes back."""
    if layout is None:
        lufs = CLIP_LUFS + EPISODE_OFFSET_LU
    else:
        lufs = integrated_lufs(layout.cells(), layout.sample_rate, layout.frames)
    return settings.target_lufs - encoder_shift_lu(settings.bitrate_kbps) - lufs if np.isfinite(lufs) else 0.0


def _ffmpeg(args: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    try:
        return subprocess.Popen([ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args], **kwargs)
    except OSError as exc:
        raise AudioError(f"ffmpeg could not be started ({exc})") from exc


def _last_line(stream: IO[bytes]) -> str:
    stream.seek(0)
    lines = stream.read().decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "no message"


def _tail_value(f: IO[bytes], key: str) -> float:
    """The last `key=value` line ffmpeg's ametadata wrote into `f`."""
    f.seek(max(0, f.seek(0, os.SEEK_END) - 4096))
    lines = [line for line in f.read().decode("ascii", "replace").splitlines() if line.startswith(key + "=")]
    if not lines:
        raise AudioError("ffmpeg measured no loudness: the audio is empty or could not be decoded")
    return float(lines[-1].split("=", 1)[1])


def measure_file(path: Path, sample_rate: int) -> Heard:
    """Loudness and true peak of an audio file as a player decodes it, by ffmpeg's ebur128
    filter (BS.1770-4, 4x true peak) at full precision from its per-frame metadata."""
    with tempfile.TemporaryFile() as loud, tempfile.TemporaryFile() as peak, tempfile.TemporaryFile() as errors:
        graph = (
            "ebur128=peak=true:metadata=1,"
            f"ametadata=mode=print:key=lavfi.r128.I:file=/dev/fd/{loud.fileno()},"
            f"ametadata=mode=print:key=lavfi.r128.true_peak:file=/dev/fd/{peak.fileno()}"
        )
        args = ["-i", f"file:{path.resolve()}", "-ac", "1", "-ar", str(sample_rate), "-af", graph, "-f", "null", "-"]
        proc = _ffmpeg(args, stdout=subprocess.DEVNULL, stderr=errors, pass_fds=(loud.fileno(), peak.fileno()))
        if proc.wait() != 0:
            raise AudioError(f"decoding {path.name} failed: {_last_line(errors)}")
        true_peak = _tail_value(peak, "lavfi.r128.true_peak")
        return Heard(_tail_value(loud, "lavfi.r128.I"), dbtp(true_peak))


@dataclass(frozen=True, slots=True)
class Sent:
    """What one encode took in and what it wrote: the frames of PCM, and the true peak of the
    MP3 frames as a player decodes them (4x oversampled)."""

    frames: int
    true_peak_dbtp: float


class _PeakReader(threading.Thread):
    """Reads a decoder's float samples as they come and keeps their true peak."""

    def __init__(self, decoder: subprocess.Popen[bytes]) -> None:
        super().__init__(name="mp3-true-peak", daemon=True)
        self.decoder, self.peak, self.failure = decoder, TruePeak(), None
        self.start()

    def run(self) -> None:
        stream = self.decoder.stdout
        assert stream is not None
        try:
            while block := stream.read(1 << 20):
                self.peak.feed(np.frombuffer(block[: len(block) // 4 * 4], "<f4").astype(np.float64))
        except Exception as exc:  # reported by the encode that started it
            self.failure = exc
        finally:
            stream.close()


def encode(pieces: Iterable[AudioSegment], sample_rate: int, settings: EncodeSettings, dest: Path) -> Sent:
    """Pipe the pieces' PCM through one ffmpeg into a CBR MP3 with its Info header in the file
    `dest` (no tags; ffmpeg resamples to the output rate). The encoder's tee muxer hands the same
    MP3 frames to a decoder as they are made, and a thread meters its samples, so the file's true
    peak is known when the encode ends, measured on the second core while the first encodes.
    ffmpeg writes through a descriptor of `dest`, never its name: an encoder that outlives an
    interrupted build cannot make the file again once it has been removed."""
    frames_out = "[f=mp3:id3v2_version=0:write_id3v1=0:write_xing=0]pipe:1"
    args = ["-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0", "-map_metadata", "-1", "-map", "0:a"]
    args += ["-ar", str(settings.sample_rate), "-ac", "1", "-c:a", "libmp3lame", "-b:a", f"{settings.bitrate_kbps}k"]
    decode = ["-f", "mp3", "-i", "pipe:0", "-ac", "1", "-ar", str(settings.sample_rate), "-f", "f32le", "pipe:1"]
    sent, procs, reader = 0, [], None
    with open(dest, "wb") as out, tempfile.TemporaryFile() as errors, tempfile.TemporaryFile() as decode_errors:
        file_out = f"[f=mp3:id3v2_version=0:write_id3v1=0:write_xing=1]file:/dev/fd/{out.fileno()}"
        args += ["-f", "tee", f"{file_out}|{frames_out}"]
        try:
            encoder = _ffmpeg(
                args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, pass_fds=(out.fileno(),)
            )
            procs.append(encoder)
            assert encoder.stdin is not None and encoder.stdout is not None
            decoder = _ffmpeg(decode, stdin=encoder.stdout, stdout=subprocess.PIPE, stderr=decode_errors)
            procs.append(decoder)
            encoder.stdout.close()
            reader = _PeakReader(decoder)
            for piece in pieces:
                encoder.stdin.write(piece.raw_data)
                sent += int(piece.frame_count())
            encoder.stdin.close()
        except BrokenPipeError:
            pass
        except BaseException:
            for proc in procs:
                proc.kill()
                proc.wait()
            if reader is not None:
                reader.join()
            raise
        encoded, decoded = encoder.wait(), decoder.wait()
        reader.join()
        if encoded != 0:
            raise AudioError(f"MP3 encoding failed: {_last_line(errors)}")
        if decoded != 0 or reader.failure is not None:
            raise AudioError(f"decoding {dest.name} failed: {_last_line(decode_errors)}")
    return Sent(sent, dbtp(reader.peak.finish()))


@dataclass(frozen=True, slots=True)
class EncodedAudio:
    """An episode's MP3 frames, untagged, staged next to its target."""

    path: Path
    layout: Layout
    loudness_lufs: float  # of the PCM sent, plus the encoder's measured shift
    true_peak_dbtp: float  # of the encoded file, decoded and 4x oversampled

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def encode_episode(
    source: Layout | LayoutStream,
    sample_rate: int,
    clips: ClipSource,
    settings: EncodeSettings,
    target: Path,
    gain: float,
    progress: Progress | None = None,
    total: int = 0,
) -> EncodedAudio:
    """Join and encode once at `gain`; again, at the exact gain, only when the one estimated
    before every clip was known misses the target by more than the tolerance; and again under a
    lower limiter ceiling when the encoded file's true peak is over the maximum (the encoder's
    overshoot varies with the material). The true peak reported is the encoded frames', decoded
    as they were made; the loudness, that of the PCM sent plus the encoder's measured shift (within 0.1 LU of
    the file's)."""
    ceiling_db = settings.max_true_peak_dbtp - encoder_peak_rise_db(settings.bitrate_kbps)
    shift = encoder_shift_lu(settings.bitrate_kbps)
    audio = staging_file(target, ".audio")
    try:
        peak_attempts = 0
        for attempt in range(1, _ATTEMPTS + _PEAK_ATTEMPTS + 1):
            join = Join(source, sample_rate, clips, gain, ceiling_db, progress, total)
            sent = encode(join, sample_rate, settings, audio)
            layout = source = source if isinstance(source, Layout) else source.layout
            if sent.frames != layout.frames:
                raise AudioError(f"MP3 encoding took {sent.frames} of {layout.frames} frames")
            heard = join.loudness_lufs() + shift
            miss = settings.target_lufs - heard
            if np.isfinite(heard) and abs(miss) > LOUDNESS_TOLERANCE_LU and attempt < _ATTEMPTS:
                log.info("encode %d of %s missed the loudness target by %.2f LU", attempt, target.name, miss)
                gain += miss
                continue
            peak = sent.true_peak_dbtp
            over = peak - settings.max_true_peak_dbtp
            if over <= 0 or peak_attempts == _PEAK_ATTEMPTS:
                break
            # the file's worst overshoot may be at a clip under the limiter's ceiling: lower all
            peak_attempts += 1
            gain -= over + _PEAK_MARGIN_DB
            ceiling_db -= over + _PEAK_MARGIN_DB
            log.info("%s peaks at %.2f dBTP: encoding again %.2f dB lower", target.name, peak, over + _PEAK_MARGIN_DB)
    except BaseException:
        audio.unlink(missing_ok=True)
        raise
    if peak > settings.max_true_peak_dbtp:
        log.warning(
            "%s peaks at %.2f dBTP, over the %.1f dBTP aimed at (the MP3 encoder's overshoot)",
            target.name,
            peak,
            settings.max_true_peak_dbtp,
        )
    return EncodedAudio(audio, layout, round(heard, 2), round(peak, 2))


def tag(audio: EncodedAudio, tags: Tags, target: Path) -> Encoded:
    """The complete MP3, staged next to `target`: the ID3v2.3 tag with the layout's chapters
    (the last ending at the encoded duration: a player hears exactly the PCM that was encoded,
    as the Info header tells decoders to drop the encoder's delay and padding), then the frames."""
    layout = audio.layout
    header = build_tag(dataclasses.replace(tags, chapters=layout.chapters))
    tagged = staging_file(target)
    digest, size = hashlib.sha256(header), len(header)
    try:
        with open(tagged, "wb") as out, open(audio.path, "rb") as frames:
            out.write(header)
            while block := frames.read(1 << 20):
                digest.update(block)
                size += len(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        tagged.unlink(missing_ok=True)
        raise AudioError(f"cannot write {target.name} into {target.parent}: {exc.strerror or exc}") from exc
    except BaseException:
        tagged.unlink(missing_ok=True)
        raise
    finally:
        audio.discard()
    return Encoded(
        path=tagged,
        sha256=digest.hexdigest(),
        size_bytes=size,
        duration_ms=layout.duration_ms,
        chapters=layout.chapters,
        cues=layout.cues,
        loudness_lufs=audio.loudness_lufs,
        true_peak_dbtp=audio.true_peak_dbtp,
    )
