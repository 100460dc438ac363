"""A heading in capitals that the page wrapped over two lines ("SƠ LƯỢC LỊCH SỬ SỬ DỤNG VÀ" / "PHÁT TRIỂN
THUỐC NAM Ở NƯỚC TA"): the first line ends on a word that joins it to the next, so the two are one heading."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

# the small words a heading never ends on: it goes on in the next line
_JOINING = frozenset("VÀ CỦA CHO VỚI TRONG Ở TẠI VỀ ĐỂ TỪ CÁC NHỮNG LÀ MỘT HOẶC HAY THEO ĐẾN".split())


def _capitals(block: str) -> bool:
    return block.isupper() and re.search(r"[^\W\d_]{2}", block) is not None


def join_wrapped_capital_headings(d: Draft) -> Draft:
    """Two lines in capitals, the first ending on a joining word, made one heading."""
    blocks: list[str] = []
    for block in d.blocks:
        last = blocks[-1] if blocks else ""
        if _capitals(last) and _capitals(block) and last.split()[-1] in _JOINING:
            blocks[-1] = f"{last} {block}"
            continue
        blocks.append(block)
    return dataclasses.replace(d, blocks=tuple(blocks))
