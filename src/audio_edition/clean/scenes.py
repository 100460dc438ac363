"""A photo caption printed without its credit: a short line beside a picture that names what is
shown ("Hiện trường vụ tai nạn") or places its subject ("Các bị cáo tại phiên xét xử"), with no
final full stop; a family's portrait named by its head, whom the text never mentions; and a
person's titles and name alone under their portrait ("Ths. Bs Thái Việt Nguyên"). The words
that mark one are data files."""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as P
from .draft import ends_sentence, words
from .wordlists import word_list

_MAX_WORDS = 14
_STOPPED_SCENE_WORDS = 8
_MAX_EVENT_WORDS = 25
_MAX_MOMENT_WORDS = 35
_FEELING = re.compile(r"Niềm (?:vui|hạnh phúc) của ")  # "Niềm vui của các hộ dân khi được nhận bò.": faces in a picture
_PEOPLE_WORDS = (6, 16)


def _alternatives(name: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_list(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    opener = re.compile(rf"^(?:{_alternatives('caption_openers.txt')})\s+\S")
    map_opener = re.compile(rf"^(?:{_alternatives('caption_maps.txt')})\s+\S")
    at_event = re.compile(
        rf"\s(?:tại|trong|tham dự)\s+(?i:{_alternatives('caption_events.txt')})(?:\s+[^\s.!?:]+){{0,3}}\s*$"
    )
    people = _alternatives("caption_people.txt")
    people_placed = re.compile(rf"^(?:{people})\s+[a-zà-ỹđ]\S*\s.*\s(?:tại|ở)\s+\S")
    return opener, at_event, map_opener, people_placed, re.compile(rf"^(?:{people})\s+đang\s")


def is_scene_caption(block: str) -> bool:
    """Whether `block` is a picture's caption without a credit: a scene named in a few words, a
    scene or a map placed somewhere in up to 25 ("Vị trí trận động đất ... tại tỉnh Kon Tum"), a
    subject placed at an event in up to 25 ("Thủ môn Thanh Thắng có hành động phi thể thao với
    trọng tài biên trong trận đấu với Thanh Hoá"), or a gift handed to a named person or by a
    guest ("Đồng chí ... tặng hoa nhà trường", "ĐĐ.Thích ... trao bằng tuyên dương ..."), or a guest
    speaking ("Đ/c ... phát biểu khai mạc ...", even with a stop when it is only that: "Đồng chí ...
    phát biểu tại hội nghị."), or presiding or reporting at the meeting ("... chủ trì Hội nghị").
    A short one may close with the day in brackets and a stop ("Bị cáo Sạnh tại tòa hôm nay (1.4)."),
    a performance names who gives it ("Tiết mục ... do các cụ ... thể hiện"), and a photo's title
    opens with "Ảnh" ("Ảnh Lễ hội truyền thống ..."); a scene named in one short sentence keeps its
    stop ("Các đại biểu tham dự hội nghị."); people doing something somewhere ("Du khách xem biểu
    diễn võ cổ truyền tại võ đường Phan Thọ"), never saying when or whether, are in a picture, and so are a handshake
    and a group photo ("Hai đội trưởng bắt tay hữu nghị tại cột mốc 634")."""
    if words(block) <= _MAX_WORDS:
        block = _DAY_TAIL.sub("", block)
    if words(block) <= _SPEAKING_WORDS and (
        _SPEAKING.match(block) or _PRESIDING.match(block) or _PRESENTATION.match(block)
    ):
        return True
    opener, at_event, map_opener, people_placed, people_now = _patterns()
    stopped_words = _MAX_WORDS if _FEELING.match(block) else _STOPPED_SCENE_WORDS  # "Niềm vui của ... khi ..."
    one_sentence = opener.match(block) is not None and re.fullmatch(r"[^.!?]+\.", block) is not None
    if one_sentence and (words(block) <= stopped_words or _PERFORMED.search(block[:-1])):
        return True  # "Các đại biểu tham dự hội nghị.", "Tiết mục ... do các em ... biểu diễn.": a scene named
    if words(block) <= _MAX_EVENT_WORDS and (_VIEW.match(block) or _NAMED_UNDER_PICTURE.match(block)):
        return True  # "Toàn cảnh Lễ Khai giảng tại ...", "cô Hoàng Thị Thùy Ly- Bí thư ... phát động ...", stop or none
    if ends_sentence(block) or block.rstrip().endswith((":", ",", ";")):
        return False
    if words(block) > _MAX_EVENT_WORDS:  # "Thầy ... - Trưởng Phòng ... đến tặng hoa chúc mừng ...": a long moment
        return words(block) <= _MAX_MOMENT_WORDS and _PHOTO_MOMENT.search(block) is not None
    placed = _PLACED.search(block) is not None  # "... tại tỉnh Kon Tum ...": where the scene is
    performed = _PERFORMED.search(block) is not None  # "Tiết mục ... do các cụ ... thể hiện"
    photo = block.startswith("Ảnh ") and block[4:5].isupper()  # "Ảnh Lễ hội truyền thống ... năm 2012"
    photo = photo or (words(block) <= _MAX_WORDS and _OWN_PHOTO.match(block) is not None)  # "Và hình bạn tui, huhu"
    doing_there = _PEOPLE_WORDS[0] <= words(block) <= _PEOPLE_WORDS[1] and not _ASPECT.search(block)
    # "Các đại biểu đang nghe diễn văn ...", "Các bạn học sinh đang chăm chú theo dõi ...": people at that moment
    doing_now = people_now.match(block) is not None and words(block) <= _MAX_EVENT_WORDS
    posed = (
        words(block) <= _MAX_WORDS and bool(_POSED.match(block) or _OWNED.match(block)) and not _ASPECT.search(block)
    )
    moment = _PHOTO_MOMENT.search(block) is not None and not _ASPECT.search(block)  # "... bắt tay hữu nghị tại ..."
    return bool(
        photo
        or moment
        or doing_now
        or posed  # "Chú Lân đáng yêu bên chú Tễu và chú Cuội": who stands beside whom in a picture
        or (doing_there and people_placed.match(block))  # "Du khách xem biểu diễn ... tại võ đường Phan Thọ"
        or ((words(block) <= _MAX_WORDS or placed or performed) and opener.match(block))
        or (placed and map_opener.match(block))
        or (words(block) <= _MAX_WORDS and _NAMED_PLACE_OR_SIZE.search(block) is not None)
        or at_event.search(block)
        or _PRESENTATION.match(block)
    )


def is_headline_echo_caption(i: int, blocks: tuple[str, ...]) -> bool:
    """Whether the line at `i`, under the lead, is a picture's caption made of the headline's own words, five to
    twelve of them with no stop, over a paragraph ("Đoàn thanh niên Cục QLTT tham gia hiến máu" under "Chi đoàn
    thanh niên Cục QLTT Hòa Bình tham gia hiến máu tình nguyện ..."): the picture shows what the headline says."""
    if not 2 <= i < len(blocks) - 1 or ends_sentence(blocks[i]) or blocks[i].rstrip().endswith(":"):
        return False
    if blocks[i].lstrip()[:1] in "‘“\"'(":
        return False  # "‘Hãy giữ trái tim nóng và cái đầu lạnh’": the headline's quotation heads a part
    block, title = blocks[i], set(_tokens(blocks[0]))
    tokens = _tokens(block)
    shorter = _HEADLINE_ECHO_WORDS[0] <= words(block) <= _HEADLINE_ECHO_WORDS[1] < words(blocks[0]) <= _TITLE_WORDS
    return shorter and all(t in title for t in tokens) and ends_sentence(blocks[i + 1])


_HEADLINE_ECHO_WORDS = (5, 12)
_TITLE_WORDS = 40  # a title-less page's first paragraph heads it: a heading under it may say its words again


def is_top_echo_caption(i: int, blocks: tuple[str, ...]) -> bool:
    """Whether the line right under the headline (and the writer's) is the top picture's caption: four to fourteen
    words in plain letters, no stop, some of them the headline's, over a first paragraph of twenty-five words or more
    that says most of them again word for word ("Nghi thức Lễ Đặt viên đá xây dựng nhà thờ" under "Lễ Đặt Đá Xây Dựng
    Nhà Thờ Plei Athai" and over "... đã tổ chức Lễ Đặt viên đá xây dựng nhà thờ với khoảng 1.000 ...")."""
    if not 0 < i < min(len(blocks) - 1, _TOP_LINES) or any(words(b) > _CREDIT_WORDS for b in blocks[1:i]):
        return False  # under the headline, or the writer's line under it ("by httlvn.org")
    block, after = blocks[i], blocks[i + 1]
    if ends_sentence(block) or words(block) not in _TOP_CAPTION_WORDS or not ends_sentence(after):
        return False
    if block.isupper() or not any(_echoed(_tokens(block), blocks[0], _SHORT_ECHO_RUN)):
        return False  # a heading in capitals; a tip's heading ("Đổi mật khẩu ...") that the headline never names
    covered = _echoed(_tokens(block), after, _SHORT_ECHO_RUN)
    return words(after) >= _TOP_PARAGRAPH_WORDS and sum(covered) >= _TOP_ECHO_SHARE * len(covered)


_TOP_LINES = 3
_CREDIT_WORDS = 5
_TOP_CAPTION_WORDS = range(4, 15)
_TOP_PARAGRAPH_WORDS = 25
_TOP_ECHO_SHARE = 0.6


def places_its_subject(block: str) -> bool:
    """Whether `block` places what it shows somewhere named ("... tại Tọa đàm ...", "... ở xã Đông Hòa")."""
    return _PLACED.search(block) is not None


# "Chú Lân đáng yêu bên chú Tễu ...", "Cô giáo bên các học trò nhỏ": someone beside people, no verb
_POSED = re.compile(
    rf"^[{P.UPPER}][^.!?:;,]{{2,60}}\sbên\s(?:cạnh\s)?(?:các\s|những\s)?"
    r"(?:chú|cô|bác|anh|chị|em|bé|cháu|ông|bà|thầy|mẹ|bố|cha|con|bạn|học sinh|học trò|người thân|gia đình|đồng đội)\b"
    r"[^.!?:;]{0,50}$"
)
# "Mô hình chăn nuôi bò của anh Trịnh Thanh Hùng", "Vườn cam của gia đình chị Lan": a thing a picture shows, and
# whose it is (never "Câu chuyện làm giàu của anh ...", a part's heading over the text that tells it)
_OWNED = re.compile(
    r"^(?:Mô hình|Vườn|Trang trại|Ao|Đàn|Chuồng|Ruộng|Cánh đồng|Ngôi nhà|Sản phẩm|Xưởng|Cơ sở)\s[^.!?:;,]{0,60}"
    r"\scủa\s(?:gia đình\s)?(?:anh|chị|ông|bà|cô|chú|bác|hộ|em)\s"
    rf"[{P.UPPER}][^\W\d_]*(?:\s[{P.UPPER}][^\W\d_]*){{0,3}}$"
)
# "Hình tui", "Và hình bạn tui, huhu": a blogger's own photos, named under them
_OWN_PHOTO = re.compile(r"^(?:Và\s+)?(?:Hình|Ảnh)\s+(?:của\s+)?(?:tui|tôi|mình|bạn|em|anh|chị|cả nhà|gia đình)\b")
# "Hai đội trưởng bắt tay hữu nghị tại cột mốc 634", "Đoàn chụp ảnh lưu niệm với ...": the moment a photo keeps
_PHOTO_MOMENT = re.compile(
    r"\sbắt tay (?:hữu nghị|chúc mừng|thân mật|nhau)\b|\sbắt tay\s[^.!?]{0,40}\stại\s|\schụp (?:ảnh|hình) lưu niệm\b"
    r"|\skhoe (?:dáng|sắc) (?:trong|tại|ở|bên)\s"  # "Một cây sanh khoe dáng trong vườn của ông ...": a plant shown
    r"|\s(?:đến )?tặng hoa chúc mừng\s"  # "Thầy ... đến tặng hoa chúc mừng Ngày nhà giáo ..."
    r"|\scắt băng khánh thành\b"  # "Lễ cắt băng khánh thành Nhà thờ": the ribbon cut
)
_PERFORMED = re.compile(
    r"\sdo\s.{3,80}\s(?:thể hiện|biểu diễn|trình bày|trình diễn)$|\s(?:biểu diễn|trình diễn) tại\s.{3,80}$"
)  # "... do các em ... biểu diễn", "Một tiết mục tham gia biểu diễn tại Giao lưu ..."
# "Toàn cảnh Lễ Khai giảng tại ... rực rỡ cờ hoa, ...": a view of the scene, however it ends
_VIEW = re.compile(r"(?:Toàn cảnh|Quang cảnh|Cận cảnh|Khung cảnh)\s")
# "cô Hoàng Thị Thùy Ly- Bí thư chi đoàn ... phát động ...": a person under the picture, the line in small letters
_NAMED_UNDER_PICTURE = re.compile(rf"(?:cô|thầy|anh|chị|ông|bà|em|đồng chí|đ/c)\s+[{P.UPPER}]\w*\s+[{P.UPPER}]")
_DAY_TAIL = re.compile(r"\s*\(\s*\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*\)\s*\.?\s*$")
_PLACED = re.compile(
    rf"\s(?:tại|ở)\s+(?:(?:tỉnh|thành phố|huyện|xã|phường|quận|khu vực|TP\.?)\s+)?[{P.UPPER}]"
    r"|\s(?:tại|ở)\s+(?:phường|quận|khu phố|tổ dân phố)\s+\d{1,2}\b"
)


# "Khu dân cư Văn hóa Thôn Anonh, xã Anông", "Bể nuôi ốc bươu đen bằng xi măng, lót bạt 15 m2": a place shown, its
# commune after a comma; a thing shown, its size after a comma
_NAMED_PLACE_OR_SIZE = re.compile(
    rf",\s(?:xã|phường|thị trấn|thôn|bản|huyện)\s[{P.UPPER}][^,.!?;:]{{1,30}}$"
    r"|,\s[^,.!?;:]{2,40}\s\d+(?:[.,]\d+)?\s?(?:m2|m²|m3|m³|ha|cm|kg|tấn)$"
)
_ECHO_RUN = 4  # words in a row that a caption shares with the text beside it
_ECHO_SHARE = 0.7
_ECHO_MIN_WORDS = 10
_ECHO_MAX_WORDS = 25


def is_echo_caption(block: str, before: str, after: str) -> bool:
    """Whether `block` is a picture's caption that restates the paragraphs beside it: 10 to 25
    words without closing punctuation, most of them in runs of four or more found word for word
    in the paragraph before or after, some in the one before ("HLV ... khẳng định U23 Việt Nam sẽ
    cống hiến tất cả trước U23 Hàn Quốc" under "... HLV ... khẳng định ..." and over "...
    cống hiến tất cả trước U23 Hàn Quốc."). A heading that quotes the paragraph it opens echoes
    only the paragraph after it, or is said whole in it; a numbered one ("1. Bốn khung hình phạt
    ...") is no caption."""
    if not _ECHO_MIN_WORDS <= words(block) <= _ECHO_MAX_WORDS or ends_sentence(block):
        return False
    if P.NUMBERED_ITEM.match(block):
        return False
    if " ".join(_tokens(block)) in " ".join(_tokens(after)):
        return False  # "Chứng minh tài chính ..." over "Những giấy tờ giúp bạn chứng minh tài chính ...": its heading
    tokens = _tokens(block)
    if any(_echoed(tokens, " ".join(after.split()[:_OPENING_WORDS]))[:_HEAD_TOKENS]):
        return False  # "Những hư hỏng thường gặp ..." over "Một số các hư hỏng thường gặp khác, ...": it heads it
    from_before = _echoed(tokens, before)
    covered = [a or b for a, b in zip(from_before, _echoed(tokens, after))]
    return any(from_before) and sum(covered) >= _ECHO_SHARE * len(tokens)


_OPENING_WORDS = 10  # a heading's first words come back at once in the paragraph it opens
_HEAD_TOKENS = 5
_SHORT_ECHO_WORDS = range(4, 16)  # up to twelve words half said again; up to fifteen nearly all
# the words that put a sentence in time or mood: a caption names a scene without them
_NOT_A_SCENE = re.compile(r"\(|Theo\s|[^:]{1,40}:\s")
_ASPECT = re.compile(r"(?i:\b(?:đã|sẽ|đang|được|bị|không|chưa|vẫn|cũng|phải|cần|nên|có thể)\b)")
_TEXT_OPENING = re.compile(r"\d|" + P.STEP_LABEL.pattern + "|" + P.CONNECTIVE.pattern)
_SHORT_ECHO_RUN = 3
_SHORT_ECHO_SHARE = 0.5
_LONG_ECHO_WORDS = 13  # from thirteen words on, a caption says again nearly all of it ("Bàn giao bò ... xã Nhân Lý.")
_LONG_ECHO_SHARE = 0.9


def is_short_echo_caption(block: str, before: tuple[str, ...], after: str) -> bool:
    """Whether `block` is a short caption that names again what a paragraph beside it says: one
    sentence of four to twelve words closed by a stop, none of them a word that puts it in time
    ("đã", "sẽ", "được"), half of them in runs of three found word for word in one of
    the two blocks before (the headline among them) or the one after, each of which is longer
    ("Trò chơi thi bắt vịt dưới ao..." after "... các trò chơi dân gian như thi bắt vịt dưới ao, ..."); a
    list's item beside another that opens with the same words ("Vùng ấu trùng ong đực.") is none."""
    if (
        words(block) not in _SHORT_ECHO_WORDS
        or re.search(r"[.!?…]\s+\S", block)
        or not block.rstrip().endswith((".", "…"))  # a subheading has no stop; this caption has
        or _ASPECT.search(block)  # "Bản đồ quy hoạch sẽ được công bố ...": a sentence of news
        or _NOT_A_SCENE.match(block)  # "(Theo điều 9 ...).", "Nhiệt độ thấp nhất: 16-19 độ, ...": a source, a field
        or _TEXT_OPENING.match(block)  # "Trước hết là con số 200.", "01 Bữa ăn sáng ...": text, an item
    ):
        return False
    tokens = _tokens(block)

    def echoes(other: str) -> bool:
        shared = sum(_echoed(tokens, other, _SHORT_ECHO_RUN))
        listed = other.split()[:2] == block.split()[:2] and words(other) in _SHORT_ECHO_WORDS  # "Vùng phấn ..."
        listed = (
            listed or P.STEP_LABEL.match(other) is not None
        )  # "Bước 1: Đăng nhập và Truy cập ...": the step's own line
        share = _LONG_ECHO_SHARE if words(block) >= _LONG_ECHO_WORDS else _SHORT_ECHO_SHARE
        return words(other) > words(block) and shared >= share * len(tokens) and not listed

    if after.rstrip().endswith(":") and echoes(after):
        return False  # "Hình thức đại hội ..." over "Có các hình thức đại hội ... sau:": a heading and its list
    if any(other.split()[:2] == block.split()[:2] for other in (*before[-1:], after)):
        return False  # "Rượu vang trắng ... 7-12 độ C." between "Rượu vang đỏ ..." and "Rượu vang rosé ...": a list
    return any(echoes(other) for other in (*before, after))


def is_caption_over_heading(i: int, blocks: tuple[str, ...]) -> bool:
    """Whether `blocks[i]`, a line of six to twenty-five words with no stop between a paragraph and the next part's
    label in a series of them ("Đoàn xã Xuân Quang:" after "Đoàn xã Quảng Phú:"), names again mostly words the text
    over it said ("ĐVTN xã Quảng Phú tham gia dọn VS ..."): a picture's caption, for a heading heads something."""
    if not 0 < i < len(blocks) - 1:
        return False
    block, before = blocks[i], blocks[i - 1]
    after = next((b for b in blocks[i + 1 :] if re.search(r"[^\W\d_]", b)), "")  # past a lone "*"
    if ends_sentence(block) or words(block) not in _OVER_HEADING_WORDS or words(before) < _OVER_HEADING_PARAGRAPH:
        return False
    if block.isupper() or P.NUMBERED_PART.match(block):  # "I. CÁC GIẤY TỜ ..." over "Lưu ý:": a part's heading
        return False
    if not (ends_sentence(before) and after.rstrip().endswith(":") and words(after) <= _PART_LABEL_WORDS):
        return False
    labels = [b for b in blocks[:i] if b.rstrip().endswith(":") and words(b) <= _PART_LABEL_WORDS]
    if not any(label.split()[0] == after.split()[0] for label in labels):
        return False  # one of a series of parts ("Đoàn xã Quảng Phú:", "Đoàn xã Xuân Quang:"), never a list's label
    said = set(_tokens(" ".join(blocks[:i])))
    return sum(t in said for t in _tokens(block)) >= _OVER_HEADING_SHARE * len(_tokens(block))


_OVER_HEADING_WORDS = range(6, 26)
_OVER_HEADING_PARAGRAPH = 15
_PART_LABEL_WORDS = 6
_OVER_HEADING_SHARE = 0.6


def is_long_echo_caption(block: str, before: str, after: str) -> bool:
    """Whether `block`, sixteen words or more with no stop between two paragraphs, is said again nearly word for word
    in the paragraph after it ("Hồi trống khai trường như tiếp thêm sự tự tin ... năm học mới" over "... tiếp thêm sự
    tự tin, lòng quyết tâm cho các em học sinh trước khi bước vào năm học mới."): a picture's caption, a heading being
    shorter."""
    if words(block) < _LONG_CAPTION_WORDS or words(block) > _ECHO_MAX_WORDS or ends_sentence(block):
        return False
    return ends_sentence(before) and ends_sentence(after) and echoed_share(block, after) >= _LONG_CAPTION_SHARE


_LONG_CAPTION_WORDS = 16
_LONG_CAPTION_SHARE = 0.8


def echoed_share(block: str, text: str) -> float:
    """How much of `block` stands word for word in `text`, in runs of four words or more."""
    tokens = _tokens(block)
    return sum(_echoed(tokens, text)) / len(tokens) if tokens else 0.0


def _echoed(tokens: list[str], text: str, run: int = _ECHO_RUN) -> list[bool]:
    """Which of `tokens` stand in runs of `run` words or more that `text` holds word for word."""
    other = " " + " ".join(_tokens(text)) + " "
    covered = [False] * len(tokens)
    for start in range(len(tokens) - run + 1):
        if " " + " ".join(tokens[start : start + run]) + " " in other:
            covered[start : start + run] = [True] * run
    return covered


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


_MAX_PORTRAIT_WORDS = 35


# who is shown: a comrade, a monastic ("ĐĐ.Thích Nguyên Phong"), an office's head
_GUEST = (
    r"(?:(?:Đồng chí|Đ/c|Đ\.c|Ông|Bà|Bác|Cô|Thầy|Anh|Chị|Đại đức|Hòa thượng|Thượng tọa|Chủ tịch|Phó Chủ tịch|Bí thư"
    r"|Phó Bí thư|Giám đốc|Phó Giám đốc|Chủ nhiệm|Phó Chủ nhiệm|Nhà thơ|Nhà văn|Hiệu trưởng|Tiến sĩ|Bác sĩ"
    r"|TS|PGS\.TS|ThS|BS)\s|(?:ĐĐ|HT|TT)\.\s?(?=Thích\b))"
)
# "Đồng chí ..., Bí thư Huyện ủy ... phát biểu tại hội nghị.": a guest speaking, even with its stop
_SPEAKING = re.compile(
    rf"^{_GUEST}[^.!?:]{{0,150}}\sphát biểu(?:\s(?:khai mạc|bế mạc|chỉ đạo|kết luận|chúc mừng|tham luận))?"
    r"\s(?:tại|trong)\s+(?:hội nghị|đại hội|buổi lễ|lễ|hội thảo|hội thi|chương trình|tọa đàm|buổi làm việc|kỳ họp)"
    r"(?:\s[^.!?:]{1,80})?\.?$"  # "... tại hội nghị tiếp xúc cử tri với các xã Kim Đính, Ngũ Phúc và Bình Dân"
)
_SPEAKING_WORDS = 36
# "Đồng chí ... - Chủ tịch ... báo cáo tổng hợp ý kiến ... trước Hội nghị": a guest's part in the meeting
_PRESIDING = re.compile(
    rf"^{_GUEST}[^.!?:]{{0,120}}\s(?:chủ trì|báo cáo|trình bày|điều hành)\s[^.!?:]{{0,80}}"
    r"(?:(?i:hội nghị|đại hội|buổi lễ|hội thảo|tọa đàm|phiên họp|buổi làm việc|kỳ họp)|năm \d{4})$"
    # "Bà Nguyễn Thanh Hà - Chủ nhiệm CLB phát biểu": a guest named with a title, speaking
    rf"|^{_GUEST}(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s){{1,4}}[-–]\s[^.!?:]{{3,60}}\sphát biểu$"
    # "Đồng chí ..., Chủ tịch Hội CCB phường lên ôn lại truyền thống 50 năm ...": a guest recounting, unstopped
    rf"|^{_GUEST}[^.!?:]{{0,120}}\s(?:lên\s)?ôn lại (?:truyền thống|lịch sử)\s[^.!?:]{{1,100}}$"
)
# "Trao Thiếp mừng thọ của Chủ tịch nước cho cụ Nguyễn Thị Trinh tròn 100 tuổi": a gift handed to
# someone the caption names
_PRESENTATION = re.compile(
    r"^(?:Trao tặng|Trao|Tặng|Đoàn(?:\s[^.!?:]{1,40})?\s(?:trao|tặng))\s[^.!?:]*"
    r"\scho\s+(?:cụ|ông|bà|anh|chị|em|cháu|đồng chí)\s+[A-ZĐÀ-Ỹ]"
    # "Đồng chí Thái Minh Tuấn – Phó bí thư Đảng ủy ... tặng hoa nhà trường": a guest's gift
    rf"|^{_GUEST}[^.!?:]{{0,120}}"
    r"\s(?:tặng hoa|tặng quà|trao quà|trao tặng|trao [Gg]iải|trao bằng|trao giấy khen|trao quyết định"
    r"|trao giấy mừng thọ|trao thiếp mừng thọ|trao thư|trò chuyện với|phát biểu)\s[^.!?:]{1,60}$"
    # "Ban tổ chức trao giải cho các đội tham gia thi": the organisers handing out prizes
    r"|^(?:Ban tổ chức|BTC|Lãnh đạo\s[^.!?:]{1,40}|Đại diện\s[^.!?:]{1,40})\s"
    r"(?:trao giải|trao thưởng|trao quà|trao cờ|trao bằng khen|trao giấy khen|tặng hoa|tặng quà|tặng cờ|trao tặng)"
    r"\s[^.!?:]{1,60}\.?$"  # "Ban tổ chức tặng cờ lưu niệm cho các đơn vị tham gia.", its stop and all
)
_PORTRAIT = re.compile(
    r"^Gia đình (?:anh|chị|ông|bà|cô|chú|em)\s+(?P<name>[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){1,3})\s*,\s+[^.!?:“\"]+\.$"
)


def is_portrait_caption(block: str, blocks: tuple[str, ...]) -> bool:
    """Whether `block` is a caption under a family's picture ("Gia đình chị Nguyễn Thị Quyên, khu
    Lạc Trung nuôi trên 30 con bò sữa ..."): one sentence naming the family's head and where they
    live, whom no other paragraph of the article names."""
    m = _PORTRAIT.match(block)
    if m is None or words(block) > _MAX_PORTRAIT_WORDS:
        return False
    return not any(m["name"] in other for other in blocks if other != block)


# "Nhà văn Ma Văn Kháng.": a portrait's caption, a role and a name and nothing else
_ROLE_AND_NAME = re.compile(
    rf"(?:Nhà văn|Nhà thơ|Nhà báo|Nhà nghiên cứu|Nghệ sĩ|NSND|NSƯT|Họa sĩ|Nhạc sĩ|Ca sĩ|Tác giả|Đồng chí|Đ/c|"
    rf"Ông|Bà|Anh|Chị|Thầy|Cô|Bác sĩ|Tiến sĩ|Giáo sư)\s+[{P.UPPER}][^\s.,]*(?:\s+[{P.UPPER}][^\s.,]*){{1,3}}\.?"
)


def is_name_caption(block: str) -> bool:
    """Whether `block` is only a role and a name ("Nhà văn Ma Văn Kháng."): a portrait's caption."""
    return _ROLE_AND_NAME.fullmatch(block.strip()) is not None


_HEADLINE_START_WORDS = 5


def is_lone_title_start(i: int, blocks: tuple[str, ...]) -> bool:
    """Whether the line at `i` is the headline's first three or four words alone between two paragraphs, the body's
    only line with no stop ("Lễ mừng thọ" under "Lễ mừng thọ người cao tuổi xã ..."): a picture's caption; a part's
    heading comes with others."""
    block = blocks[i]
    if not (1 < i < len(blocks) - 1 and 3 <= words(block) < _HEADLINE_START_WORDS) or ends_sentence(block):
        return False
    if not blocks[0].startswith(block + " ") or not (ends_sentence(blocks[i - 1]) and ends_sentence(blocks[i + 1])):
        return False
    return all(ends_sentence(b) for j, b in enumerate(blocks[1:-1], start=1) if j != i)  # the last: a byline


def is_headline_start(block: str, headline: str) -> bool:
    """The headline's first five words or more again, alone on a line and cut short, or whole with
    a word or two more ("... tư thế và cách đánh mạnh"): the text a page gives a picture, not a
    subheading (which names a part, not the whole again)."""
    longer = block.startswith(headline + " ") and words(block) - words(headline) <= 2
    longer = longer and not _ASKS.search(block)  # "<headline> là gì": the first part's heading asks what it is
    longer = longer and not _REGION.search(block)  # "<headline> miền Bắc": the part for one region
    return (
        block != headline
        and words(block) >= _HEADLINE_START_WORDS
        and not ends_sentence(block)
        and (headline.startswith(block + " ") or longer)
    )


_ASKS = re.compile(r"\b(?:là gì|ra sao|thế nào|như thế nào)\s*\??$")
_REGION = re.compile(r"\b(?:miền (?:Bắc|Trung|Nam|Tây)|(?:Bắc|Trung|Nam) Bộ)$")


def is_hero_alt_text(block: str, headline: str) -> bool:
    """ "Cây mắc ca" right under "Cây Mắc Ca: Đặc Điểm Sinh Trưởng ...": the headline's first words
    again in other letters, the text of the picture under it."""
    said, whole = block.lower().rstrip(" ."), headline.lower()
    after = whole[len(said) : len(said) + 1]
    if 2 <= words(block) < words(headline) and whole.startswith(said) and not after.isalnum():
        return True
    # "Chuồn chuồn bay vừa" under "Vì sao ‘Chuồn chuồn bay thấp thì mưa ... bay vừa thì": a few of its words;
    # "Nguyên nhân máy bơm không lên nước" under "Máy bơm không lên nước, Nguyên nhân và ...": most, reordered
    told = set(re.findall(r"\w+", whole))
    if not set(re.findall(r"\w+", said)) <= told:
        return False
    few = 2 <= words(block) <= _HERO_WORDS < words(headline)
    return few or _HERO_SHARE * words(headline) <= words(block) <= words(headline) - _HERO_SHORTER


_HERO_WORDS = 5
_HERO_SHORTER = 3  # a picture's text using the headline's words is shorter by three words or more
_HERO_SHARE = 0.6  # and holds most of them, never a part's heading that takes up a few

_TITLES = "PGS|GS|TS|ThS|Ths|NCS|BSNT|BSCKII|BSCKI|BS|Bs|CKII|CKI|LS|KS|DS|ĐD|KTV"
# "Ths. Bs Thái Việt Nguyên": a person's titles and name, nothing else
_TITLED_NAME = re.compile(
    rf"^(?:(?:{_TITLES})\.?[\s,.]*)+(?P<name>[{P.UPPER}][{P.LOWER}]*(?:\s+[{P.UPPER}][{P.LOWER}]*){{1,4}})\.?$"
)
# "Đồng chí Nguyễn Mạnh Hùng, UVBTV – Trưởng phòng Kinh tế" between two paragraphs: who the portrait shows, their posts
_POSTED_NAME = re.compile(
    rf"(?:Đồng chí|Ông|Bà)\s+(?P<name>[{P.UPPER}][{P.LOWER}]*(?:\s+[{P.UPPER}][{P.LOWER}]*){{1,4}}),\s+"
    rf"[^.!?:;,]{{2,60}}"
)
_POSTED_NAME_WORDS = 15


_OFFICE_WORDS = 10


def without_portrait_names(blocks: list[str]) -> tuple[str, ...]:
    """A person's titles and name alone on a line ("Ths. Bs Thái Việt Nguyên", "TS. Đậu Xuân Cảnh.") are their
    portrait's caption (never the last line, a byline), and so is "Đồng chí <name>, <posts>" between two paragraphs.
    Right under the headline and a paragraph that names them, they close the box a clinic prints about the doctor who
    wrote or checked the article ("Với nhiều năm kinh nghiệm ..."): the box goes with them."""
    kept = list(blocks)
    for i in range(len(kept) - 2, 0, -1):
        posted = (
            _POSTED_NAME.fullmatch(kept[i]) is not None
            and words(kept[i]) <= _POSTED_NAME_WORDS
            and ends_sentence(kept[i - 1])
            and (ends_sentence(kept[i + 1]) or words(kept[i + 1]) > _POSTED_NAME_WORDS)  # a paragraph under it
        )
        if posted:
            del kept[i]
            continue
        m = _TITLED_NAME.match(kept[i])
        if m is None or (i == 1 and P.WRITERS_OFFICE.match(kept[2]) and words(kept[2]) <= _OFFICE_WORDS):
            continue  # "KS. Đỗ Hữu Hiền" / "Trung tâm ứng dụng KH&CN" under the headline: the writer and the office
        box = i == 2 and m["name"] in kept[1] and m["name"] not in kept[0]
        del kept[i]
        if box:
            del kept[1]
    return tuple(kept)
