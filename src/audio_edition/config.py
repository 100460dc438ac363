"""Configuration file support: a TOML file whose tables hold defaults for each command.

Precedence is command line > environment (AUDIO_EDITION_*) > config file > built-in
defaults; click applies it once the file's values are its `default_map`. Keys are the options'
long flags (see `options.py`, and `audio-edition config show`):

    # ~/.config/audio-edition/config.toml
    quiet = true
    [build]
    engine = "espeak"
    bitrate = 96
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .errors import InputError
from .files import read_named_file
from .settings import variable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_ENV = "AUDIO_EDITION_CONFIG"


def default_config_path() -> Path:
    """The config file read when none is named: config.toml in the user config directory."""
    base = variable("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "audio-edition" / "config.toml"


def load_config(path: Path | None) -> tuple[dict[str, Any], Path]:
    """The file's contents as TOML (empty when the default file does not exist), and its path.
    The keys are checked against the options by `options.read_config`."""
    explicit = path is not None
    path = path or default_config_path()
    if not path.exists():
        if explicit:
            raise InputError(f"{path}: config file not found")
        return {}, path
    try:
        return tomllib.loads(read_named_file(path, "config file", 1 << 20).decode("utf-8")), path
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        raise InputError(f"{path}: not a valid TOML config file ({exc})") from exc
