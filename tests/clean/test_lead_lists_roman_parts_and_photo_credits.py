"""Round 81 of reading real pages (issue 21): goats, Côn Đảo, gout, orchids, air conditioners, a
trial. A list the lead introduces, a part numbered "I-" after a picture's room, a list's last
labelled line, a picture's copyright glued to its caption and its text with its width and day,
and a table's empty cell over the text are read as the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Máy lạnh không lạnh: nguyên nhân và cách xử lý tại nhà"
LEAD = "Máy lạnh là thiết bị quen thuộc trong nhiều gia đình, nhất là vào những tháng hè nóng nực."
BODY = "Bụi bẩn bám lâu ngày trên dàn lạnh khiến máy phải chạy mạnh hơn mà phòng vẫn không mát."
MORE = "Vì vậy nên vệ sinh máy lạnh sáu tháng một lần và gọi thợ kiểm tra gas khi cần thiết."


def test_items_under_a_lead_that_introduces_them_on_a_page_with_no_title_are_read() -> None:
    intro = "Trước tiên hãy liệt kê các hiện tượng mà nhiều người hay gặp như:"
    items = ["Máy lạnh chỉ chạy quạt", "Điều hòa để mười sáu độ vẫn không mát", "Trời mưa máy lạnh không lạnh"]
    opening = f"{LEAD} Tuy nhiên, đôi khi máy lạnh chạy mà không làm mát được căn phòng như mong muốn."
    page = f"{opening}\n{intro}\n" + "\n".join(f"- {i}" for i in items) + f"\n{BODY}\n{MORE}"
    said = spoken_text(article_of(page))
    assert all(f"{item}." in said for item in items)


def test_a_part_numbered_with_a_roman_numeral_and_a_dash_is_no_caption() -> None:
    heading = "I- CHUỒNG TRẠI CHĂN NUÔI"
    intro = "Để chăn nuôi dê có hiệu quả, bà con cần nắm vững một số kỹ thuật sau đây:"
    page = f"{HEAD}\n\n{LEAD}\n\n{intro}\n\n\n {heading}\nNên thiết kế chuồng gồm ba phần như sau:\n{BODY}\n{MORE}"
    assert heading in spoken_text(article_of(page))


def test_the_last_line_of_a_labelled_list_is_read() -> None:
    rows = ["Dê cái nuôi con: 1,9-2,1", "Dê đực giống: 1,5-2,5", "Dê con: 0,2-0,4", "Dê tơ:0,5-0,7"]
    page = f"{HEAD}\n{LEAD}\n{BODY}\nMật độ nuôi (m2/con)\n" + "\n".join(f"- {r}" for r in rows)
    said = spoken_text(article_of(page))
    assert "Dê tơ:0,5-0,7" in said and "Dê con: 0,2-0,4" in said


def test_a_pictures_copyright_and_its_sized_text_are_not_read() -> None:
    credit = "© Văn Điệp - TTXVNBị cáo trả lời các câu hỏi của Hội đồng xét xử"
    alt = "Bị cáo trả lời các câu hỏi của Hội đồng xét xử - Sputnik Việt Nam, 1920, 15.12.2021"
    page = f"{HEAD}\n\n{credit}\n{alt}\n{LEAD}\n{BODY}\n{MORE}"
    article = article_of(page)
    assert article.lead == LEAD
    said = spoken_text(article)
    assert "©" not in said and "Sputnik" not in said and "TTXVN" not in said


def test_a_tables_empty_cells_over_the_text_name_no_category() -> None:
    page = f"\n|\n\n|\nHình 1: Chọn dê đực nuôi thịt\n|\n{HEAD}\n{LEAD}\n{BODY}\n{MORE}"
    assert article_of(page).category is None
