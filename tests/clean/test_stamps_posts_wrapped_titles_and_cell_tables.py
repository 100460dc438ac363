"""Round 181 of reading real pages (issue 21): printers, yoghurt, avocados, acne, earphones, fingerprints. A date with
its views and a poster's login, a writer's post before the name, a doctor's title and the date after the name, a
title wrapped after "&", a title with its unstopped second half under the site's menu, a section's name over a
guide's short title, a long opening sentence whose first comma opens a list, a table printed one cell a line under
its heading, a guide's heading under the headline's picture, and pictures' captions under a numbered heading or
asking under a typed picture text are read as the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Cách làm sữa chua dẻo mịn tại nhà không cần máy ủ"
LEAD = "Sữa chua nhà làm vừa ngon vừa rẻ, lại giữ được nhiều lợi khuẩn tốt cho hệ tiêu hóa của cả nhà."
BODY = "Sữa tươi đun ấm chừng bốn mươi độ rồi mới cho men vào, khuấy nhẹ tay cho men tan hết vào sữa."
MORE = "Sau đó rót sữa ra hũ, đậy nắp và ủ trong thùng xốp có nước ấm chừng tám tiếng là sữa chua đông lại."


def test_a_date_with_its_views_and_a_posters_login_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\n06/05/2020 219 chamsocdidong\n\n{LEAD}\n\nCách ủ sữa chua\n\n{BODY}\n\n{MORE}")
    assert "chamsocdidong" not in spoken_text(article) and article.lead == LEAD
    assert article.published is not None and article.published.startswith("2020-05-06")


def test_a_writers_post_before_the_name_is_the_byline() -> None:
    article = article_of(f"{HEAD}\n\nCEO ANH JIMMY\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.byline == "Anh Jimmy" and "CEO" not in spoken_text(article)


def test_a_title_wrapped_after_an_ampersand_and_a_doctors_byline_with_its_date() -> None:
    page = (
        "MỤN TRỨNG CÁ &\nCHIẾN LƯỢC ĐIỀU TRỊ\n\nBác sĩ. Hoa Tấn Dũng, tháng 10 năm 2007\n\n"
        f"I. TỔNG QUAN VỀ MỤN TRỨNG CÁ:\n1. Mụn trứng cá là gì:\n{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "MỤN TRỨNG CÁ & CHIẾN LƯỢC ĐIỀU TRỊ" and article.byline == "Hoa Tấn Dũng"
    assert "Bác sĩ" not in spoken_text(article)


def test_a_title_with_an_unstopped_second_half_under_the_sites_menu() -> None:
    page = (
        "App Mobile IOS Khám Phá\n\nTouch ID không thể kích hoạt. Nguyên nhân và cách khắc phục\n\n"
        "Touch ID không thể kích hoạt là lỗi hay gặp khi người dùng cài khóa màn hình bằng vân tay.\n\n"
        f"Nguyên nhân thường gặp\n\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline.startswith("Touch ID không thể kích hoạt") and article.category == "App Mobile IOS Khám Phá"


def test_a_sections_name_over_a_guides_short_title() -> None:
    page = "Gương làm giàu\n\nKỹ thuật ghép bơ\n\nTiêu chuẩn để chọn gốc bơ tiến hành ghép\n\n • Bầu phải đủ lớn.\n"
    page += f" • Đất tơi xốp, bầu vừa đủ chặt.\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == "Kỹ thuật ghép bơ" and article.category == "Gương làm giàu"


def test_a_long_opening_sentence_is_never_cut_inside_a_list() -> None:
    page = (
        "Mỗi khi đi mua đồ tại các cửa hàng bán lẻ, siêu thị,...chúng ta thường có thói quen lấy một mẩu giấy nhỏ "
        "để ghi lại danh sách những món đồ mà mình đã mua và tổng tiền của từng món một cách rất cẩn thận, cách "
        "này có thể coi là vô cùng lạc hậu và cũng mất khá nhiều thời gian mà từ trước tới giờ khách hàng vẫn hay "
        f"áp dụng ở khắp nơi. {BODY} {MORE}\n{LEAD}\n"
    )
    article = article_of(page)
    assert "siêu thị" in article.headline and article.headline.endswith("tổng tiền của từng món một cách rất cẩn thận")


def test_a_table_printed_one_cell_a_line_under_its_heading_is_read_by_rows() -> None:
    cells = [
        "Nguyên Liệu Cần Chuẩn Bị", "Nguyên liệu", "Số lượng", "Ghi chú",
        "Sữa tươi không đường", "1 lít", "Có thể dùng sữa tiệt trùng (Vinamilk, TH True Milk,...)",
        "Sữa đặc có đường", "1/2 lon", "Sữa đặc giúp sữa chua sánh, béo",
        "Sữa chua cái", "1 hộp (100g)", "Dùng loại không đường, còn hạn sử dụng",
        "Nước sôi để nguội", "200ml (tùy chọn)", "Dùng để pha loãng nếu muốn làm sữa chua mềm hơn một chút nữa",
        "Dụng Cụ Cần Thiết",
    ]  # fmt: skip
    table = "\n\n".join(cells)
    said = " ".join(spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{table}\n\n- Nồi để nấu sữa\n\n- Muỗng khuấy\n\n{MORE}"))
    assert "Sữa tươi không đường: Số lượng một lít, Ghi chú Có thể dùng" in said
    assert "Nước sôi để nguội: Số lượng hai trăm mi li lít" in said


def test_a_guides_heading_under_the_headlines_picture_is_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{HEAD}- Ảnh 1.\n\nBí kíp ủ sữa chua không bị chua gắt\n\n{MORE}\n\n"
        "Nên để hũ sữa chua trong ngăn mát tủ lạnh và ăn hết trong một tuần để giữ được vị ngon nhất.\n"
    )
    assert "Bí kíp ủ sữa chua không bị chua gắt" in [s.title for s in article_of(page).sections]


def test_pictures_captions_under_a_numbered_heading_or_asking_are_not_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\n2. Chuẩn bị dụng cụ cần thiết khi làm sữa chua\nDụng cụ làm sữa chua\n{BODY}\n{MORE}\n"
        "hũ sữa chua\nHũ sữa chua nào giữ lạnh tốt nhất hiện nay?\nCác loại hũ đựng sữa chua tốt nhất hiện nay\n"
        f"{BODY}\n"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert "Dụng cụ làm sữa chua " not in said + " " and "giữ lạnh tốt nhất" not in said
    assert "2. Chuẩn bị dụng cụ cần thiết khi làm sữa chua" in [s.title for s in article.sections]
