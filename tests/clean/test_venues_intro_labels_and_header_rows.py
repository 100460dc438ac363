"""Leftovers of the rounds of reading real pages (issue 21): an event page's venue under its title, and
an intro's label with its object ("Giới thiệu hội thảo") over the paragraph that is the lead, a table's header
row of columns named alike, a picture's caption saying who stands beside whom."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Hội thảo khoa học về văn hóa miền sông nước năm nay"
INTRO = (
    "Hội thảo là nơi các nhà nghiên cứu và giáo viên gặp nhau để bàn cách giữ gìn những giá trị văn hóa của vùng "
    "đồng bằng trong thời đại số."
)
BODY = "Ban tổ chức nhận bài viết gửi về trước cuối tháng năm, mỗi bài không quá mười trang."
VENUE = "Trường Đại học Sông Tiền, Ấp Bình An – Xã Long Hưng – Tỉnh Đồng Tháp"


def test_a_venue_under_an_events_title_is_read_first_and_the_intro_under_its_label_is_the_lead() -> None:
    article = article_of(f"{TITLE}\n\n{VENUE}\n\nGiới thiệu hội thảo\n\n{INTRO}\n\n{BODY}\n")
    assert article.lead == INTRO
    assert article.sections[0].paragraphs[0] == VENUE  # where it is held, still read
    assert "Giới thiệu hội thảo" not in spoken_text(article)


def test_a_venue_with_a_street_number_and_commas_is_no_lead_either() -> None:
    venue = "Hội trường A, Số 12 Nguyễn Trãi, Phường Bến Thành, Quận 1"
    article = article_of(f"{TITLE}\n\n{venue}\n\n{INTRO}\n\n{BODY}\n")
    assert article.lead == INTRO and venue in spoken_text(article)


def test_a_first_sentence_naming_the_places_of_an_event_is_still_the_lead() -> None:
    lead = "Sáng nay, tại Xã Long Hưng, Tỉnh Đồng Tháp, hội thảo về văn hóa miền sông nước đã khai mạc."
    assert article_of(f"{TITLE}\n\n{lead}\n\n{INTRO}\n\n{BODY}\n").lead == lead


def test_a_parts_heading_opening_with_an_intro_word_and_running_longer_still_heads_its_part() -> None:
    heading = "Giới thiệu những cuốn sách mới về lịch sử vùng đất phương Nam"
    article = article_of(f"{TITLE}\n\n{heading}\n\n{INTRO}\n\n{BODY}\n")
    assert heading in spoken_text(article)


def test_a_place_and_its_address_under_a_label_are_read_and_head_no_chapter() -> None:
    place, address = "Nhà văn hóa thị xã", "Số 5 Đường Lê Lợi, Phường 2, Thị xã Gò Công"
    page = f"{TITLE}\n\n{INTRO}\n\nĐịa điểm\n\n{place}\n\n{address}\n\n{BODY}\n"
    assert not {place, address} & set(chapter_titles(page))
    assert f"{place} {address}" in spoken_text(article_of(page))


def test_a_header_row_of_columns_named_alike_is_not_read_and_its_cells_are() -> None:
    cells = "Báo cáo quý\n\nTrong vòng hai mươi ngày kể từ ngày kết thúc quý\n\nSở Tài chính"
    row = "Loại tài liệu Hạn gửi tài liệu Người nhận tài liệu"
    text = spoken_text(article_of(f"{TITLE}\n\n{INTRO}\n\n{row}\n\n{cells}\n\n{BODY}\n"))
    assert "Hạn gửi tài liệu" not in text and "Trong vòng hai mươi ngày" in text and "Sở Tài chính" in text


def test_a_line_of_names_or_a_heading_with_capitals_inside_is_read() -> None:
    for line in ("Giải Nhất Giải Nhì Giải Ba", "Phát triển kinh tế Bảo vệ môi trường Giữ gìn văn hóa"):
        assert line in spoken_text(article_of(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{BODY}\n")), line


def test_a_caption_saying_who_stands_beside_whom_is_neither_read_nor_a_chapter() -> None:
    caption = "Cô giáo nhỏ xinh bên các em học sinh lớp Mầm"
    page = f"{TITLE}\n\n{INTRO}\n\n{caption}\n\n{BODY}\n\nCác em được nghe kể chuyện về ngày hội trăng rằm.\n"
    assert caption not in spoken_text(article_of(page)) and caption not in chapter_titles(page)


def test_a_heading_naming_a_place_beside_a_river_or_a_sentence_with_beside_is_read() -> None:
    for line in ("Ngôi nhà nhỏ bên dòng sông quê", "Bà ngoại đã ngồi bên các cháu suốt đêm qua"):
        page = f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{BODY}\n"
        assert line in spoken_text(article_of(page)), line
