"""Round 25 of reading real pages (issue 21): commune and school sites with pictures' paths, size
controls, gallery pointers and guests' flowers, a byline closing the last paragraph, a Q&A column,
a series of price headings, a wrapped document that breaks before names, and pages that open with
one long sentence."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of

HEAD = "Hội thi nấu ăn chào mừng ngày Phụ nữ Việt Nam"
LEAD = "Sáng nay, hội phụ nữ phường tổ chức hội thi nấu ăn với sự tham gia của tám đội thi."
BODY = "Ban giám khảo đã trao giải nhất cho đội khu phố hai và giải nhì cho đội khu phố năm."
MORE = "Hội thi là dịp để các chị em giao lưu, học hỏi kinh nghiệm nấu những món ăn ngon cho gia đình."


def test_pictures_paths_upload_names_size_controls_and_gallery_pointers_are_not_read() -> None:
    page = "\n\n".join(
        [
            HEAD,
            "A- A A+",
            LEAD,
            "Media/12_PhuongA/FolderFunc/202403/Images/2-20240308081159-e.jpg",
            "a9f3c2e1b4d5f60718293a4b-edited-1690977033796-1692349526564_result",
            BODY,
            "( dưới đây là một số hình ảnh về hội thi của phường)",
            "Nguồn Tin:",
        ]
    )
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_writers_line_with_a_comment_count_and_a_guests_flowers_are_not_read() -> None:
    flowers = "Đồng chí Lê Văn Tâm – Phó Chủ tịch UBND phường tặng hoa các đội thi"
    page = f"{HEAD}\n\nMinh Anh nguồn bình luận 12\n\n{LEAD}\n\n{flowers}\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_caption_over_a_lone_table_bar_and_a_short_one_under_the_headline_again_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nBan giám khảo chấm điểm các món ăn của đội khu phố hai\n|\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)
    page = f"{HEAD}\n\n{LEAD}\n\n{HEAD}\n\nMột món dự thi.\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_byline_in_capitals_closing_the_last_paragraph_and_a_sites_other_news_are_not_read() -> None:
    d = clean(f"{HEAD}\n\n{LEAD}\n\n{BODY} THANH HÀ")
    assert d.blocks[-1] == BODY and d.byline == "Thanh Hà"
    d = clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nTiến Dũng\n\nCác tin khác\n\nXem tin theo ngày\n\nThống kê truy cập")
    assert d.blocks[-1] == BODY and d.byline == "Tiến Dũng"


def test_a_sites_news_label_before_the_headline_is_not_read() -> None:
    assert article_of(f"Tin: {HEAD.upper()}\n\n{LEAD}\n\n{BODY}").headline == HEAD.upper()


def test_a_readers_question_under_its_label_is_the_lead_and_a_lists_last_item_is_read() -> None:
    question = "Chào bác sĩ, tôi năm mươi tuổi và bị cao huyết áp, xin hỏi số cấp cứu gần nhà (Lê Văn Tín, Hà Nội)"
    page = (
        f"Muốn gọi cấp cứu tại nhà thì liên hệ số nào?\n\nCâu hỏi\n\n{question}\n\nTrả lời\n\n{BODY}\n\n"
        "Khi gọi, người bệnh cần báo những thông tin sau:\n\n+ Địa chỉ chính xác của nơi cần cấp cứu"
    )
    article = article_of(page)
    assert article.lead == question
    assert article.sections[-1].paragraphs[-1] == "Địa chỉ chính xác của nơi cần cấp cứu"


def test_a_series_of_headings_that_open_alike_is_not_taken_for_captions() -> None:
    page = "\n\n".join(
        [
            "Giá lợn hơi hôm nay giảm ở nhiều địa phương",
            "Giá lợn hơi hôm nay tại miền Bắc giảm nhẹ",
            "Giá lợn hơi hôm nay tại miền Bắc ghi nhận mức giảm một nghìn đồng mỗi ký ở nhiều tỉnh.",
            "Giá lợn hơi hôm nay tại miền Nam đứng yên",
            "Giá lợn hơi hôm nay tại miền Nam không đổi so với hôm qua ở hầu hết các tỉnh.",
        ]
    )
    sections = article_of(page).sections
    assert sections[-1].title == "Giá lợn hơi hôm nay tại miền Nam đứng yên"


def test_a_wrapped_sentence_goes_on_over_a_line_that_opens_on_a_name() -> None:
    page = (
        "Khai giảng năm học mới\n"
        "Đến dự buổi lễ khai giảng, nhà trường vinh\n"
        "dự đón ông Trần Văn Cường, Phó Chủ tịch\n"
        "Ủy ban nhân dân xã và ông Nguyễn Văn\n"
        "Bang, Chủ tịch hội nông dân xã cùng nhiều\n"
        "phụ huynh học sinh đến chung vui.\n"
        "Sau lễ chào cờ, thầy hiệu trưởng đọc\n"
        "thư của Chủ tịch nước gửi các thầy cô và học sinh.\n"
    )
    assert clean(page).blocks[1:] == (
        "Đến dự buổi lễ khai giảng, nhà trường vinh dự đón ông Trần Văn Cường, Phó Chủ tịch Ủy ban nhân dân "
        "xã và ông Nguyễn Văn Bang, Chủ tịch hội nông dân xã cùng nhiều phụ huynh học sinh đến chung vui.",
        "Sau lễ chào cờ, thầy hiệu trưởng đọc thư của Chủ tịch nước gửi các thầy cô và học sinh.",
    )


def test_a_page_opening_with_one_long_sentence_is_headed_by_its_first_clause() -> None:
    guests = ", ".join(f"ông Nguyễn Văn {name} – Chủ tịch hội {i}" for i, name in enumerate("ABCDEFGHIK"))
    page = f"Đến dự lễ khai giảng năm học mới có các vị đại biểu, khách quý: {guests}.\n\n{BODY}"
    article = article_of(page)
    assert article.headline == "Đến dự lễ khai giảng năm học mới có các vị đại biểu, khách quý"
    assert article.lead == f"Ông Nguyễn Văn A – Chủ tịch hội 0{guests[len('ông Nguyễn Văn A – Chủ tịch hội 0') :]}."
