"""Round 164 of reading real pages (issue 21): a heading over its picture's text; a part the contents box named; a
heading the paragraph under it takes up; a brand's label under the title; a writer's line naming the section; a blog
theme's run-together meta line; a pointer to other posts and their titles; a picture's text glued to a sentence far
down; a category printed twice over the dates; a title that asks without its mark; a trip's two-day line."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Tủ lạnh không lạnh: nguyên nhân và cách khắc phục tại nhà"
LEAD = "Tủ lạnh không lạnh là lỗi nhiều gia đình gặp phải, nhất là vào những ngày nắng nóng kéo dài."
BODY = "Trước hết, hãy kiểm tra xem phích cắm đã cắm chặt vào ổ điện hay chưa và đèn trong tủ có sáng không."
MORE = "Nếu đã kiểm tra mà tủ vẫn không lạnh, bạn nên gọi thợ đến xem máy nén và ga trong tủ."


def test_a_heading_that_asks_stays_over_its_pictures_text() -> None:
    heading, picture = "Dàn lạnh của tủ lạnh bị đóng tuyết là gì?", "Dàn lạnh của tủ lạnh bị đóng tuyết"
    page = f"{TITLE}\n\n{LEAD}\n\n{heading}\n\n{picture}\n\n{BODY}\n\n{MORE}\n"
    said = spoken_text(article_of(page))
    assert "Dàn lạnh của tủ lạnh bị đóng tuyết là gì?" in said and said.count("Dàn lạnh của tủ lạnh bị đóng tuyết") == 1


def test_a_part_the_contents_box_names_stays_over_its_pictures_text() -> None:
    box = "Contents\n\n1 Kiểm tra nguồn điện của tủ2 Vệ sinh dàn lạnh2.1 Cách tháo dàn lạnh3 Gọi thợ sửa chữa\n\n"
    page = f"{TITLE}\n\n{LEAD}\n\n{box}Kiểm tra nguồn điện của tủ\n\nKiểm tra nguồn điện của tủ lạnh\n\n{BODY}\n"
    said = spoken_text(article_of(page))
    assert "Kiểm tra nguồn điện của tủ" in said and "Vệ sinh dàn lạnh" not in said and "tủ lạnh\n" not in said


def test_a_heading_the_paragraph_under_it_takes_up_is_no_caption() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{TITLE}\n\nThủ tục bảo hành tủ lạnh tại nhà\n\n"
        "Tuy thủ tục bảo hành của mỗi hãng là khác nhau, bạn vẫn cần giữ phiếu bảo hành và hóa đơn.\n\n"
        f"{MORE}\n"
    )
    assert "Thủ tục bảo hành tủ lạnh tại nhà" in spoken_text(article_of(page))


def test_a_brands_label_under_the_title_is_the_category() -> None:
    article = article_of(f"Tủ lạnh Toshiba không lạnh | #7 Nguyên nhân\n\nToshiba\n\n{LEAD}\n\n{BODY}\n")
    assert article.category == "Toshiba" and article.lead == LEAD and "Toshiba Tủ" not in spoken_text(article)


def test_a_writers_line_naming_the_section_is_byline_category_and_date() -> None:
    line = "Trần Văn Nam trong Điện lạnh - Gia dụng - Cập nhật lần cuối: 12/03/2025"
    article = article_of(f"{TITLE}\n{line}\n{LEAD}\n\n{BODY}\n")
    assert (article.byline, article.category, article.lead) == ("Trần Văn Nam", "Điện lạnh - Gia dụng", LEAD)
    assert article.published is not None and article.published.startswith("2025-03-12")


def test_a_blog_themes_run_together_meta_line_is_not_read() -> None:
    meta = "3 Tháng Sáu, 20215 Tháng Sáu, 2021 AdminĐiện lạnh / Mẹo vặt gia đình2 bình luận ở Tủ lạnh không lạnh"
    article = article_of(f"{TITLE}\n\n{meta}\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "bình luận" not in spoken_text(article)
    assert article.published is not None and article.published.startswith("2021-06-03")


def test_a_pointer_to_other_posts_and_their_titles_are_not_read_the_next_heading_is() -> None:
    links = (
        "Để hiểu rõ hơn về tủ lạnh, bạn nên đọc các bài viết hay khác:\nCách vệ sinh tủ lạnh\nTủ lạnh kêu to (chi tiết)"
    )
    page = (
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{links}\nCách kiểm tra máy nén\n{MORE}\n\nXem thêm các bài viết:\n\n{BODY}\n"
    )
    said = spoken_text(article_of(page))
    assert "nên đọc" not in said and "Cách vệ sinh" not in said and "Xem thêm" not in said
    assert "Cách kiểm tra máy nén" in said


def test_a_pictures_text_glued_to_a_sentence_far_down_is_not_read() -> None:
    glued = "nguyên nhân và cách khắc phục tủ lạnh không lạnhNgoài ra, gioăng cửa bị hở cũng làm hơi lạnh thoát ra."
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nKiểm tra gioăng cửa\n\n{MORE}\n\n{glued}\n"
    said = spoken_text(article_of(page))
    assert "Ngoài ra, gioăng cửa bị hở" in said and "khắc phục tủ lạnh không lạnhNgoài" not in said
    assert said.count("nguyên nhân và cách khắc phục") == 1


def test_a_category_printed_twice_over_the_dates_is_no_headline() -> None:
    top = (
        "avatar\n\nicon\n\n"
        + TITLE
        + "\n\nKiến thức điện lạnh\n\n- 19/02/2024\n\n0\n\nKiến thức điện lạnh\n\n19/02/2024\n\n0"
    )
    article = article_of(f"{top}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.category == "Kiến thức điện lạnh"


def test_a_title_that_asks_without_its_mark_is_the_headline() -> None:
    article = article_of(f"Vì sao mèo nôn\n\nMèo bị nôn – chăm sóc tại nhà ra sao?\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == "Vì sao mèo nôn"


def test_a_trips_two_day_line_is_read_as_days_of_the_trip() -> None:
    plan = "Ngày 1: Hà Nội – Đà Lạt\nNgày 2: Đà Lạt\nNgày 3-4: Đà Lạt – Nha Trang\nNgày 5: Nha Trang – Hà Nội"
    said = " ".join(spoken_sentences(f"Lịch trình du lịch Đà Lạt năm ngày\n\n{LEAD}\n\n{plan}\n\n{BODY}\n"))
    assert "Ngày ba đến bốn" in said


def test_a_lone_day_and_month_line_stays_a_date() -> None:
    said = " ".join(spoken_sentences(f"{TITLE}\n\n{LEAD}\n\nNgày 3-4: khai mạc hội chợ điện máy.\n\n{BODY}\n"))
    assert "ngày ba tháng tư" in said.lower()
