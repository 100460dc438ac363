"""Round 87 of reading real pages (issue 21): a blog's author box at the top; a title with a colon
under a summary that announces it; a contact form's prompt; a picture's caption under the title
printed again further down as a picture's text and caption; a first part's heading under a box of
links; a table's cells printed twice; a numbered way's label and a stop typed after its space; a
name in capitals the page also writes as a word."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.text.sentences import split_sentences

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Chữa đau lưng tại nhà: 4 cách đơn giản ai cũng làm được"
SUMMARY = (
    "Đau lưng khiến bà con mệt mỏi, đi đứng khó khăn, ngủ không yên giấc. Đừng để cơn đau kéo dài, hãy "
    "cùng tìm hiểu cách chữa đau lưng tại nhà đơn giản ngay dưới đây nhé bà con! 👇"
)
BODY = "Trước hết, bà con cần nằm nghỉ trên mặt phẳng cứng và tránh mang vác vật nặng trong vài ngày đầu."
MORE = "Sau đó có thể chườm ấm vùng lưng mỗi tối khoảng mười lăm phút để cơ được thả lỏng."


def test_a_blogs_author_box_at_the_top_is_the_byline_and_the_day_not_read() -> None:
    page = (
        "Lương y Trần Văn Bình\nLương y Trần Văn Bình\n"
        "Quản trị viên Thầy Bình - Thuốc nam gia truyền 05/03/2025 lúc 08:15\n"
        f"{SUMMARY}\n{TITLE}\n{BODY}\n{MORE}\n"
    )
    article = article_of(page)
    assert article.byline == "Lương y Trần Văn Bình" and article.published == "2025-03-05T08:15"
    assert "Quản trị viên" not in spoken_text(article) and article.headline != "Lương y Trần Văn Bình"


def test_a_title_with_a_colon_under_a_summary_that_announces_it_is_the_headline() -> None:
    article = article_of(f"{SUMMARY}\n{TITLE}\n{BODY}\n{MORE}\n")
    assert article.headline == TITLE
    assert article.lead is not None and article.lead.startswith("Đau lưng khiến bà con mệt mỏi")


def test_a_contact_forms_prompt_is_not_read() -> None:
    page = f"{TITLE}\n{SUMMARY}\n{BODY}\nVui lòng để lại thông tin, chúng tôi liên hệ tư vấn miễn phí:\n{MORE}\n"
    assert "Vui lòng để lại thông tin" not in spoken_text(article_of(page))


def test_a_caption_under_the_title_printed_again_as_a_pictures_text_and_caption_is_not_read() -> None:
    caption = "Chườm ấm bằng túi muối rang tại nhà"
    page = f"{TITLE}\n{caption}\n{SUMMARY.replace(' 👇', '')}\n{caption}\n{caption}\n{BODY}\n{MORE}\n"
    assert caption not in clean(page).blocks


def test_a_first_parts_heading_under_a_box_of_links_is_read() -> None:
    page = (
        f"{TITLE}\n{SUMMARY}\n{BODY}\nXem thêm:\nBài tập giãn cơ cho dân văn phòng\nChọn nệm cho người đau lưng\n"
        f"Cách 1. Nằm nghỉ đúng tư thế\n{MORE}\n"
    )
    article = article_of(page)
    assert "Cách 1. Nằm nghỉ đúng tư thế" in [s.title for s in article.sections]
    assert "Chọn nệm cho người đau lưng" not in spoken_text(article)


def test_a_tables_cells_printed_twice_are_read() -> None:
    page = (
        f"{TITLE}\n{SUMMARY}\n{BODY}\nLoại bài tập\nThời gian mỗi lần\nSố lần mỗi ngày\nGiãn cơ lưng\n"
        "5 – 10 phút\n2 – 3 lần\nĐi bộ chậm\n5 – 10 phút\n1 – 2 lần\n"
        f"{MORE}\n"
    )
    assert clean(page).blocks.count("5 – 10 phút") == 2


def test_a_ways_label_holds_its_heading_and_a_stop_after_a_space_is_a_pause() -> None:
    assert split_sentences("Cách 2. Chườm ấm mỗi tối") == ("Cách 2. Chườm ấm mỗi tối",)
    assert split_sentences("Cơn đau dịu dần .vì vậy bà con yên tâm.") == ("Cơn đau dịu dần. vì vậy bà con yên tâm.",)


def test_a_name_in_capitals_the_page_also_writes_as_a_word_is_said_as_that_word() -> None:
    page = f"{TITLE}\n{SUMMARY}\nDầu xoa Bimex làm ấm nhanh.\nSau đây BIMEX xin giới thiệu hai loại dầu xoa.\n"
    spoken = " ".join(spoken_sentences(page))
    assert "Sau đây Bimex xin giới thiệu" in spoken and "bê i em" not in spoken
