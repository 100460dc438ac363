"""Round 128 of reading real pages (issue 21): a speech's greeting printed twice; a paper's writers
with their titles and stars, its English abstract, its counters; a sign-up form over the text; a
blog's about box and its owner's card; a part's number alone over its heading; sales desks over
their numbers; a picture's text that says what it illustrates, and its caption; a picture's file
name glued on; a section with a calendar's day; a team's credit; a run of steps is no fact box;
a notice's grounds are no headline glued to a lead."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.clean.bylines import byline_of

from .pages import article_of, spoken_text

TITLE = "Bí quyết ủ chượp của làng nghề ven biển"
LEAD = "Làng nghề ven biển này đã giữ cách ủ chượp truyền thống qua nhiều thế hệ, chỉ dùng cá cơm và muối hạt."
BODY = "Cá cơm vừa cập bến được trộn với muối ngay trong buổi sáng, rồi xếp vào thùng gỗ lớn phủ kín muối mặt."
MORE = "Sau hơn một năm, người thợ mở vòi lấy lứa nước mắm đầu tiên, thơm và có màu cánh gián đậm."


def test_a_greeting_printed_twice_is_read_once() -> None:
    greeting = "Kính thưa các vị phụ huynh, quý thầy cô cùng toàn thể các em học sinh thân mến"
    page = f"DIỄN VĂN NGÀY HỘI ĐẾN TRƯỜNG\n\n{LEAD}\n\n{greeting}\n\n{greeting}\n\n{BODY}\n"
    assert spoken_text(article_of(page)).count("Kính thưa các vị phụ huynh") == 1


def test_a_papers_writers_abstract_and_counters_are_not_read() -> None:
    page = (
        f"Lượt xem: 512 | Chia sẻ: 3\n\n{TITLE}\n\nThS. Lê Văn Hải*\n\nTS. Phạm Thị Ngọc*\n\n* Đại học Nha Trang\n\n"
        f"TÓM TẮT\n\n{LEAD}\n\nABSTRACT\n\nThis paper describes how the fish sauce of a coastal village is made"
        " and kept in wooden barrels.\n\nKey words: fish sauce, fermentation, anchovy.\n\nĐẶT VẤN ĐỀ\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    assert article.byline == "Lê Văn Hải, Phạm Thị Ngọc" and article.category is None
    assert article.lead == LEAD
    spoken = spoken_text(article)
    for furniture in ("Ngọc", "Đại học Nha Trang", "ABSTRACT", "Key words", "fish sauce"):
        assert furniture not in spoken
    assert byline_of("ĐẶT VẤN ĐỀ") is None


def test_a_sign_up_form_over_the_text_is_not_read() -> None:
    form = (
        "ĐĂNG KÝ THÀNH VIÊN MỚI\nHọ và tên\nTên đăng nhập (Viết liền, không dấu)\nĐịa chỉ Email (Dùng khi quên"
        " mật khẩu)\nMật khẩu (Tối thiểu 6 ký tự)\nXác nhận\nMật khẩu\n"
    )
    article = article_of(f"{form}\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD
    assert "Mật khẩu" not in spoken_text(article)


def test_a_blogs_about_box_and_its_owners_card_are_not_read() -> None:
    box = (
        "Trang blog này được lập bởi\nchủ Tiệm Nước Mắm Cô Ba với mục đích chia sẻ\nkiến thức chế biến thủy sản.\n"
        "NẾU THẤY BÀI VIẾT CÓ\nÍCH, XIN HÃY GHÉ ỦNG HỘ TIỆM!\nTiệm\nCô BaĐịa chỉ: 12 Trần Phú, P.2, Phan Thiết\n"
        "Hotline: 0912.345.678\nMail: tiemcoba@gmail.com\nFacebook: http://facebook/tiemcoba\n"
        "Xem bản đồ đường đi bấm vào đây\nI.\nGIỚI THIỆU VỀ NGHỀ LÀM MẮM\n"
    )
    article = article_of(f"{TITLE}\n\n{box}{BODY}\n\n{MORE}\n")
    spoken = spoken_text(article)
    for furniture in ("blog", "ỦNG HỘ", "Trần Phú", "tiemcoba", "bản đồ"):
        assert furniture not in spoken
    assert article.sections[0].title == "I. GIỚI THIỆU VỀ NGHỀ LÀM MẮM"


def test_sales_desks_over_their_numbers_are_not_read() -> None:
    desks = "PHÒNG KINH DOANH Ms.Lan\n\n0907.111.222\n\nPHÒNG DỰ ÁN Mr Hòa\n\n0912.333.444\n\n"
    article = article_of(f"{desks}{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "PHÒNG" not in spoken_text(article)


def test_a_picture_that_says_what_it_illustrates_and_its_caption_are_not_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nThùng gỗ ủ chượp\n\nHai người thợ đảo chượp trong nhà thùng lớn, minh họa cho công"
        f" đoạn ủ chượp truyền thống\n\nMỗi thùng chứa được hàng chục tấn cá và muối\n\n{BODY}\n\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "minh họa" not in spoken and "hàng chục tấn" not in spoken and BODY in spoken


def test_a_pictures_file_name_glued_to_a_sentence_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY[:-1]}, gọi là “chượp”.Thung go_u chuop copy\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "copy" not in spoken and "_" not in spoken and "gọi là “chượp”." in spoken


def test_a_section_and_a_calendar_day_and_a_teams_credit_are_not_read() -> None:
    page = f"Photo: Sea Studio\n\n{TITLE}\n\nNghề truyền thống 13 Th07 2023\n\n{LEAD}\n\nMamPT Team\n\n{BODY}\n"
    article = article_of(page)
    assert article.published == "2023-07-13" and article.lead == LEAD
    assert "Team" not in spoken_text(article) and "Th07" not in spoken_text(article)


def test_a_run_of_steps_gives_no_lead_out_of_its_order() -> None:
    steps = (
        "Làm chượp: Trộn cá và muối theo tỷ lệ ba phần cá một phần muối.\n"
        "Vào chượp: Cho chượp vào thùng gỗ, phủ một lớp muối dày lên mặt.\n"
        "Gài nén: Dùng vỉ tre và đá nén chặt khối chượp trong mười lăm ngày đầu.\n"
        "Ủ lên men: Giữ thùng nơi khô thoáng, có nắng, không để côn trùng vào.\n"
        "Kéo rút và theo dõi: Trong sáu đến mười hai tháng, thường xuyên kiểm tra màu và mùi của chượp.\n"
        "Đóng chai: Nước mắm đạt chuẩn được lọc kỹ rồi đóng chai.\n"
    )
    article = article_of(f"Các bước làm nước mắm\n\n{steps}")
    assert article.lead is None
    assert article.sections[0].paragraphs[0].startswith("Làm chượp:")


def test_a_notices_grounds_are_no_headline_glued_to_a_lead() -> None:
    grounds = (
        "Căn cứ thông tư số 15/2021/TT-BGDĐT ngày 10/6/2021 của Bộ GD&ĐT về việc ban hành Quy định về"
        " hội thi giáo viên dạy giỏi ở trường phổ thông;"
    )
    blocks = clean(f"{grounds}\n\nCăn cứ kế hoạch năm học của nhà trường;\n\n{BODY}\n").blocks
    assert blocks[0] == grounds
