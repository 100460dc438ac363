"""Round 142 of reading real pages (issue 21): a parish's pages of the day's readings. Verse numbers inside
a reading, a line of the day's references, a Mass's parts printed between pictures' rooms, a reflection's
"Chia sẻ:" question, a calendar's instruction over the title, a title in capitals wrapped over three
lines, a bulleted line closed by its reference over a "|"."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Lời Chúa mỗi ngày: Thứ Bảy tuần ba mươi"
INTRO = "Bài trích sách Sáng thế."
VERSES = (
    "20 Khi ấy, Đức Chúa phán với ông Áp-ra-ham về hai thành ở phía đông. 21 Ta phải xuống xem cho biết. "
    "Có hay không, Ta sẽ biết: 22 hai người kia liền bỏ nơi đó mà đi, 23 còn ông thì đứng lại."
)


def test_a_readings_verse_numbers_are_not_read() -> None:
    spoken = " ".join(spoken_sentences(f"{TITLE}\n\nBài đọc 1\n\n{INTRO}\n\n{VERSES}\n"))
    assert "Khi ấy, Đức Chúa phán" in spoken and "hai mươi" not in spoken
    assert "Ta sẽ biết: hai người kia liền bỏ nơi đó mà đi, còn ông thì đứng lại." in spoken


def test_numbers_in_a_paragraph_outside_a_reading_are_read() -> None:
    text = "Đoàn có 20 người đi bộ, 21 người đi xe và 22 người ở lại giữ nhà trong suốt ba ngày lễ hội."
    spoken = " ".join(spoken_sentences(f"{TITLE}\n\nBài đọc 1\n\n{text}\n"))
    assert "hai mươi người" in spoken and "hai mươi mốt người" in spoken


def test_a_line_of_the_days_readings_beside_pictures_rooms_is_read_and_no_lead() -> None:
    page = (
        "Audio Phút cầu nguyện\n\nClick chuột vào ngày bạn muốn theo dõi nội dung\n\n"
        "Chúa Nhật Tuần XVII Mùa Thường Niên\n\n"
        "St 18,20-32; Cl 2,12-14; Lc 11,1-13\n\n \n\nChúa Nhật 17 TN - C\n\n \n\n \n\nCa nhập lễ\n\n"
        "Thiên Chúa ngự trong thánh điện Người, kẻ cô thân được Người ban cho nhà cửa.\n\n"
        f"Bài đọc 1\n\n \n\n{INTRO}\n\n{VERSES}\n"
    )
    article = article_of(page)
    assert article.headline == "Chúa Nhật Tuần XVII Mùa Thường Niên" and article.lead is None
    spoken = " ".join(spoken_sentences(page))
    assert "Sáng thế chương mười tám, câu hai mươi đến ba mươi hai; Cô-lô-xê chương hai" in spoken
    assert "Chúa Nhật mười bảy thường niên, năm xê" in spoken and "Ca nhập lễ" in spoken
    assert "Click" not in spoken


def test_a_reflections_question_to_share_is_read() -> None:
    question = "Chia sẻ: Tại sao tôi vẫn thường xuyên đọc Lời Chúa mà đời tôi chưa thay đổi?"
    page = f"{TITLE}\n\nSuy niệm: Hôm nay Lời Chúa mời gọi chúng ta sống khiêm nhường và phục vụ.\n\n{question}\n"
    assert "Tại sao tôi vẫn thường xuyên đọc Lời Chúa" in spoken_text(article_of(page))


def test_a_title_in_capitals_wrapped_over_three_lines_is_one_headline() -> None:
    body = "Chúng ta biết thuyền các Tông Đồ gặp sóng gió sau khi Đức Giê-su hóa bánh cá cho dân ăn no nê."
    heading = "SÓNG BIỂN TRƯỚC CHÚA PHỤC\nSINH"
    more = "Vào buổi chiều, sau phép lạ hóa bánh, Đức Giê-su lên núi cầu nguyện một mình trên núi cao."
    article = article_of(f"BÀI GIẢNG\nCHÚA BẢO GÌ CỨ LÀM\nTHEO! (Ga 2,5)\n{body}\n{heading}\n{more}\n")
    assert article.headline.endswith("CHÚA BẢO GÌ CỨ LÀM THEO! (Ga 2,5)")
    assert "SÓNG BIỂN TRƯỚC CHÚA PHỤC SINH" in spoken_text(article)


def test_a_bulleted_sentence_closed_by_its_reference_over_a_bar_is_read() -> None:
    items = (
        "- Đức Giê-su truyền cho ông Phê-rô đi trên biển mà đến với Ngài (x Mt 14,29).\n"
        "- Đức Giê-su giơ tay nắm lấy ông Phê-rô! (x Mt 14,31a)\n|\n"
    )
    body = "Chúng ta biết thuyền các Tông Đồ gặp sóng gió sau khi Đức Giê-su hóa bánh cá cho dân ăn no nê."
    spoken = " ".join(spoken_sentences(f"{TITLE}\n\n{body}\n\n{items}\nSÓNG GIÓ NIỀM TIN\n\n{body}\n"))
    assert "Đức Giê-su giơ tay nắm lấy ông Phê-rô!, xem Mát-thêu chương mười bốn, câu ba mươi mốt a" in spoken
