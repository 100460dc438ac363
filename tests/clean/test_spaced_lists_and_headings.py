"""Round 104 of reading real pages (issue 21): a list's items each under a line of spaces (never a
gallery's captions); a picture's text in small letters under a heading in title case, and in
capitals again over the next part's heading; a contents box's "Xem nhanh"; a numbered heading with
a dash that asks; a numbered part's long heading under a line that opens a list."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách chọn kính áp tròng cho người mới"
LEAD = "Kính áp tròng tiện hơn kính gọng nhưng phải chọn đúng độ và biết cách giữ sạch mỗi ngày."
BODY = "Độ cận của kính áp tròng thường thấp hơn độ của kính gọng một chút vì kính nằm sát mắt."
MORE = "Người mới nên bắt đầu với loại dùng một ngày để khỏi phải ngâm rửa kính trong hộp."


def test_items_each_under_a_line_of_spaces_are_a_list_not_a_gallery() -> None:
    items = [
        f"Độ cận thực tế: {a} - {b}: Độ cận kính áp tròng - {c}"
        for a, b, c in (("3.25", "5.00", "0.25"), ("5.25", "7.00", "0.5"), ("7.25", "8.50", "0.75"))
    ]
    spaced = "".join(f"- {item}\n\n \n\n" for item in items)
    text = f"{LEAD}\n\n{BODY}\n\n{MORE}\n\nKhi đeo lâu, mắt cần được nghỉ để giác mạc nhận đủ ô xy mỗi ngày.\n\n"
    page = f"{TITLE}\n\n{text}Theo đó, độ cận của kính áp tròng được tính như sau:\n\n \n\n{spaced}{MORE}\n"
    assert all(item in spoken_text(article_of(page)) for item in items)


def test_a_pictures_text_in_small_letters_under_a_title_case_heading_is_not_read() -> None:
    heading = "Yếu Tố Quan Trọng Nhất: Chọn Đúng Độ Kính"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{heading}\n\nhộp đựng lens\n\n{BODY}\n\n{MORE}\n")
    assert heading in spoken_text(article) and "hộp đựng lens" not in spoken_text(article)


def test_a_pictures_text_again_in_capitals_over_the_next_parts_heading_is_not_read() -> None:
    page = (
        f"{TITLE}\n{LEAD}\n1. Chọn độ\n{BODY}\nvị trí đặt kính lên đầu ngón tay\n"
        f"Vị trí đặt kính lên đầu ngón tay\n2. Giữ sạch kính\n{MORE}\n"
    )
    assert "đầu ngón tay" not in spoken_text(article_of(page))


def test_a_contents_boxs_quick_view_label_is_not_read() -> None:
    article = article_of(f"{TITLE}\n{LEAD}\nXem nhanh\nKính áp tròng là gì?\n{BODY}\n{MORE}\n")
    assert "Xem nhanh" not in spoken_text(article)


def test_a_numbered_heading_with_a_dash_that_asks_heads_its_part() -> None:
    page = f"{TITLE}\n{LEAD}\n1 - Kính áp tròng là gì?\n{BODY}\n2 - Tại sao phải ngâm kính mỗi tối?\n{MORE}\n"
    assert "2 - Tại sao phải ngâm kính mỗi tối?" in [s.title for s in article_of(page).sections]


def test_a_numbered_parts_long_heading_under_a_list_opener_heads_its_part() -> None:
    long_heading = "1. Đọc kỹ và nắm vững thông tin trên hộp kính của mỗi loại kính áp tròng trước khi đeo"
    page = f"{TITLE}\n{LEAD}\nHãy cùng xem vài lưu ý dưới đây nhé:\n{long_heading}\n{BODY}\n2. Giữ sạch kính\n{MORE}\n"
    assert long_heading in [s.title for s in article_of(page).sections]
