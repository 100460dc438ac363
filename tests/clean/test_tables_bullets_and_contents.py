"""Round 79 of reading real pages (issue 21): water filters, macadamia, brocade, snails, children's
teeth, e-bike batteries. Items each under a bullet of its own line, a "Mục lục" whose box the scrape
lost, tables written in pipes, emoji before numbered headings, a wrapped heading's bracket, a
lettered item under a heading, a picture's slug and the hero picture's text are read as the text
reads, or not read."""

from __future__ import annotations

from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_text

HEAD = "Khi nào cần thay lõi lọc nước và vì sao phải thay đúng hạn"
LEAD = "Rất nhiều người dùng máy lọc nước nhưng không biết khi nào cần thay lõi, nên nước không còn sạch."
BODY = "Lõi lọc bẩn lâu ngày trở thành ổ vi khuẩn và làm nước uống còn kém hơn nước chưa lọc."
MORE = "Vì vậy mỗi gia đình nên ghi lại ngày thay lõi và kiểm tra máy theo lịch của nhà sản xuất."


def test_items_under_lone_bullets_below_a_numbered_heading_are_read_as_sentences() -> None:
    items = (
        "-\nẮc quy chì thường chỉ dùng được khoảng ba trăm chu kỳ\n"
        "-\nPin lithium có thể dùng hai nghìn chu kỳ nếu sạc đúng\n"
    )
    example = "Ví dụ:\n-\nẮc quy chạy được năm nghìn km rồi hỏng\n-\nPin tốt có thể chạy hai mươi lăm nghìn km\n"
    page = f"{HEAD}\n{LEAD}\n🛡️ 2. Tuổi thọ và an toàn của pin\n{items}{example}{BODY}\n{MORE}"
    article = article_of(page)
    said = spoken_text(article)
    assert "ba trăm chu kỳ." in said and "hai nghìn chu kỳ nếu sạc đúng." in said and "hai mươi lăm nghìn km." in said
    assert "2. Tuổi thọ và an toàn của pin" in [s.title for s in article.sections]  # its emoji not read


def test_a_question_over_items_under_lone_bullets_heads_them() -> None:
    items = "-\nLõi bẩn thành ổ vi khuẩn\n-\nKim loại nặng tích tụ\n"
    page = f"{HEAD}\n{LEAD}\nNếu không thay lõi đúng hạn sẽ ra sao?\n{items}{BODY}"
    said = spoken_text(article_of(page))
    assert "Lõi bẩn thành ổ vi khuẩn" in said and "Kim loại nặng tích tụ" in said


def test_headings_under_a_contents_header_whose_box_was_lost_are_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\nMục lục\n1. Những điều cha mẹ cần biết\nVai trò của răng sữa với sự phát triển của trẻ\n"
        f"{BODY}\n{MORE}"
    )
    said = spoken_text(article_of(page))
    assert "Những điều cha mẹ cần biết" in said and "Vai trò của răng sữa" in said and "Mục lục" not in said


def test_a_table_in_pipes_is_read_one_sentence_a_row() -> None:
    two = "| Lõi lọc | Thời gian thay |\n|---|---|\n| Lõi số 1 | 3 – 6 tháng |\n| Màng RO | 18 – 36 tháng |\n"
    three = (
        "| Tiêu chí | Ắc quy chì | Pin lithium |\n|---|---|---|\n| Tốc độ sạc | 6–8 giờ | 3–5 giờ |\n"
        "| Cấp xét xử: | Sơ thẩm | Phúc thẩm |\n"
    )
    said = spoken_text(article_of(f"{HEAD}\n{LEAD}\n{two}{BODY}\n{three}{MORE}"))
    assert "Lõi số 1: 3 – 6 tháng." in said and "Màng RO: 18 – 36 tháng." in said and "|" not in said
    assert "Tốc độ sạc: Ắc quy chì 6–8 giờ, Pin lithium 3–5 giờ." in said and "Cấp xét xử: Ắc quy chì" in said


def test_a_wrapped_headings_bracket_closes_on_the_next_line() -> None:
    lines = [
        "Máy lọc nước là thiết bị phổ biến trong nhiều gia đình, giúp nước sinh hoạt luôn sạch sẽ và an toàn.",
        "Trước khi tìm hiểu thời gian thay lõi lọc, chúng ta cần biết",
        "máy lọc nước có những loại lõi nào và chức năng của từng lõi. Máy lọc nước phổ",
        "biến hiện nay thường có các lõi lọc sau:",
        "1.2. Lõi lọc nước tinh khiết (Lõi số",
        "4 - 5)",
        "Đây là các lõi lọc tiếp theo trong hệ thống lọc, có vai trò",
        "làm sạch nước tinh khiết hơn và loại bỏ các tạp chất còn lại.",
    ]
    text = unwrap("\n".join(lines))
    assert "\n1.2. Lõi lọc nước tinh khiết (Lõi số 4 - 5)\nĐây là các lõi lọc" in text


def test_a_lettered_item_is_not_run_into_the_heading_above_it() -> None:
    lines = [
        "Ốc bố mẹ được chọn từ ốc thương phẩm, chọn ốc khỏe mạnh, kích cỡ trung bình hai lăm con",
        "một ký, ốc có màu đặc trưng của ốc bươu đen, nuôi trong ao có nhiều lục bình",
        "và bèo để ốc lên bám và sinh sản. Độ sâu mực nước nuôi từ nửa mét đến gần",
        "một mét tùy theo mùa trong năm.",
        "Lưu ý về bể nuôi",
        "a. Cho ốc sinh sản trong ao có lục bình cập bờ để ốc lên sinh sản.",
    ]
    assert "\na. Cho ốc sinh sản" in unwrap("\n".join(lines))


def test_a_pictures_slug_and_the_hero_pictures_text_are_not_read() -> None:
    page = f"{HEAD}\n\nKhi nào cần thay lõi\n\nthay-lõi-lọc-nước-khi-nào\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.lead == LEAD and "thay-lõi" not in spoken_text(article)
    assert "Khi nào cần thay lõi " not in spoken_text(article).replace(HEAD, "")


def test_a_heading_over_its_numbered_parts_that_retells_the_paragraph_is_read() -> None:
    paragraph = "Ngược lại, tác hại khi không thay lõi lọc nước sẽ ảnh hưởng trực tiếp đến sức khỏe của bạn."
    heading = "Những tác hại khi không thay lõi lọc nước đúng hạn"
    page = f"{HEAD}\n{LEAD}\n{paragraph}\n{heading}\n1. Nước lọc không còn tinh khiết\n{BODY}\n{MORE}"
    assert heading in spoken_text(article_of(page))
