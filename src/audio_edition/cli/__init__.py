"""The command line: the only package that prints and turns errors into exit codes. One small
module per group of commands over the one options table (options.py)."""

from __future__ import annotations

from ..options import attach_envvars
from . import articles, podcast, tools  # noqa: F401  (each registers its commands on the group)
from .group import cli
from .main import Terminated, _daily_config_first, main

attach_envvars(cli)

__all__ = ["Terminated", "_daily_config_first", "cli", "main"]
