"""Round 68 of reading real pages (issue 21): an overseas vBulletin forum, a member's profile
page, a honey company's handbook, a content farm, a party committee's portal, a kindergarten's
site. A thread's menus and post header, a profile's card, a company's name over the date, page
controls ("Xem cỡ chữ:", "Chuyển tới nội dung chính trong bài[xem]"), a spam tag, a long caption
of a guest speaking and a drop capital are not read as text."""

from __future__ import annotations

from .pages import article_of, spoken_text

LEAD = "Miền Trung là vùng có nhiều tàu câu cá ngừ đại dương nhất cả nước trong những năm gần đây."
BODY = "Mỗi chuyến biển kéo dài gần một tháng, ngư dân thay nhau thức canh dây câu suốt đêm."
MORE = "Khi tàu cập cảng, thương lái chờ sẵn để cân cá và trả tiền ngay tại bến."


def test_a_vbulletin_threads_menus_and_post_header_are_not_read() -> None:
    page = (
        "HOME-Au\nHOME-Au\n24h\n24h\nDonation\nDonation\n\nThread Tools\n"
        "Default Nghề câu cá ngừ ở miền Trung\nOld 03-06-2013   #1\nbienca\nR9 Tuyệt Đỉnh Tôn Sư\n"
        "Join Date: Mar 2009\nPosts: 12,345\nThanks: 2\nThanked 610 Times in 300 Posts\n"
        "Mentioned: 0 Post(s)\nRep Power: 40\nbienca Reputation Uy Tín Level 5\n"
        f"{LEAD}\n\n{BODY}\n\n{MORE}"
    )
    article = article_of(page)
    assert article.headline == "Nghề câu cá ngừ ở miền Trung"
    spoken = spoken_text(article)
    assert "Reputation" not in spoken and "Join Date" not in spoken and "HOME" not in spoken
    assert spoken_text(article).count("tàu câu cá ngừ") == 1 and MORE in spoken


def test_a_member_profiles_card_is_not_read() -> None:
    page = (
        "Jump to content\n\nThu Hà\n\nPosts\n\n12\n\nĐã tham gia\n\nLần truy cập gần nhất\n\nDays Won\n\n2\n\n"
        "Thu Hà có nội dung được yêu thích nhất!\n\n3 người theo dõi\n\nPersonal Information\n\n"
        "Tính năng 'những người đã xem hồ sơ gần đây' đã bị vô hiệu hóa.\n\nReputation\n\n"
        f"{LEAD} {BODY}\n\n{MORE}"
    )
    spoken = spoken_text(article_of(page))
    assert "Posts" not in spoken and "vô hiệu hóa" not in spoken and "yêu thích nhất" not in spoken
    assert BODY in spoken and MORE in spoken


def test_a_companys_name_over_the_date_names_the_outlet() -> None:
    top = "Công ty Cổ phần Ong mật Tây Nguyên\n\n07/03/2021 8:21:25 CH\nXem cỡ chữ:\nĐọc bài viết:"
    page = f"{top}\nĐặc điểm của ong nội\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert article.headline == "Đặc điểm của ong nội" and article.outlet == "Công ty Cổ phần Ong mật Tây Nguyên"
    assert "cỡ chữ" not in spoken_text(article) and "Đọc bài viết" not in spoken_text(article)


def test_a_table_of_contents_toggle_and_a_spam_tag_are_not_read() -> None:
    tagged = f"{BODY} Tag: Dich vu sua may lanh"
    page = f"Giá cá ngừ đầu vụ năm nay\n\nChuyển tới nội dung chính trong bài[xem]\n{LEAD}\n\n{tagged}\n\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "Chuyển tới" not in spoken and "Tag" not in spoken and BODY in spoken


def test_a_long_caption_of_a_guest_speaking_is_not_the_lead() -> None:
    caption = (
        "Ông Trần Văn Hải - Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu tại hội nghị tiếp xúc cử tri "
        "với các xã Tân Phong, Tân Lập và Hòa Bình"
    )
    page = (
        f"Sáng 2/8/2023, Thường trực HĐND huyện tổ chức hội nghị tiếp xúc cử tri sau kỳ họp.\n{caption}\n{BODY}\n{MORE}"
    )
    article = article_of(page)
    assert "phát biểu" not in spoken_text(article) and article.lead is not None and BODY in article.lead


def test_a_drop_capital_on_a_line_of_its_own_is_put_back() -> None:
    opening = "N\nhằm chào mừng ngày Phụ nữ Việt Nam, trường tổ chức nhiều hoạt động cho trẻ."
    page = f"Ngày hội của bé\n\n{opening}\n\n{BODY}\n\n{MORE}"
    assert "Nhằm chào mừng" in spoken_text(article_of(page))
