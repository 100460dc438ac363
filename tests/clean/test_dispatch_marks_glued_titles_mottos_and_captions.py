"""Round 182 of reading real pages (issue 21): ginger, solar lamps, fish, festivals, puppies, banana wine, washing
machines, electric cars, burns. An agency's dispatch mark opening a scrape with no title, the title glued to the
paragraph under it, a blog's motto over its title, an encyclopedia's tagline under the title, a translated site's
label over its parts, pictures' captions under their alt text, beside the story they restate or between a news
story's paragraphs, a month list and a unit's English name are read as the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

LEAD = "Sáng nay, hàng nghìn người dân và du khách đã đổ về trung tâm huyện để dự ngày hội xuống đồng đầu năm."
BODY = "Ban tổ chức cho biết năm nay có thêm nhiều trò chơi dân gian và các gian hàng nông sản của bà con trong vùng."
MORE = "Lễ hội kéo dài hai ngày, khép lại bằng đêm văn nghệ và màn rước đèn quanh thị trấn vào tối chủ nhật."


def test_an_agencys_dispatch_mark_opening_a_scrape_with_no_title_is_not_read() -> None:
    article = article_of(f"Tuyên Quang (TTXVN 17/2/2024) {LEAD} {BODY}\n")
    assert "TTXVN" not in spoken_text(article) and "Tuyên Quang" not in spoken_text(article)
    assert article.headline.startswith("Sáng nay, hàng nghìn người dân")


def test_the_title_glued_to_the_paragraph_under_it_is_said_once() -> None:
    head = "Chăm sóc chó con mới sinh: 5 điều bạn cần biết"
    page = f"{head}\n\n{LEAD}\n\n1. Môi trường sạch sẽ\n\n{head} Chó con mới sinh ở trong ổ suốt mấy tuần đầu. {BODY}\n"
    article = article_of(page)
    assert article.headline == head and spoken_text(article).count("điều bạn cần biết") == 1
    assert any(p.startswith("Chó con mới sinh ở trong ổ") for s in article.sections for p in s.paragraphs)


def test_a_posts_title_glued_before_its_snippet_is_said_once() -> None:
    head = "Chuyến phượt xe máy đến Hà Giang của khách Tây"
    article = article_of(f"{head}\n{head} Chưa từng lái xe máy quá 100 giờ, anh vẫn chọn xe máy để lên núi. {BODY}\n")
    assert article.headline == head and spoken_text(article).count("khách Tây") == 1
    assert article.lead is not None and article.lead.startswith("Chưa từng lái xe máy")


def test_an_encyclopedias_tagline_under_the_title_is_no_headline() -> None:
    page = f"Rượu chuối hột\n\nBách khoa toàn thư mở Wikipedia\n\n{LEAD}\n\nCách làm[sửa | sửa mã nguồn]\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == "Rượu chuối hột" and "Wikipedia" not in spoken_text(article)


def test_a_blogs_motto_over_its_title_in_capitals_is_not_read() -> None:
    page = (
        "Đừng lấy đi những gì ngoài những bức ảnh và cũng đừng để lại thứ gì ngoài những bước chân.\n\n"
        f"KỸ THUẬT TRỒNG GỪNG\n\n{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "KỸ THUẬT TRỒNG GỪNG" and "bước chân" not in spoken_text(article)


def test_a_summary_over_its_title_in_capitals_is_still_the_lead() -> None:
    page = f"Kỹ thuật trồng gừng trong bao giúp nông dân ít đất vẫn có thu nhập khá.\n\nKỸ THUẬT TRỒNG GỪNG\n\n{BODY}\n"
    assert "ít đất" in spoken_text(article_of(page))


def test_two_headings_under_the_headline_open_no_lead() -> None:
    heads = "Cảnh báo với những mẹo dân gian\nĐầu tiên phải biết phân loại bỏng"
    page = f"Cách sơ cứu vết bỏng tại nhà\n\n{heads}\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert article.lead is None and "Đầu tiên phải biết phân loại bỏng" in chapter_titles(page)


def test_a_pictures_text_numbered_after_the_headline_and_its_caption_are_not_read() -> None:
    head = "Những lỗi thường gặp khi dùng đèn tích điện năng lượng mặt trời và cách khắc phục"
    caption = "Đèn tích điện năng lượng mặt trời ứng dụng rộng rãi trong đời sống"
    lead = (
        "Đèn tích điện chạy bằng năng lượng mặt trời đã quen với nhiều nhà. Tuy vậy, dùng lâu đèn cũng có lúc hỏng. "
        "Bài viết dưới đây chỉ ra các lỗi hay gặp và cách sửa."
    )
    text = (
        "Đèn sạc năng lượng mặt trời có cấu tạo khá đơn giản, đồng thời hạn chế cháy nổ, chập điện. Dù vậy bạn vẫn "
        "nên hiểu loại đèn này để kịp xử lý khi hỏng."
    )
    part = "1. Cấu tạo và nguyên lý hoạt động của đèn tích điện"
    page = f"{head}\n\nXem {head}\n\n{lead}\n{head} 1\n{caption}\n\n{text}\n\n  {part}\n\n{BODY}\n"
    assert caption not in chapter_titles(page) and caption not in spoken_text(article_of(page))
    assert text in spoken_text(article_of(page)) and part in chapter_titles(page)


def test_a_heading_in_capitals_under_the_numbered_picture_text_is_read() -> None:
    head = "Cá Koi bị nấm trắng: dấu hiệu và cách xử lý từ gốc"
    heading = "Những Biểu Hiện Đặc Trưng Khi Cá Koi Mắc Bệnh Nấm Trắng"
    page = f"{head}\n\n{LEAD}\n\n{head} 13\n\n{heading}\n\n{BODY}\n\n{MORE}\n"
    assert heading in chapter_titles(page)


def test_a_lone_caption_restating_the_paragraphs_round_it_is_not_read() -> None:
    over = (
        "Ông Đức, sống tại huyện Krông Năng, mua hai đèn năng lượng mặt trời để thắp sáng cho trang trại chăn nuôi. "
        "Đèn sáng suốt đêm, kể cả những ngày mưa, ông cho biết."
    )
    caption = "Một mẫu đèn năng lượng mặt trời được lắp tại trang trại chăn nuôi."
    under = (
        "Anh Thảo ở huyện bên cũng dùng ba chiếc đèn năng lượng mặt trời để thắp sáng khoảng sân rộng. "
        "Tiền điện nhà anh giảm hẳn từ năm ngoái."
    )
    page = f"Đèn năng lượng mặt trời về nông thôn\n\n{LEAD}\n\n{over}\n\n{caption}\n\n{under}\n"
    spoken = spoken_text(article_of(page))
    assert caption not in spoken and over in spoken and under in spoken


def test_a_one_sentence_paragraph_with_its_own_figures_is_read() -> None:
    over = "Ông Đức mua hai đèn năng lượng mặt trời để thắp sáng cho trang trại chăn nuôi. Đèn sáng suốt đêm."
    line = "Mỗi đèn năng lượng mặt trời giá 1,5 triệu đồng, dùng được ở trang trại chăn nuôi."
    under = "Anh Thảo cũng dùng ba chiếc đèn năng lượng mặt trời ở trang trại chăn nuôi. Tiền điện giảm hẳn."
    page = f"Đèn năng lượng mặt trời về nông thôn\n\n{LEAD}\n\n{over}\n\n{line}\n\n{under}\n"
    assert "giá 1,5 triệu đồng" in spoken_text(article_of(page))


def test_a_translated_how_to_sites_label_over_its_parts_is_not_read() -> None:
    page = f"Cách chăm sóc chó con yếu\n\n{LEAD}\n\nBươc chân\nPhần 1/2: Xác định chó con cần trợ giúp\n{BODY}\n"
    article = article_of(page)
    assert "Bươc chân" not in spoken_text(article) and "Xác định chó con" in spoken_text(article)


def test_what_the_headline_names_under_it_is_the_lead() -> None:
    page = (
        "- BỎNG\n- Là tổn thương một hoặc nhiều lớp tế bào da khi cơ thể tiếp xúc với chất lỏng nóng, chất rắn nóng, "
        "lửa\n* Xử trí .\n- Ngâm chỗ bỏng vào nước mát hoặc để dưới vòi nước đang chảy hai mươi phút.\n"
    )
    article = article_of(page)
    assert article.lead is not None and article.lead.startswith("Là tổn thương")


def test_months_listed_with_hyphens_and_a_units_english_name() -> None:
    said = " ".join(spoken_sentences(f"Thu hoạch gừng\n\n{LEAD} Gừng thu vào tháng 10-11-12, đèn 200 Watt.\n"))
    assert "tháng mười, mười một, mười hai" in said and "hai trăm oát" in said


def test_a_clause_without_a_stop_between_a_news_storys_paragraphs_is_a_caption() -> None:
    said = (
        "Phó chủ tịch tỉnh cho biết lễ hội năm nay có thêm nhiều xe mô hình lớn do chính người dân các phường tự làm "
        "trong suốt hai tháng qua."
    )
    caption = "Lễ hội thành Tuyên mấy năm gần đây thu hút đông đảo du khách"
    after = (
        "Giám đốc sở văn hóa khẳng định lễ hội sống được là nhờ xã hội hóa, nhờ các nghệ nhân và sự hưởng ứng "
        "của người dân trong tỉnh."
    )
    heading = "Nơi học tập lý tưởng"
    page = f"Tuyên Quang đưa xe mô hình xuống phố\n\n{LEAD}\n\n{said}\n\n{caption}\n\n{after}\n\n{heading}\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert caption not in spoken and said in spoken and after in spoken and heading in spoken
