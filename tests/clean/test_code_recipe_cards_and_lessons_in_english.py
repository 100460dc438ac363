"""Round 89 of reading real pages (issue 21): a program's code printed in a post; a formula's TeX;
a line in mathematical bold letters; a contents box's "Toggle" and a box announced "Nội dung có
trong bài:"; a view counter after an empty date; a recipe card's buttons and keywords; a lesson's
lines in English; a label and what it means closing a page; a part's first sub-part under a title
that is part one; a picture's text saying the title again under the lead."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.clean.markup import strip_markup
from audio_edition.text.unicode import clean_unicode

from .pages import article_of, spoken_text

TITLE = "Cách pha trà sữa trân châu tại nhà đơn giản"
LEAD = "Trà sữa tự pha vừa rẻ vừa sạch, lại có thể chỉnh độ ngọt theo khẩu vị của cả nhà mỗi cuối tuần."
BODY = "Trước hết đun sôi nước, cho trà đen vào hãm chừng năm phút rồi lọc bỏ bã cho thật trong."
MORE = "Trân châu luộc trong nước sôi đến khi nổi lên, vớt ra ngâm nước lạnh rồi trộn với đường nâu."


def test_lines_of_program_code_are_not_read_and_a_comment_alone_is_read_without_its_slashes() -> None:
    page = (
        "Đo nhiệt độ nồi trà bằng cảm biến và bo mạch nhỏ\n"
        "Bài này hướng dẫn cách đọc nhiệt độ nồi trà bằng một cảm biến rẻ tiền và vài dòng lệnh đơn giản.\n"
        "Các bạn nạp đoạn chương trình sau:\n\n// Cảm biến nối vào chân số 4 của bo mạch, nhớ cắm đúng chiều.\n\n"
        "#include <OneWire.h>\n"
        "float nhietDo = 0;\n\nvoid loop() {\n  Serial.println(nhietDo); //in ra màn hình\n}\n\n"
        "Sau khi nạp xong, mở cửa sổ theo dõi để xem nhiệt độ nồi trà mỗi giây.\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Cảm biến nối vào chân số 4" in spoken and "//" not in spoken
    assert "include" not in spoken and "nhietDo" not in spoken and "loop" not in spoken and "{" not in spoken


def test_a_formulas_tex_is_read_as_the_signs_it_writes() -> None:
    assert (
        strip_markup(r"Nước ở $90^\circ\text{C}$ – $95^{\circ}\text{C}$, tăng $10\%$.")
        == "Nước ở 90°C – 95°C, tăng 10%."
    )
    assert strip_markup("Giá $5 hoặc $10 một ly.") == "Giá $5 hoặc $10 một ly."


def test_a_line_in_mathematical_bold_letters_is_read_in_plain_ones() -> None:
    bold = "𝐁𝐈́ 𝐊𝐈́𝐏 𝐏𝐇𝐀 𝐓𝐑𝐀̀ 𝐒𝐔̛̃𝐀 𝟐𝟎𝟐𝟔"
    assert clean_unicode(bold) == "BÍ KÍP PHA TRÀ SỮA 2026"
    assert clean_unicode("Cho 𝑥 gam đường") == "Cho 𝑥 gam đường"  # one styled letter: a formula's, kept


def test_a_contents_boxs_toggle_and_a_box_announced_as_the_posts_contents_are_not_read() -> None:
    toggled = f"Contents\nToggle{LEAD}\n{TITLE}\n{BODY}\n"
    assert not any("Toggle" in b for b in clean(toggled).blocks)
    boxed = (
        f"{TITLE}\n{LEAD}\nNội dung có trong bài:\n- Chuẩn bị nguyên liệu\n- Cách nấu trân châu\n- Kết luận\n"
        f"I. Chuẩn bị nguyên liệu\n{BODY}\nII. Cách nấu trân châu\n{MORE}\n"
    )
    blocks = clean(boxed).blocks
    assert "Nội dung có trong bài:" not in blocks and not any(b.startswith("Kết luận") for b in blocks)
    assert "I. Chuẩn bị nguyên liệu" in blocks


def test_a_view_counter_after_an_empty_date_is_no_headline() -> None:
    article = article_of(f"( ) - Lượt xem: 2417\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert article.headline == TITLE and "Lượt xem" not in spoken_text(article)


def test_a_recipe_cards_buttons_and_keywords_are_not_read() -> None:
    page = (
        f"{TITLE}\n{LEAD}\n{BODY}\nSave\nIn Công Thức\n5 from 3 votes\nTrà sữa trân châu\n"
        f"Bữa ăn: Đồ uống\nKeyword: trà sữa, trân châu, đồ uống\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Save" not in spoken and "In Công Thức" not in spoken and "Keyword" not in spoken
    assert "Bữa ăn: Đồ uống" in spoken


def test_a_lessons_lines_in_english_are_read_when_the_page_is_about_english() -> None:
    page = (
        "Hướng dẫn viết đoạn mở bài cho dạng đề thảo luận\nDạng đề này yêu cầu bạn bàn về hai quan điểm.\n"
        "1. Discuss both views and give your own opinion\n2. What are the benefits of living in a big city?\n"
        "3. Why do some people prefer to cook at home?\n"
        "Mỗi đề cần một câu mở bài nêu lại ý của đề bằng từ ngữ khác.\n"
    )
    blocks = clean(page).blocks
    assert "2. What are the benefits of living in a big city?" in blocks


def test_a_label_and_what_it_means_closing_the_page_is_read_with_its_heading() -> None:
    page = f"{TITLE}\n{LEAD}\n{BODY}\n3. Tiêu chí chọn trà\n- Hương thơm: trà ngon có mùi thơm dịu tự nhiên\n"
    spoken = spoken_text(article_of(page))
    assert "Tiêu chí chọn trà" in spoken and "trà ngon có mùi thơm dịu tự nhiên" in spoken


def test_a_first_sub_part_under_a_title_that_is_part_one_heads_its_paragraph_and_no_lead() -> None:
    page = (
        f"1. Chuẩn bị nguyên liệu pha trà sữa\n1.1 Chọn trà\n{LEAD}\n1.2 Chọn sữa\n{BODY}\n2. Nấu trân châu\n{MORE}\n"
    )
    article = article_of(page)
    assert article.lead is None
    assert article.sections[0].title == "1.1 Chọn trà" and article.sections[0].paragraphs[0] == LEAD


def test_a_pictures_text_saying_the_title_again_under_the_lead_is_not_read() -> None:
    article = article_of(f"{TITLE}\n{LEAD}\nPha trà sữa trân châu tại nhà đơn giản\n{BODY}\n{MORE}\n")
    assert article.lead == LEAD and "Pha trà sữa trân châu tại nhà đơn giản" not in spoken_text(article)
