"""Round 99 of reading real pages (issue 21): a writer's name over a weekday and a date on two
lines; a picture's "Chú thích:" line; a contents box printed twice; a picture's alt text after a
paragraph the page left unstopped; a "Tóm tắt" label over the page's points; bulleted items that
never head a part."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách làm nến thơm tại nhà cho người mới bắt đầu"
LEAD = "Nến thơm tự làm vừa rẻ vừa an toàn, lại có thể chọn mùi hương theo ý thích của cả nhà."
BODY = "Sáp đậu nành cháy sạch và ít khói hơn sáp parafin, nên hợp với phòng ngủ và phòng khách nhỏ."
MORE = "Tinh dầu nên cho vào khi sáp đã nguội bớt, để mùi hương không bay hết theo hơi nóng."


def test_a_writers_name_over_a_weekday_and_a_date_on_two_lines_is_the_byline() -> None:
    article = article_of(f"{TITLE}\nLinda Tran\nThứ Tư,\n19/06/2024\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Linda Tran" and article.category is None
    assert article.published is not None and article.published.startswith("2024-06-19")
    assert article.lead == LEAD and "Linda" not in spoken_text(article)


def test_a_pictures_note_line_is_not_read() -> None:
    note = "Chú thích: Nguyên liệu đơn giản để làm nến tại nhà."
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{note}\n\n{MORE}\n"))
    assert "Chú thích" not in spoken and MORE in spoken


def test_a_contents_box_printed_twice_is_not_read_either_time() -> None:
    items = ["1. Chọn sáp phù hợp", "2. Chọn bấc nến", "3. Pha mùi hương", "4. Đổ khuôn và chờ nến đông"]
    box = "Nội dung bài viết\n" + "\n".join(f"- {item}" for item in items)
    page = f"{TITLE}\n{box}\n{box}\n{LEAD}\n{items[0]}\n{BODY}\n{items[1]}\n{MORE}\n"
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.lead == LEAD
    assert "Nội dung bài viết" not in spoken and "Pha mùi hương" not in spoken and "Đổ khuôn" not in spoken
    assert [s.title for s in article.sections] == items[:2]


def test_a_pictures_alt_text_after_an_unstopped_paragraph_is_not_read() -> None:
    unstopped = "Trở về nhà sau một ngày dài mệt mỏi, thật thư giãn khi thắp một ngọn nến và để mùi hương xoa dịu mình"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{unstopped}\n\nnến sáp\n\n{BODY}\n\n{MORE}\n"))
    assert "nến sáp" not in spoken and unstopped in spoken and BODY in spoken


def test_a_summary_label_under_the_headline_is_not_read_and_its_points_lead() -> None:
    points = [
        "Nến mang lại bầu không khí ấm áp và mùi hương dễ chịu.",
        "Nến từ sáp thiên nhiên an toàn hơn nến parafin.",
        "Dùng hương liệu và màu để làm nến theo ý mình",
        "Công thức mười bước sẽ được chia sẻ ở cuối bài.",
    ]
    box = "\n".join(f"  • {p}" for p in points)
    article = article_of(f"{TITLE}\n\nNội dung\n\nTóm tắt\n\n{box}\n\nLịch sử làm nến\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == points[0]
    assert "Tóm tắt" not in spoken_text(article)
    assert [s.title for s in article.sections if s.title] == ["Lịch sử làm nến"]


def test_bulleted_items_one_of_which_ends_a_sentence_never_head_a_part() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nƯu điểm\n- Miễn phí (tất nhiên rồi)\n- Nhiều lựa chọn về mùi hương\n"
        f"- Làm được quà tặng cho bạn bè.\n\n{BODY}\n\n- Cách giữ ấm: đặt nến xa cửa sổ để lửa không bị gió lùa.\n"
        f"- Bảo quản\n\n{MORE}\n"
    )
    titles = [s.title for s in article_of(page).sections if s.title]
    assert titles == ["Ưu điểm", "Bảo quản"]


def test_the_titles_opening_again_with_a_tagline_in_brackets_is_not_read_and_the_lead_follows() -> None:
    again = "Cách làm nến thơm tại nhà (Công Thức Dễ, Thơm Lâu)"
    article = article_of(f"{TITLE}\n\n{again}\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Thơm Lâu" not in spoken_text(article)
