"""Round 84 of reading real pages (issue 21): a cooperative's guide, a diocese's history, language
schools' pages on an exam, a betting site's mirror. A word processor's symbol bullets, a heading run
into the numbered one under it, two headings in capitals at the top, a part's label between empty
paragraphs, a school's name over its name in Korean, a spam mirror's stamps, a print button under
the title, a document library's box, a contents list in bullets, a picture's caption without a
colon, a teaser after the text, a bulleted label and a schedule's repeated fields are read as the
page means them, or not read."""

from __future__ import annotations

from audio_edition.clean import Draft
from audio_edition.clean.pictures import Line, picture_captions
from audio_edition.clean.related import drop_table_of_contents

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Kỳ thi năng lực tiếng Hàn dành cho người nước ngoài"
LEAD = "Kỳ thi năng lực tiếng Hàn được tổ chức nhiều lần mỗi năm tại Việt Nam cho người học muốn du học."
BODY = "Thí sinh đăng ký qua mạng, nộp lệ phí và nhận phiếu báo dự thi trước ngày thi khoảng một tuần."
MORE = "Kết quả được công bố sau khoảng sáu tuần và chứng chỉ có giá trị trong hai năm kể từ ngày cấp."


def test_a_symbol_fonts_bullets_are_not_read_and_each_item_keeps_its_line() -> None:
    items = ["Chân: cứng, vững, thẳng", "Mắt: sáng và mở hoàn toàn;", "Màu sắc mỏ: vàng", "Màu sắc chân: vàng"]
    page = f"{HEAD}\n{LEAD}\nTiêu chuẩn gà con một ngày tuổi như sau:\n" + "\n".join(f"ü {i}" for i in items)
    said = spoken_sentences(f"{page}\n{BODY}")
    assert "ü" not in " ".join(said) and "Màu sắc mỏ: vàng" in said and "Màu sắc chân: vàng" in said


def test_a_heading_run_into_the_numbered_heading_under_it_is_parted() -> None:
    page = f"{HEAD}\n{LEAD}\n{BODY}\nCách đăng ký chi tiết nhất cho người học1. Chuẩn bị hồ sơ dự thi\n{MORE}"
    parts = [p for s in article_of(page).sections for p in (s.title or "", *s.paragraphs)]
    assert "1. Chuẩn bị hồ sơ dự thi" in parts and "Cách đăng ký chi tiết nhất cho người học" in parts


def test_a_heading_in_capitals_under_a_title_in_capitals_is_neither_dropped_nor_the_headline() -> None:
    article = article_of(f"THI THỬ TIẾNG HÀN ONLINE\nCẤU TRÚC ĐỀ THI TIẾNG HÀN\n{LEAD}\n{BODY}\n{MORE}")
    assert article.headline == "THI THỬ TIẾNG HÀN ONLINE" and "CẤU TRÚC ĐỀ THI TIẾNG HÀN" in spoken_text(article)


def test_a_parts_label_between_empty_paragraphs_is_no_gallery_of_captions() -> None:
    # a page that parts its paragraphs with empty ones (a gap holding a line of spaces)
    short = [Line("chuẩn ấn", 3, True), Line("Hà Nội ngày 1-8-1973", 1), Line("Phần I", 3, True), Line("Lời ngỏ", 1)]
    lines = [Line(HEAD, 0), Line(LEAD, 3, True), Line(BODY, 3, True), *short, Line(MORE, 3, True), Line(BODY, 3, True)]
    assert not {5, 6} & picture_captions(lines)


def test_a_schools_name_over_its_name_in_korean_is_a_banner_and_the_title_printed_twice_heads() -> None:
    article = article_of(f"HÀN NGỮ HOA SEN\n세종한국어교육원\nTOPIK là gì\nTOPIK là gì?\n{LEAD}\n{BODY}\n{MORE}")
    assert article.headline == "TOPIK là gì" and "HOA SEN" not in spoken_text(article)


def test_a_spam_mirrors_stamp_summary_label_and_keyword_tail_are_not_read() -> None:
    page = (
        "Bạn đang ở:Trang > Tin\n"
        "Những lưu ý khi thi tiếng Hàn lần đầu_kết quả bóng đá hôm nay\n"
        "Trang2025-03-15 01:31:18【Tin tức】6人已围观\n"
        "简介Tin giáo dục Những lưu ý khi thi tiếng Hàn lần đầu_kết quả bóng đá hôm nay\n"
        f"{LEAD}\n{BODY}\n{MORE}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == "Những lưu ý khi thi tiếng Hàn lần đầu"
    assert "bóng đá" not in said and "2025" not in said and "简介" not in said


def test_a_print_button_between_the_title_and_its_count_of_readers_and_a_menu_over_them_are_not_read() -> None:
    page = (
        f"LỊCH HỌC & THI ONLINE\n{HEAD}\nIn trang này\nLượt xem: 4,316\nNgày đăng: 20/04/2021 22:56:26\n{LEAD}\n{BODY}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == HEAD and article.category is None
    assert "In trang này" not in said and "ONLINE" not in said and "Lượt xem" not in said


def test_a_document_librarys_box_is_not_read() -> None:
    page = (
        f'{HEAD}\n{LEAD}\nBạn đang xem tài liệu "{HEAD}", để tải tài liệu gốc về máy hãy click vào nút Download\n'
        f"Tóm tắt nội dung tài liệu: {HEAD}\n{BODY}\n{MORE}"
    )
    said = spoken_text(article_of(page))
    assert "Download" not in said and "Tóm tắt nội dung" not in said and BODY in said


def test_a_list_of_the_pages_own_parts_in_bullets_is_a_contents_box() -> None:
    parts = ("Đăng ký dự thi", "Lệ phí dự thi", "Cấu trúc đề thi", "Cách tính điểm")
    draft = Draft(blocks=(HEAD, LEAD, *parts, "Đăng ký dự thi", BODY, MORE), listed=frozenset(parts))
    assert drop_table_of_contents(draft).blocks == (HEAD, LEAD, "Đăng ký dự thi", BODY, MORE)


def test_a_pictures_caption_opening_on_anh_is_not_read_but_a_heading_on_anh_huong_is() -> None:
    caption, heading = "Ảnh nhận biết phiếu báo dự thi chính thức", "Ảnh hưởng của điểm thi tới học bổng"
    page = f"{HEAD}\n{LEAD}\n{caption}\n{BODY}\n{heading}\n{MORE}"
    said = spoken_text(article_of(page))
    assert caption not in said and heading in said


def test_a_teaser_for_the_next_part_after_the_text_is_not_read() -> None:
    said = spoken_text(article_of(f"{HEAD}\n{LEAD} {BODY} | Lệ phí và cách nộp lệ phí..."))
    assert "Lệ phí và cách nộp" not in said and BODY in said


def test_breaking_news_over_a_title_run_into_an_acronym_opening_the_lead() -> None:
    first = f"Kỳ thi năng lực tiếng HànTOPIK là tên viết tắt của kỳ thi này, do một viện quốc gia tổ chức. {BODY}"
    article = article_of(f"Breaking News\n\n{first}\n\n{MORE}")
    assert article.headline == "Kỳ thi năng lực tiếng Hàn" and article.lead.startswith("TOPIK là tên viết tắt")


def test_a_bulleted_label_under_the_headline_is_not_the_lead() -> None:
    page = f"{HEAD}\n  • Mục đích\nĐánh giá trình độ tiếng Hàn của người nước ngoài\n  • Hiệu lực\n{BODY}\n{MORE}"
    assert article_of(page).lead != "Mục đích"


def test_a_schedules_repeated_fields_are_read_and_a_span_is_no_date_line() -> None:
    rows = [
        "Đăng ký 8606/12~12/12/2022",
        "Địa điểm thi: Hàn Quốc",
        "Đăng ký 8707/03~13/03/2023",
        "Địa điểm thi: Hàn Quốc",
    ]
    article = article_of(f"{HEAD}\n{LEAD}\n" + "\n".join(rows) + f"\n{BODY}")
    said = spoken_text(article)
    assert said.count("Địa điểm thi: Hàn Quốc") == 2 and article.published is None


def test_a_headline_over_its_translation_is_no_banner() -> None:
    article = article_of(f"Lễ Thanh minh của người Hoa\n清明节\n{LEAD}\n{BODY}\n{MORE}")
    assert article.headline == "Lễ Thanh minh của người Hoa"


def test_a_heading_opening_on_hinh_anh_is_read() -> None:
    heading = "Hình ảnh người thầy trong ký ức học trò"
    assert heading in spoken_text(article_of(f"{HEAD}\n{LEAD}\n{BODY}\n{heading}\n{MORE}"))
