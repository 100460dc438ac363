"""Round 161 of reading real pages (issue 21): a thesis's cover page under its title; a summary said again as the
body's second paragraph; a document viewer's label over the title again, its page marks, its loading and preview
notices; a resort's booking buttons over its title; a category between the title and its copy; a thumbnail's name
under a glossary's title; a short title over a sentence in small letters; a spam page's keyword lines and a slot
game's name set in a copied sentence; a nurse's rank with its dot before a name."""

from __future__ import annotations

from audio_edition.text.sentences import split_sentences

from .pages import article_of, spoken_text

TITLE = "Nâng cao chất lượng dạy học môn Toán cho học sinh lớp năm ở trường tiểu học"
LEAD = "Trong năm học vừa qua, nhà trường đã triển khai nhiều biện pháp giúp học sinh yêu thích môn Toán hơn."
BODY = "Giáo viên tổ chức các trò chơi học tập và giao bài tập theo nhóm để các em cùng nhau giải quyết vấn đề."
MORE = "Kết quả cuối năm cho thấy tỉ lệ học sinh đạt điểm khá giỏi môn Toán tăng rõ rệt so với năm trước."


def test_a_thesis_cover_page_under_its_title_is_not_read() -> None:
    cover = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE\nTRƯỜNG ĐẠI HỌC SƯ PHẠM\nNGUYỄN THỊ LAN\n"
        "NÂNG CAO CHẤT LƯỢNG DẠY HỌC MÔN TOÁN\nCHO HỌC SINH LỚP NĂM Ở TRƯỜNG TIỂU HỌC\n"
        "LUẬN VĂN THẠC SĨ GIÁO DỤC HỌC\nBẾN TRE\nMỞ ĐẦU\n"
    )
    article = article_of(f"{TITLE}\n{cover}{LEAD}\n{BODY}\n")
    said = spoken_text(article)
    assert "LUẬN VĂN" not in said and "NGUYỄN THỊ LAN" not in said and article.lead == LEAD


def test_capital_headings_that_do_not_print_the_title_again_are_read() -> None:
    headings = "PHẦN MỘT\nCƠ SỞ LÝ LUẬN\nCÁC KHÁI NIỆM\nPHƯƠNG PHÁP DẠY HỌC\nTRÒ CHƠI HỌC TẬP\n"
    said = spoken_text(article_of(f"{TITLE}\n{LEAD}\n{headings}{BODY}\n"))
    assert "CƠ SỞ LÝ LUẬN" in said and BODY in said


def test_a_summary_said_again_as_the_second_paragraph_is_read_once() -> None:
    repeated = f"{LEAD} Cụ thể như sau:"
    article = article_of(f"{TITLE}\n{LEAD}\n\n{BODY}\n{repeated}\n{MORE}\n")
    said = spoken_text(article)
    assert said.count("triển khai nhiều biện pháp") == 1 and "Cụ thể như sau" in said and MORE in said


def test_a_document_viewers_label_over_the_title_again_and_its_page_marks_are_not_read() -> None:
    page = f"1. 3 PHẦN I: ĐẶT VẤN ĐỀ {LEAD} {BODY}"
    article = article_of(f"{TITLE}\n\nNội dung tài liệu: {TITLE}\n\n{page}\n\n{MORE}\n")
    said = spoken_text(article)
    assert "Nội dung tài liệu" not in said and "một. ba" not in said and said.count("chất lượng dạy học") == 1


def test_a_document_viewers_loading_and_preview_notices_are_not_read() -> None:
    notices = "Đang tải... (xem toàn văn)\n\nTài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống\n\n"
    article = article_of(f"{TITLE}\n\n{notices}Thông tin tài liệu\n\n{LEAD}\n\n{BODY}\n")
    said = spoken_text(article)
    assert "Đang tải" not in said and "hạn chế" not in said and "Thông tin tài liệu" not in said
    assert article.lead == LEAD


def test_booking_buttons_over_the_title_are_neither_headline_nor_byline() -> None:
    policy = "Chính sách đặt phòng của khu nghỉ dưỡng"
    form = (
        "SIGN UP FOR UPDATES AND PROMOTIONS\n\n  • This field is for validation purposes and should be left unchanged."
    )
    article = article_of(f"{form}\n\nĐẶT PHÒNG\n\nĐẶT BÀN\n\n{policy}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == policy and article.byline is None


def test_a_category_between_the_title_and_its_copy_is_not_read() -> None:
    article = article_of(f"{TITLE}\nGiáo dục tiểu học\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert article.category == "Giáo dục tiểu học" and "Giáo dục tiểu học" not in spoken_text(article)
    assert article.lead == LEAD


def test_a_writer_between_the_title_and_its_copy_is_no_category() -> None:
    article = article_of(f"{TITLE}\nby Lan Pham\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert article.category != "by Lan Pham"


def test_a_thumbnails_name_under_a_short_title_leaves_the_title_the_headline() -> None:
    definition = "Một phần lợi nhuận sau thuế được chia cho các cổ đông của công ty. Cổ tức có thể trả bằng tiền."
    article = article_of(f"Cổ tức\nThumbnail   Kien Thuc Co Phieu 04\n\n{definition}\n")
    assert article.headline == "Cổ tức" and article.category is None


def test_a_short_title_over_a_sentence_in_small_letters_stays_apart() -> None:
    sentence = "sáng ngày 27/4 các đoàn viên tập trung về hội trường huyện để dự lễ phát động."
    article = article_of(f"Hưởng ứng tháng công nhân\n{sentence}\n")
    assert article.headline == "Hưởng ứng tháng công nhân"


def test_a_spam_pages_keyword_lines_do_not_stop_the_article() -> None:
    salad = (
        "wp theme thiết kế robot kỹdi nghệ robot toán bị vở liệublockchain biến thiết blockchain tuệdữ động nghệ "
        "dụng toán dữjun 88 pizzaứng ứng internet mềmvivo slot dang nhap code king m8833win fshare coderio66 web "
        "ket qua nethylu hack wifi opennet socolive ddxsmn77win9 hellasee88 xem ngay"
    )
    article = article_of(f"953000₫\n{salad}\n{salad}\n{LEAD} {BODY}\n{MORE}\n")
    assert "blockchain" not in spoken_text(article) and MORE in spoken_text(article)


def test_a_nurses_rank_with_its_dot_starts_no_sentence() -> None:
    text = "Dự có ThS. Hà Kim Phượng, Bộ Y tế; ĐDCKI. Phan Văn Chương, Phó Chủ tịch Hội. Câu sau."
    assert split_sentences(text)[0].endswith("Phó Chủ tịch Hội.")


def test_a_slot_games_name_set_inside_a_copied_sentence_is_not_read() -> None:
    lead = "Sáng 15/10, Hội nghị khoa học điều dưỡng Siêu nổ hũ lần thứ III đã khai mạc tại hội trường bệnh viện."
    said = spoken_text(article_of(f"{TITLE}\n{lead}\n{BODY}\n"))
    assert "nổ hũ" not in said and "điều dưỡng lần thứ III" in said


def test_a_long_line_in_small_letters_without_stops_is_read_not_taken_for_keywords() -> None:
    words = "thành phố đã hoàn thành dự án cải tạo đường giao thông nông thôn mới cho người dân trong xã".split()
    line = " ".join(words * 3)
    assert line in spoken_text(article_of(f"{TITLE}\n{LEAD}\n{line}\n"))
