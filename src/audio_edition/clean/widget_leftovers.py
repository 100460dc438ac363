"""A page template's leftovers around the text: a floating "Hotline - Zalo" button and its number, run onto the
first words of the text ("0358 427 596Hơn 1/4 người ..."); a Wix blog's "Writer's picture: ..." and "Updated: Mar 24,
2021"; a platform's buttons with their counts ("Space TThích0"); and a picture's text without its accents glued after
a sentence's stop ("... hiệu quả nhất.cach sua voi nuoc bi ri"), the words of the sentence again. None is read."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from .draft import Draft

_PHONE = r"0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}"
_BUTTON = re.compile(rf"(?i:(?:{_PHONE})?\s*(?:hotline|zalo)(?:\s*[-–/]\s*(?:hotline|zalo))*)")
_PHONE_ON_TEXT = re.compile(rf"^{_PHONE}(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_WIX_LINE = re.compile(r"Writer's picture:.*|Updated: [A-Z][a-z]{2} \d{1,2}, \d{4}")
# "Space TLưu trữ0", "Space TThích0", "Space TCopied to clipboard": a platform's buttons and their counts
_COUNTED_BUTTON = re.compile(r".{0,20}?(?:Lưu trữ|Thích|Bình luận|Chia sẻ)\d{1,7}|.{0,20}?Copied to clipboard")
_BARE_ALT = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?P<alt>[a-z]+(?: [a-z]+){3,})$")


def _bare(text: str) -> str:
    """ "Cách sửa vòi nước" as typed without its accents: "cach sua voi nuoc"."""
    plain = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _without_bare_alt(block: str) -> str:
    alt = _BARE_ALT.search(block)
    if alt and alt["alt"] in _bare(block[: alt.start()]):
        return block[: alt.start()]
    return block


def drop_widget_leftovers(d: Draft) -> Draft:
    """The page's buttons, a blog template's writer and update lines, and a picture's bare text, dropped."""
    blocks = []
    for block in d.blocks:
        if _BUTTON.fullmatch(block) or _WIX_LINE.fullmatch(block) or _COUNTED_BUTTON.fullmatch(block):
            continue
        blocks.append(_without_bare_alt(_PHONE_ON_TEXT.sub("", block)))
    kept = tuple(blocks)
    return d if kept == d.blocks else dataclasses.replace(d, blocks=kept)
