"""Round 110 of reading real pages (issue 21): a page's "Cập nhật: <day> Tác giả: <name>" and
"Xuất bản: <day> - Cập nhật lần cuối: <day>" lines; a picture's file name with "(1)" in it, and the
numbered heading under it; a numbered heading "1/ ..." over a picture's room; a link-gate blog's
scaffolding ("Notification texts go here ...", "Please wait 0 seconds...", a label in Arabic)."""

from __future__ import annotations

from .pages import article_of, spoken_text

LEAD = "Một chiếc nệm quá mềm làm cột sống võng xuống, còn nệm quá cứng dồn áp lực lên vai và hông khi ngủ."
BODY = "Người đau lưng nên thử nằm ít nhất mười phút ở tư thế quen thuộc trước khi quyết định mua một chiếc nệm."
MORE = "Nệm cao su thiên nhiên có độ đàn hồi tốt, thoáng khí và bền hơn nệm bông ép nếu được bảo quản đúng cách."


def test_an_update_and_author_line_under_the_title_is_not_the_lead() -> None:
    page = f"Chọn nệm cho người đau lưng\n\nCập nhật: 21/05/2025 Tác giả: Lê Văn Khoa\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Tác giả" not in spoken_text(article)


def test_a_published_and_last_updated_line_is_not_read() -> None:
    stamp = "Xuất bản: 24/10/2023 - Cập nhật lần cuối: 31/10/2023"
    article = article_of(f"Chọn nệm cho người đau lưng\n\n{LEAD}\n\n{stamp}\n\n{BODY}\n\n{MORE}\n")
    assert "Xuất bản" not in spoken_text(article) and BODY in spoken_text(article)


def test_a_pictures_file_name_with_a_copy_number_is_not_read_and_the_heading_under_it_is() -> None:
    page = (
        f"Chọn nệm cho người đau lưng\n\n{LEAD}\n{BODY}\nnem-lo-xo-evar-1(1).jpg\n\n"
        f"1. Quan tâm đến sở thích cá nhân khi lựa chọn\n\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert ".jpg" not in spoken and "1. Quan tâm đến sở thích cá nhân khi lựa chọn" in spoken


def test_a_heading_numbered_with_a_slash_over_a_pictures_room_is_read() -> None:
    heading = "1/ Chọn nệm quá rẻ của cơ sở không rõ nguồn gốc"
    page = f"Chọn nệm cho người đau lưng\n\n{LEAD}\n\n{heading}\n\n\n\n\n{BODY}\n\n{MORE}\n"
    assert heading in spoken_text(article_of(page))


def test_a_link_gate_blogs_scaffolding_is_not_read_and_the_title_heads() -> None:
    title = "Tự Tin Chăm Sóc Nệm: Hướng Dẫn Vệ Sinh Nệm Tại Nhà Cho Người Không Chuyên"
    page = (
        "Notification texts go here Contact Us Buy Now!\nالمشاركات\n\n"
        f"{title}\n\nPlease wait 0 seconds...\nScroll Down and click on Go to Link for destination\n"
        f"Congrats! Link is Generated\n\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == title
    assert "Notification" not in spoken and "Please wait" not in spoken and "Congrats" not in spoken
    assert "المشاركات" not in spoken
