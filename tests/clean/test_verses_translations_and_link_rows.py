"""Round 141 of reading real pages (issue 21): stops glued after a closing quote; a part's label over its
name; a title over a paragraph cut at its start; a poem the text quotes and discusses; a lục bát poem's
lines; a poem's tone pattern and a table of bars; a page's English translation and its title's; a
picture's text of the title's words; a row of glued links; a caption under "như hình bên dưới"; a
picture's text typed without marks; a category over a calendar's date; a part's number glued to a stop."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Nghề làm nước mắm ở làng chài ven biển"
LEAD = "Làng chài ven biển có hơn năm mươi hộ làm nước mắm theo cách ủ chượp truyền thống trong thùng gỗ lớn."
BODY = "Mỗi thùng gỗ chứa khoảng ba tấn cá cơm trộn với muối biển, ủ chín trong mười hai tháng mới cho ra mắm cốt."
MORE = "Người làm nghề cho biết nước mắm ngon nhất là mẻ rút đầu tiên, có màu vàng rơm và mùi thơm dịu của biển."


def test_a_stop_glued_after_a_closing_quote_ends_the_sentence() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nỞ cổng làng có tấm biển “Làng nghề nước mắm”.Người dân rất tự hào về nghề.\n"
    spoken = spoken_sentences(page)
    assert "Ở cổng làng có tấm biển Làng nghề nước mắm." in spoken and "Người dân rất tự hào về nghề." in spoken


def test_a_parts_label_over_its_name_is_no_writer_and_heads_the_body() -> None:
    question = "Đề 1: Hãy viết thư cho một người bạn kể về chuyến thăm làng chài ven biển dịp hè vừa qua."
    article = article_of(f"{TITLE}\n\nPHẦN I\n\nVĂN TỰ SỰ\n\n{question}\n\n{BODY}\n")
    assert article.byline is None and article.lead is None
    spoken = spoken_text(article)
    assert spoken.index("PHẦN I") < spoken.index("VĂN TỰ SỰ") < spoken.index("Đề 1")


def test_a_title_over_a_paragraph_cut_at_its_start_stays_the_title() -> None:
    cut = "người dân nơi đây, nếu bạn từng ghé qua làng chài này, hẳn bạn đã thấy những dãy thùng gỗ ủ chượp."
    article = article_of(f"{TITLE}\n{cut}\n{BODY}\n\n{MORE}\n")
    assert article.headline == TITLE


def test_a_quoted_couplet_the_text_then_discusses_is_read_whole() -> None:
    poem = "Mở đầu bài thơ là tiếng thở dài:\n\nThuyền ai đậu bến sông trăng,\n\nCó chở trăng về kịp tối nay."
    talk = "Câu thơ gợi nỗi chờ mong, hình ảnh “chở trăng về kịp tối nay” làm người đọc bâng khuâng mãi."
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{poem}\n\n{talk}\n\n{MORE}\n")
    assert "Có chở trăng về kịp tối nay" in spoken_text(article)


def test_a_luc_bat_poems_line_is_never_a_chapters_title() -> None:
    poem = (
        "Nước mắm giọt lệ mẹ già\nMiếng cơm đút mớm nuôi ta lên người\n"
        "Quê nghèo vẫn giữ nghề xưa\nThùng gỗ ủ chượp sớm trưa đợi mùa."
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{poem}\n\n{MORE}\n")
    assert [s.title for s in article.sections if s.title] == []
    assert "Quê nghèo vẫn giữ nghề xưa" in spoken_text(article)


def test_a_couplet_that_says_the_title_again_is_read() -> None:
    title = "Chuồn chuồn bay thấp thì mưa"
    page = f"{title}\n\n{LEAD}\n\nNội dung câu ca dao\n\n{title}\n\nBay cao thì nắng bay vừa thì râm\n\n{MORE}\n"
    assert "Bay cao thì nắng bay vừa thì râm" in spoken_text(article_of(page))


def test_a_poems_tone_pattern_said_twice_and_a_table_of_bars_are_read() -> None:
    lines = (
        "Sóng biển vỗ về bờ cát trắng,\nB B T T B B T\nThuyền về lộng gió cánh buồm no,\nT T B B T T B\n"
        "Mắm thơm ngào ngạt khắp xóm chài,\nT T B B T T B"
    )
    table = "Câu 1 – 2 |\n“Sóng biển” – “Thuyền về” |\nCâu 3 – 4 |"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{lines}\n\n{table}\n\n{MORE}\n")
    spoken = spoken_text(article)
    assert spoken.count("T T B B T T B") == 2 and "Câu 3 – 4" in spoken and "|" not in spoken


def test_a_pages_english_translation_and_its_titles_are_not_read() -> None:
    english = (
        "1. What is the traditional fish sauce?\n\n"
        "The traditional fish sauce is made from fish and salt, and it is aged in wooden barrels for a year."
    )
    page = f"Làng chài – Mùa cá cơm\nFishing village – Anchovy season\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{english}\n"
    spoken = spoken_text(article_of(page))
    assert "Anchovy" not in spoken and "traditional" not in spoken and MORE in spoken


def test_a_pictures_text_of_the_titles_words_under_it_is_not_read() -> None:
    title = "Vì sao nước mắm làng chài ven biển thơm ngon"
    page = f"Hỏi Đáp\n\n{title}\n\nNước mắm thơm\n\n{LEAD}\n\n1. Cách ủ chượp truyền thống\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Nước mắm thơm" not in [s.title for s in article.sections]


def test_a_row_of_glued_links_over_the_text_is_not_read() -> None:
    links = (
        "Hướng dẫn làm nước mắmTài liệu cho người mới Hội thi ẩm thựcKhám phá làng nghề Tạp chí ẩm thựcNhững bài viết"
    )
    article = article_of(f"{TITLE}\n\n{links}\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Tạp chí" not in spoken_text(article)


def test_a_caption_under_a_paragraph_pointing_at_the_picture_below_is_not_read() -> None:
    pointer = "Khi mắm chín, mặt thùng nổi một lớp váng mỏng như hình bên dưới, người làm nghề gọi là mắm lên hương."
    caption = "Lớp váng mỏng trên mặt thùng mắm chín"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{pointer}\n\n{caption}\n\n{BODY}\n")
    assert "Lớp váng mỏng trên mặt thùng" not in spoken_text(article) and BODY in spoken_text(article)


def test_a_pictures_text_typed_without_marks_with_a_symbol_is_not_read() -> None:
    alt = "NaCl trong nuoc mam thuy san va do dam"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{alt}\n\n{MORE}\n")
    assert "nuoc mam" not in spoken_text(article)


def test_a_category_over_a_calendars_month_first_date_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nGiải Trí Th7 5, 2022\n\n{LEAD}\n\n{BODY}\n")
    assert article.category == "Giải Trí" and article.published == "2022-07-05" and article.lead == LEAD


def test_a_parts_number_glued_to_a_stop_starts_its_heading() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY} Nghề được truyền qua nhiều đời.II. Cách ủ chượp truyền thống\n\n{MORE}\n"
    spoken = " ".join(spoken_sentences(page))
    assert "nhiều đời." in spoken and "hai. Cách ủ chượp" in spoken and "i i" not in spoken
