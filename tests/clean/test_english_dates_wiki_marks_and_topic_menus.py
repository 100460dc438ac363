"""Round 83 of reading real pages (issue 21): a Japanese trainee scheme, a recipe, a wiki's
article, a clinic's page. A date line in English with a short month, a page's "Tin Tức" section,
a "Đăng ký tư vấn" button, a wiki's "[sửa]" marks and "Từ VLOS" tagline, a menu of topics after
"Chủ đề nóng:" and a question glued to the next sentence are read as the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Thực tập sinh kỹ năng sang Nhật cần chuẩn bị những gì"
LEAD = "Chương trình thực tập sinh kỹ năng mở cho lao động trẻ từ mười tám tuổi có sức khỏe tốt."
BODY = "Người lao động phải học tiếng Nhật ít nhất bốn tháng trước khi phỏng vấn với doanh nghiệp."
MORE = "Sau ba năm làm việc, thực tập sinh có thể thi chuyển sang diện kỹ năng đặc định để ở lại."


def test_a_date_line_in_english_with_a_short_month_and_a_section_label_are_not_read() -> None:
    article = article_of(f"Tin Tức\n{HEAD}\nWednesday, 24 Apr 2024\n{LEAD}\n{BODY}\n{MORE}")
    said = spoken_text(article)
    assert article.headline == HEAD and article.lead == LEAD
    assert "Apr" not in said and "Tin Tức" not in said
    assert article.published == "2024-04-24" and article.category == "Tin Tức"


def test_a_consultation_button_over_a_page_without_a_title_is_not_the_headline() -> None:
    article = article_of(f"Đăng ký tư vấn\n\n\n\n    {LEAD}\n\n    {BODY}\n\n    {MORE}")
    assert article.headline == LEAD.rstrip(".") and "tư vấn" not in spoken_text(article)


def test_a_wikis_edit_marks_tagline_and_redirect_note_are_not_read() -> None:
    page = (
        f"{HEAD}\nTừ VLOS\n(đổi hướng từ Thực tập sinh)\n{LEAD}\n"
        f"Điều kiện tham gia[sửa]\n{BODY}\nSau khi về nước[sửa | sửa mã nguồn]\n{MORE}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == HEAD and article.lead == LEAD
    assert "sửa" not in said and "VLOS" not in said and "đổi hướng" not in said
    assert "Điều kiện tham gia" in said and "Sau khi về nước" in said


def test_a_menu_of_topics_after_a_hot_topics_label_is_not_read() -> None:
    menu = "Dạy học theo dự án - Chương trình giáo dục phổ thông - Kỳ thi tốt nghiệp"
    article = article_of(f"{HEAD}\n{LEAD}\n{BODY}\nChủ đề nóng:\n{menu}\n{MORE}")
    said = spoken_text(article)
    assert "Dạy học theo dự án" not in said and "Chủ đề nóng" not in said and MORE in said


def test_one_word_lines_of_a_scrape_are_joined_and_lines_of_many_words_stay_apart() -> None:
    menu = ["Điều kiện tham gia", "Chi phí và thời gian"]
    page = "\n".join([HEAD, "", *LEAD.split(), "", *menu, "", *BODY.split(), "", *MORE.split()])
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == HEAD and article.lead == LEAD and BODY in said and MORE in said
    parts = [p for s in article.sections for p in (s.title or "", *s.paragraphs)]
    assert all(line in parts for line in menu)


def test_a_question_glued_to_the_next_sentence_is_parted() -> None:
    said = spoken_sentences(f"{HEAD}\n{LEAD}\nPhí đi Nhật là bao nhiêu?Đến nay mức phí vẫn khác nhau.\n{MORE}")
    assert "Phí đi Nhật là bao nhiêu?" in said and "Đến nay mức phí vẫn khác nhau." in said


def test_a_first_parts_heading_under_an_opening_paragraph_is_not_taken_for_a_swapped_headline() -> None:
    opening = (
        "Nem chua là món quà quê được nhiều người ưa chuộng trong những ngày Tết. Vị chua thanh của thịt"
        " hòa với vị cay của tỏi và ớt tạo nên hương vị khó quên."
    )
    heading = "Cách chọn mua nguyên liệu tươi ngon nhất"
    body = "Chọn thịt nạc vừa mới mổ, có màu đỏ hồng và bề mặt khô ráo. Da heo nên dày và phẳng."
    article = article_of(f"{opening}\n{heading}\n{body}\n{MORE}")
    assert article.headline != heading and heading in [s.title for s in article.sections]


def test_a_headline_printed_under_its_summary_still_heads_the_article() -> None:
    summary = (
        "Nem chua Thanh Hóa là món quà quê được nhiều người ưa chuộng trong những ngày Tết. Vị chua"
        " thanh của thịt hòa với vị cay của tỏi và ớt."
    )
    headline = "Cách làm nem chua Thanh Hóa ngon như đặc sản"
    article = article_of(f"{summary}\n{headline}\n{BODY}\n{MORE}")
    assert article.headline == headline and article.lead == summary


def test_a_dash_alone_on_its_line_begins_an_item_under_a_heading_in_a_one_word_a_line_scrape() -> None:
    heading = "Chuẩn bị giấy tờ trước khi phỏng vấn (bốn tuần)"
    page = "\n".join([HEAD, "", *LEAD.split(), "", heading, "-", *BODY.split(), "", *MORE.split()])
    section = article_of(page).sections[0]
    assert section.title == heading and section.paragraphs[0] == BODY


def test_a_question_title_glued_to_the_lead_on_the_first_line_is_parted() -> None:
    first = (
        "Thực tập sinh sang Nhật cần chuẩn bị những gì?Đến với chương trình, người lao động cần học tiếng"
        " Nhật trước. Phí đi Nhật nay đã thấp hơn trước nhiều."
    )
    article = article_of(f"{first}\n{BODY}\n{MORE}")
    assert article.headline == "Thực tập sinh sang Nhật cần chuẩn bị những gì?"
    assert article.lead.startswith("Đến với chương trình")


def test_a_dash_inside_a_sentence_of_a_one_word_a_line_scrape_keeps_the_sentence_whole() -> None:
    sentence = "Nhà trường đón tiếp ông Nguyễn Văn An - Chủ tịch xã và các đại biểu về dự lễ khai giảng."
    page = "\n".join([HEAD, "", *LEAD.split(), "", *sentence.split(), "", *MORE.split()])
    assert sentence in article_of(page).sections[0].paragraphs
