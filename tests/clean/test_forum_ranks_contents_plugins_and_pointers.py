"""Round 91 of reading real pages (issue 21): a forum poster's rank in Vietnamese; bullets a
paragraph announces with a colon; a contents plugin that prints each number twice; numbered links
under a "Xem thêm:" pointer; a reading time in minutes with the day and the section; a shop's "buy
it here" line; a picture's text in small letters and its caption; a heading printed three times; a
bulleted item closing the page."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Cách bảo dưỡng xe đạp thể thao tại nhà"
LEAD = "Một chiếc xe đạp được chăm sóc đều đặn sẽ chạy êm hơn, ít hỏng vặt hơn và dùng được nhiều năm hơn."
BODY = "Sau mỗi chuyến đi dưới trời mưa, hãy lau khô khung xe rồi tra một chút dầu vào xích và bánh răng."
MORE = "Lốp xe nên được bơm lại mỗi tuần, vì lốp non làm xe nặng và dễ thủng khi đi qua ổ gà."


def test_a_posters_handle_over_a_vietnamese_forum_rank_is_no_headline() -> None:
    article = article_of(f"Xedapvui\nĐiều hành viên cũ\n{LEAD}\n{BODY}\n{MORE}\n")
    assert "Xedapvui" not in spoken_text(article) and "Điều hành viên" not in spoken_text(article)


def test_bullets_a_paragraph_announces_with_a_colon_are_read() -> None:
    intro = "Khi bảo dưỡng xe, bạn cần kiểm tra kỹ các bộ phận quan trọng nhất của chiếc xe như sau:"
    items = ["Phanh trước và phanh sau", "Xích và bánh răng", "Lốp và săm xe"]
    listed = "\n".join(f"• {item}" for item in items)
    parts = "\n".join(f"{n}. {item}\n{BODY}" for n, item in enumerate(items, 1))
    blocks = clean(f"{TITLE}\n{LEAD}\n{intro}\n{listed}\n{MORE}\n{parts}\n").blocks
    assert [b.rstrip(".") for b in blocks[blocks.index(intro) + 1 : blocks.index(MORE)]] == items


def test_a_contents_plugin_that_prints_each_number_twice_is_not_read() -> None:
    contents = "Mục lục\n- 1 1. Vì sao cần bảo dưỡng\n- 2 2. Các bước bảo dưỡng\n- 2.1 2.1. Lau xích\n- 2.2 2.2. Bơm"
    page = f"{TITLE}\n{contents}\n{LEAD}\n1. Vì sao cần bảo dưỡng\n{BODY}\n2. Các bước bảo dưỡng\n{MORE}\n"
    spoken = " ".join(spoken_sentences(page))
    assert "một một" not in spoken and "hai chấm một" not in spoken and "Lau xích" not in spoken


def test_numbered_links_under_a_xem_them_pointer_are_not_read_and_the_texts_parts_are() -> None:
    links = ">> Xem thêm:\n1. Khi nào nên đưa xe đi bảo dưỡng\n2. 9 dụng cụ sửa xe cần có"
    page = f"{TITLE}\n{LEAD}\n{links}\n1. Giữ xe sạch\n{BODY}\n2. Giữ lốp đủ hơi\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "Khi nào nên đưa xe" not in spoken and "dụng cụ sửa xe" not in spoken
    assert "Giữ xe sạch" in spoken and "Giữ lốp đủ hơi" in spoken


def test_a_reading_time_in_minutes_with_its_day_and_section_is_not_read() -> None:
    article = article_of(f"{TITLE}\n02/03/2026 7 min Đời Sống\n{LEAD}\n{BODY}\n")
    assert "min" not in spoken_text(article) and article.lead == LEAD


def test_a_shops_buy_it_here_line_is_not_read() -> None:
    page = f"{TITLE}\n{LEAD}\n{BODY}\nMua dầu tra xích loại tốt tại đây.\n{MORE}\n"
    assert "tại đây" not in spoken_text(article_of(page))


def test_a_pictures_text_in_small_letters_and_its_caption_are_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nphụ tùng xe đạp\nNên tra dầu xích 2 lần/ tháng\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "phụ tùng xe đạp" not in spoken and "tra dầu xích 2" not in spoken


def test_a_heading_printed_three_times_under_the_lead_is_read_once_as_a_heading() -> None:
    heading = "Lợi ích của việc bảo dưỡng xe đạp"
    page = f"{TITLE}\n\n{heading}\n\n{LEAD}\n\n{heading}\n\n{heading}\n\nCác bước bảo dưỡng\n\n{BODY}\n\n{MORE}\n"
    assert clean(page).blocks.count(heading) == 1


def test_a_bulleted_item_closing_the_page_is_read_not_dropped_as_a_heading() -> None:
    page = f"{TITLE}\n{LEAD}\n1. Hằng tuần\n{BODY}\n2. Hằng tháng\n{MORE}\n- Siết lại ốc và bu lông\n"
    assert "Siết lại ốc và bu lông" in spoken_text(article_of(page))
