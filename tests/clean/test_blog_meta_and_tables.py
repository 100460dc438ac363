"""Round 103 of reading real pages (issue 21): a table whose rows leave off their first pipe; a skip
link, an empty update label and a comment counter; a blog's day with "bởi" and its writer below; a
title that asks and teases over the text; a subtitle in capitals under the title; a link closing a
paragraph; a picture's text and caption with a word mistyped; a numbered heading that exclaims."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Cách bảo quản rượu vang sau khi mở nắp"
LEAD = "Một chai vang đã khui nếu để ngoài không khí quá lâu sẽ mất hương chỉ sau một hai ngày."
BODY = "Nút chai nên được đậy kín ngay sau khi rót và chai nên được đặt đứng trong ngăn mát."
MORE = "Vang sủi bọt nhạy hơn cả, vì bọt khí thoát ra rất nhanh khi không có nút chuyên dụng."


def test_a_table_whose_rows_leave_off_their_first_pipe_is_read_row_by_row() -> None:
    table = "Loại vang | Thời gian bảo quản |\n---|---|\nVang đỏ | 3 – 5 ngày |\nVang trắng | 3 – 7 ngày |\n"
    spoken = " ".join(spoken_sentences(f"{TITLE}\n{LEAD}\n{BODY}\n{table}{MORE}\n"))
    assert "Vang đỏ: ba đến năm ngày" in spoken and "Vang trắng: ba đến bảy ngày" in spoken


def test_a_skip_link_an_empty_update_label_and_a_comment_counter_are_not_read() -> None:
    page = f"Bỏ qua để đến Nội dung\n{TITLE}\nCập nhật lần cuối:\n| Chưa có bình luận\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD
    assert "Bỏ qua" not in spoken_text(article) and "bình luận" not in spoken_text(article)


def test_a_blogs_day_with_by_names_the_writer_below_the_title_again() -> None:
    article = article_of(f"{TITLE}\n8 tháng 8, 2025 bởi\n{TITLE}\nChung Đức Tín\n{LEAD}\n{BODY}\n")
    assert article.byline == "Chung Đức Tín" and article.published == "2025-08-08"
    assert article.headline == TITLE and article.lead == LEAD and "bởi" not in spoken_text(article)


def test_a_title_that_asks_and_teases_stays_the_headline_over_a_heading() -> None:
    title = "Vang đã mở để được bao lâu trong tủ lạnh? Câu trả lời sẽ khiến bạn bất ngờ."
    heading = "Hơn cả một thói quen – vang và tủ lạnh trong mỗi gia đình"
    article = article_of(f"{title}\n{heading}\n{LEAD} {BODY}\n{MORE}\n")
    assert article.headline.startswith("Vang đã mở") and article.sections[0].title == heading


def test_a_subtitle_in_capitals_under_the_title_leaves_the_title_the_headline() -> None:
    article = article_of(
        f"Giỏ hàng\n{TITLE}\nĐỂ GIỮ RƯỢU VANG ĐÃ MỞ NẮP LUÔN THƠM NGON LÂU HƠN\n{LEAD} {BODY}\n{MORE}\n"
    )
    assert article.headline == TITLE and article.category is None


def test_a_link_closing_a_paragraph_after_tham_khao_them_is_not_read() -> None:
    article = article_of(f"{TITLE}\n{LEAD}\n{BODY} Tham khảo thêm Các loại nút chai vang\n{MORE}\n")
    assert "nút chai vang" not in spoken_text(article) and BODY in spoken_text(article)


def test_a_pictures_text_and_caption_with_one_word_mistyped_are_not_read() -> None:
    alt = "Rượu vang sau khi đã mở nắp không nên để uqas 48h"
    caption = "Rượu vang tĩnh sau khi đã mở nắp không nên để quá 48h"
    article = article_of(f"{TITLE}\n{LEAD}\n{BODY}\n{alt}\n{caption}\n{MORE}\n")
    assert "48h" not in spoken_text(article)


def test_two_lines_differing_in_one_code_are_both_read() -> None:
    first = "E4 – Lỗi quạt bên trong của điều hòa treo tường (Động cơ PG)"
    second = "E4 – Lỗi quạt bên trong của điều hòa treo tường (Động cơ DC)"
    article = article_of(f"{TITLE}\n{LEAD}\n{BODY}\n{first}\n{second}\n{MORE}\n")
    assert "Động cơ PG" in spoken_text(article) and "Động cơ DC" in spoken_text(article)


def test_a_numbered_heading_that_exclaims_heads_its_part() -> None:
    heading = "1. Đưa Chai Vào Ngăn Mát – Ưu Tiên Số Một!"
    article = article_of(f"{TITLE}\n{LEAD}\n{heading}\n{BODY} {MORE}\n2. Đậy Nút Thật Kín\n{MORE} {BODY}\n")
    assert [s.title for s in article.sections][:2] == [heading, "2. Đậy Nút Thật Kín"]
