"""Round 162 of reading real pages (issue 21): a law's numbered article heading over its clause; a list's items
each closing on its picture's credit; comment and view counters; a post's tags under its title; a blog's "Lưu trữ"
after a tag's name; a like button and a "Thêm" link after the last line; a title's school year in capitals; a tag
page's title run into its teaser; an example's "vd." inside brackets."""

from __future__ import annotations

from audio_edition.text.sentences import split_sentences

from .pages import article_of, spoken_text

TITLE = "Kinh nghiệm chăm sóc vườn cây ăn trái trong mùa khô hạn"
LEAD = "Mùa khô năm nay đến sớm, nhiều nhà vườn ở miền Tây đã chủ động trữ nước ngọt cho cây trồng."
BODY = "Theo các kỹ sư nông nghiệp, tưới nhỏ giọt giúp tiết kiệm nước mà cây vẫn phát triển tốt."
MORE = "Bà con cũng nên phủ gốc bằng rơm rạ để giữ ẩm cho đất trong những ngày nắng gắt."


def test_a_laws_numbered_article_heading_over_its_clause_is_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nĐiều 1. Hình thức, tên, địa chỉ nhà vườn\n\n1.1 Hình thức nhà vườn\n\n{BODY}\n"
    said = spoken_text(article_of(page))
    assert "Điều 1. Hình thức, tên, địa chỉ nhà vườn" in said and "1.1 Hình thức nhà vườn" in said


def test_list_items_closing_on_their_pictures_credit_are_read_without_it() -> None:
    items = [
        f"Đứng đầu danh sách là vườn bưởi Năm Roi ở Vĩnh Long. {BODY} Ảnh: Vườn Năm Roi",
        f"Thứ hai là vườn xoài cát ở Đồng Tháp. {MORE} Ảnh: Xoài Cao Lãnh",
        f"Thứ ba là vườn sầu riêng ở Tiền Giang. {LEAD}Ảnh: Nhà vườn/Facebook",
    ]
    said = spoken_text(article_of(f"{TITLE}\n" + "\n".join(items) + "\n"))
    assert "Năm Roi ở Vĩnh Long" in said and "xoài cát" in said and "sầu riêng ở Tiền Giang" in said
    assert "Ảnh" not in said


def test_comment_and_view_counters_under_the_title_are_not_read() -> None:
    for counter in ("Bình luận · 673 Lượt xem", "Phản hồi: 1"):
        article = article_of(f"{TITLE}\n\n{counter}\n\n{LEAD}\n\n{BODY}\n")
        assert counter not in spoken_text(article) and article.lead == LEAD


def test_a_posts_tags_under_its_title_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\nchăm sóc vườn cây, mùa khô hạn\n\n{LEAD}\n\n{BODY}\n")
    assert "chăm sóc vườn cây, mùa khô" not in spoken_text(article) and article.lead == LEAD


def test_a_blogs_archive_word_after_a_tags_name_is_no_part_of_the_headline() -> None:
    assert article_of(f"Nghị định 28/2015/NĐ-CP hướng dẫn luật việc làm Lưu trữ\n\n{LEAD}\n").headline == (
        "Nghị định 28/2015/NĐ-CP hướng dẫn luật việc làm"
    )


def test_a_like_button_and_a_more_link_after_the_last_line_are_not_read() -> None:
    said = spoken_text(article_of(f"{TITLE}\n{LEAD}\n{BODY}\nGiá hơi cao nhưng rất đáng để thử\nngười yêu thích\n"))
    assert "yêu thích" not in said and "đáng để thử" in said
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY} Thật sự quá thất vọng!!!Thêm\n"))
    assert "Thêm" not in said and "thất vọng" in said


def test_a_titles_school_year_in_capitals_closes_the_headline() -> None:
    article = article_of(f"HỘI THI GIÁO VIÊN DẠY GIỎI CẤP XÃ\nNĂM HỌC 2025–2026\n{LEAD}\n{BODY}\n")
    assert article.headline.endswith("NĂM HỌC 2025–2026") and article.lead == LEAD


def test_a_tag_pages_title_run_into_its_teaser_is_the_headline_over_the_lead() -> None:
    teaser = "Với mùa khô đến sớm, nhiều nhà vườn ở miền Tây vẫn loay hoay tìm nguồn nước ngọt cho cây."
    article = article_of(f"Vườn cây vượt hạn {teaser}\n")
    assert article.headline == "Vườn cây vượt hạn" and article.lead == teaser


def test_a_title_closing_on_a_name_in_capitals_is_not_parted() -> None:
    first = "Chánh án Tòa án nhân dân Tối cao thăm và làm việc với ngành tòa án tỉnh Kiên Giang trong hai ngày."
    assert article_of(f"{first}\n{BODY}\n").headline.startswith("Chánh án Tòa án nhân dân Tối cao thăm")


def test_an_examples_abbreviation_inside_brackets_starts_no_sentence() -> None:
    assert len(split_sentences("Cất sữa vào một hộp kín (vd. Lock n Lock). Câu sau.")) == 2
