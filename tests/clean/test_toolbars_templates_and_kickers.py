"""Round 168 of reading real pages (issue 21): pictures' names from a social network and capitalised hashes; a
comment box's unfilled template; the title under empty boxes' headers when the page's tagged summary stands on top;
a text-size and contrast toolbar; a call to emulation over the portal; a visit counter's figures on its labels'
lines; two section names joined over the text; a series' kicker over its part's title."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Xã Tân Lập ra mắt mô hình tổ phụ nữ tiết kiệm"
LEAD = "Sáng 12/5, Hội Liên hiệp Phụ nữ xã Tân Lập tổ chức ra mắt mô hình tổ phụ nữ tiết kiệm tại thôn Đông."
BODY = "Mỗi tháng các chị góp một khoản nhỏ, cuối năm số tiền được dùng để giúp hội viên khó khăn vay vốn làm ăn."
MORE = "Mô hình được kỳ vọng nhân rộng ra các thôn khác trong thời gian tới, góp phần giảm nghèo bền vững."


def test_pictures_names_from_a_social_network_are_not_read() -> None:
    names = "218836541 1523368854125541 6617283746551234991 N Cd81e93a2b44f0c9d7e1"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{names}\n\n{MORE}\n"))
    assert "218836541" not in said and "Cd81e93a2b44f0c9d7e1" not in said and MORE in said


def test_a_comment_boxs_unfilled_template_is_not_read() -> None:
    box = "{name} - {time}\n\nTrả lời\n\n{body}\n\nÝ kiến của bạn sẽ được biên tập trước khi đăng.\n"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{box}"))
    assert "{name}" not in said and "biên tập trước khi đăng" not in said and MORE in said


def test_the_title_under_empty_boxes_headers_is_the_headline() -> None:
    title = "Sôi nổi mô hình tổ phụ nữ tiết kiệm ở Tân Lập"
    caption = "Tổ phụ nữ tiết kiệm thôn Đông là mô hình thiết thực, bổ ích."
    page = (
        f"(phunutanlap.vn) - {LEAD}\n\nTin liên quan\n\nĐọc nhiều\n\n{title}\n\n{LEAD}\n\n{caption}\n\n"
        f"{BODY}\n\n{MORE}\n\nCác chị cũng cam kết giúp nhau nuôi dạy con cái và giữ gìn hạnh phúc gia đình.\n"
    )
    assert article_of(page).headline == title


def test_a_text_size_and_contrast_toolbar_is_neither_read_nor_the_category() -> None:
    toolbar = "A- A A+ | Tăng tương phản Giảm tương phản"
    article = article_of(f"{toolbar}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.category is None
    kicked = article_of(f"{toolbar}\n\nPhong trào phụ nữ ở Tân Lập:\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert "tương phản" not in spoken_text(kicked)


def test_a_call_to_emulation_over_the_portal_is_not_the_headline() -> None:
    call = "Toàn Đảng, toàn dân, toàn quân ra sức thi đua hoàn thành thắng lợi nhiệm vụ năm 2025 !"
    article = article_of(f"{call}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "thi đua hoàn thành" not in spoken_text(article)


def test_a_visit_counters_figures_on_its_labels_lines_are_not_read() -> None:
    counter = "Thống kê truy cập\nTruy cập tổng 1.204.557\nTruy cập hiện tại 87"
    article = article_of(f"{counter}\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "1.204.557" not in spoken_text(article)


def test_two_section_names_joined_under_the_lead_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\nVăn hóa - Xã hội\n\n{BODY}\n\n{MORE}\n")
    assert "Văn hóa - Xã hội" not in spoken_text(article) and article.category == "Văn hóa - Xã hội"


def test_a_series_kicker_and_its_parts_title_are_one_headline() -> None:
    kicker = "Lan tỏa phong trào phụ nữ tiết kiệm ở Tân Lập:"
    article = article_of(f"{kicker}\n\nBài 2: Những tổ vay vốn đầu tiên\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == f"{kicker} Bài 2: Những tổ vay vốn đầu tiên" and article.lead == LEAD
