"""Round 154 of reading real pages (issue 21): a language switcher and an empty box over a page with no title, an
outlet's tag printed twice, a weekday's dateline glued to a quoted subtitle, a credit over the writer's name in
capitals, a Vietnamese vBulletin thread's pager, counts and member card, a sidebar's weather box, captions of a plant
and of a performance, a caption closed by a comma, a full name over the text and its initials under it, a list of
judges and a dotted abbreviation that no glued caption follows."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Hội đồng hương tỉnh tại thị xã tổ chức buổi họp mặt tất niên và chào đón năm mới"
LEAD = "Chiều qua, hội đồng hương tỉnh tại thị xã đã tổ chức buổi họp mặt tất niên và chào đón năm mới."
BODY = "Các chi hội đã báo cáo kết quả hoạt động và đề ra phương hướng cho năm tới tại địa phương của mình."
MORE = "Trưởng ban liên lạc cho biết năm nay hội đã giúp được gần bốn mươi gia đình hội viên gặp khó khăn."


def test_a_language_switcher_and_an_empty_box_over_an_untitled_page_are_not_read() -> None:
    opening = "Tháng 9 năm 2013 Tổng công ty Lâm nghiệp nhận chứng chỉ rừng do tổ chức đánh giá Woodmark trao tặng."
    article = article_of(f"Vietnamese English\n\nNội dung đang cập nhật...\n\n{opening}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == opening.removesuffix(".")
    assert "English" not in spoken_text(article) and "cập nhật" not in spoken_text(article)


def test_an_outlets_tag_printed_twice_before_the_lead_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n20:09 | 18/01/2024\n\nDNTH: DNTH:{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and article.outlet == "DNTH"


def test_a_weekdays_dateline_glued_to_a_quoted_subtitle_is_parted() -> None:
    page = f"{TITLE}\n\nThứ ba 01/12/2020 5:02 PM GMT+7“Đoàn kết - phát triển và chia sẻ”\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.published == "2020-12-01T17:02"
    assert "GMT" not in spoken_text(article) and "Đoàn kết - phát triển và chia sẻ" in spoken_text(article)


def test_a_credit_over_the_writers_name_in_capitals_neither_is_read() -> None:
    title = "Westminster, nơi những người con xa quê tìm lại phố cũ"
    lead = "Lời bài hát cũ về thành phố là nỗi nhớ chung của hàng triệu người đã rời quê hương từ nhiều năm trước."
    article = article_of(f"{title}\n\nby Tim Bui\n\n{title}\n\nTONY BÙI\n\n{lead}\n\n{BODY}\n\n{MORE}\n")
    assert article.byline == "Tim Bui" and article.lead == lead
    assert "TONY" not in spoken_text(article)


def test_a_vietnamese_vbulletin_threads_pager_counts_and_member_card_are_not_read() -> None:
    top = "Trang 1/6 123 ... cuốicuối\nkết quả từ 1 tới 10 trên 60\n  1. #1\n"
    card = "    Tham gia\n    Jan 2008\n    Nơi Cư Ngụ\n    Hà Nội\n    Bài viết\n    18\n    Thanks\n    0\n"
    thanked = "    Thanked 30 Times in 7 Posts\n\n"
    page = f"{top}{card}{thanked}    Mặc định {TITLE}\n\n    {LEAD}\n\n    {BODY}\n"
    article = article_of(page)
    assert (article.headline, article.lead) == (TITLE, LEAD)
    said = spoken_text(article)
    assert not any(w in said for w in ("Trang", "Tham gia", "Jan", "Thanked", "Mặc định", "kết quả từ"))


def test_a_vbulletin_threads_counts_and_likes_over_the_posts_title_are_not_read() -> None:
    top = "Trang 1 / 2 12 LastLast\nHiển thị kết quả từ 1 đến 10 / 14\n  1. #1\n"
    card = "    Tham gia\n    20-02-2009\n    Location\n    Ninh Bình\n    Bài viết\n    567\n    Like\n    0\n"
    page = f"{top}{card}    Thanked 34 Times in 31 Posts\n\n    {TITLE}\n\n    {LEAD}\n\n    {BODY}\n"
    article = article_of(page)
    assert (article.headline, article.lead) == (TITLE, LEAD) and "Like" not in spoken_text(article)


def test_a_sidebars_weather_and_exchange_rate_boxes_after_the_text_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nThời tiết\n\nTỷ giá ngoại tệ\n\nĐang online 614\n")
    assert "Thời tiết" not in spoken_text(article) and MORE in spoken_text(article)


def test_a_plant_shown_in_a_garden_is_a_caption() -> None:
    caption = "Một cây sanh khoe dáng trong vườn cây của ông Nguyễn Bá Kỳ"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}\n")
    assert "cây sanh" not in spoken_text(article) and MORE in spoken_text(article)


def test_a_plant_that_shows_its_colours_in_a_heading_is_kept() -> None:
    heading = "Hoa mai khoe sắc đón xuân"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{heading}\n\n{MORE}\n")
    assert heading in spoken_text(article)


def test_a_performance_named_with_a_stop_is_a_caption() -> None:
    caption = "Tiết mục văn nghệ do các em thiếu nhi tại Trung tâm Bảo trợ xã hội biểu diễn."
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}\n")
    assert "Tiết mục" not in spoken_text(article) and MORE in spoken_text(article)


def test_a_caption_closed_by_a_comma_between_paragraphs_is_neither_the_title_nor_read() -> None:
    caption = "Ban tổ chức chào mừng quan khách, đồng hương và các em thiếu nhi tham dự,"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == TITLE and "chào mừng quan khách" not in spoken_text(article)


def test_a_greeting_closed_by_a_comma_between_paragraphs_is_read() -> None:
    greeting = "Kính thưa quý vị đại biểu và toàn thể các em học sinh thân mến,"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{greeting}\n\n{BODY}\n\n{MORE}\n")
    assert greeting in spoken_text(article)


def test_the_full_name_over_the_text_stays_the_writer_when_its_initials_sign_it() -> None:
    opening = (
        "Little Saigon, CA – Hội Tết Trung Thu do các hội đoàn giới trẻ tổ chức tại công viên thành phố chiều qua."
    )
    article = article_of(f"Lệ Trung\n\n{opening} {LEAD}\n\n{BODY}\n\n{MORE}\n\nLT\n")
    assert article.byline == "Lệ Trung"


def test_judges_listed_with_their_roles_are_items_never_chapters() -> None:
    judges = [
        "Ông Nguyễn Mạnh Hùng – Trưởng khoa Nhạc nhẹ, Trường Cao đẳng Nghệ thuật Hà Nội;",
        "Bà Trần Thị Phương Dung – Hiệu trưởng nhà trường",
        "Bà: Mỹ Vân-MC Đài truyền hình Việt Nam",
        "Ông Nguyễn Dương Hùng – Trưởng Ban đại diện cha mẹ học sinh;",
    ]
    lead = "Chương trình vinh dự có sự hiện diện của Ban Giám khảo gồm:"
    article = article_of(f"{TITLE}\n\n{lead}\n\n" + "\n\n".join(judges) + f"\n\n{BODY}\n\n{MORE}\n")
    assert all(s.title is None for s in article.sections)


def test_a_dotted_abbreviation_is_no_glued_captions_start() -> None:
    paragraph = (
        "Đến dự có các vị khách mời là đại biểu từ các hội đồng hương bạn, cùng đông đủ bà con đang sinh sống ở "
        "Tp.HCM và các tỉnh lân cận như Bình Dương, Đồng Nai"
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{paragraph}\n\n{BODY}\n")
    assert "các tỉnh lân cận như Bình Dương" in spoken_text(article)
