"""Contact boxes: hotlines, advertising desks, a site's footer and a shop's licence and hours, lines a
listener has no use for."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .datelines import dateline
from .draft import Draft, ends_sentence, menu_label, words

_ADDRESS = re.compile(r"(?i:địa chỉ|đ/c|trụ sở|showroom|cửa hàng)\s*:\s*\S")


_BARE_LINK = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


def drop_contact_lines(d: Draft) -> Draft:
    """Hotline and advertising boxes: their labels and lines of phone numbers and emails; a site's
    footer, its name with a web address, a street address and a phone number, without a sentence; a number's label
    alone over it ("Hotline tư vấn:") and a postal address over that; a short line between two bare addresses."""
    kept = []
    for i, block in enumerate(d.blocks):
        beside = d.blocks[max(0, i - 1) : i] + d.blocks[i + 1 : i + 2]
        contact_beside = any("@" in b or _PHONE.search(b) or _CONTACT_LABEL_AT_START.match(b) for b in beside)
        linked = len(beside) == 2 and all(map(_BARE_LINK.fullmatch, beside))
        if linked and words(block) <= 6 and not ends_sentence(block):
            continue  # "Đài Truyền thanh Truyền hình" between the page's and its logo's addresses: a meta dump's field
        if _ADDRESS.match(block) and not ends_sentence(block) and contact_beside:
            continue  # "Địa chỉ: Số 9, ấp Phú Thành, ..." over "Email: ...": the shop's address, its box's
        if _BARE_ADDRESS.fullmatch(block.strip()) and (contact_beside or i < _TOP_ADDRESS_LINES):
            continue  # "139 Hà Huy Tập, Đức Thắng, Phan Thiết, Bình Thuận" over the title: the firm's address
        if _CALL_AD.search(block) and words(block) <= 2 * _CONTACT_ROW_WORDS and not ends_sentence(block):
            continue  # "Chuyên bán tổ yến ... 100%, call 0944.2222.54 - Yến Sào Hoàng Khải": a shop's call to buy
        if menu_label(block) in P.CONTACT_LABELS or _NAMED_CONTACT.match(block):
            continue  # "Sống Khỏe Sống Đẹp 0386362462": a site's name and its number or email
        if _SITE_ADDRESS.search(block) and _PHONE.search(block) and not ends_sentence(block):
            continue
        row = words(block) <= _CONTACT_ROW_WORDS and ("|" in block or re.search(r"\d{3} \d{3}", block))
        if _CONTACT_LABEL_AT_START.match(block) and (words(block) <= 8 or row or _numbers_row(block)):
            _pop_footer_address(kept)
            continue  # "Tổng đài: 0243 8356 700 | Email: ...", "Liên hệ quảng cáo: +84 (0) 377 089 696 (...)"
        labelled = _CONTACT_IN_LINE.search(block) or _CONTACT_WITH.match(block)
        if (
            labelled
            and ("@" in block or _CALL_US.match(block) and _PHONE.search(block))
            and words(block) <= _CONTACT_ROW_WORDS
        ):
            continue  # "Liên hệ tư vấn ...: Hotline: (028) 73003799 - Email: booking@...", "Liên hệ với " ab@..."
        if labelled and "@" in block and _SITE_ADDRESS.search(block) and words(block) <= 2 * _CONTACT_ROW_WORDS:
            continue  # "Chùa ... 475 Minnesota Avenue ... Tel: ... - Web: www.... Email: ...": a site's header
        contact = _CONTACT_IN_LINE.search(block)
        banner = block[: contact.start()] if contact else ""
        if _PHONE.search(block) and words(banner) >= 3 and banner.upper() == banner:
            continue  # "TRUNG TÂM CỜ QUỐC TẾ - KHAI MỞ TRÍ TUỆ - ... - Hotline: 090 264 1618": a site's banner
        if _OPENING_HOURS.match(block) and (words(block) <= _CONTACT_ROW_WORDS + 4 or _called(block)):
            continue  # "(Giờ làm việc: từ 8h30 ...)", "Giờ mở cửa: ... – Hotline: 0901 ... – 38 Ngụy ...": hours
        rest = P.CONTACT_ITEM.sub("", block)
        if rest != block and not re.search(r"\w{2,}", rest) and dateline(block) is None:
            if len(kept) > 1 and _DESK.search(kept[-1]) and words(kept[-1]) <= _DESK_WORDS:
                kept.pop()  # "PHÒNG DỰ ÁN Mr Tú" over "0977.720.401": whom the number calls
            if kept and _LABEL_ALONE.match(kept[-1].strip()):
                kept.pop()  # "Hotline tư vấn:" over the number
            if kept and _POSTAL.match(kept[-1].strip()):
                kept.pop()  # "Ấp Bình Tiền 2, Xã Đức Hòa, Tỉnh Tây Ninh, Việt Nam" over it: the firm's address
            continue  # (never a date line: "2/1/2022")
        kept.append(block)
    if len(d.blocks) > 1 and d.blocks[1] not in kept and kept[:1] == [d.blocks[0]] and _BANNER.match(d.blocks[0]):
        kept.pop(0)  # "NHA KHOA TRẺ – Chỉnh nha cùng ..." over the clinic's hours and hotline: its banner
    return dataclasses.replace(d, blocks=tuple(kept))


# "Lầu 4, Nhà Điều Hành, Khu II, đường 3/2, P. Xuân Khánh, Q. Ninh Kiều, TP. Cần Thơ": a ward, a district, a city
_ADMIN_PART = re.compile(r"(?:^|,\s*)(?:P\.|Q\.|TP\.|Phường|Quận|Huyện|Tỉnh|Thành phố)\s?[A-ZĐÀ-Ỹ0-9]")
_ADMIN_PARTS = 2
_INSTITUTION = re.compile(r"(?:Tạp chí|Trường|Công ty|Báo|Viện|Trung tâm|Hội|Nhà xuất bản|Tòa soạn)\b")
_NAME_WORDS = 10


def _pop_footer_address(kept: list[str]) -> None:
    """Over a footer's contacts line: its street address with ward, district and city ("..., P. Xuân Khánh, Q. Ninh
    Kiều, TP. Cần Thơ"), and the institution's name over that ("Tạp chí khoa học Trường Đại học Cần Thơ"), go."""
    if not kept or ends_sentence(kept[-1]) or words(kept[-1]) > 2 * _CONTACT_ROW_WORDS or ":" in kept[-1]:
        return  # "1.3. Địa chỉ trụ sở chính: ..." over "1.4. Điện thoại: ...": a charter's clauses, read
    if len(_ADMIN_PART.findall(kept[-1])) < _ADMIN_PARTS:
        return
    kept.pop()
    if kept and words(kept[-1]) <= _NAME_WORDS and not ends_sentence(kept[-1]) and _INSTITUTION.match(kept[-1]):
        kept.pop()


def _numbers_row(block: str) -> bool:
    """A label's row of numbers with no sentence ("Đường dây nóng: 0983449277 - 0913303903 - 0912325336Thứ bảy,
    27/07/2024 09:05 GMT+7", the day's date glued on): a paper's hotline over its masthead."""
    return len(_PHONE.findall(block)) >= 2 and words(block) <= _CONTACT_ROW_WORDS and not ends_sentence(block)


def _called(block: str) -> bool:
    """A line that gives a number to call, and no sentence: a contact box's."""
    return bool(_CONTACT_IN_LINE.search(block) and _PHONE.search(block)) and not ends_sentence(block)


# a site's name in capitals, a dash and its slogan
_BANNER = re.compile(r"^[A-ZĐÀ-Ỹ]{2,}(?: [A-ZĐÀ-Ỹ]{2,})+ [–-] [^.!?]+$")


_CONTACT_ROW_WORDS = 16
# a street address alone on a line, no label: a house number and its street, or a ward's or district's name, then two
# more places or more, every one capitalised ("Khu Phố Long Khánh 3, Phường Tam Phước, Thành Phố Biên Hòa , tỉnh ...")
_PLACE = r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*|\d{1,4}[A-Za-z]?)(?: [A-ZĐÀ-Ỹ0-9][^\W_]*){0,4}"
_ADMIN_WORD = r"(?i:ấp|thôn|khu phố|xã|phường|thị trấn|thị xã|quận|huyện|tỉnh|thành phố|tp\.?)"
_BARE_ADDRESS = re.compile(
    rf"(?:(?:Số )?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})? {_PLACE}|{_ADMIN_WORD} {_PLACE})"
    rf"(?: ?, ?(?:{_ADMIN_WORD} )?{_PLACE}){{2,5}}\.?"
)
_TOP_ADDRESS_LINES = 3
_NAMED_CONTACT = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,5} (?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|0\d{8,10})$")
# a sales desk or a person the number under it calls: "PHÒNG DỰ ÁN Ms.Trang", "Kinh doanh - Mr Hùng"
_DESK = re.compile(
    r"(?:^(?i:phòng (?:dự án|kinh doanh|bán hàng|kỹ thuật)|kinh doanh|bán hàng|tư vấn|kỹ thuật|cskh)\b"
    r"|\b(?:Mr|Ms|Mrs|Miss)\.?\s?[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s[A-ZĐÀ-Ỹ][^\W\d_]*)?$)"
)
_DESK_WORDS = 6
_LABEL_ALONE = re.compile(r"(?i:hotline|điện thoại|tổng đài|đường dây nóng)(?: [^\W\d_]+){0,2}\s*:$")
_POSTAL = re.compile(rf"(?:{P.ADMIN_PART},\s*){{2,}}(?:{P.ADMIN_PART},\s*)?(?:Việt Nam|VN)\.?$")
_CONTACT_LABEL_AT_START = re.compile(
    r"^(?:hotline|email|e-mail|mail|điện thoại|đt|tel|fax|url|web|website|facebook|fanpage|showroom|tổng đài"
    r"|đường dây nóng|zalo|liên hệ|tư vấn ngay|gọi ngay"
    r"|liên hệ quảng cáo|giấy phép kinh doanh|gpkd|mã số thuế|mst|số đkkd)\s*:",  # a shop's licence, its tax code
    re.I,
)
# "(Giờ làm việc: từ 8h30 ...)", a shop's "Giờ mở cửa từ 7:00 đến 22:00 hàng ngày" (its accent mistyped too)
_OPENING_HOURS = re.compile(r"^\(?(?i:giờ làm việc\s*:|thời gian làm việc\s*:|giờ m[ởờ] cửa\b)")
_CONTACT_IN_LINE = re.compile(r"(?i:\b(?:hotline|điện thoại|tel|e-?mail)\s*:)")
_CONTACT_WITH = re.compile(r"(?i:liên hệ(?: với)?)\s*:?\s*[\"“]?\s*[\w.-]+@")  # "Liên hệ với " ab@yahoo.com.vn , ..."
_CALL_US = re.compile(r"^\W*(?i:liên hệ)\b")  # "-> Liên hệ Fanpage ... / Hotline: 093 271 8898"
_CALL_AD = re.compile(  # "..., call 0944.2222.54 - Yến Sào ...", "Gọi ngay 0912 345 678"
    r"(?i:\bcall|\bgọi ngay|\bzalo)\s*:?\s*0\d{2,3}[ .]?\d{3,4}[ .]?\d{2,5}\b"
)
_SITE_ADDRESS = re.compile(r"(?i:\bwww\.|https?://)[\w.-]+")
_PHONE = re.compile(r"(?<![\w.])0\d{2,3}[ .]?\d{3,4}[ .]?\d{3,5}(?![\w])")
