"""Round 135 of reading real pages (issue 21): a source's number after a sentence's last word; a Roman-numbered
heading under a picture's file name; "Cạc đồ họa:", never a graphics credit; a site's section over the title; a
"Related Articles" label; a time, date and view count under the title; an outlet's tag typed with an underscore; a
post's "5947 Views"; a summary cut in a word over its full text."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Cách chăm sóc cây lan hồ điệp sau Tết"
LEAD = "Sau Tết, nhiều gia đình bỏ chậu lan hồ điệp đi vì nghĩ cây đã tàn, dù chỉ cần chăm đúng cách là hoa nở lại."
BODY = "Cắt cành hoa đã tàn ở đốt thứ ba tính từ gốc, đặt chậu nơi có ánh sáng tán xạ và tưới ít nước mỗi tuần."
MORE = "Bón phân loãng hai tuần một lần và giữ độ ẩm vừa phải, tránh để nước đọng trong nách lá suốt cả đêm."


def test_sources_numbers_closing_sentences_are_not_read() -> None:
    cited = (
        "Lan hồ điệp là loài ưa ẩm và sống bám trên thân cây 1. Rễ của chúng hút hơi nước trong không khí 4. "
        "Vì vậy chậu lan cần thoáng và không được úng nước."
    )
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{cited}\n\n{BODY}\n"))
    assert "thân cây 1" not in spoken and "không khí 4" not in spoken and "thân cây." in spoken


def test_a_class_a_month_or_a_lists_next_number_keeps_its_number() -> None:
    said = "Cháu đang học lớp 6. Lan thường nở vào tháng 3. Cây ra hoa lần 2. Chợ hoa mở lúc 19 giờ 00."
    listed = "Giá lan năm nay. I. Lan trồng chậu 1. Lan hồ điệp vàng, 300.000 đồng. 2. Lan đai châu, 200.000 đồng."
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{said}\n\n{listed}\n\n{BODY}\n"))
    assert "lớp 6." in spoken and "tháng 3." in spoken and "lần 2." in spoken and "giờ 00." in spoken
    assert "Lan trồng chậu 1" in spoken


def test_a_roman_numbered_heading_under_a_pictures_file_name_stays() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nlan-ho-diep-1730388118.jpg\n\nI. Chọn chậu và giá thể\n\n{MORE}\n"
    assert "I. Chọn chậu và giá thể" in chapter_titles(page)


def test_a_graphics_cards_line_is_not_a_pictures_credit() -> None:
    specs = "Bộ xử lý: 1 GHz hoặc nhanh hơn\nCạc đồ họa: DirectX 9 trở lên với trình điều khiển WDDM 1.0\n"
    assert "Cạc đồ họa" in spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{specs}\n{BODY}\n"))


def test_a_sites_section_over_the_title_is_not_the_headline() -> None:
    article = article_of(f"Wiki\n\n{TITLE}\n\n{LEAD}\n\nRelated Articles\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == TITLE and "Related Articles" not in spoken_text(article)


def test_a_time_date_and_view_count_under_the_title_date_the_page() -> None:
    article = article_of(f"{TITLE}\n\n08:54 26/04/2016     1499\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.published is not None and article.published.startswith("2016-04-26")
    assert article.lead == LEAD and "1499" not in spoken_text(article)


def test_an_outlets_tag_typed_with_an_underscore_and_a_view_count_are_not_read() -> None:
    article = article_of(f"{TITLE}\n5947 Views\n18-07-2022\n\n(Hoaviet.vn_ {LEAD}\n\n{BODY}\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert article.lead == LEAD and "Hoaviet" not in spoken and "Views" not in spoken
    assert article.category is None


def test_a_summary_cut_in_a_word_over_its_full_text_is_read_once() -> None:
    teaser = "(HVO) - " + LEAD[:68] + "..."
    assert teaser[-4] != " "  # cut inside a word
    article = article_of(f"{TITLE}\n\n{teaser}\n\n(HVO) - {LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == LEAD and spoken_text(article).count(LEAD[:40]) == 1


def test_an_unruled_tables_rows_broken_over_lines_are_read_a_row_a_sentence() -> None:
    table = (
        "Tên lễ | Ngày nghỉ | Số ngày nghỉ | Ghi chú |\n"
        "Tết dương lịch\n01/01 |\n31/12/2022 | 01 | nghỉ bù vào thứ bảy |\n"
        "Quốc khánh\n02/9 |\n01 và 02/09/2023 | 02 |\n"
    )
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{table}\n{BODY}\n"))
    assert "Tết dương lịch, 01/01: Ngày nghỉ 31/12/2022, Số ngày nghỉ 01, Ghi chú nghỉ bù vào thứ bảy." in spoken
    assert "Quốc khánh, 02/9: Ngày nghỉ 01 và 02/09/2023, Số ngày nghỉ 02." in spoken


def test_an_ordinals_number_closing_sentences_is_kept() -> None:
    told = "Cây ra hoa lại, lần thứ 2. Cành mới mọc thêm, lần thứ 3. Chậu được thay đất, lần thứ 4."
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{told}\n\n{BODY}\n"))
    assert "lần thứ 2." in spoken and "lần thứ 3." in spoken and "lần thứ 4." in spoken
