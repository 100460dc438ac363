"""Numbers that are not quantities: phone numbers, scores, formations, ratios and fractions, Roman
numerals, and codes mixing letters and digits (document numbers are in `documents`)."""

from __future__ import annotations

import re

from ..text.legacy import is_syllable
from .abbreviations import Lexicon
from .fertilisers import fertiliser_grades
from .numbers import read_digits, read_fraction, read_int, read_number, read_ordinal, roman_value
from .options import Options
from .patterns import DASH, END, KITCHEN_MEASURES, NUM, START

_PHONE = re.compile(
    r"(?<![\w.,])(?:\+84[ .]?|0)\d{2,3}(?:[ .]?\d{2,4}){2,4}(?![\w])"
    r"|(?<![\w.,])1[89]00[ .]?\d{3,4}(?:[ .]?\d{3})?(?![\w])"
    r"|(?<![\w.,-])0\d{2,3}(?:-\d{3,4}){2}(?![\w-])"  # "053-589-7794": groups parted by dashes
    r"|(?<![\w.,])0\d{3} \d(?: \d\d){3}(?![\w])"  # "0243 8 71 71 71": a Hanoi line's digit alone
    r"|(?<![\w.,])0\d \d{4} \d{4}(?![\w])"  # "09 9696 0929": a mobile's first two digits apart
)
_SHORT_NUMBER = re.compile(
    r"(?P<pre>(?:[Gg]ọi|[Hh]otline|[Đđ]ường dây nóng|[Tt]ổng đài|[Đđ]iện thoại|SĐT)\s*:?\s*"
    r"(?:(?:ngay|đến|tới|vào|cho)\s+){0,2}(?:(?:số|đầu số|tổng đài|đường dây nóng)\s+)?)"
    r"(?P<n>\d{3,5})(?![\w/]|[.,]\d)"
)
# "đường dây nóng 19009095": a hotline's number, however long, digit by digit ("ĐT 743" is a
# provincial road, not a phone: the lexicon's)
_HOTLINE = re.compile(
    r"(?P<pre>(?:[Hh]otline|[Đđ]ường dây nóng|[Tt]ổng đài)\s*:?\s*(?:số\s+)?)(?P<n>\d{6,11})(?![\w/]|[.,]\d)"
)
# "đt:948-4389", "ĐT: 0511 3 822 456", "Tel: 731-9332 và 278-3469": numbers under a telephone's
# label with its colon (without one, "ĐT 743" is a provincial road), group by group, digit by digit
# (an area code in brackets first: "Tel: (651) 482-7990", "Điện thoại: (024) 3942-1234")
_PHONE_GROUPS = r"(?:\(\d{2,4}\)\s?)?\d{3,5}(?:[-. ]\d{1,5}){1,3}"
_LABELLED_PHONE = re.compile(
    rf"(?P<label>(?<!\w)(?:đt|Đt|ĐT|[Tt]el|TEL|[Đđ]iện thoại|ĐIỆN THOẠI|Fax|FAX)\s*:\s*)"
    rf"(?P<n>{_PHONE_GROUPS}(?:\s*(?:và|hoặc|,|/)\s*{_PHONE_GROUPS})*)(?![\w/]|[.,]\d)"
)

# "Gọi 8011035", "hộp thư Thông tin điện nước – 8011035": a number dialled, or a voice line's
# number after its name, digit by digit however long
_DIALED = re.compile(
    r"(?P<pre>(?:(?<!\w)(?:[Gg]ọi|[Qq]uay số|[Bb]ấm số|[Nn]hắn tin)(?:\s+(?:đến|tới|vào|số))?\s+"
    r"|(?i:hộp thư|tổng đài|đường dây)[^.!?\d]{0,40}?[-–]\s*))"
    r"(?P<n>\d{6,11})(?![\w/]|[.,]\d|\s+(?:lượt|cuộc|lần|người|đồng|nghìn|triệu|tỷ)\b)"
)
# Emergency numbers (police 113, fire 114, ambulance 115, rescue 112, children 111) said digit by
# digit where dialled: "gọi số 115", "cấp cứu 115" (never in a count: "tổng số 113 ca").
_EMERGENCY = re.compile(
    r"(?P<pre>(?i:(?:quay|bấm|nhấn) số|số điện thoại|số khẩn cấp|cấp cứu|cứu hỏa|cứu hộ|cứu nạn|công an)\s+)"
    r"(?P<n>11[1-5])(?![\w.,]\d|\w)"
)
_FORMATION = re.compile(r"(?<![\w.,/-])\d(?:-\d){2,}(?![\w/-])")
_RANGE = re.compile(rf"{START}(?P<a>{NUM}){DASH}(?P<b>{NUM}){END}")
_MAGNITUDES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_MAGNITUDE_AFTER = re.compile(r"\s*(nghìn|ngàn|triệu|tỷ|tỉ)\b")
_SERIES = re.compile(r"(?<![\w./,-])\d{1,3}(?:\s*[-–]\s*\d{1,3}){2,}(?![\w/-]|[.,]\d)")
# "từ 0 – 6,5", "thang điểm (0-9)": a range from nothing, after "từ" or alone in brackets
_FROM = re.compile(r"\b(?:từ|khoảng|thang điểm)\s*$")  # "trong khoảng 0-14": a span from zero
_CODE_LETTERS = re.compile(r"(?<![\w-])[A-ZĐ]{1,4}\s$")  # "MĐ 05-06": the letters of a code before its numbers
_BRACKET_OPEN = re.compile(r"[(,]\s*$")
_BRACKET_CLOSE = re.compile(r"\s*(?:[),.]|$)")


def _from_zero(text: str, m: re.Match[str]) -> bool:
    before, after = text[: m.start()], text[m.end() :]  # "(0-2 tuần tuổi)": an age's span, from zero too
    bracketed = _BRACKET_OPEN.search(before) and _BRACKET_CLOSE.match(after) and int(m["b"]) >= 5
    return bool(_FROM.search(before) or bracketed or re.match(r"\s*(?:(?:tuần|tháng|ngày|năm)\s+)?tuổi", after))


_SCORE_CONTEXT = re.compile(  # never "điều hòa khoảng 3 – 6 giờ", "hài hòa", an air conditioner's hours; nor "hạ
    # nhiệt độ khoảng 50-60 độ", lowering what is measured
    r"(?:thắng|thua|(?<!điều )(?<!hài )(?:hòa|hoà)|tỷ số|tỉ số|đánh bại|dẫn|gỡ|thất bại|thất thủ|vượt qua"
    r"|hạ(?!\s+(?:nhiệt|sốt|giá|huyết|thấp|xuống|lãi|độ))"
    r"|kết quả|set)"
    r"(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
# "Công an Hà Nội 1-1 Sông Lam Nghệ An": a result between two names (not "Điều 5-7 Luật ...")
_WORD_BEFORE = re.compile(r"(?<!\S)(\S+)\s+$")
_NOT_TEAMS = frozenset("Điều Khoản Chương Mục Phần Số Lô Khu Tầng Phòng Đường Quốc Tỉnh Nhà Hẻm Ngõ Ngách Kiệt".split())


def _between_names(text: str, start: int, end: int) -> bool:
    before, after = _WORD_BEFORE.search(text[:start]), text[end:].lstrip()
    month = re.match(r"(?i:tháng)\b", after) is not None  # "(19-24 Tháng Ba 2018)": days of a month
    named = before and before.group(1)[0].isupper() and before.group(1) not in _NOT_TEAMS
    return bool(named and after[:1].isupper() and not month)


_SLASH = re.compile(r"(?<![\w/.,])(?P<a>\d+)(?P<l>[A-Za-z]?)/(?P<b>\d+)(?![\w/]|[.,]\d)")
_FRACTION_NEXT = re.compile(
    r"\s+(?:số|dân số|diện tích|tổng|lượng|trong|các|những|của|thời gian|quãng|chặng|đường|đoạn|khối lượng|giá trị|"
    r"phần|nhiệm kỳ|dân|người|hộ|ao|nồi|chậu|thùng|bể|bình|cốc|ly|xô|GDP|GRDP|doanh thu|lợi nhuận|thị phần|kim ngạch"
    rf"|{'|'.join(KITCHEN_MEASURES)}|quả|trái|củ|lạng|gói|hộp|lon|chai|kg|lít|cup|công thức|giây"  # "1/3 muỗng"
    r"|thảo quả|hoa hồi|thanh quế|nhánh gừng|tép tỏi|quả chanh|bắp cải)\b"  # "1/2 thảo quả đập dập": a spice's half
)
_RATIO = re.compile(r"(?<![\w/.,])(?P<a>\d+)/(?P<b>\d+(?:,\d+)?)(?![\w/]|[.,]\d)")
# "5.775/8.227 xã": a count over a total, written with thousands grouped; "115,92/100.000 dân": a rate
_GROUPED_SLASH = re.compile(
    r"(?<![\w/.,])(?P<a>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)/(?P<b>\d{1,3}(?:\.\d{3})+)(?![\w/]|[.,]\d)"
)
_CONTEST = re.compile(r"(?i:tỉ lệ chọi|tỷ lệ chọi)(?:(?![.!?]).)*$")
_SECOND_NEXT = re.compile(r"\s+giây\b")
_KITCHEN_NEXT = re.compile(rf"\s+(?:{'|'.join(KITCHEN_MEASURES)})\b")
_FRACTION_PREV = re.compile(  # "cho 1/2 muối": a cook's share of a thing
    r"(?:gần|hơn|khoảng|chiếm|còn|chỉ|tới|đến|được|bằng|trên|cho|lấy|thêm|dùng|bỏ|quy tắc|bố cục|tiếp cận)[\s,]*$",
    re.IGNORECASE,
)
_HOUSE_NUMBER_BEFORE = re.compile(r"(?i:\b(?:hẻm|ngõ|ngách|kiệt|số nhà|số))\s*$")  # "ngõ 1/2 đường Láng"
_ALNUM = re.compile(r"(?<![\w.-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[^\W_]+(?:-[^\W_]+)*(?![\w-])")


def labelled_phones(text: str, opts: Options, lex: Lexicon) -> str:
    """A number under a telephone's label ("đt:948-4389", "Tel: (651) 482-7990") group by group,
    digit by digit, the label said; before brackets are read, so an area code keeps its group."""

    def labelled(m: re.Match[str]) -> str:
        def number(n: re.Match[str]) -> str:
            return ", ".join(read_digits(group.strip("()")) for group in re.split(r"[-. ]+", n.group(0)))

        fax = m["label"].lower().startswith("fax")
        return ("fax " if fax else "điện thoại ") + re.sub(r"\s*/\s*", " hoặc ", re.sub(_PHONE_GROUPS, number, m["n"]))

    return _LABELLED_PHONE.sub(labelled, text)


def phones(text: str, opts: Options, lex: Lexicon) -> str:
    """Phone numbers and hotlines digit by digit: "0901.22.33.66", "1900 6060", "gọi 113", "Gọi
    8011035"."""

    def phone(m: re.Match[str]) -> str:
        plus = "cộng " if m.group(0).startswith("+") else ""
        return plus + read_digits(m.group(0))

    text = _PHONE.sub(phone, text)
    text = _EMERGENCY.sub(lambda m: m["pre"] + read_digits(m["n"]), text)
    text = _HOTLINE.sub(lambda m: m["pre"] + read_digits(m["n"]), text)
    text = _DIALED.sub(lambda m: m["pre"] + read_digits(m["n"]), text)
    text = _ROUND_THE_CLOCK.sub(lambda m: (m["pre"] or m["code"] or m["firm"]) + read_digits("247"), text)
    return _SHORT_NUMBER.sub(lambda m: m["pre"] + read_digits(m["n"]), text)


# "Dịch vụ bảo vệ chuyên nghiệp 247", "Bảo vệ QB-247", "Công ty Diệt Mối 247": a service named for round the clock,
# 24/7, digit by digit; after a service's word only where the name ends ("... chuyên nghiệp 247 người" is a count)
_ROUND_THE_CLOCK = re.compile(
    r"(?:(?P<pre>(?i:chuyên nghiệp|dịch vụ|hỗ trợ|phục vụ|trực tuyến|online|cứu hộ|sửa chữa|giao hàng|tư vấn)\s+)"
    r"(?P<n>247)(?=\s*(?:[,.;:!?)–-]|$)|\s+[A-ZĐ])|(?P<code>(?<![\w-])[A-Z]{1,4}-)247(?![\w.,]?\d)"
    r"|(?P<firm>(?:[Cc]ông ty|Cty)(?: [A-ZĐ][^\s,.]*){1,4} )247(?![\w.,]?\d))"
)


# "Houston, TX 77036", "San Jose CA 95122": an American address's state and ZIP code, digit by digit
_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
    "RI SC SD TN TX UT VT VA WA WV WI WY"
)
_ZIP_CODE = re.compile(
    rf"(?<![\w.])(?P<state>{'|'.join(_US_STATES.split())})\s+(?P<zip>\d{{5}})(?:-(?P<plus>\d{{4}}))?(?![\w.,]\d|\w)"
)


def postal_codes(text: str, opts: Options, lex: Lexicon) -> str:
    """An American address's ZIP code after its state ("TX 77036") digit by digit."""

    def repl(m: re.Match[str]) -> str:
        plus = f" {read_digits(m['plus'])}" if m["plus"] else ""
        return f"{m['state']} {read_digits(m['zip'])}{plus}"

    return _ZIP_CODE.sub(repl, text)


_ADDRESS_NEXT = re.compile(r"\s+(?:đường|phố|ngõ|ngách|hẻm|kiệt)\b", re.IGNORECASE)
_ADDRESS_PREV = re.compile(r"(?:\bsố nhà|\bđịa chỉ(?: số)?|\bnhà số)\s*$", re.IGNORECASE)


# "nhà Hán (206 TCN – 220 SCN)": from a year before the era to one after it, the era after each
_ERA = r"(TCN|SCN|CN|(?:trước |sau )?Công nguyên)"  # the abbreviations said out by the time ranges are read
_ERA_RANGE = re.compile(rf"(?<![\d.,])(\d{{1,4}}) ?{_ERA}\s*[–-]\s*(\d{{1,4}}) ?{_ERA}\b")


# "từ 200.000 –hơn 1 triệu", "từ 5 tấn - gần 10 tấn": a range whose far end is said about
_TO_ABOUT = re.compile(r"(?<=\btừ )(\d[\d.,]*(?: [^\W\d_]+)?)\s*[-–]\s*(?=(?:hơn|gần|trên|dưới|khoảng|xấp xỉ) \d)")
_SHORT_YEAR_SPAN = re.compile(r"(?<![\w.,/-])(?P<y>(?:19|20)\d\d)\s*[-–]\s*(?P<b>\d\d)(?![\w/]|[.,]\d|\s*[-–]\s*\d)")


def ranges_to_about(text: str, opts: Options, lex: Lexicon) -> str:
    """ "từ 200.000 –hơn 1 triệu" -> "từ 200.000 đến hơn 1 triệu": a range whose far end is said about, before
    amounts are read."""
    return _TO_ABOUT.sub(r"\1 đến ", text)


_YEAR_SPAN_WORD = re.compile(r"(?i:năm học|niên khóa|niên học|nhiệm kỳ|giai đoạn)\s*$")


def scores_and_ranges(text: str, opts: Options, lex: Lexicon) -> str:
    """ "thắng 2-1" (score), "hòa 1-1" (một đều), "4-2-3-1" (formation), "2-3 ngày" (range), "tròn
    70 – 75 – 80 tuổi" (a list: three numbers or more, rising, with spaced dashes or of two digits)."""
    text = _FORMATION.sub(lambda m: " ".join(read_int(int(d), opts) for d in m.group(0).split("-")), text)
    text = _ERA_RANGE.sub(r"\1 \2 đến \3 \4", text)

    def series(m: re.Match[str]) -> str:
        numbers = re.split(r"\s*[-–]\s*", m.group(0))
        values = [int(n) for n in numbers]
        spaced = re.search(r"\s[-–]\s", m.group(0)) is not None
        if values != sorted(set(values)) or not (spaced or min(map(len, numbers)) >= 2):
            return m.group(0)
        return ", ".join(read_int(v, opts) for v in values)

    text = _SERIES.sub(series, text)

    def short_span(m: re.Match[str]) -> str:  # "năm học 2021-22", "những năm 1960-70": the second year cut to its tens
        if (
            int(m["b"]) <= int(m["y"][2:])
            or _ADDRESS_NEXT.match(text, m.end())
            or _ADDRESS_PREV.search(text[: m.start()])
        ):
            return m.group(0)
        return f"{read_int(int(m['y']), opts)} đến {read_int(int(m['b']), opts)}"

    text = _SHORT_YEAR_SPAN.sub(short_span, text)

    def repl(m: re.Match[str]) -> str:
        a, b = m["a"], m["b"]
        if re.search(r"(?<![\w-])[A-Z]-$", text[: m.start()]):
            return m.group(0)  # "visa D-4-1": a code, its letter and numbers
        if a.startswith("0") and b.startswith("0") and _CODE_LETTERS.search(text[: m.start()]):
            return f"{read_number(a, opts)}, {read_number(b, opts)}"  # "Mã bài: MĐ 05-06": a code's parts
        value_a, value_b = (float(x.replace(".", "").replace(" ", "").replace(",", ".")) for x in (a, b))
        if scale := _MAGNITUDE_AFTER.match(text, m.end()):  # "13.000.000 – 16 triệu": the second in millions
            value_b *= _MAGNITUDES[scale[1]]
        scored = _SCORE_CONTEXT.search(text[: m.start()]) or _between_names(text, m.start(), m.end())
        if scored and "," not in a + b and len(a) <= 2 and len(b) <= 2:
            if value_a == value_b and value_a:
                return f"{read_number(a, opts)} đều"
            return f"{read_number(a, opts)} {read_number(b, opts)}"
        if _ADDRESS_NEXT.match(text, m.end()) or _ADDRESS_PREV.search(text[: m.start()]):
            return f"{read_number(a, opts)}, {read_number(b, opts)}"  # "số 86-88 đường ...": two houses
        if a == b and _YEAR_SPAN_WORD.search(text[: m.start()]) and re.fullmatch(r"(?:19|20)\d\d", a):
            return f"{read_number(a, opts)} đến {read_number(b, opts)}"  # "năm học 2025-2025": one year typed twice
        if value_a < value_b and (not re.fullmatch(r"0+", a) or _from_zero(text, m) or "," in b):
            return f"{read_number(a, opts)} đến {read_number(b, opts)}"  # "0-1" alone is a score
        spaced = "," if re.search(r"\s[-–]\s", m.group(0)) else ""  # "Quán ốc 33 – 31 Hai Bà Trưng": a pause
        return f"{read_number(a, opts)}{spaced} {read_number(b, opts)}"

    return _RANGE.sub(repl, text)


# "650/1 người lớn", "400/1 đêm": a price for one of what is sold, said "một"
_PRICED_ONE = re.compile(r"\s*(?:người|khách|đêm|phòng|vé|suất|lượt|chiếc|cái|con|kg|ký|lít)\b")


# "mở cửa 24/24h": hours of the day's 24, an hour's "h" glued to the second number
_HOURS_OF_DAY = re.compile(r"(?<![\w/])(\d{1,2}/24)h\b")


def slashes(text: str, opts: Options, lex: Lexicon) -> str:
    """What is left of number/number after dates: a ratio of candidates to places after "tỉ lệ
    chọi" ("1/3,7" is "một chọi ba phẩy bảy"); a fraction where the words around make it one
    ("1/3 số ca", "chiếm 1/5"); otherwise "trên" ("24/7", "29/30 quận", "123/4", "1/1,5", "24/24h"
    with its hours)."""
    text = _HOURS_OF_DAY.sub(r"\1 giờ", text)

    def ratio(m: re.Match[str]) -> str:
        word = "chọi" if _CONTEST.search(text[max(0, m.start() - 80) : m.start()]) else "trên"
        if word == "trên" and "," not in m["b"]:
            return m.group(0)  # a plain a/b: decided below
        return f"{read_number(m['a'], opts)} {word} {read_number(m['b'], opts)}"

    text = _RATIO.sub(ratio, text)

    def repl(m: re.Match[str]) -> str:
        if m["b"] == "1" and int(m["a"]) > 1 and _PRICED_ONE.match(text, m.end()):
            return f"{read_number(m['a'], opts)} một"  # "650/1 người lớn": a price for one
        if len(m["a"]) + len(m["b"]) > 30 or m["l"]:  # digit runs, not a fraction; a house's "3r/2"
            return f"{m['a'] + m['l'] if m['l'] else read_number(m['a'], opts)} trên {read_number(m['b'], opts)}"
        a, b = int(m["a"]), int(m["b"])
        fraction_words = _FRACTION_NEXT.match(text[m.end() :]) or _FRACTION_PREV.search(text[: m.start()])
        small = b <= 10 or (b <= 100 and _KITCHEN_NEXT.match(text, m.end()))  # "1/16 muỗng": a cook's measure
        small = small or (a == 1 and _SECOND_NEXT.match(text, m.end()) is not None)  # "1/125 giây": a shutter's
        if 0 < a < b and small and fraction_words and not _HOUSE_NUMBER_BEFORE.search(text, 0, m.start()):
            return read_fraction(a, b, opts)
        if len(m["a"]) <= 2 and len(m["b"]) <= 2:  # "07/08 chi bộ": a report's padding, not said
            return f"{read_number(str(a), opts)} trên {read_number(str(b), opts)}"
        return f"{read_number(m['a'], opts)} trên {read_number(m['b'], opts)}"

    text = _GROUPED_SLASH.sub(  # "5.775/8.227 xã", "115,92/100.000 dân"
        lambda m: f"{read_number(m['a'], opts) if ',' in m['a'] else m['a']} trên {m['b']}", text
    )
    return _SLASH.sub(repl, text)


_ENGLISH_ORDINAL = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})(?:st|nd|rd|th)(?!\w)")


def english_ordinals(text: str, opts: Options, lex: Lexicon) -> str:
    """ "1st Vietnam Cross-Country ...", "the 3rd": an English ordinal, "thứ nhất", "thứ ba"."""
    return _ENGLISH_ORDINAL.sub(lambda m: f"thứ {read_ordinal(int(m['n']), opts)}", text)


# "ESP8266", "LD1117V33", "STM32F103": a chip's or a part's name, its long runs of digits said one by
# one, as engineers say them (never a standard's number, "ISO9001", nor a year)
_PART_NUMBER = re.compile(r"(?!ISO|TCVN|QCVN|IEC)[A-Z]{2,5}\d+(?:[A-Z]+\d*)*$")
# "A4988" beside "driver", "Arduino", "mạch": one letter and four digits or more, a part in a circuit
_LETTER_PART = re.compile(r"[A-Z]\d{4,}$")
# "FSC-C111201", "mã A12345": letters before five digits or more, a certificate's or a licence's serial
_SERIAL = re.compile(r"(?:^|-)[A-Z]{1,5}-?\d{5,}$")
# "SA-FM/COC-004168": a slash inside a certificate's code, between its letters, unsaid
_CODE_SLASH = re.compile(r"(?<![\w/-])(?P<head>[A-Z]{1,5}(?:-[A-Z]{1,5})*)/(?=[A-Z]{1,5}-\d{3,}(?![\w/]))")
_CIRCUIT = re.compile(r"(?i:driver|\bic\b|chip|module|mạch|cảm biến|vi điều khiển|arduino|shield)[^.!?]*$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_RECIPE_STEP = re.compile(r"^(\s*)B(\d{1,2})\s?:(?=\s)")
_VERSIONED_CODE = re.compile(r"(?<![\w.])(?P<l>[A-Z][A-Za-z]{0,3})(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?![\w.]|,\d)")


def _spelled_letters(word: str, after: str) -> bool:
    """Small letters no word has ("420hc"), or a capital and such letters before a figure ("Bk66")."""
    vowelless = len(word) > 1 and not re.search(r"[aeiouy]", word.lower())
    return vowelless and (word.islower() or (word[1:].islower() and after.isdigit()))


def alphanumeric_codes(text: str, opts: Options, lex: Lexicon) -> str:
    """ "U23", "1A", "H5N1", "Covid-19", "F-35", "A320", "4G": letters as words or spelled,
    digits as a number."""

    def repl(m: re.Match[str]) -> str:
        found = lex.lookup(m.group(0))
        if found is not None:
            return found
        token = m.group(0)
        part = _PART_NUMBER.match(token) is not None
        part = part or (_LETTER_PART.match(token) is not None and _CIRCUIT.search(m.string, 0, m.start()) is not None)
        part = part or _SERIAL.search(token) is not None
        spoken = []
        for run in re.finditer(r"\d+|[^\W\d_]+", token):
            word = run.group(0)
            if word.isdigit():
                spoken.append(
                    read_digits(word)
                    if part and len(word) >= 4 and not _YEAR.fullmatch(word)
                    else read_number(word, opts)
                )
            elif not word.isascii() and is_syllable(word.lower()):
                spoken.append(word)  # "HÀ NỘI-2001": a marked syllable in capitals is a word
            elif _spelled_letters(word, token[run.end() : run.end() + 1]):
                spoken.append(lex.spell(word))  # "thép 420hc", "S35vn", a shop's "Bk66": letters no word has, spelled
            elif re.fullmatch(r"[A-Z][A-Z][a-z]{2,}", word):
                spoken.append(f"{lex.spell(word[0])} {lex.say(word[1:], '')}")  # "3SFarm": a letter, then a word
            else:
                spoken.append(lex.say(word, token[run.end() :]))
        return " ".join(spoken)

    def version(m: re.Match[str]) -> str:  # "Lux A2.0": a model's letters and its version
        return f"{lex.say(m['l'], '')} {read_number(m['a'], opts)} chấm {read_number(m['b'], opts)}"

    text = _RECIPE_STEP.sub(r"\1Bước \2:", text)  # "B1: Thịt đem giã ...": a recipe's first step
    text = _CODE_SLASH.sub(r"\g<head>-", text)
    return _ALNUM.sub(repl, _VERSIONED_CODE.sub(version, text))


# "RON 95-III": a fuel grade's emission level is a Roman numeral, said as a number
_FUEL_GRADE = re.compile(r"(?<![\w])(?P<grade>(?:E\d{1,2}\s?)?RON\s?\d{2,3})-(?P<r>I{1,3}|IV|V)(?![\w])")
# "51K-2468", "30A1-5678": a number plate's serial is said digit by digit
_PLATE = re.compile(
    r"(?<![\w.,/-])(?P<head>\d{2}[A-ZĐ]{1,2}\d?)-(?P<serial>\d{4}|\d{3}\.\d{2})(?![\w]|[.,]\d)"
)  # "51K-2468", "19C-113.48"
# "36C.148.xx": a plate printed with a dot after its series is the same plate as "36C-148.xx"
_PLATE_DOT = re.compile(r"(?<![\w.,/-])(?P<head>\d{2}[A-ZĐ]{1,2}\d?)\.(?=\d{3})")
# "TG 90108 TS", "NA-95171-TS": a fishing boat's number (province, serial, "thủy sản"), the serial
# digit by digit and TS its letters
_BOAT = re.compile(r"(?<![\w-])(?P<prov>[A-ZĐ][A-Za-zĐđ]{0,2})[\s-]?(?P<n>\d{4,5})[\s-]?TS(?![\w])")
# "tàu cá QB 92400", "tàu BP 07-12-02": a boat's number after the word "tàu", the province's or the
# force's letters and then its digits group by group, never one number
_NAMED_BOAT = re.compile(
    r"(?P<pre>\b(?i:tàu)(?: cá| cứu hộ| tuần tra| kiểm ngư)?\s+(?:(?:mang\s+)?số hiệu\s+)?)"
    r"(?P<prov>[A-ZĐ][A-Za-zĐđ]{0,2})[\s-]?(?P<n>\d{2,5}(?:[-.]\d{2,4}){0,3})(?![\w.,]\d|\d|\s?TS\b)"
)
# "F/A-18", "F/A 18", "F/A-18E/F": an aircraft's letters joined by a slash are said one after the
# other, and so are its variants' ("E/F": the E and the F)
_AIRCRAFT = re.compile(
    r"(?<![\w/])(?P<a>[A-Z])/(?P<b>[A-Z])[-\s](?P<n>\d{1,3})(?P<v>[A-Z](?:/[A-Z])?)?(?![\w/]|[.,]\d)"
)


def _digit_groups(code: str) -> str:
    """ "07-12-02" -> "không bảy, một hai, không hai": each group digit by digit."""
    return ", ".join(read_digits(group) for group in re.split(r"[-.]", code))


def vehicle_codes(text: str, opts: Options, lex: Lexicon) -> str:
    """ "RON 95-III" -> "RON 95 ba", "51K-2468" -> "51K hai bốn sáu tám", "F/A-18" -> "F A-18", a tyre's
    "225/55R17 97V" -> "hai trăm hai mươi lăm trên năm mươi lăm, e rờ mười bảy, chín mươi bảy vê", a fertiliser's
    "NPK 16-12-8-11+TE" -> "NPK mười sáu, mười hai, tám, mười một cộng tê e",
    "TG 90108 TS" -> "TG chín không một không tám tê ét", "tàu BP 07-12-02" -> its groups digit by digit."""
    text = _FUEL_GRADE.sub(lambda m: f"{m['grade']} {read_int(roman_value(m['r']) or 0, opts)}", text)
    text = _TYRE.sub(lambda m: _tyre(m, opts, lex), text)
    if _TYRE_TALK.search(text):  # "97V: Chỉ số tải trọng ... và tốc độ tối đa": a tyre's index alone
        text = _TYRE_INDEX.sub(lambda m: f"{read_number(m['load'], opts)} {lex.spell(m['speed'])}", text)
    text = fertiliser_grades(text, opts)
    text = _BOAT.sub(lambda m: f"{m['prov']} {read_digits(m['n'])} tê ét", text)
    text = _NAMED_BOAT.sub(lambda m: f"{m['pre']}{m['prov']} {_digit_groups(m['n'])}", text)
    text = _PLATE_DOT.sub(lambda m: f"{m['head']}-", text)
    text = _PLATE.sub(lambda m: f"{m['head']} {read_digits(m['serial'].replace('.', ''))}", text)
    return _AIRCRAFT.sub(lambda m: f"{m['a']} {m['b']}-{m['n']}{(m['v'] or '').replace('/', ' ')}", text)


# "225/55R17 97V", "205/65 R16": a tyre's width over its profile, its build and rim, and its load and speed index
_TYRE = re.compile(
    r"(?<![\w/])(?P<w>\d{3})/(?P<p>\d{2})\s?(?P<r>Z?R)(?P<rim>\d{2})(?:\s(?P<load>\d{2,3})(?P<speed>[A-Z]))?(?![\w/])"
)

_TYRE_INDEX = re.compile(r"(?<![\w/.,])(?P<load>[6-9]\d|1[0-2]\d)(?P<speed>[HLMNPQRSTVWYZ])(?![\w/])")
_TYRE_TALK = re.compile(r"(?i:\btải trọng\b.*\btốc độ\b|\btốc độ\b.*\btải trọng\b)")


def _tyre(m: re.Match[str], opts: Options, lex: Lexicon) -> str:
    rim = f"{lex.spell(m['r'])} {read_number(m['rim'], opts)}"
    said = f"{read_number(m['w'], opts)} trên {read_number(m['p'], opts)}, {rim}"
    return said + (f", {read_number(m['load'], opts)} {lex.spell(m['speed'])}" if m["load"] else "")
