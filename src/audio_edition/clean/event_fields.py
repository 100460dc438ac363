"""An event's fields ("Thời gian" / "Thứ Sáu" / "Ngày 19 tháng 6 năm 2026"): the day under the label is when the
event is held, read as the page's text, never the page's date nor its writer."""

from __future__ import annotations

import re

from .draft import menu_label

_TIME_LABEL = re.compile(r"thời gian(?: tổ chức| diễn ra)?|ngày (?:tổ chức|diễn ra)|thời điểm")


def under_time_label(blocks: tuple[str, ...], i: int) -> bool:
    """Whether block `i` is the day under an event's time label, a weekday between them or not."""
    return any(_TIME_LABEL.fullmatch(menu_label(b)) for b in blocks[max(0, i - 2) : i])
