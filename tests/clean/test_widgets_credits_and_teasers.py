"""Round 71 of reading real pages (issue 21): farmers' association portals, a forum, travel and
recipe blogs, shop blogs on engines, ward portals. A tracking pixel's name, a writer over the
site's widgets, an unstopped caption of a comrade speaking, a teased link, quoted captions, a
picture's alt text and title, an editor's and reviewers' lines, a box of other stories' teasers
are not read; a short title over the page's date heads it, a phrase the text repeats is no
section label, and a heading in small letters is never a writer."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Hội nông dân tổng kết công tác năm"
LEAD = "Sáng nay, hội nông dân tỉnh tổ chức hội nghị tổng kết công tác hội và phong trào nông dân trong năm."
BODY = "Năm qua, các cấp hội đã vận động hội viên thi đua sản xuất, kinh doanh giỏi và giúp nhau thoát nghèo."
MORE = "Hội nghị cũng trao bằng khen cho ba mươi tập thể và sáu mươi cá nhân có thành tích xuất sắc trong năm."


def test_a_tracking_pixels_name_never_heads_the_page() -> None:
    article = article_of(f"fbpx\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert "fbpx" not in spoken_text(article)


def test_a_writer_over_the_sites_widgets_is_the_byline() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nMai Hương\n\nThời tiết\n\nTỷ giá ngoại tệ\n\nĐang online 1717"
    article = article_of(page)
    said = spoken_text(article)
    assert article.byline == "Mai Hương" and "Mai Hương" not in said and "Thời tiết" not in said


def test_an_unstopped_caption_of_a_comrade_speaking_is_not_read() -> None:
    caption = "Đ.c Nguyễn Văn Thi – TUV, Chủ tịch HND tỉnh phát biểu kết luận hội nghị"
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}"))
    assert "phát biểu kết luận" not in said and "bằng khen" in said


def test_a_teased_link_is_not_read() -> None:
    teased = "Bạn nên biết: Phượt xuyên Việt bằng xe máy: Kinh nghiệm phượt an toàn, tiết kiệm"
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{teased}\n\n{MORE}"))
    assert "Bạn nên biết" not in said and "bằng khen" in said


def test_quoted_captions_of_a_table_and_of_a_heading_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n“Bảng cách kiểm tra ắc quy yếu”\n\n3. Hỏng cảm biến trục khuỷu:\n\n"
        f"“Hỏng cảm biến trục khuỷu”\n\n{MORE}"
    )
    said = spoken_text(article_of(page))
    assert "Bảng cách" not in said and said.count("cảm biến trục khuỷu") == 1


def test_a_pictures_alt_text_and_title_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nÁc quy ô tô bị yếu\n\n"
        f"Ác Quy Yếu Cũng Là 1 Nguyên Nhân Khiến Xe Chết Máy Giữa Đường\n\n{MORE}"
    )
    said = spoken_text(article_of(page))
    assert "Ác quy" not in said and "Ác Quy" not in said and "bằng khen" in said


def test_an_editors_and_reviewers_lines_are_not_read() -> None:
    page = f"{HEAD}\n\nBiên tập viên: Trần Tiến Phong\n\nĐánh giá: Trần Trà My, Trần Phương Phương\n\n{LEAD}\n\n{BODY}"
    article = article_of(f"{page}\n\n{MORE}")
    said = spoken_text(article)
    assert article.byline == "Trần Tiến Phong" and "Biên tập viên" not in said and "Đánh giá" not in said


def test_a_box_of_other_stories_teasers_ends_the_page() -> None:
    box = (
        "Bài viết cùng chuyên mục\n\nBánh kem (hướng dẫn cách làm)\n\nĐổ trứng sữa vào bình rồi đun nhỏ lửa.\n\n"
        "Cá trê canh củ từ\n\nCá trê nhỏ kho quẹt ăn là hết ý."
    )
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{box}"))
    assert "Cá trê" not in said and "trứng sữa" not in said and "bằng khen" in said


def test_a_short_title_over_the_pages_date_heads_it() -> None:
    page = f"Bánh bông lan\n\n2015-01-16 07:10 PM\n\n{LEAD} {BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == "Bánh bông lan" and article.published == "2015-01-16T19:10"


def test_a_phrase_the_text_repeats_is_no_section_label() -> None:
    first = (
        "Giáo dục Mầm non đặt viên gạch đầu tiên cho tương lai của trẻ. Vì vậy việc đưa kỹ năng sống vào "
        "chương trình giáo dục Mầm non là bước khởi đầu để con học từ cuộc sống. Các cô giáo luôn tận tâm với trẻ."
    )
    article = article_of(f"{first}\n\n{BODY}\n\n{MORE}")
    assert article.category is None and article.headline.startswith("Giáo dục Mầm non")
    assert "chương trình giáo dục Mầm non là bước khởi đầu" in (article.lead or "")


def test_a_heading_in_small_letters_is_never_the_writer() -> None:
    article = article_of(f"{HEAD}\n\n- Hồ sơ\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.byline is None
