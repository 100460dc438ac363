"""plan, inspect, voices, normalize, doctor and config: looking at things, no audio built."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import InputError
from ..jobs.episode import Settings, plan, plan_document
from ..normalize import normalize
from ..settings import variable
from ..tts.cache import CACHE_ENV, default_cache_dir
from .group import READINGS, _lexicon, _reading_options, cli

log = logging.getLogger("audio_edition")


@cli.command("plan", short_help="Show what would be spoken, as JSON, or a reading report.")
@click.argument("article")
@click.option(
    "--review",
    is_flag=True,
    help="Instead of JSON: every reading the normalizer chose, the rule that chose it, and those "
    "it was unsure of (marked ?), to fix with --lexicon before synthesis.",
)
@_reading_options
def plan_command(article: str, review: bool, reading: str, lexicon: Path | None) -> None:
    """Print the segments of ARTICLE (file or URL) with their spoken text, as JSON, without synthesizing."""
    from ..normalize import DOCUMENT_RULES
    from ..normalize.review import review as review_text

    settings = Settings(reading=READINGS[reading], lexicon=_lexicon(lexicon))
    p = plan(article, settings)
    if not review:
        click.echo(json.dumps(plan_document(p), ensure_ascii=False, indent=2))
        return
    count = unsure = 0
    unknown: dict[str, None] = {}
    for segment in p.segments:
        for number, sentence in enumerate(segment.sentences, 1):
            for r in review_text(sentence.text, settings.reading, settings.lexicon, DOCUMENT_RULES):
                count, unsure = count + 1, unsure + r.unsure
                mark = "?" if r.unsure else " "
                click.echo(f"{mark} {segment.title[:30]} #{number}\t{r.rule}\t{r.written}\t{r.spoken}")
                if r.unknown_acronym:
                    unknown.update(dict.fromkeys(r.written.strip(".,;:!?()").split()))
    click.echo(f"{count} readings, {unsure} unsure", err=True)
    if unknown:
        click.echo(
            f"spelled letter by letter, unknown to the lexicon: {', '.join(unknown)} "
            "(add ABBREVIATION<TAB>spoken form lines to a --lexicon file to read them otherwise)",
            err=True,
        )


@cli.command("inspect", short_help="Show an MP3's tags and chapters.")
@click.argument("mp3", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def inspect_command(mp3: Path, as_json: bool) -> None:
    """Print the tags and chapters read back from MP3."""
    from ..inspect_mp3 import inspect_mp3

    info = inspect_mp3(mp3)
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    for key in ("file", "title", "artist", "album", "date", "genre", "language", "comment", "id3_version"):
        if info[key] is not None:
            click.echo(f"{key}: {info[key]}")
    click.echo(
        f"audio: {info['duration_ms'] / 1000:.3f} s, {info['bitrate_kbps']} kbps "
        f"{info['bitrate_mode']}, {info['sample_rate']} Hz, {info['channels']} channel(s)"
    )
    click.echo(f"chapters: {len(info['chapters'])}")
    for c in info["chapters"]:
        click.echo(f"  {_clock(c['start_ms'])} - {_clock(c['end_ms'])}  {c['title']}")


def _clock(ms: int) -> str:
    s, milli = divmod(ms, 1000)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}.{milli:03d}"


@cli.group("voices", short_help="List and download Piper voices.")
def voices_group() -> None:
    """The neural Vietnamese voices of the Piper project, for --engine piper."""


@voices_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def voices_list_command(as_json: bool) -> None:
    """Installed voices, and the Vietnamese voices that can be downloaded."""
    from ..tts.voices import CATALOG, installed_voices, voices_dir

    installed = installed_voices()
    rows: list[dict[str, Any]] = [
        {
            "name": v.name,
            "quality": v.quality,
            "size_mb": round(v.size_mb, 1),
            "installed": v.name in installed,
        }
        for v in CATALOG
    ]
    rows += [
        {"name": name, "quality": None, "size_mb": round(path.stat().st_size / 1e6, 1), "installed": True}
        for name, path in installed.items()
        if name not in {v.name for v in CATALOG}
    ]
    if as_json:
        click.echo(json.dumps({"folder": str(voices_dir()), "voices": rows}, ensure_ascii=False, indent=2))
        return
    for row in rows:
        state = "installed" if row["installed"] else "download with: audio-edition voices download " + row["name"]
        quality = row["quality"] or "own"
        click.echo(f"{row['name']:<28} {quality:<7} {row['size_mb']:>6.1f} MB  {state}")
    click.echo(f"voices folder: {voices_dir()}", err=True)


@voices_group.command("download")
@click.argument("name", required=False)
@click.pass_context
def voices_download_command(ctx: click.Context, name: str | None) -> None:
    """Download voice NAME (by default the recommended Vietnamese voice, vi_VN-vais1000-medium)
    from the public Piper collection, checked against its published size and MD5 digest and
    installed only when whole. A broken download resumes when the command is run again."""
    from ..tts.voices import RECOMMENDED_VOICE, download

    name = name or RECOMMENDED_VOICE

    bars: dict[str, Any] = {}

    def progress(file: str, done: int, total: int) -> None:
        if ctx.obj["quiet"]:
            return
        bar = bars.get(file)
        if bar is None:
            bar = bars[file] = click.progressbar(length=total, label=file, file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)
        if done >= total:
            bar.__exit__(None, None, None)

    path = download(name, progress=progress)
    for bar in bars.values():
        bar.render_finish()
    click.echo(str(path))


@cli.command("normalize", short_help="Print the spoken form of Vietnamese text.")
@click.argument("text", required=False)
@_reading_options
def normalize_command(text: str | None, reading: str, lexicon: Path | None) -> None:
    """Print the spoken form of TEXT, or of each line of standard input."""
    options, lex = READINGS[reading], _lexicon(lexicon)
    if text is not None:
        click.echo(normalize(text, options, lex))
        return
    limit = 1 << 20  # a line of a megabyte is no sentence: an endless stream is refused, not read
    while line := sys.stdin.readline(limit + 1):
        if len(line) > limit:
            raise InputError(f"standard input: a line of over {limit // 1024} KB; give text a line at a time")
        click.echo(normalize(line.rstrip("\n"), options, lex))


@cli.command("doctor", short_help="Check what this machine can do: engines, ffmpeg, folders, network.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=CACHE_ENV,
    help="Where synthesized clips are cached (default: the user cache directory).",
)
@click.pass_context
def doctor_command(ctx: click.Context, cache_dir: Path | None) -> None:
    """Check, one line each: ffmpeg with its MP3 encoder, the offline voice, Piper and its voices,
    the Edge and Google voices' services, the cache, voices and output folders, and the browser
    the listen-page test drives. The exit status is 1 when the tool cannot build here."""
    from ..doctor import checks

    failed = False
    for check in checks(cache_dir or default_cache_dir()):
        result = check()
        failed |= result.status == "fail"
        click.echo(f"{result.status:<4}  {result.name:<8}  {result.detail}")
    ctx.exit(1 if failed else 0)


@cli.group("config")
def config_group() -> None:
    """The settings in effect: options, variables and the config file."""


@config_group.command("show")
@click.argument("command", default="build")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def config_show_command(ctx: click.Context, command: str, as_json: bool) -> None:
    """Print every setting of COMMAND (default: build) and the tool's own, each with its value,
    config key, variable and where the value comes from (default, config file or environment)."""

    from ..options import SERVICE_VARIABLES, effective, settings_table

    commands = sorted({s.command for s in settings_table(cli) if s.command})
    if command not in commands:
        raise InputError(f"{command!r} is not a command with settings", hint=f"one of {', '.join(commands)}")
    rows = effective(cli, command, ctx.meta["config"])
    services = {name: value for name in SERVICE_VARIABLES if (value := variable(name))}
    if as_json:
        listing = [
            {"command": s.command, "key": s.key, "variable": s.envvar, "value": _plain(v), "source": source}
            for s, v, source in rows
        ]
        click.echo(json.dumps({"settings": listing, "variables": services}, ensure_ascii=False, indent=2))
        return
    for s, value, source in rows:
        table = f"[{s.command}] " if s.command else ""
        click.echo(f"{table}{s.key} = {json.dumps(_plain(value), ensure_ascii=False)}\t{s.envvar}\t{source}")
    for name, value in services.items():
        click.echo(f"{name}={value}\t{SERVICE_VARIABLES[name]}")


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value
