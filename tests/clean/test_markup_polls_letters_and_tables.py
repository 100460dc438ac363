"""Round 138 of reading real pages (issue 21): Word's markup printed as text; a poem's refrain; a notice box,
a poll, a visit counter and buttons over the story; a writer "(t/h)" and a weekday's date; a letter's header
from letterhead to addressees; a shop's address; paper tags in a list of stories; charts' labels; a broker's
name in brackets; a quoted definition; an epigraph's author; a flattened table; flattened blocks; a title over
a scrape with a word on each line."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

TITLE = "Hội chợ nông sản mùa xuân ở huyện miền núi"
LEAD = "Sáng thứ bảy, huyện mở hội chợ nông sản với gần một trăm gian hàng của các hợp tác xã trong vùng."
BODY = "Người dân mang đến mật ong, chè búp, măng khô và gạo nếp nương để giới thiệu với khách từ xa tới."
MORE = "Ban tổ chức cho biết hội chợ sẽ kéo dài ba ngày và có thêm phiên đấu giá nông sản vào chiều chủ nhật."


def test_words_own_markup_printed_in_a_scrape_is_not_read() -> None:
    span = '<SPAN style="FONT-SIZE: 10pt">'
    marked = (
        f'<P style="MARGIN: 0cm"><B>{span}1/ Đặc điểm chung:</SPAN></B>'
        '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><o:p></o:p></P> '
        f'<P style="TEXT-INDENT: 28pt">{span}{BODY}<o:p></o:p></SPAN></P>'
    )
    spoken = " ".join(spoken_sentences(f"{TITLE}\n\n{LEAD} {marked}\n"))
    assert "namespace" not in spoken and "o: p" not in spoken and "SPAN" not in spoken
    assert "Đặc điểm chung" in spoken and "măng khô" in spoken


def test_a_poems_refrain_said_again_opening_the_next_stanza_is_read_twice() -> None:
    stanza_one = "Gió xuân thổi khắp đồi chè\nCon đường đất đỏ đón người về thăm\nMùa vui rộn rã quanh năm."
    stanza_two = "Mùa vui rộn rã quanh năm\nTiếng cười con trẻ xa gần vang lên\nBếp hồng ấm lửa bên thềm"
    poem = f"{stanza_one}\n\n{stanza_two}\nNhà nhà đón Tết bình yên."
    article = article_of(f"Bài thơ mừng xuân của hội viên\n\n{LEAD}\n\n{poem}\n")
    assert spoken_text(article).count("Mùa vui rộn rã quanh năm") == 2
    assert chapter_titles(f"Bài thơ mừng xuân của hội viên\n\n{LEAD}\n\n{poem}\n") == []


def test_a_notice_box_over_the_storys_dated_title_is_not_read() -> None:
    box = "THÔNG BÁO\n\nMột năm mới đã đến với nhiều niềm vui. Câu lạc bộ kính chúc hội viên sức khỏe và hạnh phúc."
    article = article_of(f"{box}\n\n{TITLE}\n18-02-2024\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.published == "2024-02-18"
    assert "kính chúc" not in spoken_text(article)


def test_a_poll_a_visit_counter_buttons_and_a_lists_flag_over_the_story_are_not_read() -> None:
    top = "Thăm dò ý kiến\n  • Bạn thấy trang tin này thế nào ?   Rất hay\n      Bình thường\n      Chưa hay\n"
    top += "TỔNG SỐ LƯỢT TRUY CẬP\n Bản in     Gởi bài viết  \nHỘI CHỢ XUÂN 2024 Tin có hình\n"
    article = article_of(f"{top}{LEAD}\n\n{BODY}\n")
    assert article.headline == "HỘI CHỢ XUÂN 2024" and article.category is None
    spoken = spoken_text(article)
    assert "Bình thường" not in spoken and "TRUY CẬP" not in spoken and "Bản in" not in spoken


def test_a_writer_marked_as_compiling_over_a_weekdays_date_is_the_byline() -> None:
    article = article_of(f"{TITLE}\n\nMinh Thư (t/h) - Thứ tư, ngày 12/03/2025 08:30 GMT+7\n\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Minh Thư" and article.published == "2025-03-12T08:30"
    assert article.lead == LEAD and "GMT" not in spoken_text(article)


def test_a_letters_header_from_letterhead_to_addressees_is_not_read() -> None:
    header = "\n\n".join(
        [
            "HỘI NÔNG DÂN HUYỆN MINH LONG",
            "VĂN PHÒNG HỘI",
            "Số: 12.03/2024/CV-HND",
            "V/v Góp ý cho kế hoạch tổ chức hội chợ nông sản mùa xuân",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập – Tự do – Hạnh phúc",
            "——–o0o———",
            "Minh Long, ngày 12 tháng 3 năm 2024",
            "Kính gửi:",
            "– BAN TỔ CHỨC HỘI CHỢ",
            "– CÁC HỢP TÁC XÃ THÀNH VIÊN",
        ]
    )
    article = article_of(f"Góp ý kế hoạch hội chợ nông sản mùa xuân\n\n{header}\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD
    spoken = spoken_text(article)
    assert "VĂN PHÒNG" not in spoken and "o0o" not in spoken and "BAN TỔ CHỨC" not in spoken


def test_a_shops_address_and_the_papers_tags_in_a_list_of_stories_are_not_read() -> None:
    summary = "Ở xã vùng cao, mùa thu hoạch chè búp năm nay cho năng suất cao hơn hẳn mọi năm trước."
    page = "Tin tức\n\nĐịa chỉ: Số 5, thôn Đông, xã Minh Long\nEmail: cuahang@example.com\n"
    page += f"Báo Miền Núi (BMN) {summary} {BODY}\n(QT) - {MORE}\n"
    spoken = " ".join(spoken_sentences(page))
    assert "Địa chỉ" not in spoken and "Miền Núi" not in spoken and "quy tê" not in spoken
    assert "đấu giá nông sản" in spoken


def test_charts_labels_over_nothing_are_not_read_and_the_last_heads_the_text() -> None:
    article = article_of(f"{TITLE}\n\nĐồ thị tuần:\nVN30:\nĐiểm nhấn:\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert "Đồ thị" not in spoken and "VN30" not in spoken and "Điểm nhấn" in spoken


def test_a_brokers_name_in_brackets_over_its_quoted_view_is_read() -> None:
    view = '"Chỉ số sẽ còn dao động quanh ngưỡng kháng cự trong vài phiên tới trước khi chọn xu hướng mới."'
    broker = "(Công ty Cổ phần Chứng khoán Miền Núi – MNS)"
    page = f"{TITLE}\n\n{LEAD}\n\nChỉ số có thể sớm vượt ngưỡng kháng cự\n\n{broker}\n\n{view}\n"
    assert "Chứng khoán Miền Núi" in spoken_text(article_of(page))


def test_a_quoted_definition_on_its_own_line_is_read() -> None:
    definition = "“Biểu đồ giá là đường nối giá đóng cửa của cổ phiếu qua từng phiên giao dịch”"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\nTrước hết cần hiểu nó là gì:\n\n{definition}\n\n{BODY}\n")
    assert "đường nối giá đóng cửa" in spoken_text(article)


def test_an_epigraphs_author_closes_its_quotation_and_heads_no_chapter() -> None:
    epigraph = '"Đất không phụ người chăm. Ai gieo hạt tốt sẽ gặt mùa vui".\n\n- Nguyễn Văn Bình'
    page = f"Nghề nông\n\n{epigraph}\n\n{LEAD}\n\n{BODY}\n"
    assert "Nguyễn Văn Bình" not in chapter_titles(page)
    assert "Nguyễn Văn Bình" in spoken_text(article_of(page))


def test_a_flattened_tables_rows_are_read_with_their_codes_digit_by_digit() -> None:
    rows = "TT Ngành đào tạo Mã ngành\n 1 Nông học 7620109\n 2 Chăn nuôi 7620105\n"
    rows += "Khuyến nông 7620102\n 4 Lâm học 7620201"
    page = f"{TITLE}\n\n{LEAD}\n\nI. NGÀNH ĐÀO TẠO\n\nCác ngành mở năm nay gồm các ngành sau đây.\n\n{rows}\n\n{MORE}\n"
    spoken = " ".join(spoken_sentences(page))
    assert "bảy sáu hai không một không hai" in spoken and "Lâm học, bảy sáu hai không hai không một" in spoken
    assert "NGÀNH ĐÀO TẠO" in " ".join(chapter_titles(page)) and "Lâm học" not in " ".join(chapter_titles(page))


def test_a_dates_label_left_alone_after_its_date_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nCập nhật lần cuối vào 02/10/2024\n\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2024-10-02" and "Cập nhật" not in spoken_text(article)


def test_a_pictures_file_name_glued_to_a_line_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n4512.jpg{BODY}\n")
    assert "jpg" not in spoken_text(article) and BODY in spoken_text(article)


def test_blocks_flattened_onto_one_line_are_parted_at_their_runs_of_spaces() -> None:
    line = f"(Tài liệu của hội)   KẾ HOẠCH HỘI CHỢ NÔNG SẢN  I. MỤC ĐÍCH VÀ YÊU CẦU CỦA HỘI CHỢ {BODY} {MORE}"
    titles = chapter_titles(f"{TITLE}\n\n{line}\n")
    assert titles == ["I. MỤC ĐÍCH VÀ YÊU CẦU CỦA HỘI CHỢ"]


def test_a_title_over_a_scrape_with_a_word_on_each_line_is_the_headline() -> None:
    text = "\n".join(f"{LEAD} {BODY} {MORE}".split())
    article = article_of(f"{TITLE}\n{text}\n")
    assert article.headline == TITLE


def test_a_legal_basis_ending_in_a_semicolon_is_not_parted_at_a_capital() -> None:
    basis = "Căn cứ đề án tuyển sinh Sau đại học năm 2024 của Trường Đại học Nông Lâm miền núi;"
    page = f"{TITLE}\n\n{LEAD}\n\n{basis}\n\n{BODY}\n"
    assert basis in spoken_text(article_of(page)) and "Căn cứ đề án tuyển sinh" not in chapter_titles(page)


def test_a_heading_under_a_lone_bullet_over_dashed_items_heads_them_and_is_no_lead() -> None:
    items = f"- Thời gian: {LEAD}\n- Địa điểm: {BODY}\n- Chương trình: {MORE}"
    page = f"{TITLE}\n\n-\nThông tin chung về hội chợ\n{items}\n"
    assert chapter_titles(page) == ["Thông tin chung về hội chợ"] and article_of(page).lead is None
