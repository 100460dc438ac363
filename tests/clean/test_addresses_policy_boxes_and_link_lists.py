"""Round 147 of reading real pages (issue 21): a firm's postal address and a hotline's label over its number; a
blog's "Disclosure" and "Why Trust Us" boxes; "Tác giả ... Ngày cập nhật ... Chuyên mục" and "Ngày đăng ... Tác
giả" lines; an English date stamp with its clock; numbered links under "XEM THÊM:"; an answer's "Trả lời 15 năm
trước"; a link's arrow; a site's advert naming itself; a picture's caption echoing a numbered heading in capitals;
a title over "Nội dung chính"; a heading over "Bước 1" under a picture's file name; a bold heading inside a
flattened answer; a lead's sentence cut at a comma by the wrap."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

TITLE = "Kinh nghiệm chọn dịch vụ bảo vệ cho cửa hàng"
LEAD = "Một cửa hàng nhỏ cũng cần người trông coi khi hàng hóa ngày càng nhiều và khách ra vào liên tục."
BODY = "Chủ cửa hàng nên hỏi rõ đơn vị bảo vệ về giấy phép, số người trực và cách xử lý khi có sự cố."


def test_a_firms_address_and_hotline_label_over_its_number_are_not_read() -> None:
    header = "Thôn Bình An 3, Xã Tân Phú, Tỉnh Đồng Nai, Việt Nam\nHotline tư vấn:\n\n0912 345 678"
    article = article_of(f"{header}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE
    assert "Hotline" not in spoken_text(article) and "Đồng Nai" not in spoken_text(article)


def test_a_blogs_notes_on_itself_and_its_author_line_are_not_read() -> None:
    meta = "Tác giả: Minh Thư Ngày cập nhật: 12/05/2025 Chuyên mục: Chưa phân loại"
    boxes = (
        "Disclosure\nTrang blog này do công ty chúng tôi vận hành. Dùng website là đồng ý với điều khoản sử dụng.\n"
        "Why Trust Us\nMỗi bài viết đều được đội ngũ biên tập kiểm duyệt trước khi đăng.\n"
    )
    article = article_of(f"{TITLE}\n\n{meta}\n{boxes}\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert article.published == "2025-05-12" and article.byline == "Minh Thư"
    assert "Disclosure" not in spoken and "điều khoản" not in spoken and "kiểm duyệt" not in spoken
    assert spoken_sentences(f"{TITLE}\n\n{meta}\n{boxes}\n{LEAD}\n\n{BODY}\n")[1] == LEAD


def test_a_posted_line_with_its_writer_is_the_date_never_a_heading() -> None:
    article = article_of(f"{TITLE}\n\nNgày đăng 9 Tháng Ba, 2025 Tác giả minh thư\n\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2025-03-09" and "Ngày đăng" not in spoken_text(article)


def test_an_english_date_stamp_with_its_clock_is_the_date_and_the_title_under_it_the_headline() -> None:
    article = article_of(f"Âm nhạc\nMonday, March 8, 2010 9:14:02 PM\nChọn loa cho phòng nhỏ (1)\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "Chọn loa cho phòng nhỏ (1)" and article.published == "2010-03-08"


def test_numbered_links_under_see_more_are_not_read_and_the_next_heading_is() -> None:
    links = "XEM THÊM:\n\n  1. [MẸO HAY] CHỌN KHÓA CỬA CHỐNG TRỘM\n  2. [KINH NGHIỆM] lắp camera cho cửa hàng\n"
    page = f"{TITLE}\n\n{LEAD}\n\n{links}\nGiấy phép của đơn vị bảo vệ\n\n{BODY}\n"
    assert "KHÓA CỬA" not in spoken_text(article_of(page)) and "camera" not in spoken_text(article_of(page))
    assert "Giấy phép của đơn vị bảo vệ" in chapter_titles(page)


def test_an_answers_age_a_links_arrow_and_a_sites_advert_are_not_read() -> None:
    advert = "Trong mùa mưa bão này, Baove.vn khuyên dùng khóa chống cắt để giữ an toàn cho cửa hàng."
    answer = "Trả lời 3 năm trước\n"
    body = f"{BODY} ← Xem hướng dẫn\n"
    spoken = spoken_text(article_of(f"{advert}\n\n{TITLE}\n\n{LEAD}\n\n{answer}{body}"))
    assert "khuyên dùng" not in spoken and "Trả lời" not in spoken and "Xem hướng dẫn" not in spoken
    assert "cách xử lý khi có sự cố" in spoken


def test_a_captions_copy_of_a_numbered_heading_in_capitals_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nI. DỊCH VỤ BẢO VỆ LÀ GÌ?\n\ndịch vụ bảo vệ là gì\n\nDịch vụ bảo vệ là gì?\n\n{BODY}\n"
    assert "I. DỊCH VỤ BẢO VỆ LÀ GÌ?" in chapter_titles(page)
    assert "Dịch vụ bảo vệ là gì?" not in spoken_sentences(page)


def test_a_title_over_a_contents_label_is_the_headline_not_a_category() -> None:
    opening = "Chó canh cửa là giống chó được nhiều nhà chọn nuôi nhất hiện nay nhờ tính cảnh giác cao."
    article = article_of(f"Giống chó canh cửa\n\nNội dung chính\n\n{opening} {LEAD} {BODY}\n")
    assert article.headline == "Giống chó canh cửa" and article.category is None


def test_a_heading_over_a_steps_label_under_a_pictures_file_name_is_read() -> None:
    slug = "baove.vn-nhung-dieu-can-biet-khi-thue-dich-vu-bao-ve-cho-cua-hang-body-1"
    sentences = spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{slug}\n\nThủ tục thuê bảo vệ\n\nBước 1\n\n{BODY}\n")
    assert "Thủ tục thuê bảo vệ" in sentences and not any("body" in s for s in sentences)


def test_a_bold_heading_inside_a_flattened_answer_is_a_heading() -> None:
    answer = f"{LEAD} Nhưng bắt đầu từ đâu? [b]Việc đầu tiên – giấy phép[/b] {BODY}"
    assert "Việc đầu tiên – giấy phép" in chapter_titles(f"{TITLE}\n\n{answer}\n")


def test_a_leads_sentence_cut_at_a_comma_by_the_wrap_is_read_whole() -> None:
    text = (
        "Ngày 3 tháng 05 năm 2019. Trong ca trực đêm tại kho hàng của công ty Minh Phát,\n"
        "Nhân viên bảo vệ Trần Văn Hòa đã phát hiện một chiếc ví bị bỏ quên trên ghế chờ.\n"
    )
    sentences = spoken_sentences(f"{TITLE}\n\n{text}")
    assert any(s.startswith("Trong ca trực đêm") and "Trần Văn Hòa" in s for s in sentences)
