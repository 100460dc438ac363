"""Round 133 of reading real pages (issue 21): a dictionary entry's word class and pronunciation; sources' marks
closing list items; a list's long unstopped items; a site's name with its email and number; a slide host's embed
box and preview; a box of posts "to read"; sections under the title; a caption glued to the last stop; a recipe
site's trail over a title printed around its date; a post's meta line; a title its subtitle asks again; a heading
in capitals wrapped over two lines; a picture's text and caption naming one thing; an item under a numbered
heading's colon."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Cách trồng cây sả trong chậu tại nhà"
LEAD = "Cây sả dễ trồng, ít sâu bệnh và có thể cho thu hoạch sau khoảng ba tháng nếu được tưới nước đều."
BODY = "Nên chọn chậu có lỗ thoát nước và đặt ở nơi có nắng ít nhất sáu tiếng mỗi ngày để cây phát triển tốt."
MORE = "Khi thu hoạch, cắt sát gốc những nhánh to và để lại các nhánh nhỏ cho lứa sau tiếp tục phát triển."


def test_a_dictionary_entrys_word_class_and_pronunciation_are_not_read() -> None:
    page = f"{TITLE}\n\nNOUN\n\n/ˈlemən ɡræs/\n\n[English below] {LEAD}\n\n{BODY}\n"
    article = article_of(page)
    spoken = spoken_text(article)
    assert "NOUN" not in spoken and "ɡræs" not in spoken and "English below" not in spoken
    assert article.lead == LEAD


def test_sources_marks_closing_items_are_not_read_and_the_items_are_no_chapters() -> None:
    items = "Giúp tiêu hóa tốt hơn sau bữa ăn (2) (3)\nGiảm cảm giác đầy hơi (3)\nHỗ trợ hạ sốt nhẹ (1)\n"
    items += "Làm dịu cổ họng khi bị ho khan kéo dài vào mùa lạnh trong năm (4)\nKhử mùi hôi trong nhà bếp (5) (6)\n"
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nTác dụng của cây sả đối với sức khỏe :\n{items}"
    article = article_of(page)
    spoken = spoken_text(article)
    assert "(3)" not in spoken and "(6)" not in spoken
    assert "Khử mùi hôi trong nhà bếp" in spoken and "Làm dịu cổ họng" in spoken
    assert not any("cảm giác đầy hơi" in t for t in chapter_titles(page))


def test_a_sites_name_with_its_email_and_number_is_not_read() -> None:
    top = "Vườn Xanh Nhà Em\n\nVườn Xanh Nhà Em vuonxanh.info@gmail.com\nVườn Xanh Nhà Em 0912345678\n\n"
    article = article_of(f"{top}{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "gmail" not in spoken_text(article)


def test_a_slide_hosts_embed_box_and_preview_are_not_read() -> None:
    copy = LEAD.replace(", ", ",") + BODY.replace(". ", ".")
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nCây gia vị\n\nEmbed Size (px)\n\nCitation preview\n\n{copy}\n"
    spoken = spoken_text(article_of(page))
    assert "Embed" not in spoken and "Citation" not in spoken and "Cây gia vị" not in spoken
    assert spoken.count("sáu tiếng mỗi ngày") == 1


def test_a_box_of_posts_to_read_is_not_read() -> None:
    box = "Bài viết nên xem\n- Cách trồng rau húng quế\n- Cách trồng cây tía tô\n- Cách trồng hành lá\n"
    spoken = spoken_text(article_of(f"{TITLE}\n{LEAD}\n{box}{BODY}\n{MORE}\n"))
    assert "nên xem" not in spoken and "tía tô" not in spoken


def test_the_sections_under_the_title_are_its_category() -> None:
    article = article_of(f"{TITLE}\n\nKinh tế - Xã hội\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and article.category == "Kinh tế - Xã hội"


def test_one_section_under_the_title_over_the_lead_is_its_category() -> None:
    article = article_of(f"{TITLE}\n\nThuốc bắc\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and article.category == "Thuốc bắc"
    assert "Thuốc bắc" not in spoken_text(article)


def test_a_section_name_over_a_short_line_is_left_to_the_headings() -> None:
    article = article_of(f"{TITLE}\n\nSức khỏe\n\nNhững điều cần biết\n\n{LEAD}\n\n{BODY}\n")
    assert article.category is None


def test_a_caption_glued_to_the_last_stop_is_not_read() -> None:
    glued = f"{BODY[:-1]} vào năm 2023.Bà con xem cây sả trong vườn mẫu"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{glued}\n\n{MORE}\n"))
    assert "Bà con xem" not in spoken and "năm 2023." in spoken


def test_a_recipe_sites_trail_over_a_title_printed_around_its_date_is_not_read() -> None:
    title, lead = "Sả Chanh Trồng Chậu", "Sả chanh trồng chậu là cách nhiều gia đình có sẵn gia vị tươi quanh năm."
    page = f"Làm vườn Cây gia vị\n🌿 Cây gia vị\n\n{title}\n\n09/03/2026\n{title}\n\n{lead}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and article.lead == lead and article.byline is None


def test_a_posts_meta_line_is_not_the_headline() -> None:
    article = article_of(f"{TITLE}\n\nĐăng bởi: Lan Anh - 15/09/2017 - 0 (comment)\n\n{LEAD} {BODY}\n")
    assert article.headline == TITLE and article.byline == "Lan Anh"


def test_a_title_its_subtitle_asks_again_stays_the_headline() -> None:
    article = article_of(f"Trồng sả trong chậu\n\nCó nên trồng sả trong chậu tại nhà không?\n\n{LEAD} {BODY}\n")
    assert article.headline == "Trồng sả trong chậu" and article.lead == "Có nên trồng sả trong chậu tại nhà không?"


def test_a_heading_in_capitals_wrapped_over_two_lines_is_one_chapter() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nKỸ THUẬT CHỌN GIỐNG VÀ\nCHĂM SÓC CÂY SẢ TRONG CHẬU\n{BODY}\n\n{MORE}\n"
    assert "KỸ THUẬT CHỌN GIỐNG VÀ CHĂM SÓC CÂY SẢ TRONG CHẬU" in chapter_titles(page)


def test_a_pictures_text_and_caption_naming_one_thing_are_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nHình ảnh khóm sả trong chậu\nKhóm sả trong chậu\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert "Khóm sả" not in spoken_text(article) and "khóm sả" not in spoken_text(article)


def test_an_item_under_a_numbered_headings_colon_is_no_chapter() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n2. Tên khoa học:\n\nSả chanh: Cymbopogon citratus\n\n{BODY}\n\n{MORE}\n"
    assert "Sả chanh: Cymbopogon citratus" not in chapter_titles(page)
