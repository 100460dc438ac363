"""Round 95 of reading real pages (issue 21): a shop's opening hours over the title; a view count
with "Posted on"; a "Xem thêm dịch vụ liên quan:" line; a see-also sentence closing a paragraph; a
picture's file name glued to a sentence; a picture's text and caption twice over a heading; an
untitled page opening with its first part's numbered heading; "Bước 1:" right under the title;
"+" items; letters among brands' names."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Cách trồng cà chua bi trong thùng xốp"
LEAD = "Cà chua bi dễ trồng trong thùng xốp trên sân thượng, chỉ cần đủ nắng, đất tơi xốp và tưới nước đều đặn."
BODY = "Nên chọn thùng xốp sâu khoảng ba mươi phân, đục vài lỗ ở đáy để nước thoát nhanh sau mỗi lần tưới."
MORE = "Khi cây cao chừng một gang tay thì cắm cọc tre bên cạnh để cây leo và không bị gãy khi có gió to."


def test_a_shops_opening_hours_over_the_title_are_not_read() -> None:
    article = article_of(f"Giờ làm việc\n\n07:30 - 17:30\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert (article.headline, article.lead) == (TITLE, LEAD)


def test_a_view_count_with_posted_on_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n352 lượt xem - Posted on\n\n{LEAD}\n\n{BODY}\n")
    assert "lượt xem" not in spoken_text(article) and "Posted" not in spoken_text(article)


def test_a_related_services_line_is_not_read() -> None:
    line = "Xem thêm dịch vụ liên quan: Sửa máy bơm tại Hà Nội • Lắp đặt bồn nước"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n")
    assert "dịch vụ liên quan" not in spoken_text(article) and BODY in spoken_text(article)


def test_a_see_also_sentence_closing_a_paragraph_is_not_read_and_the_paragraph_is() -> None:
    pointer = "Nếu lá cây bị vàng sớm, hãy xem ngay: Cách chữa bệnh vàng lá cho cà chua."
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY} {pointer}\n\n{MORE}\n"))
    assert BODY in spoken and "hãy xem ngay" not in spoken


def test_a_pictures_file_name_glued_to_a_sentence_is_not_read() -> None:
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY} cach-trong-ca-chua-bi-2\n\n{MORE}\n"))
    assert BODY in spoken and "cach" not in spoken


def test_a_heading_under_a_pictures_text_and_caption_stays() -> None:
    caption, heading = "Hạt giống cà chua bi bán tại cửa hàng", "Chọn thùng xốp và đất trồng phù hợp"
    page = f"{TITLE}\n\n{LEAD}\n\nChọn giống\n\n{BODY}\n\n{caption}\n{caption}\n\n{heading}\n\n{MORE}\n"
    blocks = clean(page).blocks
    assert heading in blocks and caption not in blocks


def test_an_untitled_page_opening_with_its_first_parts_heading_is_headed_without_its_number() -> None:
    for number in ("I.", "1:"):
        article = article_of(f"{number} Đặc điểm của cây cà chua bi\n\n{LEAD}\n\n{BODY}\n")
        assert article.headline == "Đặc điểm của cây cà chua bi"


def test_the_first_steps_heading_under_the_title_opens_the_body() -> None:
    step = "Bước 1: Chuẩn bị thùng xốp"
    article = article_of(f"{TITLE}\n\n{step}\n\n{BODY}\n\nBước 2: Gieo hạt\n\n{MORE}\n")
    assert article.lead is None and article.sections[0].title == step


def test_plus_bulleted_items_are_never_chapters() -> None:
    items = "+ Cây thiếu nắng, lá nhỏ và nhạt màu\n+ Đất bị úng nước sau những trận mưa to kéo dài nhiều ngày liền."
    article = article_of(f"{TITLE}\n\n{LEAD}\n\nNhững nguyên nhân thường gặp:\n{items}\n\n{BODY}\n")
    assert [s.title for s in article.sections if s.title] == []


def test_letters_among_brands_names_are_the_brand_not_a_phrase_the_page_says() -> None:
    page = (
        "Máy giặt kêu to khi vắt\n\nLồng giặt bị lệch là lỗi hay gặp nhất ở máy giặt cửa trên đã dùng lâu năm.\n\n"
        "Lồng giặt không cân bằng\n\nKhi lồng giặt nghiêng, máy rung mạnh và kêu to trong lúc vắt quần áo.\n\n"
        "Các dòng máy Electrolux, Panasonic, LG, Samsung đều rung nhẹ khi vắt, đó là điều bình thường.\n"
    )
    assert any("e lờ giê" in s for s in spoken_sentences(page))
