"""Round 38 of reading real pages (issue 21): an office's letterhead over its page, date lines with
the writer between bars or a view count, a numbered part's heading beside a picture's room, a
notice glued to its title, captions placing delegates in a ward, the title again in capitals, a
table laid out one cell a line, a first numbered part under the headline, a quoted theme after
"Chủ đề:", and acronyms an article spells out elsewhere without brackets."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Ủy ban Mặt trận phường tổ chức hội nghị tiếp xúc cử tri cuối năm"
LEAD = "Sáng nay, Ủy ban Mặt trận Tổ quốc phường đã tổ chức hội nghị để cử tri gặp các đại biểu."
BODY = "Các đại biểu đã báo cáo kết quả kỳ họp và nghe cử tri nêu nhiều ý kiến về trật tự đô thị."
MORE = "Kết thúc hội nghị, lãnh đạo phường đã tiếp thu và hứa trả lời các kiến nghị trong tháng tới."


def test_an_offices_letterhead_over_its_page_is_not_read() -> None:
    top = "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nQUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH"
    assert (article_of(f"{top}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}").headline) == HEAD
    address = "TÒA GIÁM MỤC BAN MÊ THUỘT\n104 Phan Chu Trinh\nTP. Buôn Ma Thuột - Đăk Lăk\n*"
    article = article_of(f"{address}\nThông tin tháng 6/2019\n{LEAD}\n{BODY}")
    assert article.headline == "Thông tin tháng 6/2019"
    assert "Phan Chu Trinh" not in spoken_text(article)


def test_an_offices_name_in_capitals_over_a_paragraph_is_no_letterhead() -> None:
    page = f"HỘI NÔNG DÂN TỈNH TỔ CHỨC HỘI THI NHÀ NÔNG GIỎI\n{LEAD}\n{BODY}"
    assert clean(page).blocks[0] == "HỘI NÔNG DÂN TỈNH TỔ CHỨC HỘI THI NHÀ NÔNG GIỎI"


def test_a_date_line_with_the_writer_between_bars_is_metadata() -> None:
    box = "TIN MỪNG CHÚA NHẬT - LỄ TRỌNG\nĐọc các tin khác ➥\nTÌM KIẾM"
    dated = "Chủ nhật - 25/12/2022 23:29 | Tác giả bài viết: Vũ Đình Bình | 1187"
    draft = clean(f"{box}\n{HEAD}\n{dated}\n{LEAD}\n{BODY}")
    assert (draft.blocks, draft.published, draft.byline) == ((HEAD, LEAD, BODY), "2022-12-25T23:29", "Vũ Đình Bình")


def test_a_date_line_with_its_view_count_is_metadata() -> None:
    draft = clean(f"{HEAD}\n\n26/06/2019 08:56 Số lượt xem: 57\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2019-06-26T08:56")


def test_a_numbered_parts_heading_beside_a_pictures_room_is_read() -> None:
    heading = "1. Thánh lễ Minh Niên trong mùa dịch"
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{heading}\n\n \n\n{MORE}\n\n{BODY} Thêm nữa.\n"
    assert heading in clean(page).blocks


def test_a_notice_glued_to_its_title_is_parted() -> None:
    title = "Thông báo: Thánh lễ an táng Cha cố Giuse Trần Mạnh Cường"
    notice = "Trọng kính quý Cha, quý Thầy, quý Tu sĩ nam nữ và quý ông bà anh chị em trong giáo phận,"
    article = article_of(f"{title}{notice}\n{BODY}")
    assert (article.headline, article.lead) == (title, notice)


def test_lines_of_a_verse_glued_together_are_not_parted() -> None:
    verse = "Tết Trung Thu rước đèn đi chơiEm rước đèn đi khắp phố phườngLòng vui sướng với đèn trong tay"
    assert clean(f"{verse}\n{LEAD}\n{BODY}").blocks[0] == verse


def test_captions_placing_delegates_in_a_ward_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nCác đại biểu TXCT tại xã Bình Kiến\n{BODY}\nCác đại biểu TXCT tại phường 4\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_the_title_again_in_capitals_is_read_once() -> None:
    head = "Sinh hoạt Giáo phận -Năm 2021"
    article = article_of(f"{head}\n{LEAD}\nSINH HOẠT GIÁO PHẬN - NĂM 2021\n{BODY}\n{MORE}")
    assert "SINH HOẠT" not in spoken_text(article)


def test_a_table_laid_out_one_cell_a_line_is_not_read() -> None:
    cells = "Giáo hạt\nGiáo xứ\nGiáo dân\nTổng\nBuôn Hô\n16\n56.770\n78.043\nChính Tòa\n10\n27.287\n40.625"
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{cells}\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE)


def test_a_list_of_short_names_without_figures_is_read() -> None:
    names = (
        "Nguyễn Văn An\nTrần Thị Bình\nLê Văn Cường\nPhạm Thị Dung\nHoàng Văn Em\nVũ Thị Gấm\nĐỗ Văn Hải\nBùi Thị Lan"
    )
    assert "Bùi Thị Lan" in clean(f"{HEAD}\n{LEAD}\nDanh sách khen thưởng gồm:\n{names}\n{MORE}").blocks


def test_a_first_numbered_part_under_the_headline_opens_the_body_with_no_lead() -> None:
    part = "1. Mục đích"
    first = "Phát hiện, công nhận và tôn vinh giáo viên dạy giỏi; tạo điều kiện để giáo viên học hỏi lẫn nhau."
    article = article_of(f"{HEAD}\n\n{part}\n\n- {first}\n\n- {BODY}\n\n2. Nguyên tắc\n\n- {MORE}")
    assert article.lead is None
    assert (article.sections[0].title, article.sections[0].paragraphs[0]) == (part, first)


def test_a_quoted_theme_after_a_topic_label_is_read_and_a_tag_row_is_not() -> None:
    theme = "Chủ đề: “Ô nhiễm không khí”"
    assert theme in clean(f"{HEAD}\n{LEAD}\n{BODY}\n{theme}\n{MORE}").blocks
    tags = "Chủ đề: cử tri, hội nghị, đô thị"
    assert tags not in clean(f"{HEAD}\n{LEAD}\n{BODY}\n{MORE}\n{tags}").blocks


def test_an_acronym_the_article_spells_out_elsewhere_is_read_as_its_words() -> None:
    head = "Tiếp xúc cử tri thành phố trước kỳ họp giữa năm"
    page = f"{head}\n\n{LEAD}\n\nCác đại biểu chia thành hai tổ TXCT để đi các xã.\n\n{BODY}"
    assert "Các đại biểu chia thành hai tổ tiếp xúc cử tri để đi các xã." in spoken_sentences(page)
    diocese = "Giáo phận có 118 giáo xứ. Năm 1967, Tòa Thánh thiết lập GP. Giáo phận có tám giáo hạt."
    assert "Năm một nghìn chín trăm sáu mươi bảy, Tòa Thánh thiết lập giáo phận." in spoken_sentences(
        f"{HEAD}\n\n{LEAD}\n\n{diocese}"
    )


def test_letters_of_a_code_or_of_words_no_name_has_are_not_read_as_words() -> None:
    prices = "Giá lúa OM 18 ở mức 7.000 đồng, lúa IR 50404 ở mức 6.500 đồng; gạo ở mức 9.000 đồng."
    spoken = " ".join(spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{prices}\n\n{BODY}"))
    assert "lúa ở mức mười tám" not in spoken
    lower = "Mỗi thôn có một tổ CL. Tổ này chăm lo người già, chăm lo trẻ nhỏ."
    spoken = " ".join(spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{lower}"))
    assert "một tổ chăm lo" not in spoken
