"""Round 191 (tyres, batteries, coolant, brakes, wipers, headlamps, spark plugs): a label over its bullets in every
part, a topic and a guide's label after a dash, a title of three questions and a lettered part stay; a caption
restating its part's heading, a forum's rank, a plea to credit the writer, an emoticon, two section labels run
together, a picture's text over the heading it opens, a doubled contents toggle, a caption restating the title over
part one, a picture's text in small letters and the title glued again to the lead are not read; a guide's second
half after a bar stays in the title."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

TITLE = "Vì sao phanh xe máy kêu rít và cách xử lý tại nhà"
LEAD = "Phanh kêu rít khi bóp là chuyện nhiều người đi xe máy gặp, và phần lớn trường hợp có thể tự kiểm tra được."
BODY = "Thợ sửa xe khuyên nên kiểm tra phanh mỗi tháng một lần, nhất là với xe hay chạy đường đèo dốc."
OTHER = "Nếu đã vệ sinh mà phanh vẫn kêu, nên đưa xe đến tiệm để thợ đo độ dày của má phanh."


def test_a_label_over_its_bullets_in_every_part_is_read() -> None:
    part = "Nguyên nhân:\n{cause}\n\n• Dấu hiệu nhận biết:\n• {sign}\n• {other}\n\n"
    page = (
        f"{TITLE}\n\n{LEAD}\n\n1.1. Má phanh mòn\n\n"
        + part.format(cause=BODY, sign="Phanh kêu to khi bóp mạnh.", other="Quãng phanh dài hơn trước.")
        + "1.2. Đĩa phanh bẩn\n\n"
        + part.format(cause=OTHER, sign="Phanh kêu cả khi bóp nhẹ.", other="Tay phanh rung khi dừng xe.")
        + "1.3. Dầu phanh cũ\n\nNguyên nhân:\nDầu phanh dùng lâu sẽ hút ẩm và giảm tác dụng.\n\n• Dấu hiệu nhận biết:\n"
    )
    said = spoken_text(article_of(page))
    assert "Quãng phanh dài hơn trước." in said and "Tay phanh rung khi dừng xe." in said


def test_a_topic_and_a_guides_label_after_a_dash_heads_its_part() -> None:
    heading = "Má phanh bị mòn quá mức – Nguyên nhân hàng đầu khiến phanh xe máy kêu rít khi bóp"
    page = f"{TITLE}\n\n{LEAD}\n\n{heading}\n\n{BODY} {OTHER}\n\nĐĩa phanh bị bẩn\n\n{BODY}\n"
    assert heading in chapter_titles(page)


def test_a_caption_restating_its_parts_heading_is_not_read() -> None:
    heading = "Má phanh bị mòn quá mức – Nguyên nhân hàng đầu khiến phanh xe máy kêu rít"
    caption = "Má phanh xe máy mòn quá mức gây tiếng kêu rít"
    after = "Cách xử lý cho vấn đề này khá đơn giản: thay má phanh mới. Việc thay mất chừng mười lăm phút ở tiệm."
    page = f"{TITLE}\n\n{LEAD}\n\n{heading}\n\n{BODY} {OTHER}\n\n{caption}\n\n{after}\n"
    assert caption not in spoken_text(article_of(page)) and caption not in chapter_titles(page)


def test_a_forums_rank_over_the_post_is_not_its_headline() -> None:
    article = article_of(f"Thu Trang\nWell-known member\n{LEAD} {BODY}\n1. Kiểm tra má phanh\n{OTHER}\n")
    assert article.headline != "Well-known member" and "member" not in spoken_text(article)


def test_a_title_of_three_questions_is_one_headline() -> None:
    title = (
        "[Bảo dưỡng] Khi nào cần thay má phanh xe máy ? Cần những dụng cụ gì để tự thay tại nhà và mang theo"
        " khi đi xa ? Các bước thay má phanh đơn giản tại nhà"
    )
    article = article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline.endswith("Các bước thay má phanh đơn giản tại nhà") and article.lead == LEAD


def test_a_plea_to_credit_the_writer_is_not_read() -> None:
    page = f"{TITLE}\n\nBài viết được viết bởi Xưởng Phanh Việt, vui lòng ghi rõ nguồn khi share\n\n{LEAD}\n\n{BODY}\n"
    assert "ghi rõ nguồn" not in spoken_text(article_of(page))


def test_an_emoticon_after_a_word_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nĐi được một đoạn mới biết phanh đã mòn sát @.@\n\n{BODY}\n"
    assert not any("a còng" in s for s in spoken_sentences(page))


def test_two_section_labels_run_together_under_the_date_are_the_category() -> None:
    page = f"{TITLE}\n\n12/03/2025\nBy Trần Minh Khoa\nTin Tức Tin Chuyên Ngành\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Chuyên Ngành" not in spoken_text(article)


def test_a_pictures_text_over_the_heading_it_opens_is_not_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nPhanh xe máy kêu rít khi bóp\n\n"
        f"Phanh xe máy kêu rít khi bóp có nguy hiểm không?\n\n{OTHER}\n"
    )
    said = spoken_sentences(page)
    assert "Phanh xe máy kêu rít khi bóp" not in said and "Phanh xe máy kêu rít khi bóp có nguy hiểm không?" in said


def test_a_doubled_contents_toggle_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nMục lụcMục lục [ẩn đi]\n\nMá phanh mòn\n\n{BODY}\n"
    assert "Mục lục" not in spoken_text(article_of(page))


def test_a_guides_second_half_after_a_bar_stays_in_the_title() -> None:
    article = article_of(f"Phanh Xe Máy Kêu Rít | Cách Khắc Phục\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "Phanh Xe Máy Kêu Rít | Cách Khắc Phục"


def test_a_caption_restating_the_title_over_part_one_is_not_read_and_part_one_stays() -> None:
    title = "Nguyên Nhân Phanh Xe Máy Kêu Rít | Cách Khắc Phục"
    caption = "Nguyên nhân - Cách khắc phục phanh xe máy kêu rít"
    page = f"{title}\n\n{LEAD}\n\n{caption}\n\n1. Nguyên nhân phanh xe máy kêu rít\n\n{BODY}\n"
    assert caption not in spoken_text(article_of(page))
    assert "1. Nguyên nhân phanh xe máy kêu rít" in chapter_titles(page)


def test_a_pictures_text_in_small_letters_is_not_read_but_a_lettered_part_is() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nthay má phanh xe máy\n\na) Kiểm tra độ dày má phanh\n\n{OTHER}\n"
    said = spoken_text(article_of(page))
    assert "thay má phanh xe máy" not in said and "Kiểm tra độ dày má phanh" in said


def test_the_title_glued_again_to_the_lead_in_small_letters_is_read_once() -> None:
    title = "Năm dấu hiệu cho thấy phanh xe máy cần thay"
    lead = f"{title} phanh là bộ phận giữ an toàn cho người lái. Khi phanh kém, quãng dừng xe dài hơn."
    article = article_of(f"{title}\n\n{lead}\n\n{title}\n\n{BODY}\n")
    assert article.lead.startswith("phanh là bộ phận")


def test_a_lead_that_opens_with_the_titles_words_as_its_subject_is_kept_whole() -> None:
    title = "Cách chăm sóc phanh xe máy"
    lead = f"{title} là việc nhỏ nhưng giúp người lái yên tâm trên mọi cung đường."
    article = article_of(f"{title}\n\n{lead}\n\n{title}\n\n{BODY}\n")
    assert article.lead == lead
