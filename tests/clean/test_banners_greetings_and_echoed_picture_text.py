"""Round 108 of reading real pages (issue 21): a title of questions kept whole; a visit counter's
"Đang trực tuyến" line and the trail under the counter; a firm's brand and legal name over the
page; a menu's label and a blog's greeting alone at the top; a picture's text in small letters
saying again the words beside it; a picture's text breaking a list of terms."""

from __future__ import annotations

from .pages import article_of, spoken_text

LEAD = "Máy ấp trứng gia đình giúp bà con chủ động con giống, tỉ lệ nở cao hơn nhiều so với để gà mẹ tự ấp."
BODY = "Trước khi ấp, trứng cần được chọn kỹ: vỏ sạch, không nứt, kích thước đều và được bảo quản dưới năm ngày."
MORE = "Trong tuần đầu, nhiệt độ máy giữ ở khoảng ba mươi bảy độ rưỡi, độ ẩm từ năm mươi lăm đến sáu mươi phần trăm."


def test_a_title_of_questions_is_the_headline_whole() -> None:
    title = "Máy Ấp Trứng Là Gì? Có Nên Mua Máy Ấp Mini Không? Kinh Nghiệm Chọn Mua"
    article = article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == title and article.lead == LEAD


def test_a_visit_counter_and_the_trail_under_it_are_not_read_and_the_dated_title_heads() -> None:
    counter = "\n".join(
        ("Lượt truy cập", "0512346", "Hôm nay:87", "Hôm qua:102", "Tuần này:412", "Tháng này:1730", "Tất cả:512346")
    )
    counter += "\nĐang trực tuyến:9"
    page = f"{counter}\nHỗ trợ kỹ thuật » Tin gia cầm\nKỸ THUẬT ẤP TRỨNG GÀ TA (14/03/2016)\n{LEAD}\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert article.headline == "KỸ THUẬT ẤP TRỨNG GÀ TA" and article.lead == LEAD
    spoken = spoken_text(article)
    assert "trực tuyến" not in spoken and "Tin gia cầm" not in spoken


def test_a_firms_brand_and_legal_name_over_the_page_are_not_the_headline() -> None:
    title = "Máy ấp trứng loại nào tốt - chọn như thế nào cho đúng?"
    page = f"ABC Tech Corp | Công ty cổ phần Thiết Bị Chăn Nuôi An Phát\n\n{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.headline == title and "Công ty" not in spoken_text(article)


def test_a_menus_label_and_a_greeting_alone_at_the_top_are_not_the_headline() -> None:
    for top in ("Danh mục", "Chào các bạn,"):
        article = article_of(f"{top}\n{LEAD}\n{BODY}\n{MORE}\n")
        assert article.headline != top and top not in spoken_text(article)


def test_a_greeting_that_goes_on_is_read() -> None:
    line = "Chào các bạn, hôm nay mình chia sẻ cách ấp trứng bằng thùng xốp."
    assert "Chào các bạn" in spoken_text(article_of(f"Cách ấp trứng tại nhà\n{line}\n{LEAD}\n{BODY}\n{MORE}\n"))


def test_a_pictures_text_in_small_letters_saying_the_heading_again_is_not_read() -> None:
    page = (
        f"Máy ấp trứng là gì?\n{LEAD}\n\nmáy ấp trứng mini là gì\n\n1. Máy ấp trứng mini là gì?\n\n{BODY}\n"
        "Khác với cách ấp bằng gà mẹ, máy ấp giữ nhiệt đều suốt ngày đêm, nên:\n\nmáy ấp và gà mẹ\n\n"
        f"  • Tỉ lệ nở cao hơn\n\n  • Ít trứng hỏng hơn\n\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "máy ấp trứng mini là gì" not in spoken and "máy ấp và gà mẹ" not in spoken
    assert "Tỉ lệ nở cao hơn" in spoken


def test_a_title_in_small_letters_and_items_in_small_letters_are_read() -> None:
    title = "kinh nghiệm ấp trứng gà tại nhà"
    summary = "Tìm hiểu kinh nghiệm ấp trứng gà tại nhà giúp bà con đỡ tốn công và có tỉ lệ nở cao."
    page = f"Kỹ thuật chăn nuôi\n\n{title}\n\n{summary}\n\n{BODY}\n{MORE}\n"
    assert article_of(page).headline == title
    listed = f"Ấp trứng gà\n{LEAD}\nCác loại máy ấp gồm:\nmáy ấp mini\nmáy ấp công nghiệp\n{BODY}\n{MORE}\n"
    spoken = spoken_text(article_of(listed))
    assert "máy ấp mini" in spoken and "máy ấp công nghiệp" in spoken


def test_a_pictures_text_breaking_a_list_of_terms_is_not_read() -> None:
    items = (
        "Trứng gà ta – Vỏ màu hồng nhạt, nở tốt khi được chọn trong ba ngày đầu.",
        "Trứng vịt – Vỏ dày hơn, cần độ ẩm cao hơn trong tuần cuối.",
    )
    page = f"Các loại trứng ấp\n{LEAD}\n{items[0]}\n\nKhay trứng giống\n{items[1]}\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert "Khay trứng giống" not in spoken_text(article)
    assert all(s.title != "Khay trứng giống" for s in article.sections)


def test_a_heading_between_two_paragraphs_is_still_read() -> None:
    page = f"Các loại trứng ấp\n{LEAD}\n{BODY}\n\nChọn trứng giống\n{MORE}\n{BODY}\n"
    assert "Chọn trứng giống" in [s.title for s in article_of(page).sections]
