"""Round 102 of reading real pages (issue 21): items each under a bullet of their own below a
heading in the text; a teaser's words before a related link ("Bạn có biết? >>> ..."); a site's
header line with its address, telephone, web and mail; a post's day and time with its views; a
picture's caption between two steps that repeats the step above it."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách giặt chăn bông tại nhà cho người mới"
LEAD = "Chăn bông dày rất khó giặt nếu không biết cách, nhất là với máy giặt nhỏ của gia đình."
BODY = "Trước khi giặt, hãy đọc kỹ nhãn của nhà sản xuất để biết chăn chịu được nhiệt độ nào."
LAST = "Sau khi giặt, phơi chăn ở nơi thoáng gió và lật mặt thường xuyên để bông khô đều."


def test_items_each_under_a_lone_bullet_below_a_heading_in_the_text_are_read() -> None:
    items = ["Giảm mùi hôi, nấm mốc, bụi", "Giữ bông tơi xốp và ấm lâu hơn", "Kéo dài tuổi thọ của chăn"]
    bulleted = "".join(f"-\n{item}\n" for item in items)
    article = article_of(f"{TITLE}\n{LEAD}\n{BODY}\nLợi ích của việc giặt chăn đúng cách\n{bulleted}{LAST}\n")
    assert all(item in spoken_text(article) for item in items)


def test_a_teasers_words_before_a_related_link_are_not_read() -> None:
    article = article_of(f"{TITLE}\n{LEAD}\nBạn có biết? >>> Mẹo phơi chăn nhanh khô\n{BODY}\n")
    assert "Bạn có biết" not in spoken_text(article) and "phơi chăn" not in spoken_text(article)


def test_a_sites_header_line_with_address_telephone_web_and_mail_is_not_read() -> None:
    header = (
        "Tiệm giặt Ánh Dương 12 Main Street, CA 95122. Tel: (408) 555-0199 - Web: www.anhduong.com."
        " Email: hi@anhduong.com."
    )
    article = article_of(f"{header}\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD and "Main Street" not in spoken_text(article)


def test_a_posts_day_and_time_with_its_views_are_not_read() -> None:
    article = article_of(f"{TITLE}\n13 Tháng Hai 20179:13 CH(Xem: 2140)\n{LEAD}\n{BODY}\n")
    assert article.lead == LEAD and "Xem" not in spoken_text(article)


STEP_ONE = "Bước 1: Gỡ bỏ những vật bám trên chăn như chỉ, tóc, kẹp giấy trước khi cho vào máy."
STEP_TWO = "Bước 2: Gấp chăn thành ba phần theo chiều dài rồi cuộn tròn lại."


def test_a_caption_between_two_steps_repeating_the_step_above_is_not_read() -> None:
    caption = "Gỡ bỏ những sợi chỉ và vật bám trên chăn"
    article = article_of(f"{TITLE}\n{LEAD}\n{STEP_ONE}\n{caption}\n{STEP_TWO}\n")
    spoken = spoken_text(article)
    assert "sợi chỉ" not in spoken and "Gấp chăn" in spoken and "kẹp giấy" in spoken


def test_a_line_between_two_steps_saying_something_new_is_read() -> None:
    note = "Lưu ý với chăn có khóa kéo và nút bấm"
    article = article_of(f"{TITLE}\n{LEAD}\n{STEP_ONE}\n{note}\n{STEP_TWO}\n")
    assert "khóa kéo" in spoken_text(article)


def test_titles_each_under_a_lone_bullet_below_a_links_header_are_not_read() -> None:
    titles = ["Mẹo phơi chăn bông nhanh khô ngày nồm", "Có nên giặt chăn lông vũ bằng máy giặt"]
    bulleted = "".join(f"-\n{title}\n" for title in titles)
    article = article_of(f"{TITLE}\n{LEAD}\n{BODY}\n{LAST}\nBài viết cùng chủ đề\n{bulleted}")
    assert not any(title in spoken_text(article) for title in titles)
