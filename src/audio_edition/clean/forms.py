"""Boxes a page keeps beside its text that are no part of it: a sign-up form's title and fields, a blog's about box
with its owner's card, a shop's box over its post, a story reader's card over its blurb."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, words


def drop_sign_up_forms(d: Draft) -> Draft:
    """A sign-up, log-in or contact form scraped as lines: three of its fields or prompts or more in a row ("Họ và
    tên", "Tên đăng nhập (Viết liền, không dấu, tối đa 20 ký tự)", "Mật khẩu (...)", "Vui lòng nhập tên"), and its
    title over them ("ĐĂNG KÝ THÀNH VIÊN MỚI"), or, near the top, the short lines of its box over them ("Bạn cần hỗ
    trợ?", "... sẽ liên hệ bạn để tư vấn"). A form's field with a value or a line to fill in ("Họ và tên: ....") is no
    label alone, and stays."""
    blocks = d.blocks
    kept: list[str] = []
    i = 0
    while i < len(blocks):
        run = i
        while run < len(blocks) and _is_field(blocks[run]):
            run += 1
        if run - i >= _FORM_FIELDS:
            if kept and _FORM_TITLE.fullmatch(kept[-1].strip()):
                kept.pop()
            if i <= _TOP_FORM and all(words(k) <= _FORM_LINE_WORDS and not k.rstrip().endswith(".") for k in kept):
                kept.clear()  # "Bạn cần hỗ trợ?" / "Đăng ký tư vấn" / "... sẽ liên hệ bạn": the form's box on top
            i = run
            continue
        kept.append(blocks[i])
        i += 1
    return d if len(kept) == len(blocks) else dataclasses.replace(d, blocks=tuple(kept))


def drop_about_box(d: Draft) -> Draft:
    """A blog's about box at the top of its post: "Trang blog này được lập bởi chủ Quán ... với mục đích ...", its
    appeal ("NẾU THẤY TÀI LIỆU CÓ ÍCH, MỜI CÁC BẠN ĐẾN VÀ ỦNG HỘ ..."), and the owner's card under it (two of an
    address, a hotline, a mail, a page, a web address) with a link to a map; all of it, when the card closes it."""
    blocks = d.blocks
    start = next((i for i, b in enumerate(blocks[:_ABOUT_WITHIN]) if _ABOUT_SITE.match(b)), None)
    if start is None:
        return d
    card = [j for j in range(start + 1, min(len(blocks), start + _CARD_WITHIN)) if _CARD_LINE.search(blocks[j])]
    if len(card) < _CARD_LINES:
        return d
    end = card[-1] + 1
    if end < len(blocks) and _MAP_LINK.match(blocks[end]):
        end += 1
    return dataclasses.replace(d, blocks=blocks[:start] + blocks[end:])


def drop_shop_box(d: Draft) -> Draft:
    """A shop's box over its post: a prompt for a gift or order code ("Qúy Khách vui lòng nhập mã "Gift Code" trên giỏ
    hoa ...") among the first lines, and the blurb over it ("Phong lan là loài hoa ..."), when a title stands under
    it and text under that."""
    blocks = d.blocks
    at = next((i for i, b in enumerate(blocks[:_SHOP_BOX_WITHIN]) if _CODE_PROMPT.match(b)), None)
    if at is None or at + 2 >= len(blocks):
        return d
    title = blocks[at + 1]
    if ends_sentence(title) or words(title) > _TITLE_WORDS or words(blocks[at + 2]) <= _TITLE_WORDS:
        return d
    return dataclasses.replace(d, blocks=blocks[at + 1 :])


_SHOP_BOX_WITHIN = 4
_TITLE_WORDS = 15
_CODE_PROMPT = re.compile(r"(?i:q[uú][yý] khách|bạn)\s+(?:vui lòng|hãy|xin)\s+(?:nhập|điền)\s+mã\b")


def _is_field(block: str) -> bool:
    label = block.split("(")[0].strip().rstrip(" :*").lower()
    prompt = _PROMPT.match(label) is not None and words(label) <= _FORM_LINE_WORDS  # "Vui lòng nhập tên"
    return (label in _FIELDS or prompt) and not re.search(r"[.…_]{3,}", block)


_PROMPT = re.compile(r"(?:vui lòng|xin vui lòng|hãy|xin)\s+(?:nhập|điền|chọn)\s|please enter\s")
_TOP_FORM = 12  # a form's box over the text starts this near the top
_FORM_LINE_WORDS = 12


_FORM_FIELDS = 3
_FIELDS = frozenset(
    {
        "họ và tên",
        "họ tên",
        "tên đăng nhập",
        "tên tài khoản",
        "tên hiển thị",
        "email",
        "e-mail",
        "địa chỉ email",
        "địa chỉ e-mail",
        "mật khẩu",
        "nhập lại mật khẩu",
        "xác nhận mật khẩu",
        "xác nhận",
        "số điện thoại",
        "mã xác nhận",
        "mã bảo mật",
        "ghi nhớ đăng nhập",
        "ghi nhớ tôi",
        "quên mật khẩu?",
        "quên mật khẩu",
    }
)
_FORM_TITLE = re.compile(
    r"(?i:đăng ký(?: thành viên| tài khoản)?(?: mới)?|đăng nhập(?: thành viên)?|register|sign up|sign in|log in)"
)
_ABOUT_WITHIN = 4  # the box opens under the post's title
_CARD_WITHIN = 16
_CARD_LINES = 2
# "Trang blog này được lập bởi ...", "Blog này do ... lập ra", "Website này là nơi ...": what the site is, said by it
_ABOUT_SITE = re.compile(
    r"^(?:Trang (?:blog|web|website)|Blog|Website) này (?:được (?:lập|tạo|lập ra|xây dựng)|do|là)\b"
)
# "Bọt Trái CâyĐịa chỉ: 88/955E ...", "Mail: ...", "Facebook: http://...": the owner's card, a name glued to its first
# line
_CARD_LINE = re.compile(
    r"(?:^|(?<=[^\W\d_]))(?:Địa chỉ|Hotline|Điện thoại|Mail|E-?mail|Facebook|Fanpage|Zalo|Web|Website)\s*:", re.I
)
_MAP_LINK = re.compile(r"^(?i:xem bản đồ|bản đồ đường đi|chỉ đường)\b")


# "Tác giả:", "Thể loại: Tản văn", "Trạng thái:" / "Full", "Đánh giá: 7.8 /10 từ 6 lượt", "Đóng gói: Cuibap": a story
# reader's card over the story's blurb
_CARD_LABEL = re.compile(
    r"(?i:tác giả|thể loại|trạng thái|tình trạng|đánh giá|đóng gói|nguồn|số chương|lượt xem|người đăng|nhóm dịch"
    r"|dịch giả)\s*:(?P<value>[^!?]{0,40})"
)
_CARD_LABELS = 3
_WRITER_FIELD = re.compile(r"(?i:tác giả)\s*:(?P<value>[^.!?:\d]{0,40})")  # "Tác giả: Thạch Tâm": the byline
_CARD_REACH = 16
_CARD_VALUE_WORDS = 5


def drop_story_card(d: Draft) -> Draft:
    """A story reader's card near the top: three of its labels or more, each with its value on its line or under it,
    from the first to the last; none is read, and its writer ("Tác giả: Thạch Tâm") is the byline."""
    blocks = d.blocks
    labels = [i for i, b in enumerate(blocks[:_CARD_REACH]) if _CARD_LABEL.fullmatch(b.strip())]
    if len(labels) < _CARD_LABELS:
        return d
    end = labels[-1] + 1
    if not _CARD_LABEL.fullmatch(blocks[labels[-1]].strip())["value"].strip() and end < len(blocks):
        end += words(blocks[end]) <= _CARD_VALUE_WORDS and not ends_sentence(blocks[end])
    between = blocks[labels[0] : end]
    if not all(_CARD_LABEL.fullmatch(b.strip()) or words(b) <= _CARD_VALUE_WORDS for b in between):
        return d
    writer = next((m["value"].strip() for b in between if (m := _WRITER_FIELD.fullmatch(b.strip()))), None)
    return dataclasses.replace(d, blocks=blocks[: labels[0]] + blocks[end:], byline=d.byline or writer or None)
