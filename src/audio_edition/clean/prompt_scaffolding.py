"""A post an AI assistant wrote, pasted with the scaffolding of its answer ("Tuyệt vời! Dưới đây là bài viết ...",
"Tiêu đề chính:", "URL:", "Meta Description:", "Nội dung bài viết:"): what it says about the post is not read, the
post under its last label is."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

# the answer's labels for what it made: titles, the address, the search summary, the post itself
_FIELD = re.compile(
    r"(?i:tiêu đề(?: chính| phụ)?|url|đường link(?: bài viết| gợi ý)?|meta description|mô tả meta|từ khóa(?: chính)?)"
    r"(?:\s*\([^()]{1,40}\))?\s*:"
)
_POST_LABEL = re.compile(r"(?i:nội dung bài viết|bài viết)\s*:")
_REACH = 20  # how far down the labels are looked for
_FIELDS = 2  # labels over the post, at the least


def drop_prompt_scaffolding(d: Draft) -> Draft:
    """Under the page's title, every line down to the answer's "Nội dung bài viết:" goes when two of its labels for
    the post's title, address or summary ("Tiêu đề chính:", "Meta Description:") stand above it."""
    blocks = d.blocks[:_REACH]
    post = next((i for i, b in enumerate(blocks) if _POST_LABEL.fullmatch(b.strip())), None)
    if post is None or sum(1 for b in blocks[1:post] if _FIELD.match(b.strip())) < _FIELDS:
        return d
    return dataclasses.replace(d, blocks=(d.blocks[0], *d.blocks[post + 1 :]))
