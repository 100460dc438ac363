"""A part's heading among pictures' texts: a question no line above asked, or a heading whose first words the
paragraph under it takes up, stays however like a caption it stands."""

from __future__ import annotations

from .draft import ends_sentence

_RESTATED_WORDS = 3
_HEADING_WORDS = 16  # a line longer, with a comma inside, is a caption's sentence, never a heading


def asks_anew(block: str, earlier: tuple[str, ...]) -> bool:
    """A question no line above has asked: a part's heading, however often its picture repeats it."""
    return block.endswith("?") and not any(block.lower() in b.lower() for b in earlier)


def restated_below(block: str, after: str) -> bool:
    """ "Thủ tục đáo hạn bảo hiểm nhân thọ" over "Tuy thủ tục đáo hạn BHNT của mỗi công ty ...": a heading whose
    first three words the paragraph under it takes up in its first words, as a part's text does, a picture's never."""
    head = " ".join(block.split()[:_RESTATED_WORDS]).casefold()
    return (
        _RESTATED_WORDS < len(block.split()) <= _HEADING_WORDS
        and ends_sentence(after)
        and head in " ".join(after.split()[: _RESTATED_WORDS + 3]).casefold()
    )
