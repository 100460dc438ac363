"""Round 127 of reading real pages (issue 21): a date with a thousand views over the writer and
their office; a page's clock, a banner, a blog's name and motto over the title; a section and a
day between bars; a copy farm's "Cập nhật nội dung chi tiết về ..."; a site's mark against
copies, a labelled link in capitals, a picture's keywords, its Hatena markup and its file with
its size; a heading in BBCode; a series' part in Roman numerals under the title; a list's
bulleted items, never chapters."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Kỹ thuật nuôi dế thương phẩm"
LEAD = "Nghề nuôi dế xuất hiện ở nước ta hơn mười năm nay, từ các hộ nhỏ lẻ đến những trang trại quy mô lớn."
BODY = "Dế được nuôi trong thùng nhựa có nắp đậy, lót đất ẩm và cỏ khô để chúng trú ẩn và đẻ trứng."
MORE = "Thức ăn của dế là cỏ non và cám hỗn hợp, cho ăn theo bữa và dọn sạch thức ăn thừa mỗi ngày."


def test_a_date_with_its_views_and_a_writer_with_an_office_are_not_read() -> None:
    page = f"{TITLE}\n\nThứ năm - 27/02/2014 17:45 2.346 0\n\nLê Văn Bình – Trạm KN huyện Gò Dầu\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD
    assert article.published == "2014-02-27T17:45" and article.byline == "Lê Văn Bình"


def test_a_clock_a_banner_and_a_blogs_name_over_the_title_are_not_read() -> None:
    clocked = article_of(f"menu\n\n07:20:29\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert clocked.headline == TITLE and clocked.lead == LEAD
    bannered = article_of(
        f"Banner header Trại dế Xuân Bắc\nDế mèn - Crickets\n\n{TITLE}\n\n Trần Văn An   |    Ngày 12/01/2020"
        f"\n\n{LEAD}\n\n{BODY}\n"
    )
    assert bannered.headline == TITLE and bannered.byline == "Trần Văn An" and bannered.published == "2020-01-12"
    motto = "Cung cấp các thông tin về nuôi dế, nuôi trùn và các loài côn trùng làm thức ăn chăn nuôi."
    blog = article_of(f"nuoidevn’s blog\n\n{motto}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert (
        blog.headline == TITLE and "blog" not in spoken_text(blog) and "Cung cấp các thông tin" not in spoken_text(blog)
    )


def test_a_section_and_a_day_between_bars_are_not_the_lead() -> None:
    article = article_of(f"{TITLE}\n\nHoạt động Văn hoá & Xã hội | 16/07/2024\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and article.published == "2024-07-16"


def test_a_copy_farms_opening_is_not_the_lead() -> None:
    farm = (
        "Cập nhật nội dung chi tiết về Kỹ Thuật Nuôi Dế Thương Phẩm / 2023 mới nhất trên website Abcxyz.com."
        " Hy vọng thông tin trong bài viết sẽ đáp ứng được nhu cầu của bạn."
    )
    article = article_of(
        f"Đề Xuất 12/2022 # Kỹ Thuật Nuôi Dế Thương Phẩm / 2023 # Top 13 Like\n\n{farm}\n\n{LEAD}\n\n{BODY}\n"
    )
    assert article.headline == "Kỹ Thuật Nuôi Dế Thương Phẩm" and article.lead == LEAD


def test_marks_links_and_pictures_left_in_the_text_are_not_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nBài viết này được đăng tại [nuoi de .net]\n\n{BODY}\n\nTHAM KHẢO LỘ TRÌNH: Quá trình"
        f" nuôi dế từ A-Z\n\n{MORE}\n\nkỹ thuật nuôi dế thịt, nuôi dế làm thức ăn cho chim cảnh\n\nDế trưởng"
        " thành sau khoảng sáu mươi ngày, khi đó có thể chọn con giống hoặc thu hoạch bán.\n\n"
        "f:id:nuoidevn:20190214132033j:plain\n\nChọn dế giống\n\nDế giống phải khỏe, đủ râu, đủ chân và cánh"
        " không dị tật, màu sắc tươi sáng.\n\nde men1 300x139 Kỹ thuật nuôi dế phần 2\n\nMỗi thùng nuôi chừng"
        " ba mươi con dế bố mẹ, cho đẻ trong khay đất ẩm.\n"
    )
    spoken = spoken_text(article_of(page))
    for furniture in ("được đăng tại", "THAM KHẢO", "thức ăn cho chim cảnh", "f:id", "300x139"):
        assert furniture not in spoken
    assert "Chọn dế giống" in spoken


def test_a_heading_in_bbcode_is_read_without_its_codes() -> None:
    article = article_of(f"[h=1]7 bài thuốc dân gian chữa đau lưng[/h]\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "7 bài thuốc dân gian chữa đau lưng"


def test_a_series_part_under_the_title_heads_its_paragraph() -> None:
    page = f"Lịch sử nghề nuôi dế – Phần 2\n\nIV. THỜI KỲ HIỆN ĐẠI (1990 – 2020)\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead is None and article.sections[0].title == "IV. THỜI KỲ HIỆN ĐẠI (1990 – 2020)"
    assert article.sections[0].paragraphs[0] == LEAD


def test_a_lists_bulleted_items_are_never_chapters() -> None:
    page = (
        f"Hướng dẫn móc mũ len cho bé\n\nI/ Nguyên liệu\n- Len chính màu cam, loại len cotton mềm\n- 1 ít len"
        f" trắng và xám đậm cùng loại\n- Kim móc phù hợp với len của bạn\nII/ Kí hiệu cần biết\n- Cách cầm kim"
        f" và lấy mũi\n- ch: mũi bính\n- Mũi đơn SC\n\n{LEAD}\n\n{BODY}\n"
    )
    titles = [s.title for s in article_of(page).sections]
    assert "1 ít len trắng và xám đậm cùng loại" not in titles and "Cách cầm kim và lấy mũi" not in titles
