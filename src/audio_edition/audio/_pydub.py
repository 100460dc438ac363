"""pydub, imported without its warning about ffmpeg not being on PATH (we bring our own)."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Couldn't find ffmpeg", category=RuntimeWarning)
    from pydub import AudioSegment
    from pydub.exceptions import CouldntEncodeError

__all__ = ["AudioSegment", "CouldntEncodeError"]
