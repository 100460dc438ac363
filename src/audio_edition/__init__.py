"""audio-edition: Vietnamese news articles -> chaptered, podcast-ready MP3 episodes."""

from __future__ import annotations

import logging

from .errors import AudioEditionError, EngineError, InputError
from .model import Article, Chapter, Episode, Segment, SegmentKind
from .normalize import normalize

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "AudioEditionError",
    "Chapter",
    "EngineError",
    "Episode",
    "InputError",
    "Segment",
    "SegmentKind",
    "normalize",
]
