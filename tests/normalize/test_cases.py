"""The table of written -> spoken cases in cases.tsv, one test per row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audio_edition.normalize import NORTHERN, SOUTHERN, normalize

TABLE = Path(__file__).with_name("cases.tsv")


def _unescape(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def load() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        category, written, spoken = line.split("\t")
        rows.append((category, _unescape(written), spoken))
    return rows


CASES = load()


def test_the_table_has_at_least_300_cases() -> None:
    assert len(CASES) >= 300


@pytest.mark.parametrize(
    ("category", "written", "spoken"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)]
)
def test_case(category: str, written: str, spoken: str) -> None:
    options = SOUTHERN if category == "southern" else NORTHERN
    assert normalize(written, options) == spoken
