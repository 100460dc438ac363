"""Round 136 of reading real pages (issue 21): a news template's boxes named in English over the title; a row of
labels and a label under the post's date, the category; a picture's alt text with its zoom button; a summary's
"xem thêm" expander; a contents box's last item with its stop; a caption closed by a table cell's bar; an outlet's
tag in brackets with a dash; a download banner; a title over its subtitle in its own words; numbered items copied
from the second one, no lead."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

TITLE = "Hội thảo quốc tế về nông nghiệp xanh tại Cần Thơ"
LEAD = "Ngày 12/5, trường đại học tổ chức hội thảo quốc tế về nông nghiệp xanh với hơn ba trăm đại biểu tham dự."
BODY = "Các chuyên gia trao đổi về giống lúa chịu mặn, cách giảm phân bón và những mô hình nuôi tôm kết hợp trồng lúa."
MORE = "Hội thảo kết thúc bằng chuyến thăm một hợp tác xã trồng lúa hữu cơ ở huyện Phong Điền vào buổi chiều."


def test_a_templates_boxes_over_the_title_and_a_row_of_labels_under_it_are_not_read() -> None:
    page = f"Sidebar\n\nMagazine menu\n\n20\n\nMon, May\n\n{TITLE}\n\nHội thảo, Hội nghị, Tọa đàm\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD
    assert article.category == "Hội thảo, Hội nghị, Tọa đàm"
    spoken = spoken_text(article)
    assert "Sidebar" not in spoken and "Magazine" not in spoken and "Mon, May" not in spoken


def test_a_short_label_under_the_posts_date_is_its_category() -> None:
    article = article_of(f"{TITLE}\n\n18/01/2024 16:43\n\nHành trang sinh viên\n\n{LEAD}\n\n{BODY}\n")
    assert article.category == "Hành trang sinh viên" and article.lead == LEAD
    assert "Hành trang" not in spoken_text(article)


def test_a_pictures_alt_text_with_its_zoom_button_glued_is_not_read() -> None:
    alt = "Hoi thao nong nghiep xanh tai Can Tho hinh anh 1Phóng to"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{alt}\n\n{BODY}\n\n{MORE}\n")
    assert "Phóng to" not in spoken_text(article) and "hinh anh" not in spoken_text(article)
    assert chapter_titles(f"{TITLE}\n\n{LEAD}\n\n{alt}\n\n{BODY}\n\n{MORE}\n") == []


def test_a_summarys_expander_is_not_read_and_its_two_halves_join() -> None:
    lead = "Bệnh gout là bệnh của tuổi trung niên do chế độ ăn ... xem thêm...không hợp lý gây ra."
    article = article_of(f"{TITLE}\n\n{lead}\n\n{BODY}\n")
    assert article.lead == "Bệnh gout là bệnh của tuổi trung niên do chế độ ăn không hợp lý gây ra."


def test_a_contents_boxs_last_item_with_its_stop_goes_with_the_box() -> None:
    box = "\n\n".join(
        ["Mục lục", "1. Chuẩn bị giấy tờ", "2. Nộp hồ sơ trực tuyến", "3. Nhận kết quả.", "1. Chuẩn bị giấy tờ"]
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{box}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert "Nhận kết quả" not in spoken and "Mục lục" not in spoken and "Chuẩn bị giấy tờ" in spoken


def test_a_caption_closed_by_a_table_cells_bar_is_not_read() -> None:
    caption = (  # over thirty words: no short cell
        "Phó giáo sư Trần Văn Minh cho hay, số lượng đông đảo nhà khoa học trong và ngoài nước gửi bài tham dự "
        "hội thảo năm nay đã khiến ban tổ chức rất bất ngờ. Ảnh: Ngọc Hà. |"
    )
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{BODY}\n"))
    assert "Ngọc Hà" not in spoken and "phát biểu khai mạc" not in spoken


def test_an_outlets_tag_with_a_dash_in_brackets_opens_no_lead() -> None:
    article = article_of(f"{TITLE}\n\n(TM- EDU) {LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and article.outlet == "TM- EDU"


def test_a_download_banner_in_capitals_is_not_read() -> None:
    banner = "TẢI MIỄN PHÍ – MẪU KẾ HOẠCH HỘI THẢO KHOA HỌC"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{banner}\n\n{BODY}\n"))
    assert "TẢI MIỄN PHÍ" not in spoken and "MẪU KẾ HOẠCH" not in spoken


def test_a_title_over_a_subtitle_in_its_own_words_stays_the_headline() -> None:
    title = "Dấu hiệu sốt xuất huyết qua từng ngày"
    subtitle = "Cách nhận biết sớm các dấu hiệu của bệnh sốt xuất huyết qua từng ngày"
    page = f"{title}\n\n{subtitle}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and article.category is None
    assert subtitle in spoken_text(article)


def test_numbered_items_copied_from_the_second_are_no_lead() -> None:
    items = "2. Phạm vi tuyển sinh: tuyển sinh trong cả nước và cả thí sinh là người nước ngoài.\n\n3. Phương thức"
    article = article_of(f"{TITLE}\n\n{items}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead is None and "Phạm vi tuyển sinh" in spoken_text(article)


def test_a_temperature_with_a_dot_and_a_tilde_is_a_decimal_and_a_range() -> None:
    said = " ".join(spoken_sentences(f"{TITLE}\n\n{LEAD}\n\nNgày thứ năm sốt từ 37.4~37.8, người mệt mỏi.\n\n{BODY}\n"))
    assert "ba mươi bảy phẩy bốn đến ba mươi bảy phẩy tám" in said


def test_a_breve_before_nh_on_a_latin1_page_is_the_tilde_it_stood_for() -> None:
    from audio_edition.text.legacy import repair

    page = "Nước Đức mở rộng v\u0301ng tay, quân đội đă chiếm các lănh thổ phía đông."
    assert repair(page) == "Nước Đức mở rộng vìng tay, quân đội đã chiếm các lãnh thổ phía đông."


def test_a_formulas_letters_are_read_as_the_legend_under_it_defines_them() -> None:
    formula = "ĐTB = ĐKT + ĐTH"
    legend = "Trong đó, ĐKT: Điểm kiểm tra, ĐTH: Điểm thực hành"
    said = " ".join(spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{formula}\n\n{legend}\n\n{BODY}\n"))
    assert "điểm kiểm tra cộng điểm thực hành" in said
