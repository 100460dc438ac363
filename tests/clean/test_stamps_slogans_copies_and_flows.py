"""Round 112 of reading real pages (issue 21): a site builder's "Đã cập nhật: 1 thg 6"; a shop's
slogan and address over a title that asks a question, with the day and its views under it; a
summary printed again as the opening of the paragraph under it; the headline again after a label
the scrape lost; a section's label over the summary of a page with no title; a source tag in
brackets with no dash; "Liên hệ Fanpage ... / Hotline: ..."; the steps of a flow joined by "»"
after the line that introduces them."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Máy pha cà phê gia đình cần bao nhiêu bar là đủ?"
LEAD = "Áp suất là thông số đầu tiên mà người mua máy pha cà phê tại nhà thường hỏi khi đến cửa hàng của chúng tôi."
BODY = "Một chiếc máy có bơm chín bar đã đủ để chiết xuất một tách espresso đậm đà với lớp crema dày."
MORE = "Con số mười lăm hay hai mươi bar in trên thân máy chỉ là áp suất tối đa mà bơm có thể đạt được."


def test_a_site_builders_update_stamp_is_neither_read_nor_the_headline() -> None:
    article = article_of(f"top of page\n{TITLE}\nĐã cập nhật: 1 thg 6\n{LEAD}\n{BODY}\n")
    assert article.headline == TITLE
    assert "cập nhật" not in spoken_text(article)


def test_a_shops_slogan_and_address_over_a_question_title_with_its_views_are_not_read() -> None:
    page = (
        f"HƯƠNG VỊ CỦA MỖI NGÀY\nE12/355A, Quốc Lộ 50, Phường Phong Phú, Bình Chánh , TPHCM\n"
        f"{TITLE}\n26/01/2026 16:20 5 Lượt xem\n{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline.startswith("Máy pha cà phê gia đình") and article.lead == LEAD
    assert article.published == "2026-01-26T16:20" and article.category is None
    assert "Phong Phú" not in spoken_text(article) and "HƯƠNG VỊ" not in spoken_text(article)


def test_a_summary_printed_again_at_the_start_of_the_paragraph_under_it_is_read_once() -> None:
    summary = f"{LEAD} {BODY}"
    article = article_of(f"{TITLE}\n{summary}\n{summary} {MORE}\nChọn máy theo nhu cầu\n{MORE}\n")
    assert spoken_text(article).count(BODY) == 1


def test_the_headline_after_a_lost_label_is_not_read_and_the_heading_under_it_stays() -> None:
    page = f"{TITLE}\n{LEAD}\n{BODY}\n: {TITLE}\nChọn máy theo nhu cầu\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert spoken.count("cần bao nhiêu bar là đủ") == 1 and "Chọn máy theo nhu cầu" in spoken


def test_a_sections_label_over_a_summary_is_the_category_never_the_headline() -> None:
    article = article_of(f"Thông tin doanh nghiệp\n{LEAD} {BODY}\n{MORE}\n")
    assert article.category == "Thông tin doanh nghiệp"
    assert "Thông tin doanh nghiệp" not in spoken_text(article)


def test_a_source_tag_in_brackets_without_a_dash_is_the_outlet() -> None:
    article = article_of(f"{TITLE}\n(E-Bike News) Trong loạt bài viết này, {LEAD[0].lower()}{LEAD[1:]}\n{BODY}\n")
    assert article.outlet == "E-Bike News" and "E-Bike" not in spoken_text(article)


def test_a_call_to_a_fanpage_and_hotline_is_not_read() -> None:
    page = f"{TITLE}\n{LEAD}\n-> Liên hệ Fanpage Coffee Precision Gear / Hotline: 093 271 8898\n{BODY}\n"
    assert "Fanpage" not in spoken_text(article_of(page))


def test_the_steps_of_a_flow_after_the_line_that_introduces_them_are_read() -> None:
    page = f"{TITLE}\n{LEAD}\nNước đi qua bốn chặng như sau:\nBể nước » Máy bơm » Nồi hơi » Đầu pha\n{BODY}\n"
    article = article_of(page)
    assert "Bể nước » Máy bơm" in spoken_text(article) and article.category is None
