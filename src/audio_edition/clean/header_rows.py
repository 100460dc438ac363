"""A table's header row that the scrape flattened into one line, opening with the column that numbers the rows
("Stt Nội dung Thời hạn CBTT Ghi chú", "STT Họ và tên Ngày sinh Đơn vị"), or three columns or more named alike
("Loại thông tin công bố Thời hạn công bố Nội dung công bố"): column names, not read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence

# (never "TT BLL Họ Nguyễn ...": "TT" before an acronym is a standing body, "Thường trực")
_HEADER_ROW = re.compile(r"(?:STT|Stt|TT)\s+(?![A-ZĐ]{2,}\b)[A-ZĐÀ-Ỹ][^\d]{2,120}")


def drop_table_header_rows(d: Draft) -> Draft:
    """Lines that are a table's column names after its "STT" column, with no stop and no figure, go."""
    kept = tuple(b for b in d.blocks if not (_HEADER_ROW.fullmatch(b) and not ends_sentence(b) or _alike_columns(b)))
    return d if kept == d.blocks else dataclasses.replace(d, blocks=kept)


def _alike_columns(block: str) -> bool:
    """Three names or more run together, each opening on a capital and ending in the same two words, no stop, no
    figure: "Loại thông tin công bố Thời hạn công bố Nội dung công bố"."""
    if _NOT_NAMES.search(block):
        return False
    columns: list[list[str]] = []
    for word in block.split():
        if word[0].isupper() or not columns:
            columns.append([])
        columns[-1].append(word.lower())
    ends = [" ".join(c[-2:]) for c in columns if _COLUMN_WORDS[0] <= len(c) <= _COLUMN_WORDS[1]]
    return len(ends) == len(columns) >= 3 and max(map(ends.count, ends)) >= 3


_NOT_NAMES = re.compile(r"[\d.,;:!?()\"“”]")
_COLUMN_WORDS = (2, 5)
