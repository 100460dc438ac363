"""Round 177 of reading real pages (issue 21): a floating hotline button and its number run onto the text; a Wix
blog's writer and update lines; a picture's text without accents glued after a stop; a day cut short ("Th 3") in
a date line under the title printed twice and over "Nội dung bài viết"; a title in capitals run into the first
sentence; a part's title in capitals never a writer's name; a list's label after a colon never a caption."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Cách sửa vòi nước bị rỉ tại nhà"
LEAD = "Vòi nước bị rỉ làm hao nước mỗi ngày, nhưng phần lớn các trường hợp có thể tự sửa tại nhà trong vài phút."
BODY = "Trước hết cần khóa van tổng, tháo tay vòi ra và xem gioăng cao su bên trong có bị mòn hay nứt vỡ hay không."
MORE = "Nếu gioăng đã cứng, hãy thay gioăng mới cùng cỡ, lắp lại tay vòi và mở van để kiểm tra xem nước còn rỉ không."


def test_a_hotline_button_and_its_number_run_onto_the_text_are_not_read() -> None:
    page = f"Hotline - Zalo\n0358 427 596Hotline - Zalo\n0358 427 596{LEAD}\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert "Hotline" not in spoken_text(article) and "0358" not in spoken_text(article) + article.headline


def test_a_wix_blogs_writer_and_update_lines_are_not_read() -> None:
    wix = "Writer's picture: Mẹo Vặt Gia ĐìnhMẹo Vặt Gia Đình\n\nUpdated: Mar 24, 2021"
    text = spoken_text(article_of(f"{TITLE}\n\n{wix}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"))
    assert "Writer" not in text and "Updated" not in text


def test_a_pictures_text_without_accents_glued_after_a_stop_is_not_read() -> None:
    lead = "Bài viết này hướng dẫn bạn cách sửa vòi nước bị rỉ tại nhà đơn giản và nhanh nhất.cach sua voi nuoc bi ri"
    assert "cach sua" not in spoken_text(article_of(f"{TITLE}\n\n{lead}\n\n{BODY}\n\n{MORE}\n"))


def test_a_title_printed_twice_over_its_writer_a_short_day_and_contents_is_the_headline() -> None:
    page = f"{TITLE}\n\n{TITLE}\n\nNgân Thảo\nTh 3 11/06/2024\nNội dung bài viết\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert (article.headline, article.category, article.published) == (TITLE, None, "2024-06-11")


def test_a_title_in_capitals_run_into_the_first_sentence_is_the_headline() -> None:
    article = article_of(f"CÁCH SỬA VÒI NƯỚC BỊ RỈ, NHANH VÀ GỌN {LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == "CÁCH SỬA VÒI NƯỚC BỊ RỈ, NHANH VÀ GỌN" and article.lead == LEAD


def test_a_part_title_in_capitals_whose_words_the_text_says_is_no_writer() -> None:
    part = "Việc thay gioăng định kỳ giúp vòi bền hơn, không tốn kém mà lại tiết kiệm được nhiều nước cho gia đình."
    article = article_of(f"{LEAD}\n\nTHAY GIOĂNG\n\n{part}\n\n{BODY}\n\n{MORE}\n")
    assert article.byline is None and "THAY GIOĂNG" in chapter_titles(f"{LEAD}\n\nTHAY GIOĂNG\n\n{part}\n\n{BODY}\n")


def test_a_lists_label_after_a_colon_is_read_though_the_text_says_it() -> None:
    label = "Đăng ký kết hôn không có yếu tố nước ngoài"
    said = f"Ủy ban nhân dân cấp xã nơi cư trú của một bên thực hiện việc {label.lower()} cho hai bên nam, nữ."
    page = f"Thủ tục đăng ký kết hôn\n{LEAD}\n{said}\nCần chuẩn bị các giấy tờ sau:\n* {label}\n{BODY}\n{MORE}\n"
    assert label in spoken_text(article_of(page))
