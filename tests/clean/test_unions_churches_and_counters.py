"""Round 39 of reading real pages (issue 21): a credited caption kept whole, "Tin tức khác..."
under the writer's name, a date line ending in a comment count, a post counter, a caption with its
stop under a picture after an unstopped lead, a paragraph a page's table closes after, and names
a page defines with two acronyms or with "&"."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_sentences

HEAD = "Công đoàn công ty tổ chức hội thao cho công nhân lao động"
LEAD = "Sáng nay, Công đoàn công ty đã tổ chức hội thao với gần hai trăm công nhân đến từ mười lăm đội."
BODY = "Các vận động viên thi đấu ở các môn bóng đá, kéo co và chạy tiếp sức trong không khí sôi nổi."
MORE = "Kết thúc hội thao, ban tổ chức đã trao giải nhất cho đội của phân xưởng may số hai."


def test_a_credited_caption_is_not_split_into_a_heading_and_a_summary() -> None:
    caption = "Công nhân lao động tham gia Ngày hội văn hóa, thể dục thể thao trong Tháng Công nhân. Ảnh: Phương Anh"
    assert clean(f"{HEAD}\n{LEAD}\n{caption}\n{BODY}\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE)


def test_other_news_under_the_writers_name_is_not_read() -> None:
    draft = clean(f"{HEAD}\n{LEAD}\n{BODY}\n{MORE}\nBạch Cúc\n\nTin tức khác...")
    assert (draft.blocks, draft.byline) == ((HEAD, LEAD, BODY, MORE), "Bạch Cúc")


def test_a_date_line_ending_in_a_comment_count_is_metadata() -> None:
    draft = clean(f"{HEAD}\n\nThứ tư - 18/05/2022 04:29 0\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2022-05-18T04:29")


def test_a_post_counter_is_not_read() -> None:
    assert clean(f"{HEAD}\nPost: : 12\n{LEAD}\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_a_caption_with_its_stop_under_a_picture_after_an_unstopped_lead_is_not_read() -> None:
    lead = "Từ ngày 20-12-2018 đến hết ngày 20-1-2019 thành phố tổ chức trưng bày sinh vật cảnh tại Công viên Bách thảo"
    caption = "Đông đảo người dân đến tham quan trưng bày sinh vật cảnh tại Công viên Bách thảo."
    page = f"{HEAD}\n\n{lead}\n\n\n{caption}\n\n{BODY}\n\n{MORE}\n"
    assert caption not in clean(page).blocks


def test_a_paragraph_a_pages_table_closes_after_is_read() -> None:
    paragraph = f"{LEAD[:-1]}, cùng lãnh đạo công ty và đại diện công đoàn các khu công nghiệp trong tỉnh. | |"
    assert clean(f"{HEAD}\n{paragraph}\n{BODY}\n{MORE}").blocks[1].startswith("Sáng nay")


def test_a_row_of_titles_and_a_pictures_cell_in_a_table_are_not_read() -> None:
    row = (
        "Hội thao công nhân năm 2024: Sôi nổi khắp các khu công nghiệp Giải chạy công nhân lao động: Đông vui "
        "trong ba buổi chiều Giải bóng đá công nhân lao động khai mạc tại sân vận động thành phố với mười hai đội |"
    )
    cell = "| Vận động viên đội may số hai về đích đầu tiên ở nội dung chạy tiếp sức. |"
    assert clean(f"{HEAD}\n{LEAD}\n{row}\n{BODY}\n{cell}\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE)


def test_names_defined_with_two_acronyms_or_an_ampersand_are_read_as_their_words() -> None:
    first = (
        "Hội nghị Sinh viên nghiên cứu khoa học (SV NCKH) do Trường Công nghệ Thông tin và Truyền thông (CNTT&TT) mở."
    )
    later = "Hội nghị SV NCKH của Trường CNTT&TT nhận báo cáo đến cuối tháng."
    spoken = spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{first}\n\n{later}")
    assert "Hội nghị Sinh viên nghiên cứu khoa học do Trường Công nghệ Thông tin và Truyền thông mở." in spoken
    assert "Hội nghị sinh viên nghiên cứu khoa học của Trường công nghệ thông tin và truyền thông nhận" in " ".join(
        spoken
    )
    assert article_of(f"{HEAD}\n\n{LEAD}\n\n{first}").headline == HEAD
