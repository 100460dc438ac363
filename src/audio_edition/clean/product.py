"""A shop's product card over the description it sells with: the code ("Mã sản phẩm" over
"NSHG433155"), the price ("Giá sản phẩm : Liên hệ"), the stock and the fields beside them
("Xuất xứ : Hậu Giang, Việt Nam"), a description still to come ("Đang cập nhật..."), an e-book's
("Nhà xuất bản:" over "NXB Thanh Niên", "Định dạng: Epub", "Sách miễn phí"); none of it read, the
description under it is the text."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words

# what makes the lines a product's card: its code's label, a price it does not give, its stock
_ANCHOR = re.compile(
    r"(?i:mã (?:sản phẩm|sp|hàng)|sku)(?:\s*:?\s*[\w./-]{1,30})?"
    r"|(?i:giá(?: sản phẩm| bán| niêm yết| khuyến mãi)?)\s*:\s*(?i:liên hệ)"
    r"|(?i:tình trạng|kho hàng)\s*:\s*(?i:còn hàng|hết hàng|có sẵn|sẵn hàng|liên hệ)"
    # an e-book shop's card: "Định dạng: Epub", "Sách miễn phí", "ISBN: ..."
    r"|(?i:định dạng)\s*:\s*(?i:epub|pdf|mobi|prc|azw3|ebook|sách nói|audio)|(?i:sách miễn phí|ebook miễn phí)"
    r"|ISBN\s*:?\s*[\d-]{10,17}"
)
_PRICE = re.compile(r"(?i:giá)[^:]{0,20}:\s*[\d.,]+")  # "Giá bán: 609.000 VNĐ": a price said is the text
_CODE = re.compile(r"(?=[A-Z0-9./-]*\d)[A-Z0-9][A-Z0-9./-]{3,30}")  # "NSHG433155" under its label
_FIELD = re.compile(r"[^\W\d_][^:]{1,25}?\s*:\s*[^:]{1,60}")  # "Xuất xứ : Hậu Giang, Việt Nam"
_FIELD_WORDS = 8
# "Đang cập nhật...": the card's short description, not written yet
_PLACEHOLDER = re.compile(r"(?i:đang (?:được )?cập nhật|chưa có mô tả)\s*(?:\.{1,3}|…)?")
_LABEL = re.compile(r"[^\W\d_][^:]{1,25}?\s*:")
_VALUE_WORDS = 4
_TOP = 10  # a card sits under the product's name


# "Waka trân trọng giới thiệu!": a shop's sign-off under what it sells
_SIGN_OFF = re.compile(r"[^.!?]{1,40}\s(?i:xin )?(?i:trân trọng|hân hạnh) (?i:giới thiệu|gửi tới bạn đọc)[.!]?")
_SIGN_OFF_WORDS = 8


def drop_product_card(d: Draft) -> Draft:
    """A run of a product card's lines near the top (its fields, its code, each short and
    unstopped), one of them its code's label, a price to ask for ("Liên hệ") or its stock, is
    not read; a card that gives a price ("Giá bán: 609.000 VNĐ") is read. The shop's sign-off
    closing the page ("Waka trân trọng giới thiệu!") is not read either."""
    blocks = d.blocks
    if len(blocks) > 2 and words(blocks[-1]) <= _SIGN_OFF_WORDS and _SIGN_OFF.fullmatch(blocks[-1].strip()):
        blocks = blocks[:-1]
        d = dataclasses.replace(d, blocks=blocks)
    i = 1
    while i < min(len(blocks), _TOP):
        j = i
        while j < len(blocks) and _card_line(blocks[j]):
            j += 1
        card = blocks[i:j]
        priced = any(_PRICE.match(b) for b in card)
        if card and j < len(blocks) and any(_ANCHOR.fullmatch(b.strip()) for b in card) and not priced:
            return dataclasses.replace(d, blocks=blocks[:i] + blocks[j:])
        i = j + 1
    return d


def _card_line(block: str) -> bool:
    text = block.strip()
    if _LABEL.fullmatch(text) or _PLACEHOLDER.fullmatch(text):
        return True
    if ends_sentence(text) or words(text) > _FIELD_WORDS:
        return False
    # a field's label alone ("Nhà xuất bản:"), and the short value the page put under it ("NXB Thanh Niên")
    return words(text) <= _VALUE_WORDS or any(p.fullmatch(text) for p in (_ANCHOR, _CODE, _FIELD))
