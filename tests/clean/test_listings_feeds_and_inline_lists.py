"""Round 129 of reading real pages (issue 21): a list's short items are never chapters; a numbered list
run into one paragraph; a blog's day run into its post; a paper's title wrapped over lines under its
summary; a booking site's search box and a listing's code; a contact form's box; a contents box whose
entries end in colons; an outlet's tag glued to its dash; a WordPress feed's header; a title opening a
list has no lead; steps with figures in their labels are no fact box; an acronym for words just said."""

from __future__ import annotations

from audio_edition.normalize import default_lexicon
from audio_edition.normalize.definitions import implied_acronyms

from .pages import article_of, spoken_text

TITLE = "Kinh nghiệm bảo dưỡng máy lọc nước tại nhà"
LEAD = "Máy lọc nước cần được bảo dưỡng đều đặn để nước luôn sạch và máy chạy bền, ít hỏng vặt trong mùa nóng."
BODY = "Người dùng nên ghi lại ngày thay lõi lên thân máy để không quên lần thay kế tiếp, nhất là với lõi thô."
MORE = "Nếu nước có mùi lạ hoặc chảy yếu dần, hãy gọi thợ kiểm tra ngay thay vì cố dùng tiếp vài tuần."


def test_a_lists_short_items_are_never_chapters() -> None:
    items = "Một lần bảo dưỡng tiêu chuẩn gồm:\nVệ sinh vỏ máy\nThay lõi thô\nKiểm tra van điện\nXả nước đầu\n"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{items}{BODY}\n\n{MORE}\n")
    assert [s.title for s in article.sections if s.title] == []
    assert "Xả nước đầu" in spoken_text(article)


def test_a_numbered_list_run_into_a_paragraph_is_parted_at_its_numbers() -> None:
    run = (
        "I. Các loại lõi cần thay 1. Lõi PP : thay sau 3 tháng. 2. Lõi than hoạt tính, thay sau 6 tháng. "
        "3. Màng RO : thay sau 2 năm"
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{run}\n\n{BODY}\n")
    blocks = [b for s in article.sections for b in (s.title, *s.paragraphs)]
    assert "1. Lõi PP : thay sau 3 tháng." in blocks and "3. Màng RO : thay sau 2 năm" in blocks


def test_a_blogs_day_run_into_its_post_is_the_date() -> None:
    article = article_of(f"{TITLE}\n\nThứ bảy, ngày 9 tháng tám năm 2014 {LEAD}\n\n{BODY}\n")
    assert article.published == "2014-08-09" and article.lead == LEAD


def test_a_papers_title_wrapped_under_its_summary_heads_it() -> None:
    summary = (
        "Bài viết khảo sát cách người dân đô thị chọn và bảo dưỡng máy lọc nước, từ đó đề xuất một số lưu ý"
        " giúp kéo dài tuổi thọ thiết bị và bảo đảm chất lượng nước uống hằng ngày."
    )
    page = (
        f"{summary}\n\nTHÓI QUEN SỬ DỤNG VÀ BẢO DƯỠNG\nMÁY LỌC NƯỚC GIA ĐÌNH\nCỦA CƯ DÂN ĐÔ THỊ\nThS. Trần Minh"
        f" Khoa\nTrường Đại học Xây dựng\n{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    assert article.headline == "THÓI QUEN SỬ DỤNG VÀ BẢO DƯỠNG MÁY LỌC NƯỚC GIA ĐÌNH CỦA CƯ DÂN ĐÔ THỊ"
    assert article.lead == summary and article.byline == "Trần Minh Khoa"
    assert "Đại học Xây dựng" not in spoken_text(article)


def test_a_booking_search_box_and_a_listings_code_are_not_read() -> None:
    box = "Bạn sẽ đi đâu?\n\nĐịa điểm bất kỳ\n\nTuần bất kỳ\n\nThêm khách\n\nMã chỗ ở\n\n51077\n\n"
    article = article_of(f"{box}Căn hộ A2-08 view biển Quy Nhơn\n\nChưa có đánh giá\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "Căn hộ A2-08 view biển Quy Nhơn"
    for furniture in ("đi đâu", "bất kỳ", "Thêm khách", "Mã chỗ ở", "đánh giá"):
        assert furniture not in spoken_text(article)


def test_a_contact_forms_box_over_the_text_is_not_read() -> None:
    form = (
        "Bạn cần tư vấn?\nĐăng ký nhận báo giá\nCông ty sẽ liên hệ bạn trong 24 giờ\nVui lòng nhập họ tên\n"
        "Vui lòng nhập số điện thoại\nVui lòng nhập địa chỉ\n"
    )
    article = article_of(f"{form}\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Vui lòng" not in spoken_text(article)


def test_a_contents_box_whose_entries_end_in_colons_is_not_read() -> None:
    box = "Mục lục\n- Lưu ý chung:\n- Các bước thay lõi\n- Kết luận\n"
    page = f"{TITLE}\n\n{box}\nLưu ý chung:\n\n{LEAD}\n\nCác bước thay lõi\n\n{BODY}\n\nKết luận\n\n{MORE}\n"
    assert spoken_text(article_of(page)).count("Các bước thay lõi") == 1


def test_an_outlets_tag_glued_to_its_dash_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nNLĐTPHCM- {LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD


def test_a_wordpress_feeds_header_gives_the_first_items_title() -> None:
    header = (
        "Lọc nước – Nhanuoc.info https://nhanuoc.info Tin tức nhà nước Mon, 02 Jun 2025 08:10:11 +0000 vi hourly 1"
        " https://wordpress.org/?v=6.5.2 https://nhanuoc.info/icon.svg Lọc nước – Nhanuoc.info https://nhanuoc.info"
        " 32 32 Phường Hòa Bình thay miễn phí lõi lọc cho hộ nghèo https://nhanuoc.info/thay-loi/ Mon, 02 Jun 2025"
        " 08:10:09 +0000 https://nhanuoc.info/?p=12"
    )
    article = article_of(f"{header}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "Phường Hòa Bình thay miễn phí lõi lọc cho hộ nghèo"
    assert "wordpress" not in spoken_text(article)


def test_a_title_opening_a_list_has_no_lead_and_figures_in_labels_keep_the_order() -> None:
    listed = article_of("Giờ nhận và trả phòng:\n\nNhận phòng sau 14:00.\n\nTrả phòng trước 12:00.\n\n" + f"{BODY}\n")
    assert listed.headline == "Giờ nhận và trả phòng:" and listed.lead is None
    steps = (
        "Cập nhật quy định: Nắm rõ các mức thuế áp dụng cho hộ kinh doanh năm nay.\n"
        "Công cụ hỗ trợ: Cài phần mềm kê khai trên máy tính của cửa hàng.\n"
        "Quy trình 3 bước: Đăng nhập, nhập hóa đơn rồi nộp tờ khai trực tuyến.\n"
    )
    ordered = article_of(f"{TITLE}\n\n{steps}\n{BODY}\n")
    assert ordered.lead is None or ordered.lead.startswith("Cập nhật quy định")


def test_an_acronym_for_words_said_just_before_reads_those_words() -> None:
    texts = ["Học viên làm đủ các bài tập trên lớp và bài về nhà. BVN không được chép của bạn."]
    assert implied_acronyms(texts, default_lexicon()) == {"BVN": "bài về nhà"}
