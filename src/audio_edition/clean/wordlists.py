"""The cleaning rules' word lists, data files in `clean/data/`: one entry a line, `#` comments."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of `clean/data/<name>`, in file order."""
    text = files("audio_edition.clean").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
