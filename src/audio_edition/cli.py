"""The command line. The only module that prints and turns errors into exit codes."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from .audio.settings import EncodeSettings, Pauses
from .config import CONFIG_ENV, load_config
from .errors import AudioEditionError, InputError
from .files import discard_staged
from .normalize import NORTHERN, SOUTHERN, Lexicon, normalize, read_user_lexicon
from .options import attach_envvars
from .pipeline import Settings, build, plan, plan_document
from .publish.cover import load_cover
from .tts import ENGINE_CHOICES, Engine, auto_engine, get_engine
from .tts.cache import CACHE_ENV, default_cache_dir
from .tts.router import Route, Router, parse_voice_options

log = logging.getLogger("audio_edition")

READINGS = {"northern": NORTHERN, "southern": SOUTHERN}


def _reading_options(f: Any) -> Any:
    f = click.option(
        "--lexicon",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="AUDIO_EDITION_LEXICON",
        help="Extra abbreviations: a UTF-8 file of ABBREVIATION<TAB>spoken form lines.",
    )(f)
    return click.option(
        "--reading",
        type=click.Choice(sorted(READINGS)),
        default="northern",
        show_default=True,
        envvar="AUDIO_EDITION_READING",
        help="Number reading: northern (nghìn, linh, tư) or southern (ngàn, lẻ, bốn).",
    )(f)


def _lexicon(path: Path | None) -> Lexicon | None:
    return Lexicon(read_user_lexicon(path)) if path else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More diagnostics on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bar.")
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar=CONFIG_ENV,
    show_envvar=True,
    help="TOML file with defaults per command (default: ~/.config/audio-edition/config.toml).",
)
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Fetch article URLs on private, loopback and link-local addresses too (refused by default, so "
    "that a service wrapping the tool cannot be made to read its own network).",
)
@click.option(
    "--fetch-timeout",
    type=click.FloatRange(1, 600),
    default=15.0,
    show_default=True,
    help="Seconds in all to fetch a page or a feed: name lookup, connection, headers and body.",
)
@click.option(
    "--voice-timeout",
    type=click.FloatRange(1, 600),
    help="Seconds in all for one request to an online voice, answer included (default: 30 for Google's, "
    "60 for Edge's).",
)
@click.version_option(package_name="audio-edition")
@click.pass_context
def cli(
    ctx: click.Context,
    verbose: int,
    quiet: bool,
    config: Path | None,
    allow_private_urls: bool,
    fetch_timeout: float,
    voice_timeout: float | None,
) -> None:
    """Turn Vietnamese news articles into chaptered, podcast-ready MP3 files.

    Every option can also be set by an environment variable (shown in each command's --help) or
    in a TOML config file, in a table named after the command, e.g. [build] bitrate = 96;
    `audio-edition config show` prints the settings in effect and where each comes from.
    """
    from click.core import ParameterSource

    from .options import check_environment, read_config

    check_environment(cli)
    data, path = load_config(config)
    settings = read_config(cli, data, str(path))
    ctx.meta["config"] = settings
    given = {name: ctx.get_parameter_source(name) != ParameterSource.DEFAULT for name in ctx.params}
    verbose = verbose if given["verbose"] else settings.top.get("verbose", verbose)
    quiet = quiet if given["quiet"] else settings.top.get("quiet", quiet)
    if not given["allow_private_urls"]:
        allow_private_urls = settings.top.get("allow_private_urls", allow_private_urls)
    _limits_for_workers(
        fetch_timeout if given["fetch_timeout"] else settings.top.get("fetch_timeout", fetch_timeout),
        voice_timeout if given["voice_timeout"] else settings.top.get("voice_timeout", voice_timeout),
    )
    if allow_private_urls:
        import os

        from .ingest.fetch import ALLOW_PRIVATE_ENV

        os.environ[ALLOW_PRIVATE_ENV] = "1"  # worker processes inherit it
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(level)
    ctx.obj = {"quiet": quiet}
    ctx.default_map = _default_map(settings.commands)


def _limits_for_workers(fetch_timeout: float, voice_timeout: float | None) -> None:
    """Deadlines go to the code that fetches through the environment, which worker processes
    (batch, Dask) inherit; a value from the config file is checked as the option checks it."""
    import os

    from .ingest.fetch import TIMEOUT_ENV
    from .tts.base import VOICE_TIMEOUT_ENV

    for name, value in (("fetch-timeout", fetch_timeout), ("voice-timeout", voice_timeout)):
        if value is not None and not (isinstance(value, (int, float)) and 1 <= value <= 600):
            raise InputError(f"{name} = {value!r} is not a number of seconds from 1 to 600")
    os.environ[TIMEOUT_ENV] = str(fetch_timeout)
    if voice_timeout is not None:
        os.environ[VOICE_TIMEOUT_ENV] = str(voice_timeout)


def _default_map(commands: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """click's nested default_map from the config's values per command ("voices download")."""
    tree: dict[str, Any] = {}
    for command, values in commands.items():
        node = tree
        for part in command.split():
            node = node.setdefault(part, {})
        node.update(values)
    return tree


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
            type=click.FloatRange(0.5, 2.0),
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
            default=64,
            show_default=True,
            envvar="AUDIO_EDITION_BITRATE",
            help="Constant MP3 bitrate in kbps.",
        ),
        click.option(
            "--sample-rate",
            type=click.Choice(["22050", "24000", "32000", "44100", "48000"]),
            default="44100",
            show_default=True,
            help="Output sample rate in Hz.",
        ),
        click.option(
            "--pause-headline",
            type=click.FloatRange(0, 10),
            default=0.9,
            show_default=True,
            help="Seconds of silence after the headline.",
        ),
        click.option(
            "--pause-lead",
            type=click.FloatRange(0, 10),
            default=0.7,
            show_default=True,
            help="Seconds of silence after the lead.",
        ),
        click.option(
            "--pause-section",
            type=click.FloatRange(0, 10),
            default=0.7,
            show_default=True,
            help="Seconds of silence between body sections.",
        ),
        click.option(
            "--pause-paragraph",
            type=click.FloatRange(0, 10),
            default=0.4,
            show_default=True,
            help="Seconds of silence between paragraphs.",
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
            type=click.FloatRange(0, min_open=True),
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
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _report_picked(outcome: Any) -> None:
    """What the feeds gave, on stderr: articles passed over and feeds that could not be read."""
    for _, problem in outcome.feed_problems:
        log.warning("feed not read: %s", problem)
    for _, problem in outcome.picked.failed:
        log.warning("article left out: %s", problem)
    click.echo(
        f"feeds: {len(outcome.picked.articles)} new articles, {outcome.carried} already in today's edition, "
        f"{len(outcome.picked.already_built)} built before, {len(outcome.picked.failed)} failed",
        err=True,
    )


def _label_option(value: str | None) -> str | None:
    """A name given on the command line, without control or direction characters."""
    from .text.unicode import clean_label

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
        pauses=Pauses(
            after_headline_s=o["pause_headline"],
            after_lead_s=o["pause_lead"],
            between_sections_s=o["pause_section"],
            between_paragraphs_s=o["pause_paragraph"],
        ),
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
    from .edition import build_edition, expand_inputs

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
) -> Any:
    """The day's edition from the feeds in `o`, or None when nothing is new (said on stderr)."""
    from .daily import edition_from_feeds

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
        )
    _report_picked(outcome)
    if outcome.feed_problems or outcome.picked.failed:
        ctx.obj["exit"] = 1  # published what could be, but something was left out
    if outcome.edition is None:
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

    from .batch import Job, Outcome, run_dask, run_local
    from .edition import expand_inputs

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


def _podcast_options(*cover_flags: str) -> Callable[[Any], Any]:
    """Options of the podcast feed and listen page (feed and daily); `cover_flags` name the
    podcast cover's option (daily's --cover is the episodes' own)."""
    options = [
        click.option(
            "--base-url",
            required=True,
            envvar="AUDIO_EDITION_BASE_URL",
            help="Public URL the output directory is served from, e.g. https://example.vn/podcast/",
        ),
        click.option(
            "--title",
            default="Bản tin audio",
            show_default=True,
            callback=lambda ctx, param, value: _label_option(value),
            help="Podcast title.",
        ),
        click.option(
            "--description",
            default="Tin tức tiếng Việt dạng podcast, tạo bởi audio-edition.",
            callback=lambda ctx, param, value: _label_option(value),
            help="Podcast description.",
        ),
        click.option(
            "--author",
            default="audio-edition",
            show_default=True,
            callback=lambda ctx, param, value: _label_option(value),
            help="Author and owner name.",
        ),
        click.option("--owner-email", help="Owner e-mail address (podcast directories ask for one)."),
        click.option("--keep", type=click.IntRange(1), help="Keep only the newest N episodes in the feed."),
        click.option("--max-age-days", type=click.IntRange(1), help="Drop episodes published more than N days ago."),
        click.option("--delete-files", is_flag=True, help="Also delete the files of episodes dropped from the feed."),
        click.option(
            *cover_flags,
            "podcast_cover",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Podcast cover art (square JPEG or PNG); default: a title card.",
        ),
    ]

    def decorate(f: Any) -> Any:
        for option in reversed(options):
            f = option(f)
        return f

    return decorate


def _check_base_url(url: str) -> None:
    if not url.startswith(("http://", "https://")):
        raise InputError(f"--base-url {url!r} is not an http(s) URL")


def _publish(output_dir: Path, o: dict[str, Any]) -> Any:
    """Write the feed and listen page of `output_dir` from the podcast options in `o`."""
    from datetime import timezone

    from .publish.cover import title_card
    from .publish.feed import FeedSettings, update_feed

    _check_base_url(o["base_url"])
    settings = FeedSettings(
        base_url=o["base_url"],
        title=o["title"],
        description=o["description"],
        author=o["author"],
        owner_email=o["owner_email"],
        keep=o["keep"],
        max_age_days=o["max_age_days"],
        delete_files=o["delete_files"],
    )
    art = load_cover(o["podcast_cover"]) if o["podcast_cover"] else title_card(None, o["title"], label="Podcast")
    return update_feed(output_dir, settings, datetime.now(timezone.utc), art)


@cli.command("feed", short_help="Write the podcast feed and listen page of an output directory.")
@click.argument("output_dir", type=click.Path(file_okay=False, path_type=Path))
@_podcast_options("--cover")
def feed_command(output_dir: Path, **options: Any) -> None:
    """Write or update OUTPUT_DIR/feed.xml (RSS with iTunes and Podcasting 2.0 tags) and the
    listen page OUTPUT_DIR/index.html, from the episodes built into OUTPUT_DIR."""
    result = _publish(output_dir, options)
    click.echo(f"{result.path}\t{len(result.items)} episodes\t{result.added} new\t{result.retired} retired")


@cli.command("daily", short_help="The morning job: feeds -> edition and episodes -> podcast feed and page.")
@click.argument("config_file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--edition-name",
    default="Bản tin",
    show_default=True,
    callback=lambda ctx, param, value: _label_option(value),
    help="The edition's name; the day is added (Bản tin 28/11/2026).",
)
@_from_feed_options
@_podcast_options("--podcast-cover")
@_audio_options
@click.pass_context
def daily_command(ctx: click.Context, config_file: Path | None, edition_name: str, **options: Any) -> None:
    """Build today's edition from outlets' feeds, with an episode per new article, then update the
    podcast feed and listen page, in one run that is safe from cron or a systemd timer.

    CONFIG_FILE (or --config) holds the settings in a [daily] table, e.g. from-feed = [...],
    base-url = "...", keep = 60. Two runs never overlap in one output directory (a lock), and a
    run stopped half-way leaves the podcast as it was. The exit status is 0 when everything
    was built and published, 1 when some feed or article was left out (the rest is published),
    and the error's own status when nothing could be published.
    """
    import time

    from .daily import dated_title, lock

    if config_file is not None:
        raise InputError(
            f"{config_file}: name the config file right after daily", hint="audio-edition daily CONFIG.toml"
        )
    if not options["feeds"]:
        raise InputError("no feeds to read", hint="give --from-feed URL, or from-feed = [...] in the [daily] table")
    start = time.perf_counter()
    out_dir = options["output_dir"]
    day = datetime.now().date()
    title = dated_title(edition_name, day)
    _check_base_url(options["base_url"])  # before any work, not after the build
    with lock(out_dir):
        chosen, voice = _engine(ctx, options["engine"], options["voices"], options["voice_model"], options["rate"])
        settings = _settings(options, voice, ctx.obj.get("engine_reason"))
        edition = _edition_from_feeds(ctx, title, day, chosen, voice or chosen.default_voice, settings, options)
        published = _publish(out_dir, options)
    if edition is not None:
        _echo_edition(edition)
    click.echo(f"{published.path}\t{len(published.items)} episodes\t{published.added} new\t{published.retired} retired")
    click.echo(f"daily: done in {time.perf_counter() - start:.0f} s", err=True)
    ctx.exit(ctx.obj.get("exit", 0))


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
    from .normalize import DOCUMENT_RULES
    from .normalize.review import review as review_text

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
    from .inspect_mp3 import inspect_mp3

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
    from .tts.voices import CATALOG, installed_voices, voices_dir

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
    from .tts.voices import RECOMMENDED_VOICE, download

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
    for line in sys.stdin:
        click.echo(normalize(line.rstrip("\n"), options, lex))


class Terminated(BaseException):
    """SIGTERM arrived (systemd, cron wrappers, container runtimes send it). Raised in the main
    thread, it unwinds the build like Ctrl-C: every temporary is removed, the encoder and the
    speech workers are stopped."""


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
    from .doctor import checks

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
    import os

    from .options import SERVICE_VARIABLES, effective, settings_table

    commands = sorted({s.command for s in settings_table(cli) if s.command})
    if command not in commands:
        raise InputError(f"{command!r} is not a command with settings", hint=f"one of {', '.join(commands)}")
    rows = effective(cli, command, ctx.meta["config"])
    services = {name: os.environ[name] for name in SERVICE_VARIABLES if name in os.environ}
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


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


attach_envvars(cli)


def main() -> None:
    """Entry point: one line on stderr and a non-zero exit for every error, never a traceback."""
    import signal

    from .memory import tune_allocator

    tune_allocator()
    signal.signal(signal.SIGTERM, _terminate)
    try:
        _run()
    finally:
        # an interruption can land between making a staging file and the code that removes it
        discard_staged()


def _daily_config_first(args: list[str]) -> list[str]:
    """`daily CONFIG.toml ...` is `--config CONFIG.toml daily ...`: the file's values must be
    known before the command's options are read."""
    at, valued = 0, ("--config", "--fetch-timeout", "--voice-timeout")
    while at < len(args) and args[at].startswith("-"):  # the group's options, to the command
        at += 2 if args[at] in valued else 1
    if at + 1 < len(args) and args[at] == "daily" and not args[at + 1].startswith("-"):
        return [*args[:at], "--config", args[at + 1], "daily", *args[at + 2 :]]
    return args


def _run() -> None:
    try:
        # without standalone mode click returns the code given to ctx.exit() instead of exiting
        code = cli.main(args=_daily_config_first(sys.argv[1:]), standalone_mode=False, prog_name="audio-edition")
        sys.exit(code if isinstance(code, int) else 0)
    except AudioEditionError as exc:
        click.echo(f"error: {exc.one_line()}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "audio-edition"
        message = " ".join(exc.format_message().split())
        click.echo(f"error: {message} (hint: see '{command} --help')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"error: {' '.join(exc.format_message().split())}", err=True)
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("error: aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("error: interrupted; clips synthesized so far are cached", err=True)
        sys.exit(130)
    except Terminated:
        click.echo("error: terminated; clips synthesized so far are cached", err=True)
        sys.exit(143)
    except BrokenPipeError:
        sys.exit(1)
    except OSError as exc:  # a file-system error no stage turned into its own message
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"error: {where}{exc.strerror or exc}", err=True)
        sys.exit(5)
    except Exception as exc:  # a bug: still one line, with the details in the log at -vv
        log.debug("internal error", exc_info=True)
        click.echo(f"error: internal error: {type(exc).__name__}: {exc} (hint: run with -vv for details)", err=True)
        sys.exit(70)
