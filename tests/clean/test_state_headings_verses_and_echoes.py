"""Round 55 of reading real pages (issue 21): an official document's heading spelt "HÒA", its
office over lines and its day left blank; an office or a document's kind never a writer; a field
and its value never a chapter title; a verse's short lines; a date broken over two lines; a
portal's greeting, post time and search box; a camera's picture name; other stories' titles apart
by slashes; the headline printed again by a picture's text; the writer between dashes after the
title; a picture's alternative text in small letters; a comment box's limit."""

from __future__ import annotations

from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_text

HEAD = "Phường tổ chức ngày hội đọc sách cho thiếu nhi trong dịp hè"
LEAD = "Sáng nay, hơn ba trăm em nhỏ trong phường đã tới nhà văn hóa khu phố để đọc sách và nghe kể chuyện."
BODY = "Các tình nguyện viên chia các em thành từng nhóm nhỏ, mỗi nhóm có một người lớn đọc cùng các em."


def test_an_official_documents_heading_spelt_hoa_with_its_office_over_lines_is_not_read() -> None:
    heading = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG\nHÒA BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số:      /BC-UBND\n        Hòa Bình, ngày       tháng 06 năm 2024"
    )
    article = article_of(f"{HEAD}\n\n{heading}\n\n{LEAD}\n\n{BODY}")
    spoken = spoken_text(article)
    assert "CỘNG HÒA" not in spoken and "PHƯỜNG" not in spoken and "Số:" not in spoken and "ngày tháng" not in spoken
    assert article.lead == LEAD and article.byline is None


def test_an_office_or_a_documents_kind_is_never_the_writer() -> None:
    for line in ("ỦY BAN NHÂN DÂN", "DỰ THẢO BÁO CÁO"):
        assert article_of(f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{BODY}").byline is None


def test_a_field_and_its_value_is_never_a_chapter_title() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nThời gian mở cửa : 08:00 – 22:00\n\n{BODY}"
    article = article_of(page)
    assert all(s.title is None for s in article.sections) and "Thời gian mở cửa" in spoken_text(article)


def test_a_verses_short_lines_are_not_chapter_titles_but_a_letters_greeting_after_labels_leaves_them() -> None:
    verse = (
        "Làm sao giữ được lời ông bà dạy?\nCon cháu đang cần những người thầy\n"
        "Giữ nếp nhà xưa, học điều hay…\nĐể mai khôn lớn nên người"
    )
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{verse}\n\n{BODY}")
    assert all(s.title is None for s in article.sections)
    letter = f"{HEAD}\n\n{LEAD}\n\nCâu hỏi\n\nTrả lời\n\nBác Tín thân mến,\n\n{BODY}"
    assert "Trả lời" in [s.title for s in article_of(letter).sections]


def test_a_date_broken_over_two_lines_is_joined_but_a_title_over_its_stamp_is_not() -> None:
    assert "ngày 23 tháng 4 năm 2018 của Chính phủ" in unwrap(
        "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng\n4 năm 2018 của Chính phủ về cơ chế một cửa."
    )
    assert unwrap("Cảnh giác với lừa đảo dịp đầu năm\n08:22, 12/02/2025").count("\n") == 1
    assert unwrap("Sáu dự án sẽ thông xe vào cuối năm\n6 dự án cao tốc gồm các đoạn tuyến").count("\n") == 1


def test_a_portals_greeting_post_time_search_box_and_a_cameras_picture_name_are_not_read() -> None:
    page = (
        f"Chào mừng bạn đến với Trang thông tin điện tử Phường Hòa Bình\n\n{HEAD}\n\n"
        "Đăng lúc: 17:00:00 02/06/2024 (GMT+7)\n\nBạn tìm thông tin gì?\n\nBảng giá điện tử Danh mục đầu tư\n\n"
        f"{LEAD}\n\nIMG 4824\n\n{BODY}"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == HEAD and article.lead == LEAD
    assert "Chào mừng" not in spoken and "Đăng lúc" not in spoken and "Bạn tìm" not in spoken
    assert "Bảng giá" not in spoken and "IMG" not in spoken


def test_other_stories_titles_apart_by_slashes_are_not_read_but_verse_with_commas_is() -> None:
    titles = (
        "Hơn 300 đoàn viên thanh niên tham gia hiến máu/ Gần 1.000 đơn vị máu trong ngày hội 'Giọt hồng'/ "
        "Tôn vinh 100 gia đình hiến máu tiêu biểu"
    )
    assert "đoàn viên" not in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{titles}\n\n{BODY}"))
    verse = "Mẹ ngồi ru con bên thềm nắng sớm/ Con ngủ say, mẹ hát mãi không thôi/ Tiếng à ơi theo con suốt cuộc đời"
    assert "mẹ hát mãi" in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{verse}\n\n{BODY}"))


def test_the_headline_printed_again_by_a_pictures_text_is_not_read() -> None:
    echo = HEAD * 5
    page = f"{HEAD}\n\n{LEAD}{HEAD}\n\n{echo}\n\n{BODY}"
    article = article_of(page)
    assert article.lead == LEAD and HEAD not in spoken_text(article)[len(HEAD) :]


def test_the_writer_between_dashes_after_the_title_is_the_byline() -> None:
    page = f"{HEAD} -TT Thích Minh Tâm-\n\n-TT Thích Minh Tâm-\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert article.headline == HEAD and article.byline == "TT Thích Minh Tâm"
    assert "Thích Minh Tâm" not in spoken_text(article)


def test_a_pictures_alternative_text_in_small_letters_under_the_widgets_and_a_blog_label_are_not_read() -> None:
    page = f"{HEAD}\n\nBạn tìm thông tin gì?\n\nBlog\n\nthiếu nhi đọc sách ở nhà văn hóa\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert article.lead == LEAD and "Blog" not in spoken_text(article) and "thiếu nhi đọc" not in spoken_text(article)
    wrapped = f"{HEAD}\n\nthiếu nhi trong dịp hè năm nay\n\n{LEAD}\n\n{BODY}"
    assert "năm nay" in spoken_text(article_of(wrapped))


def test_a_comment_boxs_limit_is_not_read() -> None:
    more = "Sau buổi đọc, các em được tặng mỗi em một cuốn truyện tranh để mang về nhà."
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nTối đa: 1500 ký tự\n\n{more}"
    assert "ký tự" not in spoken_text(article_of(page))
