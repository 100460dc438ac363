"""Transcripts a podcast app can show: WebVTT and SubRip, one cue per written sentence."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Cue

VTT_MEDIA_TYPE = "text/vtt"
SRT_MEDIA_TYPE = "application/srt"


def _clock(ms: int, separator: str) -> str:
    s, milli = divmod(ms, 1000)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}{separator}{milli:03d}"


def _text(cue: Cue) -> str:
    # a blank line would end the cue early; "-->" would start a new timing line
    return " ".join(cue.text.split()).replace("-->", "->")


def _vtt_text(cue: Cue) -> str:
    # "<" starts a tag and "&" an entity in a WebVTT cue: a headline's "<" is text, escaped
    return _text(cue).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(cues: Sequence[Cue]) -> str:
    """The cues as a WebVTT transcript."""
    lines = ["WEBVTT", ""]
    for i, cue in enumerate(cues, 1):
        lines += [str(i), f"{_clock(cue.start_ms, '.')} --> {_clock(cue.end_ms, '.')}", _vtt_text(cue), ""]
    return "\n".join(lines)


def srt(cues: Sequence[Cue]) -> str:
    """The cues as SubRip (SRT) subtitles."""
    lines = []
    for i, cue in enumerate(cues, 1):
        lines += [str(i), f"{_clock(cue.start_ms, ',')} --> {_clock(cue.end_ms, ',')}", _text(cue), ""]
    return "\n".join(lines)
