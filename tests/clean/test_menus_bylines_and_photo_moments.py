"""Round 153 of reading real pages (issue 21): the "JavaScript is off" notice and a portal's whole menu over the
title, a blog template's tag, picture file names with odd marks, "by ..." and "Phóng sự của ..." bylines, a view
counter in "đọc", a credit with the writer, the photographer and the time, a handshake's caption, the top picture's
caption echoing title and lead, related links in brackets or dashed between paragraphs."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Hội nghị sơ kết công tác sáu tháng đầu năm của ban đại diện hội người cao tuổi"
LEAD = "Chiều qua, ban đại diện hội người cao tuổi huyện đã tổ chức hội nghị sơ kết công tác sáu tháng đầu năm."
BODY = "Các chi hội đã báo cáo kết quả hoạt động và đề ra phương hướng cho sáu tháng cuối năm tại địa phương."
MORE = "Trưởng ban tổ chức cho biết năm nay ban đã nhận được gần bốn nghìn ý kiến đóng góp của hội viên cả huyện."
JS_NOTICE = (
    "Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.\n\nWebsite chỉ làm việc khi bạn bật nó trở lại.\n\n"
    "Để tham khảo cách bật JavaScript, hãy click chuột vào đây!\n\n"
)


def test_a_pages_notice_that_scripts_are_off_is_neither_the_title_nor_read() -> None:
    article = article_of(f"{JS_NOTICE}{TITLE}\n\nThứ tư - 20/06/2018 10:00\n\n{LEAD}\n\n{BODY}\n")
    assert (article.headline, article.lead) == (TITLE, LEAD)
    assert "JavaScript" not in spoken_text(article) and article.published == "2018-06-20T10:00"


def test_a_portals_whole_menu_over_the_stamped_title_is_not_read() -> None:
    menu = "\n\n".join(
        ["Hội Người cao tuổi huyện", "Trang nhất", "Giới thiệu", "Lịch sử hình thành", "Cơ cấu tổ chức"]
        + ["Tin tức hoạt động", "Chính sách pháp luật", "Gương người tốt việc tốt", "Hệ thống văn bản", "Danh bạ"]
        + ["Thứ hai, 04/11/2024, 13:00", "Sơ đồ trang", "Đăng nhập site", "Trang nhất", "Các chuyên đề"]
    )
    article = article_of(f"{JS_NOTICE}{menu}\n\n{TITLE}\n\nThứ ba - 19/04/2016 23:11\n\n4.026\n\n{LEAD}\n\n{BODY}\n")
    assert (article.headline, article.lead) == (TITLE, LEAD)
    assert "Danh bạ" not in spoken_text(article) and article.published == "2016-04-19T23:11"


def test_a_title_under_a_menu_with_no_stamped_date_keeps_the_menu_for_other_rules() -> None:
    menu = "\n\n".join(["Trang nhất", "Giới thiệu", "Tin tức", "Văn bản", "Hình ảnh", "Liên hệ", "Danh bạ", "Sơ đồ"])
    article = article_of(f"{menu}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert LEAD in spoken_text(article)


def test_half_a_blog_templates_tag_is_not_the_title() -> None:
    page = f"expr:class='\"loading\" + data:blog.mobileClass'>\n\n7 thg 5, 2017\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and "expr" not in spoken_text(article)


def test_picture_file_names_with_carets_are_not_read() -> None:
    name = "^3AA1452D2BB870592233026F03327AF0841^pimgpsh_fullsize_distr.jpg"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{name}\n\n{BODY}\n")
    assert "pimgpsh" not in spoken_text(article) and BODY in spoken_text(article)


def test_a_by_line_and_a_view_count_in_doc_under_the_title_are_the_byline_and_not_read() -> None:
    article = article_of(f"Home Tin tức {TITLE}\n\n{TITLE}\n\nby Ban Biên Tập\n\n30 đọc\n\n{LEAD}\n\n{BODY}\n")
    assert (article.headline, article.lead, article.byline) == (TITLE, LEAD, "Ban Biên Tập")
    assert "đọc" not in spoken_text(article).replace(LEAD, "").replace(BODY, "")


def test_a_reports_writer_named_with_phong_su_cua_is_the_byline() -> None:
    article = article_of(f"{TITLE}\n\nPhóng sự của Hoàng ngọc Thúy\n\n{LEAD}\n\n{BODY}\n")
    assert (article.lead, article.byline) == (LEAD, "Hoàng ngọc Thúy")


def test_a_credit_with_writer_photographer_and_time_is_the_byline_and_the_date() -> None:
    article = article_of(f"{TITLE}\n\nBài: Kỳ Nam. Ảnh: CLB NA Thuận Hóa|14:46 13/04/2023\n\n{LEAD}\n\n{BODY}\n")
    assert (article.lead, article.byline, article.published) == (LEAD, "Kỳ Nam", "2023-04-13T14:46")


def test_a_handshakes_caption_between_paragraphs_is_not_a_parts_heading() -> None:
    caption = "Hai đội trưởng bắt tay hữu nghị tại cột mốc 634"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{BODY}\n")
    assert caption not in spoken_text(article)


def test_a_cooperation_heading_with_bat_tay_stays_a_heading() -> None:
    heading = "Doanh nghiệp bắt tay với nông dân làm giàu"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{heading}\n\n{BODY}\n")
    assert heading in spoken_text(article)


def test_the_top_pictures_caption_echoing_title_and_lead_is_not_read() -> None:
    title = "Lễ Đặt Đá Xây Dựng Nhà Thờ Plei Athai"
    caption = "Nghi thức Lễ Đặt viên đá xây dựng nhà thờ"
    lead = (
        "Sáng nay, chi hội đã tổ chức Lễ Đặt viên đá xây dựng nhà thờ với khoảng một nghìn tín hữu xa gần và đại diện"
        " chính quyền các cấp đến tham dự."
    )
    article = article_of(f"{title}\n\nby httlvn.org\n\n30 đọc\n\n{caption}\n\n{lead}\n\n{BODY}\n\n{MORE}\n")
    assert (article.headline, article.lead) == (title, lead) and caption not in spoken_text(article)


def test_a_tips_heading_under_the_title_that_the_title_never_names_stays() -> None:
    heading = "Đổi mật khẩu mặc định ngay lập tức"
    text = (
        "Việc đầu tiên cần làm là đổi mật khẩu mặc định ngay lập tức sau khi lắp đặt, vì kẻ gian thường dò các mật"
        " khẩu quen thuộc của nhà sản xuất."
    )
    article = article_of(f"Những lưu ý khi dùng camera an ninh tại nhà\n\n{heading}\n\n{text}\n\n{BODY}\n")
    assert heading in spoken_text(article)


def test_a_link_in_brackets_between_paragraphs_is_not_read() -> None:
    link = "[Chủ tịch nước tiếp đoàn chức sắc các tôn giáo tại Phủ Chủ tịch]"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{link}\n\n{BODY}\n")
    assert "Phủ Chủ tịch" not in spoken_text(article) and BODY in spoken_text(article)


def test_two_dashed_titles_between_paragraphs_are_links_but_a_list_closing_the_text_is_read() -> None:
    links = (
        "- Thi ảnh về Lâm Hà, tổng giải thưởng hơn 200 triệu đồng\n- Gần 2.000 tác phẩm dự thi ảnh nghệ thuật quốc gia"
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\n{links}\n\n{BODY}\n")
    assert "Lâm Hà" not in spoken_text(article) and BODY in spoken_text(article)
    items = (
        "– Triển khai đến các chi hội, đến từng hội viên\n– Liên hệ các doanh nghiệp để sáng tác ảnh về khu công nghiệp"
    )
    kept = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{items}\n")
    assert "Triển khai đến các chi hội" in spoken_text(kept)
