"""Round 169 of reading real pages (issue 21): a law library's box of a document's properties; a portal's template
title; a skip link and an ebook reader's chapter picker; a date and time line with its section; a picture's alt text
written out; an ebook library's notice and its site named as the author; a document library's rating bar under its
shelf and a browser's conditional comment left as text; a page mixing Unicode lines with a legacy font's lines; a
study's numbered part heading and its points under a line about pictures, never a gallery."""

from __future__ import annotations

from audio_edition.text.legacy import from_tcvn3_lines, repair

from .pages import article_of, spoken_text

TITLE = "Nông dân xã Hòa Bình làm giàu từ nấm rơm"
LEAD = "Từ vài luống nấm ban đầu, nhiều hộ nông dân ở xã Hòa Bình đã có thu nhập ổn định quanh năm nhờ trồng nấm rơm."
BODY = "Nấm rơm dễ trồng, vốn đầu tư thấp, rơm rạ sau mùa gặt lại sẵn có ngay trên đồng ruộng của bà con trong xã."
MORE = "Hội Nông dân xã đang vận động thành lập tổ hợp tác để bà con cùng nhau bao tiêu sản phẩm nấm rơm."


def test_a_law_librarys_box_of_a_documents_properties_is_not_read() -> None:
    box = (
        "| Số hiệu | 12/2025/QĐ-UBND |\n| Ngày ban hành | 02/03/2025 |\n| Ngày có hiệu lực | 12/03/2025 |\n"
        "| Loại văn bản | Quyết định |\n| Người ký | Trần Văn Hải |\n"
    )
    said = spoken_text(article_of(f"{TITLE}\n{box}\n{LEAD}\n\n{BODY}\n\n{MORE}\n"))
    assert "Ngày ban hành" not in said and "Người ký" not in said and BODY in said


def test_a_table_of_two_columns_with_other_labels_is_still_read() -> None:
    table = (
        "| Giống nấm | Nấm rơm |\n| Thời gian trồng | 15 ngày |\n| Năng suất | 100 kg |\n| Giá bán | 50.000 đồng |\n"
    )
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{table}\n{BODY}\n"))
    assert "Thời gian trồng: 15 ngày." in said and "Năng suất: 100 kg." in said


def test_a_portals_template_title_is_not_the_headline() -> None:
    title = "Chuyên đề trồng nấm rơm"
    article = article_of(f"Xem chi tiet tin_new - Sở Tư pháp\n\n{title}\n\nNgày 01-05-2023\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title and article.lead == LEAD


def test_a_skip_link_and_a_chapter_picker_are_not_read() -> None:
    article = article_of(f"Chuyển đến khối nội dung chính\n\n{TITLE}\n\n{LEAD}\n\nChọn tập\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == TITLE and "Chọn tập" not in spoken_text(article)


def test_a_date_and_time_line_with_its_section_gives_the_day_and_is_no_chapter() -> None:
    article = article_of(f"{TITLE}\n\n05/10/2022 - 14:43 | Tin tức, sự kiện trong tỉnh\n\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2022-10-05T14:43" and article.lead == LEAD
    assert "Tin tức, sự kiện" not in spoken_text(article)


def test_a_pictures_alt_text_written_out_is_not_read() -> None:
    alt = "Alt text: Ruộng nấm rơm của gia đình anh Tư với những luống nấm trắng đều tăm tắp."
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{alt}\n\n{BODY}\n\n{MORE}\n"))
    assert "Alt text" not in said and "luống nấm trắng" not in said and MORE in said


def test_an_ebook_librarys_notice_and_its_site_as_author_are_not_read() -> None:
    notice = (
        "Sách ebook được sưu tầm từ Internet, Bản quyền sách thuộc về Tác giả & Nhà xuất bản. Trang Web hiện đặt "
        "quảng cáo để có kinh phí duy trì hoạt động, mong Quý Bạn đọc thông cảm ạ."
    )
    article = article_of(f"{notice}\n\n{TITLE}\n\nTác giả: Sachvui.Com\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    said = spoken_text(article)
    assert article.headline == TITLE and "Sachvui" not in said and "sưu tầm" not in said and article.byline is None


def test_a_document_librarys_rating_bar_its_shelf_and_a_conditional_comment_are_not_read() -> None:
    page = (
        f"{TITLE}\n\ngiáo án điện tử Sinh học Sinh học 9\n  Đánh giá    Viết đánh giá\n\n{LEAD}\n\n"
        f"!--[if IE]> {BODY}\n\n{MORE}\n"
    )
    said = spoken_text(article_of(page))
    assert "giáo án điện tử" not in said and "Viết đánh giá" not in said and "[if IE]" not in said and BODY in said


def test_a_page_mixing_unicode_lines_with_a_legacy_fonts_lines_keeps_the_unicode_ones() -> None:
    page = (
        "giáo án điện tử Ngữ văn lớp 6 của thầy Khắc\n"
        "nh÷ng bµi v¨n mÉu dµnh cho häc sinh líp 6\n"
        "Bài Văn Mẫu nh÷ng bµi v¨n mÉu dµnh cho häc sinh líp 6 môc lôc\n"
        "PhÇn TËp lµm v¨n trong ch−¬ng tr×nh ®Æt ra nhiÒu yªu cÇu cho häc sinh vµ gi¸o viªn\n"
    )
    assert repair(page).split("\n") == [
        "giáo án điện tử Ngữ văn lớp 6 của thầy Khắc",
        "những bài văn mẫu dành cho học sinh lớp 6",
        "Bài Văn Mẫu những bài văn mẫu dành cho học sinh lớp 6 mục lục",
        "Phần Tập làm văn trong chương trình đặt ra nhiều yêu cầu cho học sinh và giáo viên",
        "",
    ]


def test_a_studys_part_heading_in_roman_numerals_is_read() -> None:
    intro = "Bài thơ là một tác phẩm đặc biệt của nhà thơ, giàu hình ảnh và cảm xúc về khoảnh khắc giao mùa."
    page = (
        f"Bài thơ Sang thu – Ngữ văn lớp 9\n\n{intro}\n\nNội dung bài thơ Sang thu\n\nI. Vài nét về tác giả\n\n"
        "• Nhà thơ sinh năm 1942, quê ở Vĩnh Phúc, nhập ngũ năm 1963 và bắt đầu sáng tác thơ từ đó.\n"
        "• Ông từng giữ chức Tổng thư ký Hội nhà văn Việt Nam trong nhiều năm liền.\n"
    )
    said = spoken_text(article_of(page))
    assert "Vài nét về tác giả" in said and "Nội dung bài thơ Sang thu" in said


def test_an_analysiss_points_under_a_line_about_pictures_are_read() -> None:
    intro = "Truyện kể về một em bé nghèo bán diêm trong đêm giao thừa giá rét, không ai mua cho em một bao diêm nào."
    page = (
        f"Soạn bài Cô bé bán diêm\n\n{intro}\n\nHình ảnh cô bé bán diêm thật tội nghiệp:\n\n"
        "Đầu trần, chân đất, bụng đói, co ro trong góc tường.\n\nLo âu vì không bán được diêm, không dám về nhà.\n\n"
        "Những hình ảnh tương phản được sử dụng trong phần này nhằm khắc họa nỗi khổ cực của cô bé là:\n\n"
        "Quá khứ yên vui, sum họp > < Hiện tại sa sút, chia lìa.\n\n"
        f"{intro}\n"
    )
    said = spoken_text(article_of(page))
    assert "Hình ảnh cô bé bán diêm thật tội nghiệp" in said and "Lo âu vì không bán được diêm" in said
    assert "Quá khứ yên vui" in said


def test_signs_a_legacy_font_shares_stay_in_a_unicode_line() -> None:
    sums = "Chiều cao của con gái = (chiều cao của bố ×0.923+ chiều cao của mẹ)÷2 (cm); rừng đạt chứng chỉ FSC®.\n"
    assert repair(sums) == sums
    named = "Các thương hiệu lớn như Novotel, Pullman, Mövenpick đều có mặt trên đảo Phú Quốc từ nhiều năm nay."
    assert from_tcvn3_lines(named) == named
