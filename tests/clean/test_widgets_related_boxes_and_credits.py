"""Round 100 of reading real pages (issue 21): a template's logo text and widgets' names over the
text; a "Bài viết liên quan:" box; bulleted links under the lead, one of them a question; a
picture's text and caption printed twice under a short title and its summary; a "[VIDEO]" title; a
"see it at" link; a caption drawn "(minh hoạ của ...)" and the writer's name under it; a line of
writer, day and reading time; a picture's file name with its number."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách làm xà phòng thủ công tại nhà"
LEAD = "Xà phòng thủ công dịu nhẹ với da và giữ lại glycerin, chất giúp da luôn đủ ẩm suốt ngày dài."
BODY = "Phương pháp lạnh cần ủ bánh xà phòng trong bốn đến sáu tuần trước khi đem ra dùng được."
MORE = "Dầu dừa cho nhiều bọt, còn dầu ô liu làm bánh xà phòng mềm và dịu hơn cho làn da nhạy cảm."


def test_a_templates_logo_text_and_widget_names_are_not_read() -> None:
    for top in ("logo", "GuidePedia\n\n0", "Header Ads Widget", "top of page"):
        article = article_of(f"{top}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
        assert article.headline == TITLE and article.lead == LEAD, top
        assert "logo" not in spoken_text(article) and "Widget" not in spoken_text(article)


def test_a_related_articles_box_is_not_read() -> None:
    box = "Bài viết liên quan:\n\nHướng dẫn chọn dầu cho người mới\n\nNăm món đồ cần có khi nấu xà phòng"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{box}\n\nChuẩn bị vật liệu, dụ\n"))
    assert MORE in spoken and "liên quan" not in spoken and "Năm món đồ" not in spoken


def test_bulleted_links_under_the_lead_one_a_question_are_not_read() -> None:
    links = (
        "  • Cách làm nến thơm\n  • Người Nhật dùng loại xà phòng nào nhiều nhất?\n  • Mẹo bảo quản xà phòng lâu hơn"
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{links}\n\n{BODY}\n")
    assert article.headline == TITLE and "Người Nhật" not in spoken_text(article) and "Mẹo" not in spoken_text(article)


def test_a_pictures_text_and_caption_printed_twice_under_a_short_title_are_not_read() -> None:
    short = "Cách nấu xà phòng"
    again = "Nấu xà phòng bằng dầu dừa"
    article = article_of(f"{short}\n\n{LEAD} {BODY}\n\n{again}\n\n{again}\n\n{MORE}\n")
    assert article.headline == short and article.lead.startswith(LEAD) and again not in spoken_text(article)


def test_a_video_title_and_a_see_it_at_link_are_not_read() -> None:
    link = "Hoặc có thể xem tại Nguyên liệu xà phòng đầy đủ"
    page = f"{TITLE}\n\n{LEAD}\n\n[VIDEO] Cách nấu xà phòng\n\n{BODY}\n\n{link}\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "VIDEO" not in spoken and "xem tại" not in spoken and MORE in spoken


def test_a_drawn_pictures_caption_and_the_writers_name_under_it_are_not_read() -> None:
    caption = "Cô gái tự tay làm bánh xà phòng tặng mẹ. Chắc chắn mẹ sẽ rất thích (minh hoạ của Chat GPT)"
    article = article_of(f"{TITLE}\n\n{caption}\n\nTrần Văn Minh\n\n{LEAD}\n\n{BODY}\n")
    assert (
        article.lead == LEAD and "minh hoạ" not in spoken_text(article) and "Trần Văn Minh" not in spoken_text(article)
    )


def test_a_line_of_writer_day_and_reading_time_and_a_pictures_numbered_file_name_are_not_read() -> None:
    meta = "Xà Phòng Xanh Tác giả Xà Phòng Xanh 19/07/2024 12 phút đọc"
    article = article_of(f"{TITLE}\n\n{meta}\n\n{LEAD}\n\n{BODY}\n\nxa-phong-2\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert article.lead == LEAD and "phút đọc" not in spoken and "xa-phong" not in spoken and MORE in spoken


def test_a_pictures_alt_text_under_a_numbered_heading_in_capitals_is_not_read() -> None:
    heading = "1. LÀM XÀ PHÒNG THEO PHƯƠNG PHÁP LẠNH (Cold process)"
    alt = "hai bánh xà phòng thủ công với các lát chanh khô"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{heading}\n\n{alt}\n\n{BODY}\n\n{MORE}\n")
    assert alt not in spoken_text(article) and BODY in spoken_text(article)
