"""Round 106 of reading real pages (issue 21): a shop's menu over a title printed three times; a
bilingual page's English halves; a numbered first part under the title's picture; the source line
under the title; "Toc" and an event's status; a picture's text made of the title's words and its
number, or opening the caption that restates the text; the title glued to the first paragraph;
a subtitle saying the headline again over the lead."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách nuôi cá betta sinh sản tại nhà"
LEAD = "Cá betta đẻ trứng trong tổ bọt do con trống nhả trên mặt nước, người nuôi chỉ cần chuẩn bị bể."
BODY = "Bể đẻ nên rộng chừng mười lít, mực nước thấp và có vài cọng rong cho cá mái trốn sau khi đẻ."
MORE = "Sau ba ngày cá bột nở ra và bơi tự do, lúc đó người nuôi vớt cá trống ra để tránh cá bị ăn."


def test_a_menu_of_two_items_over_a_title_printed_three_times_is_not_read() -> None:
    page = (
        f"Sửa chữa máy in văn phòng tận nơi\nPhụ kiện cho bể cá cảnh\n\n{TITLE}\n\n"
        f"Đăng lúc: Thứ sáu - 28/10/2016 10:40 - Người đăng bài viết: Minh\n{TITLE}\n\n{TITLE}\n\n"
        f"{LEAD}\n\n{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD
    assert "Sửa chữa" not in spoken_text(article) and "Phụ kiện" not in spoken_text(article)


def test_a_title_printed_three_times_under_a_label_is_still_read() -> None:
    article = article_of(f"Kỹ thuật nuôi\n{TITLE}\n{TITLE}\n{TITLE}\n{LEAD}\n{BODY}\n{MORE}\n")
    assert TITLE in (article.headline, *(s.title for s in article.sections), *spoken_text(article).split(". "))
    assert spoken_text(article).count(TITLE) == 1


def test_a_bilingual_page_is_read_in_vietnamese_only() -> None:
    page = (
        f"{TITLE}\n{LEAD}\nĐơn vị tổ chức - Organizer\n- Uỷ ban ATGT Quốc gia - National Traffic Safety Committee\n"
        "- Báo Giao thông - Traffic Newspaper\nNhà tài trợ Kim Cương - Diamond Sponsor:\n"
        "- THACO - CÔNG TY CỔ PHẦN TẬP ĐOÀN TRƯỜNG HẢI - THACO - TRUONG HAI GROUP JOINT STOCK COMPANY\n"
        f"{BODY}\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Traffic" not in spoken and "Sponsor" not in spoken and "GROUP" not in spoken and "Organizer" not in spoken
    assert "Báo Giao thông" in spoken and "CÔNG TY CỔ PHẦN TẬP ĐOÀN TRƯỜNG HẢI" in spoken


def test_a_dash_before_a_name_in_english_on_a_vietnamese_page_stays() -> None:
    lines = ("Trận Việt Nam - Indonesia diễn ra tối nay.", "Chuyến bay Hà Nội - New York")
    page = f"{TITLE}\n{LEAD}\n{lines[0]}\n{BODY}\n{lines[1]}\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "Việt Nam - Indonesia" in spoken and "New York" in spoken


def test_the_first_numbered_part_under_the_titles_picture_text_is_read() -> None:
    part = "1. Ưu tiên chọn đúng loại bể theo số cá"
    items = "- Bể kính mười lít cho một cặp cá.\n- Bể nhựa cho cá bột."
    page = f"{TITLE}\n{LEAD}\n{BODY}\n{TITLE}\n{part}\n{items}\n{MORE}\n"
    assert part in [s.title for s in article_of(page).sections]


def test_the_source_line_under_the_title_is_not_read_and_the_lead_follows() -> None:
    page = f"{TITLE}\nBài viết này được lấy nguồn từ: Sở NN và PTNT Tỉnh Tây Ninh\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.lead == LEAD and "lấy nguồn" not in spoken_text(article)


def test_a_contents_toggle_and_an_events_status_are_not_read() -> None:
    page = f"Sự kiện đã kết thúc\n{TITLE}\n{LEAD}\nToc\nĐặc điểm sinh sản\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert article.headline == TITLE
    assert "Toc" not in spoken_text(article).split() and "kết thúc" not in spoken_text(article)


def test_a_pictures_text_of_the_titles_words_and_a_number_is_not_read() -> None:
    page = (
        f"{TITLE}\n{LEAD}\n1. Chuẩn bị bể\n• Bể kính: dễ quan sát cá khi đẻ.\n• Bể nhựa: rẻ và nhẹ, dễ thay nước.\n"
        f"cá betta sinh sản 1\n2. Chọn cá bố mẹ\n{BODY}\n{MORE}\n"
    )
    assert "sinh sản 1" not in spoken_text(article_of(page))


def test_a_pictures_text_over_a_caption_that_restates_the_text_is_not_read() -> None:
    page = (
        f"{TITLE}\n{LEAD}\n{BODY}\nCá betta trống\nCá betta trống nhả bọt trên mặt nước trước khi đẻ\n"
        f"Đặc điểm của cá trống\nCá betta trống nhả bọt trên mặt nước trước khi đẻ và canh tổ suốt ba ngày.\n{MORE}\n"
    )
    article = article_of(page)
    assert "Cá betta trống" not in [s.title for s in article.sections]
    assert spoken_text(article).count("Cá betta trống") == 1


def test_the_title_glued_to_the_first_paragraph_is_read_once() -> None:
    article = article_of(f"{TITLE}\n\n{TITLE}.{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == TITLE and article.lead == LEAD and spoken_text(article).count(TITLE) == 1


def test_a_subtitle_saying_the_headline_again_stands_over_the_lead() -> None:
    title = "Cách nuôi cá betta sinh sản: Kinh nghiệm của người chơi lâu năm"
    subtitle = "Cách nuôi cá betta sinh sản cho người chơi mới"
    article = article_of(f"{title}\n\n{subtitle}\n\n{LEAD} {BODY}\n\nChuẩn bị bể\n\n{MORE}\n")
    assert article.lead == f"{LEAD} {BODY}"


def test_a_pin_tables_rows_keep_their_numbers() -> None:
    rows = "8 ------------------------ EN (driver enable)\n7 ----------------------- Z.DIR (Z direction)\n"
    page = f"{TITLE}\n{LEAD}\nNối dây như sau:\n{rows}{BODY}\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "8, EN" in spoken and "7, Z.DIR" in spoken


def test_a_rule_inside_a_line_still_parts_a_heading_from_its_text() -> None:
    page = f"{TITLE}\n{LEAD}\nĐẶC ĐIỂM CỦA CÁ TRỐNG ——————– {BODY}\n{MORE}\n"
    article = article_of(page)
    assert any(BODY in p for s in article.sections for p in s.paragraphs)
    assert all("——" not in p for s in article.sections for p in s.paragraphs)
