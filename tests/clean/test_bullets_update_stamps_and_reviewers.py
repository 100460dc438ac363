"""Round 80 of reading real pages (issue 21): pomelo growing, Australian student visas, car
servicing, a translated how-to, stomach pain. A list's items under bullets that echo the text
beside them, items under a line closed by a semicolon, when the page was last changed, how long it
takes to read, a translated site's "Anonim" writer and who checked a clinic's article are read as
the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Thủ tục xin visa du học Úc mới nhất cho học sinh lần đầu"
LEAD = "Xin visa là bước quan trọng nhất với người muốn đi du học Úc lần đầu, nên cần chuẩn bị sớm."
BODY = "Mỗi diện visa có điều kiện riêng về tài chính, tiếng Anh và sức khỏe của người nộp hồ sơ."
MORE = "Người nộp nên đọc kỹ hướng dẫn trên trang của cơ quan di trú trước khi điền đơn trực tuyến."


def test_bulleted_items_that_echo_the_text_beside_them_are_read() -> None:
    items = [
        "Xin visa du học Úc diện 500 (Sinh viên).",
        "Xin visa du học Úc diện 590 (Người giám hộ).",
        "Xin visa du học Úc diện 485 (Tốt nghiệp tạm thời và thực tập).",
    ]
    listed = "\n".join(f" • {item}" for item in items)
    page = f"{HEAD}\n\n{LEAD}\n\nCó ba diện visa du học Úc mà bạn cần biết:\n\n{listed}\n\n{BODY}\n\n{MORE}"
    said = spoken_text(article_of(page))
    assert all(item[:50] in said for item in items)


def test_the_first_item_under_two_headings_it_echoes_is_read() -> None:
    step = "Bước 1: Chuẩn bị hồ sơ xin visa du học Úc"
    page = (
        f"{HEAD}\n\n{LEAD}\n\nCác bước làm thủ tục xin visa du học Úc\n\n{step}\n\n"
        f"– Mẫu đơn xin visa du học Úc (mẫu 157).\n– Hộ chiếu còn hiệu lực ít nhất sáu tháng.\n\n{BODY}\n\n{MORE}"
    )
    assert "Mẫu đơn xin visa du học Úc (mẫu 157)." in spoken_text(article_of(page))


def test_items_under_a_line_closed_by_a_semicolon_are_read_as_items() -> None:
    intro = "Thông thường xe có bốn cấp bảo dưỡng, tùy theo điều kiện nào đến trước;"
    levels = [
        f"Cấp bảo dưỡng {km} km hoặc {months} tháng lưu hành đầu tiên và kế tiếp"
        for km, months in (("5.000", 6), ("10.000", 12), ("20.000", 24), ("40.000", 48))
    ]
    page = f"{HEAD}\n\n{LEAD}\n\n{intro}\n\n" + "\n\n".join(f"- {lv}" for lv in levels) + f"\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    said = spoken_text(article)
    assert all(f"{lv}." in said for lv in levels)
    assert not any(s.title and s.title.startswith("Cấp bảo dưỡng") for s in article.sections)


def test_when_a_page_was_changed_and_how_long_it_takes_to_read_are_not_read() -> None:
    page = (
        f"{HEAD}\n⏱️ 15 phút đọc\n📅 Cập nhật: 2026\n\n{LEAD}\n\nCập nhật vào 16/02\n\n{BODY}\n\nSep 27, 2023\n\n{MORE}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.lead == LEAD
    assert "phút đọc" not in said and "Cập nhật" not in said and "Sep" not in said


def test_a_translated_sites_anonymous_writer_is_not_read() -> None:
    page = f"Màn hình nhiệt độ và độ ẩm: 6 bước\nAnonim\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert "Anonim" not in spoken_text(article) and article.headline.startswith("Màn hình nhiệt độ")


def test_who_checked_a_clinics_article_is_neither_headline_nor_read() -> None:
    reviewer = "Bài viết được tham vấn chuyên môn bởi: Thạc sĩ Nguyễn Văn An | Nơi công tác: Phòng khám Đông y"
    page = f"{reviewer}\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert "tham vấn" not in spoken_text(article) and "Nơi công tác" not in spoken_text(article)
    assert article.headline.startswith("Xin visa là bước quan trọng")


def test_a_heading_over_steps_that_retells_the_lead_is_read() -> None:
    lead = "Nếu bạn muốn sang Úc học thì hãy tham khảo các bước làm thủ tục và hồ sơ xin visa du học Úc dưới đây."
    heading = "Các bước làm thủ tục xin visa du học Úc"
    page = f"{HEAD}\n\n{lead}\n\n{heading}\n\nBước 1: Chuẩn bị hồ sơ đầy đủ\n\n{BODY}\n\n{MORE}"
    assert heading in spoken_text(article_of(page))


def test_a_question_under_the_headline_printed_again_is_a_heading_not_its_caption() -> None:
    question = "Visa du học Úc là gì?"
    page = f"{HEAD}\n\n{LEAD}\n\n{HEAD}\n\n{question}\n\n{BODY}\n\n{MORE}"
    assert question in spoken_text(article_of(page))
