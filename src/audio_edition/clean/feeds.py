"""A WordPress RSS feed scraped as text: its channel's header run into one line with the first item's title."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, words

# "... Wed, 24 Sep 2025 18:04:44 +0000 vi hourly 1 https://wordpress.org/?v=6.7.2 ...": a feed's channel header
_CHANNEL = re.compile(r"\bhourly \d+ https?://wordpress\.org/\?v=")
_URL = re.compile(r"https?://\S+")
_STAMP = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}")
_SIZES = re.compile(r"^(?:\d+\s+)+")  # "32 32": the channel icon's width and height
_TITLE_WORDS = 3


def title_from_feed(d: Draft) -> Draft:
    """A first line that is a WordPress feed's channel header ("Mùa hè xanh – Saoviet.info https://... Wed, 24 Sep
    2025 ... hourly 1 https://wordpress.org/?v=6.7.2 ... 32 32 <first item's title> https://...") is replaced by the
    first item's title, the last text before an address (the channel's name comes first, and again after its icon);
    the channel's name, addresses and stamps are not read."""
    if not d.blocks or not _CHANNEL.search(d.blocks[0]):
        return d
    parts = [_SIZES.sub("", p.strip()) for p in _URL.split(_STAMP.sub(" ", d.blocks[0].split("wordpress.org", 1)[1]))]
    titles = [p for p in parts if words(p) >= _TITLE_WORDS]
    return dataclasses.replace(d, blocks=(titles[-1], *d.blocks[1:])) if titles else d
