"""A scrape that runs the page's top into one line: the section label, the headline and the lead
("Bất động sản Giá căn hộ ở Đà Nẵng lập đỉnh mới Giá căn hộ ở Đà Nẵng tiếp tục tăng ..."), or
the headline and the lead alone. After a known section label the lead starts where a capitalised
word follows the headline without a stop and opens as leads do: with its day or time, "Theo", or
the headline's own first word; without one, where a sentence starts as common nouns do ("... Thị trường ...")."""

from __future__ import annotations

import dataclasses
import re

from ..ingest.html import outlet_names
from ..text.legacy import is_syllable
from . import patterns as P
from .datelines import dateline
from .draft import Draft, ends_sentence, words
from .glued_parts import heading_and_after
from .wordlists import word_list

MIN_GLUED_WORDS = 25
_MIN_HEADLINE_WORDS = 5
_MIN_LEAD_WORDS = 8
_MIN_SUMMARY_WORDS = 10
_MIN_OPENING_WORDS = 5  # a summary's first sentence; "Từ đường." is a name closing the sentence before
_WORD = re.compile(r"\S+")
_MIN_NOTED_WORDS = 10  # a sentence that a source's note mark ends, and the one after it
MAX_GLUED_WORDS = 60  # a headline and a one-sentence lead; a longer line is a paragraph
_MAX_UNLABELLED_HEADLINE_WORDS = 35
_PLACE_NOUN = re.compile(r"(?i:tỉnh|huyện|thành phố|tp\.?|quận|xã|thị xã|thị trấn)\s+$")  # before a place's name
# "17/5 Chiều ngày hôm qua ...": the page's date stamp glued before the lead
_DAY_STAMP = re.compile(
    r"^(?:\d{1,2}/\d{1,2}\s+(?=(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Rạng sáng|Hôm)\b)"
    r"|\(\d{1,2}/\d{1,2}/\d{4}\)\s*(?=[A-ZĐÀ-Ỹ])"  # "(16/07/2014)Chiều ngày 16/7, ..."
    # "Chủ nhật, ngày 10 tháng năm năm 2009 Nhân đọc ...": a blog's day in words run into its post
    r"|(?:Thứ \w+|Chủ nhật|Chủ Nhật),\s*ngày \d{1,2} tháng \S+(?: \S+)? năm \d{4}\s+(?=[A-ZĐÀ-Ỹ]))"
)
_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\ufe0f]"
_EMOJI_TITLE = re.compile(
    rf"^{_EMOJI}*\s*(?P<head>[{P.UPPER}\d][^\U0001F300-\U0001FAFF\u2600-\u27BF]{{8,150}}?)\s*{_EMOJI}+[\s{_EMOJI[1:-1]}]*"
    rf"(?P<lead>[{P.UPPER}].{{20,}})$"
)
# "Ngày 13/12, ...", "Sáng 5-3, ...", "Ngày 9/11 hàng năm là ...", "Vào lúc 19 giờ 00 Ngày ...": a lead's sentence
_EDITORS_NOTE = re.compile(r"^(?P<head>.{12,200}?)(?:BBT|PV|CTV)\s*:\s*(?P<lead>[A-ZĐ].{20,})$")
_DAY_OPENS_LEAD = re.compile(
    r"^(?:(?:Vào lúc|Lúc) \d{1,2} ?(?:giờ|h)\b|(?:(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật|Chủ Nhật)\s*,\s*)?"
    r"(?:(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Rạng sáng|Vào (?:ngày|sáng|trưa|chiều|tối|đêm))"
    r"\s+(?:ngày\s+){0,2}\d{1,2}(?:\s?[-–]\s?\d{1,2})?[/.-]\d{1,2}(?:[/.-]\d{2,4})?"  # "Ngày 09-10/10/2021": two days
    r"|(?i:ngày)\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*(?:,|\s(?:hàng|hằng) năm\b))"
)


def _label_length(block: str, digits: bool = False) -> int:
    """How many characters of `block` a known section label takes, followed by a capital (or, with
    `digits`, a number: "Du lịch 5 tháng đầu năm, ...")."""
    for label in sorted(P.SECTIONS, key=len, reverse=True):
        head = block[: len(label)]
        rest = block[len(label) :]
        opening = rest.lstrip()[:1]
        if head.lower() == label and rest[:1] == " " and (opening.isupper() or (digits and opening.isdigit())):
            return len(label) + 1
    return 0


def _inside_quote(before: str) -> bool:
    """Whether a quotation opened in `before` is still open."""
    opened, closed = before.count("“") + before.count("«"), before.count("”") + before.count("»")
    return opened > closed or before.count('"') % 2 == 1


_CAMEL_CASE = re.compile(rf"[{P.LOWER}][{P.UPPER}]")  # "VinBus", "TikTok": a brand's name
_NAME_MID_SENTENCE = re.compile(rf"(?<=[{P.LOWER}] )([{P.UPPER}][{P.LOWER}]+)( [{P.LOWER}]+)?")


def _names_in(blocks: tuple[str, ...]) -> frozenset[str]:
    """Capitalised words the text writes after a word in small letters twice or more, and never in
    small letters ("máy giặt Toshiba", "tiếng Hàn"), or twice with the same word after them
    ("Cổng dịch vụ công"): names, which open no lead."""
    seen: dict[str, int] = {}
    pairs: dict[str, int] = {}  # "truy cập Cổng dịch vụ công", "trên Cổng dịch vụ công": a name of words
    for m in _NAME_MID_SENTENCE.finditer("\n".join(blocks)):
        seen[m[1]] = seen.get(m[1], 0) + 1
        if m[2]:
            pairs[m[1] + m[2]] = pairs.get(m[1] + m[2], 0) + 1
    small = {w.lower() for w in seen} & set(re.findall(rf"(?<!\w)[{P.LOWER}]+", "\n".join(blocks)))
    named = {pair.split()[0] for pair, n in pairs.items() if n >= 2}
    return frozenset(word for word, n in seen.items() if (n >= 2 and word.lower() not in small) or word in named)


def lead_start(text: str, labelled: bool, names: frozenset[str] = frozenset()) -> int | None:
    """Where the lead starts in `text`: at a capitalised word after the headline's last word,
    that opens as leads do; without a section label before, at the first word that opens a
    sentence as common nouns do (capitalised, the next word not, and no name of `names`)."""
    tokens = list(_WORD.finditer(text))
    first_word = tokens[0].group(0) if tokens else ""
    for n, token in enumerate(tokens[_MIN_HEADLINE_WORDS:], start=_MIN_HEADLINE_WORDS):
        before = tokens[n - 1].group(0)
        if not token.group(0)[:1].isupper() or before[:1].isupper() or before.endswith((",", ":", ";", "-", "–")):
            continue
        if token.group(0).isupper() or _CAMEL_CASE.search(token.group(0)) or "/" in token.group(0):
            continue  # an acronym, a unit, a letter or a brand ("camera 192 MP", "châu Á", "xe VinBus", "Visa/Master")
        if _inside_quote(text[: token.start()]):
            continue  # "“Bão WIPHA ... gió mạnh hướng Tây và Nam ...”": a quotation is not cut
        rest = text[token.start() :]
        if words(rest) < _MIN_LEAD_WORDS:
            return None
        if labelled and (rest.startswith(word_list("lead_openers.txt")) or token.group(0) == first_word):
            return token.start()
        after = tokens[n + 1].group(0) if n + 1 < len(tokens) else ""
        if labelled or n > _MAX_UNLABELLED_HEADLINE_WORDS:
            continue
        if tokens[n - 2].group(0)[:1].isupper():
            continue  # "Cơ quan Cảnh sát Điều tra Công an tỉnh ...": inside a name, its words capitalised
        if before.lower() in _NAMING_WORDS or token.group(0).endswith(","):
            continue  # "... ở miền Bắc, nón Làng Chuông ...", "... gọi là cá Xiêm, là ...": a name, no lead
        if not is_syllable(token[0].lower()):
            continue  # "... do tổ chức đánh giá Woodmark trao ...": a foreign name, which no lead opens on
        if before.lower() not in word_list("phrase_goes_on.txt") and after[:1].islower() and token[0] not in names:
            return token.start()
    return None


_NAMING_WORDS = frozenset(  # a breed after its kind ("cá Betta"), a school of a faith ("hệ phái Khất sĩ", "dòng Tên")
    "miền phía vùng xứ tỉnh huyện quận xã phường làng thôn sông núi chùa đền đình phố đường hồ cầu chợ đảo"
    " cá chó mèo giống loài phái dòng đạo năm".split()  # "kỷ niệm 60 năm Ngày thành lập huyện": an anniversary
)


# "... 1.504 nghìn lượt khách quốc tế (QNO) - Theo Cục Thống kê ...": the outlet's tag opens the lead
_MID_TAG = re.compile(r"\s\((?P<tag>[A-ZĐ]{2,6})\)\s*[-–—]\s+(?=[A-ZĐÀ-Ỹ])")


# "… nâng caoPhát triển bền vững - 10/05 13:00Qua thẩm định …": headline, section, time and lead glued together
_TOP_WITH_STAMP = re.compile(
    rf"^(?P<head>.{{20,}}?[{P.LOWER}%)])(?P<label>[{P.UPPER}][^-–|]{{2,40}}?)\s*[-–|]\s*"
    rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s+\d{{1,2}}:\d{{2}}(?P<lead>[{P.UPPER}].{{20,}})$"
)
# "Thôn ... tổ chức đêm văn nghệ “...” 30/08/2024 | 11:06 AM 4 In Gửi Email Phóng to Thu nhỏ Tương phản Đọc bài
# viết Tối ngày 29.8, ...": the title, its date and time, the views and the page's tools run into the lead
_TOP_WITH_TOOLS = re.compile(
    r"^(?P<head>.{20,}?)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*\|\s*\d{1,2}:\d{2}(?:\s?[AP]M)?(?:\s+\d+)?"
    r"(?:\s+(?:In|Gửi Email|Gửi|Email|Phóng to|Thu nhỏ|Tương phản|Đọc bài viết|Nghe đọc|Lưu|Chia sẻ))+"
    r"\s+(?P<lead>\S.{20,})$"
)
# "Bình Dương có 22 xã đạt chuẩn … nâng cao Với chủ trương tiếp tục …": on a page of headlines and
# summaries, a headline run into its summary, which opens as a sentence does
_SUMMARY_OPENING = re.compile(
    r"(?<=[a-zà-ỹđ0-9%”\"])\s+"
    rf"(?=(?:Với|Theo|Trong|Sau|Tại|Qua|Từ|Đến|Hiện nay|Chỉ trong|Chỉ sau)\s+[{P.LOWER}\d]"
    # a part of the day opens a lead with its day ("Sáng 25/7", "Chiều cùng ngày"), never a name ("Lê Sáng người")
    r"|(?:Ngày|Sáng|Chiều|Tối)\s+(?:\d|(?:nay|qua|mai|hôm|cùng|mùng|mồng|thứ|chủ nhật|ngày|sớm|muộn)\b))"
    # or a writer and a day between them: "... lan rộng bởi Linh 28 Tháng 8, 2025 TP.HCM ghi nhận ..."
    r"|\s+bởi\s+[A-ZĐÀ-Ỹ]\S*(?:\s+[A-ZĐÀ-Ỹ]\S*){0,3}\s+\d{1,2}\s+[Tt]háng\s+\d{1,2},?\s+\d{4}\s+(?=[A-ZĐÀ-Ỹ])"
)


def _glued_syllables(line: str) -> int | None:
    """Where two Vietnamese words run together with no space, the second capitalised ("CườngTrọng")
    or an acronym after a word with its marks ("HànTOPIK"): the offset of the second. A name
    written as one word ("VinFast", "YouTube") has no marks;
    lines of a verse glued one after another ("... đi chơiEm rước đèn ... phố phườngLòng ...")
    are no title and its text."""
    joints = []
    for m in re.finditer(r"[^\W\d_]{4,}", line):
        word = "" if _PLACE_NOUN.search(line, 0, m.start()) else m.group(0)  # "tỉnh ĐắkLắk": a place's name
        for k in range(2, len(word) - 1):
            left, right = word[:k], word[k:]
            shouted = len(right) >= 3 and right.isupper() and not left.isascii()  # "tiếng HànTOPIK là ...": an acronym
            if left[-1].islower() and right[0].isupper() and (right[1:].islower() or shouted) and left[1:].islower():
                joints.append((m.start() + k, not (left.isascii() and right.isascii())))
    return joints[0][0] if len(joints) == 1 and joints[0][1] else None


def _trail_over_title(first: str, title: str) -> bool:
    """ "Du Học Nhật Bản Làm bài Thi <title>", "Cá cảnhCá Betta - Đặc điểm, ... thường...": a trail
    ending in the title under it, whole or cut short."""
    if first.endswith(f" {title}"):  # "..., Học viện X" over "Học viện X": the title's own last words, no trail
        return not first[: -len(title)].rstrip().endswith((",", ";", "và"))
    if not first.endswith(("...", "…")):
        return False
    line, head = (re.sub(r"\s*[-–—]\s*", " - ", t) for t in (first.rstrip(".…").rstrip(), title))
    start = line.find(" ".join(head.split()[:3]))
    return start > 0 and head.startswith(line[start:]) and words(line[start:]) >= _MIN_HEADLINE_WORDS


def _ends_on_own_caption(first: str, second: str) -> bool:
    """ "Sáng ngày 20/4, ... 200 triệu đồng. Gặp mặt CBB ... Miền Nam." over "Gặp mặt CBB ... Miền Nam.": a
    paragraph of sentences that ends on its picture's caption, printed again under it (a trail holds no
    sentence before the title it ends in)."""
    before = first[: -len(second)] if first.endswith(f" {second}") else ""
    sentences = re.findall(r"[.!?]\s+(?=\S)", before.rstrip() + " ")
    return words(second) >= _MIN_HEADLINE_WORDS and len(sentences) >= 2 and words(before) >= 2 * words(second)


_GLUED_QUESTION = re.compile(rf"(?<=[{P.LOWER}]{{2}})[?!](?=[{P.UPPER}][{P.LOWER}])")


def split_glued_top(d: Draft) -> Draft:
    """ "<label> <headline> <lead>" or "<headline> <lead>" on the first line -> the headline and
    the lead as two blocks, the label the category; and a date stamp glued before the lead
    ("17/5 Chiều ngày hôm qua ...", "(16/07/2014)Chiều ...") is not read. An outlet's tag between
    them ("(QNO) - "), a bullet ("•") or a section and time glued between them marks where the
    lead starts, however long the line. A first line ending in the title under it is a trail."""
    d = _strip_glued_section(_strip_day_stamp(d))
    if not d.blocks:
        return d
    first = _GLUED_QUESTION.sub(r"\g<0> ", d.blocks[0])  # "... như thế nào?Đến với xứ Thanh, ...": parted
    if len(d.blocks) > 1 and _ends_on_own_caption(first, d.blocks[1]):
        return dataclasses.replace(d, blocks=(first[: -len(d.blocks[1])].rstrip(), *d.blocks[2:]))
    if len(d.blocks) > 1 and words(d.blocks[1]) >= _MIN_HEADLINE_WORDS and _trail_over_title(first, d.blocks[1]):
        return dataclasses.replace(d, blocks=d.blocks[1:])  # "Du Học Nhật Bản ... <title>" over "<title>": a trail
    flagged = _EMOJI_TITLE.match(first)
    if flagged and flagged["head"].isupper():  # "💥BÉ VUI TẾT TRUNG THU 2023💥 💐Hòa chung ...": a title between emoji
        return dataclasses.replace(d, blocks=(flagged["head"].strip(), flagged["lead"], *d.blocks[1:]))
    noted = _EDITORS_NOTE.match(first)
    if noted and noted["head"].isupper():  # "... TẠI NGHỆ ANBBT: Năm 2017, ...": the desk's note glued to the title
        return dataclasses.replace(d, blocks=(noted["head"].strip(), noted["lead"].strip(), *d.blocks[1:]))
    tooled = _TOP_WITH_TOOLS.match(first) or P.TOP_WITH_UPDATE.match(first)
    if tooled:
        day = f"{tooled['y']}-{int(tooled['m']):02d}-{int(tooled['d']):02d}"
        return dataclasses.replace(
            d, blocks=(tooled["head"], tooled["lead"], *d.blocks[1:]), published=d.published or day
        )
    stamped = _TOP_WITH_STAMP.match(first)
    if stamped:
        category = d.category or stamped["label"].strip()
        return dataclasses.replace(d, blocks=(stamped["head"], stamped["lead"], *d.blocks[1:]), category=category)
    tagged = _split_at_tag(d, first)
    if tagged is not None:
        return tagged
    joint = _glued_syllables(first)  # "... Giuse Trần Mạnh CườngTrọng kính Cha ...": the notice glued to its title
    titled = joint is not None and not re.search(r"[.!?]\s", first[:joint])  # a title holds no sentence's end
    if titled and words(first[:joint]) >= _MIN_HEADLINE_WORDS and words(first[joint:]) >= _MIN_LEAD_WORDS:
        return dataclasses.replace(d, blocks=(first[:joint].strip(), first[joint:].strip(), *d.blocks[1:]))
    echo = _echoed_subject(first)  # "... bón phân cho lan hồ điệp Lan hồ điệp là loài ...": the subject again
    if echo is not None:
        return dataclasses.replace(d, blocks=(first[:echo].strip(), first[echo:].strip(), *d.blocks[1:]))
    head, bullet, lead = first.partition(" • ")  # "<headline>  • <summary>": a card's two parts
    if bullet and _MIN_HEADLINE_WORDS <= words(head) and not ends_sentence(head) and words(lead) >= _MIN_LEAD_WORDS:
        return dataclasses.replace(d, blocks=(head.strip(), lead.strip(), *d.blocks[1:]))
    if not MIN_GLUED_WORDS <= words(first) <= MAX_GLUED_WORDS or not ends_sentence(first):
        return d
    if P.AGENCY_PREFIX.match(first) and first.startswith("("):
        return d  # "(CLO) Cứ vào ngày ...": the outlet's tag opens a lead, no headline glued before it
    second = d.blocks[1] if len(d.blocks) > 1 else ""
    if second and not ends_sentence(second) and words(second) >= _MIN_HEADLINE_WORDS:
        return d  # a summary printed above its headline: the segmenter swaps them
    if _DAY_OPENS_LEAD.match(first) or _CITES.match(first):
        return d  # "Ngày 13/12, 999 đại biểu ... bầu Ban chấp hành ...": a lead, no headline in it; so "Căn cứ ..."
    cut = _label_length(first)
    if cut and (first[:cut] + first[cut:].split(" ", 1)[0]).lower() in first[cut:].lower():
        cut = 0  # "Giáo dục Mầm non đặt ... chương trình giáo dục Mầm non": a phrase the text repeats, no label
    rest = first[cut:]
    start = lead_start(rest, labelled=bool(cut), names=_names_in(d.blocks))
    if start is None:
        return d
    headline, lead = rest[:start].strip(), rest[start:].strip()
    category = d.category or (first[: cut - 1] if cut else None)
    return dataclasses.replace(d, blocks=(headline, lead, *d.blocks[1:]), category=category)


# "Căn cứ thông tư số: 22/2019/TT-BGDDT ... về việc ban hành Quy định về ...;": a notice's grounds, one clause
_CITES = re.compile(r"^(?:Căn cứ|Thực hiện (?i:kế hoạch|công văn|quyết định|chỉ thị|thông tư|nghị quyết))\s")
# "... Dengue đầu tiênSức khỏe 24h - 14/10/2023Trên địa bàn ...": a tag page's headline, its section
# and its day run together with the summary, no space at either join
_STAMPED_SUMMARY = re.compile(
    rf"^(?P<head>.{{20,300}}?[{P.LOWER}])(?P<section>[{P.UPPER}][^\s\d-]*(?: [^\s-]+){{0,4}}) [-–] "
    rf"(?P<day>\d{{1,2}}/\d{{1,2}}/\d{{4}})(?P<summary>[{P.UPPER}].{{40,}})$"
)


def split_stamped_summaries(d: Draft) -> Draft:
    """A tag page's headline glued to its section and day, and those to its summary ("... đầu
    tiênSức khỏe 24h - 14/10/2023Trên địa bàn ..."), parted: the headline, then the summary; the
    section and the day are not read."""
    blocks: list[str] = []
    for block in d.blocks:
        m = _STAMPED_SUMMARY.match(block)
        blocks.extend([m["head"], m["summary"]] if m and not ends_sentence(m["head"]) else [block])
    return dataclasses.replace(d, blocks=tuple(blocks))


_YEARS_OF = re.compile(r"\d\s+(?:năm|tháng|ngày)$")


def split_glued_summaries(d: Draft) -> Draft:
    """On a page of headlines and their summaries, a headline run into its summary ("... nâng cao
    Với chủ trương ...") is parted: the headline heads the summary. The headline has no
    sentence's punctuation; the summary opens with a word that starts sentences and runs to ten
    words or more."""
    blocks: list[str] = []
    for i, block in enumerate(d.blocks):
        m = _SUMMARY_OPENING.search(block) if i > 0 else None
        head, summary = (block[: m.start()], block[m.end() :]) if m else ("", "")
        if head and summary.endswith(head):  # the headline's link again after the summary
            summary = summary[: -len(head)].rstrip()
        if (
            m
            and _MIN_HEADLINE_WORDS <= words(head) <= _MAX_UNLABELLED_HEADLINE_WORDS
            and words(summary) >= _MIN_SUMMARY_WORDS
            and words(re.split(r"[.!?](?=\s|$)", summary)[0]) >= _MIN_OPENING_WORDS  # "... ở gần Từ đường. Họ ..."
            and not re.search(r"[.:;!?](?=\s|$)|“", head)
            and head.split()[-1].lower() not in word_list("phrase_goes_on.txt")  # "... ngày tết là Chiều cuối năm"
            and not _YEARS_OF.search(head)  # "kỷ niệm 72 năm Ngày thành lập ...": years of a day, one phrase
            and not P.CAPTION_CREDIT.search(block)  # "... tham gia Ngày hội ... Ảnh: Phương Anh": a caption, whole
            # "Ngày 16/11, Hội ... gặp mặt Ngày nhà giáo ...": one sentence; "Căn cứ ... Sau đại học ...;" too
            and not (_DAY_OPENS_LEAD.match(head) or block.endswith((";", ":")))
        ):
            blocks.extend([head, summary])
        else:
            blocks.append(block)
    return dataclasses.replace(d, blocks=tuple(blocks))


def _split_at_tag(d: Draft, first: str) -> Draft | None:
    """ "<label> <headline> (QNO) - <lead>" -> the headline and the lead, the tag the outlet."""
    m = _MID_TAG.search(first)
    if m is None or words(first[: m.start()]) < _MIN_HEADLINE_WORDS or words(first[m.end() :]) < _MIN_LEAD_WORDS:
        return None
    cut = _label_length(first[: m.start()], digits=True)
    headline, lead = first[cut : m.start()].strip(), first[m.end() :].strip()
    if words(headline) < _MIN_HEADLINE_WORDS:
        return None
    category = d.category or (first[: cut - 1] if cut else None)
    outlet = d.outlet or outlet_names().get(m["tag"].lower(), m["tag"])
    return dataclasses.replace(d, blocks=(headline, lead, *d.blocks[1:]), category=category, outlet=outlet)


def _strip_day_stamp(d: Draft) -> Draft:
    for i, block in enumerate(d.blocks[1:3], start=1):
        m = _DAY_STAMP.match(block)
        if m:
            published = d.published or (dateline(m[0].strip()) or (None, None))[1]
            return dataclasses.replace(
                d, blocks=(*d.blocks[:i], block[m.end() :], *d.blocks[i + 1 :]), published=published
            )
    return d


def _strip_glued_section(d: Draft) -> Draft:
    """ "Tin công nghệVài tuần qua, ...": a section's name run into the lead with no space, the
    category."""
    for i, block in enumerate(d.blocks[1:3], start=1):
        low = block.lower()
        start = 4 if low.startswith("tin ") else 0
        for label in sorted(P.SECTIONS, key=len, reverse=True):
            end = start + len(label)
            if low[start:end] == label and block[end : end + 1].isupper() and words(block) >= _MIN_LEAD_WORDS:
                category = d.category or block[:end]
                return dataclasses.replace(
                    d, blocks=(*d.blocks[:i], block[end:], *d.blocks[i + 1 :]), category=category
                )
    return d


# "... 14 triệu đồng. Bộ xử lý Đối với nhu cầu học tập ...": a part's heading run into its first
# sentence, which opens with a word that opens sentences and is never a name's
_GLUED_HEADING = re.compile(
    rf"(?:(?<=[.!?…])\s+|^)(?:[–-]\s)?(?P<heading>[{P.UPPER}][{P.LOWER}]*(?: [{P.LOWER}]+){{0,9}})"
    r" (?=(?:Đối với|Ngoài ra|Tuy nhiên|Bên cạnh đó|Hiện nay|Nếu|Khi|Trước khi|Trước tiên|Đầu tiên|Đây là) [a-zà-ỹđ])"
)


# "... về hoa lan đuôi cáo1. Đặc tính của ...", "... Nhớt Xe?1. Thay ...": a heading run into the numbered one under it
_GLUED_ITEM = re.compile(rf"(?<=[{P.LOWER}?])(?=\d{{1,2}}\. [{P.UPPER}])")


def _items_parted(block: str) -> list[str]:
    """A block cut where a numbered heading begins right after a Vietnamese word ("cáo1. Đặc") or
    a question's mark, never after a code's letters ("iPhone15. Mới")."""
    cuts = [
        m.start()
        for m in _GLUED_ITEM.finditer(block)
        if (block[m.start() - 1] == "?" or not re.search(r"\w+$", block[: m.start()])[0].isascii())
        and not _footnote_mark(block, m.start())
    ]
    return [block[a:b] for a, b in zip([0, *cuts], [*cuts, len(block)])]


def _footnote_mark(block: str, at: int) -> bool:
    """Whether the number at `at` marks a source's note, not a heading: a long sentence runs up to it
    and another goes on after it ("... một cách trôi chảy1. Cuốn sách này bao quát ...")."""
    sentence = re.split(r"[.!?…:]\s", block[:at])[-1]
    after = re.match(r"\d{1,2}\. ([^.!?]*)[.!?]", block[at:])
    return len(sentence.split()) >= _MIN_NOTED_WORDS and after is not None and len(after[1].split()) >= _MIN_NOTED_WORDS


def split_glued_subheadings(d: Draft) -> Draft:
    """A subheading the scrape ran into the paragraph under it ("Bộ xử lý Đối với nhu cầu ...")
    stands on its own line again, before its paragraph; what went before it stays a paragraph; so
    does a heading run into the numbered one under it ("... đuôi cáo1. Đặc tính ..."). A heading run
    with no space into one sentence under it ("... được thành lậpÔng Nguyễn ...") is read without
    that sentence, its picture's caption."""
    parted = tuple(part for i, b in enumerate(d.blocks) for part in (heading_and_after(b, d.blocks[0]) if i else [b]))
    blocks: list[str] = []
    for i, block in enumerate(part for whole in parted for part in _items_parted(whole)):
        m = _GLUED_HEADING.search(block)
        if m is None or (i == 0 and m.start() == 0):  # the first line's own opening is the headline
            blocks.append(block)
            continue
        before, rest = block[: m.start()].strip(), block[m.end() :].strip()
        blocks.extend(part for part in (before, m["heading"], rest) if part)
    return dataclasses.replace(d, blocks=tuple(blocks))


_ECHO_HEAD_WORDS = range(_MIN_HEADLINE_WORDS, 21)


def _echoed_subject(line: str) -> int | None:
    """Where a title run into its text ends: its last two or three words, the subject ("lan hồ
    điệp"), open the first sentence again with a capital ("Lan hồ điệp là loài ..."), or two of its
    words in small letters do ("... khi máy giặt không hoạt động Máy giặt ngày nay ..."). The offset
    of that sentence, or None."""
    tokens = list(_WORD.finditer(line))
    for n in _ECHO_HEAD_WORDS:
        if n + 3 > len(tokens) or not tokens[n].group(0)[:1].isupper():
            continue
        title = [t.group(0) for t in tokens[:n]]
        pairs = {(a, b) for a, b in zip(title, title[1:]) if a.islower() and b.islower()}
        if re.search(r"[.!?:;,]", line[: tokens[n].start()]) or not title[-1].islower():
            pairs = set()  # a title holds no sentence's end; its last word, no name, runs into the capital
        for k in (3, 2):
            tail = [t.group(0).lower() for t in tokens[n - k : n]]
            opening = [t.group(0).lower() for t in tokens[n : n + k]]
            if (tokens[n - k].group(0)[:1].islower() and tail == opening) or (k == 2 and tuple(opening) in pairs):
                return tokens[n].start() if words(line[tokens[n].start() :]) >= _MIN_LEAD_WORDS else None
    return None


def drop_headline_echoes(d: Draft) -> Draft:
    """A picture's text that prints the headline again: glued after a paragraph's stop ("... năm
    2016.Những người tu trên đất nước Mỹ") it is cut off; a line that is nothing but the headline
    run together twice or more is not read."""
    if len(d.blocks) < 2 or words(d.blocks[0]) < _MIN_HEADLINE_WORDS:
        return d
    headline = d.blocks[0]
    bare = "".join(headline.split())
    blocks = [headline]
    for block in d.blocks[1:]:
        run = "".join(block.split())
        if len(run) >= 2 * len(bare) and run == bare * (len(run) // len(bare)):
            continue
        if block.endswith(headline) and re.search(r"[.!?]$", block[: -len(headline)]):
            block = block[: -len(headline)]
        blocks.append(block)
    return dataclasses.replace(d, blocks=tuple(blocks))


# "Tôm thẻ chân trắng nuôi thân canh công nghệ cao Nuôi tôm thẻ chân trắng nói chung, ...": the top
# picture's caption, no stop after it, run into the first paragraph, which opens on a capital mid-line
_GLUED_CAPTION_WORDS = range(4, 13)


_JOINING_WORDS = frozenset("tới đến cho của với và các những tại ở về từ là gọi như".split())  # "hay còn gọi Tết"


def split_caption_from_lead(d: Draft) -> Draft:
    """The top picture's caption run into the paragraph under the headline is not read: a few
    words with no stop, then a capitalised word opening the paragraph (a word the paragraph writes in
    small letters further on, so no name: never "Tết", "Guppy"), which names the caption's subject
    again ("Tôm thẻ ..." / "Nuôi tôm thẻ ..."); never one sentence ("Thông báo khẩn tới Phụ huynh ...", "... và đại
    biểu Hội đồng nhân dân ...", the two words across the cut written together in the headline)."""
    if len(d.blocks) < 2:
        return d
    tokens = d.blocks[1].split()
    for k in _GLUED_CAPTION_WORDS:
        if k + 1 >= len(tokens) or not all(t.isalpha() for t in tokens[:k]):
            return d  # a stop, a comma or a figure before it: no caption
        opening, after = tokens[k], tokens[k + 1]
        common = opening.lower() in (t.strip(",.;:") for t in tokens[k + 1 :])  # "Nuôi" here, "nuôi" later: no name
        joined = tokens[k - 1] in _JOINING_WORDS or f"{tokens[k - 1]} {opening}".lower() in d.blocks[0].lower()
        if opening[:1].isupper() and common and after[:1].islower() and tokens[k - 1].islower() and not joined:
            rest = " ".join(tokens[k:])
            subject = " ".join(tokens[:2]).lower()
            if subject in rest.lower() and words(rest) >= _MIN_LEAD_WORDS:
                return dataclasses.replace(d, blocks=(d.blocks[0], rest, *d.blocks[2:]))
            return d
    return d
