"""A table a page wrote in pipes, a header row over a rule of dashes ("| Lõi lọc | Thời gian thay |"
/ "|---|---|" / "| Màng RO | 18 – 36 tháng |"), or with no rule when three rows or more have the
same cells: each row read as a sentence, its first cell, a colon, and the others after their
column's name when there are more than one ("Tốc độ sạc: Ắc quy (chì) 6–8 giờ, Pin Lithium (LFP) 3–5
giờ."), so a listener hears what the table says."""

from __future__ import annotations

import re

_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|]+(?:\|[^|]*)+\|\s*$")  # "Vang đỏ | 3 – 5 ngày |": its first pipe left off


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _sentence(header: list[str], row: list[str]) -> str:
    first, rest = row[0].rstrip(" :"), row[1:]  # "| Cấp xét xử: | Sơ thẩm |": the label's own colon
    if len(rest) == 1:
        said = rest[0]
    else:
        said = ", ".join(f"{name} {cell}".strip() for name, cell in zip(header[1:], rest) if cell)
    return f"{first}: {said}." if first else f"{said}."


def _unruled_rows(lines: list[str], i: int) -> int:
    """How many lines from `i` are rows in pipes with as many cells as the first, two or more."""
    if not _ROW.match(lines[i]) or len(width := _cells(lines[i])) < 2:
        return 0
    n = 1
    while i + n < len(lines) and _ROW.match(lines[i + n]) and len(_cells(lines[i + n])) == len(width):
        n += 1
    return n


def read_pipe_tables(text: str) -> str:
    """`text` with each table in pipes turned into one sentence a row; other lines as they were."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        ruled = i + 1 < len(lines) and _ROW.match(lines[i]) and _RULE_ROW.match(lines[i + 1])
        if not ruled and _unruled_rows(lines, i) < 3:
            out.append(lines[i])
            i += 1
            continue
        header = _cells(lines[i])
        i += 2 if ruled else 1
        while i < len(lines) and _ROW.match(lines[i]):
            row = _cells(lines[i])
            if len(row) == len(header) and any(row):
                out.append(_sentence(header, row))
            i += 1
    return "\n".join(out)
