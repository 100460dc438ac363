"""Round 184 of reading real pages (issue 21): schools, parishes, a border guards' paper, pet clinics, a course site.
A paper's hotline row with the day's date glued on, its name before the lead's day, a wrapped sentence's short last
line, WordPress's caption code, a school site's trail run together, a tag page's label, a verse quoted under a title,
a spreadsheet lesson's code boxes and its pager, "see" before a reference to the Bible and two stops glued to the next
sentence are read as the page means them, or not read. Round 185 (youth unions' congresses): a title at a line's end
goes on with the name under it."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

BODY = "Các em đội viên mới đọc lời hứa trước cờ Đội, rồi cùng thầy cô chụp ảnh lưu niệm dưới sân trường đầy nắng."
MORE = "Sau buổi lễ, liên đội tổ chức trò chơi dân gian và văn nghệ cho học sinh các khối lớp cùng tham gia."


def test_a_hotline_row_with_the_days_date_glued_on_is_not_the_headline() -> None:
    title = "Đồn Biên phòng tuyên truyền chống khai thác hải sản trái phép cho ngư dân"
    page = f"Đường dây nóng: 0912345678 - 0987654321 - 0911222333Thứ hai, 12/05/2025 08:10 GMT+7\n\n{title}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and "Đường dây nóng" not in spoken_text(article)


def test_a_papers_name_in_words_before_the_leads_day_is_not_read() -> None:
    lead = "Biên phòng - Chiều 14-3, tại Đồn Biên phòng Cửa Việt, cán bộ đồn gặp gỡ hơn 80 chủ tàu cá của xã."
    article = article_of(f"Đồn Biên phòng gặp gỡ chủ tàu cá trước mùa biển\n\n{lead}\n\n{BODY}\n")
    assert article.outlet == "Biên phòng"
    assert article.lead is not None and article.lead.startswith("Chiều 14-3")


def test_a_wrapped_sentences_short_last_line_opening_on_a_name_goes_on() -> None:
    page = (
        "Lễ kết nạp Đoàn\n\nNhân dịp kỷ niệm ngày thành lập Đoàn, nhà trường đã phối hợp\n"
        "cùng chi đoàn giáo viên tổ chức lễ kết nạp cho các em\n"
        "học sinh khối chín, những em đã phấn đấu trong suốt\n"
        "năm học, tại khu di tích lịch sử đình làng\n"
        "Phú Lâm – Đồng Nai.\n"
    )
    said = spoken_sentences(page)
    assert not any(s.startswith("Phú Lâm") for s in said)
    assert any(s.endswith("đình làng Phú Lâm – Đồng Nai.") for s in said)


def test_wordpress_caption_code_and_its_caption_are_not_read() -> None:
    lead = "Ngày 2.4, Ủy ban Mặt trận xã tổ chức trao nhà Đại đoàn kết cho một hộ nghèo ở ấp Bàu Sen của xã."
    caption = '[caption id="attachment_10" width="600"]Căn nhà mới rộng 40m2, trị giá 60 triệu đồng.'
    article = article_of(f"Trao nhà Đại đoàn kết cho hộ nghèo\n\n{lead}\n{caption}\n{BODY}\n")
    said = spoken_text(article)
    assert "caption" not in said and "width" not in said and "Căn nhà mới" not in said
    assert article.lead == lead


def test_a_section_in_capitals_run_into_its_subsection_under_the_title_is_not_read() -> None:
    lead = "Sáng ngày 10 tháng 10 năm 2025, nhà trường long trọng khai mạc hội thi văn nghệ chào mừng ngày Phụ nữ."
    title = "TRƯỜNG TIỂU HỌC AN BÌNH KHAI MẠC HỘI THI VĂN NGHỆ"
    article = article_of(f"{title}\n\nTIN TỨC SỰ KIỆN Hoạt động chung\n\n{lead}\n\n{BODY}\n")
    assert "Hoạt động chung" not in spoken_text(article) and article.lead == lead


def test_a_tag_pages_label_over_a_title_saying_it_again_is_the_category() -> None:
    title = "Triển khai nghiêm Thông tư 15 về đăng kiểm tàu cá trên địa bàn tỉnh"
    lead = "Dù đã được nhắc nhở nhiều lần, một số chủ tàu vẫn chưa lắp thiết bị giám sát hành trình theo quy định."
    article = article_of(f"Thông tư 15\n\n{title}\n\n{lead}\n")
    assert article.headline == title and article.category == "Thông tư 15" and article.lead == lead


def test_a_verse_quoted_under_the_title_opens_the_lead() -> None:
    lead = "Lúc 8 giờ 30, giáo xứ đã long trọng cử hành thánh lễ tạ ơn mừng kỷ niệm 100 năm thành lập giáo xứ."
    page = f"Giáo xứ Phú Hòa: Thánh lễ tạ ơn\n\n“Hãy cảm tạ Chúa vì Chúa nhân từ” (Tv 118)\n\n{lead}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == f"“Hãy cảm tạ Chúa vì Chúa nhân từ” (Tv 118). {lead}"
    verse = "“Trông lên trời thẳm mênh mông, Nhớ ơn cha mẹ như dòng sông xa...”"
    quoted = article_of(f"Giáo xứ Phú Hòa: Thánh lễ tạ ơn\n\n{verse}\n\n{lead}\n\n{BODY}\n")
    assert quoted.lead == f"{verse} {lead}"
    assert "Thánh vịnh một trăm mười tám" in " ".join(spoken_sentences(page))


def test_a_code_boxs_numbered_lines_are_not_read() -> None:
    page = (
        "Hàm đếm trong bảng tính\n\nHàm đếm giúp bạn biết có bao nhiêu ô thỏa một điều kiện trong bảng dữ liệu.\n\n"
        'excel\n1=COUNT(A1:A50) # Đếm số\n2=COUNTIF(B:B, ">10") # Đếm có điều kiện\n3\n4=COUNTA(A1:A50) # Đếm ô\n\n'
        f"{BODY}\n"
    )
    said = spoken_text(article_of(page))
    assert "COUNT" not in said and "Đếm có điều kiện" not in said and BODY in said


def test_a_courses_pager_and_tab_over_a_lesson_are_not_read() -> None:
    page = "Bài tập\nBài 3/5\n\nHàm tra cứu trong bảng tính\n\nHàm tra cứu tìm một giá trị trong cột đầu của bảng.\n\n"
    article = article_of(page + f"{BODY}\n")
    assert article.headline == "Hàm tra cứu trong bảng tính" and "Bài ba trên năm" not in spoken_text(article)


def test_see_before_a_reference_to_the_bible_is_one_sentence_with_it() -> None:
    text = "Các Tông Đồ chọn bảy người để phục vụ bàn ăn (x. Cv 6, 1-7). Việc ấy giúp các ngài chuyên lo cầu nguyện."
    said = spoken_sentences(f"Nguồn gốc chức phó tế\n\n{text} {BODY}\n")
    assert any("xem Công vụ Tông đồ chương sáu, câu một đến bảy" in s for s in said)
    assert not any(s.startswith("Cv") for s in said)


def test_two_stops_glued_to_the_next_sentence_end_it() -> None:
    text = "Bạn có thể đi bằng xe khách, tàu hỏa, taxi,..Trong bài này chúng tôi giới thiệu từng cách đi cụ thể."
    said = spoken_sentences(f"Cách đi từ Hà Nội lên Sa Pa\n\n{text} {MORE}\n")
    assert any(s.endswith("tàu hỏa, taxi.") for s in said)
    assert any(s.startswith("Trong bài này") for s in said)


def test_a_table_whose_cells_were_glued_is_not_read() -> None:
    page = (
        "Địa chỉ ô trong bảng tính\n\nMỗi ô trong bảng tính có một địa chỉ gồm tên cột và số hàng của nó.\n\n"
        "KindSampleResult\nRelativeB2Moves when copied\nAbsoluteBB2Stays put\n\n"
        f"{BODY}\n"
    )
    said = spoken_text(article_of(page))
    assert "KindSampleResult" not in said and "Moves when copied" not in said and BODY in said


def test_a_title_at_a_lines_end_goes_on_with_the_name_under_it() -> None:
    page = (
        "Đại hội Liên đội năm học mới\n\nNgày 10 tháng 10, Liên đội tổ chức Đại hội nhiệm kỳ mới. Tham dự có anh\n"
        "Trần Văn Bình – Phó Bí thư đoàn xã, Chủ tịch Hội đồng đội xã; cô\n"
        "Lê Thị Hoa – Hiệu trưởng nhà trường cùng các thầy cô chủ nhiệm.\n"
    )
    said = spoken_sentences(page)
    assert any("có anh Trần Văn Bình" in s and "cô Lê Thị Hoa" in s for s in said)
    assert not any(s.startswith("Trần Văn Bình") for s in said)
