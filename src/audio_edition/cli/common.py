"""What the building commands share: their options, their settings, the engine they speak
with, and progress bars."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..audio.settings import EncodeSettings, Pauses
from ..errors import InputError
from ..jobs.episode import Settings
from ..options import FiniteRange
from ..publish.cover import load_cover
from ..settings import READ_DEADLINE_S
from ..tts import ENGINE_CHOICES, Engine, auto_engine, get_engine
from ..tts.cache import CACHE_ENV, default_cache_dir
from ..tts.router import Route, Router, parse_voice_options
from .group import READINGS, _lexicon, _reading_options

log = logging.getLogger("audio_edition")

# The defaults the options show are the audio stage's own, written once there.
_ENCODING, _PAUSES = EncodeSettings(), Pauses()


# --pause-NAME: the silence a Pauses field holds, and where it is heard
_PAUSE_OPTIONS = (
    ("headline", "after_headline_s", "after the headline"),
    ("lead", "after_lead_s", "after the lead"),
    ("section", "between_sections_s", "between body sections"),
    ("paragraph", "between_paragraphs_s", "between paragraphs"),
)


def _audio_options(f: Any) -> Any:
    """Options shared by every command that makes audio."""
    options = [
        click.option(
            "-o",
            "--output-dir",
            type=click.Path(file_okay=False, path_type=Path),
            default=Path("output"),
            show_default=True,
            envvar="AUDIO_EDITION_OUTPUT_DIR",
            help="Where the MP3s and sidecars go.",
        ),
        click.option(
            "--engine",
            type=click.Choice(ENGINE_CHOICES),
            default="auto",
            show_default=True,
            envvar="AUDIO_EDITION_ENGINE",
            help="Speech engine: espeak (offline), piper (offline neural voices), edge (Microsoft's neural "
            "voices, online), gtts (Google), auto (piper when a voice is installed, else gtts when reachable, "
            "else espeak).",
        ),
        click.option(
            "--voice",
            "voices",
            multiple=True,
            envvar="AUDIO_EDITION_VOICE",
            help="Engine voice: espeak has vi, vi-vn-x-central, vi-vn-x-south; gtts has vi; edge has "
            "vi-VN-HoaiMyNeural and vi-VN-NamMinhNeural; piper has the installed voices (audio-edition voices "
            "list). Repeat as KIND=ENGINE:VOICE for a voice per kind of segment (headline, lead, body, intro, "
            "outro), e.g. --voice headline=edge:vi-VN-NamMinhNeural --voice body=piper:vi_VN-vais1000-medium.",
        ),
        click.option(
            "--rate",
            type=FiniteRange(0.5, 2.0),
            default=1.0,
            show_default=True,
            envvar="AUDIO_EDITION_RATE",
            help="Speaking rate, 1.0 being the voice's own pace: espeak's words per minute, piper's length "
            "scale, edge's prosody rate; gtts is time-stretched without a change of pitch.",
        ),
        click.option(
            "--voice-model",
            type=click.Path(dir_okay=False, path_type=Path),
            envvar="AUDIO_EDITION_VOICE_MODEL",
            help="A Piper voice model (.onnx, with its .onnx.json beside it) to speak with.",
        ),
        click.option(
            "--bitrate",
            "bitrate_kbps",
            type=click.IntRange(32, 320),
            default=_ENCODING.bitrate_kbps,
            show_default=True,
            envvar="AUDIO_EDITION_BITRATE",
            help="Constant MP3 bitrate in kbps.",
        ),
        click.option(
            "--sample-rate",
            type=click.Choice(["22050", "24000", "32000", "44100", "48000"]),
            default=str(_ENCODING.sample_rate),
            show_default=True,
            help="Output sample rate in Hz.",
        ),
        *(
            click.option(
                f"--pause-{name}",
                type=FiniteRange(0, 10),
                default=getattr(_PAUSES, field),
                show_default=True,
                help=f"Seconds of silence {where}.",
            )
            for name, field, where in _PAUSE_OPTIONS
        ),
        click.option(
            "--cache-dir",
            type=click.Path(file_okay=False, path_type=Path),
            envvar=CACHE_ENV,
            help="Where synthesized clips are cached (default: the user cache directory).",
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the clip cache."),
        click.option("--force", is_flag=True, help="Rebuild even when the outputs are up to date."),
        click.option(
            "--cover",
            type=click.Path(dir_okay=False, path_type=Path),
            envvar="AUDIO_EDITION_COVER",
            help="Cover art (square JPEG or PNG, 1400 px or more) for every MP3; default: a title card.",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return _reading_options(f)


def _from_feed_options(f: Any) -> Any:
    """Options that choose articles from outlets' RSS or Atom feeds (edition and daily)."""
    options = [
        click.option(
            "--from-feed",
            "feeds",
            multiple=True,
            help="An outlet's RSS or Atom feed to take the newest articles from (repeatable).",
        ),
        click.option(
            "--limit",
            type=click.IntRange(1, 200),
            default=10,
            show_default=True,
            help="At most this many new articles from the feeds.",
        ),
        click.option(
            "--since",
            "since_hours",
            type=FiniteRange(0, min_open=True),
            default=24.0,
            show_default=True,
            help="Only items published in the last N hours (items without a date are taken).",
        ),
        click.option(
            "--category",
            "categories",
            multiple=True,
            help="Only items of this category (the feed's category, or a section in the address); repeatable.",
        ),
        click.option(
            "--read-deadline",
            "read_deadline_s",
            type=FiniteRange(1, 86400),
            default=READ_DEADLINE_S,
            show_default=True,
            help="Seconds in all to read the feeds' articles (a few pages at a time); the items not read "
            "by then are left, with a warning.",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _report_picked(outcome: Any, quiet: bool = False) -> None:
    """What the feeds gave, on stderr: articles passed over and feeds that could not be read
    (warnings, which -q keeps when something was left out), and a count of what was picked."""
    level = logging.ERROR if quiet else logging.WARNING
    for _, problem in outcome.feed_problems:
        log.log(level, "feed not read: %s", problem)
    for _, problem in outcome.picked.failed:
        log.log(level, "article left out: %s", problem)
    if quiet:
        return
    click.echo(
        f"feeds: {len(outcome.picked.articles)} new articles, {outcome.carried} already in today's edition, "
        f"{len(outcome.picked.already_built)} built before, {len(outcome.picked.failed)} failed",
        err=True,
    )


def _label_option(value: str | None) -> str | None:
    """A name given on the command line, without control or direction characters."""
    from ..text.unicode import clean_label

    if value is None:
        return None
    cleaned = clean_label(value)
    if not cleaned:
        raise click.BadParameter("is empty once control characters are removed")
    return cleaned


def _settings(o: dict[str, Any], voice: str | None, engine_reason: str | None = None) -> Settings:
    return Settings(
        voice=voice,
        engine_reason=engine_reason,
        pauses=Pauses(**{field: o[f"pause_{name}"] for name, field, _ in _PAUSE_OPTIONS}),
        encoding=EncodeSettings(bitrate_kbps=o["bitrate_kbps"], sample_rate=int(o["sample_rate"])),
        reading=READINGS[o["reading"]],
        lexicon=_lexicon(o["lexicon"]),
        cache_dir=None if o["no_cache"] else (o["cache_dir"] or default_cache_dir()),
        cover=load_cover(o["cover"]) if o["cover"] else None,
    )


def _engine(
    ctx: click.Context, name: str, voices: tuple[str, ...], voice_model: Path | None = None, rate: float = 1.0
) -> tuple[Engine, str | None]:
    """The engine to speak with (a Router when --voice maps kinds of segment to voices), and the
    voice it speaks with by default (None: the engine's default)."""
    if name == "auto":
        name, why = auto_engine(voice_model=voice_model)
        ctx.obj["engine_reason"] = f"auto: {why}"
        if not ctx.obj["quiet"]:
            click.echo(f"engine: {name} ({why})", err=True)
    voice, routes = parse_voice_options(voices, name)
    chosen = get_engine(name, voice_model=voice_model, rate=rate)
    if voice and voice not in chosen.voices:
        raise InputError(
            f"engine {chosen.name} has no voice {voice!r}", hint=f"choose one of {', '.join(chosen.voices)}"
        )
    if not routes:
        return chosen, voice
    engines = {name: chosen}
    for route in routes.values():
        if route.engine not in engines:
            engines[route.engine] = get_engine(route.engine, voice_model=voice_model, rate=rate)
    router = Router(engines, Route(name, voice), routes)
    return router, router.default_voice


class _Progress:
    """Progress bars on stderr (only on a terminal), one per stage, created once its total is known."""

    def __init__(self, enabled: bool, label: str) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.label = label
        self.stage = ""
        self.bar: Any = None
        self.done = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None or stage != self.stage:
            self.close()
            self.stage, self.done = stage, 0
            self.bar = click.progressbar(length=total, label=f"{stage} {self.label}", file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@contextmanager
def _progress(ctx: click.Context, label: str) -> Iterator[_Progress]:
    progress = _Progress(not ctx.obj["quiet"], label)
    try:
        yield progress
    finally:
        progress.close()
