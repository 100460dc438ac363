"""Round 150 of reading real pages (issue 21): a builder's price table flattened into short lines apart,
a list's empty bullet before a heading, a paragraph that ends on its own picture's caption."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Đơn giá xây dựng nhà phố trọn gói năm nay"
LEAD = "Công ty gửi tới khách hàng bảng đơn giá xây dựng nhà phố mới nhất để tham khảo trước khi ký hợp đồng."
BODY = "Đơn giá trên chưa gồm thuế giá trị gia tăng và có thể thay đổi theo vị trí của công trình."


def test_a_price_tables_cells_apart_are_read_never_taken_for_a_gallerys_captions() -> None:
    # each cell in a table's row, the rows parted by empty cells (lines of spaces), as a builder's page prints them
    wide, narrow = "\n\n \n\n \n\n", "\n\n \n\n"
    rows = [
        ("Gói cơ bản (chưa có điện nước)", "2.650.000 đ/m2", "Từ 350 m2"),
        ("Gói đầy đủ (có điện nước)", "2.800.000 đ/m2", "Từ 350 m2"),
    ]
    cells = narrow.join(
        f"{name}{wide}{price}{narrow}{floor}{wide}Bao gồm nhân công và vật tư thô" for name, price, floor in rows
    )
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nNhóm 1{narrow}{cells}{narrow}{BODY}\n"))
    for cell in ("Gói cơ bản", "2.650.000 đ/m2", "Bao gồm nhân công", "Gói đầy đủ", "2.800.000 đ/m2"):
        assert cell in text, cell


def test_an_empty_bullet_closing_a_list_does_not_make_the_next_heading_a_link() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n"
        "  • Nhà có tổng diện tích sàn dưới 250 m2 cộng thêm 50.000 đồng mỗi mét vuông\n  •\n\n"
        "Nhóm 3\n\n  •\n"
        "  • Nhà trong hẻm rộng từ 3 đến 5 m cộng thêm 100.000 đồng mỗi mét vuông\n"
        "  • Nhà trong hẻm rộng dưới 3 m cộng thêm 150.000 đồng mỗi mét vuông\n  •\n\n"
        f"{BODY}\n"
    )
    text = spoken_text(article_of(page))
    assert "Nhóm 3" in text and "hẻm rộng từ 3 đến 5 m" in text and "dưới 3 m" in text


def test_a_paragraph_ending_on_its_own_pictures_caption_is_read_without_it() -> None:
    caption = "Gặp mặt cựu chiến binh nhân kỷ niệm ngày giải phóng miền Nam."
    paragraph = (
        "Sáng ngày 20/4, Hội Cựu chiến binh phường tổ chức buổi họp mặt các hội viên từng tham gia kháng chiến. "
        "Hơn 400 hội viên đã cùng nhau ôn lại truyền thống vẻ vang của dân tộc trong những năm tháng hào hùng. "
        f"Hội đã đóng góp hơn một tỷ đồng xây dựng đường giao thông nông thôn trong năm năm qua. {caption}"
    )
    text = spoken_text(article_of(f"{paragraph}\n\n    {caption}\n"))
    assert "Hơn 400 hội viên" in text and "đóng góp hơn một tỷ đồng" in text
    assert "Gặp mặt" not in text


def test_a_sites_menu_of_bulleted_links_over_the_title_is_not_read() -> None:
    menu = "  • Home\n  • Du Lịch\n    • Ẩm thực\n  • Phong Thuỷ\n    • Phong Tục Dân Gian và Mộ Phần\n"
    menu += "    • TBN\n  • Contact\n"
    article = article_of(
        f"Thursday, February 12, 2026\n{menu}No Result\nView All Result\n{TITLE}\n\n{LEAD}\n\n{BODY}\n"
    )
    assert article.headline == TITLE and article.lead == LEAD
    assert "Ẩm thực" not in spoken_text(article) and "Mộ Phần" not in spoken_text(article)


def test_a_sections_menu_of_bulleted_links_over_the_first_paragraph_is_not_read() -> None:
    menu = "  • Tin định kỳ\n  • Tin bất thường\n  • Tin theo yêu cầu\n"
    article = article_of(f"Công bố thông tin\n{menu}{LEAD}\n\n{BODY}\n")
    assert "bất thường" not in spoken_text(article) and LEAD in spoken_text(article)


def test_a_bulleted_list_that_a_line_introduces_is_read() -> None:
    items = "  • Hành tím\n  • Tỏi băm\n  • Nước mắm ngon\n"
    text = spoken_text(article_of(f"{TITLE}\n\nNguyên liệu cần chuẩn bị:\n{items}\n{LEAD}\n\n{BODY}\n"))
    assert "Hành tím" in text and "Nước mắm ngon" in text


def test_a_heading_run_into_the_caption_under_it_is_read_without_the_caption() -> None:
    glued = (
        "Hợp tác xã được thành lậpÔng Nguyễn Văn An, Chủ tịch Hội đồng quản trị hợp tác xã, thăm cánh đồng lúa "
        "của thành viên tại ấp Lò Ngò."
    )
    page = f"{TITLE}\n\n{LEAD}\n\n{glued}\n\n \n\n{BODY} Hợp tác xã ra đời từ nhu cầu của nông dân.\n"
    article = article_of(page)
    assert "Hợp tác xã được thành lập" in [s.title for s in article.sections]
    assert "thăm cánh đồng" not in spoken_text(article)


def test_a_heading_run_into_the_paragraph_under_it_stands_over_it() -> None:
    glued = f"Hợp tác xã được thành lậpÔng Nguyễn Văn An cho biết hợp tác xã có 72 thành viên. {BODY}"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{glued}\n")
    assert "Hợp tác xã được thành lập" in [s.title for s in article.sections]
    assert "Ông Nguyễn Văn An cho biết" in spoken_text(article)


def test_a_numbered_trail_whose_home_crumb_is_a_bare_slash_is_not_read() -> None:
    trail = "1. /\n2. Góc sức khỏe/\n3. Phòng bệnh & Sống khoẻ/\n4. Kiến thức y khoa\n\n"
    article = article_of(f"{trail}{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Góc sức khỏe" not in spoken_text(article)


def test_a_text_size_control_spelled_with_the_wrong_mark_over_the_title_is_not_read() -> None:
    article = article_of(f"Cở chữ: 03:23 PM,28/12/2018\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Cở chữ" not in spoken_text(article)


def test_an_english_date_with_an_ordinal_day_over_the_title_dates_the_page() -> None:
    article = article_of(f"Wednesday, February 12th, 2025\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.published == "2025-02-12"


def test_a_title_that_names_its_pictures_is_the_headline_never_a_caption() -> None:
    title = "Hình ảnh hiếm về Đông Dương trước năm 1880"
    intro = "Các bức ảnh được trích từ một bộ sưu tập ảnh xuất bản năm 1880 của hai nhà nhiếp ảnh người Pháp."
    article = article_of(f"08/05/2016\n\n{title}\n\n{intro}\n\nPhố Hàng Chiếu ở Hà Nội.\n\n{BODY}\n")
    assert article.headline == title and article.published == "2016-05-08"


def test_a_writers_notes_in_brackets_for_a_picture_or_a_link_are_not_read() -> None:
    notes = "[Hình ảnh đề xuất: Cá rồng bạc bơi trong bể lớn, alt text: “Cá rồng bạc trong bể 300 gallon”]\n"
    notes += "[Liên kết nội bộ đề xuất: Hướng dẫn chọn bể cá cảnh lớn]\n"
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{notes}\n{BODY}\n"))
    assert "đề xuất" not in text and BODY in text


def test_a_pictures_text_in_small_letters_and_its_caption_are_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\ncá rồng\nCá rồng mang ý nghĩa may mắn, tài lộc cho gia chủ\n\n{BODY}\n"
    assert "may mắn" not in spoken_text(article_of(page))
    page = f"{TITLE}\n\n{LEAD}\n\nđang nghĩ về việc đơn giá xây dựng nhà phố\n{TITLE}\n\n{BODY}\n"
    assert "đang nghĩ" not in spoken_text(article_of(page))


def test_a_guest_recounting_the_tradition_unstopped_between_paragraphs_is_a_caption() -> None:
    caption = "Đồng chí Nguyễn Văn Bội, Chủ tịch Hội CCB phường lên ôn lại truyền thống 50 năm Ngày giải phóng miền Nam"
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{BODY}\n"))
    assert "ôn lại" not in text and BODY in text


def test_when_and_where_a_copy_was_taken_from_under_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{TITLE}\n\n1 năm trước vnews.gov.vn\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD and "vnews" not in spoken_text(article)


def test_a_tables_header_row_run_into_one_line_is_not_read() -> None:
    rows = "Stt Nội dung Thời hạn công bố Ghi chú\n\n1 Báo cáo tài chính quý trong thời hạn 20 ngày kể từ cuối quý.\n"
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{rows}\n{BODY}\n"))
    assert "Stt" not in text and "Báo cáo tài chính quý" in text


def test_a_price_closing_the_page_under_its_item_is_read() -> None:
    prices = "Gói trọn gói (mức trung bình)\n\n4.500.000 đ/m2\n\nGói trọn gói (mức khá)\n\n5.000.000 đ/m2\n"
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{prices}"))
    assert "mức khá" in text and "5.000.000 đ/m2" in text


def test_a_short_link_closing_a_box_of_links_under_the_title_goes_with_them() -> None:
    links = "  • Tin công bố định kỳ\n  • Tin công bố bất thường\n  • Công bố thông tin khác\n  • VBPL liên quan\n"
    text = spoken_text(article_of(f"Công bố thông tin\n{links}{LEAD}\n\n{BODY}\n"))
    assert "VBPL" not in text and LEAD in text


def test_an_address_over_the_first_paragraph_is_no_lead() -> None:
    article = article_of(f"{TITLE}\n\nĐịa chỉ: Hoa Tiến, Châu Tiến, Quỳ Châu, Nghệ An.\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Hoa Tiến" in spoken_text(article)


def test_a_groups_name_and_number_under_the_title_is_no_lead() -> None:
    rows = "Phần thô (chưa có điện nước)\n\n2.650.000 đ/m2\n\nPhần thô (có điện nước)\n\n2.800.000 đ/m2\n\nNhóm 2\n\n"
    article = article_of(f"{TITLE}\n\nNhóm 01\n\n{rows}{BODY}\n")
    assert article.lead is None and "Nhóm 01" in spoken_text(article)
