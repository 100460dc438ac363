"""Round 144 of reading real pages (issue 21): a XenForo thread's notice, readers' count, badge and
emoticons; a phpBB topic's cards on one line each and its board's description; a vBulletin post's
"last edited" note; a page's view count in English, a site header's menu after its clock; a
breadcrumb's bare arrow and a gallery's counter; a template's "Smiley face"; a planted property link;
a festival's day under its heading; a speech's greeting."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Hành trình chinh phục đỉnh núi mùa đông"
LEAD = "Chúng tôi xuất phát từ thị trấn lúc sáu giờ sáng, khi sương mù còn phủ kín cả thung lũng phía dưới."
BODY = "Đường lên đỉnh dốc và trơn, cả đoàn phải dừng lại nghỉ nhiều lần trước khi tới được lán trại đầu tiên."


def test_a_xenforo_threads_notice_readers_and_members_card_are_not_read() -> None:
    page = (
        "1. Tuyển người quản lý diễn đàn. Các thành viên xem chi tiết tại đây\n\n"
        f"{TITLE}\n\nChủ đề trong 'Hồi ức về các chuyến đi' bởi langdu, 18/09/2011.\n\n"
        "  1. 2 người đang xem box này (Thành viên: 1, Khách: 1)\n  1. langdu\n\n"
        "    langdu Administrator - Người giữ nhà Staff Member\n\n"
        "    Tham gia ngày:\n    05/03/2007\n    Bài viết:\n    12.345\n    Đã được thích:\n    1.234\n"
        f"    {LEAD}\n\n    {BODY}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == TITLE and article.lead == LEAD
    assert not any(w in spoken for w in ("Tuyển người", "Chủ đề trong", "đang xem box", "Staff", "Tham gia", "12.345"))


def test_typed_emoticons_are_not_read_and_one_before_a_capital_ends_its_sentence() -> None:
    body = "Cả đoàn đến muộn như thường lệ :-ss sát giờ mới đủ :-w Đây là bệnh khó chữa của nhóm =)) [r23)]"
    sentences = spoken_sentences(f"{TITLE}\n\n{LEAD} ^:)^\n\n{body}\n")
    assert not any(mark in s for s in sentences for mark in ("ss", "-w", "bằng", "e rờ", "^"))
    assert any(s.startswith("Đây là bệnh khó chữa của nhóm") for s in sentences)


def test_a_link_to_another_thread_ending_in_click_here_is_not_read() -> None:
    link = "Hướng dẫn chi tiết những điều cần biết khi leo núi (Thông tin mới nhất 1/1/2011) (Click Here) :-bd"
    assert "Hướng dẫn chi tiết" not in spoken_text(article_of(f"{TITLE}\n\n{link}\n\n{LEAD}\n\n{BODY}\n"))


def test_a_vbulletin_posts_last_edited_note_is_not_read() -> None:
    post = f"{BODY} 04/09/2010 Thu Phong Lần sửa cuối bởi Thu Phong; 06-09-10 lúc 02:14 AM |"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{post}\n"))
    assert "Lần sửa cuối" not in spoken and BODY in spoken


def test_a_phpbb_topics_one_line_cards_board_description_and_footer_are_not_read() -> None:
    card = "leonui2010\nNgũ đẳng\nBài viết: 2263\nTham gia: 08:59, 17/12/10\n\nTL: " + TITLE + "\n\n"
    page = (
        f"{TITLE}\n\nChia sẻ thơ ca, nhạc họa, các trải nghiệm của cuộc sống\n{card}{LEAD}\n"
        f"Tập tin đính kèm\nDSCN0201.JPG\nĐầu trang\n\n{card}{BODY}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == TITLE and article.lead == LEAD
    assert not any(w in spoken for w in ("Chia sẻ thơ ca", "Bài viết", "Tham gia", "Tập tin", "Đầu trang"))


def test_a_view_count_in_english_is_not_read() -> None:
    spoken = spoken_text(article_of(f"{TITLE}\n\nViewed: 38,912\n\n{LEAD}\n\n{BODY}\n"))
    assert "Viewed" not in spoken


def test_a_site_headers_date_with_its_menu_is_not_the_headline() -> None:
    page = f"Chủ nhật 06/10/2024 02:42 24h qua English RSS\nTrang chủ / Văn hóa /\n\n{TITLE}\n\n14:36 | 07/07/2024\n\n"
    article = article_of(f"{page}{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "RSS" not in spoken_text(article)
    assert article.published == "2024-07-07T14:36"


def test_a_breadcrumbs_arrow_and_a_gallerys_counter_leave_the_title_the_headline() -> None:
    name = "Hoa lan Sala thơm"
    blurb = "Hoa lan sala thơm là loại hoa có mùi thơm nhẹ nhàng rất dễ chịu, càng nắng hoa càng thơm hơn."
    article = article_of(f">>\n{name}\n{blurb}\n1/2\n{name}\n{LEAD}\n{BODY}\n")
    assert article.headline == name and article.lead == blurb
    assert "1/2" not in spoken_text(article)


def test_a_templates_smiley_face_and_the_caption_under_it_are_not_read() -> None:
    steps = f"Cài đặt mã pin\n\n • {LEAD}\n • Smiley face\n  Tạo lại mã pin\nLưu ý:\n{BODY}\n"
    article = article_of(f"Bảo Mật Và An Ninh\n\n{steps}")
    spoken = spoken_text(article)
    assert "Smiley" not in spoken and "Tạo lại mã pin" not in spoken and "Lưu ý" in spoken


def test_a_planted_property_link_is_not_read_but_a_project_the_story_names_is() -> None:
    planted = article_of(f"{TITLE}\n\n{LEAD}\n\nChung cư vinhomes d capitale\n\n{BODY}\n")
    assert "Chung cư" not in spoken_text(planted)
    story = "Dự án Eco Green Tower có ba tòa tháp, bàn giao cho khách hàng từ cuối năm nay."
    named = article_of(f"Thị trường căn hộ phía tây\n\n{story}\n\nChung cư Eco Green Tower\n\n{BODY}\n")
    assert "Chung cư Eco Green Tower" in spoken_text(named)


def test_a_festivals_day_under_its_heading_in_capitals_is_read() -> None:
    part = "Phường Đồng Nhân mở lễ hội kỷ niệm cuộc khởi nghĩa của Hai Bà Trưng, lễ hội lớn nhất trong năm."
    page = f"Đại cương về lễ hội\n\n{LEAD}\n\n1LỄ HỘI HAI BÀ TRƯNG\n\n      mùng 5-2 âm lịch\n\n{part}\n"
    assert any("mùng năm tháng hai âm lịch" in s for s in spoken_sentences(page))


def test_a_speechs_greeting_opens_its_body_never_its_lead() -> None:
    page = f"Phát biểu tại hội nghị tổng kết năm\n\nThưa các vị đại biểu, các vị khách quý,\n\n{BODY}\n\n{LEAD}\n"
    article = article_of(page)
    assert article.lead is None
    assert article.sections[0].paragraphs[0] == "Thưa các vị đại biểu, các vị khách quý,"
