"""Round 193 (tooth whitening, soap, speakers, pans, water filters, chess, betta fish): a shop's cart leftover and
a theme's weekday in English over the date are never the headline, and the title between them is; a contents box's
"Phụ lục" is not read; an untitled page whose pictures carry its title, and one whose contents box left a numbered
line on top, are headed right; "Giới thiệu về ..." is a part; a guide's heading ending like the next guide heading is
read; the summary's tail that opens the first paragraph is read once; a bullet left after a stop, and "Avatar" after
the writer's name, go."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

LEAD = "Máy lọc nước dùng màng thẩm thấu ngược luôn xả ra một phần nước, và nhiều gia đình lo về khoản hao phí này."
BODY = "Phần nước xả mang theo cặn và muối khoáng mà màng lọc giữ lại, nên không dùng để nấu ăn hay uống."
OTHER = "Nước xả vẫn có thể dùng để lau nhà, tưới cây hoặc xả bồn cầu, giúp tiết kiệm đáng kể mỗi tháng."


def test_a_carts_leftover_and_an_english_weekday_over_the_date_are_not_the_headline() -> None:
    title = "Máy lọc nước xả bao nhiêu nước thải mỗi ngày?"
    page = f"-\n-\nTổng tiền thanh toán:\n-\n{title}\nWednesday,\n14/05/2021\nĐăng bởi Mr Hoang\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and article.published == "2021-05-14"
    assert article.byline == "Mr Hoang" and article.category is None
    spoken = spoken_text(article)
    assert "thanh toán" not in spoken and "Wednesday" not in spoken


def test_a_carts_total_alone_over_the_text_is_not_read() -> None:
    article = article_of(f"-\n- Tổng tiền thanh toán:\n{LEAD}\n{BODY}\n{OTHER}\n")
    assert "thanh toán" not in spoken_text(article)


def test_a_contents_boxs_header_phu_luc_is_not_the_headline() -> None:
    article = article_of(f"Phụ lục\n{LEAD} {BODY}\n{OTHER}\n")
    assert "Phụ lục" not in spoken_text(article) and article.headline.startswith("Máy lọc nước")


def test_an_untitled_page_is_headed_by_the_title_its_pictures_print() -> None:
    title = "Nguyên nhân máy lọc nước xả nhiều nước thải và cách xử lý"
    opening = f"{LEAD} Bài viết này giải thích vì sao máy lọc nước xả nhiều nước thải và nên làm gì với nó."
    page = f"{opening}\n\n{title}\n\n{BODY}\n\n{title}\n\n{OTHER}\n"
    article = article_of(page)
    assert article.headline == title and (article.lead or "").startswith(LEAD)
    assert spoken_text(article).count(title) == 1


def test_a_short_line_printed_twice_under_a_titled_page_is_still_not_its_headline() -> None:
    title = "Máy lọc nước thải bao nhiêu nước?"
    caption = "Lõi lọc thô của máy lọc nước gia đình sau sáu tháng"
    page = f"{title}\n\n{LEAD}\n\n{caption}\n\n{BODY}\n\n{caption}\n\n{OTHER}\n"
    assert article_of(page).headline == title


def test_a_section_introducing_its_subject_after_the_summary_is_no_headline() -> None:
    opening = f"{LEAD} Máy lọc nước gia đình ngày nay có nhiều loại khác nhau."
    page = f"{opening}\n\nGiới thiệu về máy lọc nước gia đình\n\n{BODY}\n\n{OTHER}\n"
    article = article_of(page)
    assert article.headline != "Giới thiệu về máy lọc nước gia đình"
    assert "Giới thiệu về máy lọc nước gia đình" in chapter_titles(page)


def test_a_contents_line_over_the_text_is_read_where_its_part_begins() -> None:
    heading = "1.1. Nước thải của máy lọc có độc không"
    page = f"{heading}\n\n{LEAD}\n\n1. Nước thải của máy lọc là gì\n\n{BODY}\n\n{heading}\n\n{OTHER}\n"
    article = article_of(page)
    assert article.headline != heading and heading in chapter_titles(page)
    assert spoken_text(article).count("Nước thải của máy lọc có độc không") == 1


def test_a_guide_heading_ending_like_the_next_guide_heading_is_read() -> None:
    heading = "Tình trạng máy lọc bị rò nước, máy lọc bị xả liên tục"
    page = (
        f"{LEAD} Bài viết giải thích lý do. Mời các bạn cùng theo dõi nhé!\n\n{heading}\n\n"
        "Hiện tượng máy lọc bị rò nước hay máy lọc bị xả liên tục chúng ta thường gặp khi dùng máy lâu năm.\n\n"
        f"{BODY} Khi gặp tình trạng máy lọc bị rò nước và máy lọc bị xả liên tục, hãy khóa van cấp nước ngay.\n\n"
        f"Nguyên nhân máy lọc bị rò nước, máy lọc bị xả liên tục\n\n{OTHER}\n"
    )
    assert heading in chapter_titles(page)


def test_the_summarys_tail_opening_the_first_paragraph_is_read_once() -> None:
    tail = "Trong vài năm gần đây, máy lọc nước đã có mặt ở hầu hết các gia đình thành phố."
    page = f"Máy lọc nước xả thải có đáng lo không, câu hỏi của nhiều người. {tail}\n\n{tail} {BODY}\n\n{OTHER}\n"
    assert spoken_text(article_of(page)).count(tail.rstrip(".")) == 1


def test_a_bullet_left_after_a_stop_is_not_said() -> None:
    page = f"Nước thải của máy lọc nước\n\n{LEAD}\n\nXả nước quá nhiều\n\n{BODY} -\n\nLõi lọc bị tắc\n\n{OTHER} -\n"
    assert not any(s.rstrip().endswith("-") for s in spoken_sentences(page))


def test_avatar_after_the_writers_name_is_not_part_of_the_byline() -> None:
    page = f"Nước thải của máy lọc nước\n\nTrần Văn Hùng Avatar\n\n{LEAD}\n\n{BODY}\n\n{OTHER}\n"
    assert article_of(page).byline == "Trần Văn Hùng"
