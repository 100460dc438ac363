"""Round 109 of reading real pages (issue 21): a table in pipes with no rule under its header; a
list of facts under bare "-" bullets and the list after it; a page title and a part's heading over a
list; a contact block on top; a price list's last line; "Photo of author"; a download link; a
post's teaser cut at "[…]"; a reply's stamp in a board's archive; a motto framed in dashes; a
picture's text saying the headline's first words again under the first heading."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

LEAD = "Trường Nhật ngữ Hoa Anh ở Osaka nhận học viên Việt Nam từ năm hai nghìn không trăm linh một, lớp nhỏ."
BODY = "Học viên được xếp lớp theo bài kiểm tra đầu vào, mỗi lớp không quá hai mươi người, học buổi sáng hoặc chiều."
MORE = "Sau mỗi kỳ, nhà trường tổ chức thi chuyển cấp và gửi kết quả cho phụ huynh qua thư điện tử."


def test_a_table_in_pipes_without_a_rule_is_read_row_by_row() -> None:
    table = (
        "Kỳ nhập học | Thời gian học | Hạn nộp hồ sơ |\n"
        "Tháng 1 | 1 năm 3 tháng | Giữa tháng 9 năm trước |\n"
        "Tháng 4 | 2 năm | Giữa tháng 11 năm trước |\n"
    )
    spoken = spoken_text(article_of(f"Lịch nhập học\n\n{LEAD}\n\n{table}\n{BODY}\n"))
    assert "Tháng 1: Thời gian học 1 năm 3 tháng, Hạn nộp hồ sơ Giữa tháng 9 năm trước." in spoken
    assert "Tháng 4: Thời gian học 2 năm" in spoken


def test_items_under_bare_bullets_after_a_list_of_facts_are_read() -> None:
    facts = "\n".join(f"-\n{f}" for f in ("Tên trường: Hoa Anh", "Thành lập: 2001", "Ga gần nhất: Ga Namba: 500m"))
    items = "\n".join(
        f"-\n{i}"
        for i in (
            "Điểm khởi đầu: tốt nghiệp THPT trở lên và đủ năng lực tài chính cho việc học tại Nhật",
            "Yêu cầu tiếng Nhật tối thiểu N5 hoặc đã học trên 150 giờ để đủ điều kiện xin thị thực",
        )
    )
    heading = "Thông tin cơ bản về Trường Nhật ngữ Hoa Anh"
    page = f"{LEAD}\n{heading}\n{facts}\nĐiều kiện nhập học tại trường\n{items}\n{BODY}\n"
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline != heading
    assert "Điểm khởi đầu" in spoken and "Yêu cầu tiếng Nhật tối thiểu" in spoken


def test_a_page_title_and_a_heading_over_a_list_keep_the_title_and_no_item_leads() -> None:
    items = "\n\n".join(
        f"■ Khóa học lên cao {n}… nhập học tháng {m} (số giờ học {h} giờ)"
        for n, m, h in (("2 năm", 4, 1520), ("1 năm 9 tháng", 7, 1330), ("1 năm 6 tháng", 10, 1140))
    )
    page = f"Khóa học・Học phí\n\nKhóa học\n\n{items}\n\nCấp độ\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.headline == "Khóa học・Học phí" and article.lead is None
    assert spoken_sentences(page)[0] == "Khóa học, Học phí"


def test_a_contact_block_on_top_is_not_the_headline_and_a_price_lists_last_line_is_read() -> None:
    top = "Tel: 03-3966-8910\nFax: 03-3966-1836\nE-Mail: office@hoaanh.ac.jp\nURL: www.hoaanh.ac.jp\n"
    prices = "Học phí\nPhí tuyển sinh      20,000 yên (thu khi nộp đơn)\nTiền nhập học      60,000 yên (thu 1 lần)\n"
    article = article_of(f"{top}Tuyển sinh khóa mùa xuân\n\n{LEAD}\n\n{BODY}\n\n{prices}")
    spoken = spoken_text(article)
    assert article.headline == "Tuyển sinh khóa mùa xuân"
    assert "03-3966" not in spoken and "www" not in spoken
    assert "Phí tuyển sinh 20,000 yên" in spoken and "Tiền nhập học 60,000 yên" in spoken


def test_photo_of_author_a_download_link_and_a_related_link_are_not_read() -> None:
    page = (
        f"Lịch học cho người mới\n\nPhoto of author\n\n{LEAD}\n\n> Mẫu đơn xin nhập học vui lòng tải tại đây\n\n"
        f"{BODY}\nĐọc thêm Mẹo chọn trường tiếng Nhật ở Osaka uy tín, rẻ.\n{MORE}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.lead == LEAD
    assert "Photo of author" not in spoken and "tải tại đây" not in spoken and "Đọc thêm" not in spoken


def test_a_posts_teaser_cut_at_its_link_is_not_read_before_the_text() -> None:
    teaser = "Có lẽ ít người biết rằng học viên mới được xếp lớp theo bài kiểm tra, mỗi lớp không […]"
    article = article_of(f"Xếp lớp ở trường Hoa Anh\n\n{LEAD}   {teaser}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert "[…]" not in spoken_text(article) and "mỗi lớp không." not in spoken_text(article)


def test_a_replys_stamp_in_a_boards_archive_is_not_read_and_the_posts_dates_it() -> None:
    steps = "\n".join(f"{n}. Bước thứ {n}: ghi tên, nộp hồ sơ và chờ nhà trường gọi phỏng vấn" for n in range(1, 11))
    page = (
        f"View Full Version : Học tiếng Nhật\n\n\nminhtruc\n09-07-2006, 09:02 AM\n{LEAD}\n{steps}\n{BODY}\n\n"
        f"nguyenhoa\n09-07-2006, 02:30 PM\n{MORE}\n"
    )
    article = article_of(page)
    assert article.published == "2006-07-09T09:02" and "02:30" not in spoken_text(article)
    assert MORE in spoken_text(article)


def test_a_motto_framed_in_dashes_is_not_the_lead() -> None:
    page = (
        f"Hành động vì môi trường!\n\n--- Hãy bảo vệ môi trường\nBằng giải pháp KINH TẾ XANH ---\n\n{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    assert article.lead == LEAD and "KINH TẾ XANH" not in spoken_text(article)


def test_a_pictures_text_saying_the_headlines_first_words_under_the_first_heading_is_not_read() -> None:
    page = (
        f"4 Lịch học tiếng Nhật hiệu quả nhất cho người đi làm\n\nLịch học là gì?\n\n4 lịch học\n\n{LEAD}\n\n{BODY}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "4 lịch học" not in spoken and "Lịch học là gì?" in spoken


def test_marked_headings_over_a_page_without_a_title_are_its_headline_and_first_part() -> None:
    page = (
        "◆Mục tuyển sinh\n■Điều kiện nhập học\nĐã tốt nghiệp THPT hoặc sắp tốt nghiệp và có sức khỏe bình thường\n\n"
        f"■Thời gian nhập học\n{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "Mục tuyển sinh" and article.lead is None
