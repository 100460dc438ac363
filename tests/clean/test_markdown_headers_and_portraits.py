"""Round 31 of reading real pages (issue 21): a health page in Markdown with its questions and
answers, an address and a menu over a headline and its date line, an English date line, a writer
and a paper under the headline, a foreign dateline with its tag, a title printed three times, a
writer with an academic title and a department, a generated page's search label and citation
marks, contact and opening-hours lines, short text taken for captions, and a portrait's caption."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

HEAD = "Bảo tàng tỉnh khai mạc trưng bày chuyên đề mừng xuân"
LEAD = "Sáng nay, bảo tàng tỉnh đã khai mạc trưng bày chuyên đề với gần bốn trăm hiện vật và hình ảnh quý."
BODY = "Trưng bày giới thiệu các bộ sưu tập tiền cổ, các dòng gốm qua nhiều thời kỳ và không gian ngày tết."
MORE = "Ban tổ chức cho biết trưng bày sẽ kéo dài đến hết tháng ba và mở cửa miễn phí cho du khách."


def test_a_markdown_pages_bold_headings_and_lists_are_read() -> None:
    page = (
        "**1. Triệu chứng sốt cao co giật ở trẻ em**\n- Thân nhiệt trên 38,5 độ\n- Co cứng toàn thân hoặc giật"
        " tay chân\n- Mắt trợn ngược, mất ý thức tạm thời\n**2. Các bước xử lý tại nhà**\n**Bước 1:** Đặt trẻ"
        " nằm nghiêng trên mặt phẳng\n- Giúp đường thở thông thoáng\n**Bước 2:** Cởi bỏ quần áo chật\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Co cứng toàn thân" in spoken and "Bước 1: Đặt trẻ nằm nghiêng" in spoken and "*" not in spoken


def test_a_pages_questions_and_answers_are_named_in_vietnamese() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nQ: Trẻ có cần đi viện?\nA: Cần, nếu cơn kéo dài.\nQ: Mang gì?\nA: Nhiệt kế."
    assert clean(page).blocks[2:] == (
        "Hỏi: Trẻ có cần đi viện?",
        "Đáp: Cần, nếu cơn kéo dài.",
        "Hỏi: Mang gì?",
        "Đáp: Nhiệt kế.",
    )
    joined = clean(f"{HEAD}\n\n{LEAD}\n\nQ: Trẻ có cần đi viện? A: Cần, nếu cơn kéo dài. Q: Mang gì? A: Nhiệt kế.")
    assert joined.blocks[2] == "Hỏi: Trẻ có cần đi viện? Đáp: Cần, nếu cơn kéo dài. Hỏi: Mang gì? Đáp: Nhiệt kế."


def test_an_address_and_a_menu_over_a_headline_and_its_date_line_are_not_read() -> None:
    page = (
        "08 - Nguyễn Huệ Thành Phố Đông Hà - Tỉnh Quảng Trị\n\n  • Tổ hợp trưng bày Bom\n  • Súng Thần công\n\n"
        f"ẤN PHẨM, BÀI VIẾT\n\n{HEAD.upper()}\n\nNgày cập nhật: 10/07/2018 00:00:00\n\n{LEAD}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.headline == HEAD.upper() and article.lead == LEAD
    assert article.published == "2018-07-10T00:00:00" and article.category != "Ngày"


def test_an_english_date_line_a_writer_and_paper_and_a_foreign_dateline_are_not_read() -> None:
    page = (
        f"Friday, March 29, 2024\n\n{HEAD}\n\nĐằng-Giao/Người Việt\n\nGARDEN GROVE, California (NV) – {LEAD}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.published == "2024-03-29" and article.headline == HEAD
    assert article.byline == "Đằng-Giao" and article.lead == LEAD


def test_a_title_printed_three_times_under_a_sites_header_is_the_headline() -> None:
    title = "CHÙA TRONG TÂM THỨC NGƯỜI VIỆT"
    page = (
        "Tu Viện Quảng Đức 105 Lynch Rd, Fawkner. Tel: 9357 3544. Viện Chủ: HT Tâm Phương\n\n"
        f"{title}\n\n26/02/201300:28(Xem: 3351)\n\n{title}\n\ntu-dam-pagoda_700_0\n\n{title}\n\nNguyễn Tuấn\n\n"
        f"{LEAD}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.headline == title and article.byline == "Nguyễn Tuấn" and article.lead == LEAD
    assert article.published == "2013-02-26T00:28" and "pagoda" not in spoken_text(article)


def test_a_name_under_the_headline_without_a_surname_is_no_writer() -> None:
    article = article_of(f"{HEAD}\n\nTây Bắc Bộ\n\n{LEAD}\n\n{BODY}")
    assert article.byline is None


def test_a_writer_with_a_title_in_capitals_and_a_department_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\nTHS. LÊ MINH HÙNG – Khoa Luật Dân sự, ĐH Luật TPHCM\n\n{LEAD}\n\n{BODY}")
    assert article.byline == "Lê Minh Hùng" and article.lead == LEAD


def test_a_generated_pages_search_label_and_citation_marks_are_not_read() -> None:
    page = f"{HEAD}\n\nChủ đề trưng bày mùa xuân: {LEAD}\n\n{BODY[:-1]} :contentReference[oaicite:0]{{index=0}}."
    article = article_of(page)
    assert article.lead == LEAD and "contentReference" not in spoken_text(article)


def test_contact_and_opening_hours_lines_are_not_read() -> None:
    page = (
        f"{HEAD}\n\nLiên hệ đặt vé: Hotline: (028) 73003799 - Email: datve@baotang.vn.\n\n"
        f"(Giờ làm việc: từ 8h30 đến 17h00 thứ 2 đến thứ 6).\n\n{LEAD}\n\n{BODY}"
    )
    assert article_of(page).lead == LEAD


def test_short_lines_of_text_are_not_taken_for_captions() -> None:
    page = f"{HEAD}\n\n{LEAD} Bài viết mở đầu bằng ba con số: 200, 100 và 35.\n\nTrước hết là con số 200.\n\n{BODY}"
    assert "Trước hết là con số 200." in spoken_text(article_of(page))
    items = "Ưu đãi bắt đầu áp dụng cho các đơn đặt phòng từ nay đến 28 tháng 3"
    terms = article_of(
        f"Điều khoản và điều kiện\n\n{items}\n\nƯu đãi chỉ áp dụng cho lưu trú đến 31 tháng 3.\n\n{BODY}"
    )
    assert items in spoken_text(terms)


def test_a_writer_with_a_place_of_work_closing_the_page_is_the_byline() -> None:
    assert article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nViên Mừng (Bảo tàng tỉnh)").byline == "Viên Mừng"


def test_a_portraits_caption_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nNhà văn Ma Văn Kháng.\n\n{BODY}"
    assert "Ma Văn Kháng" not in spoken_text(article_of(page))
