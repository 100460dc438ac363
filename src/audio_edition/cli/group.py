"""The command group: global options, the config file, logging, and the reading options
the text commands share."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from ..config import CONFIG_ENV, load_config
from ..errors import InputError
from ..normalize import NORTHERN, SOUTHERN, Lexicon, read_user_lexicon
from ..options import FiniteRange
from ..settings import FETCH_TIMEOUT_S, set_for_workers

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
    type=FiniteRange(1, 600),
    default=FETCH_TIMEOUT_S,
    show_default=True,
    help="Seconds in all to fetch a page or a feed: name lookup, connection, headers and body.",
)
@click.option(
    "--voice-timeout",
    type=FiniteRange(1, 600),
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

    from ..options import check_environment, read_config

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
        from ..ingest.fetch import ALLOW_PRIVATE_ENV

        set_for_workers(ALLOW_PRIVATE_ENV, "1")  # worker processes inherit it
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

    from ..ingest.fetch import TIMEOUT_ENV
    from ..tts.base import VOICE_TIMEOUT_ENV

    for name, value in (("fetch-timeout", fetch_timeout), ("voice-timeout", voice_timeout)):
        if value is not None and not (isinstance(value, (int, float)) and 1 <= value <= 600):
            raise InputError(f"{name} = {value!r} is not a number of seconds from 1 to 600")
    set_for_workers(TIMEOUT_ENV, str(fetch_timeout))
    if voice_timeout is not None:
        set_for_workers(VOICE_TIMEOUT_ENV, str(voice_timeout))


def _default_map(commands: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """click's nested default_map from the config's values per command ("voices download")."""
    tree: dict[str, Any] = {}
    for command, values in commands.items():
        node = tree
        for part in command.split():
            node = node.setdefault(part, {})
        node.update(values)
    return tree
