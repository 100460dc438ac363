"""Underscores a page types where a reader says nothing or a pause: a bullet ("_ Toàn bộ ..."), italics
("_Diễn ra ..._"), and between two words ("CHECK_IN"), never inside an address ("nguyen_van@abc.com")."""

from __future__ import annotations

import re

# "Phụ huynh học sinh : _ Toàn bộ ...": an underscore typed for a bullet; "CHECK_IN VÃN CẢNH": one between two words
_BULLET_UNDERSCORE = re.compile(r"(?:^|(?<=\s))_+\s+")
# "ngày_mai", "Thường niên_C" (a liturgical year's letter): a word alone, never an address
_JOINING_UNDERSCORE = re.compile(r"(?<!\S)[^\W\d_]{2,}_(?:[^\W\d_]{2,}|[A-Z])(?=[,.;:!?]*(?:\s|$))")


def _joined_words(m: re.Match[str]) -> str:
    """ "CHECK_IN" -> "check-in", the English words a line of capitals joined; "ngày_mai" -> "ngày mai"."""
    return m[0].replace("_", "-").lower() if m[0].isupper() else m[0].replace("_", " ")


# "_Diễn ra ..._": an underscore typed for italics
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w@.])_+(?=\w)|(?<=[\w.,!?…])_+(?![\w@.])")


def without_underscores(text: str) -> str:
    """`text` with its bullets', italics' and joining underscores gone."""
    return _EMPHASIS_UNDERSCORE.sub("", _JOINING_UNDERSCORE.sub(_joined_words, _BULLET_UNDERSCORE.sub("", text)))
