"""Roman numerals: "thế kỷ XXI", "Quý IV/2024", "Giải III", "Vua Charles III", "VSIP II" and a
section's number heading its line ("I.", "III. CHIA ĐÀN ...")."""

from __future__ import annotations

import re

from .abbreviations import Lexicon
from .lexicon import builtin_words
from .numbers import read_int, read_ordinal, roman_value
from .options import Options

_ROMAN_CONTEXT = (
    r"thế kỷ|thế kỉ|quý|quí|khóa|khoá|lần thứ|lần|kỳ họp thứ|kì họp thứ|thứ|đại hội|hội nghị|chương|phần|tập|viện|"
    r"thế chiến|chiến tranh thế giới|vùng|cấp|hạng|loại|giai đoạn|mục|phụ lục|sư đoàn|quân khu|khu vực|"
    r"khu phố|tiểu khu|khóm|ấp|tổ dân phố|đội|lô|khu|đợt|kỳ|kì|nhóm|vòng|cụm|tiểu đoàn|trung đoàn|lữ đoàn|tầng|"
    r"phường|phòng họp|hội trường|"  # "phường V" (Vị Thanh), "Phòng họp I nhà Hành chính"
    r"chúa nhật|tuần|bài đọc|"  # "Chúa Nhật XXXI Thường Niên": the thirty-first Sunday
    r"giáo đoàn|"  # "Giáo đoàn VI": a Buddhist order's sixth group
    r"đai|"  # "Hoàng đai III": a martial art's belt and its grade
    r"nâng cao|sơ cấp|trung cấp|cao cấp|cơ bản"  # "Nâng cao I (400 giờ)": a course's level
)
# "đạt Giải III": a prize by its rank, said as prizes are ("giải nhất", "giải nhì", "giải ba");
# never "giải V-League"
_PRIZE_ROMAN = re.compile(r"(?<!\w)(?P<pre>(?i:giải)\s+)(?P<r>I{1,3}|IV|V)(?![\w-])")
_PRIZE_RANKS = {"I": "nhất", "II": "nhì", "III": "ba", "IV": "tư", "V": "năm"}
# Units of a place numbered I, II, III...: after them only I, V and X make a numeral
_PLACE_UNITS = frozenset({"khu phố", "tiểu khu", "khóm", "ấp", "tổ dân phố", "đội", "lô", "khu"})
# "khu phố III và IV", "quý I, II": the numerals listed after the first take its reading
_ROMAN_JOIN = r"(?:\s*,\s*|\s+(?:và|hoặc|đến|tới)\s+|\s*[-–]\s*)"
_ROMAN = re.compile(
    rf"(?<!\w)(?P<pre>(?i:{_ROMAN_CONTEXT})\s+)(?P<r>[IVXLCDM]+)(?:(?:[/-]|\.(?=(?:19|20)\d\d))(?P<y>\d{{4}}))?"
    rf"(?P<more>(?:{_ROMAN_JOIN}[IVX]+(?![\w/]))*)(?![\w])"
)
_ROMAN_MORE = re.compile(rf"(?P<join>{_ROMAN_JOIN})(?P<r>[IVX]+)")
# "Quốc vương Mohammed VI", "Vua Charles III", "Giáo hoàng Leo XIV", "Đức Thánh Cha Ca-lít-tô III": a monarch's number.
_REGNAL = re.compile(
    r"(?P<pre>(?:Quốc vương|Nhà vua|[Vv]ua|Nữ hoàng|Hoàng đế|Giáo [Hh]oàng|Đức Thánh Cha|Thái tử|Hoàng tử|Công chúa"
    r"|Đại công tước)"
    r"(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*){1,3}\s+)(?P<r>(?:X{0,2})(?:IX|IV|V?I{0,3}))(?![\w])"
)
# "phường Hải Châu I", "xã Quảng Thành II": a place numbered after its name
_PLACE_ROMAN = re.compile(
    r"(?P<pre>(?<!\w)(?i:phường|xã|thị trấn|khu phố|ấp|thôn)\s+(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+){1,3})"
    r"(?P<r>I{1,3}|IV|VI{0,3}|IX|X)(?![\w-])"
)
# "William Morrison III": a foreign name's number, after a first name and a surname in plain letters
_FOREIGN_NAME_ROMAN = re.compile(r"(?P<pre>(?<![\w])[A-Z][a-z]+\s+[A-Z][a-z]{2,}\s+)(?P<r>II|III|IV)(?![\w])")
# "Bênêđictô XVI", "cha Piô X Nguyễn ...": a pope's name and number, no title before it (data/pope_names.txt)
_POPE = re.compile(
    rf"(?P<pre>(?<![\w-])(?:{'|'.join(sorted(builtin_words('pope_names.txt'), key=len, reverse=True))})\s+)"
    r"(?P<r>(?:X{0,2})(?:IX|IV|V?I{0,3}))(?![\w-])"
)
# "khu công nghiệp VSIP II": the second of a project or company named by its letters
_NAMED_ROMAN = re.compile(r"(?P<pre>(?<![\w-])[A-ZĐ]{2,6} )(?P<r>II|III|IV|VI|VII|VIII|IX)(?![\w-])")
# "TOPIK I: sơ cấp", "TOPIK I và TOPIK II": the first of a named pair, never the letter
_NAMED_FIRST = re.compile(r"(?P<pre>(?<![\w-])(?P<name>[^\W\d_]{2,12}) )I(?![\w-])")
# "VIỆN NGHIÊN CỨU NUÔI TRỒNG THỦY SẢN III": a title in capitals closing on its body's number
_CAPITALS_ROMAN = re.compile(r"(?P<pre>(?<![\w-])(?P<word>[^\W\d_]{2,6}) )(?P<r>II|III|IV|VI|VII|VIII|IX)$")
# "Công đồng Vatican II", "tàu Apollo VIII", "Trường Cán bộ ... Phát triển nông thôn II": the number
# of an event, a thing or a body named by a word in plain letters, read as a number (a person's,
# after a first name, is "thứ": above)
_PROPER_ROMAN = re.compile(r"(?P<pre>(?<![\w-])[A-ZĐÀ-Ỹa-zđà-ỹ][a-zđà-ỹ]{1,} )(?P<r>II|III|IV|VI|VII|VIII|IX)(?![\w-])")
# "I." alone: a section's number in Roman numerals
_LONE_ROMAN = re.compile(r"\s*(?P<r>[IVX]{1,4})\.?\s*")
# "I. Thị trường lao động", "I. THỐNG KÊ", "II/ LỊCH SỬ", "II: Đối với ...": a section's number, its title;
# "III. chia ĐÀN ...", "I. visa du HỌC ...": a heading in capitals, its first words lowered by `shouting`
_HEADING_ROMAN = re.compile(
    r"\s*(?P<r>[IVX]{1,4})(?:\s?[.:–-]\s+"
    r"(?=[A-ZĐÀ-Ỹ] ?[a-zà-ỹđ]|[A-ZĐÀ-Ỹ]{2,}\b|[a-zà-ỹđ]{2,} [A-ZĐÀ-Ỹ]{2,}|\d+ [A-ZĐÀ-Ỹ]"  # "II. 3 ..."
    r"|(?:[a-zà-ỹđ]{2,} ){2,3}[A-ZĐ][A-ZĐÀ-Ỹ]+\b)"  # "I. visa du HỌC", "I. la vang sau BIẾN CỐ": lowered words
    r"|\.?/\.?\s+(?=[^\W\d_])"  # "II/ LỊCH SỬ", "I./ Đặc điểm ...", "I/. NGƯỜI CẦN ..."
    r"|\s?[–-]\s+(?!quang\b)(?=[a-zà-ỹđ]{2,} [a-zà-ỹđ]))"  # "I- xây dựng kế hoạch ...": a dash, then small letters
)

# "I Báo cáo quý", "II Báo cáo năm": a flattened table's row, its number in a cell of its own, then its title
_BARE_HEADING_ROMAN = re.compile(r"(?P<r>I{1,3}|IV|VI{1,3}|IX)\s(?=[A-ZĐÀ-Ỹ][a-z]*[à-ỹđ][a-zà-ỹđ]*\s[a-zà-ỹđ])")

# "II) Ngăn đàn guitar.": a section's number closed by a bracket, which `quotes_and_brackets` would make a pause
_BRACKETED_HEADING_ROMAN = re.compile(r"^(?P<r>[IVX]{1,4})\)(?=\s+[A-ZĐÀ-Ỹ])")
# "a/ Thống kê các linh mục ...": an item lettered with a slash
_LETTER_ITEM = re.compile(r"^(?P<l>[a-zđ])/\s+(?=[A-ZĐÀ-Ỹ])")
# "Hướng dẫn chọn ống nhòm (P3): ...": the part of a series a title belongs to
_SERIES_PART = re.compile(r"\(P\.?\s?(?P<n>\d{1,2})\)")
# "lần thứ nhất (I)": the ordinal said in words, then in numerals, in brackets; said once
_ORDINAL_ECHO = re.compile(r"(?<=\bthứ )(?P<word>[^\W\d_]+)\s*\((?P<n>[IVX]{1,4}|\d{1,2})\)")
_ORDINAL_WORDS = dict(
    zip("nhất nhì hai ba tư bốn năm sáu bảy tám chín mười".split(), (1, 2, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10))
)


def bracketed_section_numbers(text: str, opts: Options, lex: Lexicon) -> str:
    """ "II) Ngăn đàn guitar." -> "II. Ngăn đàn guitar.": a Roman section number read as a number later;
    "a/ Thống kê ..." -> "a. Thống kê ...": a lettered item, never "a hay"; "(P3)" after a title, its part,
    "(phần 3)"; "lần thứ nhất (I)" -> "lần thứ nhất", the ordinal said once."""
    text = _LETTER_ITEM.sub(r"\g<l>. ", _BRACKETED_HEADING_ROMAN.sub(r"\g<r>.", text))
    text = _ORDINAL_ECHO.sub(_said_once, text)
    return _SERIES_PART.sub(r"(phần \g<n>)", text)


def _said_once(m: re.Match[str]) -> str:
    value = int(m["n"]) if m["n"].isdigit() else roman_value(m["n"])
    return m["word"] if value is not None and _ORDINAL_WORDS.get(m["word"].lower()) == value else m.group(0)


def roman_numerals(text: str, opts: Options, lex: Lexicon) -> str:
    """ "thế kỷ XXI", "Quý IV/2024", "lần thứ XIII": only after a word that takes a number, or
    after letters that name a project or a company ("VSIP II") or a word in plain letters that
    names an event ("Vatican II"), or alone, numbering a section ("I.")."""

    lone = _LONE_ROMAN.fullmatch(text)
    if lone and (value := roman_value(lone["r"])):  # "I." on its own line numbers a section
        return f"{read_int(value, opts)}."
    heading = _HEADING_ROMAN.match(text) or (_BARE_HEADING_ROMAN.match(text) if not text.isascii() else None)
    if heading and (value := roman_value(heading["r"])):  # "I. Thị trường lao động": a section's number and title
        text = f"{read_int(value, opts)}. {text[heading.end() :]}"

    def repl(m: re.Match[str]) -> str:
        value = roman_value(m["r"])
        if value is None:
            return m.group(0)
        pre = m["pre"]
        if pre.strip().lower() in _PLACE_UNITS and not re.fullmatch("[IVX]+", m["r"]):
            return m.group(0)  # "khu DC", "lô C": letters naming a block, not C = 100
        if pre.strip().lower() in ("lần", "chúa nhật"):  # "Đại hội ... lần IV", "Chúa nhật IV": the fourth
            pre = f"{pre}thứ "
        spoken = read_ordinal(value, opts) if pre.strip().lower().endswith("thứ") else read_int(value, opts)
        year = f" năm {read_int(int(m['y']), opts)}" if m["y"] else ""
        more = ""
        for listed in _ROMAN_MORE.finditer(m["more"]):
            value = roman_value(listed["r"])
            more += listed["join"] + (read_int(value, opts) if value else listed["r"])
        return f"{pre}{spoken}{year}{more}"

    text = _ROMAN.sub(repl, _PRIZE_ROMAN.sub(lambda m: m["pre"] + _PRIZE_RANKS[m["r"]], text))

    def regnal(m: re.Match[str]) -> str:
        value = roman_value(m["r"]) if m["r"] else None
        return m.group(0) if not value else f"{m['pre']}thứ {read_int(value, opts)}"

    text = _FOREIGN_NAME_ROMAN.sub(regnal, _POPE.sub(regnal, _REGNAL.sub(regnal, text)))
    text = _PLACE_ROMAN.sub(lambda m: f"{m['pre']}{read_int(roman_value(m['r']) or 0, opts)}", text)
    text = _NAMED_FIRST.sub(
        lambda m: m["pre"] + "một" if m.string.startswith(":", m.end()) or f"{m['name']} II" in m.string else m[0], text
    )
    text = _NAMED_ROMAN.sub(lambda m: f"{m['pre']}{read_int(roman_value(m['r']) or 0, opts)}", text)
    text = _CAPITALS_ROMAN.sub(
        lambda m: f"{m['pre']}{read_int(roman_value(m['r']) or 0, opts)}" if m["word"].isupper() else m.group(0), text
    )
    return _PROPER_ROMAN.sub(lambda m: f"{m['pre']}{read_int(roman_value(m['r']) or 0, opts)}", text)
