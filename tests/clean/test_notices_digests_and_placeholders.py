"""Round 40 of reading real pages (issue 21): a posting date in brackets closing the headline, a
"see more" pointer whose links are gone, a magazine's tag glued to the lead, captions of organisers
handing out prizes and of teams, a "skip to content" link, a view counter that names itself twice,
pictures' placeholders, a school's name in capitals between the title and its copy, a press
digest's dated title, and a sentence that opens with its day never parted as a headline."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

HEAD = "Hội Cựu giáo chức huyện tổ chức đại hội nhiệm kỳ mới"
LEAD = "Sáng nay, Hội Cựu giáo chức huyện đã tổ chức đại hội với hơn một trăm đại biểu tham dự."
BODY = "Đại hội đã thông qua phương hướng hoạt động và bầu ban chấp hành khóa mới gồm chín người."
MORE = "Dịp này, hội đã khen thưởng mười hai hội viên có thành tích xuất sắc trong công tác khuyến học."


def test_a_posting_date_in_brackets_closing_the_headline_is_metadata() -> None:
    draft = clean(f"Thông báo khẩn về việc ngưng cung cấp nước (Ngày đăng: 19/10/2018)\n{LEAD}\n{BODY}")
    assert (draft.blocks[0], draft.published) == ("Thông báo khẩn về việc ngưng cung cấp nước", "2018-10-19")


def test_a_see_more_pointer_whose_links_are_gone_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\n{BODY}\nXem thêm thông tin về sự cố:\n* https://vnexpress.net/\n \nSố lượt xem: 889"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_magazines_tag_glued_to_the_lead_is_the_outlet() -> None:
    draft = clean(f"{HEAD}\nTN&MT{LEAD}\n{BODY}")
    assert (draft.blocks, draft.outlet) == ((HEAD, LEAD, BODY), "TN&MT")


def test_captions_of_organisers_handing_out_prizes_and_of_teams_are_not_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\nCác đội thi tham gia phần thi lời chào nông dân\n{BODY}\n"
        f"Ban tổ chức trao giải cho các đội tham gia thi\n{MORE}"
    )
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_skip_to_content_link_is_not_the_headline() -> None:
    draft = clean(f"Truy cập nội dung luôn\n\n{HEAD}\n\n17-11-2021 21:31\n\n{LEAD}\n\n{BODY}")
    assert draft.blocks == (HEAD, LEAD, BODY)


def test_a_view_counter_that_names_itself_twice_is_not_read() -> None:
    assert clean(f"{HEAD}\n{LEAD}\nLượt xem: 4393 lượt xem\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_pictures_placeholders_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nh1\n{BODY}\nh2          h3\n{MORE}\nh4   h9   h8"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_schools_name_in_capitals_between_the_title_and_its_copy_is_not_read() -> None:
    title = "HƯỞNG ỨNG NGÀY SÁCH VÀ VĂN HÓA ĐỌC VIỆT NAM"
    article = article_of(f"{title}\n\nTRƯỜNG TIỂU HỌC TRẦN PHÚ\n\n{title}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (title, LEAD)
    assert "TRẦN PHÚ" not in spoken_text(article)


def test_a_press_digests_dated_title_is_its_headline() -> None:
    assert article_of(f"Điểm báo ngày 26/7/2023\n{LEAD}\n{BODY}").headline == "Điểm báo ngày 26/7/2023"


def test_a_place_and_its_date_over_the_headline_stays_a_date_line() -> None:
    draft = clean(f"Hà Nội, ngày 27/09/2020\n{HEAD}\n{LEAD}\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2020-09-27")


def test_a_sentence_that_opens_with_its_day_is_not_parted_as_a_headline() -> None:
    sentence = (
        "Ngày 16/11, Hội cựu giáo chức huyện tổ chức gặp mặt Ngày nhà giáo Việt Nam và tổng kết công tác hội năm 2021."
    )
    assert sentence in clean(f"{HEAD}\n{LEAD}\n{sentence}\n{BODY}").blocks
