"""A forum's furniture: a member's card under a post's title (labels over their counts), a
vBulletin thread's menus, post headers and "last edited" notes, a XenForo thread's "Discussion in
..." line and its count of readers, a member's profile page, its smilies' codes and typed emoticons
in the posts (":lol:", ":-bd"); none of it read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, menu_label, words
from .patterns import ACCOUNT_LABELS
from .wordlists import word_list

_MEMBER_STATS = frozenset(word_list("member_stats.txt"))
_STAT_VALUE = re.compile(  # "3.2 MB", "PDF": a file's facts; "Jan 2008", "Tháng 1 2008": the month a member joined
    r"[\d.,/-]{1,10}(?:\s?[KMG]B)?|PDF|DOCX?|PPTX?|XLSX?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{4}|(?i:tháng) \d{1,2},? \d{4}"
)
_MIN_STAT_PAIRS = 2
_NAME_WORDS = 2  # a member's handle, a rank ("Nhân Viên")
# "Location:" / "Hoàng Mai - Hà Nội": where the member lives, a place under its label
_PLACE_LABELS = frozenset({"location", "đến từ", "nơi ở", "sống tại", "nơi cư ngụ"})
_PLACE_WORDS = 10  # "115 Lê Đình Thám, P.Tân Sơn Nhì, TP.Hồ Chí Minh": a street address too
# "alex_ferguson Advanced Member": the member's handle and rank on one line; "1. favourite favourite
# Administrator - Một người gắn bó TTVNOL Staff Member": a handle, its titles and its badge
_THANKED = re.compile(r"(?i:thanked \d+ times? in \d+ posts?)")
_RANKED = re.compile(
    r"\S+ (?:(?:Senior|Advanced|Junior|New|Well-known|Active) )?(?i:member|moderator|admin)"
    r"|(?i:thành viên)(?: [^\W\d_]+){1,3}"  # "Thành viên rất triển vọng": a forum's rank in Vietnamese
)
_BADGED = re.compile(r"[^.!?]{0,100}\b(?:Administrator|Moderator|Staff Member|Super Moderator)")


def drop_member_card(d: Draft) -> Draft:
    """A forum member's card under a post's title ("Tham gia" / "13/7/25" / "Bài viết" / "7" /
    "Thích" / "0"): two or more labels, each over its count or date, are not read, nor the member's
    handle and rank over them ("duyenltk" / "Nhân Viên"), and the member's join date is no date of
    the article. A phpBB card prints each label and its value on one line ("Bài viết: 2263"); the
    board's description between the thread's title and the first card goes too, and a XenForo thread's
    starter line with the starter's card under it."""
    blocks = _without_thread_starter(d.blocks)
    d = d if blocks == d.blocks else dataclasses.replace(d, blocks=blocks)
    drop: set[int] = set()
    i = 0
    board = len(blocks)
    while i < len(blocks) - 1:
        j = i
        while j < len(blocks) - 1 and _card_pair(blocks[j], blocks[j + 1]):
            j += 2
        pairs = (j - i) // 2
        while pairs and j < len(blocks) and _THANKED.fullmatch(blocks[j].strip()):
            j += 1  # "Thanked 34 Times in 31 Posts" closing the card
        while j < len(blocks) and pairs == 0 and _inline_stat(blocks[j]):
            j += 1
        if pairs == 0 and j - i >= _MIN_STAT_PAIRS and not drop:
            board = i  # a phpBB topic: its first card
        if max(pairs, j - i) >= _MIN_STAT_PAIRS:
            drop.update(range(i, j))
            for k in (i - 1, i - 2):  # the handle and the rank over the card, never the title
                named = words(blocks[k]) <= _NAME_WORDS or _RANKED.fullmatch(blocks[k].strip())
                named = named or _BADGED.fullmatch(blocks[k])
                if k <= 0 or not named or ends_sentence(blocks[k]):
                    break
                drop.add(k)
        i = max(j, i + 1)
    if not drop:
        return d
    if board <= _BOARD_LINES:  # "Chia sẻ thơ ca, nhạc họa, ..." between the title and the first card: the board's
        drop.update(k for k in range(1, board) if words(blocks[k]) <= _BOARD_WORDS and not ends_sentence(blocks[k]))
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in drop))


# "• Thread starter kenhnhansu" / "• Ngày gửi" under a XenForo thread's title, then the starter's card: the
# avatar's letter ("K"), the handle, a title ("Guest"), the card's values and the member's place
_STARTER = re.compile(r"(?i:thread starter|người tạo chủ đề|chủ đề được tạo bởi)\s+(?P<handle>\S+?)\.?")
_STARTED = re.compile(r"(?i:ngày gửi|start date|ngày bắt đầu)\b[^.!?]{0,30}\.?")
_STARTER_TOP = 4  # blocks under the title where the starter's line stands
_CARD_VALUE_WORDS = 3


def _without_thread_starter(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """The starter's line, its date's label, and the starter's card under them: short lines from the avatar's
    letter or the handle to the first sentence."""
    starter = next((m for b in blocks[:_STARTER_TOP] if (m := _STARTER.fullmatch(b.strip()))), None)
    if starter is None:
        return blocks
    handle = starter["handle"].lower()
    top = enumerate(blocks[: _STARTER_TOP + 1])
    drop = {i for i, b in top if _STARTER.fullmatch(b.strip()) or _STARTED.fullmatch(b)}
    card = next((i for i in range(max(drop) + 1, min(max(drop) + 4, len(blocks))) if handle in blocks[i].lower()), 0)
    if card:
        drop.update(range(max(drop) + 1, card + 1))  # the avatar's letter, the handle
        end = card + 1
        while end < len(blocks) and words(blocks[end]) <= _CARD_VALUE_WORDS and not ends_sentence(blocks[end]):
            drop.add(end)
            end += 1
    return tuple(b for i, b in enumerate(blocks) if i not in drop)


_BOARD_LINES = 6  # a board's description and the poster's handle and ranks, under the thread's title
_BOARD_WORDS = 15


def _inline_stat(block: str) -> bool:
    """ "Bài viết: 2263", "Tham gia: 08:59, 17/12/10": a phpBB card's label and its count or date on one line."""
    label, colon, value = block.partition(":")
    value = _CLOCK_FIRST.sub("", value.strip())
    return bool(colon) and menu_label(label) in _MEMBER_STATS and _STAT_VALUE.fullmatch(value) is not None


_CLOCK_FIRST = re.compile(r"^\d{1,2}:\d{2},?\s*")


def _card_pair(label: str, value: str) -> bool:
    """ "Messages:" / "445", "Location:" / "Hoàng Mai - Hà Nội": a card's label over its value."""
    if menu_label(label) in _PLACE_LABELS:
        return words(value) <= _PLACE_WORDS and not ends_sentence(value)
    return menu_label(label) in _MEMBER_STATS and _STAT_VALUE.fullmatch(value) is not None


# A vBulletin thread: the board's menus, "Thread Tools", "Default <title>", then each post's
# header: "Old 02-05-2012   #1", the member's name and rank, and the member's card ("Join Date:
# Mar 2008", "Posts: 43,284", "Thanked 1,016 Times in 490 Posts", "Rep Power: 61", "megaup
# Reputation Uy Tín Level 6" ...), lines a scrape keeps with no blank line before the post
_POST_DATE = re.compile(r"^\s*Old\s+\d{2}-\d{2}-\d{4}(?:,\s*\d{1,2}:\d{2}\s*[AP]M)?\s+#\d+\b.*$")
_THREAD_TITLE = re.compile(r"^\s*Default\s+(?P<title>\S.{4,200})$")
_CARD_LINE = re.compile(
    r"^\s*(?:Join Date|Location|Posts|Thanks|Thanked \d|Mentioned|Tagged|Quoted|Rep Power|Age|Gender)\b"
    r"|\bReputation\b.*\bLevel \d"
)
_CARD_LINES = 20  # a member's card is never longer


def strip_thread_header(text: str) -> str:
    """A vBulletin thread as text: its title ("Default “Vua” cá ngừ đại dương") heads the post's
    text; the menus above it, and each post's date line, member's name, rank and card, go."""
    lines = text.split("\n")
    dated = [i for i, line in enumerate(lines) if _POST_DATE.match(line)]
    if not dated:
        return text
    titled = [i for i in range(dated[0]) if _THREAD_TITLE.match(lines[i])]
    kept: list[str] = []
    start = 0
    for n, i in enumerate(dated):
        card = [k for k in range(i + 1, min(i + _CARD_LINES, len(lines))) if _CARD_LINE.search(lines[k])]
        if n == 0 and titled:
            kept = [_THREAD_TITLE.match(lines[titled[-1]])["title"], ""]  # type: ignore[index]
        elif n > 0:
            kept += lines[start:i]
        start = (card[-1] if card else i) + 1
    return "\n".join(kept + lines[start:])


# A forum's notices over a thread: its welcome ("Chào mừng bạn đến Diễn đàn ...!") and the call to
# register under it; a boxed notice ("THÔNG BÁO" ... "XEM CHI TIẾT THÔNG BÁO"), its sign-off and the
# house rules shouted after it
_WELCOME = re.compile(r"(?i:chào mừng bạn đến(?: với)? (?:diễn đàn|cộng đồng))\b[^.?]{0,80}")
# "1. Tuyển Mod quản lý diễn đàn. Các thành viên xem chi tiết tại đây": a board's notice over the
# thread, its news then the link to it
_LINKED_NOTICE = re.compile(
    r"(?:\d{1,2}\.\s+)?[^.!?]{3,120}[.!]\s+[^.!?]{0,60}\b(?i:xem|bấm|nhấn|click)\b[^.!?]{0,40}\b(?:tại|ở) đây\W*"
)
_NOTICE = re.compile(r"\W*(?i:thông báo)\W*")
_NOTICE_END = re.compile(r"(?i:xem chi tiết)\b.{0,30}")
_SIGN_OFF = re.compile(r"(?i:trân trọng|thân ái)\W*")
_NOTICE_BLOCKS = 10
_TOP_BLOCKS = 15
_SHOUTED = 0.6  # of a house rule's letters in capitals


def drop_forum_notices(d: Draft) -> Draft:
    """A forum's welcome over a thread and its call to register ("... hãy đăng ký ngay bây giờ!"),
    and a boxed notice from "THÔNG BÁO" to "XEM CHI TIẾT THÔNG BÁO" with the sign-off and the house
    rules in capitals after it: none of it read."""
    blocks = d.blocks
    drop: set[int] = set()
    for i, block in enumerate(blocks[:_TOP_BLOCKS]):
        if _LINKED_NOTICE.fullmatch(block.strip()):
            drop.add(i)
        if _WELCOME.fullmatch(block.strip()):
            drop.add(i)
            if i + 1 < len(blocks) and "đăng ký" in blocks[i + 1].lower() and blocks[i + 1].rstrip().endswith("!"):
                drop.add(i + 1)
        if not _NOTICE.fullmatch(block):
            continue
        end = next(
            (j for j in range(i + 1, min(i + _NOTICE_BLOCKS, len(blocks))) if _NOTICE_END.fullmatch(blocks[j])), 0
        )
        if not end:
            continue
        drop.update(range(i, end + 1))
        while end + 1 < len(blocks) and (_SIGN_OFF.fullmatch(blocks[end + 1]) or _shouted(blocks[end + 1])):
            end += 1
            drop.add(end)
    return d if not drop else dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in drop))


def _shouted(block: str) -> bool:
    letters = [c for c in block if c.isalpha()]
    return (
        words(block) >= _NAME_WORDS and bool(letters) and sum(c.isupper() for c in letters) >= _SHOUTED * len(letters)
    )


_PROFILE_LABELS = frozenset(word_list("profile_labels.txt"))
_MIN_PROFILE_LABELS = 3
_PROFILE_LINE_WORDS = 8


def drop_profile_card(d: Draft) -> Draft:
    """A forum member's profile page ("Posts" / "54" / "Đã tham gia" / "Days Won" / "Personal
    Information" ...): the member's name heads it and what they posted is read; the card's
    labels, counts, rank, badges and short lines between go."""
    blocks = d.blocks
    if sum(menu_label(b) in _PROFILE_LABELS for b in blocks) < _MIN_PROFILE_LABELS:
        return d
    name = next((i for i, b in enumerate(blocks) if menu_label(b) not in ACCOUNT_LABELS), 0)  # past "Jump to content"
    kept = [blocks[name]] + [
        b
        for b in blocks[name + 1 :]
        if (ends_sentence(b) and not b.endswith("!") or words(b) > _PROFILE_LINE_WORDS)
        and not _PROFILE_SENTENCE.search(b)
    ]
    return dataclasses.replace(d, blocks=tuple(kept))


# "Tính năng 'những người đã xem hồ sơ gần đây' đã bị vô hiệu hóa ...": the profile's own notice
_PROFILE_SENTENCE = re.compile(
    r"^Tính năng '[^']+' đã bị vô hiệu hóa|\blast won the day on\b|có nội dung được yêu thích nhất!$"
)


# ":lol:", ":mrgreen:", ":001:": a smiley's code between spaces, as a board prints it when its picture is gone
_SMILEY_CODE = re.compile(r"(?:(?<=\s)|^):[a-z0-9_]{2,20}:(?=\s|$)")
# ":-bd", "^:)^", "=))": a messenger's emoticons typed in a post, after a word or a sentence's end
_FACES = "|".join(map(re.escape, sorted(word_list("emoticons.txt"), key=len, reverse=True)))
_EMOTICON = re.compile(
    rf"(?<=[^\W\d_]|[.,!?…)])\s+(?:{_FACES}"
    r"|\[[a-z]\d{1,3}\)\])(?=\s|$)(?=\s+(?P<capital>[A-ZĐÀ-Ỹ]))?"  # "[r32)]": a board's own smiley's code
)
# "Discussion in 'Bang hội / Câu lạc bộ' started by alex_ferguson, 3/3/10.", "Chủ đề trong 'Hồi ức'
# bởi favourite, 18/09/2011.": a XenForo thread's line; "1 người đang xem box này (Thành viên: 0,
# Khách: 1)": who reads the thread now
_DISCUSSION_LINE = re.compile(
    r"(?:Discussion in|Thảo luận trong|Chủ đề trong) '[^']{1,80}' (?:started by|bắt đầu bởi|bởi) \S+, [\d/.-]+\.?"
    r"|(?:\d{1,3}\.\s*)?\d{1,5} (?:người đang xem|users? (?:is |are )?viewing) [^()]{1,30}"
    r"\((?:Thành viên|Members?|Users?): \d{1,5}, (?:Khách|Guests?): \d{1,5}\)"
    # a Simple Machines board: "« Chủ đề trước - Chủ đề tiếp »", "0 Thành viên và 3 Khách đang xem chủ đề.", and a
    # post's "Tác giả T-X, T.M.Hai 10, 2025, 09:00:12 CHIỀU": its poster and when
    r"|«\s*(?:Chủ đề trước|previous)\s*[-–]\s*(?:Chủ đề tiếp|next)\s*»"
    r"|\d{1,5} (?:Thành viên|Members?) (?:và|and) \d{1,5} (?:Khách|Guests?) (?:đang xem chủ đề|(?:is|are) viewing this"
    r" topic)\.?"
    r"|(?:Tác giả|Author) \S[^,]{0,40}, [^,\d]{1,20} \d{1,2}, \d{4}, \d{1,2}:\d{2}(?::\d{2})?"
    r"(?: ?(?:SÁNG|CHIỀU|[AP]M))?"
)
# "Hướng dẫn ... leo Fansipan (Thông tin Update mới nhất 1/1/2011) (Click Here)": a link to another thread
_CLICK_HERE = re.compile(r"\((?i:click here|click vào đây|bấm vào đây|nhấn vào đây|xem tại đây)\)\W*$")
_LINK_WORDS = 30
# "Lần sửa cuối bởi Thu Phong; 06-09-10 lúc 02:14 AM": vBulletin's note under an edited post
_EDITED = re.compile(
    r"\s*(?:Lần sửa cuối bởi|Sửa lần cuối bởi|Last edited by) [^;\n]{1,40}; [\d/.-]{6,10} (?:lúc|at) \d{1,2}:\d{2}"
    r"(?: ?[AP]M)?\.?[\s|]*$"
)

# "09-07-2006, 02:30 PM": a board's stamp over a reply, alone on its line
_POST_STAMP = re.compile(r"\d{2}-\d{2}-\d{4},\s*\d{1,2}:\d{2}\s*[AP]M")


def _emoticon_gone(m: re.Match[str]) -> str:
    """ "đầy đủ :-w Đây là": an emoticon after a word ends its sentence when a capital follows."""
    return "." if m["capital"] and m.string[m.start() - 1].isalpha() else ""


def drop_smilies_and_thread_lines(d: Draft) -> Draft:
    """ "Cám ơn các bạn nhiều ! :001:" -> "Cám ơn các bạn nhiều !": a smiley's code is not read, and
    neither is a thread's "Discussion in '...' started by ..." line nor a reply's stamp."""
    first = next((i for i, b in enumerate(d.blocks) if _POST_STAMP.fullmatch(b.strip())), None)  # the post's own: dated
    replies = (b for i, b in enumerate(d.blocks) if first is None or i <= first or not _POST_STAMP.fullmatch(b.strip()))
    blocks = (
        _EMOTICON.sub(_emoticon_gone, _SMILEY_CODE.sub("", _EDITED.sub("", b))).strip()
        for b in replies
        if not _DISCUSSION_LINE.fullmatch(b.strip())
    )
    return dataclasses.replace(
        d, blocks=tuple(b for b in blocks if b and not (_CLICK_HERE.search(b) and words(b) <= _LINK_WORDS))
    )


# A vBulletin thread in Vietnamese: "kết quả từ 1 tới 13 trên 13" (the posts shown), "Đề tài: <title>"
# (the thread), "1. #1" (a post's number) and "Mặc định <title>" (its default icon and title)
_RESULT_COUNT = re.compile(r"(?i:(?:hiển thị )?kết quả từ) \d+ (?i:tới|đến) \d+ (?:(?i:trên|của)|/) \d+")
# "Trang 1 / 2 12 LastLast", "Trang 1/6 123 ... cuốicuối": the thread's pager, its last link's word twice
_THREAD_PAGER = re.compile(r"Trang \d+\s?/\s?\d+(?:\s+(?:\d+|\.{3}|…))*\s*(?:LastLast|cuốicuối|Last|cuối)?")
_THREAD_TOPIC = re.compile(r"[ĐÐ]ề tài\s*:\s*(?P<title>\S.{4,200})")
_POST_NUMBER = re.compile(r"(?:\d{1,3}\.\s*)?#\d{1,5}")
_DEFAULT_ICON = "Mặc định "
_TOPIC_TOP = 6
_CARD_TOP = 16  # the first post's title under its member's card


def _thread_furniture(block: str) -> bool:
    """The thread's pager, the count of posts shown (the two run into one line too) or a post's number."""
    pager = _THREAD_PAGER.match(block.strip())
    rest = block.strip()[pager.end() :].strip() if pager else block.strip()
    return not rest or _RESULT_COUNT.fullmatch(rest) is not None or _POST_NUMBER.fullmatch(rest) is not None


def take_thread_topic(d: Draft) -> Draft:
    """A thread's "Đề tài: <title>" near the top heads the page; the count of posts over it, each post's
    number and its default icon's "Mặc định <title>" are not read."""
    blocks = [b for b in d.blocks if not _thread_furniture(b)]
    if len(blocks) == len(d.blocks):
        return d
    k = next((k for k, b in enumerate(blocks[:_TOPIC_TOP]) if _THREAD_TOPIC.fullmatch(b.strip())), None)
    if k is not None:
        title = _THREAD_TOPIC.fullmatch(blocks[k].strip())["title"]  # type: ignore[index]
        rest = [b for b in blocks[:k] + blocks[k + 1 :] if b.strip() not in (title, _DEFAULT_ICON + title)]
        blocks = [title, *rest]
    else:  # "Mặc định <title>" under the first post's card: the thread's title
        k = next((k for k, b in enumerate(blocks[:_CARD_TOP]) if b.startswith(_DEFAULT_ICON)), None)
        if k is not None and not ends_sentence(blocks[k]):
            blocks[k] = blocks[k].removeprefix(_DEFAULT_ICON)
    return dataclasses.replace(d, blocks=tuple(blocks))
