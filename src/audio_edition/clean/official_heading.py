"""An official document's heading over its text: the state's name and motto, the issuing offices
over them, the document's number and where and when it was signed; none of it is read."""

from __future__ import annotations

import dataclasses
import re

from .authors import looks_like_author
from .draft import Draft, ends_sentence, words

# an office's name in capitals opening its line: who issued the document (a letterhead's too)
INSTITUTION = re.compile(
    r"^(?:ỦY BAN|UỶ BAN|UBND|HĐND|TÒA|TOÀ|SỞ|BỘ|CỤC|CHI CỤC|ĐẢNG BỘ|ĐẢNG ỦY|TRƯỜNG|VIỆN|CÔNG TY|GIÁO PHẬN"
    r"|HỘI(?! (?:THẢO|NGHỊ|THI|DIỄN|CHỢ|TRẠI|GIẢNG|KHỎE))"  # a society, never its conference or contest
    r"|TỔNG|LIÊN ĐOÀN|MẶT TRẬN|TRUNG TÂM|BỆNH VIỆN|HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY|QUẬN ỦY|QUỐC HỘI|CHÍNH PHỦ"
    r"|ĐOÀN|VĂN PHÒNG)\b"
)
_OFFICE_WORDS = 12  # an office's name in capitals, on a line of its own
_NUMBER_LINES = 6  # a party's or a union's document: its number among its first lines


_MOTTO = re.compile(r"(?i:độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc)\s*(?:[-–_*]{3,}\s*)?")
# the state's name, on a line of its own or with the motto and a rule after it on the same line
_STATE_NAME = re.compile(rf"(?i:cộng h(?:oà|òa|oa) xã hội chủ nghĩa việt nam)(?:\s+{_MOTTO.pattern})?")
# "Số: 322/KH-...", "Luật số: 23/2012/QH13": the number, the document's kind before it or not
_DOCUMENT_NUMBER = re.compile(
    r"^(?:Số|SỐ|(?:Luật|Nghị định|Quyết định|Thông tư|Nghị quyết|Chỉ thị|Công văn)\s+số)\s*:\s*\S+$"
)
_SIGNED_AT = re.compile(
    r"^[^\d,]{2,30},\s*ngày\s+(?:\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+\d{4}$"
)  # a day left blank too
_STATE_HEADING_LINES = 30
_SUBJECT = re.compile(r"(?:V/v|V/V|Về việc)\s")
_DECOR = re.compile(r"[-–—_*=~.\s]*o0o[-–—_*=~.\s]*|[-–—_*=~]{3,}")
_ADDRESSED = re.compile(r"(?i:kính gửi)\s*:?")
# "Số" / "142/TB-VG Ân": a letterhead's number parted from its label by a scrape of two columns
_TWO_COLUMN_PIECE = re.compile(r"Số:?|\d{1,5}/[A-ZĐ0-9-]{2,20}(?:\s+\S+)?")


def without_state_heading(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """An official document's heading among the first lines ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG
    ĐẠI HỌC ĐÔNG Á", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:
    322/KH-...", "V/v ...", "Đà Nẵng, ngày 11 tháng 3 năm 2021", a bare "Kính gửi:" over its addressees in
    capitals): none of it is read. A party's or a union's
    document prints no state's name: its office in capitals over "Số: 225-KH/TWĐTN, Hà Nội, ngày
    ..." is its heading (`_without_numbered_heading`)."""
    state = next((i for i, b in enumerate(blocks[:_STATE_HEADING_LINES]) if _STATE_NAME.fullmatch(b.strip())), None)
    if state is None:
        return _without_numbered_heading(blocks)
    start = state
    while start > 0 and (
        blocks[start - 1].isupper()
        and words(blocks[start - 1]) <= _OFFICE_WORDS
        or _DOCUMENT_NUMBER.match(blocks[start - 1])
        or _SUBJECT.match(blocks[start - 1])  # "V/v Góp ý cho ...": what the letter is about, its title said
        or not re.search(r"\w", blocks[start - 1])  # "--------": the rule under the office's name
    ):
        start -= 1  # "ỦY BAN NHÂN DÂN" / "PHƯỜNG" / "LONG ANH" / "Số: /KH-UBND": the office, over lines
    while start < state and not INSTITUTION.match(blocks[start]):
        start += 1  # no office's name on top: a title in capitals, kept
    end = state + 1
    while end < len(blocks) and (
        _MOTTO.fullmatch(blocks[end])
        or _DOCUMENT_NUMBER.match(blocks[end])
        or _SIGNED_AT.match(blocks[end])
        or _TWO_COLUMN_PIECE.fullmatch(blocks[end].strip())  # the office's and its number's lines between the mottos
        or (blocks[end].isupper() and words(blocks[end]) <= _OFFICE_WORDS and INSTITUTION.match(blocks[end]))
        or _DECOR.fullmatch(blocks[end])  # "——–o0o———": the rule under the motto
    ):
        end += 1
    if end < len(blocks) and _ADDRESSED.fullmatch(blocks[end]):  # "Kính gửi:" over "– CHỦ TỊCH ...", "– CÁC ...":
        end += 1  # whom the letter is sent to, before its text
        while end < len(blocks) and words(blocks[end]) <= _OFFICE_WORDS and blocks[end].isupper():
            end += 1
    return (*blocks[:start], *blocks[end:])


# "Số: 225 - KH/TWĐTN-CTTN       Hà Nội, ngày 16 tháng 5 năm 2024": a document's number, and where
# and when it was signed on the same line
_NUMBER_AND_DAY = re.compile(
    r"^(?:Số|SỐ)\s*:\s*[^,]{0,40}?(?:\s{2,}|,\s*|\s)[^\d,]{2,30},?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$"
)
_HEADING_MARK = re.compile(r"^[*\-–_\s]{1,9}$")  # the stars or rule under the office's name


def _without_numbered_heading(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """ "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH" / "***" / "Số: 225 - KH/TWĐTN-CTTN Hà Nội,
    ngày 16 tháng 5 năm 2024" on top: the office in capitals, its mark, the number and the day."""
    number = next(
        (i for i, b in enumerate(blocks[:_NUMBER_LINES]) if _NUMBER_AND_DAY.match(b) or _DOCUMENT_NUMBER.match(b)),
        None,
    )
    if not number:
        return blocks
    above = blocks[:number]
    offices = [b for b in above if not _HEADING_MARK.fullmatch(b)]
    if not offices or not all(b.isupper() and words(b) <= _OFFICE_WORDS for b in offices):
        return blocks
    end = number + 1
    while end < len(blocks) and (_MOTTO.fullmatch(blocks[end]) or _SIGNED_AT.match(blocks[end])):
        end += 1
    return blocks[end:]


# "Tel: (08) 9328 8914 Email: wa@...": the sender's telephone or email under its name at the top


# "KẾ HOẠCH" over the title printed again: the document's kind, in capitals on a line of its own
_KIND_LINE = re.compile(
    r"^(?:KẾ HOẠCH|THÔNG BÁO|QUYẾT ĐỊNH|BÁO CÁO|CÔNG VĂN|HƯỚNG DẪN|CHỈ THỊ|NGHỊ QUYẾT|TỜ TRÌNH|CHƯƠNG TRÌNH|ĐỀ ÁN"
    r"|ĐIỀU LỆ|QUY CHẾ)$"
)
_TITLE_LINES = range(2, 5)
_TITLE_AGAIN_WITHIN = 16


def _said(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def drop_title_over_lines(d: Draft) -> Draft:
    """ "KẾ HOẠCH" / "Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023" / "Của Ban Thường vụ
    ..." / "Đến năm 2025, ...": a document printing its title again under its heading, broken over two
    to four lines, the kind over it; none of it is read a second time."""
    blocks, title = d.blocks, _said(d.blocks[0]) if d.blocks else []
    for i in range(1, min(len(blocks), _TITLE_AGAIN_WITHIN)):
        n = next(
            (n for n in _TITLE_LINES if i + n <= len(blocks) and _said(" ".join(blocks[i : i + n])) == title), None
        )
        if n == 2 and i == 1 and looks_like_author(blocks[2].strip()) and len(blocks) > 3:
            # "<title> -Đào Hiếu Thảo" over "<title>" over "Đào Hiếu Thảo": the title with its writer glued on
            return dataclasses.replace(d, blocks=(blocks[1], *blocks[3:]), byline=d.byline or blocks[2].strip())
        if n and len(title) >= 2 * n:
            start = i - 1 if _KIND_LINE.match(blocks[i - 1].strip()) and i > 1 else i
            return dataclasses.replace(d, blocks=blocks[:start] + blocks[i + n :])
    return d


_TITLE_LINE_WORDS = 20
_TEXT_OPENING = re.compile(r"(?i:căn cứ|thực hiện|kính gửi|theo|nhằm|để)\b")


_SUBJECT_LINE = re.compile(r"(?:VỀ VIỆC|Về việc|V/v)\s+\S")
_KIND_TOP = 14  # the kind stands under the office's heading, its number and its date
_OWNER_WORDS = 12
_OWNED_KINDS = frozenset({"ĐIỀU LỆ", "QUY CHẾ"})  # a body's charter or rules, whose body the next line names


def join_kind_and_subject(d: Draft) -> Draft:
    """ "QUYẾT ĐỊNH" / "VỀ VIỆC BAN HÀNH QUY CHẾ ...": a document's kind over what it is about, one title; so is the
    kind over whose it is in capitals at the top ("ĐIỀU LỆ" / "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")."""
    blocks = d.blocks
    for i, block in enumerate(blocks[: _KIND_TOP - 1]):
        after = blocks[i + 1] if i + 1 < len(blocks) else ""
        whose = block.strip() in _OWNED_KINDS and after.isupper() and 2 <= words(after) <= _OWNER_WORDS
        whose = whose and not ends_sentence(after)
        if _KIND_LINE.match(block.strip()) and (_SUBJECT_LINE.match(after) or whose):
            joined = f"{block.strip()} {blocks[i + 1].strip()}"
            return dataclasses.replace(d, blocks=(*blocks[:i], joined, *blocks[i + 2 :]))
    return d


def join_title_under_kind(d: Draft) -> Draft:
    """ "KẾ HOẠCH" / "Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu" / "Đoàn TNCS ... lần thứ XIV,
    nhiệm kỳ 2012 - 2017" / "Căn cứ ...": a document's title wrapped over lines under its kind, one title."""
    blocks = d.blocks
    if len(blocks) < 4 or not _KIND_LINE.match(blocks[0].strip()):
        return d
    end = 1
    while (
        end < min(len(blocks) - 1, 1 + max(_TITLE_LINES))
        and not blocks[end].rstrip().endswith((".", ":", ";", "!", "?"))
        and words(blocks[end]) <= _TITLE_LINE_WORDS
        and not _TEXT_OPENING.match(blocks[end])
    ):
        end += 1
    if end - 1 < 2 or not _TEXT_OPENING.match(blocks[end]):
        return d
    return dataclasses.replace(d, blocks=(blocks[0], " ".join(b.strip() for b in blocks[1:end]), *blocks[end:]))
