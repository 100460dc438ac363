"""Round 42 of reading real pages (issue 21): a book viewer's page number, a wrapped sentence a
blank line parts, a gallery's long pointer closing the article, a "Ngày:" date line under the
title with an unstopped summary under it, a date written year first, and a title's English name in
brackets."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.clean.unwrap import unwrap

from .pages import article_of

HEAD = "Phê duyệt kế hoạch tiêm vaccine lở mồm long móng"
LEAD = "Bộ Nông nghiệp vừa phê duyệt kế hoạch tiêm vaccine lở mồm long móng cho đàn trâu bò cả nước."
BODY = "Mục tiêu tỷ lệ tiêm phòng phải đạt tối thiểu tám mươi phần trăm gia súc trong diện tiêm."
MORE = "Kế hoạch được triển khai tại hai mươi lăm tỉnh thuộc vùng khống chế và vùng đệm."


def test_a_book_viewers_page_number_is_not_read() -> None:
    page = f"Page 75 - Hướng Dẫn Quản Lý Tổ Chức Lễ Hội\nP. 75\n\n{LEAD}\n\n{BODY}"
    assert clean(page).blocks == ("Hướng Dẫn Quản Lý Tổ Chức Lễ Hội", LEAD, BODY)


def test_a_blank_line_inside_a_wrapped_sentence_parts_nothing() -> None:
    text = (
        "Lễ rước từ đền về đình, từ miếu về đình. Đám rước được cử hành bởi\n"
        "toàn thể dân làng nơi tổ chức lễ hội. Đám rước có nghi trượng hoành\n"
        "tráng (còn gọi\n"
        "\n"
        "là bộ chấp kích, lỗ bộ, bát bửu), khi khởi hành chiêng trống nổi lên.\n"
        "Đi đầu đám rước là cờ Tiết mao, sau đó là cờ Ngũ hành, tiếp đến là\n"
        "cờ Tứ linh hoặc có khi là cờ Bát quái, đến trống cái, chiêng, kế đến là\n"
    )
    assert "tráng (còn gọi là bộ chấp kích" in unwrap(text)


def test_a_galleries_long_pointer_closing_the_article_is_not_read() -> None:
    pointer = (
        "Một số hình ảnh Đoàn thanh niên Trường mầm non Hoa Anh Đào tham gia các đội hình trong Lễ phát "
        "động chiến dịch năm 2022 của Thành đoàn Hà Nội sáng ngày 03/6/2022 tại Trường THCS Thượng Thanh"
    )
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{pointer}").blocks == (HEAD, LEAD, BODY)


def test_a_labelled_date_under_the_title_is_metadata_and_the_unstopped_summary_the_lead() -> None:
    summary = "Bộ Nông nghiệp và PTNT vừa phê duyệt kế hoạch tiêm vaccine lở mồm long móng (LMLM) năm 2012"
    article = article_of(f"{HEAD}\nNgày: 08/03/2012\n{summary}\n\n{BODY}\n\n{MORE}\n\nXem tin theo ngày:")
    assert (article.headline, article.lead, article.published) == (HEAD, summary, "2012-03-08")


def test_a_date_written_year_first_is_the_articles_date() -> None:
    draft = clean(f"{HEAD}\n\n2023-06-21 03:54:00\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published, draft.category) == ((HEAD, LEAD, BODY), "2023-06-21T03:54:00", None)


def test_a_titles_english_name_in_brackets_is_not_read() -> None:
    title = "GIẢI CƯỠI NGỰA PHONG TRÀO VƯỢT ĐỊA HÌNH 2025"
    page = f"{title}\n(1st VIETNAM CROSS-COUNTRY AMATEUR CHALLENGE 2025)\n{LEAD}\n{BODY}"
    assert clean(page).blocks == (title, LEAD, BODY)
