"""Round 172 of reading real pages (issue 21): a poem in quote marks opening a page; a memoir's links to its parts run
together; a picture's caption with its credit glued on; a parish page's title printed twice over its section and a
foreign weekday's date; a gallery's pointer closing a paragraph, and its long captions; a category page's menu of
sub-sections under its name."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Xã Đông Hòa khánh thành nhà văn hóa thôn"
LEAD = "Sáng thứ bảy, người dân thôn Đông đã dự lễ khánh thành nhà văn hóa mới do nhân dân cùng góp sức xây dựng."
BODY = "Nhà văn hóa có hội trường rộng hai trăm chỗ ngồi, sân khấu, khu vệ sinh và sân chơi cho thanh thiếu nhi."
MORE = "Ban quản lý thôn sẽ lập lịch sinh hoạt để các đoàn thể cùng sử dụng nhà văn hóa thuận tiện và tiết kiệm."


def test_a_poem_in_quote_marks_opening_the_page_is_one_stanza_and_no_chapter() -> None:
    poem = "“Có một nghề gieo chữ giữa đời thường\nNgười ta bảo đó là nghề thầm lặng nhất\n"
    poem += "Có một nghề không trồng cây trên đất\nMà cho đời bao trái ngọt hoa thơm”!\n"
    article = article_of(f"{poem}{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead is not None and article.lead.startswith("Sáng thứ bảy")
    assert "Có một nghề không trồng cây trên đất" not in chapter_titles(f"{poem}{LEAD}\n\n{BODY}\n\n{MORE}\n")


def test_a_memoirs_links_to_its_parts_run_together_are_not_read() -> None:
    page = f"Phần 1Phần 2Phần 3\n\nPhần 2 – Phong tục và tập quán\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.headline == "Phần 2 – Phong tục và tập quán" and "Phần 3" not in spoken_text(article)


def test_a_caption_with_its_credit_glued_on_is_not_read() -> None:
    caption = "lễ cắt băng khánh thànhNguồn: Internet"
    page = f"{TITLE}\n\n{LEAD}\n\nLễ khánh thành\n\n{caption}\n\nChuẩn bị hội trường\n\n{BODY}\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "Internet" not in spoken and "cắt băng khánh thành" not in spoken and MORE in spoken


def test_a_title_printed_twice_over_its_section_and_a_foreign_weekdays_date() -> None:
    title = "Mừng Bổn Mạng Giáo Xứ Thánh Giuse"
    page = f"{title}\n\n{title}\n\nTin Giáo Hội Việt Nam - Mar 24/03/2014\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.headline == title and article.category == "Tin Giáo Hội Việt Nam"
    assert article.published == "2014-03-24" and "Mar" not in spoken_text(article)


def test_a_gallery_pointer_closing_a_paragraph_takes_the_captions_under_it() -> None:
    pointer = " Sau đây là một số hình ảnh của các bé lớp B4:"
    first = "Đây là những chiếc bánh trôi do các bé lớp B4 nặn và được cô giáo luộc chín cho cả lớp cùng thưởng thức"
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}{pointer}\n\n{first}\n\nBé Thảo Nhi, Quốc An tích cực nặn bánh\n"
    spoken = spoken_text(article_of(page))
    assert BODY in spoken and "hình ảnh" not in spoken and "luộc chín" not in spoken and "Thảo Nhi" not in spoken


def test_a_gallerys_long_captions_are_not_read_and_the_signature_stays_the_byline() -> None:
    captions = (
        "Ông Nguyễn Văn Ngọ - Chủ tịch Hội đồng gia tộc họ Nguyễn đọc báo cáo tổng kết công tác khuyến học năm qua"
    )
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nMột số hình ảnh:\n\n{captions}\n\nPhường Quán Toan\n"
    article = article_of(page)
    assert "Nguyễn Văn Ngọ" not in spoken_text(article) and article.byline == "Phường Quán Toan"


def test_a_category_pages_menu_of_sub_sections_under_its_name_is_not_read() -> None:
    menu = "Cây Con & Kiến Thiết\nKỹ thuật trồng, tỉa cành tạo tán\nLàm bông tạo mầm\nXiết nước, rước mắt cua\n"
    menu += "Nuôi Trái Lên Cơm\nChặn đọt, chống sượng, lên màu\nPhục Hồi Sau Thu\n"
    intro = "Sầu riêng là cây ăn trái có giá trị kinh tế cao, được trồng nhiều ở Tây Nguyên và miền Tây Nam Bộ."
    article = article_of(f"Cây Sầu Riêng\n{menu}{intro}\n\n{BODY}\n")
    assert article.headline == "Cây Sầu Riêng" and article.lead == intro
    assert "Kiến Thiết" not in spoken_text(article) and article.category is None
