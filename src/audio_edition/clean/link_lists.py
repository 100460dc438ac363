"""A sentence inside the text that points to the site's other posts ("... bạn nên đọc các bài viết hay khác:",
"Xem thêm các bài viết:") and the posts' titles under it, one a line: links, not read. The last short line over a
paragraph is the next part's heading and stays; "Bạn xem thêm:" alone, its links lost, goes by itself."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

_POINTER = re.compile(
    r"(?:[^.!?]*[,;]\s*)?(?:(?:bạn|các bạn|quý vị)\s+)?(?:nên\s+|có thể\s+)?"
    r"(?:đọc|xem|tham khảo)(?: thêm)?(?: các| những)? bài(?: viết)?(?: hay| liên quan| hữu ích)?(?: khác)?\s*:",
    re.IGNORECASE,
)
# "Bạn xem thêm:", its links lost (a bare "Xem thêm:" heads a box of links, the related links' rule's)
_BARE_POINTER = re.compile(r"(?i:(?:bạn|các bạn)\s+)(?i:xem thêm|đọc thêm)\s*:")
_TITLE_WORDS = 12


def drop_post_pointers(d: Draft) -> Draft:
    """The pointer and the titles under it go; a title over a paragraph stays, the next part's heading."""
    blocks = list(d.blocks)
    out: list[str] = []
    i = 0
    while i < len(blocks):
        if i > 0 and _BARE_POINTER.fullmatch(blocks[i].strip()):
            i += 1  # the pointer alone: what follows is the text's own
            continue
        if i == 0 or not _POINTER.fullmatch(blocks[i].strip()):
            out.append(blocks[i])
            i += 1
            continue
        end = i + 1
        while end < len(blocks) and words(blocks[end]) <= _TITLE_WORDS and not ends_sentence(blocks[end]):
            end += 1
        if end > i + 1 and end < len(blocks) and ends_sentence(blocks[end]):
            end -= 1  # "Giới thiệu về Philippines" over its paragraph: the part's heading
        i = end
    return d if len(out) == len(blocks) else dataclasses.replace(d, blocks=tuple(out))
