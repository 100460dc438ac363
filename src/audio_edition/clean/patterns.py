"""Tables describing how Vietnamese news pages wrap an article in site chrome.

These are general layout facts (labels, caption and credit forms, agency prefixes), not
strings of any one page. The word lists are data files in `data/`: adding a site's label is
adding a line there.
"""

from __future__ import annotations

import re

from ..text.letters import LOWER, UPPER
from .wordlists import word_list

__all__ = ["LOWER", "UPPER"]

# Labels of contact and advertising boxes printed above or beside the article.
CONTACT_LABELS = word_list("contact_labels.txt")

# Headers of blocks that are not the article: related links, tags, comments, sharing, menus.
RELATED_HEADERS = word_list("related_headers.txt")

# A page's field label left alone on a line ("Mô tả" over a summary)
FIELD_LABELS = ("mô tả",)
# Account and navigation controls that a scrape of the page header leaves above the headline.
ACCOUNT_LABELS = word_list("account_labels.txt")

# "Địa chỉ: Số 12 - Phố ... - Hà Nội": the site's address over its first story
SITE_ADDRESS = re.compile(r"^(?:Địa chỉ|Trụ sở|Đ/c)\s*:\s*\S")
# A weather box in the page header: "Hà Nội 15 °C", "• Đà Nẵng Hà Nội 23°C", "| Hà Nội 34°C /57%"
# (with the humidity)
WEATHER_WIDGET = re.compile(r"^(?:[•·|]\s*)?[^\W\d_][^\d]{1,40}?\s-?\d{1,2}\s?°\s?C(?:\s*/?\s*\d{1,3}\s?%)?$")
# "30°C", "/ 27°C - 33°C": a weather box's temperatures, alone on their lines
TEMPERATURE = re.compile(r"^[/•·]?\s*-?\d{1,2}\s?°\s?C(?:\s*[-–]\s*-?\d{1,2}\s?°\s?C)?$")
# Text size controls: "aa", "A A", "A-", "A+", "A- A A+ | Tăng tương phản Giảm tương phản" (with the contrast's)
TEXT_SIZE_CONTROL = re.compile(
    r"^(?:a\s?a|a\s?[-+](?:\s?a\s?[-+]?){0,2}(?:\s?\|?\s?(?:tăng|giảm) tương phản)*"
    r"|(?:mặc định\s+)?(?:cỡ|kích thước) chữ(?:\s*[-+:]?\s*(?:a\s?[-+]?\s?)*)?"
    r"|font size"
    r"|loading\.*|đang tải\.*)$",
    re.IGNORECASE,
)  # "A+ A-", "A- A A+", "Mặc định Cỡ chữ"; a script's "loading...", which would join the headline above

# Section names that news sites print in menus and above articles.
SECTIONS = word_list("sections.txt")

# Lines at the very end of a page that invite the reader somewhere else.
TRAILING_INVITATIONS = re.compile(
    r"^\*?\s*(?:theo dõi(?!\s+(?:sau|sức khỏe|tình trạng|diễn biến|phản ứng|biểu hiện|thêm \d)\b)"
    r"|mời (?:quý )?(?:bạn đọc|độc giả)|tải ứng dụng|đăng ký nhận|quét mã|like fanpage"
    r"|bạn không thể gửi bình luận|xin (?:hãy |vui lòng )?(?:đợi|chờ) \d+ giây|vui lòng nhập tiếng việt"
    r"|(?:lên|về) đầu (?:trang|top)|bạn cần đăng nhập|(?:viết|gửi) bình luận|thông tin bạn đọc"
    r"|đóng\s+lưu thông tin|email của bạn sẽ không được hiển thị|các trường bắt buộc được đánh dấu"
    r"|để lại (?:một )?bình luận|bình luận bài viết|trả lời\s*$|[^.!?]{2,40}:\s*$)",
    re.IGNORECASE,
)  # a comment form ("Trả lời", "Email của bạn ...", "Xin hãy đợi 60 giây nữa."); a label whose content did not come;
# "Theo dõi" an invitation to follow the page, never advice to watch ("Theo dõi sau tiêm 24-48 giờ ...")

# ">> Hội nghị đánh giá ...", "» Xem thêm", ">Smartphone giá rẻ ...": a link to another story, set in
# the text ("> " with a space quotes a letter)
RELATED_LINK = re.compile(
    r"^\s*(?:(?:>>|»|>\s*>)\s*\S|>(?=[^\W\d_]))"
    r"|^\s*(?:[^\W\d_]+\s){0,3}[^\W\d_]+\s?[?:!]?\s*>{2,3}\s*\S"  # "Bạn có biết? >>> <title>": a teaser's words first
)
LONE_BULLET = re.compile(r"^\s*(?:[•·▪►▶▷▸●○■□◆◇§\-–—*]|o)\s*$")  # "o": a word processor's second-level bullet
BULLET = re.compile(
    r"^(?:[\s•·▪►▶▷▸●○■□◆◇☞➤➜➡§\-–—*\u23e9-\u23fa\u2600-\u27bf\U0001f300-\U0001f445\U0001f44a-\U0001faff\ufe0f]"
    r"|>(?!\s?=?\s?\d)|\+\)?(?=\s)|\+\)|[üØ\uf0a7\uf0d8\uf0fc](?=\s+[^\W\d_])|[uvnql](?=\s{2,}[A-ZĐÀ-Ỹ]))+(?=\S)"
)  # "+ Thu nhập ...", "+)Thứ nhất", "☞ Xem thêm", "§ Quạt ...", "🛡️ 2. Tuổi thọ ...", "⏱️ 15 phút đọc",
# "> Xem thêm" (never "> = 6.5%", a sign); a word processor's symbol-font bullets pasted as letters,
# "ü Chân: cứng", "Ø Bước 1" (never "Ø 350mm"),
# "u  Du học ..." (two spaces after the letter),
# never "👉 ...", a link

PHONE = r"(?:\+?84|0|1[89]00)[\d .\-]{6,14}\d"
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
URL = r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov\.vn|com\.vn)(?:/\S*)?"
CONTACT_ITEM = re.compile(rf"{EMAIL}|{PHONE}|{URL}|\d{{3,}}", re.IGNORECASE)

DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
TIME = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
# "Thứ ba", "Th 3", "T3", "CN": a day, written out or cut short
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|th\s?[2-7](?!\d)|t[2-7](?!\d)|chủ\s+nhật|cn)"
# "Thursday," over "29/10/2020": a theme's day in English
ENGLISH_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "Thứ sáu - 08/06/2018 00:001110": a page's view count may be glued to the clock
DATELINE = re.compile(
    rf"^(?P<prefix>.*?)[\s,|\-–(]*(?:{WEEKDAY}[\s,]*)?(?:ngày\s+)?(?P<date>{DATE})"
    rf"(?:[\s,|\-–]*(?:lúc\s+)?(?P<time>{TIME})\d{{0,7}})?\s*(?:[(\[]{{0,2}}\s*GMT\s*\+\s*7\s*[)\]]{{0,2}})?\s*\)?"
    r"(?:\s*[-–|]?\s*[\d.,]+\s*lượt (?:xem|đọc))?\s*$",  # "26/01/2026 16:20 5 Lượt xem": its views too
    re.IGNORECASE,
)
TIME_FIRST_DATELINE = re.compile(
    rf"^(?P<prefix>.*?)[\s,|\-–(]*(?P<time>{TIME})[\s,|\-–]*(?:{WEEKDAY}[\s,]*)?"
    rf"(?:ngày\s+)?(?P<date>{DATE})\s*(?:\(?\s*GMT\s*\+\s*7\s*\)?)?\s*\)?\s*$",
    re.IGNORECASE,
)
# "Cập nhật ngày", "Ngày đăng:", "Thời gian đăng:", a Q&A's "Ngày hỏi:" and "Ngày trả lời:", and
# "Ngày: 08/03/2012"
DATELINE_LABELS = re.compile(
    r"^(?:(?:đã )?cập nhật|ngày cập nhật|được đăng|đăng(?: vào)?|ngày đăng|thời gian đăng|thời gian cập nhật"
    r"|xuất bản|đăng lúc|ngày hỏi|ngày gửi|gửi lúc|gửi|ngày trả lời|ngày tháng(?=\s*:)|ngày(?=\s*:)|posted(?= *:)"
    r"|nguồn tin(?=\s*:))(?:\s+ngày)?\s*:?\s*"  # "Nguồn tin: Báo Đắk Nông, 17/02/2020": the source and its day
    r"|(?<=\d)\s+(?:mail|email|facebook|google|twitter|zalo|pinterest)(?:\s+[a-z]{2,10}){1,5}$",  # share buttons
    re.I,
)
# "15/04/2017 03:25Xe khách tông...": a scrape glued the time to the headline after it.
# "21/04/2024, 10:38Ngày ...", "Thứ ba 01/12/2020 5:02 PM GMT+7“Đoàn kết ...”" too
_HALF_DAY = r"(?:AM|PM|SA|CH)\b"  # "10:40AM | Lượt xem: 2019": the clock's half of the day, glued, no text
GLUED_DATELINE = re.compile(
    rf"^(?P<stamp>(?:(?i:{WEEKDAY})[\s,]*)?{DATE}\s*,?\s*{TIME}(?:\s*GMT\s*\+\s*7)?)(?=[“\"]?[A-ZĐÀ-Ỹ])(?!{_HALF_DAY})"
)
# "Ngày đăng: 24/11/2025Trung tâm ...": a labelled date glued to the text under it
GLUED_LABELLED_DATE = re.compile(
    rf"^(?P<stamp>(?i:ngày đăng|ngày cập nhật|cập nhật|đăng lúc|xuất bản)\s*:?\s*{DATE}(?:\s*,?\s*{TIME})?)"
    rf"(?=[A-ZĐÀ-Ỹ])(?!{_HALF_DAY})"
)
# "1. Triệu chứng ...", "2) ...": a numbered heading or item opening its line
# "Trước hết là ...", "Ngoài ra, ...": a line that goes on from the text before it, never a caption
CONNECTIVE = re.compile(
    r"(?i:trước hết|tuy nhiên|sau đó|đồng thời|ngoài ra|bên cạnh đó|theo đó|do đó|vì vậy|trong khi đó|"
    r"cuối cùng|thứ nhất|thứ hai|mặt khác|tiếp theo)\b"
)
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s")
NUMBERED_PART = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)]\s")  # "1. ...", "II. ...": a numbered heading
FIRST_PART = re.compile(r"^(?:1|I|A)[.)/]\s+\S")  # "1. Hình dáng", "I. Thông tin ...", "I/ SƠ LƯỢC ...": a first part
# "E5(5E)- Lỗi đường truyền ...", "F0 – Lỗi quạt ...": a code, a dash, what the code stands for (a list's item)
KEYED_ITEM = re.compile(r"[A-Z]{1,3}\d{1,3}(?:\([^()\s]{1,6}\))?\s*[-–—]\s*\S")
# "Bước 3: Chọn loại tài khoản ...", "Điều 1 Tên hợp tác xã.": a step, a rule's article, heading its line
STEP_LABEL = re.compile(r"(?:Bước|Phần|Cách|Giai [đĐ]oạn|Điều|Khoản|Mục|Chương|BƯỚC|PHẦN|GIAI ĐOẠN)\s+\d{1,2}\b")
# "PGS. TS. Nguyễn ...", "CEO ANH JIMMY", "Bác sĩ. Hoa Tấn Dũng": a writer's degree or post before the name
ACADEMIC_TITLE = re.compile(
    r"^(?:(?:PGS|GS|TS|ThS|Ths|THS|NCS|BS|LS|KS|CN)\.\s*)+|^(?:CEO|Founder|Co-founder|Bác sĩ\.)\s+"
)
GUIDE_TITLE = re.compile(r"(?:Kỹ thuật|Cách|Hướng dẫn)\s+\S+\s+\S")  # "Kỹ thuật ghép bơ": a guide's title, no label
# "Cách chọn ong mật giống", "Kỹ thuật bón phân": a how-to's heading, never a picture's caption
PART_OPENER = re.compile(
    r"(?:Tổng quan về|Giới thiệu về|Khái quát về|Các loại|Phân loại)\s"
)  # "Tổng quan về ...": a part
HOWTO_HEADING = re.compile(  # "Nguyên nhân gây bệnh ...": a guide's part, never a picture's caption
    r"(?:Cách|Kỹ thuật|Bước|Hướng dẫn|Lưu ý|Chuẩn bị|Lựa chọn|Nguyên nhân|Triệu chứng|Dấu hiệu|Biện pháp|Xác định"
    r"|Bí kíp|Bí quyết|Khắc phục|Cách khắc phục|Phòng ngừa|Phòng tránh)\s|" + PART_OPENER.pattern
)
# Format labels before a headline: "[Ảnh] ...", "Video: ...", "[Infographic] ...", a blog's "[Chi Tiết] ...".
FORMAT_LABEL = re.compile(
    r"^(?:\[(?:Ảnh|Video|Clip|Infographic|Podcast|Emagazine|E-magazine|Longform|Photo|Trực tiếp|Chi [Tt]iết)\]\s*"
    r"|(?:Video|Clip|Ảnh|Infographic|Podcast|Trực tiếp)\s*:\s*)",
    re.IGNORECASE,
)
# A page template's placeholder left in a scrape: "[links()]", "{{ads}}".
# Lines that hold no text: a template's placeholder, a picture in markdown ("![alt](url)", its
# address maybe bracketed itself: "...%20(1).jpg"), a video player's clock ("0:00 / 0:00")
PLACEHOLDER = re.compile(
    r"^(?:\[[\w().-]+\]|\{\{[\w().-]+\}\}|!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|0:00"
    r"|(?::[\w()/-]*)?\.(?i:png|jpe?g|gif|webp|svg)\)?|(?:#[^\W_]\w*\s*)+"  # ":quality(75)/1_f3.jpg)": a picture's
    r"|(?:#[^\W\d_][^\s#]*(?:\s[^\W\d_#][^\s#]*){0,3}){2,}"  # markup; "#alias #nvl", "#Cộng đồng#Kỳ thủ": tags
    # "[Hình ảnh đề xuất: ...]", "[Liên kết nội bộ đề xuất: ...]": a writer's note for the picture or link to put there
    r"|\[(?i:hình ảnh|ảnh|video|liên kết|link|chèn|image)\b[^\[\]]{0,200}\])$"
)
# "Thực hiện: H.HUY - H.P", "Bài và ảnh: Minh Anh", "Tin/Ảnh: GĐPT Việt Nam", "Tin bài/ảnh: Đoàn xã ...": who made
# the piece, at its end.
CREDIT_LINE = re.compile(
    r"^(?:Thực hiện|Bài|Bài (?:và|&) [Ảả]nh|Bài, ảnh|Bài/[Ảả]nh|Tin và [Bb]ài|Tin, bài|Tin và ảnh|Tin, ảnh|Tin/[Ảả]nh"
    r"|Tin ảnh(?=\s+[A-ZĐÀ-Ỹ][^:]*$)"  # "Tin ảnh Phương Chi": no colon after the credit
    r"|Tin/[Bb]ài|Tin bài/[Ảả]nh|Tin bài, [Ảả]nh|Nội dung|Ảnh|Video|Đồ họa|"
    r"Nhóm phóng viên|Phóng viên|PV|"
    r"Tác giả|Tác giả bài viết|Người đưa tin|Biên tập|Nguồn tin)(?:\s*:|\s+[-–]|(?<=Tin ảnh)\s)\s*"  # "Bài & Ảnh - Đỗ"
    r"(?P<names>[^!?]{2,60}?)(?:\.?/\.|\.)?$"  # "Tin và Bài: Phòng Dạy nghề./."
)

# "Trang chủ > Thời sự", "Trang chủ >THÔNG BÁO>BÀI TUYÊN TRUYỀN": arrows between words need no
# spaces, a slash or bar does; a line with markup's brackets ("</title><script>") only the spaced
BREADCRUMB_SEPARATOR = re.compile(r"\s+(?:/|\|)\s+|\s*[»›]\s*|(?<=[^\W\d_])\s*>\s*(?=[^\W\d_])|\s+>\s+")
SPACED_BREADCRUMB_SEPARATOR = re.compile(r"\s+(?:>|»|/|›|\|)\s+")


def crumbs_of(line: str) -> list[str]:
    """The parts of a breadcrumb trail, split at its separators."""
    separator = SPACED_BREADCRUMB_SEPARATOR if "<" in line else BREADCRUMB_SEPARATOR
    return separator.split(line)


# "... - Ảnh 1.", "Ảnh: mic.gov.vn", "(Ảnh: Minh Hà)", "Ảnh minh họa", "Video: ...".
CAPTION_NUMBERED = re.compile(r"(?:\s|(?<=[^\W\d_]))[-–]\s*(?:Ảnh|Hình|image)\s+\d+\.?\s*$", re.IGNORECASE)
# Where a person stands in a picture: "(thứ 2 từ phải qua)", "(bìa trái)", "(giữa)", "(phải)", or what
# they wear in it: "(áo xám)".
CAPTION_POSITION = re.compile(
    r"(?<!quả )\(\s*(?:thứ \w+ |người thứ \w+ )?(?:từ (?:trái|phải) (?:qua|sang)|bìa (?:trái|phải)"
    r"|(?:bên |đứng )?(?:trái|phải|giữa))\s*\)"  # never "quả (trái)": the fruit's other name
    r"|\((?:mặc |người mặc )?áo (?:xám|đỏ|xanh|trắng|đen|vàng|tím|nâu|cam|hồng|kẻ|sọc|khoác)[^()]{0,15}\)"
    r"|,\s*(?:bên trái|bên phải|đứng giữa)\s*,",  # "Nghị viên Ash Kalra, bên trái, Thị trưởng ..."
    re.IGNORECASE,
)
# "Nhà vườn cổ nhất Hà nội nhìn từ trên cao": a picture's viewpoint closing a line, its caption
CAPTION_VIEW = re.compile(
    r"\b(?:nhìn|chụp|ngắm) từ (?:trên cao|trên xuống|trên không|xa|flycam|máy bay|vệ tinh|drone)\s*$", re.IGNORECASE
)
# A link to the full story after a summary: "(Xem chi tiết)", ">> Xem thêm".
# A blog's excerpt: "... vốn cân đối ngân … Đọc tiếp <the post's title>"
EXCERPT_TAIL = re.compile(r"\s*(?:…|\.\.\.)\s*(?:Đọc tiếp|Xem tiếp|Read more)\b.*$", re.IGNORECASE)
READ_MORE = re.compile(
    r"\s*\(?\b(?:xem chi tiết|xem tiếp|xem thêm|đọc tiếp|chi tiết|continue reading|read more)\)?\s*\.?\s*$",
    re.IGNORECASE,
)
# "... gián đoạn sử dụng. Xem ngay Khóa vân tay hết pin – Cách xử lý nhanh": a link to another post closing a paragraph
LINK_TAIL = re.compile(r"(?<=[.!?])\s+(?:Xem ngay|Tham khảo ngay)\s*:?\s+[^.!?]{5,120}$")
# "... của Trung [Xem thêm…]": a link in brackets that closes an excerpt, wherever the text stops
BRACKETED_MORE = re.compile(
    r"\s*\[\s*(?:xem thêm|xem tiếp|đọc tiếp|đọc thêm|read more)\s*(?:…|\.{3})?\s*\]\s*$", re.IGNORECASE
)
# "Theo dõi Báo X trên Google News": an invitation, wherever the scrape put it.
# "Theo dõi Báo X trên Google News", "Theo dõi chúng tôi tại": a follow box
FOLLOW_US = re.compile(r"^(?:theo dõi|follow)\b.{0,40}\b(?:trên|tại)\b.{0,25}$", re.IGNORECASE)
# "Xem tường thuật ca mổ", "Xem video do Truyền hình X thực hiện :": a link to a recording
WATCH_LINK = re.compile(
    r"^Xem\s+(?:video|clip|ảnh|hình ảnh|phóng sự|tường thuật|trực tiếp|toàn văn)\b[^.!?]{0,60}:?$", re.IGNORECASE
)
CAPTION_CREDIT = re.compile(
    r"(?:^|[.\s(])(?:(?<!nhiếp )(?<!hình )(?-i:Ảnh|ẢNH|(?<![a-zà-ỹđ] )ảnh)|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ"
    r"|(?-i:Đồ họa|Đồ hoạ)|Video|Clip|Infographic|Photo|Credit|Hình chụp|Ảnh chụp)"  # never "... nhiếp ảnh: Chìa ..."
    r"\s*:\s*(?:(?!\.\s)[^!?|]){1,60}\)?\s*\.?(?:\s*\|)?\s*$"  # "... Ảnh: Nguyễn Hưng. |": a table cell's edge
    r"|\((?-i:C)\s*:\s*[^()]{2,30}\)\.?\s*$"  # "... giao dịch bất động sản (C: Internet)": the picture's credit
    r"|\((?-i:Ảnh)\.\s*[^()\s][^()]{1,30}\)\.?\s*$"  # "(Ảnh. CANA)": its colon typed as a stop
    r"|\((?:Ảnh|Photo|Nguồn ảnh)\s*:[^()]{1,60}\)\.?\s*$"  # "(Ảnh: Internet. Thanks).": stops inside its brackets
    r"|\((?:Ảnh|Hình)\s+(?-i:[A-ZĐÀ-Ỹ][^\s()]*(?:\s[A-ZĐÀ-Ỹ][^\s()]*){0,3})\)\.?\s*$"  # "(ảnh Quốc Việt)": no colon
    r"|(?<=[^\W\d_])\s?(?-i:Nguồn)\s*:\s*(?:internet|sưu tầm)\.?\s*$"  # "cách trồng nấm rơmNguồn: Internet"
    r"|^[^.!?()]{3,80}[^\W\d_] \((?:internet|sưu tầm)\)\.?\s*$"  # "Hoa chanh dây (Internet)": a picture's
    r"|(?<=[.!?…]\s)(?-i:Nguồn)\s*:\s*(?-i:[A-ZĐ]{2,6})\.?\s*$",  # "... ký kết hợp đồng. Nguồn: ITN": an agency's
    re.IGNORECASE,
)
# A picture's credit in brackets closing a long paragraph: "... so với cùng kỳ. (Photo: Phố cổ, Ryan)"
# "..., bạn không cần phải quá lo lắng ... – Ảnh: Orient RA": text that speaks to its reader, never a caption
TO_THE_READER = re.compile(r"\b(?:bạn|các bạn)\b")
TRAILING_PICTURE_CREDIT = re.compile(  # "... (Ảnh: X)" after the last sentence, "... tiện lợi – Ảnh: Orient RA"
    r"(?<=[.!?…])\s*\((?:Ảnh|Photo|Nguồn ảnh)\s*:[^()]{1,80}\)\s*$|\s+[–-]\s+(?:Ảnh|Photo)\s*:\s*[^.!?()–-]{1,40}$"
    r"|(?<=[.!?…])\s+Ảnh minh h[ọo]a\s*/\s*Nguồn:?\s*\w+\.?\s*$",  # "... công đoạn. Ảnh minh họa/Nguồn internet"
    re.IGNORECASE,
)
# "... mà Chúa đã thương ban. Đức cha ... mở đầu Thánh lễ phong chức |": a caption and its bar after the last sentence
TRAILING_BAR_CAPTION = re.compile(r"(?<=[.!?…”])\s+[A-ZĐÀ-Ỹ][^.!?|]{3,160}\s\|\s*$")
# "... hình phạt phù hợp. | Thẩm quyền xét xử vụ án hình sự...": a link to the next part, cut short
TRAILING_TEASER = re.compile(r"(?<=[.!?…])\s+\|\s+[A-ZĐÀ-Ỹ][^|.!?]{3,100}(?:\.{3}|…)\s*$")
# "... sau tai nạn giao thông. Ảnh cắt từ clip": a still's credit after its caption or a paragraph
SCREEN_CREDIT = re.compile(
    r"(?<=[.!?…])\s+(?:Ảnh|Hình)\s+(?:chụp\s+(?:màn\s+hình|từ\s+(?:clip|video))|cắt\s+từ\s+(?:clip|video))\.?\s*$"
)
CAPTION_ILLUSTRATIVE = re.compile(
    r"(?:^|[.\s(\-–])(?:Ảnh|Hình)\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu|internet)"
    r"(?:\s*[-–/]\s*[\w.]+(?:\s+[\w.]+){0,2})?\s*\)?\.?\s*$"  # "Ảnh minh họa - Internet", "…/Nguồn internet"
    r"|\(minh\s+ho[ạa]\s+(?:của|bởi|từ)\s+[^()]{2,40}\)\.?\s*$",  # "... (minh hoạ của Chat GPT)": who drew it
    re.IGNORECASE,
)
CAPTION_LEADING = re.compile(
    r"^(?:Ảnh(?:\s*\d{1,2})?|Video|Clip|Hình ảnh|Hình(?:\s*\d{1,2})?|Infographic)\s*[:\-–]"  # "Hình2:" too
    r"|^Chú thích\s*:\s*(?=\S)[^\n]{3,200}$"  # "Chú thích: Nguyên liệu ...": a picture's note
    r"|^(?:Hình|Ảnh|Biểu đồ|Sơ đồ)\s?\d{1,2}\.\s+[^.!?]{3,120}$"  # "Hình 2. Xe nâng điện ... kho sạch": no stop
    r"|^(?-i:Ảnh) (?!hưởng\b)(?-i:[a-zà-ỹđ])[^.!?]{3,120}$"  # "Ảnh nhận biết màng lọc ...", never "Ảnh hưởng"
    # "Hình ảnh người con gái Bình Định múa ... nổi tiếng": a scene at a named place, at length ("Hình ảnh bệnh
    # gout" heads a gallery, "Hình ảnh người thầy trong ký ức học trò" a part)
    r"|^(?-i:Hình ảnh) (?-i:[a-zà-ỹđ])[^\s.!?:]*(?=(?:\s[^\s.!?:]+)*\s(?-i:[A-ZĐ]))(?:\s[^\s.!?:]+){5,}$",
    re.IGNORECASE,
)
# A credit without its colon closing a caption: "... tỉnh Lai Châu. Ảnh Nguyễn Chương"
CAPTION_BARE_CREDIT = re.compile(
    r"(?:[.!?]\s+|[)\w]\s*_\s*)(?i:ảnh)\s+[A-ZĐÀ-Ỹ][^\s.,;:]*(?:\s+[A-ZĐÀ-Ỹ][^\s.,;:]*){0,3}\.?$"
)  # "... (Khánh Hòa)_ ảnh Đinh Quang Diệp": an underscore before the credit too
# A picture's source closing a short line: "Hướng đi của áp thấp. Nguồn: Hệ thống giám sát",
# "Giá cà phê Robusta (sàn London) - Nguồn: theice.com"
CAPTION_SOURCE = re.compile(  # never a device's power, "Laptop Không Lên Nguồn: Nguyên Nhân ..."
    r"(?:^|[.\s(])(?<!lên )(?<!mất )(?<!bật )(?<!tắt )(?<!cấp )Nguồn\s*:\s*"
    # "(Nguồn: Diễn đàn ... - Mr. Tư Chung)"; never "... 96.946.778 người (Nguồn: <address>), tức gần ...": a sentence
    r"(?:\b(?:Mr|Ms|Mrs|Dr)\.\s|(?!\.\s)(?!\)\s*[,;]\s*\w)[^!?]){1,60}\)?$",
    re.IGNORECASE,
)
# A table's unit over or under its figures: "ĐVT: Đồng/kg", "Đơn vị tính: tỷ đồng"
TABLE_UNIT = re.compile(r"^(?:ĐVT|Đơn vị tính|Đơn vị)\s*:\s*[^.!?]{1,30}$", re.IGNORECASE)
# A map or chart described in one sentence: "Bản đồ dự báo đường đi của bão sáng 22/8."
CAPTION_CHART = re.compile(r"^(?:Bản đồ|Biểu đồ|Sơ đồ)\s[^.!?]{5,200}[.]?$")
# A caption names what is shown; a sentence about a map says something of it
VERB = re.compile(r"\b(?:sẽ|được|đã|đang|là|có|vừa|cho thấy|công bố|ban hành)\b")

# "(Tổ Quốc) - ", "TTO - ", "(Dân trí) - ", "SKĐS - ", "VOV.VN - ", "(NLĐO)- ", "WGPSG -- ", "GXĐMHCG: ", and a
# foreign dateline with its tag "GARDEN GROVE, California (NV) – ". A bare one has spaces around
# its dash: "VN-Index tăng" starts a sentence about the index, not a dispatch from "VN".
AGENCY_PREFIX = re.compile(
    r"^(?:(?:[A-Z][A-Z .'-]{2,30},\s+[A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)?\s+)?\((?P<paren>[^()]{2,32})\)\s*[-–—]\s*"
    r"|\((?P<initials>[A-ZĐ]{2,6}(?:\s?[-–]\s?[A-Z]{2,6})?)\)\s+(?=[“\"‘]?[A-ZĐÀ-Ỹ])"  # "(ABO) ", "(NCTG) “Và ..."
    r"|\(\s*(?P<named>[A-ZĐ](?:[^\W\d_]|-(?=[A-Z]))+(?:\s[A-ZĐ][^\W\d_]+){0,3})\s*\)\s+(?=[A-ZĐÀ-Ỹ])"  # "(E-Bike News)"
    r"|(?P<labelled>[A-ZĐ]{4,12}):(?:\s*(?P=labelled):\s*|\s+)(?=[A-ZĐÀ-Ỹ])"  # "DNTH: DNTH:Vừa qua", twice
    # "Bùi Chu, 27/07/2018 (gpbuichu.org) – ": the place, the day and the site, a diocese's dateline
    r"|[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s[A-ZĐÀ-Ỹ][^\W\d_]*){0,3},\s*\d{1,2}/\d{1,2}/\d{4}\s*\((?P<dated>[^()]{2,32})\)\s*[-–—]\s*"
    r"|Báo(?:\s[A-ZĐ][^\W\d_]*){1,4}\s\((?P<paper>[A-ZĐ]{2,6})\)\s*[-–—]?\s*(?=[A-ZĐÀ-Ỹ])"  # "Báo Cà Mau (CMO) "
    # "(Banker.vn) ", and "(Cosmolife.vn_ ", its bracket typed as an underscore
    r"|\((?P<domain>[A-Za-z][\w-]{1,30}\.(?:vn|com|net|org)(?:\.vn)?)[)_]\s*[-–—]?\s*(?=[A-ZĐÀ-Ỹ])"
    r"|(?P<bare>[A-ZĐ][A-ZĐ0-9.&]{1,15}(?:\.(?:VN|vn))?)(?:\s+(?:[-–—]|--)\s+|[-–—]\s+(?=[A-ZĐÀ-Ỹ]))"  # "NVTPHCM- "
    r"|(?P<site>[A-Z][a-z]{3,}(?:[A-Z][a-z]+)?(?:\.[a-z]{2,4}){0,3})\s+[-–—]\s+"
    r"|(?P<plain>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?: [a-zà-ỹđ]+){1,2})\s+[-–—]\s+(?=[A-ZĐÀ-Ỹ]))(?=\S)"
)  # "Kinhtedothi - ", "Moitruong.net.vn – ", "GiadinhNet - ": a site's name in plain letters; "Biên phòng - Sáng
# 28-12, ...": a paper's name in words, the first capitalized (a place's every word is), before the lead's day

# a series' part: "Ký sự: VÕ LÂM SÀI GÒN (Kỳ II)", "Phóng sự: ...", "... (Bài 3)": a title, never a caption
SERIAL_TITLE = re.compile(
    r"^(?i:ký sự|phóng sự|bút ký|tùy bút|tản văn|truyện ngắn)\s*:|\((?i:kỳ|phần|bài)\s+(?:[IVX]{1,4}|\d{1,2})\)$"
)

# "…/." and "./." end marks that Vietnamese papers put after the last paragraph.
END_MARK = re.compile(r"\s*/\.\s*$")

# "(tổng hợp)", "(Theo ...)", and a correspondent's post, "QUẾ ANH (từ LB Nga)"
AUTHOR_LABEL = re.compile(r"^(?i:tác giả|người viết)\s*:\s*")  # "Tác giả: Duyên Nguyễn Ngày đăng: ..."
BYLINE_MARKERS = re.compile(
    r"\s*\((?:T/h|t/h|TH|tổng hợp|Tổng hợp|theo [^)]+|Theo [^)]+|từ [^)]{2,30}|tại [^)]{2,30})\)\s*$"
)
TRAILING_URL = re.compile(r"\s*:?\s*(?:https?://|www\.)\S+$")
SOURCE_LINE = re.compile(  # "Nguồn: HTV9 https://www.youtube.com/...": the channel and its link
    r"^(?:Theo|Nguồn)\s*:?\s+(?P<source>[^.!?:]{2,60}?)\s*(?::?\s*(?:https?://|www\.)\S+)?\.?$"
)
# "Bài viết này được lấy nguồn từ: Sở NN và PTNT Tỉnh Tây Ninh": where a shop's article was taken from
SOURCE_NOTE = re.compile(
    r"^(?:Bài viết|Nội dung)(?: này)? (?:được )?(?:lấy nguồn|trích|sưu tầm|tham khảo) từ\s*:?\s*[^.!?]{2,80}$"
)
# the office a writer works at, on the line under the name ("Trung tâm ứng dụng KH&CN", "Viện kiểm sát ...")
WRITERS_OFFICE = re.compile(
    r"^(?:Viện|Trường|Đại học|Học viện|Khoa|Bộ|Sở|Ban|Cục|Tòa án|Văn phòng|Trung tâm|Tạp chí"
    r"|Công ty Luật|Đoàn Luật sư)\s"
)
# a speech's greeting: "Kính thưa quý vị đại biểu, ..."
SALUTATION = re.compile(r"^(?i:kính thưa|kính gửi|thưa|kính chào)\s*[:\s]")
# a source in brackets after a sentence's stop: "... ông Phê-rô! (x Mt 14,31a)" ends a sentence
CITED_AFTER = re.compile(r"\s*\([^()]{1,40}\)$")
# "Pl 1,18-26; Tv 41; Lc 14,1.7-11": the day's readings by book, chapter and verses (the first with its verses)
_CITATION = r"(?:[1-3]\s?)?[A-ZĐ][a-zđ]{0,3}\s\d{1,3}(?:\s?,\s?\d[\d.a-z]*(?:\s?[-–]\s?\d{1,3}[a-z]?)?)?"
READINGS = re.compile(rf"(?=[^;]*,){_CITATION}(?:\s*;\s*{_CITATION})*\.?")

# "2.650.000 đ/m2", ">350 m2", "4.500.000 đ/m– 5.000.000 đ/m2": a figure with its unit alone in a table's cell
_FIGURE = r"[<>≥≤~]?\s*\d[\d.,]*\s*(?:[^\W\d]{1,3}(?:/[^\W\d]{1,3})?\d?)?"
FIGURE_CELL = re.compile(rf"{_FIGURE}(?:\s*[–-]\s*{_FIGURE})?")


# a part of a postal address: "Ấp Thân Bình", "Xã Châu Thành", "Số 12 Nguyễn Trãi", "TP. Cần Thơ"
ADMIN_PART = r"(?:Ấp|Thôn|Số|Đường|Khu phố|Xã|Phường|Thị trấn|Thị xã|Quận|Huyện|Tỉnh|Thành phố|TP\.?)\s[^,]{1,40}"
# "Họp Tiểu ban ... lần thứ XX ( Cập nhật ngày: 21/11/2024 )Chiều ngày 21/11/2024, ...": the title, when it was
# last changed in brackets, and the lead, run into one line
TOP_WITH_UPDATE = re.compile(
    r"^(?P<head>.{20,}?)\s*\(\s*(?i:cập nhật)(?: ngày)?\s*:?\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*\)"
    r"\s*(?P<lead>\S.{20,})$"
)
# a site's motto over its pages ("Nhân Văn - Tin Cậy - Kịp Thời"); a call to emulation ("Toàn Đảng, toàn dân, toàn
# quân ra sức thi đua ... năm 2024 !")
SITE_MOTTO = re.compile(
    r"[A-ZĐÀ-Ỹ]\w*(?: \w+)? [-–] [A-ZĐÀ-Ỹ]\w*(?: \w+)?(?: [-–] [A-ZĐÀ-Ỹ]\w*(?: \w+)?){2,}"
    r"|(?:Toàn Đảng, toàn dân, toàn quân|(?i:nhiệt liệt chào mừng))[^.?!]{10,250}!"
)
# "4/16/2019 11:42:00 AM": a page stamped month first, the day past 12 telling the order
US_ORDER_DATE = re.compile(r"^(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)(?=\s|$)")
# a table of contents' header ("Nội dung bài viết", "Mục lục"), never a title or a section
CONTENTS_HEADERS = frozenset(
    {
        "mục lục",
        "phụ lục",  # a contents plugin's header on some sites, over the opening paragraph
        "mục lục (ẩn/hiện)",
        "mục lục nội dung",
        "nội dung trang",
        "xem nhanh nội dung",
        "mục lục bài viết",
        "nội dung bài viết",
        "nội dung của bài viết",
        "nội dung chính",
        "nội dung tóm tắt",
        "tóm tắt nội dung",
        "nội dung có trong bài",
        "nội dung trong bài",
        "nội dung cần lưu ý",
        "nội dung",
        "table of contents",
        "contents",
        "content",
    }
)


# "Tốc độ chụp còn được hiểu là ...": a term, then what it means
_DEFINES = re.compile(r"\s+(?:(?:hay\s+)?còn\s+(?:được\s+)?(?:gọi|hiểu)\s+là|được\s+hiểu\s+là|là)\b", re.IGNORECASE)


def defines(term: str, line: str) -> bool:
    """Whether `line` opens with `term` and goes on to say what it means ("Tốc độ chụp" / "Tốc độ chụp còn được hiểu
    là thời gian phơi sáng"): the title over its subtitle, never a section's label over a headline."""
    term = term.strip()
    return line.lower().startswith(term.lower()) and _DEFINES.match(line, len(term)) is not None
