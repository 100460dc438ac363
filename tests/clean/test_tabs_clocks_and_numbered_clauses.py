"""Round 30 of reading real pages (issue 21): a diocese's tag "WGPSG --", a summary and a menu above
a title printed twice, a title printed again in other case, a subtitle in capitals, date lines with
view counters, a page's clock above the article's time, a label in capitals beside a date line, a
section's Roman number before a slash, a section the headline opens with, a law site's tabs,
captions printed twice and in runs, a document viewer's page number, and clauses numbered "14.1."."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences

from .pages import article_of, spoken_text

HEAD = "Giáo xứ Tân Lập mừng lễ bổn mạng giáo xứ"
LEAD = "Chiều qua, cộng đoàn giáo xứ Tân Lập đã hiệp dâng Thánh lễ mừng bổn mạng với đông đảo giáo dân."
BODY = "Sau Thánh lễ, các đoàn thể trong giáo xứ đã tổ chức buổi văn nghệ mừng lễ tại sân nhà thờ."
MORE = "Ban tổ chức cho biết năm nay có hơn năm trăm người tham gia các hoạt động mừng lễ bổn mạng."


def test_a_dioceses_tag_with_two_hyphens_is_the_outlet_and_not_read() -> None:
    article = article_of(f"{HEAD}\n\nWGPSG -- {LEAD}\n\n{BODY}")
    assert article.outlet == "WGPSG" and article.lead == LEAD


def test_a_summary_above_a_title_printed_twice_is_the_lead_and_the_menu_between_goes() -> None:
    menu = "Tử Vi, Tứ Trụ, Xem Tướng, Gieo quẻ, Xem bói"
    article = article_of(f"{LEAD}\n\n{menu}\n\n{HEAD}\n\n{HEAD}\n\n{BODY}\n\n{MORE}")
    assert article.headline == HEAD and article.lead == LEAD and "Gieo quẻ" not in spoken_text(article)


def test_a_title_printed_again_in_other_case_and_dashes_is_read_once() -> None:
    again = "GIÁO XỨ TÂN LẬP – MỪNG LỄ BỔN MẠNG GIÁO XỨ."
    article = article_of(f"{HEAD}\n\n{again}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and article.lead == LEAD


def test_a_subtitle_in_capitals_opens_the_body_and_the_paragraph_under_it_is_the_lead() -> None:
    subtitle = (
        "GIÁO XỨ TÂN LẬP TỔ CHỨC NGÀY HỘI GIA ĐÌNH VÀ VĂN NGHỆ MỪNG BỔN MẠNG; CHÀO MỪNG NGÀY HỘI ĐẠI ĐOÀN KẾT "
        "TOÀN DÂN TỘC NĂM 2025 - KỶ NIỆM NGÀY TRUYỀN THỐNG MẶT TRẬN TỔ QUỐC VIỆT NAM (18/11/1930 - 18/11/2025)"
    )
    article = article_of(f"{HEAD}\n\n{subtitle}\n\n{LEAD}\n\n{BODY}")
    assert article.lead == LEAD and subtitle in spoken_text(article)


def test_date_lines_with_view_and_comment_counters_date_the_page_and_are_not_read() -> None:
    article = article_of(f"{HEAD}\n\nThứ hai - 06/03/2023 18:11 101 0\n\n{LEAD}\n\n{BODY}")
    assert article.published == "2023-03-06T18:11" and "101" not in spoken_text(article)
    bulletin = article_of(f"{HEAD}\n\n03:06 PM 13/12/2020 |   Lượt xem: 4186 |   In bài viết |\n\n{LEAD}\n\n{BODY}")
    assert bulletin.published == "2020-12-13T15:06" and bulletin.category is None


def test_the_articles_time_under_its_headline_wins_over_the_pages_clock_on_top() -> None:
    page = f"Thứ 6, 29/03/2024, 01:24[GMT+7]\n\n{HEAD}\n\nChủ nhật, 23/04/2017 | 19:57:23\n\n{LEAD}\n\n{BODY}"
    assert article_of(page).published == "2017-04-23T19:57:23"


def test_a_label_in_capitals_beside_a_date_line_is_no_writer() -> None:
    page = f"{HEAD}\n\n03:06 PM 13/12/2020\n\nTHỊ TRƯỜNG GIÁ CẢ\n\n{LEAD}\n\n{BODY}"
    assert article_of(page).byline is None


def test_a_sections_roman_number_before_a_slash_is_no_agency_and_the_text_under_it_stays() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nI/ QUY CHẾ\n\n{BODY}\n\nII/ LỊCH SỬ – Ý NGHĨA\n\n{MORE}"
    article = article_of(page)
    assert article.byline is None and MORE in spoken_text(article)


def test_a_section_the_headline_opens_with_is_the_category() -> None:
    article = article_of(f"Lễ hội\n\nLễ hội đền Đô\n\nĐịa điểm: xã Đình Bảng, cách Hà Nội 18 km.\n\n{BODY}")
    assert article.headline == "Lễ hội đền Đô" and article.category == "Lễ hội"


def test_a_law_sites_tabs_under_the_headline_are_not_read() -> None:
    tabs = "\n".join(f"- {t}" for t in ["Thuộc tính", "Nội dung", "VB gốc", "VB liên quan", "Lược đồ", "Án lệ"])
    article = article_of(f"{HEAD}\n{tabs}\n\n{LEAD}\n\n{BODY}")
    assert "VB gốc" not in spoken_text(article) and article.lead == LEAD


def test_captions_printed_twice_or_in_a_run_of_pictures_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nCác đội tham gia nấu ăn\n\nQuang cảnh hội thi\n\n{BODY}\n\n"
        f"Chi hội phụ nữ tổ dân phố Dinh giành giải Nhất\n\nChi hội phụ nữ tổ dân phố Dinh giành giải Nhất.\n\n{MORE}"
    )
    spoken = spoken_text(article_of(page))
    assert "nấu ăn" not in spoken and "giải Nhất" not in spoken and MORE in spoken


def test_a_viewers_page_number_goes_and_numbered_clauses_keep_their_own_lines() -> None:
    page = (
        "Điều lệ công ty cổ phần xây dựng số một năm 2024\n\nTrang 1CHƯƠNG II: CƠ CẤU TỔ CHỨC\n"
        "Điều 14: Đại hội đồng cổ đông\n14.1. Đại hội đồng cổ đông gồm tất cả các cổ đông có quyền biểu\n"
        "quyết, là cơ quan quyết định cao nhất của công ty.\n14.2. Đại hội đồng cổ đông họp ít nhất mỗi năm\n"
        "một lần theo quyết định của hội đồng quản trị.\n"
    )
    blocks = clean(page).blocks
    assert blocks[1].startswith("CHƯƠNG II")
    assert any(b.startswith("14.1. Đại hội") and b.endswith("của công ty.") for b in blocks)
    assert any(b.startswith("14.2. Đại hội") for b in blocks)


def test_the_next_items_number_closing_a_sentence_opens_the_next_one() -> None:
    assert split_sentences("2.3. Không xô đẩy trong khu vực trò chơi 2.4. Luôn mang đồ bảo hộ.") == (
        "2.3. Không xô đẩy trong khu vực trò chơi",
        "2.4. Luôn mang đồ bảo hộ.",
    )
    assert split_sentences("Giá tăng 2.4. Sau đó giảm.") == ("Giá tăng 2.4.", "Sau đó giảm.")


def test_a_pictures_zoom_hint_is_not_read() -> None:
    article = article_of(f"Bấm vào hình để xem kích thước thật\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and article.category is None
