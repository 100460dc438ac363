"""What a page leaves in a scrape that is no text at all: pictures' file names and unmarked
alternative text, the page's clock ("9 giờ trước"), a video player's fallback text."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_FILE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){3,}")  # do-hoa-de-nghi-ho-tro
_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)+")  # goi ho tro dich covid
_PICTURE_NAME = re.compile(r"[A-Za-z0-9.]+(?: [A-Za-z0-9.]+)* anh \d{1,2}")  # Tai nan container anh 1
_TIME_AGO = re.compile(r"\d{1,2} (?:giây|phút|giờ|ngày|tuần|tháng) trước", re.IGNORECASE)  # "9 giờ trước"
# A video player's fallback and controls, scraped as text
_PLAYER_TEXT = re.compile(
    r"(?:your browser does(?: not|n't) support (?:the )?(?:video|audio)(?: tag| element)?|"
    r"trình duyệt (?:của bạn )?không hỗ trợ (?:video|âm thanh|audio|thẻ video)[^.]*|"
    r"(?:video|clip) (?:đang được tải|đang tải|không khả dụng)|"
    r"(?:bấm|nhấn|click) (?:vào )?(?:đây )?để (?:xem|phát) video)\s*[.!…]*",
    re.IGNORECASE,
)


def drop_file_names(d: Draft) -> Draft:
    """A picture's file name or alternative text scraped as a line: lower-case words without a
    single diacritic, or words without one ending "anh 1" (ảnh 1), in an article that has them
    (Vietnamese written without its marks is no sentence a news page prints); and a "9 giờ
    trước" line, the page's clock; and a video player's fallback text ("Your browser does not
    support the video tag")."""
    if not any(ord(c) > 127 for b in d.blocks for c in b):
        return dataclasses.replace(d, blocks=tuple(b for b in d.blocks if not _PLAYER_TEXT.fullmatch(b.strip())))
    kept = [
        b
        for b in d.blocks
        if not any(p.fullmatch(b.strip()) for p in (_FILE_NAME, _PLAIN_WORDS, _PICTURE_NAME, _TIME_AGO))
        and not _PLAYER_TEXT.fullmatch(b.strip())
    ]
    return dataclasses.replace(d, blocks=tuple(kept))
