"""Round 118 of reading real pages (issue 21): a shop's thanks for the visit over its post; a contents
box labelled "Tóm tắt nội dung"; a blog's meta list over how long the post takes to read; a how-to
mirror's download button, part counter and step pictures; the writer's name under the lead; a
document's title in capitals run into its first page; a part's closing caption saying its heading."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách khử mùi hôi cho tủ giày tại nhà"
LEAD = "Tủ giày đóng kín lâu ngày rất dễ bốc mùi, nhất là vào mùa mưa khi giày dép thường xuyên bị ẩm ướt."
BODY = "Trước khi cất giày vào tủ, bạn nên phơi khô giày và rắc một ít bột nở vào trong để hút bớt hơi ẩm."
MORE = "Một túi than hoạt tính đặt ở góc tủ cũng giúp khử mùi khá tốt, cứ hai tháng lại thay túi mới một lần."


def test_a_shops_thanks_for_the_visit_over_its_post_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nCảm ơn bạn đã ghé thăm trang!\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD and "ghé thăm" not in spoken_text(article)


def test_a_contents_box_labelled_tom_tat_noi_dung_is_not_read() -> None:
    box = "Tóm tắt nội dung\n- 1 Vì sao tủ giày có mùi\n- 2 Cách khử mùi tủ giày"
    page = f"{TITLE}\n\n{LEAD}\n\n{box}\n\nVì sao tủ giày có mùi\n\n{BODY}\n\nCách khử mùi tủ giày\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "Tóm tắt nội dung" not in spoken and spoken.count("Vì sao tủ giày có mùi") == 1


def test_a_blogs_meta_list_over_its_reading_time_names_the_writer_and_is_not_read() -> None:
    article = article_of(f"{TITLE}\n- Mai Lan null\n- Jun 2\n- 4 min read\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert article.byline == "Mai Lan" and "Jun" not in spoken and "Mai Lan" not in spoken
    assert article.lead == LEAD


def test_a_howto_mirrors_download_button_part_counter_and_step_pictures_are_not_read() -> None:
    title = "Chăm sóc Mèo"
    page = (
        f"{title}\n\nTải về bản PDFTải về bản PDF\n\n{LEAD}\n\nPhần 1\nPhần 1 của 3:\n\nCho mèo ăn\n\nTải về bản PDF\n"
        f"1. Hocmeo.vn Tiếng Việt: Step 1 Chọn thức ăn hợp tuổi mèo.\n{BODY}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == title and article.lead == LEAD
    assert "PDF" not in spoken and "Phần 1" not in spoken and "Step" not in spoken
    assert "Chọn thức ăn hợp tuổi mèo" in spoken


def test_the_writers_name_under_the_lead_over_the_first_parts_heading_is_the_byline() -> None:
    page = f"{TITLE}\n\n{LEAD}\nMinh Khuê\nNguyên nhân khiến tủ giày có mùi\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.byline == "Minh Khuê" and "Minh Khuê" not in spoken_text(article)
    assert article.sections[0].title == "Nguyên nhân khiến tủ giày có mùi"


def test_a_documents_title_in_capitals_and_its_writer_run_into_its_first_page_are_read_once() -> None:
    title = "Nghề làm nón lá ở Huế xưa và nay - Lê Thị Hồng"
    text = "Nghề làm nón lá ở Huế đã có từ nhiều đời, gắn với các làng ven sông Hương và những phiên chợ quê."
    page = f"{title}\n\nTài liệu đính kèm:\n\n1. NGHỀ LÀM NÓN LÁ Ở HUẾ XƯA VÀ NAY Lê Thị Hồng {text}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == text and "NGHỀ LÀM" not in spoken_text(article)


def test_a_parts_closing_caption_saying_its_heading_in_more_words_is_not_read() -> None:
    caption = "Túi than hoạt tính khử mùi giá rẻ của cửa hàng"
    page = f"{TITLE}\n\n{LEAD}\n\nTúi than hoạt tính\n\n{MORE}\n\n{caption}\n\nBột nở\n\n{BODY}\n"
    article = article_of(page)
    assert caption not in spoken_text(article)
    assert [s.title for s in article.sections] == ["Túi than hoạt tính", "Bột nở"]
