"""The numbers left once dates, money, units and codes have been read."""

from __future__ import annotations

import re

from ..text.figures import SPLIT_THOUSANDS
from .abbreviations import Lexicon
from .numbers import read_int, read_number
from .options import Options

# "giảm gần ½", "2½ giờ": the fraction signs a page prints; after a whole number ½ is "rưỡi"
_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅛": (1, 8)}
# "thương binh ¾": a war invalid's grade, said as "3/4" is ("ba trên bốn"), never "ba phần tư"
_GRADE_BEFORE = re.compile(r"(?i:thương binh|bệnh binh|hạng)\s*$")
_VULGAR_FRACTION = re.compile(rf"(?:(?P<whole>(?<![\d.,])\d+)\s?)?(?P<sign>[{''.join(_VULGAR)}])")
_DENOMINATORS = {2: "hai", 3: "ba", 4: "tư", 5: "năm", 8: "tám"}
# "mùa giải 2024/25": a season, the second year written short; said as the two years
_SEASON = re.compile(r"(?<![\w/.,])((?:19|20)\d\d)/(\d\d)(?![\w/]|[.,]\d)")

# "144,000-144,500 đ/kg": thousands grouped by commas, as English writes them. A Vietnamese decimal
# has one comma and never ends in ",000", and đồng have no fraction: before a đồng unit three
# digits after each comma are thousands
_DONG = r"\s?(?:đ|đồng|VNĐ|VND)(?!\w)"
_COMMA_GROUPED = r"[1-9]\d{0,2}(?:,\d{3})+"
# a phone's battery, "4,500mAh", is thousands too: no battery holds four and a half milliamp-hours,
# and no count of people, "581,880 người", has a fraction
_WHOLE = (
    r"\s(?:người|hộ|tín hữu|giáo dân|học sinh|sinh viên|cử tri|hội viên|đoàn viên|đảng viên|lao động|công nhân"
    r"|bệnh nhân|thành viên|nhân khẩu|khách|lượt)(?!\w)"
)
_COMMA_THOUSANDS = re.compile(
    rf"(?<![\w.,]){_COMMA_GROUPED}(?=(?:\s?[-–]\s?{_COMMA_GROUPED})?(?:{_DONG}|\s?mAh\b|\s?(?:yen|yên|JPY|won|KRW)\b|{_WHOLE}))"
    rf"|(?<![\w.,])[1-9]\d{{0,2}}(?:(?:,\d{{3}}){{2,}}|(?:,000)+)(?![\w]|[.,]\d)"
)
_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w]|[.,]\d)")
_SPACE_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w]|[.,]\d)")
_DECIMAL = re.compile(r"(?<![\w.,])\d+,\d+(?![\w]|[.,]\d|/\d)")  # "115,92/100.000 dân": a rate, read with its slash
# "những năm 70,80", "bể cubic 20,30": two tens in a row with a comma and no space, two numbers, never "70,8"
_NEIGHBOURS = re.compile(r"(?<![\w.,])([1-9]0),([1-9]0)(?![\w%]|[.,]\d)")
# "bị 2643. tấn bom, ... 49600. người chết": a stop typed after a number that the sentence goes on from
_STRAY_STOP = re.compile(r"(?<![\d.,])(\d{2,}(?:\.\d{3})*)\.(?= [a-zà-ỹđ]+\b)")


def _stray_stop(m: re.Match[str]) -> str:
    """ "2643. tấn": the number alone; "tính đến năm 2021. số lượng": a comma's pause after a year. "10. Ứng
    viên ...": a list's number before a capital keeps its stop (the range of small letters holds capitals too)."""
    if m.string[m.end() + 1 : m.end() + 2].isupper():
        return m[0]
    return m[1] + ("," if m.string[: m.start()].endswith("năm ") else "")


_DOTTED = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w]|[.,]\d)")
_NEGATIVE = re.compile(r"(?<![\w.,\d])[-−](?=\d)")
_INTEGER = re.compile(r"\d+")
# "thu giữ 03 khẩu súng", "công nhận 02 xã": a count written with a leading zero, as forms do
_PADDED_COUNT = re.compile(
    r"(?:(?<!\S)(?P<prev>(?:\w+[-/.])*\w+)(?:(?P<mark>[,;:]) ?| )|^|(?<=^[–•+-] ))"
    r"0(?P<n>[1-9])(?= ?(?P<next>[^\W\d]\w*))"
)  # "– 02 Ảnh 3×4": an item of a list too; "bồn TK-5110B, 01 công nhân": after a code; "sai quy định,03 mái
# che": a comma glued to the count
# "khoảng 01-03 cơn bão", "xếp hạng từ 01-32,": a padded range of a count, never a day and month
# ("ngày 01-03", "01-03 năm")
_PADDED_RANGE = re.compile(
    r"(?<!\S)(?P<prev>\w+) 0(?P<low>[1-9]) ?[-–] ?0?(?P<high>[1-9]\d?)(?=(?:,| (?P<next>[a-zà-ỹđ]+)\b))(?![\w-]*\d)"
)
# "Số ngày nghỉ 01,", "Số lượng: 05.": a count's label, then its padded figure alone
_LABELLED_COUNT = re.compile(
    r"(?<!\w)((?i:số (?:lượng|ngày(?: nghỉ)?|người|lần|buổi|tiết|bộ|bản|cái|chiếc|học sinh|trang|phòng ngủ))\s*:?\s*)"
    r"0([1-9])(?=\s*(?:[,.;)|]|$))"
)
# "Mức độ 01:", "Bước 02 -": a step or a level heading a part, its number padded
_PADDED_STEP = re.compile(r"(?<!\w)((?i:mức độ|cấp độ|mức|bước|bài|buổi|tuần|level)) 0([1-9])(?=\s*(?:[:.)–-]|$))")
_NOT_A_COUNT_AROUND = frozenset(
    "ngày hôm sáng chiều tối trưa đêm từ đến tới và thứ tháng năm này vừa qua hàng hằng lúc".split()
)
# "được chỉ định 07 ngày", "quy định 05 năm": a verb's "định", never a decree's number ("Quyết định 07")
_NOT_A_DECREE = re.compile(r"(?i:\b(?:chỉ|quy|xác|ấn|ổn|cố|dự|giả) định) $")
_COUNTED_UNITS = frozenset("ngày đêm người khách phòng vé bữa suất chiếc cái con lần giờ tháng năm tuần".split())
_LOWER_WORD_NEXT = re.compile(r"\s*[a-zà-ỹđ\d]")
# after these the number names one of a series ("số 09", "phòng 05", "Nghị quyết 01", "Điều 02"),
# said digit by digit
_SERIES_WORDS = frozenset(
    "số mã phòng lô tổ xóm ấp khu đội căn tầng kiốt ki-ốt bến cổng tuyến "
    "quyết định thị tư điện văn hoạch báo điều khoản mục chương phần".split()
)


def comma_thousands(text: str, opts: Options, lex: Lexicon) -> str:
    """ "144,000 đ/kg" -> "144.000 đ/kg": thousands an English page groups with commas."""
    return _COMMA_THOUSANDS.sub(lambda m: m.group(0).replace(",", "."), text)


def vulgar_fractions(text: str, opts: Options, lex: Lexicon) -> str:
    """ "½" -> "một nửa", "¾" -> "ba phần tư"; after a whole number the sum as a decimal:
    "2½ giờ" -> "2,5 giờ", read below."""

    def repl(m: re.Match[str]) -> str:
        top, bottom = _VULGAR[m["sign"]]
        if _GRADE_BEFORE.search(text, 0, m.start()):
            return f"{top}/{bottom}"  # a grade, read as "4/4" is below
        if m["whole"]:
            decimals = f"{top / bottom:.3f}"[2:].rstrip("0")
            return f"{m['whole']},{decimals}"  # read below with its unit
        return "một nửa" if (top, bottom) == (1, 2) else f"{read_int(top, opts)} phần {_DENOMINATORS[bottom]}"

    text = re.sub(r"([½¼¾⅓⅔])\s*[-–]\s*(?=\d)", r"\1 đến ", text)  # "½ - 1 muỗng": from half a spoon to one
    return _VULGAR_FRACTION.sub(repl, text)


def seasons(text: str, opts: Options, lex: Lexicon) -> str:
    """ "2024/25" -> "2024-2025": a season's years, the second the year after the first."""

    def repl(m: re.Match[str]) -> str:
        first, short = int(m.group(1)), int(m.group(2))
        if (first + 1) % 100 != short:
            return m.group(0)
        return f"{first}-{first + 1}"

    return _SEASON.sub(repl, text)


def grouped_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """Numbers grouped by dots or spaces, "1.234.567", read as one number; "với 7. 180 phòng" too."""
    text = _STRAY_STOP.sub(_stray_stop, SPLIT_THOUSANDS.sub(r"\g<pre>.\g<rest>", text))
    text = _NEGATIVE.sub("âm ", text)
    text = _GROUPED.sub(lambda m: read_number(m.group(0), opts), text)
    text = _SPACE_GROUPED.sub(lambda m: read_number(m.group(0), opts), text)
    text = _NEIGHBOURS.sub(lambda m: f"{m[1]}, {m[2]}" if int(m[2]) == int(m[1]) + 10 else m[0], text)
    return _DECIMAL.sub(lambda m: read_number(m.group(0), opts), text)


def dotted_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """Versions and names like "4.0" or "2.4.1": each part, joined by "chấm"."""
    return _DOTTED.sub(lambda m: " chấm ".join(read_number(p, opts) for p in m.group(0).split(".")), text)


# "một ổ thường có 2,3 con": two or three things counted, never a decimal of them
_TWO_OR_THREE = re.compile(r"(?<![\w.,–-])(\d),(\d)(?= (?:con|người|cái|chiếc|quả|đứa|ổ|cây|bạn|em)\b)")
# "lễ tốt nghiệp đợt 1,2", "học sinh lớp 1,2": the parts of a series named together, never a decimal
_ONE_OF = re.compile(r"(?<![\w.,/])0(\d)(?= trong \d)")
_AMONG = re.compile(r"(?<=\btrong số )0(\d)(?= [a-zà-ỹđ])")  # "01 trong số 07 giáo trình": among seven, no label
_SERIES_PAIR = re.compile(r"(?<!\w)((?:đợt|khóa|lớp|tầng|quý|chương|giai đoạn) )(\d{1,2}),(\d{1,2})(?![\d,.]\d|\w)")

# "sàn tầng 03", "Nhóm 01": a floor's or a group's number, its zero the form's
_PADDED_FLOOR = re.compile(r"(?<=\btầng )0(?=\d(?!\d))|(?<=\blầu )0(?=\d(?!\d))|(?<=\b[Nn]hóm )0(?=\d(?![\d.,/]\d))")
# "năm 2006 là 3, 8 tỷ USD": a decimal comma a space cut off ("2, 3 triệu" is two or three million)
_SPACED_DECIMAL = re.compile(r"(?<![\w.,])(\d), (\d)(?= (?:tỷ|tỉ|triệu|nghìn|ngàn)\b)")


def padded_counts(text: str, opts: Options, lex: Lexicon) -> str:
    """ "thu giữ 03 khẩu súng" -> "thu giữ 3 khẩu súng": a leading zero before a counted word is the
    form's, not said; after a name ("Khánh Minh 09") or "số" the number is a label, read as written,
    unless a pause parts them ("Toán (04 học sinh)"); "2,3 con" is two or three, "đợt 1,2" two rounds."""

    def repl(m: re.Match[str]) -> str:
        prev, after = m["prev"] or "", m["next"]
        if m["mark"] and prev[-1:].isdigit() and m.string[m.end("mark")] != " ":
            return m.group(0)  # "1,03 triệu": a decimal's fraction, never a count
        if prev[:1].isupper() and re.search(r"(?:^|[.!?:]\s+)$", m.string[: m.start()]):
            prev = prev.lower()  # "Nộp 02 ảnh": the sentence's first word, not a name
        # after a name only past a pause: "Đội tuyển Toán (04 học sinh)" reaches here as "Toán, 04 học sinh"
        # a capitalised noun counted ("07 Giải khuyến khích", "02 Bằng khen"), never a name ("05 Nguyễn Văn")
        common = after[:1].isupper() and _LOWER_WORD_NEXT.match(m.string, m.end("next")) is not None
        unit = after.lower() in _COUNTED_UNITS  # "02 Ngày 01 đêm": days and nights, whatever stands before
        opens = not prev  # "02 Ảnh 3×4" opening an item of a list
        if not (((opens or prev.islower() or m["mark"]) and (after.islower() or common)) or unit) or (
            prev in _SERIES_WORDS
            and m["mark"] not in (":", ",")
            and not _NOT_A_DECREE.search(m.string[: m.start("n") - 1])
        ):
            return m.group(0)
        return f"{m['prev']}{m['mark'] or ''} {m['n']}" if prev else m["n"]

    def ranged(m: re.Match[str]) -> str:
        if re.fullmatch(r"[A-ZĐ]{1,4}", m["prev"]):
            return m.group(0)  # "MĐ 03-04 về ...": a code's letters, then its numbers as written
        month = int(m["high"]) <= 12  # "từ 01-32": past any month, a count's range, never a day's
        if (m["prev"].lower() in _NOT_A_COUNT_AROUND and month) or m["next"] in _NOT_A_COUNT_AROUND:
            return m.group(0)
        return f"{m['prev']} {m['low']}-{m['high']}"

    text = _AMONG.sub(r"\1", _ONE_OF.sub(r"\1", text))  # "01 trong 10 thành phố": one of ten, its zero the form's
    text = _TWO_OR_THREE.sub(lambda m: f"{m[1]}, {m[2]}" if int(m[2]) == int(m[1]) + 1 else m[0], text)
    text = _SERIES_PAIR.sub(lambda m: f"{m[1]}{m[2]}, {m[3]}" if int(m[3]) > int(m[2]) else m[0], text)
    text = _LABELLED_COUNT.sub(r"\1\2", _PADDED_FLOOR.sub("", text))
    text = _SPACED_DECIMAL.sub(lambda m: f"{m[1]},{m[2]}" if int(m[2]) != int(m[1]) + 1 else m[0], text)
    return _PADDED_STEP.sub(r"\1 \2", _PADDED_COUNT.sub(repl, _PADDED_RANGE.sub(ranged, text)))


def integers(text: str, opts: Options, lex: Lexicon) -> str:
    """Every number left, read as a cardinal."""
    return _INTEGER.sub(lambda m: f" {read_number(m.group(0), opts)} ", text)
