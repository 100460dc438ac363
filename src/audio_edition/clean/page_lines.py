"""Lines a page prints around the article, read by no one: a visit counter, a classifieds card, a
portal's slogan, a forum handle and its rank, a link to the page in another language or to
"tại đây", a picture's caption ending in its search words, the title again in other letters, a
line in English, a picture's alt text glued twice, when the page was last changed, a picture's copyright and its
text with its width and day, a comment link after a title."""

from __future__ import annotations

import dataclasses
import re

from ..text.legacy import is_syllable
from ..text.slug import slugify
from . import patterns as P
from .authors import looks_like_author
from .draft import Draft, ends_sentence, menu_label, words

# "Hồng Duyên -" under the title: the writer's name and a dash
NAME_THEN_DASH = re.compile(rf"[{P.UPPER}][{P.LOWER}]+(?: [{P.UPPER}][{P.LOWER}]+){{1,3}}\s*[-–]")
# "Cách muối dưa cải ... – cach lam dua chua": a picture's caption ending in its search words, unmarked
SLUG_TAIL = re.compile(r"[^.!?]{3,100}\s[–-]\s[a-z]+(?: [a-z]+){2,}")
# "Rau thủy canh là gì?Rau thủy canh là gì?Rau thủy canh sinh trưởng ...": a picture's alt text and
# title, the same words glued twice, then its caption
ALT_TWICE = re.compile(rf"(?P<alt>\S.{{8,100}}?\S)(?P=alt)[{P.UPPER}].*")
# "thay-lõi-lọc-nước-khi-nào": a picture's name, the page's address words joined by hyphens
SLUG_LINE = re.compile(  # "Dan-4-day-la-dan-gi", "Ve-Sinh-May-Giat-1" too
    rf"[{P.UPPER}]?[{P.LOWER}0-9]+(?:-[{P.LOWER}0-9]+){{2,}}|[A-Z][a-z]*(?:-(?:[A-Z][a-z]*|\d{{1,3}})){{2,}}"
)
# "Trung Quốc hút hàng, giá sầu riêng tăng vọt Bài 3: Trung Quốc là thị trường ...": two related
# stories' titles run together, the second one part of a series
RELATED_SERIES = re.compile(r"[^.!?:]{15,120}[^\W\d_] (?:Bài|Kỳ|Phần) \d{1,2}: [^.!?]{10,120}")
# "Liên hệ khóa học thiết kế đồ trang sức: tại đây": a link's label
HERE_LINK = re.compile(  # "Ngoài ra, bạn có thể tham khảo thêm ... tại: https://...": a link to another post too
    r"[^.!?:]{3,80}:\s*(?i:tại đây|xem tại đây|click vào đây|bấm vào đây)\.?"
    r"|(?:👉\s*)?[^.!?]{0,60}\b(?i:tham khảo thêm|xem thêm)\b[^.!?]{0,120}\b(?i:tại|ở)\s*:?\s*https?://\S+"
    # "Tham khảo thêm khóa huấn luyện chó Poodle có tại Trung tâm ...": a link's words, unstopped, no colon
    r"|(?:Tham khảo thêm|Xem thêm|Đọc thêm)\s[^.!?:]{5,120}\.?"
    r"|(?:Đừng bỏ qua|Có thể bạn quan tâm|Bạn có thể quan tâm)\s*:\s*[^.!?:]{3,120}"  # "Đừng bỏ qua: Chim Sẻ ..."
    r"|Nghe (?:đọc )?truyện\s[^.!?:]{3,80}"  # "Nghe đọc truyện Sự tích cây vú sữa": an audio player's label
    r"|Or you want a quick look:[^\n]{0,200}"  # a summary plugin's link to the story's short version
    r"|Chi tiết\s[^.!?:]{0,60}\s(?i:tại đây)\.?"  # "Chi tiết Thông báo tại đây": the link to the document
    # "Bài trướcNa Rì tổ chức ...", "Bài tiếp theoVăn bản ...": the previous and next posts' links, titles glued on
    r"|(?:Bài trước|Bài tiếp theo|Bài sau)(?:\s*:\s*|(?=[A-ZĐÀ-Ỹ]))[^\n]{5,200}"
    r"|(?:Mua|Đặt mua|Xem giá|Tải)\s[^.!?:]{3,80}\s(?i:tại đây|ở đây)\.?"  # "Mua bình xịt ... tại đây.": a shop's link
    r"|(?:>\s*)?[^.!?:]{3,80}\s(?i:tải|download)(?: về)?\s(?i:tại đây|ở đây)\.?"  # "Mẫu đơn ... vui lòng tải tại đây"
    r"|.{20,400}\s\[(?:…|\.\.\.)\]"  # "... nó không có các phụ […]": a post's teaser, cut where its link was
    # "Xem thêm bài viết ... (http://...) bằng ...", "Thông tin về sản phẩm ... (http://...) nhập khẩu từ Đức": a
    # link's words with its address in brackets, no sentence
    r"|[^.!?:()]{3,150}\(\s*https?://[^\s()]+\s*\)[^.!?:()]{0,80}"
)


# "... chưa được xử lý. Hình ảnh Công chức ở bộ phận một cửa đang giải quyết thủ tục cho công dân Đến nay, 100% ...":
# a picture's caption run into a paragraph with no stop, the next sentence opening on a word that opens sentences
INLINE_CAPTION = re.compile(
    r"(?:(?<=[.!?] )|^)Hình ảnh\s[^.!?:;]{10,160}?[a-zà-ỹđ] (?=(?:Đến nay|Hiện nay|Tuy nhiên|Ngoài ra|Bên cạnh đó"
    r"|Trong đó|Qua đó|Theo đó|Sau đó|Nhờ đó|Từ đó|Đồng thời)\b)"
)
# "... kế hoạchsmart goal setting concept rõ ràng": a picture's English alt text glued to a Vietnamese word with a
# tone mark, three words or more, one with letters no Vietnamese word has ("sm", "tt", "f"); never a foreign
# name's own letter ("Mövenpick resort")
GLUED_ALT_TEXT = re.compile(
    r"(?P<word>\w*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ](?:ch|nh|ng|[cmnptiyou])?)"
    r"(?=[a-z ]*(?:[fjwz]|(?!ch|gh|gi|kh|ng|nh|ph|qu|th|tr)[b-df-hj-np-tv-z]{2}))"
    r"[a-z]{3,}(?: [a-z]{2,}){2,}(?=[\s,.;:]|$)"
)


def without_glued_pictures(text: str) -> str:
    """A paragraph without a picture's text glued into it: an English alt text run onto a word
    ("kế hoạchsmart goal ..."), a caption run in with no stop ("Hình ảnh ... cho công dân Đến nay")."""
    return INLINE_CAPTION.sub("", GLUED_ALT_TEXT.sub(_word_without_alt_text, text))


def _word_without_alt_text(m: re.Match[str]) -> str:
    """The word an alt text ran onto, when it is Vietnamese ("hoạch"; never a French one cut, "Télécharger pour lire
    ...") and the words after it are not all Vietnamese ("ắcquy cho xe": a word written whole, no alt text)."""
    foreign = any(not is_syllable(w) for w in m[0][len(m["word"]) :].split()[1:])
    return m["word"] if is_syllable(m["word"].lower()) and foreign else m[0]


# "Dưới đây là một số hình ảnh về ...", "Một số hình ảnh của đoàn.": a pointer to the pictures
# under the text; and "hình ảnh hoạt động của buổi họp mặt", a gallery's caption in small letters
GALLERY_POINTER = re.compile(
    r"\(?\s*(?:dưới đây|sau đây|bên dưới) là (?:một số|những|các|một vài)\s+(?:hình ảnh|bức ảnh|ảnh)\b"
    r"[^()]{0,160}\)?[.!:]?",
    re.IGNORECASE,
)
# "Một số hình ảnh Đoàn thanh niên ... tại Trường THCS Thượng Thanh": the gallery's pointer, with its
# stop or, long, without
GALLERY_LINE = re.compile(
    r"(?:Một số|Một vài) (?:hình ảnh|bức ảnh|ảnh)\b(?:[^.!?]{0,100}[.:]|[^.!?:]{0,240})|hình ảnh\b[^.!?]{0,80}"
)
# "Hình ảnh về một số món ăn của các dân tộc trên địa bàn:": a gallery's heading; the short lines
# under it are its pictures' captions ("Cơm lam ngũ sắc", "Sâu tre")
GALLERY_HEADING = re.compile(  # never an analysis's point ("Hình ảnh cô bé ... thật tội nghiệp:", "... là:")
    r"(?:Hình ảnh|Một số hình ảnh|Những hình ảnh|Một vài hình ảnh)\b"
    r"(?![^.!?:]*(?:\b(?:thật|rất|nhằm)\b|\blà\s*:))[^.!?]{0,160}:"
    r"|(?:Một số|Một vài) (?:hình ảnh|hoạt động) (?:của|tại|trong)\b[^.!?:]{0,60}"  # "Một số hoạt động của Hội Trại"
)
GALLERY_ITEM_WORDS = 30
# "d5", "đ2": a picture's label left where the picture stood; the line under it is its caption
PICTURE_LABEL = re.compile(r"[a-zđ]{1,2}\d{1,2}")
_STOPPED_GALLERY_ITEM_WORDS = 30


def gallery_item(text: str, i: int, blocks: tuple[str, ...]) -> bool:
    """Whether `text` (block `i`), under a gallery's heading, is a picture's caption: a few words, or, in a gallery
    of captions with their stops that closes the page, one sentence ("Văn nghệ chào mừng.", "Thầy ... phát biểu ôn
    lại truyền thống ngày Nhà giáo Việt Nam 20/11.")."""
    if not ends_sentence(text):  # the page's last line a name ("Phường Quán Toan"): who signs it, no caption
        return words(text) <= GALLERY_ITEM_WORDS and not (i == len(blocks) - 1 and looks_like_author(text))
    heads = [j for j in range(i) if GALLERY_HEADING.fullmatch(blocks[j]) or GALLERY_POINTER.fullmatch(blocks[j])]
    above = blocks[heads[-1] + 1 : i] if heads else ()
    if (
        not heads
        or not _one_short_sentence(text)
        or not all(ends_sentence(b) or PICTURE_LABEL.fullmatch(b) for b in above)
    ):
        return False  # "Cơm lam ngũ sắc" / "Sâu tre" / "...": a stopped line after unstopped captions is text
    return all(_one_short_sentence(b) or words(b) <= GALLERY_ITEM_WORDS for b in blocks[i + 1 :])


def _one_short_sentence(text: str) -> bool:
    return words(text) <= _STOPPED_GALLERY_ITEM_WORDS and not re.search(r"[.!?]\s+\S", text.strip())


# "... bong bóng khí như hình bên dưới, ...": a paragraph pointing at the picture below, its caption next
PICTURE_BELOW = re.compile(r"(?i:\b(?:như|xem|theo) (?:hình|ảnh) (?:bên )?dưới(?: đây)?\b)")
# the same pointer closing a paragraph: "... tổ chức lễ khai giảng. Sau đây là một số hình ảnh về buổi lễ."
TRAILING_GALLERY_POINTER = re.compile(
    r"(?<=[.!?])\s+(?:(?:Dưới đây|Sau đây|Bên dưới) là (?:một số|những|các|một vài)|Một số|Một vài)\s+"
    r"(?:hình ảnh|bức ảnh|ảnh)\b[^.!?]{0,120}[.!:]?$"
)


def gallery_pointer_apart(block: str) -> list[str]:
    """ "... tổ chức lễ khai giảng. Sau đây là một số hình ảnh về buổi lễ:": the paragraph, and the gallery's pointer
    on a line of its own, so the pictures' captions under it are known for what they are."""
    m = TRAILING_GALLERY_POINTER.search(block)
    return [block[: m.start()], block[m.start() :].strip()] if m else [block]


# "... thì có thể xem clip này cho nhanh:", "Dưới đây là video của ... về ...:": a line pointing to the
# clip the page embeds under it, which the text has not; "Thêm một vài hình ảnh từ Youtube :" more of them
VIDEO_POINTER = re.compile(
    r"[^.!?:]{0,120}\b(?i:xem|dưới đây là|sau đây là|bên dưới là|theo dõi)\b"
    r"[^.!?:]{0,60}\b(?i:video|clip)\b[^.!?:]{0,120}:"
    r"|(?i:thêm) (?:một số|một vài|vài|mấy|ít)\b[^.!?:]{0,40}\b(?i:ảnh|video|clip)\b[^.!?:]{0,40}\s?:"
)


def names_picture_above(text: str, above: str) -> bool:
    """ "Lịch sử & Nguồn gốc" under "lich-su-va-nguon-goc", "Hoa trong khuôn viên tòa thánh Tây Ninh" under
    "toa-thanh-tay-ninh": a caption under its picture's file name, saying it whole or in a few more words, before or
    between its words."""
    slug = above.strip().lower()
    if SLUG_LINE.fullmatch(slug) is None:
        return False
    said = slugify(text.replace("&", " và "), limit=len(text) * 2)
    inside = f"-{slug}-" in f"-{said}-" or _in_order(slug.split("-"), said.split("-"))
    named = slug.count("-") >= _SLUG_WORDS - 1 and inside and not ends_sentence(text)
    return said == slug or (named and words(text) <= max(_SLUG_CAPTION_WORDS, 2 * slug.count("-")))


def _in_order(slug: list[str], said: list[str]) -> bool:
    """Whether the file name's words all come in the caption, in order ("tap-huan-...-2024" under "Buổi ...")."""
    rest = iter(said)
    return all(word in rest for word in slug)


def uncaptioned_slugs(blocks: tuple[str, ...]) -> bool:
    """Whether a picture's file name on the page stands right over a paragraph ("cach-trong-hoa-hong-1" / "Từ lâu,
    hoa hồng ..."): its pictures go uncaptioned, and a short line under another file name is a heading."""
    return any(
        SLUG_LINE.fullmatch(blocks[k].strip()) and ends_sentence(blocks[k + 1]) and words(blocks[k + 1]) >= _TEXT_WORDS
        for k in range(len(blocks) - 1)
    )


_TEXT_WORDS = 15
_SLUG_WORDS = 3
_SLUG_CAPTION_WORDS = 15


def title_again(text: str, title: str) -> bool:
    """ "7 Bước Vàng ..." under "7 bước vàng ...", "THIẾU NHI VUI KHỎE - ..." under "Hội trại "Thiếu nhi
    vui khỏe - ..."": the title again, in other letters, whole or most of its words; in small letters
    only opening with the title's first words."""
    if text == title:
        return False
    if text.lower() == title.lower():
        return True
    said = re.findall(r"\w+", text.lower())
    known = set(re.findall(r"\w+", title.lower()))
    if len(known) > _TITLE_SPAN * len(set(said)):
        return False  # "CẢNH BÁO ... LÀ GÌ?" under a paragraph that uses its words: a heading, no title again
    shared = len(said) >= 3 and sum(w in known for w in said) >= _TITLE_SHARE * len(said)
    # "Hướng dẫn sử dụng phần ềm kế toán SSP-accounting" under "Hướng dẫn sử dụng phần mềm kế toán SSP":
    # the title again in small letters, misspelt or a word longer, opening with its first words
    opens = said[:3] == re.findall(r"\w+", title.lower())[:3] and len(said) <= len(known) + 2
    return shared and (text.isupper() or opens)


_TITLE_SHARE = 0.8
_TITLE_SPAN = 2  # a title again has at least half the title's words
# "• Đang online: 6", "Đang trực tuyến:6", "Trong tuần: 663", "Tất cả: 131667": a site's visit counter
VISIT_COUNTER = re.compile(
    r"(?:[•·*-]\s*)?(?i:(?:số người )?đang (?:online|truy cập|trực tuyến)|hôm nay|hôm qua|trong tuần|tuần này"
    r"|trong tháng|tháng này|tháng trước|năm nay|tất cả"
    r"|tổng(?: số)? lượt truy cập|lượt truy cập|lượt truy cập hôm nay|khách|thành viên)\s*:\s*[\d.,]+"
)
# "English post here: http://...": a link to the page in another language
OTHER_LANGUAGE = re.compile(  # and a theme's label left in Arabic or Hebrew ("المشاركات"), which no voice here reads
    r"(?i:english (?:post|version)(?: here)?|read (?:it )?in english|bản tiếng anh)\s*:?\s*\S*|[\s\u0590-\u06ff]+"
)
# "Ngày đăng: 7/23/2025 4:50:52 PM - Lĩnh vực khác - Toàn Quốc - ... [Mã tin: 6133304] - Cập nhật: ..."
LISTING_CARD = re.compile(r"(?i:ngày đăng)\s*:.*(?i:mã tin|cập nhật)\s*:")
# a commune portal's banner over every page
SLOGAN = re.compile(
    r"(?i:toàn đảng, toàn dân )?(?i:học tập và làm theo) tư tưởng, đạo đức,? phong cách Hồ Chí Minh"
    # "Luật Tâm Đức – Nhận khởi kiện ...": a firm and its offer; "Tỉnh đoàn ... - Diễn đàn của Đoàn ...": a portal's
    r"|[A-ZĐ]\w*(?: [A-ZĐ]\w*){1,4} [–-] (?:Nhận|Chuyên|Dịch vụ|Cung cấp|Uy tín|Hotline)\b[^.!?]{3,120}"
    r"|[A-ZĐ]\w*(?: \w+){1,4} [–-] Diễn đàn của\b[^.!?]{3,160}"
)
# "New Member" under a forum handle
MEMBER_RANK = re.compile(
    r"(?i:(?:new|junior|senior|full|advanced) member|thành viên mới|fan cứng|moderator|administrator"
    r"|(?:điều hành viên|quản trị viên)(?: cũ)?"  # "Studiophale" / "Điều hành viên cũ": a poster and their rank
    r"|(?:tài xế|phụ xe|thợ cả|thợ phụ) O-H)"  # "tuvanoto" / "Tài xế O-H": a car forum's ranks
)
# "17 phút đọc", "19/01/2026 19 min Tài Chính Cá Nhân", "· tin tuc · 14 min read": how long the page takes to read
# (its day, its section, and its writer before the day: "Tiny Garden Tác giả Tiny Garden 19/07/2024 36 phút đọc")
READING_TIME = re.compile(
    r"(?:[·•|]?\s*[^\W\d][^.!?·•|\d]{0,30}[·•|]\s*|[^\W\d][^.!?·•|\d]{0,60}?\s+(?=\d{1,2}/\d{1,2}/\d{4}\s))?"
    r"(?:\d{1,2}/\d{1,2}/\d{4}\s+)?\d{1,3}\s*(?:phút đọc|min(?: read)?(?:\s+[^\W\d][^.!?]{0,40})?)",
    re.I,
)
# "Phân bón Miền Nam - SFJC  15-03-2022  133 Lượt xem": the writer, the day and the views, one line
VIEWS_STAMP = re.compile(
    r"[^.!?]{0,80}\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)?\s*[-–|]?\s*"
    r"[\d.,]+\s*(?i:lượt xem|lượt đọc)"
    r"|\d{1,2}\s+(?i:tháng)\s+(?:\d{1,2}|[^\W\d_]+(?:\s+[^\W\d_]+)?),?\s+\d{4}\s*\d{1,2}:\d{2}(?:\s*(?:SA|CH|AM|PM))?"
    r"\s*\(?(?i:xem|lượt xem)\s*:\s*[\d.,]+\)?"
    r"|[\d.,]+\s+(?:\((?i:views?|lượt xem)\)|(?i:views?|lượt xem))"  # "5947 Views", "68 (Lượt xem)": alone
)  # "Ngày cập nhật 08/11/2025 03:26 PM - 9 lượt xem": its time and a dash too; "13 Tháng Hai 20179:13 CH(Xem: 2140)"

# "Cập nhật vào 16/02", "Cập nhật: 2026", "Chỉnh sửa lúc: 09/11/2024", "Sep 27, 2023": when the page
# was last changed, alone on its line in the text (a dateline under the headline is the date, in `datelines`);
# "Xuất bản: 24/10/2023 - Cập nhật lần cuối: 31/10/2023", "Cập nhật: 21/05/2025 Tác giả: ..." too
UPDATED_ON = re.compile(
    r"(?:(?i:xuất bản|ngày đăng|đăng ngày)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*[-–|]\s*)?"
    r"(?i:(?:đã |ngày |lần )?(?:cập nhật|chỉnh sửa|update)(?: lần cuối| mới nhất)?(?: vào)?(?: ngày| lúc)?)\s*:?\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:19|20)\d\d|tháng \d{1,2}(?:[/ ]\d{4})?"
    r"|\d{1,2} thg \d{1,2}(?:,? (?:19|20)\d\d)?)"  # "Đã cập nhật: 1 thg 6", a site builder's short month
    r"(?:\s+(?i:tác giả|người viết|viết bởi)\s*:\s*[^\W\d_][^.!?:\d]{1,40})?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[-–|]\s*(?i:tác giả|người viết|viết bởi)\s*:\s*\S{2,40}"  # "... - Tác giả: X"
    r"|\d{1,2} Th(?:1[0-2]|0?[1-9])"  # "20 Th12": a blog's day and month under the title
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"  # a template's "Mon, May"
)
# "© Văn Điệp - TTXVNBị cáo ... trả lời ...": a picture's copyright, its caption glued after it; "Bài viết này được
# đăng tại [free tuts .net]": a site's mark against copies, between two paragraphs
PHOTO_COPYRIGHT = re.compile(r"©[^.!?]{2,250}|Bài viết này được đăng tại \[[^\]]{3,40}\]")
# "Bị cáo ... trả lời ... - Sputnik Việt Nam, 1920, 15.12.2021": a picture's text with the site's
# name, the picture's width and its day; a blog's picture left as its markup, "f:id:name:20190214132033j:plain"
# (Hatena), or as its file, its size and its text, "vo co truyen1 300x139 Lược sử ...", or under its label
SIZED_ALT_TEXT = re.compile(
    r"[^.!?]{5,200}\s[-–]\s[^,.!?]{2,40},\s\d{3,4},\s\d{1,2}\.\d{1,2}\.\d{4}"
    r"|f:id:[\w-]+:\d{14}[a-z]?:(?:plain|image)|[a-z][a-z0-9 _-]{2,60}\s\d{2,4}x\d{2,4}\s[^.!?]{3,120}"
    r"|(?i:alt(?: text)?)\s*:\s*.{3,300}"  # "Alt text: Cổng trường ...": a picture's description written out
)
# "Các Lỗi Thường Gặp ở Máy Giặt ... Để lại bình luận": a comment link glued to the end of a title
# "... quá thất vọng!!!Thêm": a review's "More" link glued after its last stop
COMMENT_LINK_TAIL = re.compile(
    r"\s+(?:Để lại (?:một )?bình luận|Viết bình luận|Leave a (?:comment|reply))\s*$|(?<=[.!?…])(?:Xem thêm|Thêm)$"
)
# "Tử Vi, Tứ Trụ, Xem Tướng, Gieo quẻ, Xem bói": a site's menu, its items of a word or two in a row;
# "[XEM GIA PHẢ][ PHẢ KÝ ][ THỦY TỔ ]": a blog's menu, each link in brackets
MENU_ROW = re.compile(
    rf"[{P.UPPER}][^\W\d_]*(?:\s[^\W\d_]+)?(?:\s*[,|]\s*[{P.UPPER}][^\W\d_]*(?:\s[^\W\d_]+)?){{3,}}"
    r"|(?:\[\s*[^\W\d_]+(?:\s[^\W\d_]+){0,3}\s*\]\s*){3,}"
)
# "Dạy học phát triển năng lực - Chương trình giáo dục phổ thông" under "Chủ đề nóng: ...": the
# menu of topics going on
TOPIC_MENU = re.compile(r"(?:[^.!?:–-]{2,60}\s[–-]\s)+[^.!?:–-]{2,60}")
# "Positive results of some commercial banks after 1 year ...": a journal's title or abstract in
# English, a line without a Vietnamese letter that reads as English does
_ENGLISH_WORDS = frozenset("the of and to in for with after on by is are was were from at as this that its".split())


def in_english(block: str) -> bool:
    """A line in English: six words or more, two of them English function words, or a name in
    brackets on a line of its own ("(1st VIETNAM CROSS-COUNTRY AMATEUR CHALLENGE 2025)"); ten words
    or more with three English function words, seven in ten of them in plain letters, around a
    Vietnamese name."""
    tokens = re.findall(r"[^\W\d_]+", block.lower())
    bracketed = block.startswith("(") and block.endswith(")") and len(tokens) >= _BRACKETED_ENGLISH_WORDS
    if block.isascii():
        return bracketed or (len(tokens) >= 6 and sum(t in _ENGLISH_WORDS for t in tokens) >= 2)
    # "A highlight was the dance ... directed by Mrs. Cấn Thị Nga.": English around a Vietnamese name
    english = sum(t in _ENGLISH_WORDS for t in tokens)
    return (
        len(tokens) >= _MIXED_ENGLISH_WORDS and english >= 3 and sum(t.isascii() for t in tokens) >= 0.7 * len(tokens)
    )


def english_asides(blocks: tuple[str, ...]) -> set[int]:
    """Where a Vietnamese article's lines in English are asides (a caption, a quoted post), not read:
    never on a page with three of them or more, a lesson in English, nor a numbered item among
    numbered items ("1. Discuss both views" / "2. What are the benefits ...?")."""
    found = [i for i, block in enumerate(blocks) if in_english(block)]
    if len(found) >= _LESSON_LINES:
        return set()

    def numbered(j: int) -> bool:
        return 0 <= j < len(blocks) and _NUMBERED_ITEM.match(blocks[j]) is not None

    asides = {i for i in found if not (numbered(i) and (numbered(i - 1) or numbered(i + 1)))}
    # a paper's abstract in English goes with its heading over it and its keywords under it
    headed = {i - 1 for i in asides if i > 0 and blocks[i - 1].strip(" :").lower() in ("abstract", "summary")}
    keyed = {i + 1 for i in asides if i + 1 < len(blocks) and _ENGLISH_KEYWORDS.match(blocks[i + 1])}
    return asides | headed | keyed


_ENGLISH_KEYWORDS = re.compile(r"(?i:key\s?words?)\s*:\s*[\x00-\x7f]+$")


_LESSON_LINES = 3
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s")
_BRACKETED_ENGLISH_WORDS = 4
_MIXED_ENGLISH_WORDS = 10


_SIDEBAR_BLOCKS = 12
_SIDEBAR_LABEL_WORDS = 6
_SIDEBAR_TRAIL_WORDS = 12  # or its trail, "Hỗ trợ kỹ thuật » Tin chăn nuôi"


def drop_sidebar_over_counter(d: Draft) -> Draft:
    """A portal's sidebar printed over the article: its boxes' labels ("Danh Mục", "Video Tư Liệu
    kỹ Thuật", "Thống Kê Truy Cập"), its visit counter and the section label under it ("Kỹ Thuật
    KNKN"), none of them a sentence, go; the article's title under them stays."""
    top = d.blocks[:_SIDEBAR_BLOCKS]
    counted = [i for i, b in enumerate(top) if VISIT_COUNTER.fullmatch(b)]
    if not counted or any(ends_sentence(b) for b in top[: counted[-1]]):
        return d
    end = counted[-1] + 1
    rest = d.blocks[end:]
    if (
        len(rest) > 2
        and words(rest[0]) <= (_SIDEBAR_TRAIL_WORDS if re.search(r"\s[»›>]\s", rest[0]) else _SIDEBAR_LABEL_WORDS)
        and not ends_sentence(rest[1])
        and ends_sentence(rest[2])
    ):
        end += 1  # "Kỹ Thuật KNKN" over "<title>" over its text: the section's label
    return dataclasses.replace(d, blocks=d.blocks[end:])


# "Tuyệt vời! Dưới đây là bài blog chuẩn SEO ... kèm theo các yêu cầu chi tiết của bạn.": a chatbot's
# answer pasted above the article it wrote; "```html": its code fence
CHATBOT_PREAMBLE = re.compile(
    r"(?:(?:Tuyệt vời|Chắc chắn rồi|Được thôi|Dĩ nhiên|Tất nhiên)\s*[!.,]\s*)?(?:Dưới đây là|Sau đây là|Đây là)\s"
    r"[^\n]{0,200}?\b(?:bài (?:viết|blog)|đoạn văn)\b[^\n]{0,300}?(?:chuẩn SEO|tối ưu hóa|của bạn\W*$)[^\n]{0,300}"
)
CODE_FENCE = re.compile(r"(?:[“\"]`|`{2,3})\s*(?:html|markdown|md)?")
# "Video hướng dẫn quy trình ủ rơm ...", "Video buổi lễ": a video's title where the page shows the video
# ("Video liên quan" heads a box of links, which goes with it)
VIDEO_TITLE = re.compile(
    r"(?:Video|Clip)\s+(?!(?:liên quan|khác|nổi bật|mới|xem nhiều|đề xuất|cùng|hot)\b)[a-zà-ỹđ][^\s.!?:]*"
    r"(?:\s+[^\s.!?:]+){1,20}"
)
# "Chuyên đề: Hướng dẫn sử dụng", "Chuyên đề 1: Đặc điểm ... như thế nào?": a site's series label, a
# link to one of its articles
SERIES_LABEL = re.compile(r"(?i:chuyên đề)\s*:\s*[^.!?]{3,80}|(?i:chuyên đề)\s+\d{1,2}\s*:\s*[^.!?]{3,120}\?")


# "Đơn vị tổ chức - Organizer", "Báo Giao thông - Traffic Newspaper": a bilingual page's line, its
# Vietnamese, a dash, and the same in English
_DASHED_PARTS = re.compile(r"\s+[-–]\s+")
_BILINGUAL_LINES = 3


def _english_tail(block: str, bilingual: bool) -> str | None:
    """What `block` says in Vietnamese, less its English half after a dash (most of its words no
    Vietnamese syllable; on a page known to be bilingual, one such word is enough); None if none."""
    parts = _DASHED_PARTS.split(block.rstrip(" .,:"))
    marked = [i for i, part in enumerate(parts) if not part.isascii()]
    if not marked or marked[-1] == len(parts) - 1:
        return None
    tail = re.findall(r"[^\W\d_]+", " ".join(parts[marked[-1] + 1 :]).lower())
    foreign = sum(not is_syllable(t) for t in tail)
    if not (foreign and bilingual) and (len(tail) < 2 or foreign * 2 <= len(tail)):
        return None
    end = block.rstrip()[-1:]
    return " - ".join(parts[: marked[-1] + 1]) + (end if end in ".:" else "")  # "... Quốc gia." keeps its stop


def drop_english_halves(d: Draft) -> Draft:
    """On a bilingual page (three lines or more "Đơn vị tổ chức - Organizer"), each line is read in
    Vietnamese only: its English half after the dash goes ("Báo Giao thông - Traffic Newspaper")."""
    if sum(_english_tail(b, False) is not None for b in d.blocks) < _BILINGUAL_LINES:
        return d
    halved = {b: _english_tail(b, True) or b for b in d.blocks}
    listed = frozenset(halved.get(b, b) for b in d.listed)  # a list's item stays one
    return dataclasses.replace(d, blocks=tuple(halved[b] for b in d.blocks), listed=listed)


_MENU_OVER_TITLE = 3
_MENU_ITEM_WORDS = 8


def drop_menu_over_repeated_title(d: Draft) -> Draft:
    """ "Sửa chữa Robot đồ chơi công nghệ" / "Sửa chữa Robot dân dụng" over a title the page prints
    again under it (its picture's text and caption): the site's menu, two items or three, goes and
    the title heads the page (one short line over it is a section's label, left to the header); a menu of the page's
    parts (`_without_parts_menu`) goes too."""
    blocks = _without_parts_menu(d.blocks)
    for k in range(2, min(_MENU_OVER_TITLE, len(blocks) - 1) + 1):
        menu = all(not ends_sentence(b) and words(b) <= _MENU_ITEM_WORDS for b in blocks[:k])
        menu = menu and blocks[k] not in blocks[:k] and blocks[k][:1].isupper()
        if menu and not ends_sentence(blocks[k]) and blocks[k] in blocks[k + 1 : k + 5]:
            return dataclasses.replace(d, blocks=blocks[k:])
    return dataclasses.replace(d, blocks=blocks)


def _without_parts_menu(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """ "BẢO VỆ RỪNG" / "QUẢN LÝ – ... RỪNG" / "NHÌN RA THẾ GIỚI" / "BẢO VỆ RỪNG" / its text: three lines in capitals
    or more near the top, the first printed again right under them, name the page's parts; the part's heading stays."""
    for start in range(min(_PARTS_MENU_TOP, len(blocks))):
        end = start
        while end < len(blocks) and blocks[end].isupper() and words(blocks[end]) <= _PARTS_MENU_WORDS:
            end += 1
        again = next((j for j in range(start + _PARTS_MENU_ITEMS, end) if blocks[j] == blocks[start]), 0)
        if again:
            return blocks[:start] + blocks[again:]
    return blocks


_PARTS_MENU_ITEMS = 3
_PARTS_MENU_WORDS = 10
_PARTS_MENU_TOP = 8
_MENU_UNDER_TITLE = 7
_MENU_LABELS = 2
_MENU_OTHERS = 2


def drop_menu_under_title(d: Draft) -> Draft:
    """ "TIN TỨC" / "Bảng giá máy bơm" / "Tin Tức" / "TIN TỨC" between the title and the first
    paragraph: the site's menu, its sections named twice or more and an item or two among them,
    short and unstopped; none of it is read."""
    blocks = d.blocks
    end = 1
    while end < min(len(blocks) - 1, _MENU_UNDER_TITLE) and not ends_sentence(blocks[end]):
        end += 1
    run = blocks[1:end]
    labels = sum(menu_label(b) in P.SECTIONS for b in run)
    others = [b for b in run if menu_label(b) not in P.SECTIONS]
    if labels < _MENU_LABELS or len(others) > _MENU_OTHERS or any(words(b) > _MENU_ITEM_WORDS for b in others):
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[end:]))


# "Vietmarathoners Team": a picture's credit, the site's team, on a line of its own
TEAM_CREDIT = re.compile(r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\s[Tt]eam")
# "... sinh viên.DSC06921": a camera's name for a lost picture glued to the last sentence; "... thay cho
# “maximalist”.Distance III_weight copy": a picture's file name, its words parted by "_", glued on
GLUED_CAMERA_NAME = re.compile(
    r"(?<=[.!?…])\s*(?:DSC[NF]?|IMG|DJI)[_-]?\d{3,}$|(?<=[.!?…])[A-Za-z][\w ]{0,40}_[\w ]{1,40}$"
)
# "... phối hợp tổ chức. fac60bbdf7417fc2a20011d8b9b93e09": a file's hash a page printed after the text; a line of
# them alone ("00d2ee924055840bdd44", "Bfa37b4104a1daff83b0" capitalised): pictures' hashed names; a social
# network's photo name, its underscores lost ("346147976 1685069898624645 6752475204400128461 N")
HASHES = re.compile(
    r"(?:\s+|^)(?:(?=[0-9A-Fa-f][0-9a-f]*[a-f])(?=[0-9A-Fa-f][0-9a-f]*\d)[0-9A-Fa-f][0-9a-f]{15,63}"
    r"|\d{6,20}(?:\s\d{12,20}){2}\s[nN])(?=\s|$)"
)


# "Hội trường A – Tầng 2 (xem bản đồ)": a link's words in brackets inside a line; "... lối sống ... xem thêm...không
# hợp lí": a summary's expander between its two halves
_BRACKETED_LINK = re.compile(
    r"\s*\((?i:xem|bấm|nhấn|click)\s+(?i:bản đồ|video|clip|ảnh|thêm|chi tiết|tại đây)\)"
    r"|(?<=\w) ?(?:\.{3}|…) ?xem thêm ?(?:\.{3}|…) ?(?=[a-zà-ỹđ])"
    # "... hỏng hoàn toàn (xem chi tiết tại bài:": a pointer whose link the next line held, alone at the end
    r"|\s*\((?i:xem|tham khảo|đọc)(?: thêm| chi tiết)?(?: tại| ở)?(?: bài(?: viết)?)?\s*:?\s*$"
)


def without_inline_links(text: str) -> str:
    """A line without the links' words inside it: "(xem bản đồ)" and a closing "(xem chi tiết tại bài:" go, "... xem
    thêm..." leaves a space."""
    return _BRACKETED_LINK.sub(lambda m: " " if "xem thêm" in m[0] else "", text)


# "Danh sách 75 dự án đoạt giải ... xem TẠI ĐÂY": a line that points to a linked document
LINK_POINTER = re.compile(  # and "Xem chi tiết: <a title>?", a link to a page by its title
    r"[^.!?]{0,200}\b(?i:xem(?: chi tiết| đầy đủ)? (?:tại|ở) đây)\s*[.!:…]*"
    r"|(?i:xem chi tiết|xem thêm)\s*:\s*[^.!]{5,150}\??"
)
