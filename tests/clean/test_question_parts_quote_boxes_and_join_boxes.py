"""Round 94 of reading real pages (issue 21): a question heading under the title opens the body (the
title is no tag page's category); a generated page's "Chủ đề: ...:" summary kept as the lead; the
title printed again over two headings is no run of captions; a read-time line with its section; a
blog's quote box and the header over it; "(Sưu tầm trên mạng)"; a lone ">>" over the title it
links; the day and the writer's name on one line; a careers site's join box; a long fact sheet
read in order with no lead; a source's number spoken before the stop is not read, a clause's is."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.normalize import normalize

from .pages import article_of, spoken_text

TITLE = "Cách nuôi cá bảy màu cho người mới chơi"
LEAD = "Cá bảy màu dễ nuôi, đẻ nhiều và có màu sắc rực rỡ nên rất hợp với người mới chơi cá cảnh trong nhà."
BODY = "Một bể kính nhỏ chừng hai mươi lít, có máy lọc và vài cây thủy sinh là đủ cho một đàn cá bảy màu nhỏ."
MORE = "Nên thay một phần ba lượng nước mỗi tuần và không cho cá ăn quá nhiều để nước trong bể luôn sạch sẽ."


def test_a_question_heading_under_the_title_opens_the_body_and_the_title_is_read() -> None:
    question = "Điều gì sẽ xảy ra với đàn cá khi bạn quên thay nước trong nhiều tuần?"
    article = article_of(f"{TITLE}\n\n{question}\n\n{BODY} {MORE}\n\n{LEAD}\n")
    assert article.headline == TITLE and article.lead is None
    assert article.sections[0].title == question


def test_a_long_question_heading_with_its_word_late_is_a_part_heading() -> None:
    question = "Bể cá cho người mới: Cách chọn kích thước và vị trí đặt bể thế nào?"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{question}\n\n{BODY} {MORE}\n")
    assert article.lead == LEAD and article.sections[0].title == question


def test_a_generated_pages_topic_label_is_not_read_and_its_summary_is_the_lead() -> None:
    page = f"{TITLE}\n\nChủ đề: nuôi cá bảy màu: {LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Chủ đề" not in spoken_text(article)


def test_the_title_printed_again_over_two_headings_is_no_run_of_captions() -> None:
    title = "Lịch Nuôi Cá Cho Người Mới Bắt Đầu"
    first, second = "Tổng quan về nuôi cá cho người mới", "Nuôi cá mang lại lợi ích gì cho người mới"
    page = f"{title}\n\n{LEAD}\n\n{title}\n\n{first}\n\n{second}\n\n{BODY}\n\n{MORE}\n"
    blocks = clean(page).blocks
    assert first in blocks and second in blocks


def test_a_read_time_line_with_its_section_is_not_the_headline() -> None:
    title = "Kế hoạch nuôi cá bảy màu cho người mới bắt đầu"
    lead = f"{title} phù hợp cho cả người muốn thử một thú chơi mới, các hướng dẫn của chúng tôi đều hợp với bạn."
    article = article_of(f"· tin tuc · 9 min read\n\n{title}\n\n{lead}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == title and "min read" not in spoken_text(article)


def test_a_blogs_quote_box_and_the_header_over_it_are_not_read() -> None:
    page = (
        '"Đi một ngày đàng học một sàng khôn"\n\nいちにちいっぽ\n\nDANH NGÔN\n\n'
        "Muốn đi xa thì phải đi cùng nhau - Tục ngữ Phi\n\nMar 5, 2019\n\n"
        f"{TITLE}\n\n(Sưu tầm trên mạng)\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert (article.headline, article.lead) == (TITLE, LEAD)
    assert not any(w in spoken for w in ("DANH NGÔN", "Tục ngữ", "Đi một ngày", "Sưu tầm"))


def test_a_lone_pointer_over_the_title_it_links_is_not_read() -> None:
    link = "Mẹo chọn thức ăn tốt nhất cho cá cảnh nhỏ"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n>>\n\n{link}\n\n{BODY}\n\n{MORE}\n")
    assert link not in spoken_text(article) and BODY in spoken_text(article)


def test_the_day_then_the_writers_name_on_one_line_is_the_date_and_byline() -> None:
    article = article_of(f"{TITLE}\n\n21-03-2024 Minh Thư\n\n{LEAD}\n\n{BODY}\n")
    assert (article.published, article.byline) == ("2024-03-21", "Minh Thư")
    assert "Minh Thư" not in spoken_text(article)


def test_a_careers_sites_join_box_is_not_read() -> None:
    page = (
        "Welcome To Careers Hub\n\nJoin Our Careers Hub\n\nCareers Hub là gì?\n\n"
        "Tham gia Careers Hub giúp bạn nhận tin tuyển dụng mới nhất phù hợp với mong muốn của mình.\n\n"
        "  • Nhận thông báo việc làm mới\n  • Cập nhật tin tức về công ty\n\n"
        f"Hãy gia nhập Careers Hub của chúng tôi ngay hôm nay!\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    assert (article.headline, article.lead) == (TITLE, LEAD) and "Careers Hub" not in spoken_text(article)


def test_a_long_fact_sheet_is_read_in_order_with_no_lead() -> None:
    fields = [
        "Tên gọi: Cá bảy màu, cá khổng tước",
        "Tên khoa học: Poecilia reticulata.",
        "Nguồn gốc: Nam Mỹ và vùng biển Caribe.",
        "Màu sắc: Đỏ, xanh, vàng và nhiều màu pha.",
        "Thức ăn: bo bo, trùn chỉ, cám viên.",
        "Kích thước: con đực nhỏ hơn con cái.",
        "Nhiệt độ: hai mươi hai đến hai mươi tám độ.",
    ]
    article = article_of("\n".join([TITLE, *fields, BODY, MORE]) + "\n")
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert article.lead is None and paragraphs[0] == fields[0] and paragraphs.index(BODY) > len(fields) - 1


def test_a_short_fact_box_stands_under_the_lead() -> None:
    fields = ["Thời gian: sáng thứ bảy hằng tuần", "Địa điểm: Nhà văn hóa phường"]
    article = article_of("\n\n".join([TITLE, *fields, LEAD, BODY]) + "\n")
    assert article.lead == LEAD


def test_a_clauses_number_in_brackets_before_the_stop_is_read() -> None:
    assert "khoản, ba" in normalize("Xem quy định tại khoản (3).")
    assert "một" not in normalize("Cây này có từ hơn 300 năm trước (1).")
