"""Round 97 of reading real pages (issue 21): a paragraph that speaks to its reader with a picture's
credit at its end is text, and the credit is not read; a head that counts its items ("3 câu hỏi ...")
over as many bulleted questions introduces them; a star-rating widget; an avatar's letter and
"Khách" over a question; a view count on the page's first line."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Đồng hồ cơ có cần lên dây cót mỗi ngày không?"
LEAD = "Nhiều người mới dùng đồng hồ cơ không biết nên lên dây cót bao lâu một lần và đeo bao lâu thì đủ."
BODY = "Một chiếc đồng hồ cơ tự động được nạp năng lượng nhờ chuyển động của cổ tay khi người dùng đeo nó."
MORE = "Nếu để đồng hồ nằm yên trên bàn, bộ máy sẽ chạy thêm khoảng hai ngày rồi dừng lại."


def test_a_paragraph_speaking_to_its_reader_with_a_credit_at_its_end_is_read_without_the_credit() -> None:
    told = "Tuy nhiên, bạn không cần quá lo lắng vì đa phần máy hiện đại đều có thể lên dây bằng tay – Ảnh: Seiko 5"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{told}\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert "bạn không cần quá lo lắng" in spoken and "Seiko" not in spoken and "Ảnh" not in spoken


def test_a_head_counting_its_bulleted_questions_introduces_them_and_they_are_read_as_its_text() -> None:
    questions = (
        "🕘 Bạn đeo đồng hồ hằng ngày hay chỉ vào dịp đặc biệt?",
        "🏠 Bạn có hộp lên dây cót tự động ở nhà không?",
        "💰 Bạn muốn chi bao nhiêu cho một chiếc đồng hồ cơ?",
    )
    listed = "\n-\n".join(questions)
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n🎯 3 câu hỏi trước khi mua\n-\n{listed}\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert all(q[2:] in spoken for q in questions)
    titles = [s.title for s in article.sections]
    assert "3 câu hỏi trước khi mua" in titles and not any(q[2:] in titles for q in questions)


def test_a_star_rating_widget_near_the_top_is_not_read_and_the_title_under_it_is_the_headline() -> None:
    top = f"{TITLE} - Shop Đồng Hồ\nĐược xếp hạng 0 5 sao\nLượt xem: 1300"
    page = f"{top}\n\n{TITLE}\n\nĐÁNH GIÁ 5 SAO\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    spoken = spoken_text(article).lower()
    assert article.headline == TITLE and article.lead == LEAD
    assert "sao" not in spoken and "xếp hạng" not in spoken


def test_a_view_count_on_the_first_line_leaves_the_page_whole() -> None:
    article = article_of(f"Lượt xem: 1300\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD and BODY in spoken_text(article)


def test_an_avatars_letter_and_guest_over_a_question_page_are_not_read() -> None:
    prompt = "Hãy nhập câu hỏi của bạn vào đây, nếu là tài khoản VIP, bạn sẽ được ưu tiên trả lời."
    article = article_of(f"K\nKhách\n\n{prompt}\n\n3 tháng 8 2018\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert article.headline == TITLE and "Khách" not in spoken and "nhập câu hỏi" not in spoken


def test_a_numbered_question_heading_listed_in_the_contents_box_still_heads_its_part() -> None:
    contents = "Mục lục\n- 1 1. Dây cót là gì?\n- 2 2. Khi nào cần lên dây cót?\n- 3 3. Lên dây cót thế nào?"
    body = f"1. Dây cót là gì?\nDây cót là gì? {BODY}\n2. Khi nào cần lên dây cót?\n{MORE}"
    page = f"{TITLE}\n{contents}\n{LEAD}\n{body}\n"
    article = article_of(page)
    assert [s.title for s in article.sections][-2:] == ["1. Dây cót là gì?", "2. Khi nào cần lên dây cót?"]
