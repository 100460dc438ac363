"""Round 160 of reading real pages (issue 21): a document site's preview notice; a post's meta line of day, writer
and count; a slogan in capitals closing on its asterisk over the title; pictures' "image01" marks; a long caption
the next paragraph says again; a caption closing on "(Ảnh: Internet. Thanks)."; the title again in capitals with a
Roman numeral; a priest's line under the title; a weekday's heading; a lead opening on "Vào lúc 19 giờ 00"."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Giáo xứ Tân Phước mừng lễ bổn mạng giáo xứ năm nay"
LEAD = "Sáng Chủ nhật, đông đảo giáo dân đã về nhà thờ tham dự thánh lễ mừng bổn mạng của giáo xứ."
BODY = "Sau thánh lễ, các hội đoàn tổ chức văn nghệ và chia sẻ bữa cơm thân mật trong khuôn viên nhà thờ."
MORE = "Cha xứ cảm ơn các ân nhân đã đóng góp công sức để ngày lễ diễn ra trang trọng và ấm cúng."


def test_a_document_sites_preview_notice_is_not_read() -> None:
    notice = "Bạn đang xem trước 12 trang nội dung tài liệu Giáo trình trồng rau, để xem tài liệu hoàn chỉnh bạn click"
    said = spoken_text(article_of(f"{TITLE}\n{LEAD}\n{BODY}\n{notice} vào nút DOWNLOAD ở trên\n{MORE}\n"))
    assert "xem trước" not in said and MORE in said


def test_a_posts_meta_line_of_day_writer_and_count_is_not_read() -> None:
    article = article_of(f"lễ hội\n\n{TITLE}\n\n20/05/2019 Góc Nhìn Quê 3\n\n{LEAD}\n\n{BODY}\n")
    assert "Góc Nhìn Quê" not in spoken_text(article) and article.lead == LEAD
    assert article.byline == "Góc Nhìn Quê" and article.published == "2019-05-20"


def test_a_slogan_in_capitals_closing_on_its_asterisk_is_not_the_headline() -> None:
    slogan = "ĐOÀN KẾT, SÁNG TẠO, PHÁT TRIỂN VĂN HÓA VÀ CON NGƯỜI VIỆT NAM TRONG THỜI KỲ MỚI *"
    article = article_of(f"Thứ 2 - 12/03/2018\n{slogan}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "ĐOÀN KẾT" not in spoken_text(article)


def test_pictures_marks_are_neither_the_byline_nor_the_section() -> None:
    article = article_of(f"• image01\n  • image01\n\nThứ 2 - 12/03/2018\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert article.byline is None and article.category is None and article.headline == TITLE


def test_a_long_caption_the_next_paragraph_says_again_is_not_read() -> None:
    caption = "Thánh lễ mừng bổn mạng giúp giáo dân thêm gắn bó và yêu mến giáo xứ của mình trong suốt năm qua"
    after = (
        "Theo cha xứ, thánh lễ mừng bổn mạng giúp giáo dân thêm gắn bó và yêu mến giáo xứ của mình trong suốt năm "
        "qua và những năm tới."
    )
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{after}\n\n{MORE}\n"))
    assert said.count("giúp giáo dân thêm gắn bó") == 1 and MORE in said


def test_a_caption_closing_on_its_credit_with_stops_inside_is_not_read() -> None:
    caption = "Cha xứ dâng hương trước tượng thánh bổn mạng năm 2023. (Ảnh: Internet. Thanks)."
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}\n"))
    assert "Internet" not in said and "dâng hương" not in said


def test_the_title_again_in_capitals_with_its_numeral_in_roman_is_read_once() -> None:
    title = "Các bài suy niệm Tuần 12 Thường niên_B"
    article = article_of(f"{title}\n\n248\n\nCÁC BÀI SUY NIỆM TUẦN XII THƯỜNG NIÊN\n\n{LEAD}\n\n{BODY}\n")
    assert "TUẦN XII" not in spoken_text(article) and article.lead == LEAD


def test_a_priests_line_under_the_title_is_the_byline() -> None:
    article = article_of(f"{TITLE}\n\nLm. Phêrô Trần Văn An, SVD\n\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Lm. Phêrô Trần Văn An, SVD" and "Phêrô" not in spoken_text(article)


def test_a_weekdays_heading_under_the_title_is_read() -> None:
    article = article_of(f"{TITLE}\n\nTHỨ HAI\n\nNIỀM VUI ĐƯỢC THA THỨ\n\n{LEAD} {BODY}\n\n{MORE}\n")
    assert "THỨ HAI" in spoken_text(article) and article.byline is None


def test_a_lead_opening_on_its_clock_time_is_one_sentence() -> None:
    lead = (
        "Vào lúc 19 giờ 00 Ngày 12 tháng 5 năm 2018, Ban tổ chức đã khai mạc liên hoan văn nghệ của các khu phố "
        "tại hội trường phường với hai mươi tiết mục dự thi đặc sắc."
    )
    article = article_of(f"{TITLE}\n\n{lead}\n\n{BODY}\n")
    assert article.lead == lead and not chapter_titles(f"{TITLE}\n\n{lead}\n\n{BODY}\n")
