"""Round 156 of reading real pages (issue 21): a one-paragraph story closed by "Bài và ảnh <NAME>"; pictures'
labels ("đ2") and a gallery's stopped captions; a pointer to more pictures on YouTube; a source line with its
link; a site's address, name and motto over the title; a long caption of flowers given; a keyword in 【】 on the
title and a glued title run that must keep the place before it; "550 .đồng" typed with a stray stop; a credited
caption under a wrapped line; a quoted couplet over the text."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Câu lạc bộ võ cổ truyền của thị trấn mở lớp hè cho thiếu nhi"
LEAD = "Năm nay câu lạc bộ võ cổ truyền của thị trấn đã mở ba lớp năng khiếu hè cho hơn một trăm võ sinh nhỏ tuổi."
BODY = "Các võ sinh được huấn luyện viên hướng dẫn những bài quyền cơ bản vào mỗi buổi chiều trong tuần."
MORE = "Cuối khóa, câu lạc bộ tổ chức buổi biểu diễn để phụ huynh đến xem và cổ vũ các em."


def _between(line: str) -> str:
    return spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{line}\n\n{MORE}\n"))


def test_a_credit_closing_a_one_paragraph_story_is_its_byline() -> None:
    article = article_of(
        f"{TITLE}\n\n{LEAD} {BODY} Phấn đấu có võ sinh dự giải của tỉnh năm 2026 Bài và ảnh HÀ PHƯƠNG\n"
    )
    assert "HÀ PHƯƠNG" not in spoken_text(article) and "dự giải của tỉnh" in spoken_text(article)
    assert article.byline == "Hà Phương"


def test_a_one_paragraph_story_ending_in_capitals_keeps_them() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD} {BODY} Các em tập ở nhà văn hóa THỊ TRẤN MẠO KHÊ\n")
    assert "MẠO KHÊ" in spoken_text(article)


def test_pictures_labels_and_a_gallerys_captions_are_not_read() -> None:
    gallery = "Một số hình ảnh của buổi biểu diễn:\n\nđ2\n\nVõ sinh biểu diễn bài quyền Lão Mai.\n\nd3\n\n"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{gallery}Phụ huynh tặng hoa cho các em.\n"))
    assert "đ2" not in said and "đ hai" not in said and "Lão Mai" not in said and BODY in said


def test_stopped_lines_under_a_gallery_heading_are_read_when_text_follows() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nMột số hình ảnh của buổi biểu diễn:\n\nVăn nghệ chào mừng.\n\n{BODY} {MORE}\n"
    said = spoken_text(article_of(page))
    assert "Văn nghệ chào mừng." in said and MORE in said


def test_a_pointer_to_more_pictures_on_youtube_is_not_read() -> None:
    said = _between("Thêm một vài hình ảnh từ Youtube :")
    assert "Youtube" not in said and MORE in said


def test_a_source_line_with_its_link_is_not_read() -> None:
    said = spoken_text(
        article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nNguồn: HTV9 https://www.youtube.com/watch?v=ab-Cd\n")
    )
    assert "HTV9" not in said and "youtube" not in said.lower() and BODY in said


def test_a_sites_address_name_and_motto_over_the_title_are_not_read() -> None:
    tagline = "www.donghuongvidu.com - Đồng hương Ví Dụ - Quê hương là của chúng tôi"
    article = article_of(f"{tagline}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Đồng hương Ví Dụ" not in spoken_text(article)


def test_a_long_caption_of_flowers_given_is_not_read() -> None:
    caption = (
        "Thầy giáo Trần Văn Hải - Trưởng Phòng Giáo dục & Đào tạo huyện Tiên Phước đến tặng hoa chúc mừng "
        "Ngày nhà giáo Việt Nam 20.11"
    )
    said = _between(caption)
    assert "tặng hoa chúc mừng" not in said and MORE in said


def test_a_sentence_giving_flowers_is_read() -> None:
    line = "Sau buổi lễ, đại diện phụ huynh đến tặng hoa chúc mừng các thầy cô giáo của câu lạc bộ."
    assert line in _between(line)


def test_a_keyword_in_brackets_on_the_title_is_not_read() -> None:
    article = article_of(f"【vitamin c có tác dụng gì】{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE


def test_a_glued_title_run_keeps_the_place_before_it() -> None:
    line = "Các em theo cha mẹ lên TP.HCM,ớphọctìnhthươngcủađôivợchồnggiàvitamin c có tác dụng gì Bình Dương mưu sinh."
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n"))
    assert "lên TP.HCM, Bình Dương mưu sinh." in said and "vitamin" not in said


def test_a_stray_stop_before_a_word_ends_no_sentence() -> None:
    spoken = spoken_sentences(f"{TITLE}\n\n{LEAD}\n\nChỉ có khoảng 550 .đồng hương tham dự buổi họp mặt.\n\n{BODY}\n")
    assert any("năm trăm năm mươi đồng hương tham dự" in s for s in spoken)


def test_a_credited_caption_is_not_joined_to_the_wrapped_line_above() -> None:
    page = (
        f"{TITLE}\n{LEAD}\n{BODY} Khi trời tối,\n"
        "Các huấn luyện viên dạy quyền cho võ sinh nhỏ tuổi - Ảnh: YẾN TRINH\n"
        f"{MORE}\n"
    )
    said = spoken_text(article_of(page))
    assert "YẾN TRINH" not in said and "Các huấn luyện viên dạy quyền" not in said and "Khi trời tối," in said


def test_a_quoted_couplet_over_the_text_is_the_headline() -> None:
    couplet = '" Muốn sang thì bắc cầu kiều\nMuốn con hay chữ phải yêu lấy thầy"'
    article = article_of(f"{couplet}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert "bắc cầu kiều" in article.headline and "yêu lấy thầy" in article.headline
