"""Money, units and percentages after numbers, with ranges ("30-40 km") and per-unit forms
("50.000đ/lượt" -> "năm mươi nghìn đồng một lượt", "km/h" -> "ki lô mét trên giờ")."""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import Lexicon
from .lexicon import builtin
from .numbers import read_fraction, read_int, read_number
from .options import Options
from .patterns import DASH, KITCHEN_MEASURES, NUM

_SIGNED = rf"(?:(?<![\w.,/\d-])(?P<neg>[-−]))?(?<![\w.,/])(?P<a>{NUM})(?:{DASH}(?P<b>{NUM}))?"
_SCALE = r"(?P<scale>\s(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s(?:tỷ|tỉ))?)?"
_CURRENCIES = builtin("currencies.tsv")
_PREFIX_CURRENCIES = {"US$": "đô la Mỹ", "$": "đô la", "€": "ơ rô", "¥": "yên", "£": "bảng Anh"}
_CURRENCY_NAMES = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
_PER = (  # "mg/dL"; "kg/1m3", "kg/1.000m2": so much of it in so much of another
    r"(?:\s?/\s?(?P<per>học kỳ|năm học|[^\W\d_][\w²³]*"
    r"|(?:\d{1,3}\.\d{3}|\d{1,4})\s?(?:giờ|ngày|h|m2|m²|m3|m³|cm2|ha)(?![\w²³])))?"
)
_MONEY = re.compile(rf"{_SIGNED}{_SCALE}\s?(?P<cur>{_CURRENCY_NAMES}){_PER}(?![\w])")
_PREFIX_MONEY = re.compile(rf"(?<![\w])(?P<cur>US\$|[$€¥£])\s?(?P<a>{NUM}){_SCALE}{_PER}(?![\w])")
# "$3238.95AUD", "$25 CAD": a dollar sum whose code names whose dollars, its decimal point English
_CODED_DOLLARS = re.compile(rf"(?<![\w])\$\s?(?P<a>{NUM}|\d+\.\d{{1,2}})\s?(?P<code>AUD|USD|CAD|SGD)(?![\w])")
# "7.000đ- 8.000đ/kg": a range with the currency on both ends, said once at the end
_MONEY_BOTH_ENDS = re.compile(
    rf"(?<![\w.,/])(?P<a>{NUM})\s?(?P<cur>{_CURRENCY_NAMES}){DASH}(?=(?:{NUM})\s?(?P=cur)(?!\w))"
)
_TIMES = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,3}(?:[.,]\d{1,2})?(?:\s?(?:cm|mm|m)(?=\s[x×*]))?)\s?[x×*]\s?"
    r"(?=\d+(?:[.,]\d+)?\s?(?:m|cm|mm|km|mét)(?![\w²³]))"
)  # "4cm x 6cm", "3,5 x4,5 cm" too, and "3,5*4,5cm", a photo's size typed with an asterisk
# "2.532 x 1.170 pixel", "1920×1080", a screen's "540x960": a size, its sides multiplied, whatever follows
_BY = re.compile(
    rf"(?<![\w.,])(?P<a>{NUM})(?:\s+[x×]\s+|×)(?=\d)|(?<![\w.,])(?P<w>\d{{3,4}})x(?=\d{{3,4}}(?!\w))"
    r"|(?<![\w.,])(?P<s>\d{1,2})[xX](?=\d{1,2}(?![\w.,]?\d|[xX]))"  # "khuôn 9x13", "ảnh 4x6", "Rubik 3X3"
)
# "mấy chục km", "gần chục kg": a unit after a count said in words
_WORD_COUNTED_UNIT = re.compile(r"\b(?P<n>chục|trăm|nghìn|ngàn|vạn|triệu) (?P<unit>km|kg|cm|mm|ml|mg|m2|m3)(?![\w²³/])")
# "zoom 100x", "phóng đại 10X": so many times as large (a lens's, never "chàng trai 9X")
_FOLD = re.compile(r"(?<![\w.,])(?P<a>\d{1,4}(?:[.,]\d)?)[xX×](?![\w×])")
_ZOOMED = re.compile(r"(?i:zoom|phóng|quang học|ống kính|kính hiển vi)")


def _zoomed(before: str) -> bool:
    """Whether a lens's zoom is named in the clause before: "zoom tới 120x", "phóng đại 10x"."""
    return _ZOOMED.search(re.split(r"[.;!?]\s", before[-40:])[-1]) is not None


_MILLIONS = re.compile(rf"(?<![\w.,/])(?P<a>{NUM})\s?tr(?P<rest>\d{{1,3}})?(?![\w]|\.đ)")
_TIME_WORDS = frozenset({"giờ", "giây", "phút", "ngày", "tuần", "tháng", "năm"})
_LONG_PERIODS = frozenset({"ngày", "tuần", "tháng", "năm"})  # a rate, never a speed
_DOSES = frozenset({"mg", "mcg", "µg", "g", "kg", "ml", "l", "lít", "kcal", "Kcal", "IU", "viên"})
_PERCENT = re.compile(rf"{_SIGNED}\s?%{_PER}(?![\w])")
# "Mức giá (VND/kg)": a price's unit named without a price
_BARE_PRICE_UNIT = re.compile(r"(?<![\w/])(?P<cur>VND|VNĐ|USD)/(?P<per>[^\W\d_][\w²³]*)(?![\w/])")
# "từ 0,74%-1,27%": a range with the sign on both ends
# "vài triệu đồng mỗi m2": a unit named without its number, after "mỗi" (each) or "trên" (per)
_EACH_UNIT = re.compile(
    r"(?P<pre>(?<!\w)(?i:mỗi|trên|hàng ngàn|hàng nghìn|hàng trăm|hàng chục|hàng triệu|vài|nhiều|ngàn|nghìn"
    r"|triệu|trăm) )"
    r"(?P<unit>km2|km²|cm2|m2|m²|m3|m³|kg|km|Km|ha)(?![\w²³/])"
    r"|(?P<count>(?<!\w)(?i:số|theo|hạn chế|bao nhiêu|vượt|từng|mấy|hoặc|hay|mốc|đủ|thêm) )"
    r"(?P<counted>km|Km|kg)(?![\w²³/])"
)  # "mỗi m2", "Hàng ngàn m3 gỗ", "khi số Km đạt ...": a unit counted in words (never "số ha ét ...", letters)
# "Phân chuồng (kg/hố)", "100.000 (km)": a unit named bare in a table's head or after its figures,
# its brackets read as pauses by now; over a counted thing it is so much of it "một hố"
_BARE_UNIT = re.compile(r"(?<=, )(?P<unit>km|Km|kg|Kg|cm|mm|ml|m2|m²|m3|m³)(?:/(?P<per>[^\W\d_]+))?(?=,|\.?$)")
# "150.000/mm3", "50.000/µL", "4.5 triệu/µL": a count in each unit of volume, a blood count's "trên"
_COUNT_PER_UNIT = re.compile(
    r"(?:(?<=\d)|(?<=\d triệu)|(?<=\d nghìn)|(?<=\d tỷ))\s?/\s?(?P<unit>mm3|mm³|µL|µl|mL|ml|dL|L)(?![\w²³/])"
)
# "1 x ESP-12F", "2 x Điện trở 10k": a parts list's count, "one of", no product
_PARTS_COUNT = re.compile(r"^(?P<n>\d{1,3})\s?[xX×]\s(?=[^\W\d_]|\d{1,2}x\d)")
# "hố 50x50x50cm", "thùng 40 x 30 x 20 cm": a box's three sides
_BOX = re.compile(rf"(?<![\w.,])(?P<a>{NUM})\s?[xX×*]\s?(?P<b>{NUM})\s?[xX×*]\s?(?={NUM}\s?(?:cm|mm|m)?(?![\w²³]))")
# "hơn 111 m 3 gỗ tròn": a cubic or square metre with a space before its power
_SPACED_POWER = re.compile(r"(?<=\d)\s?m\s([23])(?=[\s,.;)]|$)")
# "màn hình 4.9-inch", "12-megapixel": a unit joined to its number by a hyphen ("3-in-1" is no unit)
_HYPHENED_UNIT = re.compile(r"(?<=\d)-(?=(?:inch|megapixel|MP|nm|mm|cm|km|kg)(?![\w-]))")
# "½ viên/2,5kg thể trọng", "30ml/20 lít nước": so much for a counted amount of something else
_PER_COUNTED = re.compile(r"(?<=[^\W\d_])\s?/\s?(?=\d+(?:,\d+)?\s?(?:kg|g|lít|l|ml|km)(?![\w²³]))")
_PER_AREA = re.compile(r"(?<=[^\W\d_])\s?/\s?(?=(?:m2|m²|cm2|km2|ha)(?![\w²]))")  # "100 mắt/cm2", units said by now
# "khẩu độ f/1.5-2.4": a lens's aperture, "ép một phẩy năm đến hai phẩy bốn"
_APERTURE = re.compile(
    r"(?<![\w/])[fF]/(?P<a>\d{1,2}(?:[.,]\d{1,2})?)(?:\s?[-–]\s?(?P<b>\d{1,2}(?:[.,]\d{1,2})?))?(?![\w/]|[.,]\d)"
)
# "11,6 – 17,3”", "14”,": the inch mark after a size, where no quotation is open
# "... ngày 9".", "... ngưỡng 1300".": a count, or a whole number no screen measures (a quotation closes)
_COUNTED_BEFORE_MARK = re.compile(r"(?i:ngày|tháng|năm|số|lần|thứ|điều|khoản|trang)\s+\d+$|(?<![\d.,])[1-9]\d{3,}$")
_INCH_MARK = re.compile(r"(?<=\d)[”″\"](?=[\s,.;:)–-]|$)")
# "cám loại 10-13K / bịch", "giá 200K": thousands of dong, a capital K only where a price is (never
# "quốc lộ 1K", "biển 30K-555.55", "thực hiện 5K")
_PRICE_K = re.compile(
    r"(?P<pre>(?<![Đđ]ịa )\b(?:giá|chỉ|còn|tầm|khoảng|loại) )(?P<a>\d{1,4}(?:\s?-\s?\d{1,4})?)K\b"
    r"|(?<![\w.,-])(?P<b>\d{1,4}(?:-\d{1,4})?)K(?=\s*/\s*[a-zà-ỹđ])"
    r"|(?<![\w.,-])(?P<c>\d{2,3})K(?![\w-])"  # "chiêu trò 'vệ sinh 50K'" in a sentence on prices
)
_SPACED_MINUS = re.compile(r"\b(khoảng|là|mức|dưới|tầm|xuống) [-−] (?=\d+(?:,\d+)?\s?(?:°C|độ C)\b)")
_CLASS_NAME = re.compile(r"(?i:\blớp)\s$")  # "lớp 5TB": a class's name, its letters never terabytes
_MINUTES_P = re.compile(r"(?<![\w.,])(\d{1,2})p(?![\w])")
_PRICE_WORD = re.compile(r"(?i:\b(?:giá|tiền|phí|tốn|thiệt hại)\b)")  # "“Tổng thiệt hại” 500K": a cost
_RACE_BEFORE = re.compile(r"(?i:chạy|cự ly|giải)\s+$")  # "giải chạy 10K": a race's distance
_MARK = re.compile(r"(?:10|\d)(?:[,.]\d{1,2})?")
_CHARGED = re.compile(r"\s+(?:phí|giá trị|giá|tiền|học phí)\b")
_PERCENT_RANGE = re.compile(rf"(?<![\w.,])(?P<a>{NUM})\s?%\s?[-–]\s?(?P<b>{NUM})\s?%")


def _quantity(m: re.Match[str], opts: Options) -> str:
    spoken = read_number(re.sub(r"^0(?=\d$)", "", m["a"]), opts)  # "giảm 05% học phí": five per cent
    if m["neg"]:  # "-15% phí hao mòn": a charge taken off, never a negative number
        spoken = ("trừ " if _CHARGED.match(m.string, m.end()) else "âm ") + spoken
    if m.groupdict().get("b"):
        spoken += " đến " + read_number(m["b"], opts)
    return spoken


@lru_cache(maxsize=1)
def _units() -> tuple[dict[str, str], re.Pattern[str]]:
    table = builtin("units.tsv")
    names = "|".join(re.escape(u) for u in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"{_SIGNED}{_SCALE}\s?(?P<unit>{names}){_PER}(?![\w²³])")


@lru_cache(maxsize=1)
def _fraction_of_unit() -> re.Pattern[str]:
    """ "1/2 lb đường", "3/4 kg": a fraction of a unit, "nửa pao", "ba phần tư ki lô gam"."""
    names = "|".join(re.escape(u) for u in sorted(builtin("units.tsv"), key=len, reverse=True))
    return re.compile(rf"(?<![\w.,/])(?P<a>[1-9])/(?P<b>[2-9]|10)\s?(?P<unit>{names})(?![\w²³/])")


def _fraction(m: re.Match[str], table: dict[str, str], opts: Options) -> str:
    a, b = int(m["a"]), int(m["b"])
    if a >= b:
        return m[0]
    return ("nửa" if (a, b) == (1, 2) else read_fraction(a, b, opts)) + " " + table[m["unit"]]


@lru_cache(maxsize=1)
def _glued_quantity() -> re.Pattern[str]:
    """ "... hành tím3 – 3,5 lít ...", "... (gia giảm tùy khẩu vị)150 gram ...": where the next item of
    an ingredient list run together begins, its quantity glued to the last word of the item before."""
    measures = (
        *builtin("units.tsv"),
        *KITCHEN_MEASURES,
        "gram",
        "lít",
        "khúc",
        "củ",
        "quả",
        "trái",
        "tép",
        "bó",
        "lóng",
    )
    names = "|".join(re.escape(u) for u in sorted(measures, key=len, reverse=True))
    amount = r"\d+(?:[.,]\d+)?"
    return re.compile(rf"(?<=[a-zà-ỹđ)]{{2}})(?={amount}(?:\s?[–-]\s?{amount})?\s(?:{names})\b)")


def glued_quantities(text: str, opts: Options, lex: Lexicon) -> str:
    """ "50 gram hành tím3 – 3,5 lít nước vo gạo80 gram muối": an ingredient list run together, a pause
    where each item begins; "2,5mx3m", two lengths glued by the "x" between them, parted ("2,5m x 3m"); an
    arrow between two numbers ("xe 1 → 5 tấn", "5 -> 7 tỷ") a range's dash."""
    text = re.sub(r"(?<=\d)\s*(?:→|-{1,2}>)\s*(?=\d)", " - ", text)  # "5 -> 7 tỷ"
    text = _PER_ADULT.sub("/người lớn", text)  # "70k/nl": each grown-up
    return _GLUED_BY.sub(r"\1 x ", _glued_quantity().sub(", ", text))


_PER_ADULT = re.compile(r"(?<=\d[kK])/(?:nl|NL)(?![\w])|(?<=\d)/(?:nl|NL)(?![\w])")
_GLUED_BY = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?(?:mm|cm|m))x(?=\d+(?:[.,]\d+)?(?:mm|cm|m)\b)")


@lru_cache(maxsize=1)
def _unit_both_ends() -> re.Pattern[str]:
    """ "22 m - 24 m": a range with its unit on both ends, said once at the end ("500 g–1 kg",
    two units, each said)."""
    names = "|".join(re.escape(u) for u in sorted(builtin("units.tsv"), key=len, reverse=True))
    return re.compile(rf"(?<![\w.,/])(?P<a>{NUM})\s?(?P<u>{names}){DASH}(?=(?:{NUM})\s?(?P<v>{names})(?![\w²³]))")


def _both_ends(m: re.Match[str], table: dict[str, str]) -> str:
    """ "22 m - 24 m" -> "22 đến 24 m"; "500 g–1 kg" -> "500 g đến 1 kg"; "36V-10Ah", a battery's volts
    and its charge, two measures of different things: "36 V, 10Ah", never a range."""
    if m["u"] == m["v"]:
        return f"{m['a']} đến "
    same_kind = table[m["u"]].split()[-1] == table[m["v"]].split()[-1]
    return f"{m['a']} {m['u']} " + ("đến " if same_kind else ", ")


def _per(word: str | None, joiner: str, unit: str = "") -> str:
    """ "/lít" after money is "một lít"; "/h" after a unit is "trên giờ"; "/ngày" after a dose
    ("200mg/ngày", "2 300 kcal/ngày") and a day or longer after a unit other than money
    ("400.000 tấn/năm") is "mỗi ngày", "mỗi năm"."""
    if not word:
        return ""
    units = _units()[0]
    if word[0].isdigit():  # "mm/24 giờ": per so many hours; "kg/100m2": per so much ground
        number, named = re.match(r"(\d+(?:\.\d{3})?)\s?(.*)", word).groups()
        return f" trên {number} {units.get(named, named)}"
    if word in _TIME_WORDS and (unit in _DOSES or (word in _LONG_PERIODS and joiner == "trên")):  # "tấn/năm"
        return f" mỗi {word}"
    if word in units and joiner == "trên":
        return f" trên {units[word]}"
    if joiner == "trên" and word in _TIME_WORDS:  # "km/giờ" is a speed, like "km/h"
        return f" trên {word}"
    return f" một {units.get(word, _HOUR_LETTER.get(word, word))}"


_HOUR_LETTER = {"h": "giờ"}  # "350k/h": so much an hour


_PER_ONE = re.compile(r"(?<=\d)(?P<cur>\s?(?:đ|đồng|VNĐ|VND|k))\s?/\s?0?1\s(?=[^\W\d_])")
# "1,5 triệu – 2,5 triệu đồng", "2 triệu - 3 triệu": a range of sums each with its scale, "đến"
_SCALED_RANGE = re.compile(
    rf"(?<![\w.,])(?P<a>{NUM}\s?(?:nghìn|ngàn|triệu|tỷ|tỉ))\s[-–]\s(?={NUM}\s?(?:nghìn|ngàn|triệu|tỷ|tỉ)\b)"
)
# "6 tháng – 2 năm", "3 ngày - 2 tuần": a span from one count of time to another, "đến"
_SPAN = r"(?:giờ|ngày|tuần|tháng|năm)"
_TIME_RANGE = re.compile(rf"(?<![\w.,/])(?P<a>\d{{1,3}}\s{_SPAN})\s[-–]\s(?=\d{{1,3}}\s{_SPAN}\b)")
# "7 lạng - 1 kg", "5 yến - 1 tạ": a weight in the market's words to another, "đến"
_WEIGHT = r"(?:lạng|cân|yến|tạ|tấn|kg|g|gam)"
_WEIGHT_RANGE = re.compile(
    rf"(?<![\w.,/])(?P<a>\d{{1,3}}\s(?:lạng|cân|yến|tạ))\s[-–]\s(?=\d{{1,3}}(?:[.,]\d)?\s?{_WEIGHT}\b)"
)


# "27.500000đ": a sum whose second group's dot was lost, its millions and thousands run together
_LOST_GROUP_DOT = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(\d{3})(?=\s?(?:đ|đồng|VNĐ|vnđ)(?!\w))")
# words that make "đồng" another word: a watch, a plain, a colleague, a comrade...
_NOT_MONEY_DONG = re.compile(r"\s+(?:hồ|bằng|nghiệp|chí|ý|thời|hương|đội|bào|ruộng|lúa|cỏ|xu|phục|nát)\b")


def money(text: str, opts: Options, lex: Lexicon) -> str:
    """ "5.000đ", "100 USD", "$2,5 tỷ", "25tr", "1tr5", "23.000 đồng/lít", "27.500000đ" (a group's dot lost)."""

    def millions(m: re.Match[str]) -> str:
        spoken = f"{read_number(m['a'], opts)} triệu"
        if m["rest"]:
            spoken += f" {read_int(int(m['rest'].ljust(3, '0')), opts)} nghìn"
        return spoken

    def suffix(m: re.Match[str]) -> str:
        if m["cur"] == "đồng" and not (m["scale"] or m["per"]) and _NOT_MONEY_DONG.match(text, m.end()):
            return m.group(0)  # "03 đồng hồ": three watches, not three dong
        if m["cur"] == "đ" and _MARK.fullmatch(m["a"]) and "điểm" in text[max(0, m.start() - 30) : m.start()]:
            return f"{_quantity(m, opts)} điểm"  # "đạt điểm tối đa (10đ)": a mark out of ten, not dong
        scale = m["scale"] or ""
        return f"{_quantity(m, opts)}{scale} {_CURRENCIES[m['cur']]}{_per(m['per'], 'một')}"

    def coded(m: re.Match[str]) -> str:
        amount = re.sub(r"\.(?=\d{1,2}$)", ",", m["a"])  # "3238.95": its point a decimal's, "1.500" thousands
        return f"{read_number(amount, opts)} {_CURRENCIES[m['code']]}"

    def prefix(m: re.Match[str]) -> str:
        scale = m["scale"] or ""
        return f"{read_number(m['a'], opts)}{scale} {_PREFIX_CURRENCIES[m['cur']]}{_per(m['per'], 'một')}"

    text = _LOST_GROUP_DOT.sub(r"\1.\2.\3", text)
    text = re.sub(r"(?<=\d)(k|tr|đ)?/sp\b", r"\1/sản phẩm", text)  # "80tr/sp": a sum for each product
    text = _PER_ONE.sub(r"\g<cur>/", text)  # "50.000 đ/ 01 giải": so much for each one, "một giải"
    text = _TIME_RANGE.sub(r"\g<a> đến ", _SCALED_RANGE.sub(r"\g<a> đến ", _WEIGHT_RANGE.sub(r"\g<a> đến ", text)))
    text = re.sub(r"(?<=%)\s*[x×]\s*(?=\d)", " nhân ", text)  # "8% x1 tỷ": a share of a sum
    priced = _PRICE_WORD.search(text) is not None
    text = _PRICE_K.sub(
        lambda m: (
            m.group(0)
            if m["c"] and (not priced or _RACE_BEFORE.search(m.string, 0, m.start()))
            else f"{m['pre'] or ''}{m['a'] or m['b'] or m['c']}k"
        ),
        _MONEY_BOTH_ENDS.sub(lambda m: f"{m['a']} - ", text),
    )
    text = _MILLIONS.sub(millions, text)
    text = _CODED_DOLLARS.sub(coded, text)
    text = _PREFIX_MONEY.sub(prefix, text)
    return _MONEY.sub(suffix, text)


# a person's height, "1m74" or just "m74": "một mét bảy mươi tư" ("50m2" is an area)
_HEIGHT = re.compile(r"(?<![\w.,])(?P<m>[12])?m(?P<cm>\d{2}|[4-9])(?![\w%²³]|[.,]\d)")


@lru_cache(maxsize=1)
def _unit_pairs() -> re.Pattern[str]:
    """ "đơn vị là mmol/L hoặc mg/dL": a unit per another, named with no number before it (of the
    one-letter units only "L", so "A/B" stays a ratio)."""
    named = sorted((u for u in builtin("units.tsv") if len(u) > 1 or u == "L"), key=len, reverse=True)
    names = "|".join(re.escape(u) for u in named)
    return re.compile(rf"(?<![\w/])(?P<a>{names})/(?P<b>{names})(?![\w/²³])")


def _aperture(m: re.Match[str], opts: Options) -> str:
    spoken = "ép " + read_number(m["a"].replace(".", ","), opts)
    if m["b"]:
        spoken += " đến " + read_number(m["b"].replace(".", ","), opts)
    return spoken


# "Chiều dài cá (cm):", "Nhiệt độ nước (C):": a field's unit in brackets before its colon
_UNIT_LABEL = re.compile(r"(?<=[^\W\d_]) ?\((?P<u>[^()\s]{1,6})\)(?=\s*:)")
_TEMPERATURE_BEFORE = re.compile(r"(?i:nhiệt độ)[^.:;!?]*$")


# "đo bằng Watt (W) hoặc Kilowatt (kW)", "mét khối/giờ (m³/h)": a unit's symbol in brackets after
# its name (a one-letter symbol only after a unit's name, so "nhóm (A)" stays a letter)
_UNIT_GLOSS = re.compile(r"(?<=[^\W\d_]) ?\((?P<u>[^()\s/]{1,5})(?:/(?P<per>[^()\s/]{1,3}))?\)(?!\s*:)")
_UNIT_NAME_BEFORE = re.compile(r"(?i:\b(?:watt|oát|volt|vôn|ampe|ampere|lít|mét|giờ|phút))$")
_PER_SYMBOLS = {"h": "giờ", "s": "giây"}


def _unit_gloss(m: re.Match[str], table: dict[str, str]) -> str:
    """The unit symbol in brackets `m` said as its unit, or left unsaid where the words before say it."""
    unit, per = table.get(m["u"]), m["per"] and (table.get(m["per"]) or _PER_SYMBOLS.get(m["per"]))
    if (
        not unit
        or m["per"]
        and not per
        or len(m["u"]) == 1
        and not per
        and not _UNIT_NAME_BEFORE.search(m.string, 0, m.start())
    ):
        return m[0]
    spoken = f"{unit} trên {per}" if per else unit
    before = " ".join(re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 40) : m.start()].replace("/", " trên ")))
    if "".join(w[0] for w in before.split()[-len(m["u"]) :]).lower() == m["u"].lower() and len(m["u"]) > 1:
        return m[0]  # "tế bào (TB)": the words' initials, an abbreviation they define, never a terabyte
    return "" if before.lower().endswith(spoken) or _spells(before.split()[-1], m["u"]) else f" ({spoken})"


def _spells(name: str, symbol: str) -> bool:
    """Whether `symbol` is made of `name`'s letters in order from its first ("Kilowatt", "kW")."""
    rest = iter(name.lower()[1:])
    return name[:1].lower() == symbol[:1].lower() and all(c in rest for c in symbol.lower()[1:] if c.isalpha())


def unit_labels(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Chiều dài cá (cm):" is "Chiều dài cá (xen ti mét):"; "Nhiệt độ nước (C):" "(độ xê)"; a unit's
    symbol after its name, "Watt (W)", "(oát)", "mét khối/giờ (m³/h)" unsaid."""
    table = builtin("units.tsv")

    def label(m: re.Match[str]) -> str:
        unit = m["u"]
        if unit in ("C", "oC") and _TEMPERATURE_BEFORE.search(text, 0, m.start()):
            unit = "°C"
        return f" ({table[unit]})" if unit in table and unit != "k" else m[0]  # "Hệ số (k):" is no thousand

    return _UNIT_GLOSS.sub(lambda m: _unit_gloss(m, table), _UNIT_LABEL.sub(label, text))


def size_marks(text: str, opts: Options, lex: Lexicon) -> str:
    """ "màn hình 11,6 – 17,3”" is "mười một phẩy sáu đến mười bảy phẩy ba inch": a mark after a
    number that closes no quotation is the inch sign, read before quotes are dropped; "4.9-inch"
    loses its hyphen before its number is read; a video's mode "1080p/30fps" parts at its slash, and
    a product's two formulations "40EC/75 WP" are "hay"; "3.5 x 4.5", "nhân"."""

    def mark(m: re.Match[str]) -> str:
        start = max(text.rfind(".", 0, m.start() - 1), text.rfind("\n", 0, m.start()), 0)
        before = text[start : m.start()]
        if m.group(0) == '"' and before.count('"') % 2 or before.count("“") > before.count("”"):
            return m.group(0)  # the quotation opened in this sentence closes here
        if _COUNTED_BEFORE_MARK.search(text, 0, m.start()):
            return m.group(0)  # "... chọn ngày là ngày 9".": a quotation opened sentences ago closes
        if re.search(r"(?i:phút)\s+\d{1,2}$", text[: m.start()]):
            return " giây"  # "4 giờ 06 phút 39”": a race's time, the seconds marked as on a clock

        return " inch"

    text = _FORMULATIONS.sub(" hay ", _VIDEO_MODE.sub(r"\g<mode>, ", _HYPHENED_UNIT.sub(" ", text)))
    text = _BRACKETED_SIZE.sub(r"\g<size>", _DECIMAL_SIDES.sub(" nhân ", text))
    text = _LISTED_SIZES.sub(lambda m: re.sub(r"\s*[–-]\s*", ", ", m[0]), text)
    return _INCH_MARK.sub(mark, text)


# "3.5 x 4.5", "3.5*4.5": a photo's sides with their decimals, multiplied, before the dots are read
_DECIMAL_SIDES = re.compile(r"(?<=(?<![\w.,])\d[.,]\d)\s?[x×*]\s?(?=\d[.,]\d(?![\w.,]?\d))")
# "[10”] – [11.6”] – [12.3”]": screen sizes listed each in its brackets, read as sizes
_BRACKETED_SIZE = re.compile(r"\[(?P<size>\d{1,2}(?:[.,]\d)?[”″\"])\]")
# three sizes or more between dashes are a list of sizes, never one span
_SIZE = r"\d{1,2}(?:[.,]\d)?[”″]"
_LISTED_SIZES = re.compile(rf"{_SIZE}(?:\s*[–-]\s*{_SIZE}){{2,}}")
# "Monster 40EC/75 WP": one product in two formulations, either one
_FORMULATIONS = re.compile(r"(?<=\d[A-Z]{2})/(?=\d{1,3}\s?[A-Z]{2,3}\b)")
# "1080p/30fps", "4K/60fps": a video's lines and frames a second, a pause between, never "hay"
_VIDEO_MODE = re.compile(r"(?<![\w/])(?P<mode>\d{3,4}[pi]|\d[Kk])\s?/\s?(?=\d{2,3}\s?(?:fps|FPS)\b)")


_SIZE = re.compile(r"\d\s?[x×]\s?\d")
_WORDS_BY = re.compile(r"(?<=[a-zà-ỹđ]) [x×] (?=[a-zà-ỹđ])")
# "220V/ 50Hz", "110V/ 220V": a machine's ratings, one beside the other, never one per the other
_RATED_PAIR = re.compile(r"(?<=\d(?:V|W))\s?/\s?(?=\d+(?:[.,]\d+)?\s?(?:V|Hz|W|kW)\b)|(?<=\dHz)\s?/\s?(?=\d+\s?V\b)")


# "1.2 mét", "2.5 lít": a decimal typed with a dot before a unit written as a word, never a version's "1.2"
_DOT_DECIMAL_BEFORE_WORD_UNIT = re.compile(r"(?<![\w.,])(\d{1,3})\.(\d{1,2})(?=\s(?:mét|lít|tấn|ki lô|xen ti)\b)")


def units(text: str, opts: Options, lex: Lexicon) -> str:
    """ "1,2 km", "30-40 km", "-5°C", "120m2", "60 km/h", "50k" (nghìn), "170 nghìn ha"; a price's
    unit without a price, "(VND/kg)", is "đồng một ki lô gam"; "mỗi m2" is "mỗi mét vuông"; a
    relay or a size, "4x100m", "60x90cm", "2.532 x 1.170 pixel", is "bốn nhân một trăm mét"; a
    lens's aperture "f/1.8" is "ép một phẩy tám"."""
    table, pattern = _units()
    text = _DOT_DECIMAL_BEFORE_WORD_UNIT.sub(r"\1,\2", text)  # "0.6 mét đến 1.2 mét": both with a decimal comma
    if _SIZE.search(text):  # "60 x 90 (chiều rộng x chiều cao)": the size's dimensions named, "nhân" too
        text = _WORDS_BY.sub(" nhân ", text)
    text = _SPACED_MINUS.sub(r"\1 -", text)  # "khoảng - 18 độ C": a temperature's sign a copy spaced off
    text = _MINUTES_P.sub(r"\1 phút", text)  # "ngâm 30p": minutes, a chat's shorthand (never a video's "720p")
    text = _BOX.sub(r"\g<a> nhân \g<b> nhân ", _PARTS_COUNT.sub(r"\g<n> ", _RATED_PAIR.sub(", ", text)))
    text = _COUNT_PER_UNIT.sub(lambda m: f" trên {table[m['unit']]}", text)
    text = _APERTURE.sub(lambda m: _aperture(m, opts), _PER_COUNTED.sub(" trên ", text))
    text = _SPACED_POWER.sub(r" m\1", _fraction_of_unit().sub(lambda m: _fraction(m, table, opts), text))
    text = _unit_both_ends().sub(lambda m: _both_ends(m, table), text)
    text = _HEIGHT.sub(lambda m: f"{m['m'] or ''} mét {m['cm']}", text)
    text = _BY.sub(lambda m: f"{m['a'] or m['w'] or m['s']} nhân ", _TIMES.sub(lambda m: f"{m['a']} nhân ", text))
    text = _FOLD.sub(lambda m: f"{m['a']} lần" if _zoomed(text[: m.start()]) else m[0], text)
    text = pattern.sub(
        lambda m: (
            m[0]
            if _CLASS_NAME.search(m.string, 0, m.start()) and m["unit"].isupper() and m["a"] + m["unit"] in m[0]
            else f"{_quantity(m, opts)}{m['scale'] or ''} {table[m['unit']]}{_per(m['per'], 'trên', m['unit'])}"
        ),
        text,
    )
    text = _EACH_UNIT.sub(
        lambda m: m["pre"] + table[m["unit"]] if m["unit"] else m["count"] + table[m["counted"]],
        _PER_AREA.sub(" trên ", text),
    )
    text = _WORD_COUNTED_UNIT.sub(lambda m: f"{m['n']} {table[m['unit']]}", text)  # "mấy chục km"
    text = _unit_pairs().sub(lambda m: f"{table[m['a']]} trên {table[m['b']]}", text)
    text = _PRICE_THEN_KG.sub(" một ki lô gam", text)  # "200.000 đồng kg": a price by the kilogram
    text = _BARE_UNIT.sub(lambda m: table[m["unit"]] + _per(m["per"], "một"), text)
    return _BARE_PRICE_UNIT.sub(lambda m: f"{_CURRENCIES[m['cur']]}{_per(m['per'], 'một')}", text)


_PRICE_THEN_KG = re.compile(r"(?<=\bđồng)\s+(?:kg|Kg|KG)\b(?![/.]\w)")


def percents(text: str, opts: Options, lex: Lexicon) -> str:
    """ "7,4%", "30-40%", "0,7%-1,2%" -> "bảy phẩy bốn phần trăm"; a rate "17%/năm" -> "mười bảy
    phần trăm một năm"; a salt's strength "7/ngàn", "phần ngàn"."""
    text = _PER_THOUSAND.sub(r"\g<n> phần \g<k>", text)
    text = _PERCENT_RANGE.sub(
        lambda m: f"{read_number(m['a'], opts)} phần trăm đến {read_number(m['b'], opts)} phần trăm", text
    )
    return _PERCENT.sub(lambda m: f"{_quantity(m, opts)} phần trăm{_per(m['per'], 'một')}", text)


# "nâng muối 7/ngàn", "độ mặn 3/nghìn": parts in a thousand, "phần ngàn"
_PER_THOUSAND = re.compile(r"(?<![\w.,/])(?P<n>\d{1,2}(?:[.,]\d)?)\s?/\s?(?P<k>ngàn|nghìn)\b")
# "1kg men /1-2 tấn nguyên liệu", "1 lít/1-2 sào": so much for each one to two of a measure, "cho ... đến ..."
# (never a lens's "f/3.5-5.6")
_PER_RANGE = re.compile(r"(?<=[^\W\d_]{2})\s?/\s?(\d{1,3}(?:[.,]\d+)?)\s?[-–]\s?(\d{1,3}(?:[.,]\d+)?)(?=\s?[^\W\d_])")
# "6 khối - m3": a square or cubic metre named alone, no number before it
_LONE_AREA = re.compile(r"(?<![\w.])(?<!\d )m([23²³])(?![\w.])")
_UNIT_PER_BEFORE = re.compile(r"\d\s?[^\W\d_]{1,4}/$")  # "15.000 lm/m2": a unit per area, the units' own


def _lone_area(m: re.Match[str]) -> str:
    if _UNIT_PER_BEFORE.search(m.string[: m.start()]):
        return m.group(0)
    return " mét vuông" if m[1] in "2²" else " mét khối"


# "ngang x dọc", "dài x rộng x cao": the sides of a measure multiplied, "nhân"
_SIDES = r"(?:ngang|dọc|dài|rộng|cao|sâu|dày)"
_SIDES_TIMES = re.compile(rf"\b({_SIDES})\s+[x×]\s+(?={_SIDES}\b)")


# "4.500.000 đ/m2 – 5.000.000 đ/m2", "20.000 đ/kg - 25.000 đ/kg": two prices a unit, from the first to the second
_PRICES_RANGE = re.compile(r"(\d\s?(?:đ|đồng|VNĐ|VND|USD)/[^\W\d_]{1,3}[23²³]?)\s*[–-]\s*(?=\d)")


def per_ranges(text: str, opts: Options, lex: Lexicon) -> str:
    """ "1kg/1-2 tấn" is "một ki lô gam cho một đến hai tấn"; "20.000 đ/kg – 25.000 đ/kg" "... đến ..."; "m3"
    alone "mét khối"; "ngang x dọc" "ngang nhân dọc"."""
    text = _PRICES_RANGE.sub(r"\1 đến ", _PER_RANGE.sub(r" cho \1 đến \2", text))
    text = _LONE_AREA.sub(_lone_area, text)
    return _SIDES_TIMES.sub(r"\1 nhân ", text)
