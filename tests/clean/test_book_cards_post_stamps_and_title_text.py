"""Round 134 of reading real pages (issue 21): an e-book shop's card under the title; a travel post's poster
and "1 year ago"; the title's words glued to the first paragraph; a database's time stamp with a fraction of a
second; a caption naming again the subject its paragraph opened with, over the next heading; a sentence closing
on a capitalised name is never parted as a headline and its summary."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách nuôi gà thả vườn cho người mới bắt đầu"
LEAD = "Gà thả vườn dễ nuôi, ít bệnh và cho thịt chắc nếu được chăm sóc đúng cách ngay từ những tuần đầu tiên."
BODY = "Chuồng nên đặt ở nơi cao ráo, thoáng mát, có lối thoát nước và được che chắn gió lùa vào mùa đông lạnh."
MORE = "Thức ăn cần đủ chất đạm, thêm rau xanh băm nhỏ và luôn có nước sạch trong máng suốt cả ngày cho gà uống."


def test_an_e_book_cards_fields_are_not_read() -> None:
    card = "Tác giả:\n\nNhiều tác giả\n\nThể loại: Kỹ năng\n\nNhà xuất bản:\n\nNXB Nông Nghiệp\n\nĐịnh dạng: Epub\n\n"
    card += "Sách miễn phí\n\n"
    article = article_of(f"{TITLE}\n\n{card}{LEAD}\n\n{BODY}\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert article.lead == LEAD
    for field in ("Nhiều tác giả", "Nhà xuất bản", "Nông Nghiệp", "Epub", "Sách miễn phí"):
        assert field not in spoken


def test_a_card_with_no_shops_mark_is_read() -> None:
    fields = "Địa điểm: xã Tân Phú\n\nQuy mô: 500 con\n\n"
    assert "Quy mô" in spoken_text(article_of(f"{TITLE}\n\n{fields}{LEAD}\n\n{BODY}\n\n{MORE}\n"))


def test_a_travel_posts_poster_and_how_long_ago_are_the_byline() -> None:
    meta = "0\n0\nTran Minh Khoa (陈明科)Tran Minh Khoa (陈明科)2 years ago\n"
    article = article_of(f"{TITLE}\n\n{meta}{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.byline == "Tran Minh Khoa"
    assert article.lead == LEAD and "years ago" not in spoken_text(article)


def test_the_titles_words_glued_to_the_first_paragraph_are_not_read() -> None:
    glued = "Cách nuôi gà thả vườnVới " + LEAD[0].lower() + LEAD[1:]
    article = article_of(f"{TITLE}\n\n{glued}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead is not None and article.lead.startswith("Với gà thả vườn")
    assert "vườnVới" not in spoken_text(article)


def test_a_time_stamp_with_a_fraction_of_a_second_dates_the_page() -> None:
    article = article_of(f"{TITLE}\n\n2021-10-14 05:10:51.0\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.published is not None and article.published.startswith("2021-10-14")
    assert "05:10" not in spoken_text(article) and article.lead == LEAD


def test_a_caption_naming_again_the_subject_its_paragraph_opened_with_is_not_read() -> None:
    subject = "Gà ri (Gallus gallus domesticus) là giống gà nhỏ con, thịt thơm, được nuôi nhiều ở miền Bắc nước ta."
    page = f"{TITLE}\n\n{LEAD}\n\n{subject}\n\nGà ri\n\nChuẩn bị chuồng trại\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert "Chuẩn bị chuồng trại" in [s.title for s in article.sections]
    assert not any(p.strip() == "Gà ri" for s in article.sections for p in s.paragraphs)


def test_a_sentence_closing_on_a_capitalised_name_stays_whole() -> None:
    sentence = (
        "Người trông coi chuồng trại thường là một người trong nhà, có điều kiện hơn những người khác "
        "ở chỗ có nhà ở gần Từ đường."
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{sentence} {BODY}\n\n{MORE}\n")
    assert "Từ đường" not in [s.title for s in article.sections]
    assert any(p.startswith("Người trông coi") and "gần Từ đường." in p for s in article.sections for p in s.paragraphs)


def test_a_caption_naming_the_person_the_paragraph_above_introduced_is_not_read() -> None:
    intro = "Sau nhiều năm làm thuê, anh Lê Văn Bình (xã Tân Phú) quyết định về quê mở trại nuôi gà thả vườn."
    page = f"{TITLE}\n\n{intro}\n\nHiện trại gà của anh Lê Văn Bình có hơn 2.000 con\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert "Hiện trại gà" not in spoken_text(article)


def test_a_heading_naming_the_person_the_text_below_introduces_stays() -> None:
    intro = "Anh Lê Văn Bình ở xã Tân Phú đã nuôi gà thả vườn hơn mười năm và bán giống cho cả vùng."
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nCâu chuyện làm giàu của anh Lê Văn Bình\n\n{intro}\n\n{MORE}\n"
    assert "Câu chuyện làm giàu của anh Lê Văn Bình" in [s.title for s in article_of(page).sections]


def test_a_shops_sign_off_closing_the_page_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nNhà sách Hoa Mai trân trọng giới thiệu!\n")
    assert "trân trọng giới thiệu" not in spoken_text(article) and MORE in spoken_text(article)
