"""A slash between two words, said as what it means there: "hay" between two names for one thing
("bọ gậy/lăng quăng"), "trên" in a ratio or a measure ("tỉ lệ chết/mắc", "3 chuyến/tuần"), "mỗi"
or "một" for each ("100 người ngộ độc/năm", "16 triệu/khóa học"), nothing where it is stray."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import builtin
from .numbers import DIGITS

# "bọ gậy/lăng quăng": two words for one thing, said "hay"; after "tỉ lệ" a ratio ("chết/mắc")
WORD_SLASH = re.compile(  # "100 trái /năm", "16 triệu/ khóa"; "Hộ chiếu/ Thẻ ...", "Quốc /Lãnh sự", "dân/Căn cước"
    r"(?<=[a-zà-ỹđ])(?: {0,2}/ {0,2}(?=[a-zà-ỹđ])|/ {0,2}(?<= )(?=[A-ZĐ][a-zà-ỹđ])| {0,2}/(?=[A-ZĐ][a-zà-ỹđ]+[ -]))"
)
_RATIO_WORDS = re.compile(r"(?i:t[ỉỷ] lệ)(?:\s+\S+){0,3}\s*\S*$")
# "MÔN HỌC/MÔ ĐUN", "NAM/NỮ": two words in capitals, one of them marked, so words and never letters
_CAPITAL_WORDS_SLASH = re.compile(r"\b(?P<a>[A-ZĐÀ-Ỹ]{2,7})/(?P<b>[A-ZĐÀ-Ỹ]{2,7})\b")


def capital_word_slash(text: str) -> str:
    """ "MÔN HỌC/MÔ ĐUN" -> "MÔN HỌC hay MÔ ĐUN", "TỶ LỆ NAM/NỮ" -> "... NAM trên NỮ": a heading's
    two words in capitals, parted as two small words would be; "BHXH/BHYT" (plain letters) stays."""

    def repl(m: re.Match[str]) -> str:
        if (m["a"] + m["b"]).isascii():
            return m[0]
        return f"{m['a']}{' trên ' if _RATIO_WORDS.search(text[: m.start()]) else ' hay '}{m['b']}"

    return _CAPITAL_WORDS_SLASH.sub(repl, text)


# "3 chuyến/tuần", "500 lượt/ngày": after the slash a measure, so "per" ("trên") stays
PER_PERIOD = re.compile(r"(?:ngày|đêm|tuần|tháng|năm|quý|vụ|lứa|(?:học )?k[ỳì])\b")  # "tấn/ha/vụ", "con/lứa", "SV/kỳ"
_PERIOD_NAMED = re.compile(r"\b(?:đầu|cuối|giữa|từng|theo|hằng|hàng)\s+(?:nhiệm kỳ|học kỳ|năm|quý|tháng|tuần)$")
_EACH_PERIOD = re.compile(r"\bmỗi\s+(?:ngày|tuần|tháng|năm|quý|buổi)$")
_TIMES = re.compile(r"lần\b")
# "8 tuần / khoá", "thời gian trung bình/khóa": how long each course or term lasts
_COURSE = re.compile(r"(?:khóa|khoá|kỳ|kì|đợt)\b")
_LASTS_BEFORE = re.compile(r"(?:(?:ngày|tuần|tháng|năm|giờ|buổi)|\btrung bình)$")
_PRICE_BEFORE = re.compile(r"(?:đồng|USD|VNĐ|VND|euro|yên|nghìn|ngàn|triệu|tỷ|tỉ)$")  # "vài nghìn/con": a sum
_NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|trăm|nghìn|ngàn|triệu|tỷ|linh|không)$"
)
_NUMBER_AFTER = re.compile(  # "không" a number only before one's parts ("yếu/ không làm lạnh": a word)
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|không(?=\s+(?:phẩy|trăm|nghìn)))\b"
)
# "30 – 60g / cây / năm, ...": "năm" closing a clause after the slash is the year each, never the number five
_PERIOD_CLOSING = re.compile(r"(?:ngày|tuần|tháng|năm|quý)\s*(?:[,.;:!?)]|$)")
_SUM_BEFORE = re.compile(r"(?:\d|\b(?:mươi|mười|trăm|nghìn|ngàn|triệu|tỷ|tỉ|đồng))$")  # "mười sáu triệu/khóa học"
_COUNTED_PERIOD = re.compile(
    r"(?:\d|(?<!\w)(?:vài|mấy|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\s+(?:ngày|tuần|tháng|năm|giờ)$"
)
# the units a count is given for, each: "17 tiêu chí/xã" (never "cán bộ xã/phường": no count before)
# a count (read out by now) one to three words before: "mười bảy tiêu chí/xã"
_NUMBER_WORDS = "|".join([*DIGITS[1:], "mười", "mươi", "mốt", "lăm", "tư", "trăm", "nghìn", "triệu", "tỷ"])
_COUNT_BEFORE = re.compile(rf"(?:\d|(?<!\w)(?:{_NUMBER_WORDS}))(?:\s+[^\W\d]+){{1,3}}$")
_PER_UNIT = re.compile(  # "20-25 con/ô", "10 quả/cây", "6-8 quả/chùm": each cell, cage, tree or bunch too;
    # a recipe's "1 quả/bánh", "2 thìa/cốc": each cake, cup or dish
    r"(?:xã|phường|huyện|tỉnh|thôn|bản|lớp|trường|hộ|người|đơn vị|tối|buổi|ô|lồng|chuồng|ao|bể|hộp|thùng|chậu|khay"
    r"|cây|gốc|khóm|bụi|chùm|cành|quả|trái|bông|luống|bánh|chiếc|cái|đĩa|bát|chén|cốc|ly|chai|gói|túi|lọ|hũ|suất"
    r"|khẩu phần|mâm)\b"
)
# a price said for one of something by now ("... nghìn đồng một người"): the next slash is "một" too
_PRICED_PER = re.compile(r"\b(?:đồng|nghìn|ngàn|triệu|tỷ|USD|VNĐ|VND)\s+một\s+[^\W\d]+$")
_PER_WORDS = re.compile(
    r"(?:ngày|tuần|tháng|năm|quý|giờ|phút|giây|lần|người|hộ|ca|lượt|chuyến|xe|con|căn|suất|sào|công"
    r"|học sinh|đầu người|phòng|ha|lít|tấn|kg|km|đơn vị|sản phẩm|cây|mẫu)\b"
)


def word_slash(m: re.Match[str]) -> str:
    """What the slash `m` (of WORD_SLASH) between two words is said as, with its spaces."""
    if _RATIO_WORDS.search(m.string[: m.start()]) or _for_the_price(m) or _count_per(m):
        return " trên "
    before = m.string[: m.start()]
    if _COURSE.match(m.string, m.end()) and _LASTS_BEFORE.search(before):
        return " mỗi "
    if m.group(0).startswith(" ") and _NUMBER_WORD_BEFORE.search(before):
        each = _PER_WORDS.match(m.string, m.end()) and not PER_PERIOD.match(m.string, m.end())
        return " một " if each else " "  # "400/phòng": a price for each; "ngày 12/tháng giêng": stray
    if re.search(r"\bvà\s?$", before) and m.string.startswith("hoặc", m.end()):
        return " "  # "và/hoặc": and, or
    if m.group(0).endswith(" ") and _same_measure(before, m.string[m.end() :]):
        return " hay "  # "một năm/ hai năm": two counts of one measure, either
    counted_after = _NUMBER_AFTER.match(m.string, m.end()) and not _PERIOD_CLOSING.match(m.string, m.end())
    if m.group(0).endswith(" ") and (re.search(r"\bvà\s?$", before) or counted_after):
        return " "  # "và/ hoặc": and, or; "8-10 gam/ 1 mét", "người Việt/2000 Census": a number read out by now
    if _TIMES.match(m.string, m.end()) and (_EACH_PERIOD.search(before) or _COUNTED_PERIOD.search(before)):
        return " một "  # "mỗi tuần/lần": once a week; "5 ngày/lần": once every five days
    if _TIMES.match(m.string, m.end()) and _COUNT_BEFORE.search(before):
        return " mỗi "  # "tiêu hủy từ 10-40 con/lần": each time
    if PER_PERIOD.match(m.string, m.end()) and _PERIOD_NAMED.search(before):
        return " hay "  # "đầu nhiệm kỳ/năm", "theo tháng/quý": one period or another, never "each year"
    counted = _PER_UNIT.match(m.string, m.end()) and _COUNT_BEFORE.search(before)
    if PER_PERIOD.match(m.string, m.end()) and _named_again(before, m.string[m.end() :]):
        return " hay "  # "đáo hạn hợp đồng/ngày đáo hạn hợp đồng": the same thing named again, never "each day"
    if PER_PERIOD.match(m.string, m.end()) or counted:  # "100 người ngộ độc/năm", "17 tiêu chí/xã"
        return " một " if re.search(r"\bmỗi\s+\S+$", before) else " mỗi "
    if _PRICED_PER.search(before):
        return " một "  # "265.000 đồng/người/chiều": a price for each person, each way
    if _PER_WORDS.match(m.string, m.end()):
        return " một " if _PRICE_BEFORE.search(before) else " trên "  # "nửa triệu đồng/tấn": a price
    if _SUM_BEFORE.search(before):
        return " một "  # "16 triệu/khóa học": a sum for each
    return " hay "


def _named_again(before: str, after: str) -> bool:
    """Whether the two words after the period's word ("ngày đáo hạn ...") are among the last words before the slash."""
    next_two = re.findall(r"[^\W\d]+", after)[1:3]
    return len(next_two) == 2 and " ".join(next_two).lower() in " ".join(re.findall(r"[^\W\d]+", before)[-6:]).lower()


_COUNTED_AFTER = re.compile(rf"\s*(?:(?:{_NUMBER_WORDS})\s+)+?([^\W\d]+)")


def _same_measure(before: str, after: str) -> bool:
    """Whether a count after the slash is of the word that ends `before` ("năm", "tháng")."""
    last, counted = re.search(r"([^\W\d]+)$", before), _COUNTED_AFTER.match(after)
    return bool(last and counted and last[1] == counted[1])


# "Hiệu năng/giá thành", "giá/chất lượng": what a thing gives for what it costs, a ratio ("trên")
_WORTH = r"(?:hiệu năng|hiệu suất|chất lượng|cấu hình)"
_WORTH_BEFORE = re.compile(rf"(?i:{_WORTH})$")
_PRICE_AFTER = re.compile(r"(?i:giá)\b")
_PRICE_BEFORE_WORTH = re.compile(r"(?i:\bgiá(?: thành| tiền)?)$")
_WORTH_AFTER = re.compile(rf"(?i:{_WORTH})\b")


_COUNT_OF = re.compile(r"(?i:\bsố)(?:\s+[^\W\d]+){1,2}\s*$")  # "số hạt /bông", "số hạt chắc/bông": so many for each


def _count_per(m: re.Match[str]) -> bool:
    """Whether the slash `m` follows a count ("số hạt") and names what it is counted for ("bông", "cây")."""
    after = m.string[m.end() :]
    return bool(_COUNT_OF.search(m.string[: m.start()]) and (_PER_UNIT.match(after) or _PER_WORDS.match(after)))


def _for_the_price(m: re.Match[str]) -> bool:
    """Whether the slash `m` sets what something gives against its price, either way round."""
    before = m.string[: m.start()]
    worth_first = _WORTH_BEFORE.search(before) and _PRICE_AFTER.match(m.string, m.end())
    return bool(worth_first or (_PRICE_BEFORE_WORTH.search(before) and _WORTH_AFTER.match(m.string, m.end())))


# "doanh nghiệp/hợp tác xã/hộ sản xuất": three or more words or phrases joined by slashes, a list
# (each part after the first four words at most: "... tấn rau củ quả/năm và ... nông sản/năm" is
# two measures per year, its numbers read out by now, no list)
SLASHED_LIST = re.compile(
    r"[^\W\d_]+(?: [^\W\d_]+)*(?: ?/ ?[^\W\d_]+(?: [^\W\d_]+){0,3}){2,}(?![^\W\d_])"
)  # "Fansipan/ Phan Xi Păng/ ...", "tháng /quý/năm"


def slashed_list(m: re.Match[str]) -> str:
    """A list's slashes as commas; where a part after a slash holds "hoặc", "và" or "hay" ("bao
    nhiêu/ngày hoặc bao nhiêu/km"), each slash is its own."""
    parts = m.group(0)[m.group(0).index("/") :]
    return m.group(0) if re.search(r"\b(?:hoặc|và|hay)\b", parts) else re.sub(r" ?/ ?", ", ", m.group(0))


# "hàng chục triệu đồng/kg" -> "... đồng một kg": the unit after a price for each, said in full
_EACH_UNIT = re.compile(r"(?<=\bmột )(kg|km|m2|m²|m3|ha|ml|cm|mm)(?![\w²³])")


@lru_cache(maxsize=1)
def _unit_per_unit() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(u) for u in builtin("units.tsv") if u.isascii()), key=len, reverse=True))
    return re.compile(rf"(?<![\w/.])({names})/({names})(?![\w/²³])")


# "gõ ipconfig /renew", "chkdsk /f": a command and its switch, the slash said as it is typed
_COMMAND_SWITCH = re.compile(r"(?<=[a-z]) /(?=[a-z]{1,12}\b(?!\s*/))")
_RESPELLED = re.compile(r"((?i:đọc là|phát âm là) )/([A-Za-z][A-Za-z–-]{1,30})/(?=[\s,.;:)]|$)")


def respelled(text: str) -> str:
    """ "đọc là /rez–oo-mey/": a word's sound spelled between slashes, read bare (never "hay")."""
    return _RESPELLED.sub(r"\1\2", text)


def word_slashes(text: str) -> str:
    """Each slash between words said as `word_slash` says it ("2 kì/ năm" closed up first), and a unit's
    symbol after a slash made "một" said in full ("đồng một kg" -> "đồng một ki lô gam"); a unit per unit alone,
    "g/dl", said "gam trên đề xi lít"; a command's switch, "ipconfig /renew", "gạch chéo"."""
    text = re.sub(r"(?<=[a-zà-ỹđ])/\s+(?=" + PER_PERIOD.pattern + ")", "/", text)  # "2 kì/ năm"
    text = re.sub(r"(?<=\w)\s?/\s?(?=(?:hay|hoặc)\s)", " ", text)  # "tương tự nhau/hay cùng ...": "hay" once
    text = _COMMAND_SWITCH.sub(" gạch chéo ", text)  # "gõ ipconfig /renew": a command's switch
    units = builtin("units.tsv")
    text = _unit_per_unit().sub(lambda m: f"{units[m[1]]} trên {units[m[2]]}", text)  # "g/dl" alone: per
    text = WORD_SLASH.sub(word_slash, capital_word_slash(text))
    return _EACH_UNIT.sub(lambda m: builtin("units.tsv")[m[1]], text)
