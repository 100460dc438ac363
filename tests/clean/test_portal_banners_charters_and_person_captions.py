"""Round 186 of reading real pages (issue 21): youth unions' portals and charters, kindergartens, farm advice and
fridge repair. A caption under its picture's file name saying more than the name, a portal's banner and sponsors' box,
a charter's kind over whose it is, a picture's alt text and its caption after a list, people's captions after a report
and a title said again in capitals before the lead are read as the page means them, or not read. So are a document's
title in capitals glued to the page's title, a forum post flattened onto one line with its title and headings run on,
and a seller's link set inside a sentence."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

LEAD = "Sáng 20/5, liên đội trường Tiểu học An Bình tổ chức hội thi nghiệp vụ công tác Đội cho các chi đội trưởng."
BODY = "Các em đội viên mới đọc lời hứa trước cờ Đội, rồi cùng thầy cô chụp ảnh lưu niệm dưới sân trường đầy nắng."
MORE = "Sau buổi lễ, liên đội tổ chức trò chơi dân gian và văn nghệ cho học sinh các khối lớp cùng tham gia."


def test_a_caption_saying_its_file_name_among_more_words_is_not_read() -> None:
    slug = "hoi-thi-nghiep-vu-cong-tac-doi-lien-doi-tieu-hoc-an-binh-nam-2024-2025"
    caption = (
        "Buổi hội thi nghiệp vụ công tác Đội của liên đội trường Tiểu học An Bình thị trấn Phú Mỹ năm học 2024 – 2025"
    )
    page = f"Hội thi nghiệp vụ công tác Đội\n\n{LEAD}\n\n{BODY}\n\n{slug}\n{caption}\n\n{MORE}\n"
    said = spoken_text(article_of(page))
    assert "Phú Mỹ" not in said and "Sau buổi lễ" in said


def test_a_portals_banner_and_sponsors_box_are_not_read_and_a_charter_is_titled_whole() -> None:
    banner = "Tỉnh đoàn Long An - Diễn đàn của Đoàn TNCS Hồ Chí Minh, Hội LHTN Việt Nam tỉnh Long An"
    preamble = "Hội Liên hiệp Thanh niên Việt Nam là tổ chức xã hội rộng rãi của thanh niên, do Đoàn làm nòng cốt."
    charter = "ĐIỀU LỆ\n\nHỘI LIÊN HIỆP THANH NIÊN VIỆT NAM"
    page = f"{banner}\nCác đơn vị tài trợ website\n\n{charter}\n\n{preamble}\n\n{BODY}\n"
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == "ĐIỀU LỆ HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM" and article.byline is None
    assert "Diễn đàn" not in said and "tài trợ" not in said


def test_a_pictures_alt_text_and_its_caption_after_a_list_are_not_read() -> None:
    items = "".join(f"  • {item}\n" for item in ("Mở cửa tủ quá lâu", "Cửa ngăn đá bị hở", "Để thức ăn nóng vào tủ"))
    alt, caption = "Thói quen dùng tủ không đúng cách", "Thói quen dùng tủ không đúng cách làm ngăn đá đóng tuyết dày"
    page = (
        f"Vì sao tủ lạnh bị đóng tuyết\n\n{LEAD}\n\nNguyên nhân thường gặp:\n\n{items}{alt}\n\n{caption}\n\n"
        f"Cách xử lý:\n\n{MORE}\n"
    )
    said = spoken_text(article_of(page))
    assert "không đúng cách" not in said and "Cách xử lý" in said


def test_a_heading_after_finished_prose_stays_over_the_caption_saying_it_again() -> None:
    page = (
        f"Chia sẻ máy in trong văn phòng\n\n{LEAD}\n\nMáy in không dây\n\n"
        f"Máy in không dây giúp kết nối với nhiều máy tính\n\n{MORE}\n"
    )
    assert "Máy in không dây" in chapter_titles(page)


def test_captions_naming_the_people_pictured_after_a_report_are_not_read() -> None:
    report = (
        "Năm học vừa qua, nhà trường đã hoàn thành tốt các chỉ tiêu đề ra, tỷ lệ trẻ chuyên cần đạt cao, nhiều cô giáo "
        "đạt danh hiệu giáo viên dạy giỏi cấp huyện và được phụ huynh tin tưởng gửi gắm con em."
    )
    captions = (
        "Bà: Trần Thị Mai – Hiệu trưởng nhà trường phát biểu khai mạc buổi lễ\n\n"
        "Ông Lê Văn Hùng – Chủ tịch Hội cha mẹ học sinh trao quà cho các cháu"
    )
    page = f"Trường Mầm non Hoa Sen tổng kết năm học\n\n{LEAD}\n\n{report}\n\n{captions}\n\n{MORE}\n"
    said = spoken_text(article_of(page))
    assert "Trần Thị Mai" not in said and "Lê Văn Hùng" not in said and "Sau buổi lễ" in said


def test_the_title_said_again_in_capitals_before_the_lead_is_not_read() -> None:
    title = "TRƯỜNG MG HOA SEN TỔ CHỨC LỄ RA TRƯỜNG CHO TRẺ 5 TUỔI 2024 -2025"
    lead = "Để các bé lớp lá hiểu ý nghĩa ngày ra trường, nhà trường tổ chức buổi lễ ấm cúng vào sáng ngày 28/5."
    again = f"TRƯỜNG MẪU GIÁO HOA SEN TỔ CHỨC LỄ RA TRƯỜNG CHO TRẺ MẪU GIÁO 5 TUỔI NĂM HỌC: 2024-2025 {lead}"
    article = article_of(f"{title}\n\n{again}\n\n{BODY}\n")
    assert article.lead == lead


def test_a_documents_title_in_capitals_glued_to_the_pages_title_is_not_in_the_headline() -> None:
    title = "Hướng dẫn tổ chức đại hội chi đoàn nhiệm kỳ mới của Đoàn Khoa Kinh tế"
    page = f"{title}HƯỚNG DẪN\n\nTỔ CHỨC ĐẠI HỘI CHI ĐOÀN NHIỆM KỲ MỚI\n\n1. NHIỆM VỤ CỦA ĐẠI HỘI\n\n{BODY}\n\n{MORE}\n"
    assert article_of(page).headline == title


_POST = " ".join(
    (
        "Cách xử lý máy giặt rung lắc mạnh khi vắt Hầu như gia đình nào hiện nay cũng dùng máy giặt để tiết kiệm",
        "thời gian giặt giũ. Tuy nhiên, sửa chữa máy giặt tại hà nội sau vài năm dùng, máy thường rung mạnh và kêu",
        "to khi vắt. Vì sao máy giặt rung lắc? Máy đặt trên nền không phẳng Bạn nên kiểm tra bốn chân máy xem đã cân",
        "hay chưa. Chân máy lệch khiến lồng giặt quay lệch tâm và va vào thành máy. Quần áo dồn về một phía Khi giặt",
        "chăn hay đồ dày, quần áo dễ dồn về một bên lồng giặt, làm máy mất cân bằng lúc quay nhanh.",
    )
)


def test_a_post_flattened_onto_one_line_is_parted_at_its_title_and_headings() -> None:
    article = article_of(_POST + "\n")
    said = spoken_text(article)
    assert article.headline == "Cách xử lý máy giặt rung lắc mạnh khi vắt"
    assert "Máy đặt trên nền không phẳng" in chapter_titles(_POST + "\n")
    assert "tại hà nội" not in said and "Tuy nhiên, sau vài năm dùng" in said


def test_a_lead_naming_a_festival_on_one_line_keeps_its_first_sentence_whole() -> None:
    lead = (
        "Sáng 17/2, hàng nghìn người dân và du khách đã kéo về trung tâm huyện để tham dự Lễ hội Xuống đồng của "
        "đồng bào dân tộc Tày ở vùng cao."
    )
    page = f"{lead} {BODY} {MORE} {BODY} {MORE}\n"
    assert not any(s.endswith("tham dự") for s in spoken_sentences(page))
