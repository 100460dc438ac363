"""Round 178 of reading real pages (issue 21): a platform's buttons with their counts; a day and the page's view
count on one line; a section's name over a title that opens on a quoted phrase; a part's title in capitals parted
from its subtitle by a colon, never a picture's caption."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Cách sơn lại cửa sắt cũ tại nhà"
LEAD = "Cửa sắt lâu ngày bị gỉ và bong sơn, nhưng chỉ với giấy nhám, sơn chống gỉ và một buổi chiều là có thể làm mới."
BODY = "Trước hết cần chà sạch lớp gỉ bằng giấy nhám, lau bụi bằng khăn ẩm rồi để cửa khô hẳn trước khi quét lớp lót."
MORE = "Sau khi lớp lót khô, quét hai lớp sơn phủ mỏng, lớp sau cách lớp trước vài giờ để màu sơn bám đều và bền lâu."


def test_a_platforms_buttons_with_their_counts_are_not_read() -> None:
    buttons = "Space TLưu trữ0\nSpace TThích0\nBình luận0\nSpace TCopied to clipboard"
    article = article_of(f"{TITLE}\n\n{buttons}\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == LEAD and "Space" not in spoken_text(article)


def test_a_day_and_the_view_count_on_one_line_date_the_page_and_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\n07/11/2020 2105\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.published == "2020-11-07" and "2105" not in spoken_text(article)


def test_a_sections_name_over_a_title_opening_on_a_quoted_phrase_is_no_part_of_it() -> None:
    title = "“Ra tay” sơn lại cánh cửa sắt với cách thức cực dễ"
    article = article_of(f"Sơn lại cửa cũ\n\n{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == title


def test_a_part_title_in_capitals_with_a_subtitle_is_read_though_the_text_says_it() -> None:
    part = "Chuẩn Bị Bề Mặt Cửa Sắt: Bước Quan Trọng Nhất"
    opening = (
        "Bạn muốn làm mới bộ cửa sắt cũ đã hoen gỉ? Sơn lại đúng cách giúp tiết kiệm tiền mà cửa vẫn đẹp như mới. "
        "Bài này hướng dẫn từng bước, từ chuẩn bị bề mặt đến chọn sơn."
    )
    said = (
        "Làm sạch bề mặt cửa sắt là bước đầu tiên và quan trọng nhất, vì gỉ và bụi làm lớp sơn mới bong rất nhanh. "
        "Hãy dùng giấy nhám chà thật kỹ."
    )
    more = (
        "Sơn dầu là loại phổ biến nhất cho cửa sắt vì bền, chống thấm và chống gỉ tốt, lại dễ tìm mua ở các cửa hàng."
    )
    page = f"{opening}\n{part}\n{said}\nChọn Loại Sơn Phù Hợp: Bí Quyết Cho Cửa Bền Đẹp\n{more}\n"
    assert part in chapter_titles(page)
