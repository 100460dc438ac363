"""feed and daily: the podcast an output directory publishes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from ..errors import InputError
from ..publish.cover import load_cover
from ..publish.feed import EPISODE_CHOICES
from .articles import _echo_edition, _edition_from_feeds
from .common import _audio_options, _engine, _from_feed_options, _label_option, _settings
from .group import cli

log = logging.getLogger("audio_edition")


def _label(flag: str, help_text: str) -> Callable[[Any], Any]:
    """An option naming something, cleaned of control and direction characters."""
    return click.option(flag, callback=lambda ctx, param, value: _label_option(value), help=help_text)


def _podcast_options(*cover_flags: str, episodes_default: str | None = None) -> Callable[[Any], Any]:
    """Options of the podcast feed and listen page (feed and daily); `cover_flags` name the
    podcast cover's option (daily's --cover is the episodes' own)."""
    options = [
        click.option(
            "--base-url",
            required=True,
            envvar="AUDIO_EDITION_BASE_URL",
            help="Public URL the output directory is served from, e.g. https://example.vn/podcast/",
        ),
        _label("--title", "Podcast title (default: what the feed said, else 'Bản tin audio')."),
        _label("--description", "Podcast description (default: what the feed said)."),
        _label("--author", "The newsroom publishing it (default: what the feed said, else the title)."),
        _label("--owner-name", "Owner's name for podcast directories (default: the author)."),
        click.option("--owner-email", help="Owner e-mail address (podcast directories ask for one)."),
        click.option("--language", help="The podcast's language code (default: vi)."),
        click.option(
            "--podcast-category", help="The podcast's Apple Podcasts category, e.g. News/Daily News (the default)."
        ),
        click.option("--keep", type=click.IntRange(1), help="Keep only the newest N episodes in the feed."),
        click.option("--max-age-days", type=click.IntRange(1), help="Drop episodes published more than N days ago."),
        click.option("--delete-files", is_flag=True, help="Also delete the files of episodes dropped from the feed."),
        click.option(
            "--episodes",
            type=click.Choice(EPISODE_CHOICES),
            default=episodes_default,
            help="What the feed publishes: the day's editions, the articles' own episodes, or both "
            f"(default: {episodes_default or 'what the feed said, else both'}).",
        ),
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
    """One line for a --base-url that could not stand in every enclosure's address."""
    from ..ingest.feeds import web_address

    if not web_address(url):
        raise InputError(f"--base-url {url!r} is not a URL: an http(s) address with a host is needed")
    if any(ch.isspace() or ord(ch) < 32 or ch in '"<>\\^`{|}' for ch in url):
        raise InputError(f"--base-url {url!r} holds spaces or characters a URL cannot", hint="percent-encode them")


def _publish(output_dir: Path, o: dict[str, Any]) -> Any:
    """Write the feed and listen page of `output_dir` from the podcast options in `o`."""
    from datetime import timezone

    from ..publish.feed import IDENTITY, FeedSettings, update_feed

    _check_base_url(o["base_url"])
    settings = FeedSettings(
        base_url=o["base_url"],
        keep=o["keep"],
        max_age_days=o["max_age_days"],
        delete_files=o["delete_files"],
        **{name: o["podcast_category" if name == "category" else name] for name in IDENTITY},
    )
    art = load_cover(o["podcast_cover"]) if o["podcast_cover"] else None
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
@click.option(
    "--timezone",
    "zone",
    default="Asia/Ho_Chi_Minh",
    show_default=True,
    help="The newsroom's time zone: its day names the edition, whatever the server's clock says.",
)
@_from_feed_options
@_podcast_options("--podcast-cover", episodes_default="edition")
@_audio_options
@click.pass_context
def daily_command(ctx: click.Context, config_file: Path | None, edition_name: str, zone: str, **options: Any) -> None:
    """Build today's edition from outlets' feeds (and, with --episodes articles or both, an
    episode per new article), then update the podcast feed and listen page, in one run that is
    safe from cron or a systemd timer. The day's edition is one episode: dated when first built,
    and updated under the same guid when a later run that day finds more articles.

    CONFIG_FILE (or --config) holds the settings in a [daily] table, e.g. from-feed = [...],
    base-url = "...", keep = 60. Two runs never overlap in one output directory (a lock), and a
    run stopped half-way leaves the podcast as it was. The exit status is 0 when everything
    was built and published, 1 when some feed or article was left out (the rest is published),
    and the error's own status when nothing could be published.
    """
    import time

    from ..jobs.daily import dated_title, lock, newsroom_now

    if config_file is not None:
        raise InputError(
            f"{config_file}: name the config file right after daily", hint="audio-edition daily CONFIG.toml"
        )
    if not options["feeds"]:
        raise InputError("no feeds to read", hint="give --from-feed URL, or from-feed = [...] in the [daily] table")
    start = time.perf_counter()
    out_dir = options["output_dir"]
    now = newsroom_now(zone)
    title = dated_title(edition_name, now.date())
    _check_base_url(options["base_url"])  # before any work, not after the build
    with lock(out_dir):
        chosen, voice = _engine(ctx, options["engine"], options["voices"], options["voice_model"], options["rate"])
        settings = _settings(options, voice, ctx.obj.get("engine_reason"))
        edition = _edition_from_feeds(
            ctx,
            title,
            now.date(),
            chosen,
            voice or chosen.default_voice,
            settings,
            options,
            with_articles=options["episodes"] != "edition",
            built_at=now,
        )
        published = _publish(out_dir, options)
    if not ctx.obj["quiet"]:  # from cron, a run that went well says nothing
        if edition is not None:
            _echo_edition(edition)
        click.echo(
            f"{published.path}\t{len(published.items)} episodes\t{published.added} new\t{published.retired} retired"
        )
        click.echo(f"daily: done in {time.perf_counter() - start:.0f} s", err=True)
    ctx.exit(ctx.obj.get("exit", 0))


@cli.command("serve", short_help="Preview a podcast directory on this machine, with seeking.")
@click.argument("output_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port on 127.0.0.1.")
def serve_command(output_dir: Path, port: int) -> None:
    """Serve OUTPUT_DIR on http://127.0.0.1:PORT/ with the HTTP Range requests that seeking
    needs (Python's http.server ignores them: chapter clicks and resuming start over). For the
    public podcast use nginx, Apache, Caddy or an object store; they all support ranges.
    Stop with Ctrl+C."""
    from ..publish.serve import make_server

    try:
        server = make_server(output_dir, port)
    except OSError as exc:
        problem = exc.strerror or exc
        raise InputError(f"cannot listen on 127.0.0.1:{port}: {problem}", hint="try another --port") from exc
    host, bound = server.server_address[:2]
    click.echo(f"serving {output_dir} at http://{host}:{bound}/ (Ctrl+C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
