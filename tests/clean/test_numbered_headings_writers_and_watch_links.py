"""Round 52 of reading real pages (issue 21): a numbered heading that repeats the headline's words
is read, not taken for a picture's caption; two writers in capitals apart by a comma under the
headline are the byline; "Xem video ..." and "Xem tường thuật ..." link to recordings; a
"bài liên quan mới nhất" box; a caption's credit "(Ảnh. X)" with a stop for its colon; a stop the
scrape left before the first paragraph."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Bác sĩ cắt bỏ khối u nặng 12kg cho một cụ bà ở Nghệ An"
LEAD = "Sau sáu giờ phẫu thuật, các bác sĩ bệnh viện tỉnh đã cắt bỏ thành công khối u buồng trứng nặng 12kg."
BODY = "Cụ bà 78 tuổi nhập viện vì bụng to dần, đi lại khó khăn và ăn uống kém trong nhiều tháng qua."
MORE = "Sau mổ, sức khỏe của cụ bà đã ổn định, cụ ăn uống được và dự kiến xuất viện trong tuần tới."


def test_a_numbered_heading_with_the_headlines_words_is_read() -> None:
    page = (
        "Mức phạt tội lừa đảo chiếm đoạt tài sản theo luật mới\n\n"
        "1. Các mức phạt tội lừa đảo chiếm đoạt tài sản\n\n"
        "Theo quy định hiện hành, tội lừa đảo chiếm đoạt tài sản có bốn khung hình phạt khác nhau.\n\n"
        "Mức phạt thấp nhất là cải tạo không giam giữ đến ba năm."
    )
    assert "Các mức phạt tội lừa đảo chiếm đoạt tài sản" in spoken_text(article_of(page))


def test_two_writers_in_capitals_under_the_headline_are_the_byline() -> None:
    article = article_of(f"{HEAD}\n\nNGUYỄN HOA, TRẦN MINH\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.byline == "Nguyễn Hoa, Trần Minh"
    assert "NGUYỄN HOA" not in spoken_text(article) and article.lead == LEAD


def test_links_to_a_recording_are_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nXem tường thuật ca mổ\n\nXem video do Truyền hình tỉnh thực hiện :\n\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "Xem" not in spoken and MORE in spoken


def test_a_box_of_the_newest_related_stories_is_not_read() -> None:
    links = "bài liên quan mới nhất\n- Bệnh viện tỉnh khánh thành khoa ung bướu\n- Giáo xứ Nam Thái mừng bổn mạng -"
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n{links}"))
    assert "liên quan" not in spoken and "khoa ung bướu" not in spoken


def test_a_captions_credit_with_a_stop_for_its_colon_goes_with_the_caption() -> None:
    caption = "Cụ bà cùng các bác sĩ sau ca mổ. (Ảnh. BVT)"
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}"))
    assert "Ảnh" not in spoken and "BVT" not in spoken and MORE in spoken


def test_a_stop_the_scrape_left_before_the_first_paragraph_is_not_read() -> None:
    sentences = spoken_sentences(f"{HEAD}\n\n. {LEAD}\n\n{BODY}\n\n{MORE}")
    assert all(s.strip(" .") for s in sentences)
