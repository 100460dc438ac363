"""Round 48 of reading real pages (issue 21): a list whose dash bullets stand alone on their lines
under a sentence that opens it; links marked with a single ">"; a section's name glued to the lead;
a guide's "Đang xem:" and "back to menu ↑"; a forum member's card; a numbered part that asks a
question right under the headline."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

HEAD = "Những điều cần biết trước khi chọn mua máy tính xách tay cho sinh viên"
LEAD = "Chọn máy tính xách tay cho năm học mới không khó nếu người mua biết rõ mình cần gì và có bao nhiêu tiền."
BODY = "Một chiếc máy nhẹ, pin tốt và màn hình dễ nhìn là đủ cho phần lớn nhu cầu học tập ở giảng đường."


def test_a_list_opened_by_a_sentence_keeps_its_items_under_lone_bullets() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n"
        "Bốn tiêu chí cần xem gồm:\n-\nKích thước và cân nặng\n-\nĐộ sáng màn hình\n-\nBộ xử lý\n-\nDung lượng pin\n"
        f"{BODY}"
    )
    blocks = clean(page).blocks
    for item in ("Kích thước và cân nặng", "Độ sáng màn hình", "Bộ xử lý", "Dung lượng pin"):
        assert f"{item}." in blocks  # each an item of the list the colon opens, closed as one (round 79)


def test_lone_bulleted_titles_without_an_opening_sentence_stay_a_box_of_links() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n"
        "Xem thêm:\n-\nGiá máy tính xách tay tăng mạnh dịp tựu trường\n-\nNhững mẫu máy mỏng nhẹ đáng mua nhất\n"
        f"{BODY}"
    )
    assert not any("tựu trường" in b or "mỏng nhẹ" in b for b in clean(page).blocks)


def test_links_marked_with_one_angle_bracket_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n>Máy tính bảng giá rẻ lên kệ đầu tháng\n>Ai thắng trong cuộc đua máy tính mỏng nhẹ?\n{LEAD}\n{BODY}"
    )
    article = article_of(page)
    assert article.lead == LEAD
    assert "Máy tính bảng giá rẻ" not in spoken_text(article)
    assert "cuộc đua" not in spoken_text(article)


def test_a_quoted_line_after_an_angle_bracket_and_a_space_is_kept() -> None:
    page = f"{HEAD}\n\n{LEAD}\n> Tôi mua máy này từ năm ngoái và vẫn dùng tốt cho việc học.\n{BODY}"
    assert "vẫn dùng tốt" in spoken_text(article_of(page))


def test_a_sections_name_glued_to_the_lead_is_the_category() -> None:
    page = f"{HEAD}\n\nHoàng Minh - 09:15 12/08/2024\nTin công nghệ{LEAD}\n{BODY}"
    article = article_of(page)
    assert article.lead == LEAD
    assert article.category == "Tin công nghệ"


def test_a_guides_now_viewing_line_and_its_link_up_the_page_are_not_read() -> None:
    viewing = "Đang xem: Những điều cần biết trước khi chọn mua máy"
    page = f"{HEAD}\n\n{LEAD}\n\n{viewing}\n\n{BODY}\n\nback to menu ↑\n\n{BODY}"
    spoken = spoken_text(article_of(page))
    assert "Đang xem" not in spoken
    assert "back to menu" not in spoken


def test_a_forum_members_card_is_not_read_nor_its_join_date_taken() -> None:
    page = f"{HEAD}\n\n- Tham gia\n- 2/3/24\n- Bài viết\n- 15\n- Thích\n- 4\n- Điểm\n- 1\n{LEAD}\n{BODY}"
    article = article_of(page)
    assert article.lead == LEAD
    assert article.published is None
    for label in ("Tham gia", "Bài viết", "Thích", "Điểm"):
        assert label not in spoken_text(article)


def test_counts_under_labels_that_are_no_members_card_stay() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nBàn thắng\n\n2\n\n{BODY}"
    assert "Bàn thắng" in spoken_text(article_of(page))


def test_a_numbered_question_under_the_headline_heads_the_first_part_not_the_lead() -> None:
    page = (
        f"{HEAD}\n\n1. Chọn cấu hình – Cần mạnh đến đâu là đủ?\n"
        "Cấu hình quyết định máy chạy nhanh hay chậm, nhưng mạnh quá lại tốn tiền và tốn pin.\n"
        "2. Chọn màn hình\nMàn hình mười bốn inch là cỡ vừa cho phần lớn sinh viên mang máy đến lớp."
    )
    article = article_of(page)
    assert article.lead is None
    assert article.sections[0].title == "1. Chọn cấu hình – Cần mạnh đến đâu là đủ?"


def test_a_bulleted_item_without_a_stop_between_stopped_items_is_no_chapter() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n"
        "- Mang máy đến cửa hàng để thử bàn phím và màn hình trước khi trả tiền.\n"
        "- Hỏi kỹ thời hạn bảo hành và nơi bảo hành gần nhà nhất\n"
        "- Giữ lại hóa đơn và phiếu bảo hành trong suốt thời gian dùng máy.\n"
    )
    article = article_of(page)
    assert all(s.title != "Hỏi kỹ thời hạn bảo hành và nơi bảo hành gần nhà nhất" for s in article.sections)
    assert "Hỏi kỹ thời hạn bảo hành và nơi bảo hành gần nhà nhất." in article.sections[0].paragraphs


def test_a_heading_under_another_bullet_still_heads_its_items() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n"
        "* Từ tháng 9 đến tháng 10: Mùa mua máy cho năm học mới\n"
        "- Các cửa hàng giảm giá mạnh cho học sinh và sinh viên có thẻ.\n"
        "- Nhiều hãng tặng kèm chuột, balo và gói bảo hành mở rộng.\n"
    )
    titles = [s.title for s in article_of(page).sections]
    assert "Từ tháng 9 đến tháng 10: Mùa mua máy cho năm học mới" in titles


def test_a_subheading_run_into_its_paragraph_stands_apart() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n"
        "Máy nào cũng cần một bộ xử lý đủ mạnh. Bộ xử lý Đối với nhu cầu học tập, chip tầm trung"
        " là đủ dùng cho các phần mềm văn phòng.\n"
        f"{BODY}"
    )
    part = next(s for s in article_of(page).sections if s.title == "Bộ xử lý")
    assert part.paragraphs[0].startswith("Đối với nhu cầu học tập")


def test_a_short_heading_over_the_pages_one_paragraph_is_no_lead() -> None:
    page = f"{HEAD}\n\nBộ xử lý\n{BODY}"
    article = article_of(page)
    assert article.lead is None
    assert article.sections[0].title == "Bộ xử lý"


def test_a_clock_in_the_afternoon_keeps_its_pm() -> None:
    page = f"{HEAD}\n\nThời gian đăng: 08/03/2023 04:39:24 PM\n\n{LEAD}\n{BODY}"
    assert article_of(page).published == "2023-03-08T16:39:24"
