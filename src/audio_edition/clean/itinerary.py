"""A trip's plan, one line for each day ("Ngày 1: Hà Nội – Manila"): a line for two days, "Ngày 4-5: đảo Boracay", is
days four to five of the trip, never the fourth of May."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_DAY_LABEL = re.compile(r"^(?i:ngày)\s+\d{1,2}\s*:", re.MULTILINE)
_DAYS_LABEL = re.compile(r"^(?P<word>(?i:ngày))\s+(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})(?=\s*:)", re.MULTILINE)
_DAY_LABELS = 2  # lines for one day each that make a page a trip's plan


def _span(m: re.Match[str]) -> str:
    return f"{m['word']} {m['a']} đến {m['b']}" if int(m["a"]) < int(m["b"]) else m[0]


def read_trip_day_spans(d: Draft) -> Draft:
    """ "Ngày 4-5:" among a trip's "Ngày 1:", "Ngày 2:" lines -> "Ngày 4 đến 5:"."""
    if sum(len(_DAY_LABEL.findall(b)) for b in d.blocks) < _DAY_LABELS:
        return d
    return dataclasses.replace(d, blocks=tuple(_DAYS_LABEL.sub(_span, b) for b in d.blocks))
