"""The entry point: every error is one line on stderr and an exit code, never a traceback."""

from __future__ import annotations

import logging
import sys

import click

from ..errors import AudioEditionError
from ..files import discard_staged
from .group import cli

log = logging.getLogger("audio_edition")


class Terminated(BaseException):
    """SIGTERM arrived (systemd, cron wrappers, container runtimes send it). Raised in the main
    thread, it unwinds the build like Ctrl-C: every temporary is removed, the encoder and the
    speech workers are stopped."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main() -> None:
    """Entry point: one line on stderr and a non-zero exit for every error, never a traceback."""
    import signal

    from ..memory import tune_allocator

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
