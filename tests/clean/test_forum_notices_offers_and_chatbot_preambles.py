"""Round 92 of reading real pages (issue 21): a forum's welcome and boxed notice over a thread, a
member's handle and rank over their card; an offer box in capitals down to its link; a chatbot's
preamble and code fence pasted over the article; a video's title; a picture's text typed without
marks and its caption; a site's series labels; "Chỉnh sửa lúc:"; a title run into the first
sentence; a part's heading under the title printed again; a heading over a bulleted label; a
question's mark glued to the numbered heading under it; an ellipsis after "và"."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences

from .pages import article_of, spoken_text

TITLE = "Cách chăm sóc cây hoa giấy trồng chậu"
LEAD = "Hoa giấy dễ trồng, chịu nắng tốt và ra hoa quanh năm nếu được tưới nước và bón phân đúng lúc."
BODY = "Nên đặt chậu ở nơi có nắng ít nhất sáu tiếng mỗi ngày và chỉ tưới khi lớp đất mặt đã khô."
MORE = "Sau mỗi đợt hoa tàn, cắt tỉa những cành đã già để cây ra nhánh mới và giữ dáng gọn."


def test_a_forums_welcome_and_boxed_notice_are_not_read_and_the_thread_title_heads() -> None:
    page = (
        "Chào mừng bạn đến Diễn đàn Cây cảnh Việt!\n\n"
        "Để đăng bài, bình luận và nhắn tin với các thành viên khác, hãy đăng ký ngay bây giờ!\n\n"
        "🌟THÔNG BÁO🌟\n\nV/v: Quy định đăng ảnh\n\nKính gửi Thành Viên !\n\n"
        "Từ tháng sau, bài đăng không có ảnh thật sẽ bị gỡ.\n\nXEM CHI TIẾT THÔNG BÁO\n\nTrân trọng,\n\n"
        "CẤM ĐĂNG BÀI QUẢNG CÁO THUỐC VÀ CÁ CƯỢC\n\n"
        f"{TITLE}\n\nhoagiay88\n\nThành Viên\n\nTham gia\n\n12/4/25\n\nBài viết\n\n7\n\nVNĐ\n\n120\n\n"
        f"{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == TITLE and article.lead == LEAD
    assert not any(w in spoken for w in ("Chào mừng", "THÔNG BÁO", "Trân trọng", "CẤM", "hoagiay88", "VNĐ"))


def test_an_offer_box_in_capitals_down_to_its_link_is_not_read() -> None:
    box = (
        "Khoan đã bác ơi!! Deal Hot đang chờ.\nGIẢM GIÁ PHÂN BÓN HỮU CƠ ĐẾN 40%\n"
        "Cửa hàng đang giảm giá phân bón cho khách đặt trong tuần này, số lượng có hạn.\n"
        "Xem thông tin chi tiết TẠI ĐÂY"
    )
    spoken = spoken_text(article_of(f"{TITLE}\n{LEAD}\n{BODY}\n{box}\n{MORE}\n"))
    assert not any(w in spoken for w in ("Deal", "GIẢM GIÁ", "giảm giá phân bón", "TẠI ĐÂY")) and MORE in spoken


def test_a_chatbots_preamble_and_code_fence_are_not_read() -> None:
    preamble = (
        "Tuyệt vời! Dưới đây là bài blog chuẩn SEO khoảng 800 từ về chủ đề “Chăm sóc hoa giấy”, "
        "định dạng HTML, theo các yêu cầu chi tiết của bạn."
    )
    article = article_of(f"{preamble}\n***\n“`html\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert (article.headline, article.lead) == (TITLE, LEAD)


def test_a_videos_title_and_a_sites_series_labels_and_edit_stamp_are_not_read() -> None:
    page = (
        f"{TITLE}\nChuyên đề: Kinh nghiệm trồng cây\nChỉnh sửa lúc: 02/03/2025\n{LEAD}\n"
        f"Video hướng dẫn cắt tỉa hoa giấy đúng cách\n{BODY}\n"
        f"Chuyên đề 2: Hoa giấy có cần bón phân thường xuyên không?\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert not any(w in spoken for w in ("Chuyên đề", "Chỉnh sửa", "Video hướng dẫn"))


def test_a_pictures_text_without_marks_and_its_caption_are_not_read() -> None:
    page = (
        f"{TITLE}\n{LEAD}\n{BODY}\nCach cham soc hoa giay trong chau nhanh ra hoa.\n"
        f"Hoa giấy nở rộ trên ban công\nII. Bón phân cho hoa giấy\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Cach cham soc" not in spoken and "nở rộ trên ban công" not in spoken
    assert "Bón phân cho hoa giấy" in spoken


def test_a_title_run_into_the_first_sentence_is_parted_where_its_words_open_it_again() -> None:
    first = "Nguyên nhân và cách xử lý khi hoa giấy không chịu ra hoa Hoa giấy ngày nay được trồng ở nhiều ban công."
    article = article_of(f"{first} {BODY} {MORE} {BODY}\n{LEAD}\n")
    assert article.headline == "Nguyên nhân và cách xử lý khi hoa giấy không chịu ra hoa"


def test_a_parts_heading_under_the_title_printed_again_is_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{TITLE}\n\nGiai đoạn 1: Chọn chậu và đất\n\n{BODY}\n\n{MORE}\n"
    assert "Giai đoạn 1: Chọn chậu và đất" in clean(page).blocks


def test_a_heading_over_a_bulleted_label_is_not_the_lead() -> None:
    page = f"{TITLE}\nĐặc điểm sinh học\n- Đặc điểm chung\n{BODY}\n{MORE}\n"
    assert article_of(page).lead is None


def test_a_question_glued_to_the_numbered_heading_under_it_is_parted() -> None:
    page = f"{TITLE}\n{LEAD}\nKhi nào nên bón phân?1. Bón phân sau mỗi đợt hoa\n{BODY}\n"
    assert "1. Bón phân sau mỗi đợt hoa" in clean(page).blocks


def test_an_ellipsis_after_va_before_a_quoted_word_ends_no_sentence() -> None:
    line = "Nhiều người chỉ biết hoa giấy đỏ, hoa giấy trắng và… “Hoa giấy ngũ sắc”"
    assert split_sentences(line) == (line,)
