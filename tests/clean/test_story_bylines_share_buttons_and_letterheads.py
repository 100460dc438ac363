"""Round 137 of reading real pages (issue 21): a story's title over its date and a "kind. NAME" line; a writer's
name under the title over the date; a poster's label and a date run into share buttons; a dateline in brackets; a
breadcrumb's "Home", a forum rank "Fan Cứng", a "Xem chi tiết:" link line and a blog's name opening its post; a
two-column letterhead's pieces; a lead opening on words the title shares; a closing sentence without its stop;
a quote's first word on a line of its own."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Ngày hội đọc sách ở thư viện xã"
LEAD = "Sáng chủ nhật, thư viện xã tổ chức ngày hội đọc sách cho gần hai trăm em học sinh trong vùng lân cận."
BODY = "Các em được nghe kể chuyện, đổi sách cũ lấy sách mới và tham gia trò chơi ô chữ về những cuốn sách hay."
MORE = "Ban tổ chức trao phần thưởng cho mười em đọc nhiều sách nhất trong năm học vừa qua ở thư viện xã."


def test_a_storys_title_over_its_date_and_a_kind_then_name_line_heads_it() -> None:
    page = f"Gánh hàng rong\n\nThứ Bảy, 17/02/2018 00:53\n\nTruyện ngắn dự thi. NGUYỄN VĂN AN\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == "Gánh hàng rong" and article.byline == "Nguyễn Văn An"
    assert "dự thi" not in spoken_text(article)


def test_a_writers_name_under_the_title_over_the_date_is_the_byline() -> None:
    sapo = "Thư viện xã mở cửa từ sáng sớm. Các em đến rất đông"  # a story's teaser, its last words cut
    page = f"Sáng tác\n\n{TITLE}\n\nTrần Minh Khoa\nTruyện\n10:00 | 16/07/2024\n{sapo}\naa\n\n1.\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.byline == "Trần Minh Khoa" and "Trần Minh Khoa" not in spoken_text(article)


def test_a_posters_label_and_a_date_run_into_share_buttons_are_not_read() -> None:
    top = "Người đăng : thuvienxa\nNgày đăng: 2024-05-22 16:44:03\nmail facebook google pos stwis"
    article = article_of(f"{TITLE}\n\n{top}\n\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2024-05-22T16:44:03" and article.byline == "thuvienxa"
    spoken = spoken_text(article)
    assert "Người đăng" not in spoken and "facebook" not in spoken and "thuvienxa" not in spoken


def test_a_dateline_in_brackets_dates_the_page_and_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n[Hà Nội, ngày 21 tháng 9 năm 2025]\n\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2025-09-21" and article.lead == LEAD


def test_a_breadcrumbs_home_a_forum_rank_and_a_link_line_are_not_read() -> None:
    crumbs = f"  • Home\n  • {TITLE}\n\n{TITLE}"
    assert "Home" not in spoken_text(article_of(f"{crumbs}\n\n{LEAD}\n\n{BODY}\n"))
    ranked = article_of(f"{TITLE}\n\nPhạm Thu Trang\nFan Cứng\n\n{LEAD}\n\n{BODY}\n")
    assert "Fan Cứng" not in spoken_text(ranked)
    linked = article_of(f"{TITLE}\n\nXem chi tiết: Ngày hội đọc sách có gì cho các em nhỏ?\n\n{LEAD}\n\n{BODY}\n")
    assert "Xem chi tiết" not in spoken_text(linked) and linked.lead == LEAD


def test_a_blogs_name_opening_its_post_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nThuvienblogs {LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and article.outlet == "Thuvienblogs"


def test_a_two_column_letterheads_pieces_are_not_read() -> None:
    head = "\n".join(
        [
            "SỞ GDĐT TỈNH NAM HÀ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TRƯỜNG THPT LÊ LỢI",
            "Độc lập - Tự do - Hạnh phúc",
            "Số",
            "15/TB-LL Bình",
        ]
    )
    article = article_of(f"Thông báo nghỉ học\n{head}\n\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert "Hạnh phúc" not in spoken and "15/TB" not in spoken and article.lead == LEAD


def test_a_lead_opening_on_words_the_title_shares_keeps_them() -> None:
    lead = (
        "Thông báo khẩn tới Phụ huynh học sinh: các trường nghỉ học từ thứ hai, nhà trường sẽ thông báo lịch học lại "
        "để phụ huynh theo dõi."
    )
    article = article_of(f"Thông báo khẩn về việc nghỉ học\n\n{lead}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == lead


def test_a_closing_sentence_without_its_stop_is_read() -> None:
    closing = "Và cùng dâng lên mẹ bài ca “Lạy Nữ Vương” trong tiếng đàn"
    assert closing in spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{closing}\n"))


def test_a_quotes_first_word_on_a_line_of_its_own_joins_the_line_under_it() -> None:
    prayer = "“Lạy\nMẹ Maria, xin ban ơn bình an cho mọi gia đình trong giáo xứ chúng con hôm nay.”"
    said = spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{prayer}\n\n{BODY}\n")
    assert any(s.startswith("Lạy Mẹ Maria") for s in said)


def test_underscores_and_dashes_typed_for_bullets_are_not_read() -> None:
    notice = "Kính gửi phụ huynh: _ Các lớp nghỉ học từ thứ hai. _ Nhà trường báo lịch học bù...- - Đề nghị theo dõi."
    said = " ".join(spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{notice}\n\n{BODY}\n"))
    assert "_" not in said and "- -" not in said and "Các lớp nghỉ học" in said
