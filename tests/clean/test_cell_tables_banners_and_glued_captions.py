"""Round 132 of reading real pages (issue 21): a table printed a cell a line between blank lines; a clinic's
banner over its hours and hotline; a picture's text run into its caption; a caption naming where the picture
was taken from; a title's slogan between it and the site's name; two subtitles in capitals over the lead; a
source's note marks glued to the words they follow."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Kinh nghiệm làm thẻ thư viện cho học sinh"
LEAD = "Thư viện tỉnh mở thêm quầy làm thẻ trong dịp hè để học sinh có chỗ đọc sách gần nhà."
BODY = "Học sinh nên mang theo ảnh chân dung và giấy xác nhận của nhà trường khi đến quầy làm thẻ."
MORE = "Thẻ có giá trị trong một năm và có thể gia hạn tại quầy mà không phải nộp lại hồ sơ."


def test_a_table_printed_a_cell_a_line_is_read_a_row_a_sentence() -> None:
    cells = ["Loại thẻ", "Mã thẻ", "Số lần mượn", "Thời hạn"]
    cells += ["Thẻ đọc tại chỗ", "TV-1", "2 lần", "6 tháng", "Thẻ mượn về nhà", "TV-2", "5 lần", "12 tháng"]
    table = "\n\n".join(cells)
    page = f"{TITLE}\n\n{LEAD}\n\nBạn có thể xem các loại thẻ qua bảng sau:\n\n{table}\n\n{BODY}\n"
    spoken = spoken_text(article_of(page))
    assert "Thẻ mượn về nhà: Mã thẻ TV-2, Số lần mượn 5 lần, Thời hạn 12 tháng." in spoken
    assert "Loại thẻ" not in spoken


def test_a_clinics_banner_over_its_hours_and_hotline_is_not_read() -> None:
    top = "PHÒNG KHÁM AN TÂM – Chăm sóc răng cho cả nhà\n\n"
    top += "Giờ mở cửa: T2 – T6: 8:00 – 19:00, T7 – CN: 8:00 – 17:00 – Hotline: 0912.345.678 – 12 Lê Lợi, Hà Nội\n\n"
    article = article_of(f"{top}{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD
    assert "Hotline" not in spoken_text(article) and "AN TÂM" not in spoken_text(article)


def test_a_pictures_text_run_into_its_caption_is_not_read() -> None:
    glued = "Kinh nghiệm làm thẻ thư viện - quầy thẻ của thư việnQuầy làm thẻ đông học sinh vào buổi sáng"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n1. Chuẩn bị giấy tờ\n\n{glued}\n\n{BODY}\n"))
    assert "Quầy làm thẻ đông" not in spoken and BODY in spoken


def test_a_caption_naming_where_the_picture_was_taken_from_is_no_chapter() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nThư viện tỉnh nhìn từ trên cao\n\n{MORE}\n")
    assert "nhìn từ trên cao" not in spoken_text(article)
    assert all("nhìn từ" not in (s.title or "") for s in article.sections)


def test_a_titles_slogan_before_the_sites_name_is_no_part_of_the_headline() -> None:
    page = f"{TITLE} - Mạng đặt vé thư viện trực tuyến đầu tiên tại Việt Nam | Thư viện Sách Hay\n\n{LEAD}\n\n{BODY}\n"
    assert article_of(page).headline == TITLE


def test_two_subtitles_in_capitals_stand_after_the_lead() -> None:
    page = f"{TITLE}\n\nHƯỚNG DẪN LÀM THẺ THƯ VIỆN\n\nTHƯ VIỆN TỈNH HƯỚNG DẪN BẠN ĐỌC\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.lead == LEAD and "THƯ VIỆN TỈNH HƯỚNG DẪN BẠN ĐỌC" in spoken_text(article)


def test_a_sources_note_marks_are_not_read() -> None:
    body = "Cuốn cẩm nang giúp học sinh biết cách tìm sách theo chủ đề và đọc hiểu tài liệu một cách trôi chảy1. "
    body += "Cuốn cẩm nang này được thư viện tỉnh phát miễn phí cho học sinh từ lớp một đến lớp chín (THCS)2."
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{body}\n\n{BODY}\n"))
    assert "trôi chảy1. Cuốn cẩm nang này" in spoken  # one paragraph: the mark is no numbered heading
