"""Round 131 of reading real pages (issue 21): a list broken a word a line under a Roman-numbered heading; a word
processor's "o" and symbol-font bullets; a consulate's skip links in its own script and its trail printed twice; a
notice's warning in capitals in brackets; labels over what they introduce between blank cells; a printed copy's
header on each page; a numbered heading at the end of a wrapped line; a reason's heading after "Dưới đây là ...";
a title's note in brackets; a notice's week as its title; numbered items and list items never chapters."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Hồ sơ xin visa du học cần chuẩn bị những gì"
LEAD = "Mỗi năm có hàng nghìn học sinh nộp hồ sơ xin visa du học, và nhiều bộ hồ sơ bị trả lại vì thiếu giấy tờ."
BODY = "Người nộp nên kiểm tra kỹ từng loại giấy tờ trước khi đến lãnh sự quán để tránh mất thời gian đi lại."
MORE = "Thời gian xét duyệt thường kéo dài từ hai đến bốn tuần tùy theo mùa cao điểm và số lượng hồ sơ."


def test_a_list_broken_a_word_a_line_under_a_roman_heading_is_read() -> None:
    listing = "I. Các loại hồ sơ cần chuẩn bị theo từng chương trình\n-\nĐơn\nxin visa, hộ chiếu\n-\n01\nảnh\n"
    listing += "-\nBản\ngốc giấy nhập học\n"
    spoken = spoken_text(article_of(f"VISA DU HỌC\n{listing}1. Du học thạc sĩ\n\n{BODY}\n"))
    assert "Đơn xin visa, hộ chiếu" in spoken and "Bản gốc giấy nhập học" in spoken


def test_a_word_processors_bullets_are_not_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n[Các loại giấy tờ chung]\no\nBản sao biên bản hợp tác giữa hai trường\no\n"
        f"Quyết định cử đi của trường\n\nu  Du học thạc sĩ, tiến sĩ:\n\n{BODY}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Bản sao biên bản hợp tác giữa hai trường" in spoken and "trường o" not in spoken
    assert "Du học thạc sĩ, tiến sĩ:" in spoken and "u Du học" not in spoken


def test_skip_links_in_another_script_and_a_trail_printed_twice_are_not_read() -> None:
    top = "바로가기 메뉴 본문 바로가기\nLãnh sự/Thị thực\n\nCác loại Visa\n\n"
    top += "1. Lãnh sự/Thị thực\n2. Các loại Visa\n• Font Size\n\n"
    article = article_of(f"{top}{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Thị thực" not in spoken_text(article)
    assert "Font Size" not in spoken_text(article)


def test_a_notices_warning_in_capitals_in_brackets_is_read() -> None:
    warning = "(NGƯỜI ĐI HỌC TỰ NỘP HỒ SƠ, KHÔNG NHẬN HỒ SƠ NỘP QUA CÔNG TY)"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nHỒ SƠ XIN VISA\n\n{warning}\n\n{BODY}\n"))
    assert "KHÔNG NHẬN HỒ SƠ NỘP QUA CÔNG TY" in spoken


def test_labels_between_blank_cells_over_what_they_introduce_are_read() -> None:
    blank = "\n\n \n\n"
    page = (
        "Thủ tục xin visa du học\n\nThủ tục xin visa du học tại lãnh sự quán\n\n\nI. VISA DU HỌC (D-2)"
        f"{blank}Đối tượng được cấp visa du học:{blank}"
        "Là người muốn du học hoặc nghiên cứu tại các trường đại học được thành lập theo luật giáo dục."
        f"{blank}Hồ sơ người xin cấp visa cần chuẩn bị{blank}"
        "1) Hộ chiếu\n\n2) Đơn xin cấp visa\n\n3) Giấy báo nhập học do hiệu trưởng trường cấp\n\n"
        "4) Bằng cấp và bảng điểm của trường cao nhất\n\n5) Giấy tờ chứng minh năng lực tài chính\n\n"
        f"- {BODY}\n\n- {MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Đối tượng được cấp visa du học:" in spoken and "Hồ sơ người xin cấp visa cần chuẩn bị" in spoken


def test_a_printed_copys_page_header_and_foot_are_not_read() -> None:
    header = "Tìm hiểu phong tục cưới hỏi - Studocu"
    page = (
        f"Preview text:\n17:51, 07/01/2026\n{header}\nPHẦN 2: PHONG TỤC CƯỚI HỎI\n{LEAD}\n{BODY}\n"
        f"https://example.com/bai-viet.html 17:51, 07/01/2026\n{header}\n{MORE}\n"
    )
    article = article_of(page)
    assert article.headline == "PHẦN 2: PHONG TỤC CƯỚI HỎI"
    assert "Studocu" not in spoken_text(article) and "example" not in spoken_text(article)


def test_a_numbered_heading_ending_a_wrapped_line_heads_what_follows() -> None:
    wrapped = (
        "Người ta nói vợ chồng là đầu ngũ luân, và lập gia đình là một việc hệ trọng của cả hai họ\n"
        "trong làng, vì vậy từ xưa các cụ đã đặt ra nhiều lễ nghi để việc cưới hỏi được chu toàn\n"
        "và đúng với phong tục của từng địa phương, từ miền núi phía Bắc cho tới đồng bằng Nam Bộ\n"
        "nên nhà nào cũng mong tổ chức lễ cưới thật chu đáo, đúng phong tục của địa phương mình. 2.2.1. Lễ nạp thái\n"
        "Sau khi mai mối tin đi tin lại, hai nhà thấy việc thăm hỏi nhau có thể tiến hành và chọn ngày\n"
        "lành tháng tốt để nhà trai mang lễ vật sang nhà gái xin phép cho đôi trẻ được tìm hiểu nhau\n"
        "kỹ càng hơn trước khi đi đến quyết định hôn nhân, một việc hệ trọng của cả hai gia đình\n"
        "và họ hàng hai bên, nên ai cũng chuẩn bị chu đáo từ lễ vật cho tới lời ăn tiếng nói trong\n"
        "buổi gặp mặt đầu tiên, khi cô dâu tương lai ra chào khách và mời trầu, mời nước mọi người.\n"
    )
    article = article_of(f"PHONG TỤC CƯỚI HỎI\n{wrapped}")
    assert "2.2.1. Lễ nạp thái" in [s.title for s in article.sections]


def test_a_reasons_heading_after_an_announcing_paragraph_is_read() -> None:
    announce = "Học sinh cần đáp ứng yêu cầu của các trường đại học. Dưới đây là ba lý do chính vì sao phải chứng minh."
    page = f"{TITLE}\n\n{LEAD}\n\n{announce}\n\nĐáp ứng yêu cầu của các trường đại học\n\n{BODY}\n"
    assert "Đáp ứng yêu cầu của các trường đại học" in chapter_titles(page)


def test_a_titles_note_in_brackets_is_read() -> None:
    page = f"Giáo xứ Thánh Cẩm\n\nLỊCH PHỤNG VỤ 2015\n\n(Tháng 3 – Tháng 4)\n\n{BODY}\n\n{MORE}\n"
    assert "(Tháng 3 – Tháng 4)" in spoken_text(article_of(page))


def test_a_notices_week_is_its_title_and_its_numbered_items_no_lead() -> None:
    items = "1. Lớp giáo lý khai giảng vào tối thứ hai tuần này.\n\n2. Lớp Kinh Thánh khai giảng vào thứ năm.\n\n"
    article = article_of(f"Thông báo: Tuần 03/03 – 09/03/2019\n\n{items}LỊCH TUẦN 03/03/ – 09/03/2019\n\n{BODY}\n")
    assert article.headline == "Thông báo: Tuần 03/03 – 09/03/2019" and article.lead is None
    assert "LỊCH TUẦN 03/03/ – 09/03/2019" in spoken_text(article)


def test_list_items_are_never_chapters() -> None:
    dashed = "Có hai loại visa chính là:\n\n- D4-1: Visa học tiếng thông thường\n- D4-6: Visa du học nghề\n\n"
    numbered = "4) Hộ chiếu\n\n5) Giấy tờ tài chính\n\n* Người có học bổng được giản lược\n\n"
    numbered += "6) Kế hoạch học tập, Sơ yếu lý lịch\n\n"
    titles = chapter_titles(f"{TITLE}\n\n{LEAD}\n\n{dashed}{BODY}\n\n{numbered}{MORE}\n")
    assert not any(t.startswith(("D4-6", "6)")) for t in titles)
