"""Round 122 of reading real pages (issue 21): a first part's heading that asks what the title is;
a question printed twice over the paragraph that answers it; a heading cut from the title over
its steps; a lettered part ("B. Quy trình ...") wrapped into the line above, and "A. ...:" under
the title; a "Posted:" line; a link's "<xem thêm>"; a bare "lượt xem"; a heading after a
picture's room, over the paragraph that opens with its words."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Bệnh thủy đậu ở trẻ nhỏ"
LEAD = "Thủy đậu là bệnh truyền nhiễm thường gặp ở trẻ nhỏ, dễ lây qua đường hô hấp và khi tiếp xúc với nốt phỏng."
BODY = "Bệnh thường khởi phát với sốt nhẹ, mệt mỏi, chán ăn, sau một hai ngày thì bắt đầu nổi các nốt phỏng nước."
MORE = "Trẻ cần được nghỉ học, cắt ngắn móng tay và mặc quần áo rộng để tránh gãi làm vỡ các nốt phỏng."


def test_a_first_parts_heading_asking_what_the_title_is_is_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{TITLE} là gì\n\n{BODY}\n\n{MORE}\n"
    assert f"{TITLE} là gì" in [s.title for s in article_of(page).sections]


def test_a_question_printed_twice_over_the_paragraph_answering_it_is_read_once() -> None:
    question = "Bệnh thủy đậu là gì?"
    answer = "Bệnh thủy đậu là bệnh do vi rút gây ra, lây rất nhanh trong trường học và nhà trẻ vào mùa xuân."
    page = f"{TITLE} và cách chăm sóc tại nhà\n\n{LEAD}\n\n{question}\n\n{question}\n\n{answer}\n\n{MORE}\n"
    assert spoken_text(article_of(page)).count(question) == 1


def test_a_heading_cut_from_the_title_over_its_steps_is_read() -> None:
    title = "Cách chăm sóc trẻ bị thủy đậu tại nhà đúng cách"
    page = f"{title}\n\n{LEAD}\n\nCách chăm sóc trẻ bị thủy đậu\n\nBước 1:\n\n{BODY}\n\nBước 2:\n\n{MORE}\n"
    assert "Cách chăm sóc trẻ bị thủy đậu" in [s.title for s in article_of(page).sections]


def test_a_lettered_part_wrapped_into_the_line_above_starts_its_own_and_the_first_opens_the_body() -> None:
    page = (
        f"{TITLE}\n\nA. Nguyên\nnhân gây bệnh:\n"
        "Bệnh do vi rút Varicella zoster gây ra, lây qua đường hô hấp khi trẻ ho\n"
        "hay hắt hơi, qua tay và đồ dùng có dịch từ nốt phỏng của người bệnh như khăn mặt, cốc uống nước\n"
        "và đồ chơi, v.v\nB. Cách\nchăm sóc:\nTrẻ cần được nghỉ học, cắt ngắn móng tay, mặc quần áo rộng, tắm bằng\n"
        "nước ấm và uống nhiều nước để tránh gãi làm vỡ các nốt phỏng trên da.\n"
    )
    article = article_of(page)
    lines = [line for s in article.sections for line in (s.title or "", *s.paragraphs)]
    assert article.lead is None and "B. Cách chăm sóc:" in lines


def test_a_posted_line_with_a_counter_is_the_date_not_read() -> None:
    article = article_of(f"{TITLE}\n\nPosted: Thứ Bảy, Ngày 27-05-2017, : 1201.\n\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2017-05-27" and article.lead == LEAD and "Posted" not in spoken_text(article)


def test_a_links_angle_bracketed_words_and_a_bare_views_label_are_not_read() -> None:
    page = f"{TITLE}\n\n- 08/08/2024\n- lượt xem\n{LEAD}\n\n{BODY} <xem thêm>\n\n{MORE}\n"
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.lead == LEAD and "xem thêm" not in spoken and "lượt xem" not in spoken


def test_a_heading_after_a_pictures_room_over_the_paragraph_opening_with_its_words_is_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n \n\n \n\nNguồn gốc và đường lây\n\n"
        "Thủy đậu có nguồn gốc từ vi rút Varicella zoster, lây qua giọt bắn khi trẻ ho, hắt hơi hay nói chuyện.\n\n"
        f"{MORE}\n"
    )
    assert "Nguồn gốc và đường lây" in [s.title for s in article_of(page).sections]


def test_parts_named_alike_each_after_a_wider_gap_are_headings_not_captions() -> None:
    home = "Ở nhà, trẻ cần được tắm nước ấm mỗi ngày, thay quần áo sạch và ngủ riêng với anh chị em."
    school = "Ở trường, cô giáo theo dõi thân nhiệt của trẻ và báo cho gia đình khi trẻ sốt hay mệt."
    clinic = "Khi đi khám, cha mẹ nên mang theo sổ tiêm chủng và đeo khẩu trang cho trẻ suốt đường đi."
    page = (
        f"{TITLE}\n{LEAD}\n{BODY}\n\n\nChăm sóc trẻ tại nhà\n{home}\n{MORE}\n\n\n"
        f"Chăm sóc trẻ ở trường\n{school}\n\n\nChăm sóc trẻ khi đi khám\n{clinic}\n"
    )
    titles = [s.title for s in article_of(page).sections]
    assert "Chăm sóc trẻ ở trường" in titles and "Chăm sóc trẻ khi đi khám" in titles
