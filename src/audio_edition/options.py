"""One table of settings: every command's options, with the config key and the environment
variable that set each, all derived from the command line's own definitions.

- The config key is the option's long flag without its dashes (`--bitrate` -> `bitrate`;
  `pause_headline` is accepted for `pause-headline`), in the table named after the command
  (`[build]`, `[edition]`, `[daily]`, ...); the group's own options (`quiet`, `verbose`,
  `allow-private-urls`) are keys outside any table.
- The variable is the one the option declares, else AUDIO_EDITION_<FLAG> when the flag means the
  same on every command that has it, else AUDIO_EDITION_<COMMAND>_<FLAG> (`--title` names an
  edition on `edition` and a podcast on `feed`).
- Precedence: command line > variable > config file > built-in default.

A config key or an AUDIO_EDITION_ variable that matches nothing is an error naming the closest
valid one: a misspelt setting must never be silently ignored.
"""

from __future__ import annotations

import datetime
import difflib
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import click

from .errors import InputError
from .settings import environment

PREFIX = "AUDIO_EDITION_"

# Variables that are not options: where services and tools are, and switches for testing.
SERVICE_VARIABLES = {
    "AUDIO_EDITION_CONFIG": "the config file (as --config)",
    "AUDIO_EDITION_GTTS_URL": "the Google voice's endpoint",
    "AUDIO_EDITION_EDGE_ADDRESS": "HOST:PORT to connect to for the Edge voice service (its name is still checked)",
    "AUDIO_EDITION_PIPER_VOICES_URL": "where Piper voices are downloaded from",
    "AUDIO_EDITION_VOICES_DIR": "where Piper voices are installed",
    "AUDIO_EDITION_FFMPEG": "the ffmpeg program to use",
    "AUDIO_EDITION_INSECURE_TLS": "1 turns certificate checks off (testing only)",
}


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting of the options table: its command, config key, variable and default."""

    command: str  # "" for the group's own options; "voices download" for a subcommand
    key: str  # config key: the long flag without dashes
    param: str  # click's parameter name
    envvar: str
    help: str
    option: click.Option


def _options(group: click.Group, path: str = "") -> Iterator[tuple[str, click.Option]]:
    for param in group.params:
        if isinstance(param, click.Option) and param.expose_value and _long_flag(param) and param.name != "config":
            yield path, param  # --config names the file itself: its variable only
    for name, command in sorted(group.commands.items()):
        full = f"{path} {name}".strip()
        if isinstance(command, click.Group):
            yield from _options(command, full)
            continue
        for param in command.params:
            if isinstance(param, click.Option) and param.expose_value and _long_flag(param):
                yield full, param


def _long_flag(option: click.Option) -> str | None:
    flags = [o for o in option.opts if o.startswith("--")]
    return flags[0][2:] if flags and flags[0] != "--help" else None


def _envvar_name(*parts: str) -> str:
    return PREFIX + "_".join(re.sub(r"[^A-Za-z0-9]+", "_", p).upper() for p in parts if p)


def settings_table(group: click.Group) -> list[Setting]:
    """Every option of every command of `group` as a Setting, in order."""
    found = list(_options(group))
    helps: dict[str, set[str]] = {}
    for _, option in found:
        helps.setdefault(_long_flag(option) or "", set()).add(option.help or "")
    table = []
    for command, option in found:
        key = _long_flag(option) or ""
        if isinstance(option.envvar, str):
            envvar = option.envvar
        elif len(helps[key]) == 1:
            envvar = _envvar_name(key)
        else:
            envvar = _envvar_name(command, key)
        table.append(Setting(command, key, option.name or key, envvar, option.help or "", option))
    return table


def attach_envvars(group: click.Group) -> None:
    """Give every option its variable, shown in --help."""
    for setting in settings_table(group):
        setting.option.envvar = setting.envvar
        setting.option.show_envvar = True


def _closest(word: str, choices: list[str]) -> str:
    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.5)
    return f" (did you mean {match[0]}?)" if match else ""


def check_environment(group: click.Group, environ: Mapping[str, str] | None = None) -> None:
    """Refuse an AUDIO_EDITION_ variable that sets nothing."""
    environ = environment() if environ is None else environ
    known = {s.envvar for s in settings_table(group)} | set(SERVICE_VARIABLES)
    for name in sorted(environ):
        if name.startswith(PREFIX) and name not in known:
            raise InputError(f"environment variable {name} is not a setting{_closest(name, sorted(known))}")


@dataclass(frozen=True, slots=True)
class Config:
    """A config file's values by click parameter name: per command, and for the group."""

    path: str | None
    commands: dict[str, dict[str, Any]]
    top: dict[str, Any]


def read_config(group: click.Group, data: dict[str, Any], path: str) -> Config:
    """Check every key of a parsed config file against the table; values keep their TOML types,
    except where an option takes a choice of strings."""
    table = settings_table(group)
    by_command: dict[str, dict[str, Setting]] = {}
    for s in table:
        by_command.setdefault(s.command, {})[s.key] = s
    commands: dict[str, dict[str, Any]] = {}
    top: dict[str, Any] = {}
    names = sorted(c.replace(" ", ".") for c in by_command if c)
    for name, value in data.items():
        if not isinstance(value, dict):
            top.update(_values(path, "", by_command.get("", {}), {name: value}))
            continue
        for heading, values in _tables(name, value, by_command):
            command = heading.replace(".", " ")
            if command not in by_command:
                raise InputError(f"{path}: [{heading}] is not a command{_closest(heading, names)}")
            commands[command] = _values(path, f"[{heading}] ", by_command[command], values)
    return Config(path, commands, top)


def _tables(name: str, value: dict[str, Any], by_command: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """A TOML table and the tables inside it: [voices.download] is {"voices": {"download": {...}}}."""
    if name.replace(".", " ") not in by_command and any(c.startswith(f"{name} ") for c in by_command):
        for sub, inner in value.items():
            if isinstance(inner, dict):
                yield from _tables(f"{name}.{sub}", inner, by_command)
            else:
                yield name, {sub: inner}  # a key of a group that has no settings: said as such
        return
    yield name, value


def _values(path: str, where: str, settings: dict[str, Setting], values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for raw_key, value in values.items():
        key = raw_key.replace("_", "-")
        setting = settings.get(key)
        if setting is None:
            raise InputError(f"{path}: {where}{raw_key} is not a setting{_closest(key, sorted(settings))}")
        name = f"{path}: {where}{raw_key}"
        if setting.option.multiple:
            items = value if isinstance(value, list) else [value]  # voice = "vi" is one voice, not v and i
            out[setting.param] = [_checked(name, setting.option, item) for item in items]
        else:
            out[setting.param] = _checked(name, setting.option, value)
    return out


def _checked(name: str, option: click.Option, value: Any) -> Any:
    """A config file's value for `option`, checked as the option checks a flag's: of the type it
    takes and within its range; anything else is one line naming the key."""
    kind = option.type
    if isinstance(value, dict):
        raise InputError(f"{name} is a table; it takes a single value")
    if isinstance(value, list):
        raise InputError(f"{name} is a list; it takes a single value")
    if isinstance(value, (datetime.date, datetime.time)):
        raise InputError(f"{name} = {value} is a date; it takes {_kind(option)}")
    if option.is_flag and not option.count:
        if not isinstance(value, bool):
            raise InputError(f"{name} = {value!r} is not true or false (write it without quotes)")
        return value
    if option.count or isinstance(kind, click.types.IntParamType):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"{name} = {value!r} is not a whole number")
    elif isinstance(kind, click.types.FloatParamType):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise InputError(f"{name} = {value!r} is not a number")
    elif isinstance(kind, click.Choice):
        value = str(value)  # sample-rate = 48000 is the choice "48000"
    elif not isinstance(value, str):
        raise InputError(f"{name} = {value!r} is not text; it takes {_kind(option)}")
    if not option.count:
        try:
            kind.convert(value, None, None)
        except click.BadParameter as exc:
            raise InputError(f"{name} = {value!r}: {exc.message}") from exc
    return value


def _kind(option: click.Option) -> str:
    return "a number" if isinstance(option.type, (click.types.IntParamType, click.types.FloatParamType)) else "text"


class FiniteRange(click.FloatRange):
    """A number within a range, and never NaN or infinite (NaN passes FloatRange's comparisons)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a number", param, ctx)
        return number


def effective(
    group: click.Group, command: str, config: Config, environ: Mapping[str, str] | None = None
) -> list[tuple[Setting, Any, str]]:
    """Each setting of `command` (and the group's), its value and where the value came from."""
    environ = environment() if environ is None else environ
    rows = []
    for s in settings_table(group):
        if s.command not in ("", command):
            continue
        from_file = config.top if not s.command else config.commands.get(s.command, {})
        value: Any
        if s.envvar in environ:
            value, source = environ[s.envvar], f"environment {s.envvar}"
        elif s.param in from_file:
            value, source = from_file[s.param], f"config {config.path}"
        else:
            value, source = s.option.default, "default"
        rows.append((s, value, source))
    return rows
