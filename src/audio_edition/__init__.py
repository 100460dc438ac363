"""audio-edition: Vietnamese news articles -> chaptered, podcast-ready MP3 episodes."""

from __future__ import annotations

import logging
from typing import Any

from .errors import AudioEditionError, EngineError, InputError
from .model import Article, Chapter, Episode, Segment, SegmentKind

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    # the normalizer compiles its rules on import: only pay for it when it is used (the
    # speech worker processes import this package and never normalize)
    if name == "normalize":
        from .normalize import normalize

        return normalize
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
