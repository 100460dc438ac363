"""pydub, imported without its warnings: ffmpeg not on PATH (we bring our own) and audioop's
deprecation (Python 3.13+ gets audioop-lts)."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Couldn't find ffmpeg", category=RuntimeWarning)
    warnings.filterwarnings("ignore", message="'audioop' is deprecated", category=DeprecationWarning)
    from pydub import AudioSegment

__all__ = ["AudioSegment"]
