"""build, edition and batch: articles into episodes."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from ..errors import AudioEditionError, InputError
from ..jobs.episode import Settings, build
from ..tts import Engine
from ..tts.router import Router
from .common import _audio_options, _engine, _from_feed_options, _label_option, _progress, _report_picked, _settings
from .group import cli

log = logging.getLogger("audio_edition")


@cli.command("build", short_help="Build a chaptered MP3 per article.")
@click.argument("articles", nargs=-1, required=True)
@_audio_options
@click.pass_context
def build_command(ctx: click.Context, articles: tuple[str, ...], **options: Any) -> None:
    """Build one MP3 with chapters (and its manifest and chapters JSON) per ARTICLE.

    An ARTICLE is a plain-text scrape, a saved HTML page, or an http(s) URL.
    """
    chosen, voice = _engine(ctx, options["engine"], options["voices"], options["voice_model"], options["rate"])
    settings = _settings(options, voice, ctx.obj.get("engine_reason"))
    failures: list[AudioEditionError] = []
    for article in articles:
        try:
            with _progress(ctx, article.rstrip("/").rsplit("/", 1)[-1]) as progress:
                episode = build(article, options["output_dir"], chosen, settings, progress, options["force"])
        except AudioEditionError as exc:
            if len(articles) == 1:
                raise
            click.echo(f"error: {exc.one_line()}", err=True)
            failures.append(exc)
            continue
        click.echo(
            f"{episode.mp3_path}\t{episode.duration_ms / 1000:.1f} s\t{len(episode.chapters)} chapters\t"
            f"{episode.loudness_lufs:.1f} LUFS\t"
            + ("up to date" if episode.reused else f"{episode.synthesized} synthesized, {episode.cached} cached")
        )
    if failures:
        ctx.exit(max(f.exit_code for f in failures))


@cli.command("edition", short_help="Build one MP3 of many articles, plus one per article.")
@click.argument("articles", nargs=-1)
@click.option(
    "--title",
    required=True,
    callback=lambda ctx, param, value: _label_option(value),
    help='The edition\'s name, spoken in the intro, e.g. "Bản tin sáng 7/11/2018".',
)
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Edition date (default: today).")
@click.option(
    "--list",
    "list_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A file naming one article file or URL per line.",
)
@click.option(
    "--articles/--no-articles",
    "with_articles",
    default=True,
    show_default=True,
    help="Also write each article's own MP3 and sidecars (--no-articles: the edition alone, one encode).",
)
@_from_feed_options
@_audio_options
@click.pass_context
def edition_command(
    ctx: click.Context,
    articles: tuple[str, ...],
    title: str,
    day: datetime | None,
    list_file: Path | None,
    with_articles: bool,
    **options: Any,
) -> None:
    """Build one MP3 for a set of articles, a chapter per article, plus one MP3 per article
    (unless --no-articles).

    ARTICLES are files, URLs, or directories (every .txt/.html inside, in name order). With
    --from-feed, the articles are the feeds' newest items instead: those built before from the
    same words are skipped, those that cannot be read are listed and left out, and a second
    run on the same day adds what is new to that day's edition.
    """
    from ..jobs.edition import build_edition, expand_inputs

    if options["feeds"] and (articles or list_file):
        raise InputError("give articles or --from-feed, not both")
    chosen, voice = _engine(ctx, options["engine"], options["voices"], options["voice_model"], options["rate"])
    settings = _settings(options, voice, ctx.obj.get("engine_reason"))
    on = (day or datetime.now()).date()
    if options["feeds"]:
        result = _edition_from_feeds(
            ctx, title, on, chosen, voice or chosen.default_voice, settings, options, with_articles
        )
        if result is None:
            ctx.exit(ctx.obj.get("exit", 0))
    else:
        inputs = expand_inputs(articles, list_file)
        with _progress(ctx, "edition") as progress:
            result = build_edition(
                inputs,
                options["output_dir"],
                chosen,
                settings,
                title,
                on,
                progress,
                force=options["force"],
                with_articles=with_articles,
            )
    _echo_edition(result)
    ctx.exit(ctx.obj.get("exit", 0))


def _edition_from_feeds(
    ctx: click.Context,
    title: str,
    day: Any,
    engine: Engine,
    voice: str,
    settings: Settings,
    o: dict[str, Any],
    with_articles: bool = True,
    built_at: Any = None,
) -> Any:
    """The day's edition from the feeds in `o`, or None when nothing is new (said on stderr)."""
    from ..jobs.daily import edition_from_feeds

    with _progress(ctx, "edition") as progress:
        outcome = edition_from_feeds(
            o["feeds"],
            o["output_dir"],
            engine,
            voice,
            settings,
            title,
            day,
            o["limit"],
            o["since_hours"],
            o["categories"],
            progress,
            force=o["force"],
            with_articles=with_articles,
            read_deadline_s=o["read_deadline_s"],
            built_at=built_at,
        )
    _report_picked(outcome, quiet=ctx.obj["quiet"])
    if outcome.feed_problems or outcome.picked.failed:
        ctx.obj["exit"] = 1  # published what could be, but something was left out
    if outcome.edition is None and not ctx.obj["quiet"]:
        click.echo("nothing new in the feeds: the edition is up to date", err=True)
    return outcome.edition


def _echo_edition(result: Any) -> None:
    click.echo(
        f"{result.mp3_path}\t{result.duration_ms / 1000:.1f} s\t{len(result.chapters)} chapters\t"
        f"{result.loudness_lufs:.1f} LUFS\t"
        + ("up to date" if result.reused else f"{result.synthesized} synthesized, {result.cached} cached")
    )
    for episode in result.articles:
        click.echo(f"{episode.mp3_path}\t{episode.duration_ms / 1000:.1f} s\t{len(episode.chapters)} chapters")


@cli.command("batch", short_help="Build many articles at once, locally or on a Dask cluster.")
@click.argument("articles", nargs=-1)
@click.option(
    "--list",
    "list_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A file naming one article file or URL per line.",
)
@click.option("-j", "--jobs", type=click.IntRange(1), help="Worker processes (default: one per core).")
@click.option(
    "--scheduler",
    envvar="AUDIO_EDITION_SCHEDULER",
    help="Run the builds on the Dask distributed cluster whose scheduler is at this address "
    "(e.g. tcp://10.0.0.5:8786); its workers need audio-edition and the cache directory.",
)
@_audio_options
@click.pass_context
def batch_command(
    ctx: click.Context,
    articles: tuple[str, ...],
    list_file: Path | None,
    jobs: int | None,
    scheduler: str | None,
    **options: Any,
) -> None:
    """Build one episode per ARTICLE (files, URLs, directories of .txt/.html, or a --list
    file), several at a time, sharing the clip cache.

    Every article is tried: a failure is reported and the others go on. A table of what was
    built is printed at the end; the exit status is non-zero when any article failed.
    """
    import os
    import time

    from ..jobs.batch import Job, Outcome, run_dask, run_local
    from ..jobs.edition import expand_inputs

    inputs = expand_inputs(articles, list_file)
    chosen, voice = _engine(ctx, options["engine"], options["voices"], options["voice_model"], options["rate"])
    if isinstance(chosen, Router):
        raise InputError("batch speaks every article with one voice", hint="use build for a voice per kind of segment")
    settings = _settings(options, voice, ctx.obj.get("engine_reason"))
    out_dir = options["output_dir"].resolve()
    work = [
        Job(
            source=item if "://" in item else str(Path(item).resolve()),
            out_dir=out_dir,
            engine=chosen.name,
            voice=voice,
            settings=settings,
            force=options["force"],
            voice_model=options["voice_model"],
            rate=options["rate"],
        )
        for item in inputs
    ]
    finished = 0
    start = time.perf_counter()
    with _progress(ctx, f"{len(work)} articles") as progress:

        def done(outcome: Outcome) -> None:
            nonlocal finished
            finished += 1
            if outcome.failed:
                log.warning("%s: %s", outcome.source, outcome.error)
            progress("building", finished, len(work))

        if scheduler:
            outcomes = run_dask(work, scheduler, done)
        else:
            outcomes = run_local(work, jobs or os.cpu_count() or 1, done)
    wall = time.perf_counter() - start
    for o in outcomes:
        what = str(o.mp3) if o.mp3 else o.error
        click.echo(f"{o.status}\t{o.duration_ms / 1000:.1f} s\t{o.seconds:.1f} s to build\t{o.source}\t{what}")
    failed = [o for o in outcomes if o.failed]
    for o in failed:
        click.echo(f"error: {o.source}: {o.error}", err=True)
    audio_min = sum(o.duration_ms for o in outcomes) / 60000
    click.echo(
        f"{len(outcomes)} articles: {sum(o.status == 'built' for o in outcomes)} built, "
        f"{sum(o.status == 'up to date' for o in outcomes)} up to date, {len(failed)} failed; "
        f"{audio_min:.1f} min of audio in {wall:.1f} s ({len(outcomes) / wall * 60:.1f} articles per minute)",
        err=True,
    )
    if failed:
        ctx.exit(max(o.exit_code for o in failed))
