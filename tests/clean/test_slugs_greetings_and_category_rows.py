"""Round 121 of reading real pages (issue 21): a heading under a picture's file name on a page
whose pictures go uncaptioned; a long first sentence that opens "Chào mừng bạn đến với"; a post's
day with "admin" after it; a lone letter left for a picture; the sections a post is filed under,
in a row over its title; and a picture's text in small letters saying the title again under it."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách trồng cây lưỡi hổ trong chậu đơn giản tại nhà"
LEAD = "Lưỡi hổ là loại cây dễ sống, chịu được bóng râm và ít cần tưới, rất hợp với những người bận rộn ở thành phố."
BODY = "Chậu trồng nên có lỗ thoát nước ở đáy, đất trộn thêm trấu hun và một ít cát để rễ không bị úng khi mưa."
MORE = "Mỗi tháng bạn chỉ cần tưới một hai lần, lau lá cho sạch bụi và xoay chậu để cây nhận đủ ánh sáng."


def test_a_heading_under_a_pictures_file_name_on_a_page_of_uncaptioned_pictures_is_read() -> None:
    heading = "Chọn giống lưỡi hổ phù hợp để trồng trong chậu"
    page = (
        f"{TITLE}\n\ncach-trong-cay-luoi-ho-1\n\n{LEAD}\n\n{BODY}\n\ncach-trong-cay-luoi-ho-2\n\n{heading}\n\n{MORE}\n"
    )
    assert heading in [s.title for s in article_of(page).sections]


def test_a_long_first_sentence_opening_with_a_welcome_is_text() -> None:
    welcome = (
        "Chào mừng bạn đến với Đà Lạt, thành phố ngàn hoa nằm trên cao nguyên Lâm Viên, nơi khí hậu "
        "mát mẻ quanh năm và sương mù phủ kín những đồi thông."
    )
    article = article_of(f"Thuê xe máy ở Đà Lạt\n\n{welcome} {LEAD}\n\n{BODY}\n")
    assert "thành phố ngàn hoa" in spoken_text(article)


def test_a_sites_short_welcome_opening_a_paragraph_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nChào mừng bạn đến với Vườn Xanh! {LEAD}\n\n{BODY}\n")
    assert "Chào mừng" not in spoken_text(article) and "Lưỡi hổ là loại cây" in spoken_text(article)


def test_a_posts_day_with_admin_after_it_is_its_date_not_read() -> None:
    article = article_of(f"{TITLE}\n\n25/04/2023 admin\n\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2023-04-25" and "admin" not in spoken_text(article)


def test_a_lone_letter_left_for_a_picture_is_not_read() -> None:
    words = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nc\n\n{BODY}\n\n{MORE}\n")).split()
    assert "c" not in words


def test_the_sections_a_post_is_filed_under_in_a_row_over_its_title_are_its_category() -> None:
    page = f"Cây ban công - sân thượng, Cây phong thủy\n\n{TITLE}\n\nkỹ thuật trồng cây lưỡi hổ\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.category == "Cây ban công - sân thượng, Cây phong thủy"
    assert "phong thủy" not in spoken_text(article)


def test_a_pictures_text_in_small_letters_saying_the_title_again_under_it_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nkỹ thuật trồng cây lưỡi hổ trong chậu\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "kỹ thuật" not in spoken_text(article)
