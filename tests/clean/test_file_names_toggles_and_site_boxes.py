"""Round 114 of reading real pages (issue 21): a picture's file name in capitalised words joined by
hyphens; a contents plugin's "Toggle" glued to a numbered heading; a site's box of the searches it
answers, and "YouTube video"; a link sentence closing a step; a stage's heading in title case
after a wider gap, never a picture's caption."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Hướng dẫn vệ sinh máy giặt cửa ngang tại nhà"
LEAD = "Máy giặt cửa ngang rất dễ tích tụ cặn bẩn, vi khuẩn và nấm mốc ở gioăng cao su và lồng giặt kín."
BODY = "Theo thời gian, cặn bột giặt và xơ vải bám lại, khiến quần áo giặt ra có mùi hôi khó chịu."
MORE = "Người dùng nên vệ sinh máy định kỳ mỗi một đến ba tháng để máy chạy êm và bền hơn."


def test_a_pictures_file_name_in_capitalised_words_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nVì sao cần vệ sinh?\n\n{BODY}\n\nVe-Sinh-May-Giat-1\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "Ve-Sinh" not in spoken and MORE in spoken


def test_a_contents_toggle_glued_to_a_numbered_heading_is_not_read() -> None:
    page = f"{TITLE}\n{LEAD}\nNội dung\nToggle1. Vì sao cần vệ sinh\n{BODY}\n2. Khi nào nên vệ sinh\n{MORE}\n"
    titles = [s.title for s in article_of(page).sections]
    assert "1. Vì sao cần vệ sinh" in titles and not any("Toggle" in (t or "") for t in titles)


def test_a_sites_box_of_searches_and_a_video_label_are_not_read() -> None:
    page = (
        f"{TITLE}\nDienlanh.vn cũng giúp giải đáp những vấn đề sau đây:\n  • Cách vệ sinh máy giặt cửa trên\n"
        "  • Cách vệ sinh lồng giặt bằng giấm\n  • Cách tháo gioăng máy giặt\nYouTube video\n"
        f"{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    assert article.lead == LEAD and "giải đáp" not in spoken_text(article) and "YouTube" not in spoken_text(article)


def test_a_link_sentence_closing_a_step_is_not_read() -> None:
    step = "Bước 1: Pha giấm với nước ấm rồi đổ vào ngăn bột giặt."
    page = f"{TITLE}\n{LEAD}\n{step} Tham khảo cách pha giấm tại đây.\n{BODY}\n"
    spoken = spoken_text(article_of(page))
    assert "tại đây" not in spoken and "đổ vào ngăn bột giặt" in spoken


def test_a_stages_heading_in_title_case_after_a_wider_gap_is_read() -> None:
    stage = "Giai Đoạn 2: Vệ Sinh Gioăng & Bộ Lọc (Tháng 3 – Tháng 4/2026)"
    page = f"{TITLE}\n\n{LEAD}\n\n1. Tháo ngăn bột giặt:\n\n\n{stage}\n\n{BODY}\n\n{MORE}\n"
    assert "Giai Đoạn 2" in spoken_text(article_of(page))
