"""Round 151 of reading real pages (issue 21): a contents box's header with its show/hide toggle over items the
scrape ran together, and a link to a page's pictures ("Xem Hình") alone on a line."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Tự học nấu ăn tại nhà cho người mới bắt đầu"
LEAD = "Nấu ăn không khó như nhiều người vẫn nghĩ, chỉ cần nắm vài nguyên tắc cơ bản là bạn đã tự tin vào bếp."
PART = "1. Vì sao nhiều người ngại vào bếp?"
BODY = "Phần lớn người mới bắt đầu sợ làm hỏng món ăn, sợ tốn thời gian và không biết nên bắt đầu từ món nào trước."
MORE = "Thực ra chỉ cần chuẩn bị nguyên liệu từ trước, bạn sẽ thấy mỗi bữa ăn nhẹ nhàng hơn nhiều so với tưởng tượng."


def test_a_toggled_contents_box_over_items_run_together_is_not_read() -> None:
    box = "Nội Dung <Ẩn>\n\n2. Chuẩn bị dụng cụ nấu ăn cơ bản 3. Những món dễ làm cho người mới"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{box}\n\n{PART}\n\n{BODY}\n\n{MORE}\n")
    said = spoken_text(article)
    assert "Chuẩn bị dụng cụ" not in said and "Nội Dung" not in said and "Những món dễ làm" not in said
    assert PART in [s.title for s in article.sections] and BODY in said


def test_a_toggled_header_over_the_texts_own_headings_drops_the_header_alone() -> None:
    own = f"Mục lục (Ẩn/Hiện)\n\n{PART}\n\n1.1 Sợ làm hỏng món ăn"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{own}\n\n{BODY}\n\n{MORE}\n"))
    assert "Vì sao nhiều người ngại vào bếp?" in said and "Sợ làm hỏng món ăn" in said and "Mục lục" not in said


def test_a_link_to_the_pages_pictures_is_not_read() -> None:
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nXem Hình\n\n{BODY}\n\n{MORE}\n"))
    assert "Xem Hình" not in said and BODY in said
