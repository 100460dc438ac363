"""Round 115 of reading real pages (issue 21): a blog's header, its motto and owner, over a post's
title that a rule underlines; a blog's share buttons; a date with its writer, and a day and month
"20 Th12", under the title; a picture's text listing its file names ahead of a paragraph; the
page's other title sharing the headline's words up to its colon; a section named after an icon
closing the title."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Chinh phục núi Bà Đen – Ngọn núi cao nhất Đông Nam Bộ"
LEAD = "Núi Bà Đen là ngọn núi cao nhất ở Đông Nam Bộ, quanh năm được mây mù che phủ và thu hút rất nhiều du khách."
BODY = "Quãng đường lên núi được chia làm hai phần: từ chân núi lên chùa Bà và từ chùa lên tới đỉnh núi."


def test_a_blogs_header_over_a_ruled_title_is_not_read_and_its_owner_is_the_byline() -> None:
    page = f"Tổng hợp kiến thức nhân loại\nNguyễn Văn Hải\n\n[Tây Ninh] {TITLE}\n\n{'-' * 60}\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD and article.byline == "Nguyễn Văn Hải"


def test_a_blogs_share_buttons_are_not_read() -> None:
    page = f"{TITLE}\n- Nhận đường liên kết\n- Ứng dụng khác\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD and "liên kết" not in spoken_text(article)


def test_a_date_with_its_writer_under_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE}\n17/05/2019 - Tác giả: DuyanhWatch\n{LEAD}\n{BODY}\n")
    assert article.lead == LEAD and "DuyanhWatch" not in spoken_text(article)


def test_a_blogs_day_and_month_under_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n20 Th12\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Th12" not in spoken_text(article)


def test_a_pictures_text_listing_its_file_names_before_a_paragraph_is_not_read() -> None:
    alt = "Hình ảnh trước và sau khi leo núi – Từ khóa gốc: before_after, nui_ba_den_12.jpg, leo_nui."
    spoken = spoken_text(article_of(f"{TITLE}\n{LEAD}\n{alt} {BODY}\n"))
    assert "Từ khóa" not in spoken and BODY in spoken


def test_the_pages_other_title_under_the_headline_is_not_the_lead() -> None:
    page = f"Leo núi Bà Đen: kinh nghiệm cho người mới\nLeo núi Bà Đen: chuẩn bị gì, đi đường nào\n{LEAD}\n{BODY}\n"
    assert article_of(page).lead == LEAD


def test_a_section_named_after_an_icon_is_not_part_of_the_headline() -> None:
    article = article_of(f"Vì Sao Núi Bà Đen Luôn Có Mây? - 📱 Du lịch & Khám phá\n{LEAD}\n{BODY}\n")
    assert article.headline == "Vì Sao Núi Bà Đen Luôn Có Mây?"
