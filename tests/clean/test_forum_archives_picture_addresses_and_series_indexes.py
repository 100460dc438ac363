"""Round 96 of reading real pages (issue 21): a picture's address over the title; a title that names
photography ("... nhiếp ảnh: ...") is no "Ảnh:" credit; a date line with the half of the day after
its clock; a poster's handle between the title and the summary that repeats it; "Nội dung tóm tắt";
a forum archive's "View Full Version :", its posters' logins and smiley codes; a post's age and
comment count run together; a series' index under "Xem lại:"; a "Download" button; the title with
the shop's name over the title."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách chọn ống kính cho người mới chụp ảnh"
LEAD = "Người mới chụp ảnh thường băn khoăn không biết nên mua ống kính nào sau chiếc ống kính đi kèm máy."
BODY = "Một ống kính một tiêu cự khẩu độ lớn giúp ảnh sáng hơn trong nhà và tập cho người chụp cách nhìn khung hình."
MORE = "Khi đã quen máy, bạn có thể mua thêm một ống kính góc rộng để chụp phong cảnh và những chuyến đi xa."


def test_a_pictures_address_over_a_title_naming_photography_is_not_read_and_the_title_is() -> None:
    title = "Cân bằng trắng trong nhiếp ảnh: Chìa khóa cho màu sắc đúng"
    article = article_of(f":quality(75)/1_f36123a395.jpg)\n{title}\n{LEAD}\n{BODY}\n")
    assert article.headline == title and "quality" not in spoken_text(article)


def test_a_date_line_with_the_half_of_the_day_after_its_clock_is_the_date() -> None:
    article = article_of(f"Thứ Tư, 12/11/25 10:10 Sáng\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.published == "2025-11-12T10:10"


def test_a_posters_handle_between_the_title_and_the_summary_repeating_it_is_the_byline() -> None:
    title = "Người mới nên mua ống kính nào?"
    article = article_of(f"{title}\n\nHoanq\n\n{title} {LEAD}\n\n{BODY}\n")
    assert article.byline == "Hoanq" and "Hoanq" not in spoken_text(article)


def test_a_summary_label_over_the_first_heading_is_not_read_and_the_heading_is() -> None:
    heading = "Ống kính đi kèm máy"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\nNội dung tóm tắt\n\n{heading}\n\n{BODY}\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert "Nội dung tóm tắt" not in spoken and heading in spoken


def test_a_forum_archives_label_logins_and_smiley_codes_are_not_read() -> None:
    page = (
        "View Full Version : Hỏi về ống kính cho người mới\nminhquan88\n19-01-2007, 04:14 PM\n"
        f"{LEAD} Xin cảm ơn. :gathering\nphotolover\n19-01-2007, 04:35 PM\n{BODY}\n{MORE}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == "Hỏi về ống kính cho người mới" and article.category is None
    assert not any(w in spoken for w in ("View Full", "minhquan", "gathering", "photolover"))


def test_a_posts_age_and_comment_count_run_together_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\n5 nămBình luận: 64\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Bình luận" not in spoken_text(article)


def test_a_series_index_under_see_again_is_not_read() -> None:
    index = (
        "Xem lại:\n1. Bài 1: Ống kính là gì?\nBài 2: Tiêu cự là gì?\nBài 3: Khẩu độ và độ sâu ảnh.\nBài 4: Chống rung"
    )
    article = article_of(f"{TITLE} - Bài 5\n\n{LEAD}\n\n{index}\n\n{BODY}\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert BODY in spoken and not any(w in spoken for w in ("Xem lại", "Tiêu cự là gì", "Khẩu độ và độ sâu"))


def test_a_download_button_under_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nDownload\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Download" not in spoken_text(article)


def test_the_title_with_the_shops_name_over_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE} - Shop Máy Ảnh Số\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Shop" not in spoken_text(article)
