"""A sign-up or sales box a page prints into the article: a call in capitals ("NHẬP EMAIL NGAY!
Cứ để AloTrip lo VÉ RẺ!") and the bulleted promises under it; an offer in capitals down to its
"TẠI ĐÂY" link; a careers site's join box ("Welcome To ..." down to "Hãy gia nhập ... ngay hôm nay!").
Seen while the scrape's bullets are still known."""

from __future__ import annotations

import re

from .draft import words
from .pictures import Line

_MIN_CAPITALS = 0.6  # of a call's letters
_MIN_CALL_WORDS = 3


def is_shouted_call(text: str) -> bool:
    """A call to action in capitals, ending in "!"."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return (
        words(text) >= _MIN_CALL_WORDS
        and text.rstrip().endswith("!")
        and bool(letters)
        and capitals >= _MIN_CAPITALS * len(letters)
    )


# "ƯU ĐÃI MUA BẢO HIỂM Ô TÔ ... HOÀN PHÍ ĐẾN 35%" ... "Xem thông tin chi tiết TẠI ĐÂY": an offer's box,
# with its teaser over it ("Dừng lại một chút bác ơi!! Deal Hot đang chờ bác.")
_OFFER = re.compile(r"\b(?:ƯU ĐÃI|KHUYẾN MÃI|GIẢM GIÁ|HOÀN PHÍ|HOÀN TIỀN|QUÀ TẶNG|MIỄN PHÍ|DEAL)\b")
_TEASER = re.compile(r"!!|(?i:\bdeal\b|ưu đãi|khuyến mãi)")
_LINK_END = re.compile(r"(?i:.{0,60}\b(?:tại đây|ở đây|bấm vào đây|click vào đây))\W*")
_BOX_LINES = 6
# "Welcome To Talentnetwork" ... "Hãy gia nhập Talent Network của chúng tôi ngay hôm nay!": a careers site's join box
_JOIN_OPEN = re.compile(r"(?i:welcome to|join our)\s\S")
_JOIN_CALL = re.compile(r"(?:Hãy )?(?:gia nhập|tham gia|đăng ký)\b.{0,80}!")
_JOIN_LINES = 14
_JOIN_OPEN_WORDS = 6
_TEASER_WORDS = 15
# "Xem ngay bộ dụng cụ đa năng đang giảm giá SỐC": a shop's link to a sale, one line, never a sentence
_SALE_LINK = re.compile(
    r"(?:👉\s*)?(?:Xem|Mua|Săn|Đặt|Tham khảo|Sắm|Click|Bấm)(?: ngay)\b[^.!?:]{0,80}"
    r"(?i:giảm giá|khuyến mãi|ưu đãi|giá sốc|giá tốt|giá rẻ|sale|deal)[^.:]{0,30}"
)
_MIN_OFFER_WORDS = 4


def promo_box(lines: list[Line]) -> set[int]:
    """The indexes of `lines` that a sales box holds: shouted calls and the bulleted lines right
    after them; an offer in capitals, what follows it down to its link and a teaser over it."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if is_shouted_call(line.text) or _SALE_LINK.fullmatch(line.text):
            found.add(i)
        elif line.bulleted and i - 1 in found:
            found.add(i)
        elif _JOIN_OPEN.match(line.text) and words(line.text) <= _JOIN_OPEN_WORDS:
            last = min(i + _JOIN_LINES, len(lines))
            end = next((j for j in range(i + 1, last) if _JOIN_CALL.fullmatch(lines[j].text)), None)
            found.update(range(i, end + 1) if end is not None else ())
        elif _is_offer(line.text):
            end = next(
                (j for j in range(i + 1, min(i + _BOX_LINES, len(lines))) if _LINK_END.fullmatch(lines[j].text)), 0
            )
            teaser = i > 0 and _TEASER.search(lines[i - 1].text) and words(lines[i - 1].text) <= _TEASER_WORDS
            found.update(range(i - 1 if teaser else i, end + 1) if end else ())
    return found


def _is_offer(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    shouted = bool(letters) and sum(c.isupper() for c in letters) >= _MIN_CAPITALS * len(letters)
    return shouted and words(text) >= _MIN_OFFER_WORDS and _OFFER.search(text) is not None
