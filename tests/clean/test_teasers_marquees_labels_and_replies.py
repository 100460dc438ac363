"""Round 157 of reading real pages (issue 21): a portal's teaser cut with "..." over the title and the story; a
site's mottos in a scrolling banner; "TT BLL ..." a title, never a table's header; a ribbon cut and a topic's
picture between numbered parts, captions; pictures' labels ("H1", "h2") kept off the lines around them; readers'
replies under a closing "Tin ảnh" credit; a picture's file name with its year and number, and its caption; a
mis-encoded page's "ư" for "ý" and "c̣n" kept apart from the word before; "SM" beside "Sao Mai"."""

from __future__ import annotations

from audio_edition.ingest.encoding import decode

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Hội đồng họ Dương khánh thành nhà thờ chi họ tại thôn Môn Tự"
LEAD = "Sáng nay, Hội đồng họ Dương của huyện đã long trọng tổ chức lễ khánh thành nhà thờ chi họ tại thôn Môn Tự."
BODY = "Tới dự buổi lễ có đại diện chính quyền địa phương cùng đông đảo bà con trong dòng họ ở khắp nơi trở về."
MORE = "Nhà thờ được xây dựng trong một năm trên diện tích gần hai trăm mét vuông theo kiến trúc truyền thống."


def test_a_teaser_over_the_title_and_the_story_is_read_once_under_the_title() -> None:
    teaser = (
        "Thời gian qua, việc tổ chức phiên tòa rút kinh nghiệm tại tỉnh được lãnh đạo quan tâm chỉ đạo. Đơn vị "
        "đã xây dựng kế hoạch. Mỗi Kiểm sát viên đều đăng ký tham gia ít nhất một phiên tòa để học tập..."
    )
    title = "Viện kiểm sát tỉnh sơ kết tổ chức phiên tòa dân sự rút kinh nghiệm"
    story = teaser.rstrip(".") + ". Các đơn vị cấp huyện đều tham gia đầy đủ. " + MORE
    article = article_of(f"{teaser}\n{title}\n{story}\n\n{BODY}\n")
    assert article.headline == title
    assert spoken_text(article).count("việc tổ chức phiên tòa rút kinh nghiệm") == 1


def test_a_place_written_as_one_word_is_no_title_run_into_its_lead() -> None:
    line = (
        "Thời gian qua, việc tổ chức phiên tòa rút kinh nghiệm tại VKSND 2 cấp tỉnh ĐắkLắk được lãnh đạo quan tâm "
        "chỉ đạo kịp thời. Đơn vị đã xây dựng kế hoạch và quán triệt đến tất cả cán bộ, Kiểm sát viên."
    )
    article = article_of(f"{line}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline.endswith("ĐắkLắk được lãnh đạo quan tâm chỉ đạo kịp thời")


def test_a_sites_mottos_in_a_scrolling_banner_are_not_read() -> None:
    gap = " " * 40
    banner = gap.join(
        ["Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh", "Đoàn kết, trách nhiệm, hiệu quả"]
        + ["Công minh, chính trực, khách quan, thận trọng, khiêm tốn"]
    )
    article = article_of(f"{banner}\n{TITLE}\n{LEAD}\n{BODY}\n")
    assert article.headline == TITLE and "Công minh" not in spoken_text(article)


def test_a_name_with_spaces_before_it_is_no_banner() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{' ' * 60}Lê Tuyến\n")
    assert article.byline == "Lê Tuyến"


def test_a_standing_body_abbreviated_is_a_title_not_a_tables_header() -> None:
    title = "TT BLL Họ Nguyễn HP thăm và làm việc với TT HĐ các dòng Họ VN tại HP"
    assert article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n").headline == title


def test_a_ribbon_cut_between_paragraphs_is_a_caption() -> None:
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nLễ cắt băng khánh thành Nhà thờ\n\n{MORE}\n"))
    assert "cắt băng" not in said and MORE in said


def test_a_pictures_caption_over_a_numbered_part_is_not_read() -> None:
    parts = "1. Vai trò của diễn văn\n\n" + BODY + "\n\n \n\nDiễn văn khánh thành nhà thờ họ đóng vai trò quan trọng"
    page = f"{TITLE}\n\n{LEAD}\n\n{parts}\n\n \n\n2. Cách viết diễn văn\n\n{MORE}\n"
    said = spoken_text(article_of(page))
    assert "đóng vai trò quan trọng" not in said and "Cách viết diễn văn" in said


def test_pictures_labels_their_captions_and_replies_under_the_credit_are_not_read() -> None:
    tail = (
        "Tin ảnh Phương Chi\nH1 chụp hình lưu niệm\nh2\nh3 Thầy Nghiệp phát biểu với các em\nh4\n"
        "Không có đi dự được Ngọc Thu ơi ! Hôm qua có gọi điện cho Thế, Thế bảo sẽ nhờ người gửi lên."
    )
    said = spoken_text(article_of(f"{TITLE}\n{LEAD}\n{BODY}\n{MORE}\n{tail}\n"))
    assert "Ngọc Thu" not in said and "chụp hình lưu niệm" not in said and "Phương Chi" not in said and MORE in said


def test_a_pictures_file_name_with_its_year_and_its_caption_are_not_read() -> None:
    pictured = "Lang VH dong hoi 2017 2\nPhó Chủ tịch huyện trao Bằng công nhận làng văn hóa cho làng"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{pictured}\n\n{MORE}\n"))
    assert "dong hoi" not in said and "trao Bằng" not in said and MORE in said


def test_a_mis_encoded_pages_y_and_its_repaired_words_keep_their_spaces() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nChúng tôi đă có nhă ư gặp lại bạn bè v́ kư ức xưa, nhân dịp này chúng tôi c̣n "
        "giao lưu với các trường bạn.\n\n{BODY}\n"
    ).replace("{BODY}", BODY)
    spoken = " ".join(spoken_sentences(decode(page.encode("utf-8"), "t.txt")))
    assert "nhã ý" in spoken and "ký ức" in spoken and "chúng tôi còn giao lưu" in spoken


def test_an_acronym_beside_a_name_without_marks_said_twice_is_the_name() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nNhóm bạn học trường Sao Mai về dự lễ và tặng hoa.\n\n"
        "Các bạn SM hẹn gặp lại nhau ở trường Sao Mai vào năm sau.\n\n{BODY}\n"
    ).replace("{BODY}", BODY)
    spoken = " ".join(spoken_sentences(page)).lower()
    assert "các bạn sao mai hẹn" in spoken
