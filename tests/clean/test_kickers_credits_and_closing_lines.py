"""Round 35 of reading real pages (issue 21): a place's kicker over the headline, a labelled date
glued to the paragraph under it, a caption broken over two lines at a comma, an outlet's
initials opening the lead, a row of related titles that opens with the page's own title, a
writer and agency glued after the closing mark, a TV clip's invitation to watch, initials
closing the page, a long teaser sentence for a headline, and a last sentence left unstopped."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Thành đoàn phát động chiến dịch mùa hè thanh niên tình nguyện năm nay"
LEAD = "Sáng nay, Thành đoàn đã phát động chiến dịch mùa hè tình nguyện với mười hai đội hình chuyên."
BODY = "Các đội hình sẽ hỗ trợ người dân vệ sinh đường làng, sửa nhà nhân ái và tiếp sức mùa thi."
MORE = "Ban tổ chức mong các bạn trẻ phát huy vai trò xung kích trong những việc khó ở địa phương."


def test_a_places_kicker_over_the_headline_is_not_the_headline() -> None:
    article = article_of(f"Hà Nội:\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert "Hà Nội:" not in spoken_text(article)


def test_a_labelled_date_glued_to_the_paragraph_under_it_is_the_date() -> None:
    article = article_of(f"{HEAD}\nNgày đăng: 24/11/2025{LEAD}\n{BODY}")
    assert article.lead == LEAD and article.published == "2025-11-24"


def test_a_caption_broken_at_a_comma_goes_with_its_second_line() -> None:
    caption = "Ban giám khảo (từ trái qua): TS. Ngô Văn An – Chủ tịch, TS. Trần Thị Bình – Phản biện 1,"
    page = f"{HEAD}\n{LEAD}\n{BODY}\n{caption}\nThS. Lê Văn Cường – Phản biện 2.\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "Phản biện 2" not in spoken and MORE in spoken


def test_an_outlets_initials_opening_the_lead_are_not_read() -> None:
    article = article_of(f"{HEAD}\n(LĐTĐ) Ban Thường vụ Thành ủy vừa ban hành kế hoạch về công tác thanh niên.\n{BODY}")
    assert article.lead == "Ban Thường vụ Thành ủy vừa ban hành kế hoạch về công tác thanh niên."
    about = "(WHO) Tổ chức này vừa công bố báo cáo mới về bệnh sốt xuất huyết ở châu Á."
    assert article_of(f"{HEAD}\n{about}\n{BODY}").lead == about


def test_a_row_of_related_titles_opening_with_the_pages_own_title_is_not_read() -> None:
    series = "Nâng tầm hoạt động của tổ chức Đoàn trong tình hình mới"
    row = f"{series} Xây dựng lớp thanh niên lớn mạnh Tuổi trẻ Thủ đô tiếp sức tuyến đầu chống dịch"
    page = (
        f"{series}\n\nBài 2: Đổi mới mạnh mẽ tổ chức và hoạt động của Đoàn\n\n08:49 | 06/08/2021\n{LEAD}\n{row}\n{BODY}"
    )
    spoken = spoken_text(article_of(page))
    assert "Tuổi trẻ Thủ đô tiếp sức" not in spoken and BODY in spoken


def test_a_writer_and_agency_after_the_closing_mark_are_the_byline() -> None:
    article = article_of(f"{HEAD}\n{LEAD}\n{BODY}\nDoanh thu năm nay dự kiến đạt ba trăm tỷ đồng./.Hải Âu/TTXVN")
    assert article.byline == "Hải Âu/TTXVN"
    assert article.sections[-1].paragraphs[-1] == "Doanh thu năm nay dự kiến đạt ba trăm tỷ đồng."


def test_a_clips_invitation_to_watch_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\n{BODY}\nMời quý vị và các bạn theo dõi chương trình!\nTruyền hình Thanh niên"
    assert "Mời quý vị" not in spoken_text(article_of(page))


def test_initials_with_their_dots_closing_the_page_are_the_byline() -> None:
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nT.H.")
    assert article.byline == "T.H." and "T.H." not in spoken_text(article)


def test_a_long_teaser_sentence_for_a_headline_is_not_cut_at_a_capitalised_object() -> None:
    teaser = (
        "Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh tổ chức Đoàn giám sát triển khai chiến dịch "
        "tiêm vắc xin phòng bệnh sởi tại Trạm y tế xã Vĩnh Lợi và điểm trường tiểu học của huyện."
    )
    article = article_of(f"{teaser}\n{LEAD}\n{BODY}")
    assert article.headline == teaser.rstrip(".") and article.lead == LEAD


def test_a_last_sentence_left_unstopped_is_read_but_a_heading_over_a_chart_is_not() -> None:
    closing = "Hội nghị đã diễn ra thành công tốt đẹp"
    assert closing in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{closing}"))
    for label in ("Các Album đã đăng", '1. Mỹ Linh và liveshow "Và em sẽ hát"', "Biểu đồ số hộ nghèo qua các năm"):
        assert label not in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{label}"))


def test_a_date_under_a_related_stories_box_is_not_the_articles() -> None:
    page = (
        f"{HEAD}\n{LEAD}\n{BODY}\nTin cùng chuyên mục\nMột tin khác của chuyên mục kinh tế hôm nay\n21:14' - 18/12/2025"
    )
    article = article_of(page)
    assert article.published is None and article.category is None
