"""A table's header row that the scrape flattened into one line, opening with the column that numbers the rows
("Stt Nội dung Thời hạn CBTT Ghi chú", "STT Họ và tên Ngày sinh Đơn vị"): column names, not read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence

_HEADER_ROW = re.compile(r"(?:STT|Stt|TT)\s+[A-ZĐÀ-Ỹ][^\d]{2,120}")


def drop_table_header_rows(d: Draft) -> Draft:
    """Lines that are a table's column names after its "STT" column, with no stop and no figure, go."""
    kept = tuple(b for b in d.blocks if not (_HEADER_ROW.fullmatch(b) and not ends_sentence(b)))
    return d if kept == d.blocks else dataclasses.replace(d, blocks=kept)
