"""What a page says to its reader about itself rather than its story: a call to follow or like its
social page ("❤ Hãy tham gia nhóm Facebook ...", "Nếu cảm thấy bài viết hữu ích, hãy bấm LIKE ..."),
a template's box left as markup ("{{{infobox}}} >> Xem thêm: ... {{/infobox}}}"), a download link's
label closing a list's item ("Đơn yêu cầu tổng hợp. Download ."), a link's title after "Tham khảo:"
closing a paragraph and a labelled link in capitals on its own line ("THAM KHẢO LỘ TRÌNH: ..."). None
of it is read; the sentence a link closes is."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft

_NETWORKS = r"(?:facebook|fanpage|fan page|zalo|youtube|tiktok|instagram|twitter)"
_VERBS = r"(?:bấm|nhấn|like|thích|theo dõi|follow|tham gia|đăng ký|subscribe|chia sẻ|share|ghé thăm|truy cập|nhắn tin)"
# a call in the imperative opening the line (after its hearts or pointers): "hãy", "mời bạn", "nếu thấy ... hữu ích",
# then a call's verb and a social network a few words on ("Hãy cảnh giác với lừa đảo qua Zalo" is news)
_CALL = re.compile(
    r"^[^\w]*(?i:(?:các bạn |bạn )?hãy|mời (?:bạn|các bạn|quý vị)|vui lòng|nếu (?:bạn )?(?:cảm )?thấy)\b"
    rf"[^\n]{{0,150}}?\b(?i:{_VERBS})\b[^\n]{{0,40}}?\b(?i:{_NETWORKS})\b"
)
_CALL_WORDS = 45
_TEMPLATE_BOX = re.compile(r"^\s*\{\{.*\}\}\}?\s*$")
# "THAM KHẢO LỘ TRÌNH: Quá trình móc len tạo thành phẩm từ A-Z": a labelled link to another post, on its own line
_SEE_ALSO = re.compile(r"^(?:THAM KHẢO|XEM THÊM|ĐỌC THÊM)(?: [A-ZĐÀ-Ỹ]+){0,3}\s*:\s*[^.!?:]{5,120}$")
_TAILS = re.compile(
    r"(?<=[.!?])\s+(?:Download|Tải về|Tải xuống)\s*\.?\s*$"  # "... tổng hợp. Download ."
    rf"|(?<=[.!?])\s+(?:Tham khảo|Tham khảo thêm|Xem thêm|Đọc thêm)\s*:\s*[{P.UPPER}][^.!?:]{{5,100}}\.?\s*$"
)


def drop_page_calls(d: Draft) -> Draft:
    """Lines calling the reader to a social page and a template's boxes go; a download label and a link's title
    closing a line are cut off it."""
    kept = []
    for block in d.blocks:
        if (
            _TEMPLATE_BOX.match(block)
            or _SEE_ALSO.match(block)
            or (_CALL.match(block) and len(block.split()) <= _CALL_WORDS)
        ):
            continue
        kept.append(_TAILS.sub("", block))
    return dataclasses.replace(d, blocks=tuple(kept))
