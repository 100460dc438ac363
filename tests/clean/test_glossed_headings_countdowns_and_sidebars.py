"""Round 151 of reading real pages (issue 21): a heading glossed in English in brackets, a numbered step's
heading that says "Đánh giá:", a dotted "TX." inside a sentence, ..."""

from __future__ import annotations

from audio_edition.text.sentences import split_sentences

from .pages import article_of, spoken_text

TITLE = "Trình tự tuyển dụng của công ty năm nay"
LEAD = "Trước khi nộp hồ sơ thi tuyển, ứng viên vui lòng tham khảo trình tự tuyển dụng của công ty chúng tôi."
BODY = "Sau khi vượt qua vòng một, bạn sẽ được phỏng vấn chuyên sâu với các lãnh đạo hay quản lý của công ty."
MORE = "Ứng viên vượt qua vòng hai sẽ được mời ký hợp đồng thử việc trong thời hạn hai tháng kể từ ngày nhận việc."


def test_a_heading_glossed_in_english_in_brackets_heads_its_part_read_without_its_translation() -> None:
    page = f"{TITLE}\n{LEAD}\n{MORE}\n\n \n\nVòng 2 – Phỏng vấn (Round 2 – Interview)\n\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert "Vòng 2 – Phỏng vấn" in [s.title for s in article.sections] and "Interview" not in spoken_text(article)


def test_an_acronyms_expansion_or_a_writers_name_in_brackets_is_read() -> None:
    for heading in ("2. Đầu ghi hình NVR (Network Video Recorder)", "1. Dấn thân, cuốn sách số 1 (Sheryl Sandberg)"):
        page = f"{TITLE}\n{LEAD}\n\n{heading}\n\n{BODY}\n{MORE}\n"
        assert heading in spoken_text(article_of(page))


def test_a_numbered_steps_heading_that_says_danh_gia_is_no_count_of_reviews() -> None:
    page = f"{TITLE}\n\n3. Mời phỏng vấn:\n\n{BODY}\n\n4. Đánh giá:\n\n{MORE}\n"
    assert "4. Đánh giá:" in spoken_text(article_of(page))


def test_a_dotted_abbreviation_for_a_town_ends_no_sentence() -> None:
    said = split_sentences("Bệnh xuất hiện ở huyện Tân Phước và TX. Cai Lậy. Trong 50 mẫu rầy thì khác.")
    assert said == ("Bệnh xuất hiện ở huyện Tân Phước và TX. Cai Lậy.", "Trong 50 mẫu rầy thì khác.")


def test_an_event_pages_countdown_is_not_read() -> None:
    clock = "0\n\nNgày\n\n0\n\nGiờ\n\n0\n\nPhút\n\n0\n\nGiây\n\n"
    article = article_of(f"{TITLE}\n\n{clock}{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Phút" not in spoken_text(article)


def test_a_conference_title_in_capitals_is_no_letterhead() -> None:
    page = f"HỘI THẢO KHOA HỌC QUỐC GIA NĂM 2026\n\nTrường Đại học Tiền Giang, Xã Châu Thành\n\n{LEAD}\n\n{BODY}\n"
    assert article_of(page).headline == "HỘI THẢO KHOA HỌC QUỐC GIA NĂM 2026"


def test_a_title_its_date_and_the_pages_tools_run_into_the_lead_are_parted() -> None:
    first = (
        "Thôn Dương Hòa tổ chức đêm văn nghệ chào mừng Quốc khánh 30/08/2024 | 11:06 AM 4 In Gửi Email Phóng to "
        f"Thu nhỏ Tương phản Đọc bài viết {LEAD}"
    )
    article = article_of(f"{first}\n\n{BODY}\n")
    assert article.headline == "Thôn Dương Hòa tổ chức đêm văn nghệ chào mừng Quốc khánh"
    assert article.lead == LEAD and article.published == "2024-08-30"


def test_a_title_printed_twice_on_one_line_is_the_headline_read_once() -> None:
    title = "Để nếp sống văn hóa ''ăn sâu, bén rễ''"
    article = article_of(f"Hà Nội, ngày 29-07-2021\n{title} {title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title and article.lead == LEAD


def test_a_dateline_with_the_place_the_day_and_the_site_opening_the_lead_is_not_read() -> None:
    lead = "Bùi Chu, 27/07/2018 (gpbuichu.org) – Vào ngày 22 tháng 07 vừa qua, Đức Tổng Giám mục đã ra Thư mời."
    article = article_of(f"{TITLE}\n\n{lead}\n\n{BODY}\n")
    assert article.lead == "Vào ngày 22 tháng 07 vừa qua, Đức Tổng Giám mục đã ra Thư mời."


def test_a_pictures_text_typed_without_marks_glued_to_a_paragraph_is_not_read() -> None:
    glued = "thanh dia la vangTheo đó, Trung tâm Hành hương cũng tổ chức kỳ hành hương thường niên vào tháng Tám."
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{glued}\n\n{BODY}\n"))
    assert "thanh dia" not in text and "Theo đó, Trung tâm Hành hương" in text


def test_a_sites_sidebar_counters_and_copyright_under_the_article_are_not_read() -> None:
    footer = (
        "***+***\nxkta\nlpv\n***+***\nra khoi\nLIÊN KẾT\n11.jpg 8.jpg\nPAGE FACEBOOK\nTHỐNG KÊ\n"
        "  • Đang truy cập58\n  • Hôm nay36,059\nCopyright © 2022 thuộc về Tòa Giám Mục Bùi Chu\n"
        "   Phụ trách: Ban Truyền Thông Giáo Phận Bùi Chu\n"
    )
    text = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{footer}"))
    assert text.endswith(MORE)


def test_a_parts_heading_sharing_one_common_pair_with_the_opening_paragraph_is_no_headline() -> None:
    opening = (
        "Ngày 12/3/2025, Trường Đại học Nông Lâm đã tổ chức hội nghị khoa học sinh viên lần thứ chín. "
        "Đây là dịp để sinh viên các khoa trình bày đề tài của mình."
    )
    heading = "Gắn kết nghiên cứu khoa học với sản xuất"
    article = article_of(f"{opening}\n{heading}\n{BODY}\n{MORE}\n")
    assert article.headline != heading and heading in [s.title for s in article.sections]
    # a headline saying the summary's subject again (two pairs of its words) is still the headline
    summary = "Người trồng cà phê ở nhiều tỉnh Tây Nguyên đang có lãi lớn nhờ giá cà phê tăng mạnh trong tháng này."
    swapped = article_of(f"{summary}\nGiá cà phê tăng mạnh, người trồng có lãi\n{BODY}\n{MORE}\n")
    assert (swapped.headline, swapped.lead) == ("Giá cà phê tăng mạnh, người trồng có lãi", summary)


def test_a_feasts_other_names_after_hay_con_goi_open_the_lead_whole() -> None:
    lead = (
        "Tết Đoan ngọ hay còn gọi Tết diệt sâu bọ rơi vào mùng 5 tháng 5 Âm lịch, ngày tết các bé chờ đón "
        "để cùng vui Tết Đoan ngọ bên thầy cô."
    )
    games = "Các bé được ăn bánh tro và chơi trò chơi dân gian."
    page = f"Vui Tết Đoan ngọ cùng các bé lớp chồi\n{lead}\n{games}\n{MORE}\n"
    assert article_of(page).lead == lead


def test_the_day_under_an_events_time_label_is_read_and_is_not_the_pages_date() -> None:
    fields = "Địa điểm\n\nHội trường A, Nhà điều hành\n\nThời gian\n\nThứ Bảy\nNgày 20 tháng 6 năm 2026"
    page = f"{TITLE}\n\n{LEAD}\n\n{fields}\n\n{BODY}\n"
    article = article_of(page)
    assert "Ngày 20 tháng 6 năm 2026" in spoken_text(article) and "Thứ Bảy" in spoken_text(article)
    assert article.published is None and article.byline is None


def test_a_title_set_over_three_lines_in_capitals_is_one_headline() -> None:
    lines = ["HỘI NGHỊ KHOA HỌC TRẺ TOÀN QUỐC NĂM 2026", "NÔNG NGHIỆP XANH VÀ BỀN VỮNG", "TRONG THỜI ĐẠI SỐ HÓA"]
    article = article_of("\n".join(lines) + f"\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == " ".join(lines) and article.lead == LEAD
    menu = "TRANG CHỦ\nGIỚI THIỆU\nTIN TỨC\n"  # a menu in capitals: short lines, never a title
    assert "TRANG CHỦ GIỚI THIỆU" not in (article_of(f"{menu}{TITLE}\n\n{LEAD}\n\n{BODY}\n").headline or "")
