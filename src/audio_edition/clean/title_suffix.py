"""What a page's title adds after the headline: the site's name after a bar (" | Chuyển động 24h"), its address
and section, a writer between dashes, a content farm's ranking, a blog's archive label, a widget's note."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, words
from .titles import without_slogan

_NAME_LINES = 4  # the writer's name under the title, within this many lines

_TITLE_SUFFIX = re.compile(r"\s+\|\s+(?P<suffix>[^|]+)$")
# "... Có Ăn Trái Cây Không / Top 9 Xem Nhiều Nhất & Mới Nhất 9/2023 # Top Trend | site": a content
# farm's title, its ranking and tags after a slash
_RANKED_SUFFIX = re.compile(r"\s+/\s+Top \d+ Xem Nhiều Nhất\b.*$", re.IGNORECASE)
_MAX_SUFFIX_WORDS = 5
# "Sôi động online - Tin Tuc": the site's news page; "... gắn chíp online_copy": a copied post's name;
# "... Chạy Lâu? - 📱 Công nghệ & Đời sống số": the section, marked by its icon
_NEWS_SUFFIX = re.compile(
    r"(?:\s+[-–]\s+(?i:tin t[ứu]c)|_copy\d*|\s+[-–]\s+[\U0001F300-\U0001FAFF\u2600-\u27BF][^-–]{2,40}"
    r"|(?<=[a-zà-ỹđ\d]) Lưu trữ)$"  # "... luật việc làm 2013 Lưu trữ": a blog's archive page for its tag
    r"|\s+[-–|]\s+[\w-]+\.(?:com\.)?(?:vn|com|net|org)(?:\s+[-–|]\s+[^-–|]{1,30})?$"  # "- goldonline.vn - Thơ"
    r"|\s+\((?i:module|tính năng|chức năng|trang)[^()]{0,30}(?i:đang phát triển|đang cập nhật|đang xây dựng)\)$"
)

_SIGNED_TITLE = re.compile(r"\s+[-–]\s*(?P<name>[^-–\s][^-–]{2,40}?)\s*[-–]$")


def drop_title_suffix(d: Draft) -> Draft:
    """A page title's site after a bar ("... mưa giông | Chuyển động 24h") is no part of the headline (a guide's
    own second half, "| Cách Khắc Phục", is); nor is its writer between dashes ("... hiệu quả -TT Thích Đồng Trí-"),
    the byline, whose line under the title is not read; nor a content farm's ranking ("... / Top 9 Xem Nhiều Nhất ...
    # Top Trend"), nor a blog's "Lưu trữ" after a tag's name (its archive page), nor the site's address and section
    ("- goldonline.vn - Thơ"), nor its widget's note in brackets ("... (module này đang phát triển)")."""
    if not d.blocks:
        return d
    if _RANKED_SUFFIX.search(d.blocks[0]) or _NEWS_SUFFIX.search(d.blocks[0]):
        d = dataclasses.replace(d, blocks=(_NEWS_SUFFIX.sub("", _RANKED_SUFFIX.sub("", d.blocks[0])), *d.blocks[1:]))
    signed = _SIGNED_TITLE.search(d.blocks[0])
    if signed and words(d.blocks[0][: signed.start()]) >= 4 and all(w[0].isupper() for w in signed["name"].split()):
        name = signed["name"]
        rest = tuple(b for i, b in enumerate(d.blocks[1:]) if i >= _NAME_LINES or b.strip("-– ") != name)
        return dataclasses.replace(d, blocks=(d.blocks[0][: signed.start()], *rest), byline=d.byline or name)
    m = _TITLE_SUFFIX.search(d.blocks[0])
    head = d.blocks[0][: m.start()] if m else ""
    if m is None or words(m["suffix"]) > _MAX_SUFFIX_WORDS or words(head) < 4:
        return d
    if P.HOWTO_HEADING.match(m["suffix"]):
        return d  # "... Nhanh Hết Điện | Cách Khắc Phục": the title's second half, no site's name
    return dataclasses.replace(d, blocks=(without_slogan(head), *d.blocks[1:]))
