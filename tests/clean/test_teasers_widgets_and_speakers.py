"""Round 41 of reading real pages (issue 21): the outlet's other stories under the writer's
sign-off, a weather box with its humidity under the page's clock, a headline over a date line's
bar, related titles glued to themselves, a list of attached files, a caption glued to its
picture's file name, guests speaking or handing out awards in captions, a word a wrapped line
parted ("Đại" / "đức cũng cho biết: ..."), and letters the lexicon reads only in context that the
article spells out ("PG" on a page about "Phật giáo")."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.clean.unwrap import unwrap

from .pages import spoken_sentences

HEAD = "Hội Liên hiệp Phụ nữ huyện bàn giao nhà tình thương"
LEAD = "Sáng nay, Hội Liên hiệp Phụ nữ huyện đã bàn giao một căn nhà tình thương cho hội viên nghèo."
BODY = "Căn nhà rộng năm mươi mét vuông, được xây bằng tiền các hội viên trong huyện góp lại."
MORE = "Dịp này, hội cũng trao mười suất quà cho các gia đình có hoàn cảnh khó khăn trong xã."


def test_the_outlets_other_stories_under_the_writers_sign_off_are_not_read() -> None:
    page = (
        f"{HEAD}\n(HBĐT) - {LEAD}\n{BODY}\nPV\n"
        "(HBĐT) - Những ngày cuối năm, mọi người tất bật hoàn tất công việc để đón xuân bên gia đình.\n"
        "(HBĐT) - Mỗi khi Tết đến, các bản làng trong tỉnh tổ chức nhiều trò chơi dân gian."
    )
    draft = clean(page)
    assert (draft.blocks, draft.outlet, draft.byline) == ((HEAD, LEAD, BODY), "HBĐT", "PV")


def test_a_weather_box_with_its_humidity_under_the_pages_clock_is_not_read() -> None:
    page = f"Thứ tư, 24/04/2019 11:03 (GMT +7)\n\n| Hà Nội 34°C /57%\n\n{HEAD}\n\n{LEAD}\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_headline_over_a_date_lines_bar_is_kept_and_titles_glued_to_themselves_go() -> None:
    related = "Cần Thơ: Xây dựng thương hiệu ẩm thực gắn với du lịch"
    page = f"{HEAD}\n\n09:30 | 13/10/2023\n\n|\n{LEAD}\n{related}{related}\n{HEAD}\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_list_of_attached_files_is_not_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\n{BODY}\nTài liệu đính kèm:\n"
        "- Báo cáo thẩm tra hồ sơ đề nghị công nhận cho 8 xã Tải về\n"
        "- Báo cáo kết quả thực hiện các tiêu chí của 10 xã năm 2023 Tải về"
    )
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_caption_glued_to_its_pictures_file_name_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nle-ban-giao-nha-tinh-thuongCăn nhà mới của chị Lan\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_guests_speaking_or_handing_out_awards_in_captions_are_not_read() -> None:
    page = (
        f"{HEAD}\n"
        "Đồng chí Nông Văn Bình, Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy phát biểu tại hội nghị.\n"
        f"{LEAD}\nĐĐ.Thích Nguyên Phong phát biểu tại đại hội\n{BODY}\n"
        "Chủ tịch Hội Nhà văn Đinh Thường tặng hoa chúc mừng câu lạc bộ thơ\n"
        "ĐĐ.Thích Tâm Đức, Trưởng BTS PG tỉnh trao bằng tuyên dương các cá nhân\n"
        f"{MORE}"
    )
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_guest_speaking_in_a_sentence_that_goes_on_is_read() -> None:
    said = "Đồng chí Nông Văn Bình phát biểu tại hội nghị, đề nghị các xã đẩy nhanh tiến độ giải ngân."
    assert clean(f"{HEAD}\n{LEAD}\n{said}\n{BODY}").blocks == (HEAD, LEAD, said, BODY)


def test_a_word_a_wrapped_line_parted_before_a_colon_is_joined() -> None:
    text = (
        "Ban tổ chức cho biết công tác chuẩn bị đang diễn ra khẩn trương và chu đáo.\n"
        "Đại\n"
        "đức cũng cho biết: dự kiến ban đầu, chùa chỉ tiếp nhận 250 cháu tham dự.\n"
    )
    joined = "Đại đức cũng cho biết: dự kiến ban đầu, chùa chỉ tiếp nhận 250 cháu tham dự."
    assert unwrap(text).splitlines()[1] == joined


def test_a_files_last_newline_does_not_part_wrapped_paragraphs() -> None:
    wrapped = (
        "Đại đức Thích Quảng Truyền cho biết: đến giờ phút này, đã có 475 các cháu\n"
        "thiếu niên Phật tử ở Lạng Sơn đăng ký tham dự khóa tu. Ban Tổ chức đang\n"
        "nỗ lực hết sức cho công tác chuẩn bị như trang phục, hậu cần và quà tặng\n"
        "cho các cháu đạt thành tích học tập trong niên học vừa qua, nhìn chung\n"
        "công tác chuẩn bị đang diễn ra suôn sẻ dù thời tiết khá nắng nóng...\n"
        "Đại đức cũng cho biết: dự kiến ban đầu, Ban Tổ chức khóa tu chỉ nhận 250\n"
        "cháu, nhưng khi nhận được thông báo, đã có rất đông các phụ huynh và các\n"
        "cháu đến chùa, đề nghị xin được tham dự khóa tu vào mùa hè năm nay.\n"
    )
    lines = unwrap(f"Khóa tu mùa hè tại chùa Thành\n\n{wrapped}").strip().split("\n")
    assert len(lines) == 4  # the title, a blank line, two paragraphs


def test_letters_read_only_in_context_take_the_articles_own_words_elsewhere() -> None:
    page = (
        "Đại hội Phật giáo huyện Nông Cống lần thứ tư\n"
        "Sáng qua, Ban Trị sự Phật giáo huyện đã tổ chức đại hội với bốn trăm Phật tử tham dự.\n"
        "Ban Hướng dẫn Phật tử PG tỉnh đã trao bằng tuyên dương cho các cá nhân PG huyện."
    )
    assert spoken_sentences(page)[-1] == (
        "Ban Hướng dẫn Phật tử phật giáo tỉnh đã trao bằng tuyên dương cho các cá nhân phật giáo huyện."
    )
