"""Signs and forms whose reading depends on what stands next to them.

"<18 tuổi" is "dưới mười tám tuổi": the sign is read, not dropped. "12.5km" and "3.5 triệu"
were written with an English decimal point (Vietnamese writes "12,5"; a dot groups thousands,
"1.250km"): before a unit or a scale word, one or two digits after the dot are decimals.
"16.5°N" is a latitude, "bão YAGI" a storm's name, "VND giảm 1,87%" a stock ticker and not
the currency, "123 mã tăng/186 mã giảm" two counts, "U.19" an age group, "BN3001-3045" a run of patients. A signed
number of points is a market move: "(-3,2 điểm/-0,25%)" is "giảm ba phẩy hai điểm, tương
đương giảm không phẩy hai mươi lăm phần trăm".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.legacy import is_syllable
from .abbreviations import Lexicon
from .lexicon import builtin
from .options import Options
from .patterns import KITCHEN_MEASURES

_COMPARISONS = {">": "trên", "<": "dưới", "≥": "không dưới", ">=": "không dưới", "≤": "không quá", "<=": "không quá"}
# "< 18 tuổi", "trên ≥ 3 ngày"; "pin>= 1,2 kW" a table's cells run together, the sign glued to the word before
_COMPARISON = re.compile(
    r"(?<![\w<>=≤≥-])(>=|<=|[<>≤≥])\s?(?=\d)|(?<=[\w)] )(>=|<=|[≤≥])\s(?=[^\W\d_])|(?<=[^\W\d_])(>=|<=|[≤≥])\s?(?=\d)"
)
_ONE_TO_ONE = re.compile(r"(?i:(?<=\blớp )|(?<=\bhọc )|(?<=\bdạy )|(?<=\bkèm ))1\s?[:-]\s?1(?![\d:])")
_SCORE_ABOVE = re.compile(r"(?<=[^\W\d_]{2})[<>](?=\d)")
_HEMISPHERES = {"N": "vĩ Bắc", "S": "vĩ Nam", "E": "kinh Đông", "W": "kinh Tây"}
_COORDINATE = re.compile(r"(?<=\d)\s?°\s?([NSEW])(?![\w])")
_AGE_GROUP = re.compile(r"(?<![\w.])U\.(\d{2})(?![\w])")
_PATIENTS = re.compile(r"(?<![\w])BN\s?(\d+)(?:\s*[-–]\s*(?:BN\s?)?(\d+))?(?![\w])")
_MOVE = {"+": "tăng", "-": "giảm", "−": "giảm", "–": "giảm"}
_POINTS = re.compile(
    r"(?<![\w,.])(?<!\d\s)([+\-−–])\s?(\d+(?:[,.]\d+)?)\s?điểm(?!\w)(?:\s?/\s?([+\-−–])\s?(\d+(?:,\d+)?)\s?%)?"
)
# "giảm 8,34 điểm (-0,44%)": the bracket, read as a comma by now, gives the same move in percent
_POINTS_THEN_PERCENT = re.compile(
    r"(?P<move>(?:tăng|giảm|lên|xuống|mất)\s+(?:thêm\s+)?\d[\d.,]*\s?điểm),\s*[+\-−–]\s?(?P<p>\d+(?:,\d+)?)\s?%",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(r"(?:tăng|giảm|lên|xuống|mất)[\s(,]*$", re.IGNORECASE)
_STOCK_CONTEXT = re.compile(
    r"cổ phiếu|chứng khoán|\bmã\b|tham chiếu|khối ngoại|bán ròng|mua ròng|-Index|\bVN30\b|\bsàn\b|thanh khoản"
    r"|cổ tức",
    re.IGNORECASE,
)
_TICKER = r"[A-Z]{3}(?![\w-])"
_GOLD_PURITY = re.compile(r"(?<=(?i:vàng) )9{2,4}(?:[.,]9{1,2})?(?![\w%]|[.,]\d)")  # "vàng 9999", "999.9"
# "mã PIN", "mã OTP", "mã QR": a kind of code after "mã", never a company's ticker
_CODE_KINDS = frozenset({"PIN", "OTP", "PUK", "CVV", "CVC", "SKU", "ZIP"})
# A run of tickers: "VIB, VCB, ACB và TPB"; in a market story, a run of two or more, or one
# that a price move follows or "mã"/"cổ phiếu" precedes, is tickers.
_TICKER_RUN = re.compile(rf"(?<![\w.-])(?<!TP )(?<!Tp ){_TICKER}(?:(?:\s*,\s*|\s+và\s+){_TICKER})*")
_CURRENCIES = frozenset("USD EUR JPY CNY GBP VND AUD SGD KRW THB CHF".split())
_TICKER_NEXT = re.compile(
    r"\s*(?:\(|,)?\s*(?:(?:cũng|vẫn|tiếp tục|đều|còn)\s+)?"
    r"(?:tăng|giảm|mất|lên|xuống|đứng giá|chốt|đóng cửa|khớp|bị bán|được mua|bán ròng|mua ròng)\b"
    r"|\s*[(,]\s*[-+−–]\s*\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn|%)"  # "HCM (-328 tỷ đồng)": a net figure
)
# "HCM giảm 1,34%, MBS giảm 1,42%": two price moves of three-capital names are a market story.
_TICKER_MOVES = re.compile(
    r"(?<![\w.-])(?!(?:USD|EUR|JPY|CNY|GBP|VND)\b)[A-Z]{3}\s+(?:tăng|giảm)\s+(?:gần\s+|hơn\s+)?\d"
)
# "HSG (Công ty CP Tập đoàn Hoa Sen) tăng 400 đồng": a ticker, its company's name in brackets
_NAMED_TICKER = re.compile(
    r"(?<![\w.-])([A-Z]{3})"
    r"(?=\s*[(,]\s*(?:Công ty|Tổng Công ty|Tổng công ty|Tập đoàn|Ngân hàng|CTCP|Công ty cổ phần)\b)"
)
# "NCT – dẫn đầu thị phần hàng hóa": a company's letters and what it does, in a list of them
_DESCRIBED_TICKER = re.compile(r"(?<![\w.-])([A-Z]{3}) [–-] (?=[a-zà-ỹđ])")
_TICKER_PREV = re.compile(r"(?:\bmã|cổ phiếu)(?: chứng khoán)?\s*:?\s*$", re.IGNORECASE)
# "Bà Laurence DUMOULIN", "Ông Thierry BONTEMS": a foreign first name, then the surname in capitals
# as French and some other pages print it; a word of four letters or more with two vowels, not an
# acronym the lexicon knows
_CAPS_SURNAME = re.compile(r"(?<![\w-])(?P<given>[A-Z][a-z]{1,14}) (?P<surname>[A-Z]{4,})(?![\w-])")
_VOWELS = re.compile(r"[AEIOUY]")
_STORM = re.compile(r"(?<=\b[Bb]ão )([A-Z]{3,})(?![\w-])")
# "Llama-3.1", "GPT-4.5": a name and its version; the version is read with "chấm".
_VERSIONED_NAME = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)-(?=\d+\.\d)")
_INDEX_NAME = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*)-[Ii]ndex(?![\w-])")
# "123 mã tăng/186 mã giảm": the slash between a word and a count is a pause.
_TALLY = re.compile(
    r"(?<=[a-zà-ỹđ]{2})\s?/\s?(?!(?:19|20)\d\d\b)(?=\d+\s+(?!(?:giờ|ngày|tháng|năm)\b)[^\W\d_])"
)  # "quý IV/2024 tăng" is a quarter and its year
# "7 – 10 kg/ 100 m2": so much for so much ground
_AREA = re.compile(r"\d+\s?(?:m2|m²|ha|cm2|sào)(?![\w²])")
# "pha ... với tỷ lệ 1 muỗng cà phê/4 lít nước": so much of one thing to so much of another
_MIXED_IN = re.compile(r"(?i:\bt[ỉỷ] lệ|\bpha\b|\bhòa\b)[^.;!?]*$")
# "NAA 500 – 1000 mg/1 lít nước": a dose measured for so much water
_DOSE_BEFORE = re.compile(r"\d\s?(?:mg|mcg|µg|g|gr|gam|kg|ml|lít)$")
# after a number with a decimal point: a scale, a time ("10.17 giây": a sprint), a score ("8.5 điểm")
# or a kitchen measure ("1-1.5 muỗng")
_SCALE_WORDS = ("triệu", "tỷ", "tỉ", "nghìn", "ngàn", "lần", "độ", "%", "°", "giây", "phút", "điểm")
# or a price in a currency that is never a word ("378.85 US cent/pound", "16.8 USD")
_DECIMAL_CURRENCIES = ("US cents", "US cent", "cents", "cent", "USD", "EUR", "NDT")
# "cách nốt chủ 3.5 cung": whole tones between two notes (never "1.5 cung cấp", a date before a verb)
_TONES = r"cung\b(?! (?:cấp|ứng|đường|điện|đình|kính|cầu|nữ|thủ|hoàng))"


@lru_cache(maxsize=1)
def _decimal_point() -> re.Pattern[str]:
    after = sorted(
        [*builtin("units.tsv"), *_SCALE_WORDS, *KITCHEN_MEASURES, *_DECIMAL_CURRENCIES], key=len, reverse=True
    )
    names = "|".join(re.escape(u) for u in after)
    return re.compile(rf"(?<![\d.,])(\d{{1,3}})\.(\d{{1,2}})(?=\s?(?:(?:{names})(?![\w²³])|{_TONES}))")


# "(P<0,05)", "p = 0,001": a study's p-value
_P_VALUE = re.compile(r"(?<![\w<>=])([pP])\s?(<=|>=|[<>=≤≥])\s?(?=0[,.]\d|1(?![\d,.]))")
_P_SIGNS = {
    "<": "nhỏ hơn",
    ">": "lớn hơn",
    "=": "bằng",
    "≤": "không quá",
    "<=": "không quá",
    "≥": "không dưới",
    ">=": "không dưới",
}


# "(~36 tấn)": about; "tại 10+ xã": more than; "khách sạn 4*": stars
_ABOUT = re.compile(r"(?<![\w~])[~≈]\s?(?=\d)")  # "(≈ 20 km)" too
_MORE_THAN = re.compile(r"(?<![\w+.,])(\d[\d.,]*)\+(?=\s+(?!(?:không|là|và|thì|được|đã|sẽ|cho|của|mà|có)\b)[a-zà-ỹđ])")
_TOP_MORE = re.compile(r"(?:(?<=tốp )|(?<=^)|(?<=: ))(\d[\d.,]*)\+(?=\s+[^\W\d])")  # "...: 11+ Cách giặt áo"
# "đạt thang điểm 4,5/5 sao": a rating out of five or ten
_RATING = re.compile(r"(?<![\w.,/])(\d(?:[.,]\d)?)/(5|10)(?=\s?(?:sao|điểm)\b)")
# "Điểm trung bình cần đạt 7.0/10 hoặc 3.0/4.0", "GPA 3,2/4": a mark out of a scale, after a word for marks
_MARK_OUT_OF = re.compile(r"(?<![\w.,/])(\d{1,2}[.,]\d{1,2})/(4|4[.,]0|5|9|9[.,]0|10|10[.,]0|100)(?![\w/]|[.,]\d)")
_MARK_WORDS = re.compile(r"(?i:\b(?:điểm|GPA|IELTS|TOEFL|SAT|thang)\b)(?:[^.!?]|\.(?=\d)){0,60}$")
# "khi con lớn (2,3 tuổi)": two counts in a row, one more than the other, never a decimal ("2,5 tuổi")
_TWO_OR_THREE = re.compile(
    r"(?<![\w.,\-–])([1-9]),([1-9])(?=\s(?:tuổi|ngày|tháng|tuần|người|hôm|buổi|đứa|bữa|tiếng|bụi|con|cái|quả|trái"
    r"|nhánh|củ|chiếc|viên|giọt|bước|chén|bát|miếng|lát|phút|giờ|hộ|cây(?! số))\b)"
)  # "tách bụi lớn thành 5,6 bụi nhỏ": a count, never "1,2 cây số", "1-1,2 con/m2" or "tăng 2,3 lần"
_STARS = re.compile(r"(?<=[^\W\d_] )([1-5])\*(?=\s|$|[,.;:)–-])")  # "Resort 3* Long Hải", never "Số 1 * 2015"
# "50K+ Người Chơi", "10K người theo dõi": thousands of something counted (never a screen's "4K")
_THOUSANDS_K = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d)?)K(?:(?P<more>\+)(?=\s+[^\W\d])"
    r"|(?=\s+(?:người|lượt|thành viên|học viên|khách|bạn đọc|lượt xem|lượt thích)\b))"
)


def comparisons(text: str, opts: Options, lex: Lexicon) -> str:
    """ "<18 tuổi" -> "dưới 18 tuổi": a comparison sign before a number is read; a study's
    "P<0,05" is "p nhỏ hơn 0,05"; "~36" is "khoảng 36", "10+ xã" "hơn 10 xã", "50K+ Người Chơi"
    "hơn 50 nghìn", a hotel's "4*" "4 sao"; a rating "4,5/5 sao" "4,5 trên 5 sao"; "(2,3 tuổi)" two or three years
    old, "2, 3 tuổi"."""
    text = _RATING.sub(lambda m: f"{m[1].replace('.', ',')} trên {m[2]}", text)
    text = _MARK_OUT_OF.sub(
        lambda m: f"{m[1]} trên {m[2]}" if _MARK_WORDS.search(m.string, 0, m.start()) else m[0], text
    )  # "3.0 trên 4.0": each said as written, a scale's ".0" too
    text = _TWO_OR_THREE.sub(lambda m: f"{m[1]}, {m[2]}" if int(m[2]) == int(m[1]) + 1 else m[0], text)
    text = _THOUSANDS_K.sub(lambda m: f"{'hơn ' if m['more'] else ''}{m['n'].replace('.', ',')} nghìn", text)
    text = _STARS.sub(r"\1 sao", _MORE_THAN.sub(r"hơn \1", _ABOUT.sub("khoảng ", text)))
    text = _TOP_MORE.sub(r"hơn \1", text)  # "TOP 10+ Lỗi thường gặp", "11+ Cách ...": more than, before a capital
    text = _P_VALUE.sub(lambda m: f"pê {_P_SIGNS[m.group(2)]} ", text)
    text = re.sub(r"\b(dưới|trên)\s*[<>]\s?(?=\d)", r"\1 ", text)  # "độ dốc dưới < 8": the sign said already
    text = _ONE_TO_ONE.sub("một kèm một", text)  # "Lớp học 1:1": one teacher, one learner
    text = _SCORE_ABOVE.sub(lambda m: " trên " if m[0] == ">" else " dưới ", text)  # "IELTS>7.5": a score above
    text = _SPACED_SIGN.sub(r"\1=", text)  # "> = 6.5%": a sign typed in two pieces
    return _COMPARISON.sub(lambda m: f"{' ' if m[3] else ''}{_COMPARISONS[m[1] or m[2] or m[3]]} ", text)


_SPACED_SIGN = re.compile(r"(?<![\w<>=])([<>])\s=(?=\s?\d)")


# "Z.DIR", "X.STEP": a pin's or a field's name, an axis letter and a word in capitals, never "xã"
_DOTTED_FIELD = re.compile(r"(?<![\w.])([A-Z])\.([A-Z]{2,})(?![\w.])")
# "UNO for Arduino-------- expansion board": a row's leader of dashes between two cells, a pause
_LEADER = re.compile(r"(?<=\w)\s*[-_]{4,}\s*(?=\w)")


def table_leaders(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Arduino------ expansion board" is "Arduino, expansion board"; "Z.DIR" is "Z DIR"."""
    return _DOTTED_FIELD.sub(r"\1 \2", _LEADER.sub(", ", text))


# "(5- 0,25) + (2: 2)= 5,75": a sum worked in brackets, each bracket followed by another sign or "="
_WORKED_SUM = re.compile(r"\((\d[\d.,]*)\s*([-–:x×])\s*(\d[\d.,]*)\)(?=\s*(?:[-–+x×:]\s*\(|=))")
_WORKED_SIGNS = {"-": "trừ", "–": "trừ", ":": "chia", "x": "nhân", "×": "nhân"}
# "độ kính áp tròng - 0.25": less than one taken from what the words name, never a dash between parts
_LESS_A_PART = re.compile(r"(?<=[^\W\d_]) [-–] (?=0[.,]\d+(?!\d|[.,]\d))")


def worked_sums(text: str, opts: Options, lex: Lexicon) -> str:
    """ "(5- 0,25) + (2: 2)= 5,75": the signs of a sum in brackets said, "trừ", "chia", "nhân";
    "độ kính - 0.25" is "trừ không phẩy hai mươi lăm"."""
    text = _LESS_A_PART.sub(" trừ ", text)
    return _WORKED_SUM.sub(lambda m: f"({m[1]} {_WORKED_SIGNS[m[2]]} {m[3]})", text)


# "từ 24 - 280C": a degree sign typed as a zero after the upper end of a span of temperatures; "từ -180C": a freezer's
_ZERO_FOR_DEGREE = re.compile(r"(?:(?<=\d)(?P<dash>\s?[-–]\s?)|(?<![\w.,])(?P<minus>[-−]))(?P<t>[1-4]\d)0C(?![\w°])")
_O_FOR_DEGREE = re.compile(r"(?<=\d)\s?o(?=[CF]\b)")  # "25 – 27oC", "185 - 190oF": a small o typed for the degree sign


def coordinates(text: str, opts: Options, lex: Lexicon) -> str:
    """ "16.5°N" -> "16.5 độ vĩ Bắc": a hemisphere letter after degrees; "24 - 280C" is "24 - 28°C"."""
    text = _O_FOR_DEGREE.sub("°", _ZERO_FOR_DEGREE.sub(lambda m: f"{m['dash'] or m['minus']}{m['t']}°C", text))
    return _COORDINATE.sub(lambda m: f" độ {_HEMISPHERES[m.group(1)]}", text)


# "mỗi kì 2.5 tháng", "mất 1.5 năm": a span of time, never a day and month ("ngày 1.5 năm 2020",
# "đến 30.5 năm nay")
_SPAN_POINT = re.compile(
    r"(?<![\d.,])(?<!ngày )(\d{1,2})\.(\d)"
    r"(?=\s?(?:giờ|ngày|tuần|tháng|năm)\b(?!\s*\d|\s+(?:nay|này|ngoái|trước|tới|qua)\b))"
)
# "0.05" is a decimal whatever follows: no number of thousands starts with 0
_ZERO_POINT = re.compile(r"(?<![\w.,])0\.(\d+)(?![\w]|[.,]\d)")
# "GRBL phiên bản 0.9", "firmware GRBL 0.9", "các phiên bản trước (0.8; 0.7)", "Sử dụng GRBL 0.9": a
# version, read with "chấm"
_VERSION_BEFORE = re.compile(r"(?i:phiên bản|version|firmware)(?:[^!?.]|\.(?=\d)){0,30}$|\b[A-Z]{3,}\s$")
# "độ cận 5.00", "3.25 - 5.00": two places after a point that no date or thousands group has ("00", 13 to 99)
# (never a clock's "lúc 19.45" nor a version's "phiên bản 1.20")
_HUNDREDTHS = re.compile(
    r"(?<![\w.,:/])(?<![Ll]úc )(?<![Bb]ản )(?<![Vv]ersion )(\d{1,3})\.(00|1[3-9]|[2-9]\d)(?![\w/]|[.:,]\d)"
)
# "dầu diesel 0,05S": the sulphur grade of a fuel, a decimal and the letter S
_SULPHUR = re.compile(r"(?<![\w.,])(\d+)[.,](\d+)S(?![\w])")


# "rating ... là mức 4.7": a level or rating, the decimal point after the word that names it
# a body's temperature with an English decimal point, after a word for it: "Sốt cao hơn từ 37.4~37.8"
_BODY_HEAT = re.compile(r"(?i:nhiệt độ|thân nhiệt|sốt)(?:[^.!?]|\.(?=\d)){0,40}")
_HEAT_POINT = re.compile(r"(?<![\d.,])(3[4-9]|4[0-2])\.(\d)(?!\d|[.,]\d)")
_RATED = re.compile(r"(?P<pre>\b(?:mức|rating|chỉ số|hệ số)\s)(\d{1,2})\.(\d{1,2})(?!\d|[.,]\d)")


# the first end of a range whose other end is a decimal: "từ 3.9 đến dưới 5,6 mmol/L"
_RANGE_START_POINT = re.compile(
    r"(?<![\d.,])(\d{1,3})\.(\d{1,2})(?=\s*(?:đến|tới|-|–)\s*(?:dưới\s+|trên\s+)?\d{1,3},\d{1,2}(?![\d.,]))"
)

# "từ 0 – 6.5", "5.0 - 6.5", "IELTS 6.5 – 7.0, ...": a range whose upper end has an English decimal point
_RANGE_END_POINT = re.compile(r"(?<![\w.,/])(?P<a>\d{1,2}(?:\.\d)?)\s?[-–]\s?(?P<b>\d{1,2}\.\d)(?![\w/]|[.,]\d)")


# "cao gấp 1.5-2 lần", "gấp 2.5 lần": a multiple with an English decimal point; "bằng 1.5 nốt trắng": a measure
_TIMES_POINT = re.compile(
    r"(?<=\bgấp )(\d{1,2})\.(\d)(?=\s*(?:[-–]\s*\d{1,2}(?:[.,]\d)?\s*)?lần\b)"
    r"|(?<=\bbằng )(\d{1,2})\.(\d)(?= (?!giờ|ngày|tháng|năm)[a-zà-ỹđ])"
)
# "độ pH từ 5.5 đến 6.5" (its letters said already): an acidity, its decimal points English
_ACIDITY_POINT = re.compile(
    r"(?<=\bpê hát )(?P<pre>(?:từ |khoảng |là |đạt |ở mức )?)(?P<a>\d{1,2})\.(?P<b>\d{1,2})"
    r"(?:(?P<mid>\s*(?:đến|tới|[-–])\s*)(?P<c>\d{1,2})\.(?P<d>\d{1,2}))?(?!\d|[.,]\d)"
)


# "Kích thước bầu 2.8", "đường kính thân 3.5": a measure named before its number, a decimal point
_MEASURED_POINT = re.compile(
    r"(?P<pre>\b(?:[Kk]ích thước|[Đđ]ường kính|[Cc]hiều (?:dài|rộng|cao|sâu)|[Cc]ân nặng|[Tt]rọng lượng|[Đđ]ộ dày)"
    r"(?:\s[^\W\d]+){0,2}\s(?:là\s|khoảng\s|:\s?)?)(\d{1,3})\.(\d{1,2})(?!\d|[.,]\d|\s?[xX×*]|\snhân\b)"
)
# the rest of an acidity's clause ("pH từ 4 – 8, tối ưu 5.2 - 6.2"), and a number with one place after a point in it
_ACIDITY_CLAUSE = re.compile(r"(?<=\bpê hát )(?:[^.!?]|\.(?=\d)){0,60}")
_ONE_PLACE_POINT = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d)(?![\d.,])")


def _acidity(m: re.Match[str]) -> str:
    upper = f"{m['mid']}{m['c']},{m['d']}" if m["c"] else ""
    return f"{m['pre']}{m['a']},{m['b']}{upper}"


def _range_to_point(m: re.Match[str]) -> str:
    return f"{m['a']} đến {m['b']}" if float(m["a"]) < float(m["b"]) else m.group(0)


# "45.000-60.00 đ": a range of sums whose far end lost a zero from its last group
_LOST_GROUP_ZERO = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)\s?[-–]\s?(\d{1,3}(?:\.\d{3})*\.\d{2})(?=\s?(?:đ|đồng|VNĐ|vnđ)(?!\w))"
)


def _lost_group_zero(m: re.Match[str]) -> str:
    """The far end with its zero back, when only then is it past the near end."""
    near, far = int(m[1].replace(".", "")), int(m[2].replace(".", "") + "0")
    return f"{m[1]}-{m[2]}0" if near < far else m.group(0)


def decimal_points(text: str, opts: Options, lex: Lexicon) -> str:
    """ "12.5km" -> "12,5km": an English decimal point before a unit, scale, time or score word,
    after a word naming a level ("mức 4.7"), at the start of a range whose other end is such a
    decimal, and "0.05" and a fuel's grade "0.05S" ("0,05 S") wherever they stand. A range whose
    upper end has a decimal point is said with "đến" ("từ 0 – 6.5": "từ 0 đến 6.5"); so are a multiple
    ("gấp 1.5-2 lần") and an acidity ("pH từ 5.5 đến 6.5"). Two places after a point that no date has
    ("5.00", "3.25") are a decimal's too. Three numbers or more apart by spaced dashes are a list, never ranges
    ("Đảm bảo 5.5 – 6.0 – 6.5 – 7.0")."""
    text = _LOST_GROUP_ZERO.sub(_lost_group_zero, text)
    text = _DASHED_LIST.sub(lambda m: ", ".join(re.split(r"\s+[–-]\s+", m[0])), text)
    text = _RATED.sub(r"\g<pre>\2,\3", _SULPHUR.sub(r"\1,\2 S", text))
    text = _BODY_HEAT.sub(lambda m: _HEAT_POINT.sub(r"\1,\2", m[0]), text)  # "Nhiệt độ từ 36.5~36.7"
    text = _ACIDITY_POINT.sub(_acidity, _TIMES_POINT.sub(lambda m: ",".join(p for p in m.groups() if p), text))
    text = _ACIDITY_CLAUSE.sub(lambda m: _ONE_PLACE_POINT.sub(r"\1,\2", m[0]), text)  # "pH từ 4 – 8, tối ưu 5.2 - 6.2"
    text = _SPAN_POINT.sub(r"\1,\2", _decimal_point().sub(r"\1,\2", _MEASURED_POINT.sub(r"\g<pre>\2,\3", text)))
    text = _RANGE_END_POINT.sub(_range_to_point, text)  # "từ 0 – 6.5"
    text = _RANGE_START_POINT.sub(r"\1,\2", text)  # "từ 3.9 đến dưới 5,6 mmol/L"
    text = _ZERO_POINT.sub(lambda m: m[0] if _VERSION_BEFORE.search(text, 0, m.start()) else f"0,{m[1]}", text)
    return _HUNDREDTHS.sub(r"\1,\2", text)


_DASHED_LIST = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?:\s+[–-]\s+\d+(?:[.,]\d+)?){2,}(?![\w.,]?\d)")
# A number plate printed with its last digits hidden: "86AE-032.xx" is said as far as it is printed
_MASKED_DIGITS = re.compile(r"(?<=\d)\.?(?:xx|xxx|XX|XXX|\*\*|\*\*\*)(?![\w*])")
# and a telephone number in groups, "0823 125 xxx": its printed digits, one by one
_MASKED_PHONE = re.compile(r"(?<![\w.,])(0\d{2,3}(?: \d{2,4}){1,3}) (?:xx|xxx|XX|XXX|\*\*\*)(?![\w*])")
# "từ U7-U20": a span of age groups
_AGE_SPAN = re.compile(r"(?<![\w-])U(\d{1,2})\s?[-–]\s?U(\d{1,2})(?![\w-])")


# Rice varieties are named by a breeder's letters and a number said digit by digit:
# "IR 50404" is "i e rờ năm không bốn không bốn", never fifty thousand.
_SEED_CODE = re.compile(r"(?<![\w])(IR|OM|RVT|TBR|VNR|BC|DT|JO)\s?(\d{4,6})(?![\w.,]\d|\w)")
_SEED_CONTEXT = re.compile(r"(?i:\blúa\b|\bgiống\b|\bgạo\b)")
# "mật khẩu 123456", "admin / 12345678": a password, its digits one by one
_PASSWORD = re.compile(  # never "pass 3 môn", "bypass 2000"
    r"(?i:\b(?:mật khẩu|password|admin)(?: là)?\s?[:/]?\s?|\bpass\s?:\s?)(?P<d>\d{4,12})(?![\w.,]\d|\w)"
)


# Road markers and lengths in disaster reports: "Km34+210", "Km 316+230", "L=300m"
_KM_MARKER = re.compile(r"(?<![\w])(?<!\d\s)[Kk]m(?:\s?(?=\d)|\s(?=thứ\b))")  # "100 km2" is an area; "km thứ 5"
_LENGTH = re.compile(r"(?<![\w])L\s?=\s?(?=\d)")
# "báo động 1-BĐ2", "BĐ2-BĐ3": a river's alarm levels, from one to the other
_ALARM_RANGE = re.compile(r"(?P<a>BĐ|báo động)\s?(?P<x>[1-3])\s?[-–]\s?(?:BĐ|báo động)\s?(?P<y>[1-3])(?!\d)")
# "Bí thư Đảng ủy P10", "Chủ tịch UBND Q5": a ward or a district by its letter and number, after
# the body that runs it (never "Huawei P10")
_WARD = re.compile(
    r"(?P<body>\b(?:UBND|HĐND|MTTQ|Đảng ủy|Đảng uỷ|Công an|Quận ủy|Quận uỷ|Ủy ban nhân dân|Hội đồng nhân dân) )"
    r"(?P<letter>[PQ])(?P<n>\d{1,2})(?![\w.,]\d|\w)"
)
# "tuyến ống DN100PVC": a pipe's nominal diameter, its letters said, never a company
_PIPE_SIZE = re.compile(r"(?<=ống )DN\s?(\d{2,4})(?=\s|[A-Z]|$)")
# "quốc lộ QL.279D": the road named twice (QL already read) is said once
_ROAD_TWICE = re.compile(r"\b([Qq]uốc lộ)\s+Quốc lộ\b")


# "ISSN:2815-5807", "ISBN 978-604-2-12345-6": a journal's or a book's standard number, said digit by digit in its
# groups, never a span of two numbers
_STANDARD_NUMBER = re.compile(r"\b(?P<kind>E?-?ISSN|ISBN)\s*:?\s*(?P<code>\d[\d-]{6,}[\dXx])(?![\w-])")


# "chế phẩm Em gốc", "men Em thứ cấp": the effective microorganisms, EM, in small letters
_MICROBES = re.compile(r"(?<=\b[Cc]hế phẩm )Em\b|(?<=\b[Mm]en )Em\b")  # never "Em gốc Huế", a speaker's home


def codes_in_context(text: str, opts: Options, lex: Lexicon) -> str:
    """Codes whose reading depends on the sentence: plates with hidden digits, road markers,
    rice varieties, alarm levels, a ward or district after the body that runs it, a pipe's size, the
    microbes "chế phẩm Em gốc" (EM, never the pronoun), a password's digits, gold's purity ("vàng 9999": its nines),
    a journal's ISSN digit by digit."""
    text = _MICROBES.sub("EM", text)
    text = _STANDARD_NUMBER.sub(lambda m: f"{m['kind']} " + ", ".join(" ".join(g) for g in m["code"].split("-")), text)
    text = _MASKED_DIGITS.sub("", _MASKED_PHONE.sub(lambda m: m.group(1).replace(" ", ""), text))
    text = _KM_MARKER.sub("ki lô mét ", _LENGTH.sub("dài ", text))
    text = _ROAD_TWICE.sub(r"\1", text)
    text = _PIPE_SIZE.sub(lambda m: f"{lex.spell('DN')} {m.group(1)} ", text)
    text = _WARD.sub(lambda m: f"{m['body']}{'phường' if m['letter'] == 'P' else 'quận'} {m['n']}", text)
    text = _ALARM_RANGE.sub(lambda m: f"báo động {m['x']} đến báo động {m['y']}", text)
    if _SEED_CONTEXT.search(text):
        text = _SEED_CODE.sub(lambda m: f"{m.group(1)} {' '.join(m.group(2))}", text)
    text = _GOLD_PURITY.sub(lambda m: " ".join(m[0].replace(".", "").replace(",", "")), text)
    text = _PASSWORD.sub(lambda m: m[0][: m.start("d") - m.start()].replace(" /", ",") + " ".join(m["d"]), text)
    text = _AGE_SPAN.sub(r"U\1 đến U\2", _AGE_GROUP.sub(r"U\1", text))
    return _PATIENTS.sub(lambda m: f"bệnh nhân {m.group(1)}" + (f" đến {m.group(2)}" if m.group(2) else ""), text)


def index_moves(text: str, opts: Options, lex: Lexicon) -> str:
    """ "(-3,2 điểm/-0,25%)" -> "giảm ba phẩy hai điểm, tương đương ...": a market index's move."""

    def repl(m: re.Match[str]) -> str:
        said = _VERB_BEFORE.search(text[: m.start()])  # "tăng (+1,5 điểm)": the verb is there
        spoken = f"{m.group(2)} điểm" if said else f"{_MOVE[m.group(1)]} {m.group(2)} điểm"
        if m.group(3):
            spoken += f", tương đương {m.group(4)}%" if said else f", tương đương {_MOVE[m.group(3)]} {m.group(4)}%"
        return spoken

    text = _POINTS_THEN_PERCENT.sub(lambda m: f"{m['move']}, tương đương {m['p']}%", text)
    return _POINTS.sub(repl, text)


def stock_tickers(text: str, opts: Options, lex: Lexicon) -> str:
    """In a market story, three capitals naming a listed company are spelled, never expanded:
    "VND và SHS giảm" is VNDirect's ticker, not Việt Nam đồng. A run of names with a company
    among them and a price move after it is tickers in any sentence, and so is a list of
    companies each described after a dash, and letters followed by their company's name in brackets."""
    market = bool(_STOCK_CONTEXT.search(text) or len(_TICKER_MOVES.findall(text)) >= 2)
    text = _NAMED_TICKER.sub(lambda m: lex.spell(m.group(1)), text)
    described = {m.group(1) for m in _DESCRIBED_TICKER.finditer(text)}
    if len(described) >= 2:  # "TCS – thị phần lớn nhất ..., NCT – dẫn đầu ...": a list of companies
        text = _DESCRIBED_TICKER.sub(lambda m: lex.spell(m.group(1)) + m.group(0)[3:], text)

    def repl(m: re.Match[str]) -> str:
        tickers = re.findall(_TICKER, m.group(0))
        if set(tickers) <= _CODE_KINDS:
            return m.group(0)
        moves = bool(_TICKER_NEXT.match(text, m.end()))
        companies = [t for t in tickers if t not in _CURRENCIES]
        if market:
            named = _TICKER_PREV.search(text[: m.start()])
            # "HCM bán ròng ..., VND cũng bị bán ròng": beside another ticker, a currency's
            # letters with a move of their own are a ticker too
            beside = any(t not in _CURRENCIES and t not in tickers for t in re.findall(_TICKER, text))
            ticker = len(tickers) >= 2 or named or (moves and (companies or beside))
        else:
            ticker = len(tickers) >= 2 and moves and companies
        return re.sub(_TICKER, lambda t: lex.spell(t.group(0)), m.group(0)) if ticker else m.group(0)

    return _TICKER_RUN.sub(repl, text)


# "P/E trượt 12 tháng 16,5x", "gấp 3x": a multiple
# "P/E 16,5x"; "gấp 3x", "zoom quang 2x": so many times ("2x3" is a size, "9x" a generation)
_MULTIPLE = re.compile(
    r"(?<![\w.,])(\d+,\d+)x(?!\w)"
    r"|(?:(?<=(?i:zoom) )|(?<=quang )|(?<=gấp )|(?<=tốc độ )|(?<==)|(?<== ))(\d+)x(?!\w|\s?\d)"
)


# "tỷ lệ 18:9", "Tỷ lệ cà phê/nước lý tưởng là 1:8 đến 1:10": ratios in a clause on a proportion
_RATIO_CLAUSE = re.compile(r"(?i:tỷ lệ|tỉ lệ)[^.;!?,]*")
_COLON_RATIO = re.compile(r"(?<![\w:.,])(?<!(?i:lúc) )(\d{1,4}):(\d{1,4})(?![\w:])")
_COLON_SCORE = re.compile(r"(?<=(?i:tỷ số|tỉ số) )(\d{1,2}):(\d{1,2})(?![\w:])")


@lru_cache(maxsize=1)
def _ratio_names() -> re.Pattern[str]:
    names = sorted(builtin("ratios.tsv"), key=len, reverse=True)
    return re.compile(rf"(?<![\w/])({'|'.join(re.escape(n) for n in names)})(?![\w/])")


def market_ratios(text: str, opts: Options, lex: Lexicon) -> str:
    """Valuation ratios and multiples: "P/E 16,5x" is "pê trên e mười sáu phẩy năm lần"; a ratio
    printed with a colon, "tỷ lệ 18:9", is "mười tám trên chín" (never a clock, nor a pause), and a
    score so printed, "tỷ số 3:0", is read as "3-0" is."""
    text = _RATIO_CLAUSE.sub(
        lambda m: _COLON_RATIO.sub(r"\1 trên \2", re.sub(r"(?<=\d)\s?[–-]\s?(?=\d{1,4}:\d)", " đến ", m.group(0))),
        text,
    )
    text = _COLON_SCORE.sub(r"\1-\2", text)
    text = _ratio_names().sub(lambda m: builtin("ratios.tsv")[m.group(1)], text)
    return _MULTIPLE.sub(lambda m: f"{next(g for g in m.groups() if g)} lần", text)


def names_in_context(text: str, opts: Options, lex: Lexicon) -> str:
    """A storm's name printed in capitals is a name ("bão YAGI" is Yagi), and so is a surname in
    capitals after a foreign first name ("Laurence DUMOULIN" is Dumoulin); an index is read with
    "Index" as a word ("VN30-Index"); "tăng/186 mã giảm" pauses at the slash, and "tỷ lệ 1 muỗng cà
    phê/4 lít nước" says "trên"."""
    text = _STORM.sub(lambda m: m.group(1).capitalize(), text)

    def surname(m: re.Match[str]) -> str:
        word = m["surname"]
        if lex.lookup(word) is not None or word in lex.words or len(_VOWELS.findall(word)) < 2:
            return m.group(0)
        if is_syllable(m["given"].lower()):  # "Việt Nam VIAGS": a Vietnamese word, then an acronym
            return m.group(0)
        return f"{m['given']} {word.capitalize()}"

    text = _CAPS_SURNAME.sub(surname, text)
    text = _INDEX_NAME.sub(r"\1 in đéc", text)
    text = _VERSIONED_NAME.sub(r"\1 ", text)
    return _TALLY.sub(
        lambda m: (
            " trên "
            if _MIXED_IN.search(text[: m.start()])
            or _DOSE_BEFORE.search(text[: m.start()])
            or _AREA.match(text, m.end())
            else ", "
        ),
        text,
    )


# "1 lần/2 tuần": once every two weeks; "150 triệu đồng/1.000 m²": a sum for so much of something
_ONCE_EVERY = re.compile(r"\blần\s*/\s*(?=\d+\s*(?:ngày|tuần|tháng|năm)\b)")
_SUM_PER_QUANTITY = re.compile(r"(?<=đồng)\s*/\s*(?=\d)|(?<=USD|VNĐ|VND)\s*/\s*(?=\d)")


def rates(text: str, opts: Options, lex: Lexicon) -> str:
    """ "1 lần/2 tuần" -> "1 lần mỗi 2 tuần"; "đồng/1.000 m²" -> "đồng trên 1.000 m²", before the
    numbers and units are read."""
    return _SUM_PER_QUANTITY.sub(" trên ", _ONCE_EVERY.sub("lần mỗi ", text))
