"""Round 36 of reading real pages (issue 21): a dispatch's place in capitals before the lead, a
parish site's tag with a colon, a row of uploaded pictures' names and the long caption under one,
the headline printed again with its stop over a picture, a site's banner with its hotline over the
headline, a gallery's heading with its short captions, a line pointing to a linked list, the
caption after a scene named bare, years of a day that are one phrase, and "Thời gian đăng:"."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

HEAD = "Hội Cựu chiến binh phường họp mặt kỷ niệm ngày thành lập Quân đội nhân dân"
LEAD = "Chiều qua, Hội Cựu chiến binh phường đã tổ chức họp mặt với hơn năm mươi hội viên tiêu biểu."
BODY = "Các đại biểu cùng ôn lại truyền thống hào hùng của quân đội và những chiến công của địa phương."
MORE = "Dịp này, hội đã tặng quà cho mười hội viên có hoàn cảnh khó khăn trên địa bàn phường."


def test_a_place_in_capitals_before_the_lead_is_the_dispatchs_dateline() -> None:
    article = article_of(f"{HEAD}\nVATICAN. Hôm qua, Tòa Thánh công bố việc bổ nhiệm hai giám mục mới.\n{BODY}")
    assert article.lead == "Hôm qua, Tòa Thánh công bố việc bổ nhiệm hai giám mục mới."


def test_a_sites_tag_with_a_colon_opening_the_lead_is_not_read() -> None:
    article = article_of(f"{HEAD}\nGXĐMHCG: Tối hôm qua, giáo xứ đã dâng thánh lễ cầu nguyện cho các linh mục.\n{BODY}")
    assert article.lead == "Tối hôm qua, giáo xứ đã dâng thánh lễ cầu nguyện cho các linh mục."


def test_a_row_of_uploaded_pictures_names_and_the_long_caption_under_one_are_not_read() -> None:
    name = "z4735055688711_80a077944f63917f07e34aa82f877500"
    caption = (
        "Ông Trần Văn Ba và bà Lê Thị Tư đại diện Ban đại diện cha mẹ trẻ tặng quà trung thu "
        "cho các cháu nghèo, cận nghèo và khó khăn của trường"
    )
    row = " ".join(f"z47350555717{n}3_b3abbc4f8206f2912939d4bbc730567e" for n in range(4))
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{name}\n\n{caption}\n\n{row}\n\n{MORE}"))
    assert "Ông Trần Văn Ba" not in spoken and "z473" not in spoken and MORE in spoken


def test_the_headline_printed_again_with_its_stop_over_a_picture_is_not_read() -> None:
    head = f"{HEAD}."
    article = article_of(f"{head}\n\n{LEAD}\n{head}\n{BODY}\n{MORE}")
    assert spoken_text(article).count("họp mặt kỷ niệm ngày thành lập") == 1


def test_a_sites_banner_with_its_hotline_over_the_headline_is_not_the_headline() -> None:
    banner = "TRUNG TÂM CỜ VUA - KHAI MỞ TRÍ TUỆ - RÈN LUYỆN NHÂN CÁCH - Hotline: 090 264 1618"
    article = article_of(f"{banner}\n\nThứ Tư, 29 tháng 3, 2023\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)


def test_a_gallerys_heading_and_its_short_captions_are_not_read() -> None:
    gallery = "Hình ảnh về một số món ăn là tinh hoa ẩm thực của các dân tộc trên địa bàn:\nCơm lam ngũ sắc\nSâu tre"
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{gallery}\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE)


def test_a_line_pointing_to_a_linked_list_is_not_read() -> None:
    pointer = "Danh sách 75 dự án đoạt giải trong cuộc thi năm học 2019-2020 xem TẠI ĐÂY"
    assert clean(f"{HEAD}\n{LEAD}\n{pointer}\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_the_caption_after_a_scene_named_bare_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nToàn cảnh Hội thi\nĐội thi của Hội Phụ nữ xã Nậm Khăn\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)
    credited = f"{HEAD}\n{LEAD}\nẢnh minh họa. Nguồn: Internet.\nGiá tiêu dùng tháng Năm tăng nhẹ\n{BODY}"
    assert "Giá tiêu dùng tháng Năm tăng nhẹ" in clean(credited).blocks


def test_years_of_a_day_are_one_phrase_not_a_headline_and_its_summary() -> None:
    lead = (
        "Chiều ngày 22/12/2016, Hội Cựu chiến binh phường tổ chức họp mặt kỷ niệm 72 năm Ngày thành lập"
        " Quân đội nhân dân Việt Nam (22/12/1944-22/12/2016)."
    )
    assert article_of(f"{HEAD}\n{lead}\n{BODY}").lead == lead


def test_a_date_labelled_thoi_gian_dang_names_no_category() -> None:
    article = article_of(f"{HEAD}\nThời gian đăng: 08/03/2023 04:39:24 PM\n{LEAD}\n{BODY}")
    assert article.category is None and article.published == "2023-03-08T16:39:24"
