"""Round 149 of reading real pages (issue 21): a skip link with its close button over the title ("Nhảy đến nội dung" /
"x"); a posting date with its view count after a dash ("Ngày đăng: ... - Lượt xem: 87") and a text-size control
("Xem với cỡ chữ") over the title; a blog's menu with each link in brackets; a field's note printed under each item
of a list of papers ("Ghi chú: ..."); a field closing the text over a chat widget's line; a menu's "Close Menu"
closing the page; a title in capitals whose second line opens on "CỦA"; a part's heading that opens on the
title's words over its subheading; a title over its copy in fewer capitals, under a section's label."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Thông báo lịch tiếp công dân của Chủ tịch xã năm 2024"
LEAD = "Chủ tịch Ủy ban nhân dân xã thông báo lịch tiếp công dân định kỳ trong năm như sau để nhân dân biết."
BODY = "Tiếp công dân định kỳ vào ngày 20 hằng tháng tại trụ sở Ủy ban nhân dân xã, buổi sáng và buổi chiều."


def test_a_skip_link_and_its_close_button_are_not_the_headline() -> None:
    article = article_of(f"Nhảy đến nội dung\nx\n\n{TITLE}\n\nLịch tiếp\n\nĐịa điểm\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Nhảy đến" not in spoken_text(article)


def test_a_posting_date_with_its_view_count_after_a_dash_is_the_date() -> None:
    page = f"Ngày đăng: 21/01/2021 - Lượt xem: 87\nXem với cỡ chữ\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.published == "2021-01-21"
    assert "Lượt xem" not in spoken_text(article) and "cỡ chữ" not in spoken_text(article)


def test_a_menu_of_links_in_brackets_is_not_read() -> None:
    menu = "[XEM GIA PHẢ][ PHẢ KÝ ][ THỦY TỔ ][PHẢ ĐỒ ][ TỘC ƯỚC ][TƯỞNG NIỆM]"
    article = article_of(f"{menu}\n\n29 tháng 9 2023\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "GIA PHẢ" not in spoken_text(article)


def test_a_fields_note_under_each_item_of_a_list_is_read_each_time() -> None:
    items = "".join(
        f"{paper}\nSố lượng: 3\nGhi chú: 3 bản sao công chứng kèm bản gốc\n\n"
        for paper in ("Học bạ cấp 3 của học sinh", "Giấy khai sinh của học sinh")
    )
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{items}{BODY}\n"))
    assert text.count("Ghi chú: 3 bản sao công chứng kèm bản gốc") == 2


def test_a_field_closing_the_text_over_a_widgets_line_is_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nSố lượng: Khoảng 200 lượt/kỳ\n\nChat Widget by ACME\n")
    assert article.sections[-1].paragraphs[-1] == "Số lượng: Khoảng 200 lượt/kỳ"


def test_a_menus_close_button_closing_the_page_is_no_byline() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nClose Menu\n")
    assert article.byline is None and "Close" not in spoken_text(article)


def test_a_title_in_capitals_whose_second_line_opens_on_cua_is_one_title() -> None:
    page = f"LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ NĂM 2024\n\nCỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n\n{LEAD}\n\n{BODY}\n"
    assert article_of(page).headline == "LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ NĂM 2024 CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ"


def test_a_parts_heading_on_the_titles_words_over_its_subheading_is_read() -> None:
    title = "Quy trình làm nón lá"
    heading = "Quy trình làm nón lá truyền thống"
    sub = "Quy trình làm nón lá Huế và nón bài thơ"
    page = f"{title}\n\n{LEAD}\n\n{BODY}\n\n{heading}\n\n{sub}\n\n{BODY} Nón khô sau ba ngày.\n"
    assert heading in spoken_sentences(page)


def test_a_title_over_its_copy_in_fewer_capitals_is_the_headline() -> None:
    title = "Tìm Hiểu Lịch Tiếp Công Dân Của Xã"
    article = article_of(f"Thông tin - Thông báo\n\n{title}\n\n{title.capitalize()}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title
