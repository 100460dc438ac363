"""Round 60 of reading real pages (issue 21): ward and district portals, exam guides, clinics'
and churches' pages. A portal's search box over a title closed by a stop, a writer's name closed
by a stop, a heading in capitals over hard-wrapped text, a page's star rating and a picture's
alternative text in small letters, an acronym's name in English, a date labelled "Ngày Tháng :" and
a heading in capitals closed by a stop."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Thôn An Phú khánh thành nhà văn hóa mới"
LEAD = "Sáng ngày 12/3, thôn An Phú tổ chức lễ khánh thành nhà văn hóa với tổng kinh phí hơn 600 triệu đồng."
BODY = "Nhà văn hóa rộng 200 mét vuông, là nơi hội họp và sinh hoạt văn nghệ của bà con trong thôn."


def test_a_search_boxs_label_is_not_the_headline_over_a_title_closed_by_a_stop() -> None:
    page = f"Tìm kiếm tin tức\n\n{HEAD}.\nNgày cập nhật 05/12/2013\n\n{LEAD}\n\n{BODY}\n\nXem tin theo ngày"
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD) and "Tìm kiếm" not in spoken_text(article)


def test_a_writers_name_closed_by_a_stop_is_the_byline() -> None:
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n                    Công Cường.")
    assert article.byline == "Công Cường" and "Cường" not in spoken_text(article)


def test_a_heading_in_capitals_ends_where_the_wrapped_text_starts() -> None:
    title = "GIA ĐÌNH ÔNG NGUYỄN VĂN AN Ở PHAN THIẾT TẶNG QUÀ CHO NGƯỜI MÙ HAI HUYỆN TÁNH LINH, ĐỨC LINH NĂM 2025"
    page = (
        f"28/02/2025\n{title}\nNgày 27/02/2025, tại hội\n"
        "trường Trung tâm văn hóa xã, Hội chữ thập đỏ xã Gia An phối hợp với Hội người\n"
        "mù tỉnh và Hội người mù hai huyện trao quà cho người mù; tham dự có ông Đỗ Văn\n"
        "Tín, Chánh văn phòng Hội người mù tỉnh, ông Hồ Văn Hùng, Chủ tịch Hội người mù\n"
        "huyện Tánh Linh, cùng toàn thể hội viên người mù trên địa bàn hai huyện.\n"
        "Lãnh đạo tỉnh trao giấy khen cho nhà\nhảo tâm\nHội Người mù tỉnh\n"
        "đã tích cực vận động các doanh nghiệp, tổ chức và cá nhân ủng hộ; gia đình ông\n"
        "An tặng 150 suất quà, mỗi suất trị giá 400 nghìn đồng, cho hội viên có hoàn\n"
        "cảnh khó khăn, giúp họ vững vàng hơn và hòa nhập cộng đồng.\n"
        "Hoạt động trao quà\nlà việc làm ý nghĩa, giúp người mù có thêm động lực vươn lên trong cuộc sống.\n"
    )
    article = article_of(page)
    assert article.headline == title and article.lead.startswith("Ngày 27/02/2025")


def test_a_star_rating_and_a_pictures_small_letters_are_not_read() -> None:
    page = f"{HEAD}\n\n0/5 - (0 bình chọn)\n\n{LEAD}\n\nnhà văn hóa thôn an phú 2024\n\n{BODY}"
    spoken = spoken_text(article_of(page))
    assert "bình chọn" not in spoken and "an phú 2024" not in spoken


def test_a_heading_that_opens_with_a_brand_in_small_letters_stays() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\niPhone 13\n\n{BODY}"
    assert "iPhone 13" in spoken_text(article_of(page))


def test_a_related_box_under_its_small_letters_header_goes_with_it() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nbài liên quan mới nhất\n"
        "- Thôn Bình Minh khởi công nhà văn hóa\n-\nXã An Hòa khai trương chợ mới -"
    )
    spoken = spoken_text(article_of(page))
    assert "Bình Minh" not in spoken and "chợ mới" not in spoken


def test_an_english_name_for_an_acronym_is_not_read_for_it() -> None:
    page = (
        "Kỳ thi năng lực tiếng Nhật\n\n"
        "Tên tiếng Anh của kỳ thi là Japanese Language Proficiency Test, do Nhật Bản tổ chức.\n\n"
        "Năm nay kỳ thi JLPT có thêm điểm thi ở Huế."
    )
    assert spoken_sentences(page)[-1] == "Năm nay kỳ thi giê e lờ pê tê có thêm điểm thi ở Huế."


def test_a_date_labelled_day_and_month_is_the_pages_date() -> None:
    article = article_of(f"{HEAD}\nNgày Tháng : 2011-06-15\n{LEAD}\n\n{BODY}")
    assert article.published == "2011-06-15" and "2011" not in spoken_text(article)


def test_a_heading_in_capitals_closed_by_a_stop_is_not_the_lead() -> None:
    head = "Đề xuất mô hình “Cụm 1 tàu mẹ – 5 tàu con” trong đánh bắt cá ngừ"
    sub = "MÔ HÌNH “CỤM TÀU MẸ – TÀU CON” PHỤC VỤ ĐÁNH BẮT VÀ BẢO QUẢN CÁ NGỪ ĐẠI DƯƠNG"
    first = (
        "Cá ngừ đại dương là nguồn lợi hải sản có giá trị lớn, nhưng chất lượng sau khi đánh bắt của tàu"
        " nhỏ thường không đạt chuẩn xuất khẩu. Đây là hạn chế lớn của nghề câu cá ngừ ở miền Trung."
    )
    article = article_of(f"{head}\n\n{sub}\n\nĐẶT VẤN ĐỀ.\n\n{first}\n\n{BODY}")
    assert article.lead == first
