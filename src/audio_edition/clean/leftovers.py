"""What a page leaves in a scrape that is no text at all: pictures' file names and unmarked
alternative text, the page's clock ("9 giờ trước"), a video player's fallback text, a link's
text ("... tại đây") and address."""

from __future__ import annotations

import dataclasses
import re

from ..text.legacy import is_syllable
from . import patterns as P
from .alt_text import (
    alt_text_line,
    alt_then_title,
    captioned,
    heading_pair,
    lone_small_line,
    picture_text_beside,
    unmarked_alt,
)
from .caption_echoes import echoes_the_heading
from .draft import Draft, ends_sentence, menu_label, words
from .page_lines import (
    ALT_TWICE,
    CHATBOT_PREAMBLE,
    CODE_FENCE,
    COMMENT_LINK_TAIL,
    GALLERY_HEADING,
    GALLERY_LINE,
    GALLERY_POINTER,
    GLUED_CAMERA_NAME,
    HASHES,
    HERE_LINK,
    LINK_POINTER,
    LISTING_CARD,
    MEMBER_RANK,
    MENU_ROW,
    NAME_THEN_DASH,
    OTHER_LANGUAGE,
    PHOTO_COPYRIGHT,
    PICTURE_BELOW,
    PICTURE_LABEL,
    READING_TIME,
    RELATED_SERIES,
    SERIES_LABEL,
    SIZED_ALT_TEXT,
    SLOGAN,
    SLUG_LINE,
    SLUG_TAIL,
    TEAM_CREDIT,
    TOPIC_MENU,
    UPDATED_ON,
    VIDEO_POINTER,
    VIDEO_TITLE,
    VIEWS_STAMP,
    VISIT_COUNTER,
    english_asides,
    gallery_item,
    gallery_pointer_apart,
    names_picture_above,
    title_again,
    uncaptioned_slugs,
    without_glued_pictures,
    without_inline_links,
)
from .wordlists import word_list

# "✚ Đăng ký 6686 ✍ Đăng nhập 6686": a betting site's buttons, their icons and its brand's number
_ICONS_AND_BRAND_NUMBERS = re.compile(r"(?:[\u2190-\u2BFF\U0001F000-\U0001FAFF]|(?<!\S)\d{2,11}(?!\S))\s*")
_FILE_NAME = re.compile(  # do-hoa-de-nghi-ho-tro, tu-dam-pagoda_700_0; a camera's IMG_6618-1, DSC_0231; terrarium-2
    r"[a-z0-9]+(?:-[a-z0-9]+){3,}|[a-z0-9]+(?:-[a-z0-9]+)+(?:_\d+)+|[a-z]{3,}(?:-\d{1,3}){1,2}"
    r"|(?:IMG|DSC|DSCN|DCIM)_?\d{3,}(?:-\d+)?"
)
_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?:,? [a-z0-9]+)+")  # goi ho tro dich covid; "domain, domain name"
# "VAJ bia phan boi chau": a picture's alternative text, the subject's initials then unmarked words; "Ho chieu gan chip"
_CAPPED_ALT_TEXT = re.compile(r"[A-Z]{2,6} [a-z0-9]+(?: [a-z0-9]+){2,}|[A-Z][a-z]+(?: [a-z0-9]+){3,}")
_PICTURE_NAME = re.compile(
    r"[A-Za-z0-9.]+(?: [A-Za-z0-9.]+)* anh \d{1,2}(?: ?Phóng to)?"
)  # ... anh 1Phóng to: its zoom
# "Tay Ninh trao qua trung thu_1", "Lang VH dong hoi 2017 2": a picture's name, unmarked words, a number
_NUMBERED_PICTURE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){2,}(?: (?:19|20)\d\d)?[ _]?\d{1,3}")
_PICTURE_LABELS = (PICTURE_LABEL, _NUMBERED_PICTURE)  # "đ2", "Lang VH dong hoi 2017 2": the caption under it
# "h1", "h4   h9   h8", "c", "img": pictures' placeholders, a letter or two and a number each, or the tag's name
_PICTURE_PLACEHOLDERS = re.compile(r"(?:[a-zđ]{1,2}\d{1,2}|[a-z]|img|image)(?:\s+[a-zđ]{1,2}\d{1,2}){0,5}")
_GREETING_WORDS = 30  # "Chào mừng bạn đến với ...!" (half this at most) opening a paragraph: the greeting alone goes
# "bar01", "slide_2": a page's box, named in its code; "~~Ω~~": a Greek letter alone on a line, an
# ornament; a forum poster's handle alone over the post ("cchessfan"); a path ("/giuse_hieu")
_SLOT_NAME = re.compile(r"[a-z]{2,8}[_-]?\d{1,3}|\W*[\u0370-\u03ff]\W*|[a-z][a-z0-9_.]{5,29}|/[\w.-]+(?:/[\w.-]+)*")
# "... ai cũng biết làm món bánh này Smile Tuy nhiên, ...": an editor's smiley, its name left in the text
_SMILEY = re.compile(
    r"(?<=[a-zà-ỹđ]) (?:Smile|Laughing|Surprised|Wink|Cool|Cry|Frown|Undecided|Embarr?assed|Kiss|Sealed|Yell|Innocent"
    r"|Tongue out|Money mouth|Foot in mouth)(?= [A-ZĐÀ-Ỹ]|\s*$)"
)
# "... Tháng 2: ... Xem thêm: Top những cây mai vàng đẹp nhất việt nam Tháng 3: ...": a link's title
# inside a paragraph, in small letters up to the next capital
_INLINE_LINK = re.compile(
    r"(?<=[.!?] )(?:Xem thêm|Bài viết liên quan|Đọc thêm|Tham khảo thêm|Tham khảo|Xem ngay)\s*:\s+"
    rf"[^\s.!?:]+(?:\s+[{P.LOWER}\d][^\s.!?:]*)+\s+(?=[{P.UPPER}])"
    r"|^[A-Za-z][\w-]*\.(?:com|vn|net)(?=\d{1,2}[.)]\s)"  # "Klook.com1) Hộ chiếu:": a link glued to the item
    r"|(?<=[.!?]) (?:Tham khảo|Xem) [^.!?]{3,60} tại đây\.$"  # "... Tham khảo cách nhồi bột tại đây.": the link
    r"|^[^.!?]*\bTừ khóa gốc:[^!?]*?\.\s+(?=[A-ZĐÀ-Ỹ])"  # "Hình ảnh ... – Từ khóa gốc: a.jpg, b. Ở làn da ...": alt
    r"|\s*[←⇐→⇒]\s*(?:Xem|Đọc|Tham khảo)\b[^.!?←⇐→⇒]{0,40}$"  # "... UBND cấp huyện ← Xem hướng dẫn": a link's arrow
)
# "... trơ cành khẳng khiu. mua bán mai vàng. Đây là ...": a link's words in small letters between two
# sentences, every word in small letters (never "iPhone 15 ra mắt.")
# "Video hướng dẫn tự thay bộ lọc gióTin tốt là ...": a video's label glued to the sentence after it
_GLUED_VIDEO_LABEL = re.compile(rf"^(?:Video|Clip)\s[^.!?:]{{5,80}}?[{P.LOWER}](?=[{P.UPPER}][{P.LOWER}])")
_LOWER_ANCHOR = re.compile(rf"(?<=[{P.LOWER}]{{2}}[.!?]) [{P.LOWER}]+(?: [{P.LOWER}]+){{1,5}}\.(?= [{P.UPPER}])")
# "(Wikipedia)", "(Sưu tầm)", "(ĐC sưu tầm trên NET)" alone on a line: where it was copied from; "Hình ảnh minh họa
# vua ...", "Hình ảnh Nhà thờ Họ Chử tại ...", "Hình ảnh cây cảnh bonsai": a picture's caption, naming what it shows
_COPIED_FROM = re.compile(
    r"\((?i:wikipedia|(?:[a-zđ]{1,4} )?sưu tầm(?: trên mạng| trên net| từ internet| trên internet)?|internet|st)\)\.?"
    r"|(?:Hình ảnh|Hình|Ảnh) minh h[ọo]a\s(?:cho bài viết:[^.!?]{3,300}|[^.!?]{3,150})\.?"
    r"|Hình ảnh (?:của|về) [^.!?:]{3,80}|\.(?i:docx?|pdf|pptx?|xlsx?)"  # a gallery's title; a file's type alone
    r"|Hình ảnh (?:(?:tại|ở|bên trong|bên ngoài|toàn cảnh) )?(?:[A-ZĐ]\w*|cây|chiếc|con|ngôi|các|những|buổi|lễ|khu)\b"
    r"(?:(?!\s(?:là|đã|được|bị|đang|sẽ|cho thấy|khiến|làm|có)\s)[^.!?:;]){0,100}\.?"  # "Hình ảnh cây cảnh bonsai"
)
# "... mp3, bấm để tải xuống:", "(Tag: may thoi khi)", "Nếu ..., hãy xem ngay: Cách sửa ...", "... mắt. trong-dau-1":
# a download link's sentence, a page's tags, a see-also sentence, a picture's file name
_DOWNLOAD_SENTENCE = re.compile(
    r"(?:(?<=[.!?:] )|^)[^.!?]{0,120}\bbấm để tải xuống\s*:?$|\s*\bTag:\s*[A-Za-z0-9 ]+$"
    rf"|(?:(?<=[.!?] )|^)[^.!?]{{0,120}}\b(?:xem ngay|xem thêm|đọc thêm)\s*:\s*[{P.UPPER}][^.!?:]{{5,100}}\.?$"
    rf"|(?<=[.!?] )(?:Xem thêm|Đọc thêm|Tham khảo thêm) [{P.UPPER}][^.!?:]{{5,100}}$"  # "Tham khảo thêm Các loại ..."
    r"|(?<=[.!?]) (?:[a-z0-9]+(?:-[a-z0-9]+){3,}|:[a-z_]{3,20})$"  # and a forum's smiley code, "Xin cảm ơn. :gathering"
)
# "Tiểu luận: Tuyển dụng nhân viên bán hàng pptx": a document library's title, its file's type after it
_FILE_TYPE_TAIL = re.compile(r"(?<=[^\W\d_]) (?:pptx?|docx?|pdf|xlsx?)$")
# "Pages: 1 2 3 4 5 ...": a list's pager
_PAGER = re.compile(
    r"(?i:pages?|trang)\s*:?\s*(?:\d{1,4}\s+){2,}\d{1,4}\s*|(?:Trang|Page) \d{1,4}"  # a viewer's "Trang 2" too
    r"|(?:[«‹<]+\s*(?i:first|prev|đầu|trước)?\s*)?(?:\d{1,4}\s+){2,}\d{1,4}\s*[>›»]+\s*(?i:last|next|cuối|sau)?\s*[›»]?"
    r"|\d{1,4} (?i:pages?) V?\s+(?:\d{1,4}\s+)+[>›»\s]*|(?:(?:Phần|Kỳ) \d{1,2}\s*){2,}"  # "Phần 1Phần 2Phần 3": parts
)  # "Trang: 1 2 3", "< 1 2 3 4 > Last ›", a forum's "4 Pages V 1 2 3 > »"
# "Sự lựa chọn hàng đầu về kim cương ... ✓ Kim cương tự nhiên 100% ✓ ...": a shop's tagline, its points ticked
_TICKED_PROMO = re.compile(r"(?:[^✓✔]*[✓✔]){2,}[^✓✔]*")
# image_gallery.jpg, "Media/90_QuynhBao/FolderFunc/202309/Images/5-20230926081159-e.jpg", "m-lo-xo-1(1).jpg"
_MEDIA_FILE = re.compile(r"[\w./()~^%+-]+\.(?:jpe?g|png|gif|webp|svg|mp4|webm)", re.IGNORECASE)  # "^3AA…^pimgpsh.jpg"
# "f2b305e1a414774a2e05-edited-1690977033796-..._result": an uploaded picture's name, no extension
# (a row of them, one per picture of a gallery, too)
_UPLOAD_TOKEN = r"(?=[\w-]{30,}(?!\S))(?=(?:[^\d\s]*\d){10})[\w-]+"
_UPLOAD_NAME = re.compile(rf"{_UPLOAD_TOKEN}(?:\s+{_UPLOAD_TOKEN})*")
# "chan nuoi bo" / "Ông ... giới thiệu cặp bồ câu bố mẹ.": a picture's unmarked alternative text, and
# under it the picture's caption, one short sentence
_ALT_CAPTION_WORDS = 20
_TWO_SENTENCES = re.compile(r"[.!?]\s+[A-ZĐÀ-Ỹ]")
# "New member" over "sưu tầm được bài viết ...": a forum's rank the scrape joined to the post under it
_RANK_OVER_TEXT = re.compile(rf"(?:{MEMBER_RANK.pattern})\s+(?=[{P.LOWER}]\S*(?:\s+\S+){{2}})")
# "... 114.500 đồng/kg. Ảnh minh họa / Vietnam+ Giá cà phê ...": a picture's credit left between two sentences
_INLINE_ILLUSTRATION = re.compile(
    r"(?<=[.!?…])\s+(?:Ảnh|Hình) minh h(?:ọa|oạ)\s*/\s*[\w.+]+\s+(?=[A-ZĐÀ-Ỹ]\S*(?:\s+\S+){4})"
    r"|^Logo header\s+"  # the site's logo, its picture's text glued to the paragraph under it
)
# "Trang 1CHƯƠNG II", "1. 3 PHẦN I: ...": a document viewer's page number over the text it shows
_PAGE_MARKER = re.compile(r"^Trang \d{1,4}(?=[A-ZĐÀ-Ỹ]{2})|^(?:\d+\.\s+)?\d+\s+(?=(?:PHẦN|CHƯƠNG|MỤC) [IVX]{1,4}\b)")
# "## hantt.163": a user name set as a heading
_HANDLE_HEADING = re.compile(r"#{1,6}\s+[a-z0-9_.-]*[._\d][a-z0-9_.-]*")
# "le-thanh-that-cao-daiMột buổi lễ Thánh Thất Cao Đài": a picture's file name glued to its caption
_SLUG_CAPTION = re.compile(
    r"[a-z0-9]+(?:-[a-z0-9]+){2,}[A-ZĐÀ-Ỹ][^.!?]{0,100}"
    r"|[a-z0-9]+(?: [a-z0-9]+){4,} [A-ZĐÀ-Ỹ][^.!?]{0,100}"  # "huong dan dang ky ... online Cách đăng ký ...": spaced
)
# "каталог мультфильмов 2010": a line in Cyrillic a hacked page carries; "[ Cập nhật vào ngày
# (18/11/2019) ]": a page's update stamp in brackets
_CYRILLIC_LINE = re.compile(r"(?=(?:[^\u0400-\u04ff]*[\u0400-\u04ff]){6})[\u0400-\u04ff\s\d.,:;!?()-]+")
# "0/5 - (0 bình chọn)", "(5/5 - 770 đánh giá)": a page's star rating and its count of votes
_RATING = re.compile(r"\(?[\d.,]{1,3}\s?/\s?5\s*[-–]?\s*\(?\s*\d+\s*(?i:bình chọn|lượt đánh giá|đánh giá|votes?)\s*\)")
_UPDATE_STAMP = re.compile(r"\[\s*(?i:cập nhật)[^\]]{0,60}\]")
# "web nhà cái cá độ bóng đá uy tín ...": a gambling site's line a hacked page carries
_GAMBLING_SPAM = re.compile(r"(?i:(?:web|link|trang|top)\s.*\bnhà cái\b[^.!?]*)")
# "... thay cho “maximalist”.Distance III_weight copy": a picture's file name, its words parted by "_", glued on
# "... làm lễ tại đình z4303512452292_3206bc8c.jpg": a picture's file name a scrape joined to its caption
_GLUED_MEDIA_FILE = re.compile(r"\s\S+\.(?:jpe?g|png|gif|webp)$", re.IGNORECASE)
_FILE_CAPTION_WORDS = 25
_UNDER_FILE_WORDS = 35  # an unstopped line under a picture's file name is its caption, however long
_STOPPED_CAPTION_WORDS = 15  # and one short sentence ("517A6662.JPG" / "Các tay vợt ... tham dự giải.")
# "DSC00117", "IMG_2045 IMG_2046": a camera's names for the pictures a page lost
_CAMERA_FILES = re.compile(r"(?:(?:(?:DSC[NF]?|IMG|DJI|GOPR|MVI|VID)[_ -]?|P[_-]?)\d{3,}\s*)+")  # "IMG 4824" too
# "Nguồn Tin:" with nothing after it: the label of a credit the scrape lost
# "menu_WAR_haichau1portlet_INSTANCE_BKyHxt47kQOK": a page component's name in the code, a word of
# letters and digits joined by underscores
_CODE_NAME = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+){2,}")
_BARE_LABEL = re.compile(r"(?:nguồn tin|nguồn|tác giả|lượt xem|số lượt xem)\s*:", re.IGNORECASE)
# A link's text: "Xem chi tiết giá cà phê cập nhật liên tục tại đây", "Học cách ... tại đây nhé"
_LINK_TEXT = re.compile(
    r"(?:xem|đọc|học|tham khảo|bấm|nhấn|click|mời (?:bạn|quý vị|độc giả) (?:xem|đọc))\b[^.!?]{0,100}\b(?:tại|ở) đây"
    r"(?:\s+(?:nhé|nha))?\s*[.!:…]*",  # "Học cách câu cá lóc bằng mồi giả tại đây nhé"
    re.IGNORECASE,
)
# "Quý Vị thích xem tin tức & nghe Radio, xin hãy nhấn Links chữ màu đỏ dưới đây:", "Nhấn vô hàng
# chữ trên đầu Video sẽ đến nguồn gốc Youtube.": a blog's note on how to use its links
_CLICK_NOTE = re.compile(
    r"[^.!?]{0,80}\b(?:nhấn|bấm|click)(?:\s+(?:vô|vào))?\s+"
    r"(?:links?|hàng chữ|dòng chữ|đường dẫn|chữ màu|mục audio|mục video)\b[^.!?]{0,100}[.!:]?",
    re.IGNORECASE,
)
# A link's address scraped as a line: "/tin-tuc/tiem-bo-sung-vaccine", "source /tin-tuc/..."
# (and "Link đăng ký ghi danh: https://docs.google.com/...": a link and what it is for)
_PATH_LINE = re.compile(
    r"(?:link(?:\s+[^\s:]+){0,4}|source|nguồn|url)?\s*:?\s*(?:https?://\S+|/[\w.~%-]+(?:/[\w.~%-]+)+/?)",
    re.IGNORECASE,
)
# A page's view counter, "(Xem: 290)", "Lượt xem: 1.024"; a link to a video, "Xem Video: <its title>"
_COUNTER = re.compile(
    r"\d{1,6}(?: đ)?|\(\d{1,3}\)|['’]\d\d"  # "0", "1745", "1 đ" (a price): a count alone; "(1)", a page's
    # "00:00 Số lượt truy cập: 2667855", the site's visits; "Post: : 12", "( ) - Lượt xem: 1064" a post's
    r"|(?:\d{1,2}:\d{2}\s+)?(?i:số\s+)?(?i:lượt truy cập|lượt xem trang)\s*:?\s*\d[\d.,]*"
    r"|(?:\(\s*\)\s*[-–]\s*)?\(?(?:số\s+)?(?i:xem|lượt xem|view(?:s|ed)?|posts?)\s*:[\s:]*\d[\d.,]*(?:\s*lượt xem)?\)?"
    r"|\d(?:[\d.,]*\d)?\s+(?:câu trả lời|trả lời|bình luận|lượt (?:thích|chia sẻ|xem|tải)|xem|đọc|comments?|đánh giá)"
    r"\s*:?(?:\s*[-–|]\s*(?i:posted on|đăng lúc|đăng ngày|đăng vào))?"  # "214 lượt xem - Posted on"
    r"|[^.!?]{0,40}(?:\b|(?<=năm))(?:bình luận|phản hồi)\s*(?::?\s*\d[\d.,]*|[·•]\s*[\d.]+\s*lượt xem)"  # "Phản hồi: 1"
    r"|tối đa\s*:?\s*\d[\d.,]*\s*ký tự"  # "Tối đa: 1500 ký tự": a comment box's limit
    r"|bạn còn \d+\s*/\s*\d+ ký tự|bạn vui lòng nhập từ \d+ ký tự trở lên\s*!*"  # and what it counts
    r"|\d+ ?giây nữa\.?",  # "Xin hãy đợi" / "60 giây nữa.", "60giây nữa.": how long before the next comment
    re.IGNORECASE,
)
_ORIGINAL_LINK = re.compile(r"(?i:xem (?:bản|bài) gốc(?: tại đây)?)\.?")
_VIDEO_LINK = re.compile(r"(?:xem|mời xem|mời quý vị xem)\s+(?:video|clip)\s*:.{0,160}", re.IGNORECASE)
_TIME_AGO = re.compile(  # "1 năm trước vnews.gov.vn", "2 tháng 2 tuần trước": when a copy was taken, from where
    r"(?:Đăng |Trả lời )?(?:\d{1,2} (?:giây|phút|giờ|ngày|tuần|tháng|năm) ?){1,2}trước(?: [\w-]+(?:\.[\w-]+)+)?", re.I
)
# A web app's notice glued to the last sentence it showed: "... tấn).Looks like your connection
# to DDVT was lost, please wait while we try to reconnect."
_APP_NOTICE = re.compile(
    r"\s*(?:Looks like your connection to .{1,40}? was lost, please wait while we try to reconnect\.?"
    r"|Attempting to reconnect to the server\.*|Could not reconnect to the server\.?(?: Reload the page\.?)?)",
    re.IGNORECASE,
)
# A video player's fallback and controls, scraped as text
_PLAYER_TEXT = re.compile(
    r"(?:your browser does(?: not|n't) support (?:the )?(?:video|audio)(?: tag| element)?|"
    r"trình duyệt (?:của bạn )?không hỗ trợ (?:video|âm thanh|audio|thẻ video)[^.]*|"
    r"(?:video|clip) (?:đang được tải|đang tải|không khả dụng)|"
    r"(?:bấm|nhấn|click) (?:vào )?(?:đây )?để (?:xem|phát) video|"
    r"hình ảnh có liên quan)\s*[.!…]*",  # an image search's label left where its picture stood
    re.IGNORECASE,
)
# "Bài viết được tư vấn Y khoa bởi BS ...", "... thực hiện bởi Dược sĩ ...": who checked or wrote a clinic's article
_REVIEWED_BY = re.compile(
    r"bài viết (?:được )?(?:tư vấn|tham vấn|kiểm duyệt|thẩm định|thực hiện|biên soạn)(?: chuyên môn)?(?: y khoa)?"
    r" bởi\s*:?\s*[^.!?]{2,200}\.?",  # "... bởi: Thạc sĩ ... | Nơi công tác: ...", with a colon too
    re.IGNORECASE,
)
# An embedded post's signature: "... pic.twitter.com/qxvFcNdZU2— Sahil Karoul (@KaroulSahil) September 4, 2020"
_POST_SIGNATURE = re.compile(
    r"(?:.*[—–-])?\s*[^()—–]{2,60}\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d{1,2},\s+\d{4}\s*"
)


def _english_title(text: str) -> bool:
    """ "Top 10 books 2023" opening the page: a title in English words, never a picture's text without its marks."""
    return any(not is_syllable(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", text))


def _without_embedded_posts(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """An embedded social post: its signature line, and the post's text above it when written
    without a single Vietnamese mark (the post quoted in its own language)."""
    drop = set()
    for i, block in enumerate(blocks):
        if _POST_SIGNATURE.fullmatch(block):
            drop.add(i)
            if i > 0 and all(ord(c) < 128 for c in blocks[i - 1]):
                drop.add(i - 1)
    return tuple(b for i, b in enumerate(blocks) if i not in drop)


def drop_file_names(d: Draft) -> Draft:
    """A picture's file name or alternative text scraped as a line: lower-case words without a diacritic, or ending "anh
    1" (ảnh 1), in an article that has them, and the caption under a file name it slugs to; a "9 giờ trước" line, the
    page's clock, an answer's; a video player's fallback text ("Your browser does not support the video tag"); a media
    file's name ("image_gallery.jpg"); a link's text ("Xem chi tiết ... tại đây", "(xem bản đồ)" inside a line), a
    blog's note on its links ("xin hãy nhấn Links chữ màu đỏ dưới đây"), a link to a video ("Xem Video: ..."); a link's
    address ("source /tin-tuc/..."); a view counter ("(Xem: 290)", "158 Xem"), the time a page takes to read ("17 phút
    đọc") and when it was last changed ("Cập nhật vào 16/02", "Sep 27, 2023"); a picture's copyright; a comment link
    after a title; what a page's buttons say (`data/widget_lines.txt`: "Lưu bài viết thành công"), and its controls
    alone on a line ("|In ra", "Đóng cửa sổ này": `data/account_labels.txt`, a betting site's "✚ Đăng ký 6686" too); an
    uploaded picture's name or path; a pointer to the pictures below ("Dưới đây là một số hình ảnh ..."); an image
    search's "Hình ảnh có liên quan"; a line in English in a Vietnamese article; an embedded social post, its signature
    and its text in another language; a web app's reconnect notice, even glued to a sentence; and who checked a clinic's
    article ("Bài viết được tư vấn Y khoa bởi BS ..."); a link to the original ("Xem bản gốc tại đây") in the second
    half ends the article, the site's other stories under it. Also: a camera's names for lost pictures ("DSC00117"), a
    gallery's pointer or caption ("Một số hình ảnh của đoàn.", closing a paragraph too), its heading ending in a colon
    with the captions under it, a pointer to a linked document ("... xem TẠI ĐÂY"), the sentence under an unmarked alt
    text; a caption with its file name glued; a picture's alternative text in small letters under the headline and the
    page's widgets (`alt_text_line`); a page's box named in its code ("bar01"), "(Wikipedia)" alone, an illustration's
    caption, a Greek letter alone, a forum poster's handle; a document's file type after its title ("... bán hàng
    pptx"); inside a paragraph, a smiley's name, a link's title after "Xem thêm:", a link's words in small letters
    between two sentences, a download link's sentence and a page's tags closing a paragraph; a gallery's title ("Hình
    ảnh của ..."), a file's type alone; a site's greeting opening a text."""
    patterns: tuple[re.Pattern[str], ...] = (
        READING_TIME,
        UPDATED_ON,
        CODE_FENCE,
        SERIES_LABEL,
        PHOTO_COPYRIGHT,
        SIZED_ALT_TEXT,
        _PLAYER_TEXT,
        _MEDIA_FILE,
        _LINK_TEXT,
        LINK_POINTER,
        _CLICK_NOTE,
        _PATH_LINE,
        _COUNTER,
        _VIDEO_LINK,
        VIDEO_POINTER,
        _REVIEWED_BY,
        _UPLOAD_NAME,
        GALLERY_POINTER,
        GALLERY_LINE,
        _BARE_LABEL,
        _CAMERA_FILES,
        _HANDLE_HEADING,
        _PAGER,
        _PICTURE_PLACEHOLDERS,
        _CODE_NAME,
        _GAMBLING_SPAM,
        _CYRILLIC_LINE,
        _UPDATE_STAMP,
        MENU_ROW,
        _RATING,
        _TICKED_PROMO,
        _COPIED_FROM,
    )
    vietnamese = any(ord(c) > 127 for b in d.blocks for c in b)
    if vietnamese:  # words without marks stand out
        patterns += (
            _FILE_NAME,
            _PLAIN_WORDS,
            _CAPPED_ALT_TEXT,
            _PICTURE_NAME,
            _NUMBERED_PICTURE,
            _TIME_AGO,
            _SLUG_CAPTION,
            _SLOT_NAME,
            TEAM_CREDIT,
            OTHER_LANGUAGE,
            VISIT_COUNTER,
            VIEWS_STAMP,
            SLUG_TAIL,
            HERE_LINK,
            ALT_TWICE,
            RELATED_SERIES,
            SLUG_LINE,
        )
    widgets = word_list("widget_lines.txt")
    kept: list[str] = []
    after_alt_text = after_file = in_gallery = dated = False
    small_alt = signed = ""
    cleaned = (
        without_inline_links(_PAGE_MARKER.sub("", _APP_NOTICE.sub("", b)))
        for b in (p for block in d.blocks for p in gallery_pointer_apart(_INLINE_ILLUSTRATION.sub(" ", block)))
    )
    blocks = _without_embedded_posts(tuple(cleaned))
    asides = english_asides(blocks)
    captioned_page = any(P.CAPTION_CREDIT.search(b) for b in blocks)  # "... Ảnh: Dũng Phương" under a picture
    for i, block in enumerate(blocks):
        text = block.strip()
        if ranked := _RANK_OVER_TEXT.match(text):  # "New member sưu tầm được ...": the rank joined to the post
            text = block = text[ranked.end() :]
        if i >= len(blocks) // 2 and _ORIGINAL_LINK.fullmatch(text):
            break  # "Xem bản gốc tại đây": the site's other stories follow, not the article
        # "... sinh viên.DSC06921": a camera's file name glued on; "... Để lại bình luận": a comment link
        text = HASHES.sub("", GLUED_CAMERA_NAME.sub("", COMMENT_LINK_TAIL.sub("", text)))
        if vietnamese:
            text = _LOWER_ANCHOR.sub("", _INLINE_LINK.sub("", _SMILEY.sub(".", _DOWNLOAD_SENTENCE.sub("", text))))
            text = _GLUED_VIDEO_LABEL.sub("", without_glued_pictures(text))
        block = text if text != block.strip() else block
        caption = (after_alt_text and not heading_pair(blocks[i : i + 3])) or captioned(
            small_alt, text, blocks[i + 1] if i + 1 < len(blocks) else ""
        )
        caption = caption and words(text) <= _ALT_CAPTION_WORDS and not _TWO_SENTENCES.search(text)
        caption = caption or (i > 0 and names_picture_above(text, blocks[i - 1]))
        # one short sentence under the file name, on a page whose pictures are captioned with their credit
        short = captioned_page and words(text) <= _STOPPED_CAPTION_WORDS and not _TWO_SENTENCES.search(text)
        unstopped = after_file and words(text) <= _UNDER_FILE_WORDS and (short or not ends_sentence(text))
        unstopped = unstopped and any(ends_sentence(k) for k in kept) and not P.NUMBERED_PART.match(text)  # "1.", "I."
        pointed = in_gallery or (i > 0 and PICTURE_BELOW.search(blocks[i - 1]) is not None)  # "như hình bên dưới"
        gallery = (GALLERY_HEADING.fullmatch(text) or GALLERY_POINTER.fullmatch(text)) is not None
        in_gallery = gallery or (pointed and gallery_item(text, i, blocks))
        if in_gallery:  # the gallery's heading ("Sau đây là các hình ảnh ...") and its pictures' captions
            continue
        after_alt_text = (  # not a banner, nor pictures' placeholders ("h2 h3") with no caption under them
            vietnamese and bool(kept) and _PLAIN_WORDS.fullmatch(text) is not None
        ) and not _PICTURE_PLACEHOLDERS.fullmatch(text)
        bare = vietnamese and unmarked_alt(text)  # "Cach trong nam Rom ...": a picture's text, its caption under it
        bare = bare and not (SLUG_LINE.fullmatch(text) and uncaptioned_slugs(blocks))  # "...-4" over a heading
        small_alt = text.lower() if bare or (vietnamese and lone_small_line(text, kept, blocks[i + 1 : i + 2])) else ""
        after_file = any(p.fullmatch(text) for p in (_MEDIA_FILE, _UPLOAD_NAME, _CAMERA_FILES, *_PICTURE_LABELS))
        if _GLUED_MEDIA_FILE.search(text):  # a picture's file name joined to the line before it
            after_file = True
            if words(text) <= _FILE_CAPTION_WORDS:
                continue  # "Các cụ làm lễ tại đình z4303...jpg": the picture's caption
            text = block = _GLUED_MEDIA_FILE.sub("", text)  # a paragraph keeps its text
        if unstopped:
            continue  # "Đình thờ làng Mộc Xá" under "z4303...jpg": the picture's caption
        text = block = _FILE_TYPE_TAIL.sub("", text) if words(text) <= _GREETING_WORDS else block
        greeting, *rest = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)  # "Chào mừng bạn đến với Nha Trang, ...": text
        if greeting.lower().startswith("chào mừng bạn đến với") and words(greeting) <= _GREETING_WORDS // 2:
            text = block = rest[0] if rest else ""  # "Chào mừng bạn đến với Trang thông tin điện tử ...": the line
        if i in (1, 2) and vietnamese and _TIME_AGO.fullmatch(text):
            dated = True  # "55 phút trước" under the first line: the article's title and its time
            if i == 2 and len(kept) == 2 and not ends_sentence(kept[0]):
                kept.pop(0)  # "Purple Allium Bông hẹ ..." / the title / "Đăng 7 năm trước": a sidebar's line over it
        if i < 3 and SLOGAN.fullmatch(text):
            continue  # the portal's banner over every page
        if i < 4 and (LISTING_CARD.match(text) or (len(kept) == 1 and title_again(text, kept[0]))):
            continue  # a classifieds card's line under the title, and the title again in Title Case or capitals
        if i < 5 and NAME_THEN_DASH.fullmatch(text) and not signed:
            signed = text.rstrip(" -–")  # "Hồng Duyên -" under the title: the writer, the byline
            continue
        if MEMBER_RANK.fullmatch(text):
            if kept and len(kept[-1].split()) == 1:
                kept.pop()  # "Ka0ri" over "New Member": the poster's handle over the forum's rank
            continue
        amid = len(kept) > 1 and kept[-2] in d.listed and any(ends_sentence(k) for k in kept[:-2])
        if kept and alt_then_title(kept[-1], text, amid):
            kept.pop()  # "Ác quy ô tô bị yếu" / "Ác Quy Yếu Cũng Là 1 Nguyên Nhân ...": a picture's alt text and title
            continue
        if text.lower().startswith(widgets) and kept and menu_label(kept[-1]) in _REPLY_LABELS:
            kept.pop()  # "Trả lời" over "Bạn phải đăng nhập để gửi phản hồi.": the comment form's heading
        nxt = blocks[i + 1] if i + 1 < len(blocks) else ""
        over_bullets = nxt in d.listed and block not in d.listed  # "camera ip và analog" over the list's "• ..."
        begun = any(ends_sentence(k) for k in kept)  # the text under its title
        if (
            not text
            or caption
            or any(p.fullmatch(text) for p in patterns if p is not _CAPPED_ALT_TEXT or i or not _english_title(text))
            or text.lower().startswith(widgets)
            or (i > 0 and blocks[i - 1].lower().startswith(_HOT_TOPICS) and TOPIC_MENU.fullmatch(text) is not None)
            or (vietnamese and i in asides)
            or " ".join(menu_label(_ICONS_AND_BRAND_NUMBERS.sub(" ", block)).split()).rstrip(".") in P.ACCOUNT_LABELS
            or (not kept and text.lower().rstrip(":") in _SUMMARY_LABELS)
            or _QUOTED_CAPTION.fullmatch(text) is not None
            or (bool(kept) and echoes_the_heading(text, kept[-1]))
            or alt_text_line(text, kept, i)
            or (vietnamese and lone_small_line(text, kept, blocks[i + 1 : i + 2]))
            or (vietnamese and begun and picture_text_beside(text, kept[-1], nxt, over_bullets))
            or bare
            or (i > 0 and VIDEO_TITLE.fullmatch(text) is not None)
            or (i < 3 and CHATBOT_PREAMBLE.fullmatch(text) is not None)
        ):
            continue
        kept.append(block)
    return dataclasses.replace(
        d, blocks=tuple(kept), dated_title=d.dated_title or dated, byline=d.byline or signed or None
    )


_REPLY_LABELS = frozenset({"trả lời", "phản hồi", "bình luận", "để lại bình luận", "gửi bình luận"})
_HOT_TOPICS = ("chủ đề nóng", "chủ đề hot", "chủ đề nổi bật")  # "Chủ đề nóng:" over a menu of topics
# “Bảng cách kiểm tra ắc quy yếu”: a table's or a picture's caption, alone in its quotes (“Biểu đồ ... là ...” defines)
_QUOTED_CAPTION = re.compile(r"[“\"](?:Bảng|Hình|Ảnh|Biểu đồ|Sơ đồ)\s(?![^”\"]*\slà\s)[^”\".!?]{3,120}[”\"]")


# "Executive Summary" over a page's opening summary: a label, never its headline
_SUMMARY_LABELS = frozenset({"executive summary", "summary", "abstract", "tóm tắt", "tóm lược", "tóm tắt nhanh"})
# "Q: Co giật do sốt có gây tổn thương não? A: Hầu hết ...": a page's questions and answers
_QUESTION = re.compile(r"(?:^|(?<=[.!?…])\s+)Q\s*:\s+(?=\S)")
_ANSWER = re.compile(r"(?:^|(?<=\?)\s+)A\s*:\s+(?=\S)")


def name_questions_and_answers(d: Draft) -> Draft:
    """An English page's "Q:" and "A:" before a question and its answer are read as a Vietnamese
    reader says them, "Hỏi:" and "Đáp:" (letters alone would be read "quy" and "a")."""
    blocks = []
    for i, block in enumerate(d.blocks):
        asked = _QUESTION.match(block) is not None
        if asked or (i > 0 and _QUESTION.match(d.blocks[i - 1]) and _ANSWER.match(block)):
            block = _QUESTION.sub(lambda m: m.group(0).replace("Q", "Hỏi", 1), block)
            block = _ANSWER.sub(lambda m: m.group(0).replace("A", "Đáp", 1), block)
        blocks.append(block)
    return dataclasses.replace(d, blocks=tuple(blocks))


_CELL_WORDS = 3
_MIN_TABLE_CELLS = 8
_NUMBER_CELL = re.compile(r"[\d.,%]+")


def drop_flattened_tables(d: Draft) -> Draft:
    """A table the scrape laid out one cell a line ("Giáo hạt", "Giáo xứ", ..., "Buôn Hô",
    "56.770", "21.273"): eight or more lines in a row of three words or fewer, none closing a
    sentence, a quarter of them or more figures. Read cell by cell it says nothing; it goes."""
    blocks = d.blocks
    drop: set[int] = set()
    run: list[int] = []
    for i, block in enumerate([*blocks, "."]):
        if i < len(blocks) and words(block) <= _CELL_WORDS and not ends_sentence(block) and not block.endswith(":"):
            run.append(i)
            continue
        figures = sum(bool(_NUMBER_CELL.fullmatch(blocks[k])) for k in run)
        if len(run) >= _MIN_TABLE_CELLS and 4 * figures >= len(run):
            drop.update(run)
        run = []
    return d if not drop else dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if i not in drop))
