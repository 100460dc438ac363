"""Round 163 of reading real pages (issue 21): a page whose marks a guard scrambled; a document viewer's labels
and its transcript's page numbers; a statistics box; a story site's book card; a document site's counters and price
box; a writer's line in brackets; a site's description of itself; a literature site's counters, logo and motto; a
summary over its title; a title garbled by a lost font, a description line whose marked vowels an OCR lost; a
name's number before a stop."""

from __future__ import annotations

import pytest

from audio_edition.errors import InputError

from .pages import article_of, spoken_text

TITLE = "Kinh nghiệm học tiếng Nhật cho người mới bắt đầu"
LEAD = "Học tiếng Nhật không khó nếu bạn có phương pháp đúng và kiên trì luyện tập mỗi ngày."
BODY = "Trước hết, hãy học thuộc bảng chữ cái Hiragana và Katakana trong tuần đầu tiên."
MORE = "Sau đó, bạn nên luyện nghe qua các đoạn hội thoại ngắn và phim hoạt hình có phụ đề."


def test_a_page_whose_marks_a_guard_scrambled_is_refused_with_the_reason() -> None:
    scrambled = "Vớị màn hình đẹp, cãmêră ngòn và hịệư năng mượt mà, đìện thõạí gíá rẻ đã trở thành lựà chọn hấp đẫn. "
    with pytest.raises(InputError, match="marks are scrambled"):
        article_of(f"{TITLE}\n{scrambled * 3}\n")


def test_a_document_viewers_labels_and_its_transcripts_page_numbers_are_not_read() -> None:
    viewer = "Size: px\nStart display at page:\n\nTranscription\n\n"
    page = f"{TITLE}\n\n{viewer}1 HƯỚNG DẪN HỌC TIẾNG NHẬT\n\n2 BẢNG CHỮ CÁI {LEAD}\n\n{BODY}\n"
    said = spoken_text(article_of(page))
    assert "Size" not in said and "Transcription" not in said and "1 HƯỚNG" not in said and "2 BẢNG" not in said


def test_a_statistics_box_is_not_read() -> None:
    box = "Thống kê\n\n  • truy cập   (chi tiết)\n    trong hôm nay\n  • lượt xem\n    trong hôm nay\n  • thành viên\n"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{box}\n{MORE}\n"))
    assert "truy cập" not in said and "Thống kê" not in said and MORE in said


def test_a_story_sites_book_card_leaves_the_title_the_headline() -> None:
    card = "Tác giả: Thạch Lam\nSố chương: 1\nLượt xem: 463\n\nGiới thiệu truyện Gió Đầu Mùa\n\n"
    article = article_of(f"Gió đầu mùa\n\nGió đầu mùa\n\n{card}{LEAD}\n\n{BODY}\n\nSÁCH CÙNG CHUYÊN MỤC\n")
    assert article.headline == "Gió đầu mùa" and article.lead == LEAD and article.byline == "Thạch Lam"


def test_a_document_sites_counters_and_price_box_are_not_read() -> None:
    page = f"{TITLE}\n\n106 View\n1 Lượt tải\n\nTác Giả\n\n{LEAD}\n\n{BODY}\n\nTài liệu này có giá\n\n1 đ\n\n{MORE}\n"
    said = spoken_text(article_of(page))
    assert "Lượt tải" not in said and "Tác Giả" not in said and "có giá" not in said and MORE in said


def test_a_writers_line_in_brackets_under_the_title_is_the_byline() -> None:
    article = article_of(f"{TITLE}\n\n(Tác giả Nguyễn Văn An)\n\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Nguyễn Văn An" and article.lead == LEAD


def test_a_sites_description_of_itself_under_the_title_is_not_read() -> None:
    about = "Thông tin mới, đầy đủ về du học Nhật Bản từ đội ngũ biên tập của duhocnhat.com"
    article = article_of(f"Tin tức du học mới nhất\n{about}\n\n{LEAD}\n\n{BODY}\n")
    assert "duhocnhat" not in spoken_text(article) and article.lead == LEAD


def test_a_literature_sites_counters_logo_and_motto_are_no_headline() -> None:
    header = (
        "Ủng hộ VCV\nSố tác phẩm\n28.427 tác phẩm\n2.747 tác giả\n463\nvanchuong.org\n\nTư liệu văn hóa\n\nTIN TỨC\n"
    )
    article = article_of(f"{header}{TITLE}\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "tác phẩm" not in spoken_text(article)


def test_a_one_sentence_summary_over_its_title_is_the_lead() -> None:
    summary = "Học tiếng Nhật đang là lựa chọn của nhiều bạn trẻ, nhưng liệu bạn đã biết cách bắt đầu cho đúng?"
    article = article_of(f"{summary}\nHọc tiếng Nhật, lựa chọn của nhiều bạn trẻ\n{BODY}\n{MORE}\n")
    assert article.headline == "Học tiếng Nhật, lựa chọn của nhiều bạn trẻ" and article.lead == summary


def test_a_title_a_lost_font_garbled_is_neither_headline_nor_lead() -> None:
    garbled = "ng kinh nghiỆm hỌc tiếng nhật 2024 - hoctiengnhat.com · về phương pháp, người học nhận..."
    article = article_of(f"{garbled}\n\n21\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD


def test_a_description_line_whose_marked_vowels_an_ocr_lost_is_not_read() -> None:
    lost = (
        "KINH NGHIỆM HC TIẾNG NHẬT 2024 cho người mới Thi gian: 3 tháng, Trung tâm Quc tế Giáo dc và các đơn vị"
        " tchc và tài trchính"
    )
    viewer = "Upload: others\n\nPost on 30-Aug-2019\n\n3 views\n\nCategory:\n\nDocuments\n\n0 download\n\nTRANSCRIPT"
    article = article_of(f"{lost}\n\n{viewer}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Quc" not in spoken_text(article) and "Category" not in spoken_text(article)


def test_units_without_vowels_leave_a_line_at_the_top() -> None:
    top = "Bảng giá 5 kg gạo, 2 km đường và 3 ml dầu ăn tại chợ"
    article = article_of(f"{top}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == top


def test_a_names_number_before_the_stop_stays() -> None:
    paragraph = f"Máy chạy hệ điều hành Windows 7. {LEAD} Nhiều lỗi vẫn còn trong bảng điều khiển của Windows 7."
    assert spoken_text(article_of(f"{TITLE}\n\n{paragraph}\n\n{BODY}\n")).count("Windows 7.") == 2
