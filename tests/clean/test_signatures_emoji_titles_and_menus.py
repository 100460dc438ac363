"""Round 49 of reading real pages (issue 21): captions without a credit (a scene in one short
sentence, a gift handed to someone, the organisers' pennant, a picture's text ending "- Ảnh 1."),
a signature with the school and its address under the name, a blog's "Tin/Ảnh:" credit over
its comment form, a title in capitals between emoji, a row of a news site's menu and the writer's
name printed twice over the date line, a picture's credit left between two sentences, the site's
logo glued to a paragraph."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Phường tổ chức lễ mừng thọ cho hơn một trăm người cao tuổi trên địa bàn"
LEAD = "Sáng 12-2, phường đã tổ chức lễ mừng thọ cho hơn một trăm cụ ông, cụ bà tròn bảy mươi tuổi trở lên."
BODY = "Các cụ được nhận giấy mừng thọ, phần quà và xem chương trình văn nghệ do các chi hội biểu diễn."
MORE = "Năm nay, nhiều cụ được con cháu đưa đến dự lễ, không khí buổi lễ ấm cúng và trang trọng."


def test_a_scene_named_in_one_short_sentence_is_a_caption() -> None:
    article = article_of(f"{HEAD}\n\nCác đại biểu tham dự buổi lễ.\n\n{LEAD}\n\n{BODY}")
    assert article.lead == LEAD
    assert "Các đại biểu tham dự buổi lễ" not in spoken_text(article)


def test_a_longer_sentence_about_the_delegates_is_read() -> None:
    said = "Các đại biểu đã thảo luận sôi nổi và thống nhất nhiều giải pháp cho năm tới tại hội nghị."
    assert said in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{said}\n\n{BODY}"))


def test_a_gift_handed_to_an_elder_is_a_caption() -> None:
    captions = (
        "Đoàn trao giấy mừng thọ và quà cho cụ Trần Thị Lan ở khu phố 2",
        "Ông Lê Văn Hòa – Chủ tịch Hội Người cao tuổi phường trao giấy mừng thọ 80 tuổi và quà cho cụ Phạm Văn Tư",
    )
    page = f"{HEAD}\n\n{LEAD}\n\n{captions[0]}\n\n{BODY}\n\n{captions[1]}\n\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "Trần Thị Lan" not in spoken and "Phạm Văn Tư" not in spoken
    assert MORE in spoken


def test_the_organisers_pennant_is_a_caption_even_with_its_stop() -> None:
    pennant = "Ban tổ chức tặng cờ lưu niệm cho các đội tham dự."
    assert "cờ lưu niệm" not in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{pennant}\n\n{BODY}"))


def test_a_pictures_text_ending_with_its_number_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nLễ mừng thọ cho các cụ ở phường- Ảnh 1.\n\n{BODY}"
    assert "Ảnh" not in spoken_text(article_of(page))


def test_a_signature_with_its_school_and_address_is_the_byline() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\nTRẦN THỊ HOA\nTRƯỜNG MẦM NON HOA SEN\nĐịa chỉ: Tổ 5, khu phố 3"
    article = article_of(page)
    assert article.byline == "Trần Thị Hoa"
    assert "TRẦN THỊ HOA" not in spoken_text(article) and "HOA SEN" not in spoken_text(article)


def test_a_blogs_news_and_photo_credit_over_its_comment_form_is_the_byline() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nTin/Ảnh: Ban Truyền thông\n\nHiển thị thêm\n\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\nBack to top button"
    )
    article = article_of(page)
    assert article.byline == "Ban Truyền thông"
    for furniture in ("Tin/Ảnh", "Hiển thị thêm", "Leave a Reply"):
        assert furniture not in spoken_text(article)


def test_a_title_in_capitals_between_emoji_heads_the_page() -> None:
    page = f"🎉🎉MỪNG THỌ NGƯỜI CAO TUỔI 2025🎉🎉 🌸🌸{LEAD}\n{BODY}"
    article = article_of(page)
    assert article.headline == "MỪNG THỌ NGƯỜI CAO TUỔI 2025"
    assert article.lead == LEAD


def test_a_row_of_the_menu_and_the_writer_printed_twice_are_not_read() -> None:
    page = (
        f"Bạn cần biết Tiện ích Liên hệ\nThời sự\n\n{HEAD}\n\nLê Minh Anh\nLê Minh Anh\n"
        f"12/02/2025 09:30 GMT+7\n\n{LEAD}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.headline == HEAD
    assert article.category == "Thời sự"
    assert "Lê Minh Anh" not in spoken_text(article)


def test_a_pictures_credit_between_two_sentences_is_not_read() -> None:
    paragraph = (
        "Giá cà phê trong nước giảm nhẹ. Ảnh minh họa / Vietnam+ Giá cà phê thế giới tiếp tục tăng trên"
        " cả hai sàn giao dịch."
    )
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{paragraph}\n\n{BODY}"))
    assert "minh họa" not in spoken and "Giá cà phê thế giới tiếp tục tăng" in spoken


def test_the_sites_logo_glued_to_a_paragraph_is_not_read() -> None:
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\nLogo header {BODY}"))
    assert "Logo" not in spoken and BODY in spoken


def test_a_title_in_capitals_printed_again_over_two_lines_is_not_read() -> None:
    title = "LỄ MỪNG THỌ, PL 2568 DO HỘI NCT PHƯỜNG TÂN AN VÀ CỘNG ĐỒNG PHẬT TỬ TỔ CHỨC"
    page = (
        f"{title}\n\nLỄ MỪNG THỌ PHẬT LỊCH 2568 – 2024 DO\nHỘI NGƯỜI CAO TUỔI PHƯỜNG TÂN AN VÀ CỘNG ĐỒNG PHẬT TỬ"
        f" TỔ CHỨC\n\n{LEAD}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.lead == LEAD
    assert "2024" not in spoken_text(article)


def test_a_subtitle_in_capitals_that_says_something_else_is_kept() -> None:
    title = "LỄ MỪNG THỌ NĂM 2025 DO HỘI NGƯỜI CAO TUỔI PHƯỜNG TÂN AN TỔ CHỨC"
    subtitle = "NHIỀU CỤ BÀ TRĂM TUỔI VẪN KHỎE MẠNH MINH MẪN"
    assert subtitle in spoken_text(article_of(f"{title}\n\n{subtitle}\n\n{LEAD}\n\n{BODY}"))


def test_a_parts_heading_under_the_title_in_capitals_is_kept() -> None:
    title = "KẾ HOẠCH TỔ CHỨC HỘI THI TÌM HIỂU LỊCH SỬ ĐỊA PHƯƠNG NĂM 2025"
    page = f"{title}\n\nI. MỤC ĐÍCH\n\n{LEAD}\n\n{BODY}"
    assert any(s.title == "I. MỤC ĐÍCH" for s in article_of(page).sections)
