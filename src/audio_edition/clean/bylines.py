"""The writer's name on a page: closing the text ("Thái Tùng (T/h)", "... còn lại. YẾN NHI"),
under the headline ("NGUYỄN THẠNH", "ThS.NGUYỄN THỊ HƯƠNG", "Đằng-Giao/Người Việt"), or on a
clinic's card ("Tác giả: Bác sĩ ..."): the byline, not read."""

from __future__ import annotations

import dataclasses
import re

from ..text.legacy import is_syllable
from . import patterns as P
from .authors import looks_like_author, writer_over_untitled_text
from .datelines import AFFILIATION, dateline
from .draft import Draft, cut_word, ends_sentence, is_upper_menu, looks_like_names, menu_label, surname_first, words
from .wordlists import word_list

# "Đặng Tài - dantri.com.vn": the writer and the site a story was copied from, its last line
WRITER_AND_SITE = re.compile(rf"^[{P.UPPER}][^\s.,]*(?:\s+[{P.UPPER}][^\s.,]*){{1,4}}\s*[-–]\s*[\w-]+(?:\.[\w-]+)+$")


# "Không có đi dự được Ngọc Thu ơi!": a reader's reply to another by name, under the post
_VOCATIVE = re.compile(rf"[{P.UPPER}]\w*\s+ơi\b")
_REPLY_BLOCKS = 10


def drop_replies_under_credit(d: Draft) -> Draft:
    """Readers' replies by name ("... Ngọc Thu ơi! ...") under the post's closing credit ("Tin ảnh X"): no story."""
    tail = range(max(1, len(d.blocks) - _REPLY_BLOCKS), len(d.blocks))
    credit = next((i for i in reversed(tail) if P.CREDIT_LINE.match(d.blocks[i])), None)
    if credit is None or not any(_VOCATIVE.search(b) for b in d.blocks[credit + 1 :]):
        return d
    kept = [b for i, b in enumerate(d.blocks) if i <= credit or not _VOCATIVE.search(b)]
    return dataclasses.replace(d, blocks=tuple(kept))


def extract_byline(d: Draft) -> Draft:
    """A short last line naming the writer ("Thái Tùng (T/h)", "Theo TTXVN"), even over the office and the address a
    signature gives, or the writer's name closing the last paragraph ("... còn lại. YẾN NHI", "... theo quy định. Cảnh
    Kỳ"); a labelled credit ("Tác giả bài viết: ...") under a lone paragraph."""
    blocks = list(d.blocks)
    names: list[str] = []
    signed = [i for i in range(len(blocks) - 3, len(blocks) - 1) if i > 1 and byline_of(blocks[i])]
    if signed and all(_SIGNATURE_LINE.match(b) or b.isupper() for b in blocks[signed[0] + 1 :]):
        blocks = blocks[: signed[0] + 1]  # "HÀ MINH TƯƠNG" over "TRƯỜNG MẦM NON ..." and "Địa chỉ: ...": a signature
    for i in range(max(2, len(blocks) - 6), len(blocks) - 1):  # "Mai Hương" over the site's "Thời tiết" widget
        after = blocks[i + 1 :]
        widgets = all(words(b) <= 8 and not ends_sentence(b) and not byline_of(b) for b in after)
        counted = any(re.search(r"\d", b) or b.lower().startswith(word_list("widget_lines.txt")) for b in after)
        if widgets and counted and ends_sentence(blocks[i - 1]) and byline_of(blocks[i]) and words(blocks[i]) <= 4:
            blocks = blocks[: i + 1]
            break
    for i in range(max(2, len(blocks) - 4), len(blocks) - 1):
        if _SOURCED_WRITER.match(blocks[i]) and byline_of(blocks[i]) and blocks[i + 1].isupper():
            blocks = blocks[: i + 1]  # "Tú Đệ (theo www.rd.com)" over a tag page's next story, in capitals
            break
    while (len(blocks) > 2 or (len(blocks) == 2 and P.CREDIT_LINE.match(blocks[-1]))) and len(names) < 2:
        name = byline_of(blocks[-1])
        if name is None:
            break
        names.insert(0, name)
        blocks.pop()
    if not names and blocks:  # "... đối tượng còn lại. YẾN NHI": the name closes the paragraph
        m = _CLOSING_NAME.search(blocks[-1]) or _CLOSING_PLAIN_NAME.search(blocks[-1])
        if m and len(blocks) == 1 and not m.groupdict().get("credit"):
            m = None  # one paragraph is all the text: only a credit ("Bài và ảnh") marks its end a name
        stopped = re.search(r"(\S+)\s+$", blocks[-1][: m.start("name")]) if m else None
        if m and stopped and stopped[1][:1].isupper() and not m["name"].isupper():
            m = None  # "Theo website Thành đoàn Tp. Hồ Chí Minh": a place after an abbreviation's dot
        m = None if m and cut_word(m["name"]) else m  # "... chăm học lắm”. Còn": a sentence's first word, cut off
        if m and looks_like_names(_name_case(m["name"])):
            blocks[-1] = blocks[-1][: m.start()].rstrip()
            names.append(_name_case(m["name"]) if m["name"].isupper() else m["name"])
    if not names:
        return d
    signed = ", ".join(names)  # "LT" under the text, "Lệ Trung" over it: the full name stays
    return dataclasses.replace(d, blocks=tuple(blocks), byline=_full_name(signed, d.byline) if d.byline else signed)


_SOURCED_WRITER = re.compile(r"^[^()]{2,40}\((?i:theo)\s[^()]+\)$")  # "Tú Đệ (theo www.rd.com)": writer, source
# the lines a signature closes with under the writer's name: the school or office, its address
_SIGNATURE_LINE = re.compile(r"^(?:Địa chỉ|ĐT|Điện thoại|Email|E-mail|Hotline|Website)\s*:", re.IGNORECASE)
# the writer's name in capitals after the last sentence, on the same line
_CLOSING_NAME = re.compile(  # "... năm 2014 Bài và ảnh HÀ PHƯƠNG": a credit before it when there is no stop
    rf"(?:(?<=[.!?…”])|\s(?P<credit>Bài và ảnh|Bài, ảnh|Bài & ảnh|Tin và ảnh|Tin, ảnh):?)"
    rf"\s+(?P<name>[{P.UPPER}]{{2,}}(?:\s+[{P.UPPER}]{{1,}}){{1,3}})$"
)


# "... theo quy định. Cảnh Kỳ", "... sạt lở đất. V.Duẩn": the writer's name in plain letters (or an
# initial and a name) after the last sentence, on the same line
_CLOSING_PLAIN_NAME = re.compile(
    rf"(?<=[.!?…”])\s+(?P<name>(?:[{P.UPPER}]\.\s?)?[{P.UPPER}][{P.LOWER}]+(?:\s+[{P.UPPER}][{P.LOWER}]+){{0,2}})$"
)
_DOTTED_INITIALS = re.compile(rf"^[{P.UPPER}](?:\.\s?[{P.UPPER}]){{1,3}}\.$")


_STOPPED_NAME_WORDS = 4


def byline_of(block: str) -> str | None:
    """The writer or source a closing line names, or None when it is not such a line."""
    credit = P.CREDIT_LINE.match(block)
    if credit:
        return credit["names"].strip()
    if P.SOURCE_LINE.match(block):
        return P.TRAILING_URL.sub("", block).rstrip(".")
    if WRITER_AND_SITE.match(block):  # "Đặng Tài - dantri.com.vn": the writer, and where it came from
        return re.split(r"\s*[-–]\s*", block)[0]
    if _DOTTED_INITIALS.match(block):  # "T.H.", "B.B.": the writer's initials, each with its dot
        return block
    bare = AFFILIATION.sub("", P.BYLINE_MARKERS.sub("", block)).strip()  # "Viên Mừng (Bảo tàng tỉnh)"
    if words(bare) <= _STOPPED_NAME_WORDS and re.fullmatch(r"[^.]+\.", bare):
        bare = bare[:-1]  # "Công Cường.": the writer's name closed by a stop
    label = menu_label(bare) in P.RELATED_HEADERS  # "Comments": the box's header under the text, no writer
    label = label or bare.lower() in _PAPER_PARTS or cut_word(bare)  # "ĐẶT VẤN ĐỀ": a paper's part; "Còn", "Tr"
    if bare and words(bare) <= 6 and not ends_sentence(bare) and looks_like_names(bare) and not label:
        return _name_case(bare) if is_upper_menu(bare) else bare
    return None


_PAPER_PARTS = frozenset({"đặt vấn đề", "tóm tắt", "mở đầu", "kết luận", "tổng quan", "lời kết", "kết quả"})
# "Tác giả: Bác sĩ Huỳnh Tấn Hùng" on the card under a clinic's headline; a school's "Viết bởi Admin"
_TOP_CREDIT = re.compile(
    # a list's "1. Tác giả: ..." too
    r"^(?:1\.\s+)?(?:(?:Tác giả|Người (?:viết|đăng)|Bài viết bởi|Biên tập viên|Biên tập bởi|Tham vấn y khoa"
    r"|Đóng góp bởi)\s*:|Viết bởi)\s*"
    r"(?:(?P<names>[^.!?:]{2,60}?)|(?i:[\w-]+\.(?:com|net|org|vn)(?:\.vn)?))"  # "Tác giả: Sachvui.Com": a site, no one
    r"(?:\s+[-–|]\s+(?:Cập nhật|Ngày đăng|Đăng)(?: ngày| lúc)?\s*:?\s*[\d/:.\s-]+)?$"  # "- Cập nhật ngày 23/10/2021"
    # "Bài viết được viết bởi Batshop, vui lòng ghi rõ nguồn khi share": the writer, and a plea to credit them
    r"|^Bài viết được viết bởi\s+(?P<pleading>[^.!?:,]{2,40}),\s*(?i:vui lòng|xin vui lòng|hãy)\s+ghi\s[^.!?]{0,40}\.?$"
    r"|^#{2,6}\s+(?P<handle>[a-z][a-z0-9_.]{2,29})$"  # a forum's "## seovg": the poster's name as a heading
    # "Được đăng bởi Doctor Acnes vào ngày 23/06/2022": who posted it, and when
    r"|^(?:Được đăng|Đăng) bởi\s*:?\s+(?P<poster>[^.!?:]{2,40}?)(?:\s+vào(?: lúc)?(?: ngày)?\s+[\d/:.\s-]+)?"
    r"(?:\s+[-–]\s+\d{1,2}/\d{1,2}/\d{4})?(?:\s+[-–]\s+\d+\s*\((?i:comments?|bình luận)\))?$"  # "... - 0 (comment)"
    # "Trở về Blog | Đăng bởi vào ngày 07/11/21": a shop blog's link back and its day, the poster's name lost
    r"|^(?:(?:Trở về|Quay lại|Quay về)\s+[^|]{2,20}\|\s*)?(?:Được đăng|Đăng) bởi"
    r"\s+vào(?: lúc)?(?: ngày)?\s+[\d/:.\s-]+$"
    r"|^(?:Bởi|By|Tác giả:?|Đăng bởi|Viết bởi)$"  # the label alone, the name lost with its link
    r"|^(?:Bởi|By)\s+(?:Administrator|Admin|admin|Quản trị viên)$"  # "Bởi Administrator": a site's account, no one
    # "Dương Hồng Đức – Trạm KN huyện Gò Dầu": a writer and the office they write for
    r"|^(?P<staffed>[A-ZĐ]\w*(?:\s[A-ZĐ]\w*){1,3})\s+[–-]\s+(?:Trạm|Trung tâm|Phòng|Hội|Liên đoàn|Sở|Chi cục|Viện)"
    r"\s[^.!?:]{2,60}$"
    r"|^(?:Độc giả|Bạn đọc)\s*:\s*[^\W\d_][^.!?:\d]{1,40}$"  # "Độc giả: Văn Quyết": who asked, over the answer
    # "Pham Viet Quan (范越君)Pham Viet Quan (范越君)1 year ago": a travel post's poster and how long ago
    r"|^(?P<ago_poster>[^()\d.!?:]{2,40}?)(?:\s*\([^()]*\)[^\d]{0,60})?\s*\d{1,2}\s?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago$"
    # "(Nguyễn Anh Linh dịch từ bài viết của ...)", "(Lược dịch: Hoàng Lan)": who translated a copy, in brackets
    r"|^\(\s*(?P<translator>[^()]{2,40}?)\s+(?i:lược dịch|biên dịch|dịch)\s+(?i:từ|theo)\s+[^()]{2,120}\)$"
    r"|^\(\s*(?i:người dịch|lược dịch|biên dịch|dịch)\s*:\s*(?P<translated_by>[^()]{2,40})\)$"
    # "Dịch: Admin codai.net – NVDzung(16/12/2019)": who translated it, and when, on a line of its own
    r"|^(?:Người dịch|Lược dịch|Biên dịch|Dịch)\s*:\s*(?P<translated>[^()]{2,50}?)\s*(?:\(\s*[\d/.-]{6,10}\s*\))?$"
)


# a credit's title whose name the page put on the next line
_TITLE_ONLY = re.compile(
    r"(?i:bác sĩ|bs\.?|dược sĩ|ds\.?|thạc sĩ|ths\.?|tiến sĩ|ts\.?|giáo sư|pgs\.?|gs\.?|chuyên gia)"
)


def is_top_credit(block: str) -> bool:
    """Whether `block` names who wrote or posted the page ("Tác giả: ...", "Đăng bởi: ...")."""
    return _TOP_CREDIT.match(block) is not None


def extract_top_credit(d: Draft) -> Draft:
    """The writer a clinic or a blog names under its headline ("Tác giả: Bác sĩ X", "Được đăng bởi X
    vào ngày ...") is the byline, not the lead; a label whose name was lost ("Bởi") goes. A journalist's
    name in capitals alone over a long first paragraph ("VĂN VIỆT" / "Ở thôn 4 ..."), the page untitled,
    signs it."""
    first = d.blocks[0] if len(d.blocks) > 1 else ""
    signed = first.isupper() and 2 <= words(first) <= _SIGNATURE_WORDS and looks_like_names(first)
    if signed and surname_first(first.title()) and words(d.blocks[1]) >= _SIGNED_TEXT_WORDS and d.byline is None:
        return dataclasses.replace(d, blocks=d.blocks[1:], byline=first.title())
    for i, block in enumerate(d.blocks[1:5], start=1):
        m = _TOP_CREDIT.match(block)
        # the text still to come, or right under the title (at the end: extract_byline's)
        if m and (len(d.blocks) - i > 2 or (i == 1 and len(d.blocks) > 2)):
            blocks = d.blocks[:i] + d.blocks[i + 1 :]
            if i < len(blocks) - 2 and (reviewers := _REVIEWERS.match(blocks[i])):
                if looks_like_names(reviewers["names"].replace(",", " ")):
                    blocks = blocks[:i] + blocks[i + 1 :]  # "Đánh giá: Trần Trà My, ..." under the editor's line
            named = m["names"] or m["handle"] or m["poster"] or m["translator"] or m["translated_by"] or m["translated"]
            named = named or m["staffed"] or m["ago_poster"] or m["pleading"]
            if m["staffed"] and not looks_like_names(m["staffed"]):
                continue
            if named and _TITLE_ONLY.fullmatch(named.strip()) and i < len(blocks) - 2 and looks_like_names(blocks[i]):
                named = f"{named.strip()} {blocks[i]}"  # "Tham vấn y khoa : Bác sĩ" / "Hà Văn Hương": the name below
                blocks = blocks[:i] + blocks[i + 1 :]
            return dataclasses.replace(d, blocks=blocks, byline=d.byline or (named.strip() if named else None))
    return d


_SIGNATURE_WORDS = 3
_SIGNED_TEXT_WORDS = 40


def extract_author_box(d: Draft) -> Draft:
    """ "Bác sĩ Lê Hữu Tuấn" twice over "Quản trị viên Lão Tuấn - Tinh hoa y học dân tộc 12/01/2026 lúc
    03:31": a blog's box at the top with its author's name (a picture's text, then the name) and when
    the post went up; the name is the byline, the stamp the day, none of it read."""
    blocks = d.blocks
    for i in range(min(_BOX_START, len(blocks) - 2)):
        named = blocks[i] == blocks[i + 1] and words(blocks[i]) <= _BOX_NAME_WORDS and not ends_sentence(blocks[i])
        stamp = _POST_STAMP.match(blocks[i + 2]) if named else None
        posted = dateline(stamp["when"]) if stamp else None
        if posted:
            rest = blocks[:i] + blocks[i + 3 :]
            return dataclasses.replace(d, blocks=rest, byline=d.byline or blocks[i], published=d.published or posted[1])
    return d


_BOX_START = 3
_BOX_NAME_WORDS = 6
# "Quản trị viên Lão Tuấn - Tinh hoa y học dân tộc 12/01/2026 lúc 03:31": who posted it, a tagline, when
_POST_STAMP = re.compile(r"^[^\d]{3,80}?\s(?P<when>\d{1,2}/\d{1,2}/\d{4}(?:\s+(?:lúc\s+)?\d{1,2}:\d{2})?)$")


# "Đánh giá: Trần Trà My, Trần Phương Phương": who reviewed the piece, under who edited it
_REVIEWERS = re.compile(r"^(?:Đánh giá|Kiểm duyệt|Người duyệt)\s*:\s*(?P<names>[^.!?:]{2,80})$")


_HEADING_WORDS = 3
_PART_LABEL = re.compile(r"(?i:phần|chương|mục|bài|kỳ|tập|quyển)\s+(?:[IVX]{1,4}|\d{1,2})")
_OFFICE_WORDS = 10  # "Công ty Luật TNHH MTV Phú Lê" under the writer: where the writer works


_HANDLE = re.compile(r"[A-Z][a-z]{2,15}")


_PART_HEADING_WORDS = 12


def _signed_under_lead(blocks: list[str]) -> bool:
    """A writer's name of two or three capitalised words ("Tú Hảo") between the lead and the first
    part's heading in small letters, the part's text under it: the writer signs there."""
    if len(blocks) < 5 or not ends_sentence(blocks[1]) or words(blocks[1]) <= _PART_HEADING_WORDS:
        return False
    name, heading = blocks[2], blocks[3]
    signed = 2 <= words(name) <= 3 and all(w[:1].isupper() for w in name.split()) and looks_like_names(name)
    signed = signed and not ends_sentence(name) and menu_label(name) not in P.SECTIONS
    small = any(w[:1].islower() for w in heading.split()[1:])  # never a title-case heading over another
    headed = words(heading) <= _PART_HEADING_WORDS and not ends_sentence(heading) and ends_sentence(blocks[4])
    return signed and small and headed


_STAFF_LINE = re.compile(r"(?:PV|P\.V|BTV|CTV|Phóng viên|Nhóm PV)\s*[,.]?")


def extract_top_byline(d: Draft) -> Draft:
    """The writer's name in capitals on its own line under the headline ("NGUYỄN THẠNH"), maybe
    after an academic title ("ThS.NGUYỄN THỊ HƯƠNG", "THS. LÊ MINH HÙNG – Khoa Luật ...") and
    over the writer's institution ("Viện kiểm sát nhân dân tối cao."); a name in plain letters
    over the first paragraph ("Nguyễn Tuấn"); writers in capitals apart by commas ("LÊ THANH HÀ,
    TRÚC QUỲNH"); a writer and a paper ("Đằng-Giao/Người Việt"); "Bài
    THANH PHONG.", "by Ban Biên Tập", "Phóng sự của Hoàng ngọc Thúy", who wrote it."""
    blocks = list(d.blocks)
    if len(blocks) < 3:
        return d
    if writer_over_untitled_text(blocks):  # "Quế Chi" over the text, no title above: the writer
        return dataclasses.replace(d, blocks=tuple(blocks[1:]), byline=_full_name(d.byline, blocks[0]))
    if blocks[2].startswith(blocks[0]) and _HANDLE.fullmatch(blocks[1]) and not is_syllable(blocks[1].lower()):
        handle = blocks.pop(1)  # "<title>" / "Tamm" / "<title> ...": a poster's handle over the title again
        return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or handle)
    if _STAFF_LINE.fullmatch(blocks[1].strip()):  # "PV," under the headline: the paper's reporter, unnamed
        staff = blocks.pop(1).strip().rstrip(",.")
        return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or staff)
    credited = _CREDITED.fullmatch(blocks[1])
    if credited and len(credited["name"].split()) <= _CREDITED_WORDS:  # "by Ban Biên Tập", "Phóng sự của Hoàng Thúy"
        blocks.pop(1)
        # "by Tim Bui" over "TONY BÙI": the credit, then the name in capitals; both go
        return extract_top_byline(dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or credited["name"]))
    for i in range(1, min(4, len(blocks) - 1)):
        role = _WRITER_AND_ROLE.match(blocks[i])
        if role and looks_like_author(role["name"]):  # "Toma Nguyễn Sáng – Chủng sinh dự bị"
            blocks.pop(i)
            return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or role["name"])
    outlet = _NAME_AND_OUTLET.match(blocks[1])
    if outlet:  # "Đằng-Giao/Người Việt": the writer and the paper
        blocks.pop(1)
        return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or outlet["name"])
    if _signed_under_lead(blocks):  # "<lead>" / "Tú Hảo" / "Nguyên nhân trong 3 tháng đầu" / text
        return dataclasses.replace(d, blocks=tuple(blocks[:2] + blocks[3:]), byline=d.byline or blocks[2])
    titled = P.ACADEMIC_TITLE.match(blocks[1])
    name = (blocks[1][titled.end() :] if titled else _WRITTEN_BY.sub("", blocks[1])).rstrip(" ,*")  # "Nguyễn Hà,"
    name = re.sub(r"\s*\[\d{1,2}\]$", "", name)  # "Đinh Quang Tiến [1]": a note on the writer, below
    name = re.sub(r"\s+(?i:avatar)$", "", name)  # "Đặng Lê Nam Avatar": the writer's picture's text after the name
    marked = P.BYLINE_MARKERS.search(name) is not None
    name = P.BYLINE_MARKERS.sub("", name)  # "Hoàng Minh (tổng hợp)": the writer who put it together
    if titled:  # "THS. LÊ MINH HÙNG – Khoa Luật Dân sự, ĐH Luật TPHCM": the name, then where the writer works
        name = re.split(r"\s+[-–]\s+|,\s*(?=(?:ngày|tháng)\s+\d)", name)[0]  # or when ("..., tháng 10 năm 2007")
    # "Nguyễn Tuấn" in plain letters over the first paragraph: a writer when it opens with a surname
    # (or over a heading of a few words and the paragraph under it: "Giới thiệu")
    office = P.WRITERS_OFFICE.match(blocks[2]) is not None and words(blocks[2]) <= _OFFICE_WORDS  # "Công ty Luật ..."
    paragraph = (
        office
        or ends_sentence(blocks[2])
        or (
            len(blocks) > 3
            and words(blocks[2]) <= _HEADING_WORDS
            and not ends_sentence(blocks[2])
            and ends_sentence(blocks[3])
        )
    )
    capitalised = all(w[:1].isupper() for w in name.split())  # never "Hồ sơ", a heading in small letters
    plain = not is_upper_menu(name) and words(name) <= 4 and paragraph and surname_first(name) and capitalised
    shouted_title = name.isupper() and words(name) > 4 and not re.search(r"[-–&]", name)  # "PHÒNG CHỐNG BỆNH ..."
    writers = [n.strip() for n in name.split(",")]  # "LÊ THANH HÀ, TRÚC QUỲNH": two writers
    # "Lê Thu - Phương Đặng (tổng hợp)": writers parted by a dash, who put the piece together
    pair = [n.strip() for n in re.split(r"\s[-–]\s", name)]
    # "Trần Mạnh Đạt - Bùi Thị Huyền" unmarked: full names, each opening with a surname
    full = all(3 <= words(n) <= 4 and surname_first(n) and looks_like_author(n) for n in pair)
    if (marked or full) and paragraph and len(pair) > 1 and all(1 < words(n) <= 4 and _title_cased(n) for n in pair):
        blocks.pop(1)
        return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or name)
    if len(writers) > 1 and all(_shouted_name(n) for n in writers):
        blocks.pop(1)
        return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or ", ".join(map(_name_case, writers)))
    # in capitals, three words or more open with a surname ("CÂU LỤC CHÉP" is a heading); never "PHẦN I", nor a title
    shouted_name = is_upper_menu(name) and (words(name) < 3 or surname_first(_name_case(name)))  # like "THAY DẦU"
    shouted_name = shouted_name and not _PART_LABEL.fullmatch(name) and name.lower() not in blocks[2].lower()  # below
    # "ĐIỀU LỆ" over "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH": a title's first line over the rest, never a writer
    title_goes_on = (
        blocks[2].isupper() and words(blocks[2]) > words(name) and not P.WRITERS_OFFICE.match(blocks[2].title())
    )
    shouted_name = shouted_name and not title_goes_on
    titled_name = bool(titled) and capitalised and words(name) <= _TITLED_NAME_WORDS  # "KS. Đỗ Hữu Hiền": a person
    if (shouted_name or plain or titled_name) and not shouted_title and looks_like_author(_name_case(name)):
        blocks.pop(1)
        if (titled or office) and len(blocks) > 2 and P.WRITERS_OFFICE.match(blocks[1]) and words(blocks[1]) <= 10:
            blocks.pop(1)
        names = [_name_case(name)]
        while titled and len(blocks) > 2 and (_co_author(blocks[1]) or _noted_office(blocks[1], d.listed)):
            co_author = _co_author(blocks.pop(1))  # "Ths. Trần Văn Bình*" / "TS. Nguyễn Sỹ Minh*" / "* Đại học Hà Tĩnh"
            names += [co_author] if co_author else []
        return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or ", ".join(names))
    return d


def _full_name(signed: str | None, name: str) -> str:
    """The writer's name over the text, unless a signature named someone else ("LT" under the text is "Lệ Trung")."""
    initials = "".join(w[0] for w in name.split()).upper()
    return name if signed is None or re.sub(r"[\s.]", "", signed).upper() == initials else signed


# "* Đại học Hà Tĩnh": where the writers marked with a star work, a paper's footnote under their names (its star read
# as a list's bullet)
_NOTED_OFFICE = re.compile(r"\*+\s*[^\W\d_][^.!?]{2,80}")


def _noted_office(block: str, listed: frozenset[str]) -> bool:
    return bool(_NOTED_OFFICE.fullmatch(block) or (block in listed and P.WRITERS_OFFICE.match(block)))


def _co_author(block: str) -> str:
    """A paper's next writer under the first, a title and maybe a star ("TS. Nguyễn Sỹ Minh*"): the name, or ""."""
    titled = P.ACADEMIC_TITLE.match(block)
    name = block[titled.end() :].rstrip(" ,*") if titled else ""
    return name if name and words(name) <= _TITLED_NAME_WORDS and looks_like_author(name) else ""


# "Toma Nguyễn Sáng – Chủng sinh dự bị", "Trần Minh – Cộng tác viên": the writer, and what the writer is
_WRITER_AND_ROLE = re.compile(
    rf"^(?P<name>[{P.UPPER}][{P.LOWER}]+(?:\s[{P.UPPER}][{P.LOWER}]+){{1,4}})\s[-–]\s"
    r"(?:Chủng sinh|Phóng viên|Cộng tác viên|Sinh viên|Học viên|Giáo viên|Tu sĩ|Nữ tu|Tu sinh|Ban Truyền thông"
    r"|Ban truyền thông|Nhóm phóng viên)(?:\s[^\W\d_]+){0,3}$"
)


def _shouted_name(name: str) -> bool:
    return 2 <= words(name) <= 4 and is_upper_menu(name) and looks_like_author(_name_case(name))


# "Bài THANH PHONG.": who wrote it, the name in capitals, its stop and all
# "by Ban Biên Tập", "by httlvn.org" (a blog's template, in English), "Phóng sự của Hoàng ngọc Thúy": who wrote it
_CREDITED = re.compile(
    r"(?:[Bb]y|(?:Phóng sự|Bài viết|Bài|Ghi chép|Ký sự|Tường thuật) của)\s+(?P<name>[A-ZĐÀ-Ỹa-z][\w.'’ -]{1,40}?)\.?"
)
_CREDITED_WORDS = 5
_WRITTEN_BY = re.compile(r"^Bài\s+(?=[A-ZĐ]{2,}(?:\s+[A-ZĐÀ-Ỹ]{2,}){1,3}\.?$)|(?<=[A-ZĐÀ-Ỹ]{2})\.$")
# "ThS.", "TS.", "PGS.TS.", "Luật sư": a writer's title before the name
_TITLED_NAME_WORDS = 4
_NAME_AND_OUTLET = re.compile(
    rf"^(?P<name>[{P.UPPER}][^\s/]+(?:[ -][{P.UPPER}][^\s/]+)+)\s*/\s*(?P<outlet>[{P.UPPER}][^/.!?]{{2,30}})$"
)
# the writer's institution, on the line under the name


def _name_case(text: str) -> str:
    """ "LÊ TRUNG - TRẦN MAI" -> "Lê Trung - Trần Mai"."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


_TITLE_LINE_WORDS = 10


def _title_cased(block: str) -> bool:
    """Every word with letters capitalised, as an overseas paper sets its titles."""
    tokens = [t for t in re.split(r"[\s\-–,&]+", block) if re.search(r"[^\W\d_]", t)]
    return bool(tokens) and all(t[0].isupper() for t in tokens)


def join_title_over_writer(d: Draft) -> Draft:
    """A title set in capitalised words over two or three short lines at the top ("Tân Hội Đồng
    Đại Diện CĐNVQG" / "Houston & VPC Nhiệm Kỳ 2020-2023" / "Ra Mắt Đồng Hương"), then the
    writer's name ("Hoàng Minh Thúy") over the first paragraph: one headline, and the byline."""
    blocks = d.blocks
    for k in (3, 2):
        if len(blocks) <= k + 1:
            continue
        lines, writer, text = blocks[:k], blocks[k], blocks[k + 1]
        titled = all(
            _title_cased(b) and not ends_sentence(b) and not b.endswith(":") and words(b) <= _TITLE_LINE_WORDS
            for b in lines
        )
        named = looks_like_author(writer) and surname_first(writer) and ends_sentence(text)
        if titled and named and not any(surname_first(b) for b in lines):
            return dataclasses.replace(d, blocks=(" ".join(lines), *blocks[k + 1 :]), byline=d.byline or writer)
    return d


# "LIÊN ĐỘI 6 ... HỌP MẶT TRUYỀN THỐNG NĂM 2024 – Trung Trí": a title in capitals, then its writer
_WRITER_AFTER_SHOUTED_TITLE = re.compile(
    rf"^(?P<title>[^{P.LOWER}]{{20,}}?)\s+[-–]\s+(?P<name>[{P.UPPER}][{P.LOWER}]+(?:\s+[{P.UPPER}][{P.LOWER}]+){{1,3}})\.?$"
)


def split_writer_off_title(d: Draft) -> Draft:
    """The writer's name in plain letters after a title set in capitals, on the title's line: the
    title is the headline, the name the byline."""
    if not d.blocks or not (m := _WRITER_AFTER_SHOUTED_TITLE.match(d.blocks[0])):
        return d
    if words(m["title"]) < _HEADING_WORDS + 1 or not looks_like_author(m["name"]):
        return d
    return dataclasses.replace(d, blocks=(m["title"], *d.blocks[1:]), byline=d.byline or m["name"])


# "TS. Nguyễn Thị Minh Hòa" over "Trường Đại học Lao động Xã hội": a journal article's writers by
# their degrees, each over the school or institute they work at
_SCHOLAR = re.compile(
    rf"^(?:GS|PGS|TS|ThS|Ths|NCS|BS|KS|CN)\.?\s?(?:(?:TS|BS|CKII|CKI)\.?\s?)?(?P<name>[{P.UPPER}]\S*(?:\s[{P.UPPER}]\S*){{1,4}})$"
)
_WORKPLACE = re.compile(r"^(?:Trường|Viện|Học viện|Đại học|Bệnh viện|Khoa|Trung tâm|Bộ|Sở|Ban|Cục|Tạp chí)\s")
_WORKPLACE_WORDS = 14


def extract_scholars(d: Draft) -> Draft:
    """Writers named by their degrees at the top of a journal's article, each with the school under
    the name: the byline, none of it read."""
    names: list[str] = []
    i = 0
    while i < len(d.blocks) - 1 and (m := _SCHOLAR.match(d.blocks[i].strip())):
        names.append(m["name"])
        i += 1
        after = d.blocks[i]
        if _WORKPLACE.match(after) and words(after) <= _WORKPLACE_WORDS and not ends_sentence(after):
            i += 1
    if not names or i >= len(d.blocks):
        return d
    return dataclasses.replace(d, blocks=d.blocks[i:], byline=d.byline or ", ".join(names))


_DATED_BY = re.compile(r"(?P<date>.*\d{4})\s+(?:bởi|by)$", re.IGNORECASE)
_DATED_BY_REACH = 5


def extract_writer_after_date(d: Draft) -> Draft:
    """ "8 tháng 8, 2025 bởi" / "<title again>" / "Chung Đức Tín": a blog's day and "by", its writer
    on a line of their own below (after the title printed again, not read twice); the writer is the
    byline, the day left for the date line."""
    blocks = list(d.blocks)
    for i, block in enumerate(blocks[:_DATED_BY_REACH]):
        m = _DATED_BY.fullmatch(block)
        if not m or dateline(m["date"]) is None:
            continue
        again = i + 1 < len(blocks) and blocks[i + 1] in blocks[:i]  # the title again between them
        k = i + 1 + again
        if k < len(blocks) and looks_like_author(blocks[k]):
            byline = blocks[k]
            blocks[i : k + 1] = [m["date"]]
            return dataclasses.replace(d, blocks=tuple(blocks), byline=d.byline or byline)
    return d


_CAPTIONED_TOP = 4  # short lines under the title, over the writers: the pictures' captions


def extract_writers_under_captions(d: Draft) -> Draft:
    """ "Quả càn khôn" / "Hội Thánh Cầu Kho – Tam Quan" / "Đạt Truyền & Đạt Linh" / text: two writers joined
    by "&" under the title and a picture's short unstopped captions, over the first paragraph; the
    writers are the byline and the captions are not read."""
    blocks = d.blocks
    for k in range(2, min(_CAPTIONED_TOP + 1, len(blocks) - 1)):
        pair = re.fullmatch(r"[^&]+ & [^&]+", blocks[k]) and looks_like_author(blocks[k])
        captions = all(words(b) <= _HEADING_WORDS * 3 and not ends_sentence(b) for b in blocks[1:k])
        if pair and captions and ends_sentence(blocks[k + 1]):
            return dataclasses.replace(d, blocks=(blocks[0], *blocks[k + 1 :]), byline=d.byline or blocks[k])
    return d
