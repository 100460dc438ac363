"""Round 140 of reading real pages (issue 21): a paper's initials before a quotation; a forum thread's
header; a heading in capitals over a list's items; an encyclopedia's notice under the title; a visit
counter's rows and a "Read More" button; a series' part under its section's label; a picture's text
glued to its caption; captions under a pointer to the pictures; a reposter's credit; a heading with its
gloss said again under a picture; a short title going on in a quoted name."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Làng gốm ven sông giữ nghề qua nhiều thế hệ"
LEAD = "Làng gốm nằm bên bờ sông đã giữ nghề nặn gốm bằng tay suốt hơn ba trăm năm qua, dù lò nung đã đổi khác."
BODY = "Mỗi gia đình trong làng vẫn giữ một bàn xoay cũ và dạy con cháu cách nhào đất từ khi còn nhỏ tuổi."
MORE = "Khách du lịch tới làng có thể tự tay nặn một chiếc bát nhỏ rồi mang về sau khi gốm đã được nung xong."


def test_a_papers_initials_before_a_quotation_are_not_read() -> None:
    quoted = "“Nghề gốm cho chúng tôi cái ăn và cả niềm vui mỗi ngày, chẳng ai muốn bỏ nghề cả.”"
    article = article_of(f"{TITLE}\n\n(NCTG) {quoted}\n\n{BODY}\n")
    assert article.lead == quoted and "NCTG" not in spoken_text(article)


def test_a_forum_threads_header_gives_its_title_and_is_not_read() -> None:
    header = f"kết quả từ 1 tới 9 trên 9\n\nĐề tài: {TITLE}\n\n1. #1\n\nMặc định {TITLE}"
    article = article_of(f"{header}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD
    spoken = spoken_text(article)
    assert "kết quả" not in spoken and "#1" not in spoken and "Mặc định" not in spoken


def test_a_heading_in_capitals_over_a_lists_items_heads_them_and_none_is_the_lead() -> None:
    items = (
        "Năm 1850 – 1921: Cụ Trần Văn Lộc, người mở lò gốm đầu tiên trong làng.\n\n"
        "Năm 1872 – 1950: Cụ Lê Văn Phúc, người làm men lam nổi tiếng khắp vùng.\n\n"
        "Năm 1890 – 1966: Cụ Võ Thị Hạnh, người dạy nghề cho hơn trăm học trò."
    )
    article = article_of(f"{TITLE}\n\nCÁC NGHỆ NHÂN ĐỜI TRƯỚC\n\n{items}\n")
    assert article.lead is None
    assert article.sections[0].title == "CÁC NGHỆ NHÂN ĐỜI TRƯỚC"
    assert article.sections[0].paragraphs[0].startswith("Năm 1850")


def test_an_encyclopedias_notice_under_the_title_leaves_the_title_the_headline() -> None:
    notice = "Bài viết này cần thêm chú thích nguồn gốc để kiểm chứng thông tin. |"
    article = article_of(f"Gốm men lam\n{notice}\n{LEAD} {BODY}\n{MORE}\n")
    assert article.headline == "Gốm men lam" and article.category is None
    assert "chú thích nguồn gốc" not in spoken_text(article)


def test_a_visit_counters_rows_and_figures_and_a_read_more_button_are_not_read() -> None:
    counter = (
        "Login Form\n\nSố Người Truy cập\n\n0123456\nToday\nYesterday\nThis Week\nAll days\n85\n712\n6930\n0123456"
    )
    article = article_of(f"{counter}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n\nRead More\n\n{MORE}\n")
    assert article.headline == TITLE and article.lead == LEAD and article.category is None
    spoken = spoken_text(article)
    assert "Login" not in spoken and "Today" not in spoken and "712" not in spoken and "Read More" not in spoken


def test_a_series_part_under_its_sections_label_heads_the_page_and_its_part_number_is_no_lead() -> None:
    top = "2024-04-20 01:42\n\nLàng Nghề & Nghệ Nhân\n\nKý sự: LÀNG GỐM VEN SÔNG (Kỳ II)\n\n \n\nBài 1"
    article = article_of(f"{top}\n\nNGƯỜI GIỮ LÒ CUỐI CÙNG\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "Ký sự: LÀNG GỐM VEN SÔNG (Kỳ II)"
    assert article.category == "Làng Nghề & Nghệ Nhân" and article.lead is None


def test_a_pictures_text_glued_to_its_caption_is_not_read() -> None:
    caption = "Nghệ nhân Trần Văn Lộc Nghệ nhân Trần Văn Lộc bên bàn xoay cũ"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}\n")
    assert "bên bàn xoay cũ" not in spoken_text(article) and MORE in spoken_text(article)


def test_captions_under_a_pointer_to_the_pictures_are_not_read() -> None:
    gallery = (
        "Sau đây là các hình ảnh của buổi trải nghiệm.\n\n"
        "Các bạn nhỏ được nghệ nhân hướng dẫn cách nhào đất sét trên bàn xoay\n\n"
        "Các bạn nhỏ khoe chiếc bát vừa nặn xong"
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{gallery}\n")
    spoken = spoken_text(article)
    assert "nhào đất sét" not in spoken and "khoe chiếc bát" not in spoken and BODY in spoken


def test_a_reposters_credit_under_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n(ĐC sưu tầm trên NET)\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "sưu tầm" not in spoken_text(article)


def test_a_heading_with_its_gloss_said_again_under_a_picture_is_read_once() -> None:
    heading = "Lịch sử hình thành và nguồn gốc của nghề gốm (Pottery)"
    page = (
        f"{TITLE}\n\n{LEAD}\n\n{heading}\n\n\n\n{BODY}\n\n{MORE}\n\n"
        f"Lịch sử hình thành và nguồn gốc của nghề gốm\n\n{LEAD.replace('Làng gốm', 'Xóm lò')}\n"
    )
    article = article_of(page)
    assert [s.title for s in article.sections if s.title] == [heading]


def test_a_short_title_going_on_in_a_quoted_name_is_one_headline() -> None:
    name = "“Mười bài hát ru của làng gốm”"
    article = article_of(f"Nhận xét về bộ đĩa\n{name}\n{name} của Nhà xuất bản Âm nhạc – 2015\n{LEAD}\n\n{BODY}\n")
    assert article.headline == f"Nhận xét về bộ đĩa {name} của Nhà xuất bản Âm nhạc – 2015"
    assert spoken_text(article).count("Mười bài hát ru") == 1
