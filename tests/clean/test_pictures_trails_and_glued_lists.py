"""Round 113 of reading real pages (issue 21): a Markdown picture; a link "... tại đây nhé"; the
writer's name closed by a comma under the title; a trail run together that ends in the title over
it; a picture's text typed without marks under a list's item, and the caption worded as a sentence
under such a text in the picture's room; a contents box's items run together; an ingredient under
a bullet never a part's heading."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Lảo Thẩn, những mùa mây bỏ lại"
LEAD = "Đối với dân mê trekking, Lảo Thẩn chính là nơi rất đáng để rèn luyện trước khi leo những đỉnh cao hơn."
BODY = "Đường lên đỉnh không quá dốc, có nhiều đoạn bằng phẳng, nhưng nắng gắt vì rừng đã cháy gần hết."
MORE = "Đêm trên lán nghỉ, gió rít qua khe vách gỗ, cả nhóm quây quần bên bếp lửa nhỏ nấu nồi mì nóng."


def test_a_markdown_picture_is_not_read() -> None:
    picture = "![[Review] Lảo Thẩn 1 lao than 01](https://example.vn/uploads/2025/07/lao-than-01.jpg)"
    article = article_of(f"{TITLE}\n{picture}\n{LEAD}\n{BODY}\n")
    assert article.lead == LEAD and "example" not in spoken_text(article) and "Review" not in spoken_text(article)


def test_a_link_ending_in_tai_day_nhe_is_not_read() -> None:
    page = f"{TITLE}\n{LEAD}\nHọc cách chuẩn bị hành lý leo núi tại đây nhé\n{BODY}\n{MORE}\n"
    assert "tại đây" not in spoken_text(article_of(page))


def test_the_writers_name_closed_by_a_comma_under_the_title_is_the_byline() -> None:
    article = article_of(f"{TITLE}\nNguyễn Vũ Hải Hà,\n{LEAD}\n{BODY}\n")
    assert article.byline == "Nguyễn Vũ Hải Hà" and article.lead == LEAD


def test_a_trail_run_together_that_ends_in_the_title_over_it_names_the_title() -> None:
    page = f"Skip to main content\n{TITLE}\nHome Blog {TITLE}\nNhững sườn đồi bát ngát hoa sim tím\n{LEAD}\n{BODY}\n"
    page += f"{MORE}\nRecent Posts\n"
    article = article_of(page)
    assert article.headline == TITLE and article.category is None and article.byline is None


def test_a_pictures_text_typed_without_marks_under_a_lists_item_is_not_read() -> None:
    page = (
        f"{TITLE}\n{LEAD}\nChuẩn bị gồm:\n  • Lều trại và túi ngủ ấm\n  • Áo mưa và đèn pin (loại sạc được)\n"
        f"leu trai tren dinh lao than\n{BODY}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "loại sạc được" in spoken and "leu trai" not in spoken


def test_a_sentence_under_a_pictures_text_typed_without_marks_is_its_caption() -> None:
    caption = "Những người bạn đồng hành tình cờ gặp nhau trên đường lên núi."
    page = f"{TITLE}\n\n{LEAD}\n\n\ngo and share trekking lao than 1\n\n{caption}\n\nThông tin về Lảo Thẩn\n\n{BODY}\n"
    spoken = spoken_text(article_of(page))
    assert caption not in spoken and "Thông tin về Lảo Thẩn" in spoken and BODY in spoken


def test_a_contents_box_run_together_is_not_read_and_its_headings_are() -> None:
    page = (
        f"{TITLE}\n{LEAD}\nMục lục\n"
        "1. Chuẩn bị hành lý1.1. Đồ ngủ và lều trại1.2. Đồ ăn mang theo2. Lịch trình hai ngày\n"
        f"1. Chuẩn bị hành lý\n1.1. Đồ ngủ và lều trại\n{BODY}\n1.2. Đồ ăn mang theo\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "trại1" not in spoken and spoken.count("Đồ ăn mang theo") == 1


def test_a_bulleted_ingredient_never_heads_a_part() -> None:
    page = (
        f"Cách muối dưa cải vàng giòn tại nhà\n{LEAD}\n"
        "Nguyên liệu chính:\n  • 1kg cải bẹ (chọn loại lá to, cuộn chặt)\n"
        f"Nguyên liệu tạo vị:\n  • 50g muối hạt\n  • 2 lít nước lọc\nCác bước thực hiện\n{BODY}\n"
    )
    titles = [s.title for s in article_of(page).sections]
    assert not any(t and t.startswith("1kg") for t in titles)
