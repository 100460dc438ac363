"""What a page puts before or around its title that is no part of it: a bulletin's or a first
part's number, an outlet's or a topic's tag; and a question it bracketed, which is."""

from __future__ import annotations

import re

# "6. Xếp hạng 7 di tích quốc gia": the story's number in a bulletin, no part of its headline; "I. Đặc điểm ...",
# "1: Tường cũ ...": the first part's number on a page with no title above it
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.:]|I\.)\s+(?=[A-ZĐÀ-Ỹ])")
# "(TTV) Sức sống mới ...", "[Tiền phong] 'Robot đánh golf' ...": an outlet's or a topic's tag, no title
_HEADLINE_TAG = re.compile(r"^(?:\([A-ZĐ]{2,6}\)|\[[^\]\[]{2,24}\])\s+(?=\S)")
# "[ Bệnh gout là gì ? ] Dấu hiệu, ...": a question in brackets opens the title, its first half
# "Truyện Sự tích cây vú sữa (Có file nghe MP3)", "... [Video]": what the page offers beside the story, no title
_OFFER_TAG = re.compile(r"\s*[(\[](?i:có file nghe(?: MP3)?|có audio|có video|video|audio|MP3)[)\]]$")
_BRACKETED_QUESTION = re.compile(r"^\[\s*(?P<question>[^\]\[?]{2,60}?)\s*\?\s*\]\s+(?=\S)")


def bare_headline(line: str) -> str:
    """The title on `line`: its number and tag gone, a bracketed question opening it unbracketed, no
    closing full stop."""
    headline = _OFFER_TAG.sub("", _LIST_NUMBER.sub("", line))
    return _HEADLINE_TAG.sub("", _BRACKETED_QUESTION.sub(r"\g<question>? ", headline)).rstrip(".")
