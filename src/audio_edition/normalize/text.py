"""Character-level rules: hygiene, quotes and brackets, ellipses, symbols, whitespace."""

from __future__ import annotations

import re
import unicodedata

from ..text.legacy import is_syllable, repair
from ..text.unicode import clean_unicode
from .abbreviations import Lexicon, drop_parenthesized_acronyms
from .arrows import arrows
from .definitions import drop_defining_brackets
from .glued_words import part_glued_line, part_glued_stops
from .lexicon import builtin
from .notes import drop_bare_note_marks, drop_note_marks
from .numbers import read_number
from .options import Options
from .scripts import drop_foreign_script
from .tones import canonical_tones
from .underscores import without_underscores
from .web import TLD
from .word_slash import SLASHED_LIST, respelled, slashed_list, word_slashes

_CARON_A = str.maketrans("ǎǍ", "ăĂ")
_SYMBOLS = {
    "&": " và ",
    "+": " cộng ",
    "=": " bằng ",
    "≈": " xấp xỉ ",  # "a ≈ b"; before a number alone, "khoảng" (context.py)
    "@": " a còng ",
    "%": " phần trăm ",
    "‰": " phần nghìn ",
    "°": " độ ",
    "#": " số ",
    "±": " cộng trừ ",
    "Ø": " phi ",  # a pipe's or a drum's diameter, "Ø 350mm"
}


# "M’Đrắk", "Ea H'Leo", "Cư M'gar", "người H’Mông": a Central Highlands name's consonant before an
# apostrophe is a syllable of its own, the consonant and "ơ" ("Mơ Đrắk", "Hơ Leo")
_APOSTROPHE_SYLLABLE = re.compile(r"(?<![\w'’])([BCDĐGHKLMNPRSTVX])['’](?=[^\W\d_])")  # never "Jeanne d'Arc"


_GLUED_DAY = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}(?:/\d{4})?)(?=[a-zà-ỹđ]{2})")


def legacy_encodings(text: str, opts: Options, lex: Lexicon) -> str:
    """TCVN3, VNI or mojibake repaired (text from ingest has had this done already)."""
    return repair(text)


_NUMBERED_CODE = re.compile(r"(\b(?i:số)\s+\d{1,5})\s(?=[A-ZĐ]{2,}/[A-ZĐ]{2,}\b)")
_DOTTED_POST = re.compile(r"\b(P?CT|P?BT|P?GĐ|P?TGĐ|PTP)\.(?=[A-ZĐ]{2,6}\b)")


# "#5 Nguyên nhân", "#7 cách": a listicle's count of what it lists ("#1 Nguyên nhân ..." is the first: "số một")
_COUNTED_HASH = re.compile(
    r"(?<![\w#])#(?=(?:[2-9]|[1-9]\d)\s+(?i:nguyên nhân|cách|bước|lý do|lí do|mẹo|điều|loại|lưu ý|dấu hiệu"
    r"|sai lầm|bí quyết|món|địa điểm|kinh nghiệm|câu hỏi)\b)"
)
# "(biểu tượng chìa khóa ????)", "???? sáng liên tục": question marks alone between words, a symbol lost
_LOST_SYMBOL = re.compile(r"(?<=[^\W\d_])\s+\?{2,}(?=\s*\)|\s+[a-zà-ỹđ])")  # never "1880 – 19 ??": a year's digits


def hygiene(text: str, opts: Options, lex: Lexicon) -> str:
    """Clean Unicode, one tone placement, a sentence glued to the one before parted, and lines of a verse that
    lost their breaks ("đi chơiEm rước đèn") parted with a pause; a Highlands name's consonant before an apostrophe
    said as a syllable ("M’Đrắk"); minutes written with a prime ("150′") and a decade with an English plural
    ("những năm 90s"); a pronunciation in the phonetic alphabet dropped ("/ˈaɪ.ɛlts/"); a listicle's "#5" before
    what it counts and question marks standing for a lost emoji not said."""
    text = canonical_tones(clean_unicode(text).translate(_CARON_A))  # "vǎn": a caron typed for a breve
    text = drop_bare_note_marks(text)
    text = _COUNTED_HASH.sub("", text)  # "| #5 Nguyên nhân và Cách xử lý": a list's size, never "số năm"
    text = _LOST_SYMBOL.sub("", text)  # "biểu tượng chìa khóa ???? sáng": an emoji the page's encoding lost
    text = _NUMBER_BEFORE_WORD.sub(lambda m: _part_number_and_word(m, lex), text)  # "30con/m2"
    text = _PER_BARE_UNIT.sub(_per_bare_unit, text)  # "tế bào/cm³", "con/m2", "ppm/1000m³"
    text = _COVID_SPACED.sub("Covid-19", text)
    text = _PADDED_DAY_NUMBER.sub(r"\1 \2", _GLUED_CITY.sub(" ", text))  # "NGÀY 01:", "NGÀY 1TP. HỒ CHÍ MINH"
    text = _YEAR_PAIR.sub(lambda m: f"{m[1]}-{m[2]}" if int(m[2]) == int(m[1]) + 1 else m[0], text)
    text = _CIRCLED.sub(lambda m: f"{ord(m[0][0]) - 0x245F}. ", _STRAY_MARKS.sub("", text))  # "① Vé máy bay", "※"
    text = _PHONETIC.sub("", re.sub(r"(?<![\w-])A\s?[–-]\s?Z(?![\w-])", "a đến dét", text))  # "TỪ A – Z"
    text = _REGION_CODE.sub(r"\1 \2", text)  # "tên mã LL/A": a model's region code, its letters
    text = _NUMBERED_CODE.sub(r"\1-", text)  # "Kế hoạch số 298 KH/TWĐTN": a document's number, a space, its code
    text = _DOTTED_POST.sub(r"\1 ", text)  # "PCT.UBND xã": a post's letters, a dot, its body's
    text = _GLUED_SCHOOL_YEARS.sub("niên khóa ", text)  # "cựu HS (NK79-82)": a class's years, two digits each
    # "bị chết).Hiện ...": a sentence glued to the one before it
    # never a site's name in capitals ("NhacCuaTui.Com", "Nhanh.Pro.Vn")
    text = re.sub(
        rf"(?<=[a-zà-ỹđ)])\.(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])(?!(?:[\w-]+\.)*{TLD}\b)|(?<=\bDr)\.(?=[a-zđ]{{3}})", ". ", text
    )
    text = re.sub(r"(?<=\b(?:19|20)\d\d)\.(?=[A-ZĐÀ-Ỹ]{2})", ". ", text)  # "... tháng 9/2018.TRUNG TÂM ..."
    text = _GLUED_DAY.sub(r"\1 ", text)  # "Thứ Bảy 25/8lúc 12.30": a day run into the next word
    text = _WORD_BEFORE_NUMBER.sub(r"\1 ", text)  # "mỗi lứa nuôi1,3 vạn con": a word run into a number
    text = _HOURS_BRAND.sub("24h ", text)  # "24hTin": a site named for round-the-clock news, its words run together
    text = _BEFORE_COUNTRY.sub(" ", text)  # "Gia đìnhViệt Nam": a word run into the country's name, one phrase
    text = _LOST_DEGREE.sub("°C", text)  # "22 – 30 0C": the degree sign a scrape flattened into a zero
    text = re.sub(r"(?<=\d)\s?°c\b", "°C", text)  # "thấp hơn 8°c": Celsius in a small letter
    text = _PER_MILLE_TYPED.sub("‰", _GLUED_DEGREE.sub(r"\1°C", text))  # "độ mặn 0 - 40%0", "nhiệt độ 20 - 300C"
    text = _GLUED_NUMBERED_HEADING.sub(r"\1. ", text)  # "2.Kỹ thuật trồng", "I.Khái quát"
    text = _DASHED_NUMBERED_HEADING.sub(r"\1. ", text)  # "2- Phát ra mùi khét": a part's number, then its name
    text = _DAY_SPACED_SLASH.sub(r"\1 \2/\3", _YEAR_AFTER_SPACED_SLASH.sub(r"\1/\2", text))  # "21/11/ 2013"
    text = re.sub(r"(?<=\d)\s*[–-]\s+(?=và\s+\d)", " ", text)  # "2 ngày 5 – và 6/2": a dash left before "và"
    text = _QUOTED_LINES.sub(r"\1, ", text)  # "“Đoàn kết, ... đại đoàn kết/Thành công, ...”": two lines quoted
    text = _SMALL_D_ACRONYM.sub("Đ", text)
    text = _GLUED_TITLE.sub(lambda m: _part_glued_title(m, lex), text)
    text = _TITLE_PAIR.sub(_part_titles, text)
    text = _TITLE_SLASH.sub(_held_together, _POST_SLASH.sub(_posts_held_together, text))
    text = _TITLE_DASH.sub(lambda m: f"{m['a']} -" if m["a"] in builtin("titles.tsv") else m.group(0), text)
    text = re.sub(r"(?<=\S)\s*(?:[-–]\s+){2,}(?=[A-ZĐÀ-Ỹ])", " ", without_underscores(text))  # "...- - Đề nghị"
    text = re.sub(r"(\d/[A-ZĐ]{1,6})-\s(?=[A-ZĐ]{2,}\b)", r"\1-", text)  # "số 42/KH- UBND": one code
    text = re.sub(r"(?<=\w)\s[-–](?=[A-ZĐÀ-Ỹ])", " - ", text)  # "16D-K2 -ĐHSP Vinh": a dash spaced on one side
    text = part_glued_stops(_PICTURE_POINTER.sub("", text))
    text = drop_foreign_script(text)
    text = _VV_GOES_ON.sub("v.v", _SPACED_VV.sub("v.v.", _GLUED_VV.sub(" ", _DOTTED_VV.sub(" v.v.", text))))
    text = _ET_AL.sub(lambda m: " và cộng sự" + ("." if m[0].endswith(".") and m.end() == len(text) else ""), text)
    listed = len(_ANY_SECONDS.findall(text)) >= _SECOND_LIST  # "1s, 1/2s, 1/4s": a camera's shutter speeds
    text = _SECONDS.sub(r"\g<w> \g<n> giây", _DECADE_S.sub(r"\1", _PRIME_MINUTES.sub(" phút", text)))
    text = _SECOND_VALUES.sub(r"\g<n> giây", text) if listed else text
    text = _SECOND_FRACTION.sub(r"\g<n> giây", text)  # "màn trập 1/125s": a fraction of a second
    text = _APOSTROPHE_SYLLABLE.sub(lambda m: m[1] + "ơ ", text)  # "M’Đrắk": "Mơ Đrắk"
    glued = r"\b\w{4,}\b(?!\.\w)"  # never a web address's name ("danhgiaXe.com")
    return re.sub(glued, lambda m: m.group(0) if m.group(0) in lex.words else part_glued_line(m.group(0)), text)


_GLUED_SCHOOL_YEARS = re.compile(r"(?<![\w/])(?:NK|nk)(?=\d\d\s*[-–]\s*\d\d(?!\d))")
# "IELTS /ˈaɪ.ɛlts/ (...)": a word's pronunciation in the phonetic alphabet, not read
_PHONETIC = re.compile(r"\s*/[^/\s]*[ˈˌəɛɪʊʃʒθðŋɔæɑːɒʌ][^/\s]*/(?=[\s,.;:)]|$)")
# "đH Khoa học", "đHQG": an acronym whose capital Đ a scrape lowered
_SMALL_D_ACRONYM = re.compile(r"(?<![\w])đ(?=[A-ZĐ]{1,5}(?![\w]))")
# "nuôi1,3 vạn": a word in Vietnamese letters run into the number after it (never a code in plain
# letters like "mp3")
_HOURS_BRAND = re.compile(r"(?<![\w.,])24h(?=[A-ZĐ][a-zà-ỹđ]{2,}\b)")
_WORD_BEFORE_NUMBER = re.compile(r"(?<![\w])([a-zà-ỹđ]*[à-ỹđ][a-zà-ỹđ]*)(?=\d)")
_BEFORE_COUNTRY = re.compile(r"(?<=[a-zà-ỹđ])(?=Việt Nam\b)")
_REGION_CODE = re.compile(r"(?<![\w/])([A-Z]{2,3})/([A-Z])(?![\w/])")
_LOST_DEGREE = re.compile(r"(?<=\d )0C\b")
# "thích hợp với nhiệt độ từ 20 - 300C": the zero glued to the last number, in a temperature's range
_GLUED_DEGREE = re.compile(r"((?i:nhiệt độ)(?:\s[^\W\d_]+){0,6}\s\d{1,2}\s?[-–]\s?\d{1,2})0C\b")  # "... 22-280C"
_PER_MILLE_TYPED = re.compile(r"(?<=\d)%0(?!\d)")  # "độ mặn 40%0": per mille typed as "%0"
_GLUED_NUMBERED_HEADING = re.compile(
    r"^(\d{1,2}|[IVX]{1,4})\.(?=[A-ZĐÀ-Ỹ](?:[a-zà-ỹđ]| [a-zà-ỹđ]{2,}))"
)  # "1.Ý nghĩa" too
_DASHED_NUMBERED_HEADING = re.compile(r"^(\d{1,2})\s?[-–]\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
# "chừng hơn 30con/m2": a count run into the word it counts (never a unit: "10ha", "5kg")
_NUMBER_BEFORE_WORD = re.compile(r"(?<![\w.,])(\d+)([a-zà-ỹđ]{2,7})(?=[\s/,.;:!?)]|$)")


def _part_number_and_word(m: re.Match[str], lex: Lexicon) -> str:
    word = m[2]
    counted = lex.lookup(word, f"{m[1]} ") is not None and lex.lookup(word) is None  # "1ng": said after a count
    if not counted and (word in builtin("units.tsv") or not is_syllable(word) or word in lex.entries):
        unit = next((u for u in _GLUED_UNITS if word.startswith(u) and _marked_syllable(word[len(u) :])), None)
        return f"{m[1]}{unit} {word[len(unit) :]}" if unit else m.group(0)  # "350mxuống": a unit, then a word
    return f"{m[1]} {word}"


_GLUED_UNITS = ("km", "cm", "mm", "kg", "ha", "m", "g")


def _marked_syllable(word: str) -> bool:
    return is_syllable(word) and re.search(r"[ăâđêôơưà-ỹ]", word) is not None


# "ngày 28/ 7": a day and month with a space after the slash
_QUOTED_LINES = re.compile(r"(?<=[“\"])([^”\"/\n]{10,120}?[a-zà-ỹđ])/(?=[A-ZĐÀ-Ỹ][^”\"/\n]{10,120}[”\"])")
_YEAR_AFTER_SPACED_SLASH = re.compile(r"\b(\d{1,2}/\d{1,2})/\s+((?:19|20)\d\d)\b")
_DAY_SPACED_SLASH = re.compile(r"(?i)\b(ngày|sáng|trưa|chiều|tối|đêm|hôm|mùng|mồng)\s+(\d{1,2})\s*/\s+(\d{1,2})\b")
# "đại biểu QHNguyễn Thị Nương": an abbreviation run into the name after it (a name with a
# Vietnamese letter, so "VNExpress" stays one word, or after a long one, "TPHCMAuroma")
_GLUED_TITLE = re.compile(r"(?<!\w)([A-ZĐ]{2,})([A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?!\w)")
_LONG_GLUED_HEAD = 5  # letters of an abbreviation glued to a word with no marks ("TPHCMAuroma")
_COVID_SPACED = re.compile(r"(?i:covid)\s+-\s?19\b")  # "Covid -19": the virus's name, its dash misplaced
# "NGÀY 01: HÀ NỘI ...": a tour's day, its number padded; "NGÀY 1TP. HỒ CHÍ MINH": run into a city
_PADDED_DAY_NUMBER = re.compile(r"\b((?i:ngày))\s+0([1-9])(?=\s*[:|;]|\s+[A-ZĐ]{2}|,\s+\d)")
_GLUED_CITY = re.compile(r"(?<=\b(?i:ngày) \d)(?=TP\.)|(?<=\b(?i:ngày) \d\d)(?=TP\.)")
# "năm học 2021/2022": two years in a row, a school or a season's span, as "2021-2022" is
_YEAR_PAIR = re.compile(r"(?<![\w/.])((?:19|20)\d\d)/((?:19|20)\d\d)(?![\w/])")
# "① Vé máy bay: ...": an item's number in a circle, said as its number; "※" before a note and a
# letter of a script no Vietnamese word holds ("sốꦦ", "20𓃲25", a page's stray Javanese, cuneiform, Linear B or
# Egyptian or Anatolian hieroglyphs, a lone mathematical letter glued to a word: "nút𝓀"), not said
_CIRCLED = re.compile(r"[\u2460-\u2473]\s*")
_STRAY_MARKS = re.compile(
    r"※\s?|[\ua980-\ua9df\U00012000-\U0001254f\U00010000-\U000100ff\U00013000-\U0001345f\U00014400-\U0001467f]|(?<=[^\W\d_])(?<![\U0001d400-\U0001d7ff])[\U0001d400-\U0001d7ff](?![\U0001d400-\U0001d7ff])"
    r"|^\s*\+(?=[^\W\d_])|\s?(?<!\w)[:;]-?[DPpvV](?![\w])|\s?(?<!\S)[\u0660-\u0669\u06f0-\u06f9](?!\S)"
)  # "+Về ...", ":D", ":v", "quốc tế ٠ của": an Arabic digit alone, an ornament
# "... sẽ tái hiện ngay tại nơi đây (ảnh).": a pointer to the picture beside the text, not said
_PICTURE_POINTER = re.compile(r"\s*\((?i:ảnh|ảnh trên|ảnh dưới|ảnh bên|ảnh minh họa|ảnh minh hoạ|hình|video)\)")
# "V .V .", "v…v…", "v.v.v.": "v.v." (vân vân) as typed
_SPACED_VV = re.compile(r"(?<!\w)[Vv] \.\s?[Vv] ?\.|(?<!\w)v…v…?|(?<!\w)v\.v\.v\.")
_DOTTED_VV = re.compile(r"(?<=[\w,])\s?\.\.v\.\.v\.*")  # "bột ngọt..v..v..": "v.v." with doubled dots
_GLUED_VV = re.compile(r"(?<=[^\W\d_])(?<!\bv)\.(?=v\.v\.)")  # "đồ dùng cá nhân.v.v...": the dot glued to a word
_VV_GOES_ON = re.compile(r"(?<!\w)v\.v\.(?=\s+[a-zà-ỹđ])")  # "v.v. đều tốt": no stop mid-sentence
# "(Ramos et al., 2014)": a cited paper's other authors, "và cộng sự"
_ET_AL = re.compile(r"(?<=[^\W\d_])\s+et\.?\s+al\.?(?=[\s,;:)]|$)")
# "cardio 150′/tuần": the prime after a count of minutes
_PRIME_MINUTES = re.compile(r"(?<=\d)′(?!′)")
# "những năm 90s", "thập niên 80s": a decade with the English plural
_DECADE_S = re.compile(r"(?:(?<=(?i:năm) )|(?<=(?i:niên) ))(\d0)s\b")
# "1s, 1/2s, …1/4000s", "30s, 15s": a list of times in seconds, a whole number or a fraction of one
_SECOND_VALUES = re.compile(r"(?:(?<=, )|(?<=…)|(?<=… )|(?<=\svà )|(?<=\shoặc ))(?P<n>\d{1,4}(?:/\d{1,5})?)s(?![\w'’])")
_ANY_SECONDS = re.compile(r"(?<![\w/.])\d{1,4}(?:/\d{1,5})?s(?![\w'’])")
_SECOND_LIST = 2
_SECOND_FRACTION = re.compile(r"(?<![\w/.])(?P<n>1/\d{1,5})s(?![\w'’])")
# "chỉ mất 30s", "trong 6,5s": seconds after a word in small letters (never "iPhone 5s")
_SECONDS = re.compile(r"(?<!\w)(?P<w>[a-zà-ỹđ]+) (?P<n>\d{1,3}(?:[.,]\d{1,2})?)s\b(?![’'])")
# "_Diễn ra ..._": an underscore typed for italics
# "PBT-CT xã", "cô Vương -PHT": titles (data/titles.tsv) joined by a hyphen or glued to a dash;
# "Nguyễn Ánh Ngọc - UVTV- PCT": a title with the dash glued after it
_TITLE_PAIR = re.compile(r"(?<![\w/-])(?:(?P<a>[A-ZĐ]{2,5})-|(?<=\s)-)(?P<b>[A-ZĐ]{2,5})(?![\w/-])")
_TITLE_DASH = re.compile(r"(?<![\w/-])(?P<a>[A-ZĐ]{2,5})-(?=\s)")
# "Trần Văn Mỹ – PCT/TTK Liên đoàn": one person's two posts after a dash, "kiêm"
_TITLE_SLASH = re.compile(r"(?<=[–,-] )(?P<a>[A-ZĐ]{2,5})/(?P<b>[A-ZĐ]{2,5})(?![\w/])")
# "Phó chủ tịch UBND/Chủ tịch Công đoàn phường": a post, a slash, the same person's other post in words
_POST = r"(?:Phó\s|Tổng\s)?(?:[Cc]hủ tịch|[Bb]í thư|[Gg]iám đốc|[Tt]rưởng|[Hh]iệu trưởng|[Tt]hư ký)"
_POST_SLASH = re.compile(rf"/(?={_POST}\b)")
_POST_BEFORE = re.compile(rf"\b{_POST}\b[^/.,;:()]{{1,40}}$")


def _posts_held_together(m: re.Match[str]) -> str:
    return " kiêm " if _POST_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) else m.group(0)


def _held_together(m: re.Match[str]) -> str:
    titles = builtin("titles.tsv")
    return f"{m['a']} kiêm {m['b']}" if m["a"] in titles and m["b"] in titles else m.group(0)


def _part_titles(m: re.Match[str]) -> str:
    titles = builtin("titles.tsv")
    if m["b"] not in titles or (m["a"] and m["a"] not in titles):
        return m.group(0)
    return f"{m['a']} - {m['b']}" if m["a"] else f"- {m['b']}"


def _part_glued_title(m: re.Match[str], lex: Lexicon) -> str:
    head, name = m.group(1), m.group(2)
    marked = re.search("[à-ỹđ]", name) is not None or len(head) >= _LONG_GLUED_HEAD  # "TPHCMAuroma", never "TPBank"
    return f"{head} {name}" if marked and name[1:].islower() and lex.lookup(head) is not None else m.group(0)


# "... Khu công nghiệp Dốc Đá Trắng, tỉnh Khánh Hòa (Dự án).": the short name a document gives
# what it has just named in full (data/defined_terms.tsv), or one or two words already said
_DEFINED_TERM = re.compile(r"\s*\((?P<term>[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?: [a-zà-ỹđ]+)?)\)")


def _drop_defined_terms(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        said = text[: m.start()].lower()
        known = m["term"] in builtin("defined_terms.tsv")
        # said in the running text, not in brackets of its own ("Lilan (Kenya) ..., Edwin (Kenya)")
        term = re.escape(m["term"].lower())
        # "Vientiane (Lào)" after "Việt – Lào": where a place named just before lies, a name of its own, kept
        placed = " " not in m["term"] and re.search(r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*$", text[: m.start()].rstrip()) is not None
        return "" if known or (not placed and re.search(rf"(?<![\w(]){term}(?![\w)])", said)) else m.group(0)

    return _DEFINED_TERM.sub(repl, text)


# "sáu (6) tháng", "ba mươi (30) ngày": a number in words, its figure in brackets after it; and
# "6 (sáu) người", the other way round
_BRACKETED_FIGURE = re.compile(r"\s*\((\d{1,4})\)")
_FIGURE_THEN_WORDS = re.compile(r"(?<![\d.,])(\d{1,4})\s*\(([^\W\d_]+(?:\s[^\W\d_]+){0,5})\)")


def _said_twice(text: str, opts: Options) -> str:
    """A number written in words and in figures, one in brackets after the other: said once."""

    def figure(m: re.Match[str]) -> str:
        said = read_number(m.group(1), opts)
        return "" if re.search(rf"(?<!\w){re.escape(said)}$", text[: m.start()].lower()) else m.group(0)

    text = _BRACKETED_FIGURE.sub(figure, text)
    return _FIGURE_THEN_WORDS.sub(
        lambda m: m.group(1) if read_number(m.group(1), opts) == m.group(2).lower() else m.group(0), text
    )


_AREA_CODE = re.compile(r"\((0\d{1,3})\)\s?(?=\d{3,4}[ .]?\d{3,5}(?!\d))")  # "(02) 8777 4424" too
# "[Điểm ĐGNL] x 70%": a formula's term in brackets, multiplied
_TIMES_A_BRACKET = re.compile(r"(?<=[\])])\s*[x×]\s+(?=\d)")
# "Thể tích = Dài x Rộng x Cao": in a formula, a spaced "x" between its terms multiplies them
_FORMULA_TIMES = re.compile(r"(?<=[^\W_]) [x×] (?=[^\W_])")
_FORMULA_TIMES_GLUED = re.compile(r"\s?×\s?")
_FORMULA_DIVIDED_BY = re.compile(r"\s?÷\s?")
_FORMULA_PLUS = re.compile(r"\s?\+\s?")
_FACTOR = re.compile(r"(?<=[×÷])\s?(\d{1,3})\.(\d{1,4})(?![\d.])")
# "3 đến 5 phút / lần x 3 - 5 lần/ ngày", "2 viên/lần x 3 lần": a dose times a count
_DOSE_TIMES = re.compile(r"(?<=\blần)\s?[x×]\s?(?=\d)")


# "tự [là] Viên An, [cùng] Nguyễn Thị Đức": an editor's small word put into a quoted text, read
# in its run without a pause ("Châu [Chu] Thị Tân", a name's other reading, keeps its pause)
_EDITORS_WORDS = re.compile(r"(?<![^\s,;:])\[(?!sic\])(?P<words>[a-zà-ỹđ]+)\](?=\s+[^\W\d_])")


# "“Chẳng thơm cũng thể hoa nhài/ Dẫu không thanh lịch ...”": a quoted verse's lines run on, a slash
# where one ends and the next opens in a capital, four words or more each side; a pause, never "hay"
_QUOTED = re.compile(r"[“\"«][^“”\"«»]{10,200}[”\"»]")
_VERSE_BREAK = re.compile(r"(?<=[a-zà-ỹđ])/ (?=[A-ZĐÀ-Ỹ])")
_VERSE_LINE_WORDS = 4


def _verse(m: re.Match[str]) -> str:
    parts = _VERSE_BREAK.split(m[0])
    if len(parts) < 2 or any(len(re.findall(r"[^\W\d_]+", part)) < _VERSE_LINE_WORDS for part in parts):
        return m[0]
    return ", ".join(parts)


# a question or an exclamation quoted inside a sentence that goes on in small letters after it: its mark a pause
_ASKED_INSIDE = re.compile(r"[?!](?=[\"”»]\s+[a-zà-ỹđ])")


def quotes_and_brackets(text: str, opts: Options, lex: Lexicon) -> str:
    """Quotes dropped; brackets read as commas (a pause), or dropped after the phrase they abbreviate
    and around a defined term already said ("(Dự án)")."""
    text = _TIMES_A_BRACKET.sub(" nhân ", drop_note_marks(text))
    if "=" in text:  # a formula: "×" and "÷" glued to a term too ("(cm) )÷0.2949", "bố mẹ ×0.544+37.69"), a dotted
        text = _FACTOR.sub(r"\1,\2", text)  # factor a decimal ("×1.08"), "+" a sum ("×0.923+ chiều cao")
        if "×" in text or "÷" in text:
            text = _FORMULA_PLUS.sub(" cộng ", text)
        text = _FORMULA_TIMES_GLUED.sub(" nhân ", _FORMULA_TIMES.sub(" nhân ", text))
        text = _FORMULA_DIVIDED_BY.sub(" chia ", text)
    text = _DOSE_TIMES.sub(" nhân ", text)
    text = _drop_defined_terms(drop_parenthesized_acronyms(drop_defining_brackets(text)))
    text = _said_twice(text, opts)
    text = _AREA_CODE.sub(r"\1 ", text)  # "(028) 73003799": a phone number, read digit by digit later
    text = re.sub(r"(?<=\w)[“„«](?=\w)|(?<=\w)[”»](?=\w)", " ", text)  # "Mô hình“Chi hội": a space lost
    if "«" not in text:  # "Nguồn nước » Máy bơm": the steps of a flow (never "« lao động » nặng nhọc", quoted)
        text = re.sub(r"(?<=\w) » (?=\w)", ", ", text)
    text = re.sub(r"(?<=[^\W\d_])\"(?=[a-zà-ỹđ])", " ", text)  # "... một sản phẩm\"chương trình": a closing quote
    text = _QUOTED.sub(_verse, text)
    text = _ASKED_INSIDE.sub(",", text)  # '... việc "có nên mở cửa sổ không?" thường gặp': the question a phrase
    text = re.sub(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)", "", text)
    text = _EDITORS_WORDS.sub(r"\g<words>", text)
    text = re.sub(r"\s*[(\[]\s*", ", ", text)
    text = re.sub(r"\s*[)\]]\s*(?=[.,;:!?]|$)", "", text)
    return re.sub(r"\s*[)\]]\s*", ", ", text)


def ellipses(text: str, opts: Options, lex: Lexicon) -> str:
    """An ellipsis is a pause mid-sentence and a full stop at the end."""
    text = re.sub(r"(?:…|\.{3,})[.…]*\s*$", ".", re.sub(r"([!?])\s*(?:…|\.{3,})\.*\s*", r"\1 ", text))  # "khác? … Mời"
    # "thức dậy….nhẹ kéo": "…" and a stop; "con cháu ..….(": stops before it too
    return re.sub(r"\s*(?:\.{0,2}…[.…]*|\.{3,}[.…]*)\s*", ", ", text)


# "triệu tế bào/cm³", "tỷ tế bào/L", "30 con/m2", "500 con/m3", "30 con/kg": so many of a thing in a unit's
# measure, "trên"
_PER_BARE_UNIT = re.compile(
    r"(?P<word>[^\W\d_]+)\s?/\s?(?P<n>\d+\s?)?(?P<unit>cm³|cm3|mm³|mm3|m³|m3|m2|m²|km2|km²|ha|ml|mL|L|dl|dL|kg)"
    r"(?:(?![\w/])|\s?/\s?(?P<period>ngày|tuần|tháng|năm)\b)"
)  # "1g protein/kg/ ngày": so much for each kilogram each day


_SUMS = frozenset("đồng đ trđ tr triệu nghìn ngàn tỷ tỉ trăm k vnđ vnd usd".split())  # "23,68 tr.đ/ha", "vnđ/kg"


def _per_bare_unit(m: re.Match[str]) -> str:
    units = builtin("units.tsv")
    if m["word"] in units or not m["word"].islower() or m["word"] in _SUMS:
        return m.group(0)  # "mmol/L", "mg/dL": a unit over a unit, read with the units; a price's per unit
    each = f" mỗi {m['period']}" if m["period"] else ""
    return f"{m['word']} trên {(m['n'] or '').strip()} {units.get(m['unit'], m['unit'])}{each}".replace("  ", " ")


_NAME_SLASH = re.compile(
    r"(?P<before>\b[^\W\d_]+\s)?(?P<a>\b[A-ZĐÀ-Ỹ][^\W\d_]+)/(?=(?P<b>[A-ZĐÀ-Ỹ][^\W\d_]*[a-zà-ỹđ]))"
)  # never "Balance/WB": a gloss
_ONSET = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?", re.IGNORECASE)
_MIDDLE_NAMES = frozenset({"Văn", "Thị"})


def _names_slash(m: re.Match[str]) -> str:
    """ "Pfizer/BioNTech": two names that work together, "và"; one person's name read two ways
    ("Nguyễn Văn Triều/Triêu", "Châu/Chu Thị Tân", "Nguyễn Thị Ức/Liễu"), one syllable each side
    alike in their first letters or after a middle name, "hay"; so too one thing's two names, the
    second opening with the first's head word ("Yến Hàng/Yến tổ trắng")."""
    a, b, before = m["a"], m["b"], (m["before"] or "").strip()
    alike = _ONSET.match(a)[0].lower() == _ONSET.match(b)[0].lower() != "" or before in _MIDDLE_NAMES
    one_way = (is_syllable(a.lower()) and is_syllable(b.lower()) and alike) or before == b
    return f"{m['before'] or ''}{a} {'hay' if one_way else 'và'} "


# "Galaxy S10+", "màn hình FHD+", "Full HD+": a model's "plus", said as the maker says it; "18+" stays "cộng"
_MODEL_PLUS = re.compile(
    r"(?<![\w+])(?!OPEC\+|GMT\+|UTC\+)([^\W\d_][^\W_]*\d[^\W_]*|[A-Z]{3,}|[A-Z][a-z]{3,}|HD)\+(?![\w+])"
)  # "Lululola Coffee+": an English word's plus too
# "tạp chí Travel + Leisure": two English words in a name, joined
# "a + b", "C + E" and figures already read ("bốn + một", "chương trình 4+1") stay a sum
# in a formula: a slash between words, or beside a bracket; a dash between two words or figures
# in a formula, brackets already commas: a slash between words or beside a bracket ("(a - b)/ c" ", a - b, / c"),
# a dash between two words or figures
_FORMULA_DIVIDED = re.compile(r"(?<=[^\W\d_]),?\s?/\s?,?\s?(?=[^\W\d_])")
_FORMULA_MINUS = re.compile(r"(?<=\w)\s[-–]\s(?=\w)")
_WORDS_PLUS = re.compile(r"\b(?P<a>[^\W\d_]{2,})\s\+\s(?=(?P<b>[^\W\d_]+))")  # "pê + e rờ": a key chord's letters too


def _two_things(m: re.Match[str]) -> str:
    """ "Bản photo + Bản gốc" -> "Bản photo và Bản gốc"; a sum of figures already read stays."""
    return m[0] if {m["a"].lower(), m["b"].lower()} & _NUMBER_WORDS else f"{m['a']} và "


_NUMBER_WORDS = frozenset(
    "không một mốt hai ba bốn tư năm lăm sáu bảy tám chín mười mươi trăm nghìn ngàn triệu tỷ tỉ phẩy linh lẻ".split()
)
# "(GMT+ 8)": a time zone's offset, its space lost
_ZONE_OFFSET = re.compile(r"(?<!\w)(GMT|UTC)\s?([+−-])\s+(?=\d)")
# "@Digital Chat Station", "(@KaroulSahil)": a handle's "@" is not said (an email's is, above)
_HANDLE = re.compile(r"(?<![\w.])@(?=[^\W\d_])")


def model_names(text: str, opts: Options, lex: Lexicon) -> str:
    """ "S10+" -> "S10 plus"; a social handle's "@" dropped before the name is read; a shop's name run into its
    number ("Shop1888") says the number's digits one by one, as its owners do."""
    text = _ZONE_OFFSET.sub(r"\1\2", text)
    text = _NAMED_NUMBER.sub(lambda m: f"{m['name']} {' '.join(m['digits'])}", text)
    return _HANDLE.sub("", _MODEL_PLUS.sub(r"\1 plus", text))


_NAMED_NUMBER = re.compile(r"\b(?P<name>[A-Z][a-z]{2,})(?P<digits>\d{3,4})\b")


# "Lock & Lock", "F&B", "H&M": "&" in a foreign name is said as its makers say it, "en"; between
# Vietnamese words ("Sáng & Tối", "Hoa & Lan") or two letters apart ("A & B") it is "và"
_LATIN_AMPERSAND = re.compile(r"\b(?P<a>[A-Za-z]+)\s?&\s?(?P<b>[A-Za-z]+)\b")


# "Founder & CEO": two of a person's roles, "và", never a brand's "en"
_ROLES = frozenset("founder co-founder cofounder ceo cto coo cfo cmo chairman president director owner partner".split())


def _ampersand(m: re.Match[str]) -> str:
    vietnamese = is_syllable(m["a"].lower()) and is_syllable(m["b"].lower())
    letters = len(m["a"]) == len(m["b"]) == 1 and " " in m.group(0)  # "A & B": any two, "và"; "F&B" one name
    if m["a"].lower() in _ROLES or m["b"].lower() in _ROLES:
        return f"{m['a']} và {m['b']}"
    return m.group(0) if vietnamese or letters else f"{m['a']} en {m['b']}"


def latin_ampersands(text: str, opts: Options, lex: Lexicon) -> str:
    """ "Lock & Lock", "F&B": the "&" of a foreign name that no abbreviation spelled out ("R&D"
    is), before its letters are read."""
    return _LATIN_AMPERSAND.sub(_ampersand, text)


def symbols(text: str, opts: Options, lex: Lexicon) -> str:
    """&, +, =, @, %, ° and # as words; an arrow between words a pause; a slash between words as
    "và", "hay" or "trên", and between three or more as a list's commas."""
    text = re.sub(r"^\s*(?:=>|⇒|->)\s*", "", respelled(text))  # "=> Như vậy, ...": an arrow opening a line, a bullet
    text = re.sub(r"(?<=[.!?;:])\s+\+\s+(?=[A-ZĐÀ-Ỹ])", " ", text)  # "... phấn hoa. + Đặt ong ...", "Phòng trị: + Loại"
    text = re.sub(r"(?<=[^\W\d_])\s+\+\s*$", "", text)  # "+ Sandwich bread – Bánh mì gối +": a title's frame
    text = re.sub(
        r"(?<=[a-zà-ỹđ])\s+/\s+(?=(?:mét vuông|mét khối|héc ta|ki lô gam|lít)\b)", " trên ", text
    )  # "con / mét vuông"
    text = re.sub(r"(?<=[^\W\d_])[—–](?=[^\W\d_])", " – ", arrows(text))  # "cốt lõi—từ ... ẩn—và": an aside's dashes
    if re.search(r"\s=[\s,]", text):  # a formula: "Doanh thu - Chi phí + ... = A", "X = A dài nhất / A ngắn nhất"
        text = _FORMULA_DIVIDED.sub(lambda m: m[0] if m[0] == "/" else " chia ", text)  # "(a – b)/ c"; "km/h" stays
        equals = re.search(r"\s=[\s,]", text)
        at = 0 if re.search(r"\s\+\s", text) or equals is None else equals.end()  # a sum's signs; else after "="
        text = text[:at] + _FORMULA_MINUS.sub(" trừ ", text[at:])
    text = re.sub(r"\+\s?/\s?[-−]", " tăng giảm ", text)  # "+/- (ngày)": a table's change column
    text = re.sub(r"(?<![\w+])\+-(?=\s*\w)", "±", text)  # "(+- 3 tháng)": give or take, the sign typed as two
    if not re.search(r"\s=\s|(?i:\btổng\b)", text):  # "Travel + Leisure", "3 Bản photo + Bản gốc": two things
        text = _WORDS_PLUS.sub(_two_things, text)
    text = re.sub(r"(?<![\w&])#(?=[^\W\d_])|(?<=[^\W\d_]{2})#(?!\w)", "", text)  # "(#tips)", a heading's "Cần#": unsaid
    for symbol, spoken in _SYMBOLS.items():
        text = text.replace(symbol, spoken)
    text = text.replace("*", " ")  # a footnote's or a title's asterisk: "... tốt đẹp *"
    text = re.sub(r"(?<=\w)\s+\|\s+(?=\w)", ", ", text)  # "2022 | Tìm hiểu ...", "Giá vàng | Giá dầu": a pause
    text = SLASHED_LIST.sub(slashed_list, text)  # then "Pfizer/BioNTech": two names that work together, "và"
    text = re.sub(r"(?<=[^\W\d_])/(?=[A-ZĐ]{2,6}\b)", ", ", _NAME_SLASH.sub(_names_slash, text))  # "White Balance/WB"
    text = re.sub(r"(?<=[^\W\d_])\s?/\s?min\b", " trên phút", text)  # "(Pulse/min)": each minute
    text = word_slashes(text)
    text = re.sub(r"(?<=\w)/(?=\w)", " trên ", text)
    text = re.sub(r"(?<=\w)\s/\s(?=\w)", ", ", text).replace("/", " ").replace("\\", " ")  # "Chải / Lũng Cú": a pause
    kept = (ch for ch in text if not unicodedata.category(ch).startswith("S") or ch.isalnum())
    return "".join(ch for ch in kept if ch not in _EMOJI_JOINERS)  # "⚠️": the sign gone, its variation mark too


_EMOJI_JOINERS = frozenset("\ufe0e\ufe0f\u200d")


def whitespace(text: str, opts: Options, lex: Lexicon) -> str:
    """One space between words, none before punctuation, no empty clauses."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\.(?=[,;:])", "", text)
    text = re.sub(r"([,;:])(?=[^\s\d])", r"\1 ", text)
    text = re.sub(r"(?<=[a-zà-ỹđ]{2})([?!])(?=[a-zà-ỹđ])", r"\1 ", text)  # "Cá rồng là gì?có bao nhiêu loại"
    text = re.sub(r"(?:,\s*)+([.;:!?])", r"\1", text)
    text = re.sub(r"([;:])(?:\s*,)+", r"\1", text)  # "gồm: (1) ...": the colon's pause is enough
    text = re.sub(r"^[\s,;:]+", "", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    return text.strip()
