"""Round 143 of reading real pages (issue 21): a headline with nothing under it; an encyclopedia mirror's
paragraph with its headings glued in; a reading site's settings and a slide site's French lines; a Q&A
site's prompt between its dates; a title over a first part numbered with a comma; a list's item with a
slash; a note in brackets under a list; a formula's line; a link pointed at with ">>>"."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Kỹ thuật trồng và chăm sóc cây cà phê"
LEAD = "Cà phê là cây công nghiệp chủ lực ở Tây Nguyên, cần được chăm sóc đúng cách trong ba năm đầu tiên."
BODY = "Bà con nên tủ gốc bằng rơm hoặc cỏ khô để giữ ẩm cho đất và giúp cây phát triển mạnh trong mùa khô."


def test_a_headline_alone_is_read_and_refused_by_no_internal_error() -> None:
    assert article_of("Chỉ có một tiêu đề ở đây\n").headline == "Chỉ có một tiêu đề ở đây"


def test_a_mirrors_paragraph_with_its_headings_glued_in_is_read() -> None:
    text = (
        "Bình phong mãBình phong mã là thế trận khai cuộc trong cờ tướng, hai Mã bảo vệ tốt đầu. "
        "Các hệ thống khai cuộcCó ba loại bình phong mã được dùng nhiều nhất. Bình phong mã hiện đạiBình phong mã"
        " hiện đại chỉ bên đi sau, Tả mã bàn hàHữu tượngNước Tượng ba tiến năm để sau đó tiếp t"
    )
    article = article_of(f"Bình phong mã\n\n{text}\n")
    assert article.lead is not None and article.lead.startswith("Bình phong mã là thế trận khai cuộc")


def test_a_reading_sites_settings_and_a_slide_sites_lines_are_not_read() -> None:
    settings = "Màu nền\nFont chữ\nFont size\nChiều cao dòng\n"
    slides = "SlideShare une entreprise Scribd logo\n1  sur  150\nTélécharger pour lire hors ligne\n"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{settings}{slides}{LEAD}\n\n{BODY}\n"))
    assert not any(w in spoken for w in ("Màu nền", "Font", "Chiều cao dòng", "SlideShare", "Téléch"))


def test_a_qa_sites_prompt_between_its_dates_leaves_the_title() -> None:
    page = f"{TITLE}\n\n10/04/2025\nLàm sao để có câu trả lời hay nhất?\n10/04/2025\n10/04/2025\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and "câu trả lời hay nhất" not in spoken_text(article)


def test_a_title_over_a_first_part_numbered_with_a_comma_stays_the_headline() -> None:
    first = "Cà phê là một loại cây công nghiệp thuộc họ thiến thảo, được trồng nhiều ở Việt Nam và Brasil."
    article = article_of(f"{TITLE}\n1, Nguồn gốc và xuất xứ của cây cà phê\n{first}\n{BODY}\n")
    assert article.headline == TITLE and article.category is None


def test_a_lists_item_with_a_slash_is_no_breadcrumb() -> None:
    items = "1. Hoại tử gan tuỵ cấp tính\n2. Phân trắng (WFD / WFS)\n3. Đốm đen\n"
    article = article_of(f"18 bệnh thường gặp trên tôm nuôi\n\n{LEAD}\n\n{items}\n{BODY}\n")
    assert "Phân trắng" in spoken_text(article) and article.category is None


def test_a_note_in_brackets_under_a_list_is_read() -> None:
    note = "(Nghỉ hoạt động vào các ngày chủ nhật và Quốc lễ)"
    hours = f"  • Thứ 2, thứ 4, thứ 6: 9:00 ~ 17:00\n  • Thứ 7: 9:00 ~11:30\n\n{note}\n"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nGiờ làm việc:\n\n{hours}\n{BODY}\n"))
    assert "Nghỉ hoạt động vào các ngày chủ nhật" in spoken


def test_a_formulas_line_is_read() -> None:
    page = (
        "Các hàm khấu hao trong Excel\n\nExcel có một nhóm hàm tính khấu hao tài sản. Trong\nbài này ta xem 4 hàm "
        "đơn giản ứng với hai cách tính khấu hao là: hàm SLN (khấu hao\ntuyến tính) và các hàm SYD, DB, DDB (khấu hao "
        "nhanh).\n1.1 Hàm SLN (Straight Line)\n- Tính khấu hao với tỷ lệ trải đều trong một khoảng thời\ngian xác "
        "định\n- Cú pháp: =SLN(cost, salvage, life)\nTrong đó: cost là giá trị ban đầu, salvage là giá trị còn lại ước"
        "\ntính của tài sản, life là đời hữu dụng của tài sản.\n- Hàm SLN tính khấu hao theo công thức:\n"
        "SLN = (cost – salvage)/ life\n1.2 Hàm SYD (Sum of Year'Digits)\n-Tính tổng khấu hao hàng năm của một tài "
        "sản trong một khoảng thời gian\nxác định.\n- Cú pháp: = SYD(cost, salvage, life, per)\n"
    )
    assert "SLN = (cost – salvage)/ life" in spoken_text(article_of(page))


def test_a_link_pointed_at_with_arrows_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n- Tham khảo tại bài viết sau >>> Nguồn gốc cây cà phê ở Việt Nam\n\n{BODY}\n"
    assert not any("Nguồn gốc cây cà phê" in s for s in spoken_sentences(page))
