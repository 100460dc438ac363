"""Round 50 of reading real pages (issue 21): a contents box whose first item the article prints
again over its part; a list closing the page under a paragraph ending in a colon; a heading that
asks a question after a credited caption opening with the same words; a page's reading time; an
outlet's tag alone on its line; a credit "(C: ...)"; a site template's placeholder text; a title
run into its text where the subject opens the first sentence again; "+)" before an item."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

HEAD = "Những điều cần biết khi nuôi chó con trong căn hộ chung cư"
LEAD = "Nuôi chó con trong căn hộ đòi hỏi chủ nuôi chuẩn bị kỹ về chỗ ở, thức ăn và lịch tiêm phòng cho cún."
BODY = "Chó con cần được tiêm phòng đủ mũi trước khi ra ngoài để tránh các bệnh truyền nhiễm nguy hiểm."
MORE = "Chủ nuôi nên chọn thức ăn phù hợp với tuổi và cân nặng của cún, chia làm nhiều bữa nhỏ trong ngày."


def test_a_contents_box_goes_and_the_heading_it_lists_first_stays() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nMục lục\nChọn chỗ ở cho cún\nVì sao cần tiêm phòng?\nCho cún ăn gì?\n"
        f"Chọn chỗ ở cho cún\n{BODY}\n{MORE}"
    )
    article = article_of(page)
    assert [s.title for s in article.sections][0] == "Chọn chỗ ở cho cún"
    assert "Vì sao cần tiêm phòng" not in spoken_text(article)
    assert "Mục lục" not in spoken_text(article)


def test_a_list_closing_the_page_under_a_colon_is_read() -> None:
    items = "- Sổ tiêm phòng của cún\n- Tình trạng lông và da (nếu có)"
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY} Trước khi mua cún, người nuôi cần kiểm tra:\n{items}"
    spoken = spoken_text(article_of(page))
    assert "Sổ tiêm phòng của cún" in spoken and "Tình trạng lông và da" in spoken


def test_one_short_line_closing_the_page_under_a_colon_is_still_a_tables_heading() -> None:
    opener = "Chi tiết giá thức ăn cho chó tại các cửa hàng trong tuần:"
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{opener}\nGiá thức ăn tại Hà Nội"
    assert "Giá thức ăn tại Hà Nội" not in spoken_text(article_of(page))


def test_a_heading_that_asks_is_no_caption_of_a_credited_series() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nNuôi chó con trong căn hộ là gì?\n\n{BODY}\n\n"
        "Nuôi chó con trong căn hộ cần nhiều kiên nhẫn và thời gian (C: Internet)\n\n{MORE}"
    ).replace("{MORE}", MORE)
    spoken = spoken_text(article_of(page))
    assert "Nuôi chó con trong căn hộ là gì?" in spoken
    assert "Internet" not in spoken


def test_a_pages_reading_time_is_not_read() -> None:
    assert "phút đọc" not in spoken_text(article_of(f"{HEAD}\n\n17 phút đọc\n\n{LEAD}\n\n{BODY}"))


def test_an_outlets_tag_alone_on_its_line_names_the_outlet() -> None:
    article = article_of(f"{HEAD}\n\n(VTC News) -\n\n{LEAD}\n\n{BODY}")
    assert article.outlet == "VTC News"
    assert article.lead == LEAD


def test_a_site_templates_placeholder_text_is_not_read() -> None:
    page = (
        "top of page\n\nAdd a Title\n\nAdd paragraph text. Click “Edit Text” to customize this theme across your"
        f" site.\n\nStart Now\n\n{HEAD}\n\n{LEAD}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.headline == HEAD and article.lead == LEAD


def test_a_title_run_into_its_text_parts_where_its_subject_opens_the_text_again() -> None:
    page = (
        "Cách chọn thức ăn cho chó con Chó con cần nhiều đạm hơn chó trưởng thành, nên chọn thức ăn có"
        " nguồn đạm từ thịt. Nên chia nhỏ bữa ăn trong ngày. Không cho cún ăn xương gà vì dễ hóc."
    )
    article = article_of(page)
    assert article.headline == "Cách chọn thức ăn cho chó con"
    assert article.lead is not None and article.lead.startswith("Chó con cần nhiều đạm")


def test_a_plus_and_bracket_before_an_item_is_a_bullet() -> None:
    blocks = clean(f"{HEAD}\n\n{LEAD}\n\n+)Thứ nhất, cún cần được tiêm phòng đủ mũi.\n\n{BODY}").blocks
    assert "Thứ nhất, cún cần được tiêm phòng đủ mũi." in blocks
