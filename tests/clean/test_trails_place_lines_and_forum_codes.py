"""Round 111 of reading real pages (issue 21): a part's heading run into its number, "1.Thủ tục
...", and a "Hướng dẫn ..." heading under its picture's text; a forum's link codes; a page's font
controls; a numbered author line, a rating's stars and a how-to's "Trong bài viết này: ..."; a
breadcrumb printed as a numbered list from "1. Home"; a commune and its province on a line of
their own under the headline; a contents box's label misspelt."""

from __future__ import annotations

from .pages import article_of, spoken_text

LEAD = "Thủ tục xin thị thực du lịch Hàn Quốc năm nay có nhiều thay đổi mà người đi tự túc cần biết trước."
BODY = "Hồ sơ gồm hộ chiếu còn hạn sáu tháng, tờ khai có dán ảnh và giấy tờ chứng minh công việc, thu nhập."
MORE = "Người đã từng đến các nước thuộc khối OECD trong ba năm gần đây được miễn chứng minh tài chính."


def test_a_heading_run_into_its_number_that_echoes_the_lead_is_read() -> None:
    heading = "1.Thủ tục xin thị thực du lịch Hàn Quốc cho người đi tự túc"
    page = f"Thị thực Hàn Quốc: những điều cần biết\n{LEAD}\n{heading}\n{BODY}\n{MORE}\n"
    assert heading in spoken_text(article_of(page))


def test_a_how_to_heading_under_its_pictures_text_is_read() -> None:
    page = (
        f"Thị thực Hàn Quốc: những điều cần biết\n{LEAD}\n{BODY}\nChuẩn bị hồ sơ thị thực Hàn Quốc\n"
        f"Hướng dẫn cách chuẩn bị hồ sơ thị thực Hàn Quốc\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Hướng dẫn cách chuẩn bị hồ sơ thị thực Hàn Quốc" in spoken


def test_a_forums_link_codes_are_not_read() -> None:
    line = "Bài [topic id=63]”Bàn thêm về thị thực”[/topic] đã nêu một vấn đề lâu nay của người đi du lịch."
    spoken = spoken_text(article_of(f"Thị thực Hàn Quốc: những điều cần biết\n{LEAD}\n{line}\n{BODY}\n"))
    assert "topic" not in spoken and "Bàn thêm về thị thực" in spoken


def test_a_pages_font_controls_are_neither_read_nor_the_lead() -> None:
    article = article_of(f"Thị thực Hàn Quốc\nCỡ chữ Tương phản\n{LEAD}\n{BODY}\n{MORE}\n")
    assert article.lead == LEAD and "Cỡ chữ" not in spoken_text(article)


def test_a_numbered_author_line_stars_and_a_contents_line_are_not_the_lead() -> None:
    page = (
        "Cách chuẩn bị hồ sơ thị thực\n\n  1. Tác giả: LTTK CTV01\n    Đánh giá: ✪ ✪ ✪ ✪ ✪\n\n"
        f"    Trong bài viết này: Chọn giấy tờ, Điền tờ khai, Nộp hồ sơ\n\n    {LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.byline == "LTTK CTV01" and article.lead == LEAD
    assert "✪" not in spoken and "Trong bài viết này" not in spoken


def test_a_breadcrumb_numbered_from_home_is_not_read() -> None:
    title = "Thị thực Hàn Quốc: những điều cần biết trước khi nộp hồ sơ"
    page = f"{title}\n  1. Home\n  2. Du lịch - Thị thực\n  3. {title}\neditor 2 tuần trước\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.category == "Du lịch - Thị thực" and article.lead == LEAD
    assert "Home" not in spoken_text(article)


def test_a_commune_and_its_province_under_the_headline_are_not_read() -> None:
    article = article_of(f"Kinh nghiệm nuôi lươn không bùn\n\nAn Hòa (Tây Ninh)\n{LEAD}\n{BODY}\n{MORE}\n")
    assert article.lead == LEAD and "An Hòa (Tây Ninh)" not in spoken_text(article)


def test_a_contents_boxs_label_misspelt_is_not_read() -> None:
    page = f"Thị thực Hàn Quốc\n\n{LEAD}\n\nNôi dung bài viết\n1. Hồ sơ cần có\n{BODY}\n2. Nơi nộp\n{MORE}\n"
    assert "Nôi dung" not in spoken_text(article_of(page))


def test_a_blog_archives_month_label_is_not_read() -> None:
    page = f"Thị thực Hàn Quốc\n\n{LEAD}\n{BODY}\nTháng: Tháng 2 2006\nCái cần biết là hồ sơ\n{MORE}\n"
    assert "Tháng: Tháng" not in spoken_text(article_of(page))
