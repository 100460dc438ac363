"""Round 101 of reading real pages (issue 21): a text-size control named in words under the
title; a post's meta list in English ("By : ...", "Category : ..."); an update stamp with its time
and count of views."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách bảo quản đàn piano trong mùa nồm"
LEAD = "Đàn piano làm từ gỗ, nỉ và dây thép nên rất nhạy với độ ẩm của những tháng mưa phùn."
BODY = "Một chiếc máy hút ẩm đặt trong phòng giữ độ ẩm ở khoảng bốn mươi đến sáu mươi phần trăm."


def test_a_text_size_control_named_in_words_is_not_read() -> None:
    article = article_of(f"{TITLE}\nKích thước chữ\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Kích thước" not in spoken_text(article)


def test_a_posts_meta_list_in_english_names_its_writer_and_section_unread() -> None:
    article = article_of(f"{TITLE}\n- By : Hongctv\n- Category : Yamaha\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Hongctv" and article.category == "Yamaha" and article.lead == LEAD
    assert "Hongctv" not in spoken_text(article) and "Category" not in spoken_text(article)


def test_an_update_stamp_with_its_time_and_views_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nNgày cập nhật 08/11/2025 03:26 PM - 9 lượt xem\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "lượt xem" not in spoken_text(article)
