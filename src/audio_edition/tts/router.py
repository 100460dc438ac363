"""More than one voice in an episode, as a news programme has: a voice per kind of segment.

`--voice headline=edge:vi-VN-NamMinhNeural --voice body=piper:vi_VN-vais1000-medium` maps the
segment kinds (headline, lead, body, intro, outro) to an engine and a voice; kinds not named
take the default engine and voice. The `Router` is itself an engine: its voices are
"engine:voice" routes, and it resamples every clip to one rate (the highest of its engines),
so the audio stage sees one kind of clip. A clip's cache entry names the engine, voice and
options that spoke it (and the rate it was resampled to): changing one kind's voice leaves
the other kinds' clips in the cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..model import Clip, SegmentKind
from .base import Engine, EngineLimits

KINDS = tuple(
    k.value for k in (SegmentKind.HEADLINE, SegmentKind.LEAD, SegmentKind.BODY, SegmentKind.INTRO, SegmentKind.OUTRO)
)


@dataclass(frozen=True, slots=True)
class Route:
    """Which engine and voice speak one kind of segment."""

    engine: str
    voice: str | None  # None: the engine's default voice

    def __str__(self) -> str:
        return f"{self.engine}:{self.voice}" if self.voice else self.engine


def parse_voice_options(values: tuple[str, ...], engine: str) -> tuple[str | None, dict[str, Route]]:
    """`--voice` values: a plain voice for the chosen engine, and KIND=[ENGINE:]VOICE entries."""
    plain = [v for v in values if "=" not in v]
    if len(plain) > 1:
        raise InputError(f"--voice names more than one default voice ({', '.join(plain)})")
    routes: dict[str, Route] = {}
    for value in values:
        if "=" not in value:
            continue
        kind, _, target = value.partition("=")
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise InputError(f"--voice {value}: no segment kind {kind!r}", hint=f"kinds: {', '.join(KINDS)}")
        name, colon, voice = target.partition(":")
        routes[kind] = Route(name.strip(), voice.strip() or None) if colon else Route(engine, target.strip() or None)
    return (plain[0] if plain else None), routes


class Router:
    """An engine that speaks each route with its own engine, at one sample rate."""

    name: str = "mixed"

    def __init__(self, engines: dict[str, Engine], default: Route, routes: dict[str, Route]) -> None:
        self.engines, self.default_route, self.routes = engines, default, routes
        for route in [default, *routes.values()]:
            engine = engines[route.engine]
            if route.voice is not None and route.voice not in engine.voices:
                raise InputError(
                    f"engine {engine.name} has no voice {route.voice!r}",
                    hint=f"choose one of {', '.join(engine.voices)}",
                )
        rate = max(e.limits.sample_rate for e in engines.values())
        self.limits = EngineLimits(
            max_chars=None, sample_rate=rate, concurrency=min(e.limits.concurrency for e in engines.values())
        )
        self.default_voice = self.route_name(default)
        self.voices = tuple(dict.fromkeys(self.route_name(r) for r in [default, *routes.values()]))
        self.rate = engines[default.engine].rate

    def route_name(self, route: Route) -> str:
        return f"{route.engine}:{route.voice or self.engines[route.engine].default_voice}"

    def voice_for(self, kind: SegmentKind) -> str:
        """The route a segment of `kind` is spoken with."""
        return self.route_name(self.routes.get(kind.value, self.default_route))

    def route(self, voice: str) -> tuple[Engine, str]:
        name, _, engine_voice = voice.partition(":")
        return self.engines[name], engine_voice

    def identity(self, voice: str) -> tuple[str, str, dict[str, Any]]:
        """What a route's clips are cached under: its engine, its voice, its options at our rate."""
        engine, engine_voice = self.route(voice)
        return engine.name, engine_voice, {**engine.options(), "resampled_to": self.limits.sample_rate}

    def describe(self, kind: SegmentKind) -> dict[str, Any]:
        """The engine, voice and rate a segment of `kind` is spoken with, for the manifest."""
        engine, engine_voice = self.route(self.voice_for(kind))
        return {"engine": engine.name, "voice": engine_voice, "rate": engine.rate}

    def unavailable_reason(self) -> str | None:
        for engine in self.engines.values():
            reason = engine.unavailable_reason()
            if reason:
                return f"{engine.name}: {reason}"
        return None

    def options(self) -> dict[str, Any]:
        return {name: e.options() for name, e in sorted(self.engines.items())} | {
            "routes": {k: str(r) for k, r in sorted(self.routes.items())},
            "default": str(self.default_route),
        }

    def concurrency_for(self, chars: int) -> int:
        return min(e.concurrency_for(chars) for e in self.engines.values())

    def release(self) -> None:
        for engine in self.engines.values():
            engine.release()

    def synthesize(self, text: str, voice: str) -> Clip:
        engine, engine_voice = self.route(voice)
        clip = engine.synthesize(text, engine_voice)
        if clip.sample_rate == self.limits.sample_rate or not clip.pcm:
            return Clip(clip.pcm, self.limits.sample_rate) if not clip.pcm else clip
        from ..media._pydub import AudioSegment  # the clip layer: pydub resamples a clip to the episode's rate

        segment = AudioSegment(data=clip.pcm, sample_width=2, frame_rate=clip.sample_rate, channels=1)
        return Clip(segment.set_frame_rate(self.limits.sample_rate).raw_data, self.limits.sample_rate)
