"""Round 116 of reading real pages (issue 21): a section's heading over its sub-heading under a
picture's text; a nursery's header, its name and address and its business licence, over the
title; a title said again as a picture's caption; a blog's "back to blog, posted on" line; a
recipe's first step; a title-less page's opening paragraph over its first section."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Chăm sóc cá Koi mùa đông: Hướng dẫn chi tiết"
LEAD = "Chăm sóc cá Koi mùa đông là điều cần thiết để giữ cho những chú cá của bạn khỏe mạnh qua những tháng rét."
BODY = "Khi nước hồ xuống dưới mười độ, cá Koi ăn ít hẳn đi và bơi sát đáy, người nuôi cần theo dõi nhiệt kế mỗi sáng."


def test_a_sections_heading_over_its_sub_heading_under_a_pictures_text_is_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n9 koi winter pond\n\nĐiều chỉnh nhiệt độ nước\n\nKiểm tra nhiệt độ nước\n\n{BODY}\n"
    spoken = spoken_text(article_of(page))
    assert "Điều chỉnh nhiệt độ nước" in spoken and "Kiểm tra nhiệt độ nước" in spoken and "winter" not in spoken


def test_a_title_ending_in_the_writers_institute_is_the_headline_not_a_trail() -> None:
    title = "Đổi mới quản lý dự án ở Ban Xây dựng, Học viện Nông nghiệp Miền Trung"
    lead = "Chuyển đổi số là xu thế tất yếu ở mọi ngành, trong đó có quản lý các dự án đầu tư xây dựng công trình."
    writer = "ThS TRẦN VĂN BÌNH\nHọc viện Nông nghiệp Miền Trung"
    page = f"{title}\n\n15/01/2024 16:32\n\n{writer}\n\n(NNMT) - {lead}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and article.lead == lead


def test_a_shops_name_and_address_its_phone_and_licence_over_the_title_are_not_read() -> None:
    title = "Quy trình kỹ thuật trồng tiêu cho năng suất cao"
    lead = "Hôm nay chúng ta cùng tìm hiểu quy trình trồng tiêu bền vững, ít rủi ro, cho năng suất cao mỗi vụ."
    header = "VƯỜN ƯƠM CÂY GIỐNG HOÀNG PHÁT 145 Lê Duẩn - TP.Pleiku - Gia Lai\nĐiện thoại: 0912 345 678\n"
    article = article_of(f"{header}Giấy phép kinh doanh: 59B8021473\n\n{title}\n\n{lead}\n\n{BODY}\n")
    assert article.headline == title and article.lead == lead and "Giấy phép" not in spoken_text(article)


def test_a_blogs_link_back_and_its_day_under_the_title_are_not_read() -> None:
    title = "Giải đáp các thuật ngữ hay dùng trên hộp tai nghe"
    lead = "Tai nghe là một trong những thiết bị phát âm thanh phổ biến nhất hiện nay, ai cũng từng dùng qua."
    article = article_of(f"{title}\n\nTrở về Blog | Đăng bởi vào ngày 12/03/22\n\n{lead}\n\n{BODY}\n")
    assert article.lead == lead and "Blog" not in spoken_text(article)


def test_a_recipes_first_step_under_the_title_opens_the_body_and_is_no_lead() -> None:
    title = "Cách làm bánh da lợn lá dứa thơm ngon tại nhà"
    step = "Bước 1: Rửa sạch lá dứa, cắt khúc rồi xay với 200 ml nước, lọc lấy nước cốt màu xanh."
    second = "Bước 2: Trộn bột năng với nước cốt dừa và đường cho tan hết."
    article = article_of(f"{title}\n\n{step}\n\n{second}\n\n{BODY}\n")
    assert article.headline == title and article.lead is None
    assert "Bước 1" in spoken_text(article)


def test_a_parts_heading_said_again_by_its_pictures_caption_at_the_parts_end_is_read_once() -> None:
    title = "Cách làm bánh khoai mì nướng"
    lead = "Bánh khoai mì nướng là món quà vặt quen thuộc, vỏ vàng giòn mà ruột dẻo thơm mùi nước cốt dừa."
    heading = "Sơ chế khoai mì và trộn bột"
    step = "Gọt vỏ khoai mì, ngâm nước muối loãng rồi bào sợi thật nhỏ. Vắt bớt nước để bột không bị nhão."
    page = f"{title}\n\n{lead}\n\n{heading}\n\n{step}\n\n{heading}\n\nNướng bánh\n\n{BODY}\n"
    article = article_of(page)
    assert [s.title for s in article.sections] == [heading, "Nướng bánh"]
    assert spoken_text(article).count(heading) == 1
