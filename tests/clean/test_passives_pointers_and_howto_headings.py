"""Round 90 of reading real pages (issue 21): a name after "được" inside a first line too long to
head; a link pointed at by "▷ Xem thêm:"; a "skip to content" link over the title; a how-to's
heading under the title printed again over a picture; the title with a word more as a picture's
text."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

TITLE = "Kinh nghiệm chọn máy lọc không khí cho phòng ngủ nhỏ"
LEAD = "Máy lọc không khí giúp giảm bụi mịn và mùi trong phòng ngủ, nhưng chọn sai công suất thì vừa ồn vừa tốn điện."
BODY = "Trước hết hãy đo diện tích phòng rồi chọn máy có lưu lượng gió sạch phù hợp, thường ghi trên hộp máy."
MORE = "Màng lọc nên thay sau sáu đến mười hai tháng tùy mức bụi, và cần lau cảm biến bụi mỗi tháng một lần."


def test_a_name_after_duoc_does_not_end_a_first_line_run_into_its_lead() -> None:
    line = (
        "Mẫu máy lọc nhỏ này là lựa chọn rẻ nhất trong ba mẫu máy được Sharp bán ra đầu năm, bên cạnh hai mẫu "
        "có cảm biến bụi. Máy không có màn hình và có giá chưa tới hai triệu đồng ở nhiều cửa hàng."
    )
    assert "được Sharp bán ra" in article_of(f"{line}\n{BODY}\n{MORE}\n").headline


def test_a_link_pointed_at_by_an_arrow_and_xem_them_is_not_read() -> None:
    page = f"{TITLE}\n{LEAD}\n{BODY}\n▷ Xem thêm: Cách vệ sinh màng lọc: Mẹo nhỏ cho người bận rộn\n{MORE}\n"
    assert "Xem thêm" not in spoken_text(article_of(page))


def test_a_skip_to_content_link_over_the_title_is_no_category() -> None:
    article = article_of(f"Nhảy đến nội dung\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert article.category is None and article.headline == TITLE


def test_a_howto_heading_under_the_title_printed_again_over_a_picture_is_read() -> None:
    page = f"{TITLE}\n{LEAD}\n{TITLE}\nCách chọn công suất máy\n{BODY}\nLưu ý khi dùng máy\n{MORE}\n"
    assert "Cách chọn công suất máy" in clean(page).blocks


def test_the_title_with_a_word_more_as_a_pictures_text_is_not_read() -> None:
    page = f"{TITLE}\n{LEAD}\n{BODY}\n{TITLE} mini\n{MORE}\n"
    assert f"{TITLE} mini" not in clean(page).blocks
