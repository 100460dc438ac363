"""Round 32 of reading real pages (issue 21): names an article defines in brackets with commas and
dashes, captions in brackets of their own, a writer's initials under the headline, a map link, a
schedule's closing lines, an ellipsis glued to the next sentence, a first line the copy never
stopped, a section heading under a summary, and a first line that opens with its weekday."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Thôn tổ chức bầu trưởng thôn và ngày hội đại đoàn kết"
LEAD = "Sáng nay, thôn đã tổ chức bầu trưởng thôn nhiệm kỳ mới và ngày hội đại đoàn kết toàn dân tộc."
BODY = "Cử tri trong thôn đã biểu quyết nhất trí bầu ông Lò Văn Sơn giữ chức vụ trưởng thôn nhiệm kỳ mới."
MORE = "Nhân dịp này, lãnh đạo huyện đã tặng quà động viên nhân dân trong thôn phát triển kinh tế."


def test_a_name_defined_with_commas_is_read_as_its_words_later() -> None:
    defined = "Bộ đã chuyển Vụ Phổ biến, giáo dục pháp luật (PBGDPL) thành một cục."
    later = "Công tác PBGDPL được giao cho các tỉnh."
    spoken = spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{defined}\n\n{later}")
    assert "Công tác phổ biến, giáo dục pháp luật được giao cho các tỉnh." in spoken
    assert not any("pê bê" in s for s in spoken)


def test_a_hyphenated_name_defined_after_dashed_words_is_read_as_its_words_later() -> None:
    defined = "Trường Ngôn ngữ - Xã hội Nhân văn (NN-XHNV) tổ chức lễ trao bằng."
    later = "Trường NN-XHNV có gần ba trăm tân cử nhân."
    spoken = spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{defined}\n\n{later}")
    assert "Trường ngôn ngữ xã hội nhân văn có gần ba trăm tân cử nhân." in spoken


def test_captions_in_brackets_of_their_own_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\n( Tiết mục văn nghệ chào mừng tại ngày hội)\n{BODY}\n( Cử tri biểu quyết nhất trí)\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_bracketed_sentence_and_a_subtitle_in_brackets_are_read() -> None:
    source = "(Theo điều 9 của thông tư số 78)."
    assert source in clean(f"{HEAD}\n{LEAD}\n{BODY}\n{source}\n{MORE}").blocks
    subtitle = "(Các sự kiện nổi bật trong tuần của huyện)"
    assert clean(f"{HEAD}\n{subtitle}\n{LEAD}\n{BODY}").blocks[1] == subtitle


def test_a_writers_initials_under_the_headline_are_not_a_chapter() -> None:
    article = article_of(f"{HEAD}\n\nTH\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.lead == LEAD
    assert "TH" not in spoken_text(article).split()


def test_a_roman_numeral_alone_is_not_taken_for_initials() -> None:
    assert "II" in clean(f"{HEAD}\n\nII\n\n{LEAD}\n\n{BODY}").blocks


def test_a_map_links_words_in_brackets_are_not_read() -> None:
    place = "Đón khách tại Trung tâm Hội nghị tỉnh, Hội trường A, Tầng 2 (xem bản đồ)."
    assert clean(f"{HEAD}\n{LEAD}\n{place}\n{BODY}").blocks[2] == (
        "Đón khách tại Trung tâm Hội nghị tỉnh, Hội trường A, Tầng 2."
    )


def test_a_schedules_closing_lines_are_read() -> None:
    schedule = "Chương trình\n7h00 – 8h00, Đón khách\n9h00 – 12h00, Lễ trao bằng\n12h00 – 14h00, Tiệc chúc mừng"
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{schedule}"))
    assert "9h00 – 12h00, Lễ trao bằng" in spoken and "12h00 – 14h00, Tiệc chúc mừng" in spoken


def test_a_heading_over_nothing_but_a_chart_is_still_not_read() -> None:
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nBiểu đồ số hộ nghèo qua các năm"))
    assert "Biểu đồ" not in spoken


def test_an_ellipsis_glued_to_the_next_sentence_ends_a_sentence() -> None:
    text = "Phòng lo việc đưa các bản đăng công báo ….Bộ Tư pháp phải đảm đương nhiều việc."
    assert split_sentences(text) == (
        "Phòng lo việc đưa các bản đăng công báo ….",
        "Bộ Tư pháp phải đảm đương nhiều việc.",
    )
    quoted = 'Họ chiến đấu với tinh thần "...Chúng ta thà hy sinh tất cả".'
    assert split_sentences(quoted) == (quoted,)


def test_a_first_line_the_copy_never_stopped_is_headed_by_its_first_sentence() -> None:
    first = (
        "Trong tiết trời dịu mát của mùa thu, những cơn gió se se lạnh. báo hiệu mùa thu đã về, "
        + "các bé háo hức chờ đêm hội trăng rằm với đèn lồng, bánh nướng và mâm cỗ " * 5
        + "cùng các cô"
    )
    article = article_of(f"{first}\n\nMột lần nữa chúc các bé có mùa trung thu thật vui.")
    assert article.headline == "Trong tiết trời dịu mát của mùa thu, những cơn gió se se lạnh"
    assert article.lead is not None and article.lead.startswith("Báo hiệu mùa thu đã về")


def test_a_numbered_heading_under_a_summary_is_not_the_headline() -> None:
    summary = (
        "Không cần chuẩn bị quá nhiều cho một kỳ nghỉ ở nhà dân vì bạn sẽ sống như người bản địa, cùng ăn, "
        "ở và sinh hoạt với gia chủ. Hiện ở nhiều tỉnh đã có dịch vụ này."
    )
    parts = f"1. Thế nào là du lịch ở nhà dân\n\n{BODY}\n\n2. Chuẩn bị trước chuyến đi\n\n{MORE}"
    article = article_of(f"{summary}\n\n{parts}")
    assert article.headline.startswith("Không cần chuẩn bị quá nhiều")
    assert article.lead == "Hiện ở nhiều tỉnh đã có dịch vụ này."
    assert [s.title for s in article.sections] == ["1. Thế nào là du lịch ở nhà dân", "2. Chuẩn bị trước chuyến đi"]


def test_a_first_line_opening_with_its_weekday_is_not_cut_at_a_capital() -> None:
    first = (
        "Thứ Bảy, ngày 24 tháng 6 năm 2023, Trường Đại học Hòa Bình sẽ tổ chức Lễ tốt nghiệp Chương trình Cử nhân"
        " lần đầu tiên."
    )
    assert clean(f"{first}\n\n{LEAD}\n\n{BODY}").blocks[0] == first
