"""Round 29 of reading real pages (issue 21): a page written in look-alike letters, a forum's post
line, a blog archive's month, a trail in a Markdown heading that ends in the headline, a user name
set as a heading, an SEO line "Bạn đang xem:", a lead whose sentence opens with its day, a list of
dated lines under a summary, and numbered parts whose items are numbered "1.1."."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences
from audio_edition.text.unicode import clean_unicode

from .pages import article_of, spoken_text

HEAD = "Hội Nông dân xã ra mắt tổ hội nghề nghiệp trồng hoa"
LEAD = "Chiều qua, hội nông dân xã đã ra mắt tổ hội nghề nghiệp với hai mươi lăm thành viên tham gia."
BODY = "Tổ hội sẽ cùng nhau chia sẻ kinh nghiệm trồng và chăm sóc hoa, tìm đầu ra ổn định cho sản phẩm."
MORE = "Dịp này, hội còn trao tặng các thành viên chế phẩm sinh học để chăm bón hoa đạt năng suất cao."


def test_look_alike_letters_are_read_as_the_latin_letters_they_stand_for() -> None:
    # small capitals and Cyrillic letters in place of Latin ones, and an eth for Đ
    hidden = "Bạn \u0455ẽ thấy \u1d04ách nấu ha\u0443 như nhà hàng ở Bình \u00d0ịnh"
    assert clean_unicode(hidden) == "Bạn sẽ thấy cách nấu hay như nhà hàng ở Bình Định"


def test_a_russian_word_keeps_its_letters() -> None:
    assert clean_unicode("Tờ báo Правда và tạp chí Огонёк") == "Tờ báo Правда và tạp chí Огонёк"


def test_a_forums_post_line_is_the_date_and_not_read() -> None:
    article = article_of(f"{HEAD}\n\nquantri gửi vào T3, 2018-01-09 14:22\n\n{LEAD}\n\n{BODY}")
    assert article.published == "2018-01-09T14:22"
    assert article.headline == HEAD and article.lead == LEAD and "quantri" not in spoken_text(article)


def test_a_blog_archives_month_over_the_post_is_not_the_headline() -> None:
    article = article_of(f"October 2014\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and article.lead == LEAD


def test_a_trail_in_a_heading_that_ends_in_the_headline_gives_the_headline_and_category() -> None:
    article = article_of(f"# Du lịch ngoài nước > Nhà hàng > {HEAD}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and article.category == "Nhà hàng" and article.lead == LEAD


def test_a_user_name_set_as_a_heading_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\n## hantt.163\n\n{LEAD}\n\n{BODY}")
    assert article.lead == LEAD and "hantt" not in spoken_text(article)


def test_an_seo_line_naming_the_page_again_is_not_read() -> None:
    draft = clean(f"{HEAD}\n\nBạn đang xem: {HEAD}\n\n{LEAD}\n\n{BODY}")
    assert draft.blocks == (HEAD, LEAD, BODY)


def test_a_first_line_that_opens_with_its_day_is_not_cut_inside_a_sentence() -> None:
    opening = (
        "Ngày 13/12, gần một nghìn đại biểu dự đại hội đã thảo luận thông qua đề án nhân sự, bầu Ban chấp hành "
        "khóa mới gồm một trăm năm mươi mốt người. Ban chấp hành khóa mới đã bầu ba mươi ba người vào Ban "
        "Thường vụ."
    )
    article = article_of(f"{opening}\n\n{BODY}\n\n{MORE}")
    assert article.headline.endswith("gồm một trăm năm mươi mốt người")
    assert article.lead.startswith("Ban chấp hành khóa mới đã bầu")


def test_dated_lines_under_a_summary_are_a_list_not_a_headline() -> None:
    summary = (
        "Các nhà máy điện mặt trời ngày càng lớn hơn trong bốn mươi năm qua. Sau đây là những mốc thời gian "
        "ra đời các nhà máy lớn nhất thế giới, tính theo công suất lắp đặt."
    )
    lines = "\n\n".join(
        ["1982: Lugo (Hoa Kỳ) - 1 MW", "1985: Carrisa Plain (Hoa Kỳ) - 5.6 MW", "2008: Olmedilla (Tây Ban Nha) - 60 MW"]
    )
    article = article_of(f"{summary}\n\n{lines}")
    assert article.headline.startswith("Các nhà máy điện mặt trời")
    assert "1982: Lugo (Hoa Kỳ) - 1 MW" in article.sections[0].paragraphs


def test_an_item_numbered_one_point_one_keeps_its_text() -> None:
    assert split_sentences("1.1. Khách tham quan phải tuân thủ hướng dẫn. 1.2. Không xả rác.") == (
        "1.1. Khách tham quan phải tuân thủ hướng dẫn.",
        "1.2. Không xả rác.",
    )


def test_a_numbered_part_over_its_first_item_is_no_lead() -> None:
    item_one = "1.1. Tất cả khách tham quan phải tuân thủ quy định của khu du lịch và hướng dẫn của nhân viên."
    item_two = "1.2. Giữ gìn vệ sinh chung, không xả rác bừa bãi, chỉ bỏ rác vào đúng nơi quy định."
    article = article_of(f"QUY ĐỊNH DÀNH CHO KHÁCH THAM QUAN\n\n1. Quy định chung\n\n{item_one}\n\n{item_two}")
    assert article.lead is None
    assert article.sections[0].title == "1. Quy định chung"
    assert article.sections[0].paragraphs[:2] == (item_one, item_two)
