"""Date lines at the top of a page ("Thứ Ba, 17/11/2020 15:17", "13/07/2020 07:26 | 0"): the
article's date and time as metadata, the section or writer printed beside them, and a time stamp
after the last paragraph."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .authors import looks_like_author
from .draft import Draft, ends_sentence, is_login, is_picture_name, menu_label, surname_first, words
from .event_fields import under_time_label
from .page_lines import VISIT_COUNTER
from .titles import section_over_titled_date, titles_the_text
from .wordlists import word_list

# "Thanh Nguyên (VKSQS khu vực 72/Quân khu 7)": the writer's name and where the writer works
AFFILIATION = re.compile(r"\s*\([^()]{1,60}\)\s*$|^(?i:tác giả|người viết)\s*:\s*")  # and "Tác giả: " before it

# "27 | 09 | 2021": a date printed in boxes
_BOXED_DATE = re.compile(r"^(\d{1,2})\s*\|\s*(\d{1,2})\s*\|\s*(\d{4})$")
# a site's post line: its user, "gửi vào" (posted on), the weekday and an ISO date and time
_POSTED_BY = re.compile(
    r"^\S{2,30} (?i:gửi vào|đăng vào|posted on) (?:T[2-7]|CN|(?i:thứ \S+|chủ nhật)),? "
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?P<time> \d{1,2}:\d{2})?$"
)
# "05:10:51.0" a fraction of a second, "07/11/2020 2105" the views after a day; "2023-06-21 03:54:00" year first
_STAMP_TAIL = re.compile(r"(?<=\d:\d\d:\d\d)\.\d{1,6}$|(?<=\d\d/\d\d/\d{4}) \d{1,7}(?: [a-z][a-z\d_.]{2,30})?$")
_ISO_DATE = re.compile(r"(?<![\d/-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?=\s|T|$)")
# "17:25 !! 04/05/2019": marks a page prints between its clock and its date
_BANGS = re.compile(r"\s*!{2,}\s*|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Lun|Mar|Mer|Jeu|Ven|Sam|Dim)\.?(?=\s+\d{1,2}/\d)")
_MONTHS = "January February March April May June July August September October November December".split()
# "Friday, March 29, 2024", "31 August, 2016", "Wednesday, February 12th, 2025": a page in English's date line
_MONTH_NAMES = "|".join(f"{m[:3]}(?:{m[3:]}|\\.|(?<=Sep)t)?" for m in _MONTHS)
_ENGLISH_DATE = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?P<m>{_MONTH_NAMES})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAMES})),?\s+(?P<y>\d{{4}})(?:,?\s+\d{{1,2}}:\d\d(?::\d\d)?(?:\s?[AP]M)?)?$"
)
# "author25/01/2025 13:20", "25/04/2023 admin": a theme's label for the writer, without the name, by the date
_AUTHOR_LABEL = re.compile(r"^(?i:author|admin)\s*(?=\d)|(?<=\d)\s+(?i:admin|author)$")
# "Theo Mộc Miên/ Du lịch VN Thứ Năm, ngày 17/03/2016 07:12 AM": a copy's credit before its date
_CREDIT_THEN_DATE = re.compile(rf"^Theo\s+[^,.!?]{{2,60}}?\s+(?=(?i:{P.WEEKDAY})\s*,)")
# "Bài: Kỳ Nam. Ảnh: CLB NA Đặng Huy Trứ|14:46 13/04/2023": the writer, who took the pictures, then the day
_WRITER_AND_PHOTOS = re.compile(r"^Bài\s*:\s*(?P<name>[^.|:]{2,40}?)\.?\s+Ảnh\s*:\s*[^|]{2,60}(?=\|)")
# "08-Th9-2022 (Trước đó 2 năm 2 tháng 13 ngày)": the month as a calendar prints it ("Th9"), and
# how long ago that was; "Giày và Phụ kiện 13 Th07 2023": a section and its day, the month spaced ("Th07")
_CALENDAR_MONTH = re.compile(r"\b(\d{1,2})(?:-Th(\d{1,2})-| Th(\d{2}) )(\d{4})\b")
_HOW_LONG_AGO = re.compile(r"\s*\(\s*(?i:trước đó)[^()]{0,60}\)\s*$")
# "18-07-2025 Trà My": the day, then the writer's name
_DATE_THEN_NAME = re.compile(
    rf"^(?P<date>\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}})\s+(?P<name>(?:[{P.UPPER}][{P.LOWER}]+\s?){{2,4}})$"
)
# "30-8-2022/ Nhân viên 333 tổng hợp từ thông tin của Cục Thú Y": the date, then who put it together
_DATE_THEN_CREDIT = re.compile(
    r"^(?P<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s*/\s+"
    r"[^/]{2,60}?\b(?i:tổng hợp|biên dịch|lược dịch|biên tập)\b[^/]{0,120}$"
)
_GLUED_CLOCK = re.compile(r"(\d{1,2}/\d{1,2}/\d{4})(\d{1,2}:\d{2})")
# "09 - 07 - 2011": a date with spaces around its dashes
_SPACED_DATE = re.compile(r"\b(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4})\b")
# "Thứ Năm, 4 tháng 2, 2016": a blog's date in words
_MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
# "26 tháng 3, 2020", "07 Tháng Sáu 2013": a day, its month in figures or in words, its year
_WORDED_DATE = re.compile(
    r"\b(\d{1,2})\s+tháng\s+(\d{1,2}|mười\s+(?:một|hai)|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
    r",?\s+(?:năm\s+)?(\d{4})\b",
    re.IGNORECASE,
)
# "Tháng mười 8, 2024", "Th7 5, 2022": a blog's date in the English order, its month in Vietnamese
_MONTH_FIRST_DATE = re.compile(
    r"\b(?:tháng\s+|Th(?=\d))(\d{1,2}|mười\s+(?:một|hai)|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
    r"\s+(\d{1,2}),\s+(\d{4})\b",
    re.IGNORECASE,
)


def _worded_day(m: re.Match[str]) -> str:
    month = m[2] if m[2].isdigit() else str(_MONTH_WORDS[" ".join(m[2].lower().split())])
    return f"{m[1]}/{month}/{m[3]}"


def _month_first_day(m: re.Match[str]) -> str:
    month = m[1] if m[1].isdigit() else str(_MONTH_WORDS[" ".join(m[1].lower().split())])
    return f"{m[2]}/{month}/{m[3]}"


# "Thứ năm, 00:00, 26/03/2020 HH HH": the editors' initials after the date
_TRAILING_INITIALS = re.compile(r"(?:\s+(?![AP]M$)[A-ZĐ]{1,3}){1,3}$")  # "... 04:39:24 PM" is the clock's
# "Chủ nhật - 25/12/2022 23:29 | Tác giả bài viết: Vũ Đình Bình | 1187": the writer between bars
_WRITER_BETWEEN_BARS = re.compile(
    r"\s*\|\s*(?i:tác giả(?: bài viết)?|người viết)\s*:\s*(?P<name>[^|]{2,40}?)\s*(?=\||$)"
)
# "Thị trường hồ tiêu ngày 18/10/2024": a page's title that names its day
_TITLED_DAY = re.compile(r"\sngày\s*$", re.IGNORECASE)

# what a page prints after its date: the comment or view count, the zone ("+07:00", "[GMT + 7]"); its section
_DATE_TRAILER = re.compile(
    r"(?:\s*[+-]\d{2}:\d{2}|\s*[\[(]\s*G(?:MT|TM)\s*[+-]\s*\d{1,2}(?::\d{2})?\s*[\])])?"
    r"(?:\s+\d{1,5}\s+bình luận|\s+(?:\d{1,6}|\d{1,3}(?:[.,]\d{3})+)\s+\d{1,5}|(?<=\d:\d\d)\s+\d{1,6}"
    r"|(?<=\s\d\d:\d\d)\d[\d.]{0,9}"
    r"|(?<=\d:\d\d)\s+(?:sáng|chiều|tối|trưa)"  # "12/11/25 10:10 Sáng": the half of the day after the clock
    r"|\s*\(\s*(?:lượt\s+)?xem\s*:\s*\d[\d.,]*\s*\)|\s+\d{1,6}\s+\d(?:[.,]\d)?/5\s+trong\s+\d{1,6}\s+lượt"
    r"|(?:\s*\|\s*(?:\d{1,5}|lượt xem\s*:?\s*\d[\d.,]*|in bài viết))+\s*\|?"
    r"|\s+(?:[-–]\s+)?(?:số\s+)?lượt xem\s*:?\s*\d[\d.,]*"
    r"|(?:\s+(?:24h qua|English|RSS|E-?paper|Print|E-?mail))+"  # a header's menu, a print button
    r"|\s+đã xem\s*:?\s*\d[\d.,]*(?:\s+phản hồi\s*:?\s*\d[\d.,]*)?|\s+bởi"  # "8 tháng 8, 2025 bởi": "by"
    r"|(?:\s+tác giả\s*:?(?:\s+[^\W\d_]+){1,3})?"  # writer, section ("... 14:43 | Tin tức, sự kiện trong tỉnh")
    r"(?:\s+chuyên mục\s*:\s*[^\d:|]{2,40}|(?<=\d:\d\d)\s+\|\s+[^\d:|.!?]{2,50})?)?\s*$",
    re.IGNORECASE,
)  # "... | 0", "... 0 bình luận", "... Lượt xem: 290", "... 18:11 101 0" (views, comments),
# "... 17:45 2.346 0" (a thousand views and more), "... | Lượt xem: 4186 | In bài viết |", "... 16:34 Đã xem: 481
# Phản hồi: 0", "... 10:521.8570" (views, comments glued to the clock), "... 105 5/5 trong 1 lượt" (views, rating)
# "03:31 (GMT +7)": the page's clock on a line of its own under the date
_BARE_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:\(?\s*G(?:MT|TM)\s*[+-]\s*\d{1,2}(?::\d{2})?\s*\)?)?")
# "Nông nghiệp - Nông thôn - Ngày đăng :": a section, then the date's label
_LABEL_AT_END = re.compile(
    r"[\s,|\-–]*(?:ngày xuất bản|ngày cập nhật|cập nhật|ngày đăng|đăng lúc|đăng|xuất bản)(?:\s+ngày)?\s*:?\s*$", re.I
)


# "Trung tâm y tế huyện Chương Mỹ - Hà Nội": an office's name, and its place, printed over the day it posted
_PUBLISHER = re.compile(
    r"(?:Trung tâm|Bệnh viện|Sở|Phòng|Ban|Hội|Trường|Cổng thông tin|UBND|Ủy ban|Uỷ ban)\s[^.!?:;,\d]{3,60}"
    r"\s[-–]\s[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}"
)
_PUBLISHED_TITLE_WORDS = 5  # a headline over the office's name
_POST_STAMP_LABEL = re.compile(r"(?i:cập nhật|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc)\s*:?\s*\d")
_COMPANY_BANNER = re.compile(r"(?i:công ty)(?: (?i:cổ phần|cp|tnhh))? [A-ZĐÀ-Ỹ&]+(?: [A-ZĐÀ-Ỹ&]+){1,7}")
_STAFF = frozenset({"phóng viên", "pv", "nhóm phóng viên", "ban biên tập", "btv", "ctv", "cộng tác viên", "admin"})
_TEAM = re.compile(r"(?i:đội ngũ|nhóm biên tập|ban biên tập)\s+\S")  # "Đội ngũ Extrim": a shop's writers sign it


# "03:27 CH @ Thứ Tư - 01 Tháng Mười Một, 2023": a blog's clock ("SA" morning, "CH" afternoon), "@", the day
# "Xông nhà" / "Thứ Bảy, 17/02/2018 00:53" / "Truyện ngắn dự thi. ĐOÀN NGỌC HÀ": the story's title over its day
_SIGNED_BELOW = re.compile(rf"\.\s+(?:[{P.UPPER}]{{2,}}\s){{1,3}}[{P.UPPER}]{{2,}}$")
_CLOCK_AT = re.compile(r"^(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<half>SA|CH|AM|PM)\s*@\s*(?P<rest>.+)$", re.I)


def _clock_at_first(candidate: str) -> str:
    m = _CLOCK_AT.match(candidate)
    if not m:
        return candidate
    hour = int(m["h"]) % 12 + (12 if m["half"].upper() in ("CH", "PM") else 0)
    return f"{m['rest']} {hour:02d}:{m['m']}"


_SPAN_START = re.compile(r"\d{1,2}/\d{1,2}/?\s*[-–]\s*$")


def dateline(block: str) -> tuple[str, str] | None:
    """A line that is only a date (and time), with at most a short label and the editors'
    initials: (prefix, ISO time). A title of three words or more that names its day ("Thị
    trường hồ tiêu ngày 18/10/2024") is a headline, not a date line."""
    bare = block.strip().removeprefix("[").removesuffix("]")  # "[Hà Nội, ngày 21 tháng 9 năm 2025]"
    candidate = _clock_at_first(_BOXED_DATE.sub(r"\1/\2/\3", P.DATELINE_LABELS.sub("", bare)))
    candidate = _POSTED_BY.sub(r"\g<d>/\g<m>/\g<y>\g<time>", candidate)  # "quantri gửi vào T3, 2018-01-09 14:22"
    candidate = _ISO_DATE.sub(r"\g<d>/\g<m>/\g<y>", candidate)  # "2023-06-21 03:54:00": year first
    candidate = _STAMP_TAIL.sub("", candidate)  # "05:10:51.0"; "26/04/2016 1499": views, "06/05/2020 219 admin1" too
    candidate = _WORDED_DATE.sub(_worded_day, _BANGS.sub(" ", candidate))  # "17:25 !! 04/05/2019"
    candidate = P.US_ORDER_DATE.sub(r"\2/\1/\3", _MONTH_FIRST_DATE.sub(_month_first_day, candidate))
    candidate = _WRITER_AND_PHOTOS.sub(r"\g<name>", _CREDIT_THEN_DATE.sub("", candidate))
    candidate = _ENGLISH_DATE.sub(_english_day, _AUTHOR_LABEL.sub("", candidate))
    candidate = _HOW_LONG_AGO.sub("", _CALENDAR_MONTH.sub(lambda m: f"{m[1]}-{m[2] or m[3]}-{m[4]}", candidate))
    candidate = _DATE_THEN_NAME.sub(r"\g<name> \g<date>", _DATE_THEN_CREDIT.sub(r"\g<date>", candidate))
    candidate = _GLUED_CLOCK.sub(r"\1 \2", candidate)  # "26/02/201300:28"
    candidate = re.sub(r"(?<=\d) +(?=/\d)", "", candidate)  # "17 /11/2020"
    candidate = re.sub(r"^(\d{1,2})\.(\d{1,2}) ((?:19|20)\d\d)$", r"\1/\2/\3", candidate)  # "22.10 2024"
    candidate = re.sub(
        r"(?<=\d)(?:\.| [-–]|,\s*:\s*\d{1,6}\.?)$", "", candidate
    )  # "Perth, ngày 25/9/2010.": a letter's place and day; "11/12/2022 -"; "27-05-2017, : 1201.": a counter
    candidate = _SPACED_DATE.sub(r"\1\2\3\2\4", candidate)  # "09 - 07 - 2011"
    writer = _WRITER_BETWEEN_BARS.search(candidate)
    if writer:
        candidate = candidate[: writer.start()] + candidate[writer.end() :]
    if re.search(r"\d", candidate):
        candidate = _TRAILING_INITIALS.sub("", _DATE_TRAILER.sub("", candidate))
    m = P.TIME_FIRST_DATELINE.match(candidate) or P.DATELINE.match(candidate)
    if not m:
        return None
    prefix = P.BYLINE_MARKERS.sub("", _LABEL_AT_END.sub("", m.group("prefix")).strip(" ,|-–"))  # "Ngọc Mỹ (t/h)"
    if re.fullmatch(rf"{P.WEEKDAY}|{P.ENGLISH_WEEKDAY}", prefix, re.IGNORECASE):
        prefix = ""
    if writer and not prefix:
        prefix = writer["name"]
    before = candidate[: m.start("date")]
    # "TP. Hồ Chí Minh, ngày 8 tháng 8 năm 2023": a city, where a letter or a paper is signed
    placed = re.search(r",\s*ngày\s*$", before, re.I) is not None and _CITY.fullmatch(prefix) is not None
    named = looks_like_author(AFFILIATION.sub("", prefix)) or _is_section_label(prefix) or placed
    if before.rstrip().endswith("~") or _SPAN_START.search(before):
        return None  # "Đăng ký 06/12~12/12/2022", "Tuần 03/03 – 09/03/2019": the end of a span, never the page's day
    # "Hoạt động Văn hoá & Xã hội | 16/07/2024", "Nguyễn Hữu Trực | Ngày 12/01/2020": a section or a writer, a bar
    barred = re.search(r"\|\s*(?:ngày\s*)?$", before, re.I) is not None or (_DASHED.search(before) and prefix.istitle())
    barred = barred and words(prefix) <= _BARRED_WORDS  # "Tin Giáo Hội Việt Nam - Mar 24/03/2014": a section, a dash
    if (words(prefix) > 4 and not named and not barred) or ends_sentence(prefix):
        return None  # the writers' names may stand before the date: "Đình Hiệp - Nguyệt Ánh| 10/03/2022"
    titled = (words(prefix) >= 3 and not placed) or (
        words(prefix) == 2 and not re.search(r",\s*ngày\s*$", before, re.I)
    )
    if titled and _TITLED_DAY.search(before) and not barred:  # "Điểm báo ngày 26/7/2023"; never "Hà Nội, ngày ..."
        return None
    published = iso_datetime(m.group("date"), m.group("time"))
    return None if published is None else (prefix, published)


_BARRED_WORDS, _DASHED = 8, re.compile(r"\s[-–]\s*$")
_CITY = re.compile(rf"(?:TP\.?|Tp\.?|Thành phố)\s*[{P.UPPER}]\w*(?:\s[{P.UPPER}]\w*){{0,3}}")


def _english_day(m: re.Match[str]) -> str:
    month = [name[:3] for name in _MONTHS].index((m["m"] or m["m2"])[:3])
    return f"{m['d'] or m['d2']}/{month + 1}/{m['y']}"


# an office, or the kind of document it issues: never a writer's name


def _unglue_datelines(d: Draft) -> Draft:
    """ "15/04/2017 03:25Xe khách tông xe tải" near the top is a dateline and a headline, and
    "Ngày đăng: 24/11/2025Trung tâm ..." a dateline and a paragraph."""
    blocks: list[str] = []
    for i, block in enumerate(d.blocks):
        m = (P.GLUED_DATELINE.match(block) or P.GLUED_LABELLED_DATE.match(block)) if i < 10 else None
        blocks.extend([m["stamp"], block[m.end() :]] if m else [block])
    return dataclasses.replace(d, blocks=tuple(blocks))


_BRACKETED_DAY_END = re.compile(r"\s*\(\s*(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*\)\s*$")


_MENU_ITEM_WORDS = 6


def _undated_headline(d: Draft) -> Draft:
    """ "Đường CCB tự quản (07/06/2010)": a first line that ends in its day in brackets is the
    headline and its date, not a section's label over a date line; under a site's menu ("Tư vấn",
    "Gia đình", ..., "Người Việt ở EU và TG"), such a line is the headline and the menu goes."""
    for i, block in enumerate(d.blocks[:12]):
        m = _BRACKETED_DAY_END.search(block)
        head = block[: m.start()] if m else ""
        menu = all(words(b) <= _MENU_ITEM_WORDS and not ends_sentence(b) for b in d.blocks[:i])
        if m is None or not menu or words(head) < (2 if i == 0 else 5) or ends_sentence(head):
            continue
        published = d.published or iso_datetime(m["date"].replace(".", "/").replace("-", "/"), None)
        return dataclasses.replace(d, blocks=(head, *d.blocks[i + 1 :]), published=published)
    return d


# "Thông báo khẩn về việc ngưng cung cấp nước (Ngày đăng: 19/10/2018)": the posting date in brackets
_HEADLINE_STAMP = re.compile(
    rf"\s*\(\s*(?i:ngày đăng|ngày cập nhật|cập nhật|đăng ngày|đăng lúc)\s*:?\s*(?P<date>{P.DATE})\s*\)\s*$"
)


# "... hai xã Vang Quới Tây và Thạnh Trị 17/08/2022": the day a page prints after its title, as
# a site writes it (day and month in two digits, one padded with a zero), not as a title names one
_PRINTED_DAY_END = re.compile(r"(?<=[^\W\d_])\s+(?P<date>(?=0\d|\d\d/0)\d\d/\d\d/(?:19|20)\d\d)\s*$")
_TITLE_WORDS = 40
_NAMES_A_DAY = re.compile(r"(?i:\b(?:ngày|từ|đến|tới|hôm|sáng|chiều|tối|trưa|đêm|kỳ|xổ số|kết quả|lịch))\s*$")


def _stamped_headline(d: Draft) -> Draft:
    """A headline among the first lines that closes with its posting date in brackets, or as a
    site prints it ("... Thạnh Trị 17/08/2022"): the date is metadata, the headline is read
    without it."""
    for i, block in enumerate(d.blocks[:3]):
        m = _HEADLINE_STAMP.search(block)
        if m is None and i < 2 and words(block) <= _TITLE_WORDS and not re.search(r"[.!?]\s", block):
            m = _PRINTED_DAY_END.search(block)
            m = m if m and not _NAMES_A_DAY.search(block[: m.start()]) else None
        if m and words(block[: m.start()]) >= 4 and not (dateline(block) or ("", ""))[0].istitle():
            blocks = (*d.blocks[:i], block[: m.start()], *d.blocks[i + 1 :])
            return dataclasses.replace(d, blocks=blocks, published=d.published or iso_datetime(m["date"], None))
    return d


_DATE_REACH, _COUNTER_WORDS = 10, 2
_VIEWS = re.compile(r"\d{1,3}(?:[.,]\d{3})*|\d+")


def extract_dateline(d: Draft) -> Draft:
    """Date and time lines at the top become metadata, and the author printed beside one, the
    byline. A page can print two: today's date in its header ("Thứ Năm, 27/11/2025") and the
    article's ("03/06/2014, 17:42"); the one with a time of day is the article's, and of two with
    times, the one under the headline rather than the page's clock on top. When the first
    of two is a bare date, the header it closes (widgets, menus) is dropped with it. A first line
    that ends in its day in brackets is the headline with its date, not a section's label."""
    d = _unglue_datelines(_undated_headline(_stamped_headline(d)))
    # a date under "Tin cùng chuyên mục" after the text is another story's (a box over the
    # headline, "LIÊN KẾT WEBSITE", is the page's menu)
    boxed = next(
        (
            i
            for i, b in enumerate(d.blocks)
            if menu_label(b) in P.RELATED_HEADERS and any(ends_sentence(t) for t in d.blocks[:i])
        ),
        len(d.blocks),
    )
    # a counter's labels and figures over the title ("Hôm nay:" / "1" / "Tất cả:" / "198031") keep the date in reach
    reach = _DATE_REACH + sum(words(b) <= _COUNTER_WORDS for b in d.blocks[: 2 * _DATE_REACH])
    top = enumerate(d.blocks[: min(reach, boxed)])
    found = [(i, hit) for i, b in top if (hit := dateline(b)) is not None and not under_time_label(d.blocks, i)]
    if not found:
        return d
    timed = [f for f in found if "T" in f[1][1]]
    if len(timed) > 1 and timed[0][0] == 0:  # the page's clock on top, the article's time under its headline
        timed = timed[1:]
    i, (prefix, published) = (timed or found)[0]
    drop = {j for j, _ in found}
    drop.update(j + 1 for j, _ in found if j + 1 < len(d.blocks) and _BARE_CLOCK.fullmatch(d.blocks[j + 1]))
    first, (_, first_published) = found[0]
    # never when the two stand in a row under the title ("30-8-2022/ ...", "08-Th9-2022"), nor under a title of 5 words
    # and a title of 5 words right over the first stays ("avatar" / "icon" / "<title>" / "19/02/2024" / ...)
    titled = first > 0 and words(d.blocks[first - 1]) >= 5 and not ends_sentence(d.blocks[first - 1])
    if len(found) > 1 and "T" not in first_published and first < 4 and found[1][0] > first + 1:
        drop.update(range(first - 1 if titled else first))
    drop.update(j - 1 for j, _ in found if j > 0 and not P.DATELINE_LABELS.sub("", d.blocks[j - 1]))
    if section_over_titled_date(d.blocks, i):  # the site's banner and a section over the date, the title under it
        drop.update(range(i))
        prefix = prefix or ("" if is_picture_name(d.blocks[i - 1]) else d.blocks[i - 1])  # never "image01"
    headline = d.blocks[i - 1] if i > 0 else ""
    if i >= 3 and words(headline) >= 5 and not any(ends_sentence(b) for b in d.blocks[: i - 1]):  # its own "?"
        drop.update(range(i - 1))  # an address, a menu and a box label over "<headline>" / "Ngày cập nhật: ..."
        if not prefix and d.category is None and _is_section_label(d.blocks[i - 2]):
            prefix = d.blocks[i - 2]  # the label right over the headline names its section
    byline = d.byline
    if prefix.lower() in _STAFF or _TEAM.match(prefix):  # "Phóng viên - 21/08/2019", "Đội ngũ Extrim |": the desk
        byline, prefix = byline or prefix, ""
    # "Hà Nội, ngày 27-09-2020", "TP. Hồ Chí Minh, ngày ...": where the page is, never its section
    if prefix and (prefix in word_list("places.txt") or _CITY.fullmatch(prefix)):
        prefix = ""
    # "HỘI TRẠI 26/3/2018" over the first paragraph: a title in capitals with its day, no writer's name
    retitled = prefix if _capitals_title(prefix) and not any(ends_sentence(b) for b in d.blocks[:i]) else ""
    if retitled:
        prefix = ""
    if prefix and looks_like_author(AFFILIATION.sub("", prefix)) and menu_label(prefix) not in P.SECTIONS:
        byline, prefix = byline or P.AUTHOR_LABEL.sub("", prefix), ""
    menus = {k for k in range(len(d.blocks) - 1) if d.blocks[k].isupper() and d.blocks[k + 1].isupper()}  # a menu's
    for j, _ in found:
        for k in (j - 1, j + 1):
            if k == j + 1 and titles_the_text(d.blocks, k, drop):
                continue  # "Monday, June 20, 2011" / "Little Saigon" / "Tôi may mắn ...": the post's title
            if byline is None and 0 < k < len(d.blocks) and k not in drop | menus and looks_like_author(d.blocks[k]):
                byline = d.blocks[k]
                drop.add(k)
                if k == i - 1 and i >= 3 and words(d.blocks[i - 2]) >= 5 and not any(map(ends_sentence, d.blocks[:k])):
                    # "Tin Giáo Hội Hoàn Vũ" / "<headline>" / "Vũ Văn An" / "18:12 06/08/2018": a label over it
                    if not prefix and d.category is None and _is_section_label(d.blocks[i - 3]):
                        prefix = d.blocks[i - 3]
                    drop.update(range(i - 2))
    if (
        byline is None
        and i >= 2
        and i - 1 not in drop
        and _PUBLISHER.fullmatch(d.blocks[i - 1])
        and words(d.blocks[i - 2]) >= _PUBLISHED_TITLE_WORDS
    ):
        drop.add(i - 1)  # "<headline>" / "Trung tâm y tế huyện Chương Mỹ - Hà Nội" / "Thứ sáu - 11/04/2025"
    named = (
        byline and words(d.blocks[i + 1]) <= 2 and d.blocks[i + 1].lower() in byline.lower()
        if i + 1 < len(d.blocks)
        else False
    )
    if i + 2 < len(d.blocks) and (_COMPANY_BANNER.fullmatch(d.blocks[i + 1]) or named):  # "Extrim" under "Đội ngũ
        drop.add(i + 1)  # Extrim | 22.03.2023"; "Công Ty YẾN SÀO PHƯƠNG TOÀN" under its post's date: the shop's name
    category = prefix or None
    # "Bánh bông lan" / "2015-01-16 07:10 PM" / a paragraph: the page's only title, never its section
    titled = i == 1 and i + 1 < len(d.blocks) and ends_sentence(d.blocks[i + 1]) and words(d.blocks[i + 1]) > 15
    signed = i > 0 and d.blocks[i - 1].lower().startswith(("đăng bởi", "viết bởi", "tác giả"))  # a byline, no section
    if i > 0 and i - 1 not in drop and is_login(d.blocks[i - 1]):  # "voduysy" / "19-01-2007, 04:14 PM": its poster
        byline = byline or d.blocks[i - 1]
        drop.add(i - 1)
    # "Nuôi chim yến" / "Cập nhật: 09/06/2014 08:40": a post's stamp under its title, no section over it
    stamped = _POST_STAMP_LABEL.match(d.blocks[i]) is not None and menu_label(d.blocks[i - 1]) not in P.SECTIONS
    titled = titled or (i > 0 and stamped) or (i == 1 and bool(_SIGNED_BELOW.search(" ".join(d.blocks[2:3]))))
    if not category and i > 0 and i - 1 not in drop and _is_section_label(d.blocks[i - 1]) and not (titled or signed):
        category = d.blocks[i - 1]
        drop.add(i - 1)
    if category and menu_label(category) in P.RELATED_HEADERS:
        category = None
    if _BLOG_DAY.fullmatch(d.blocks[i]) and i + 1 < len(d.blocks) and _post_title(d.blocks[i + 1]):
        drop.update(range(i))  # a blog's name, motto and sidebar over "Thứ Năm, 29 tháng 1, 2015" / its post's title
    blocks = tuple(
        retitled if j == i and retitled else b for j, b in enumerate(d.blocks) if j not in drop or j == i and retitled
    )
    dated_title = i == 1 and 0 not in drop and not category  # "<title>" / "Ngày: 08/03/2012"
    return dataclasses.replace(
        d,
        blocks=blocks,
        category=category or d.category,
        published=published,
        byline=byline,
        dated_title=d.dated_title or dated_title,
    )


def extract_posted_section(d: Draft) -> Draft:
    """A post's line of facts at the top: its date, the section it is filed under and its views
    ("11/12/2022 -" / "Đa Minh Việt Nam" / "2044"), or under its title its counts and section; the
    section is the category, the counts go."""
    for j, block in enumerate(d.blocks[:3]):
        if j + 3 < len(d.blocks) and dateline(block) and _VIEWS.fullmatch(d.blocks[j + 2]):
            label = d.blocks[j + 1]
            if _posted_label(label):
                blocks = d.blocks[: j + 1] + d.blocks[j + 3 :]
                return dataclasses.replace(d, blocks=blocks, category=d.category or label)
    # "<title>" / "0" / "3110" / "Vật Phẩm Phong Thủy" / a paragraph: its comments, views and section
    counts = next((k for k in range(1, min(4, len(d.blocks))) if not _VIEWS.fullmatch(d.blocks[k])), 1)
    if 1 < counts < len(d.blocks) - 1 and _posted_label(d.blocks[counts]) and ends_sentence(d.blocks[counts + 1]):
        blocks = (d.blocks[0], *d.blocks[counts + 1 :])
        return dataclasses.replace(d, blocks=blocks, category=d.category or d.blocks[counts])
    return d


def _posted_label(block: str) -> bool:
    return words(block) <= 5 and not ends_sentence(block) and not re.search(r"\d", block)


# "Thứ Năm, 29 tháng 1, 2015": the day a blog prints over each post's title
_BLOG_DAY = re.compile(r"(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật), \d{1,2} tháng \d{1,2}, \d{4}")


def _post_title(block: str) -> bool:
    return 3 <= words(block) <= _POST_TITLE_WORDS and not ends_sentence(block)


_POST_TITLE_WORDS = 25


def _capitals_title(prefix: str) -> bool:
    return (
        prefix.isupper()
        and words(prefix) >= 2
        and not surname_first(prefix.title())
        and menu_label(prefix) not in P.SECTIONS
        and not re.search(r"[\d:|]", prefix)
    )


_READERS = re.compile(r"(?i:lượt (?:xem|đọc))\s*:|[\d.,]+\s+(?i:views?|lượt xem)$")  # "Lượt xem: 4,316", "5947 Views"


def _is_section_label(block: str) -> bool:
    """A section label printed above a dateline: a known section, or at most three words; never a
    visit counter's line ("Tất cả: 131667") nor a post's count of readers."""
    parts = [part.strip() for part in re.split(r"\s[-–/|]\s", menu_label(block))]
    if ends_sentence(block) or VISIT_COUNTER.fullmatch(block) or _READERS.match(block) or is_picture_name(block):
        return False
    tags = [t.strip() for t in block.split(",")]
    if len(tags) >= 3 and all(1 <= words(t) <= 4 for t in tags) and not re.search(r"\d", block):
        return True  # "Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG": the sections a post is filed under (no address)
    # "Vấn đề - Nhận định": a section and its subsection, a short label each
    return all(part in P.SECTIONS for part in parts) or words(block) <= 3 or all(words(p) <= 2 for p in parts)


def iso_datetime(date: str, time: str | None) -> str | None:
    """ "24/05/2014" and "08:03" as "2014-05-24T08:03"; None for a day that is no date."""
    day, month, year = (int(x) for x in re.split(r"[/.\-]", date))
    if year < 100:
        year += 2000
    if not (1 <= day <= 31 and 1 <= month <= 12 and 1990 <= year <= 2100):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if time:
        clock = re.match(r"(\d+)[:h](\d+)(?::(\d+))?\s*([AaPp])?", time)
        assert clock is not None
        hh, mm = int(clock[1]), int(clock[2])
        ss = [int(clock[3])] if clock[3] else []
        if clock[4] and clock[4].lower() == "p" and hh < 12:
            hh += 12
        elif clock[4] and clock[4].lower() == "a" and hh == 12:
            hh = 0
        if hh > 23 or mm > 59:
            return iso
        iso += f"T{hh:02d}:{mm:02d}" + (f":{ss[0]:02d}" if ss else "")
    return iso
