"""Round 24 of reading real pages (issue 21): a journal's article with its editorial dates, an
English title and a labelled abstract, a web app's notices, a card that glues its headline to its
summary with a bullet, a brand's name inside a one-sentence page, and a desk's date line."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of

HEAD = "Giá vé xe buýt cho học sinh được giữ nguyên trong năm học mới"
LEAD = "Sở Giao thông vận tải thành phố cho biết giá vé tháng dành cho học sinh sẽ không thay đổi."
BODY = "Mỗi học sinh được mua vé tháng với giá bằng một nửa giá vé thông thường tại các điểm bán."


def test_a_journals_dates_english_title_and_abstract_label_are_not_read() -> None:
    page = "\n\n".join(
        [
            HEAD,
            "Nghiên cứu - Trao đổi - Ngày đăng : 09:15, 12/04/2021",
            "Ngày nhận bài: 2/1/2021 - Ngày biên tập: 9/1/2021 - Ngày duyệt đăng: 1/2/2021",
            f"Tóm tắt: {LEAD}",
            "Student bus fares stay the same for the new school year in the city",
            BODY,
        ]
    )
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert article.published == "2021-04-12T09:15" and article.category == "Nghiên cứu - Trao đổi"
    assert article.sections[0].paragraphs == (BODY,)
    # an English line in an English page is its text, not furniture
    english = "Bus fares for students stay the same for the new school year"
    assert english in clean(f"{english}\n\nThe city said the monthly pass will cost the same as last year.").blocks


def test_a_desks_date_line_with_its_zone_is_metadata_and_a_player_label_is_not_read() -> None:
    page = f"{HEAD}\n\nPhóng viên - 05/09/2019 | 07:30 [GMT + 7]\n\nNghe nội dung chi tiết tại đây:\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert article.published == "2019-09-05T07:30" and article.byline == "Phóng viên"
    assert article.category is None


def test_a_back_to_top_control_an_illustrations_source_and_a_reconnect_notice_are_not_read() -> None:
    notice = "Looks like your connection to Portal was lost, please wait while we try to reconnect."
    page = f"{HEAD}\n\n{LEAD}\n\nẢnh minh họa - Internet\n\n{BODY}{notice}\n\nLên top"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_headline_glued_to_its_summary_by_a_bullet_is_parted() -> None:
    article = article_of(f"{HEAD}  • {LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)


def test_a_one_sentence_page_is_not_cut_at_a_brands_name() -> None:
    sentence = (
        "Sau khi được duyệt cơ chế trợ giá, giá vé tuyến buýt điện VinBus của công ty dự kiến ở mức "
        "bảy nghìn đồng một lượt cho mọi hành khách."
    )
    assert clean(f"{sentence}\n\n{BODY}").blocks[0] == sentence


def test_the_line_under_the_headline_printed_again_as_a_pictures_text_is_its_caption() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n{HEAD}\n\n     Học sinh xếp hàng mua vé tại bến xe buýt trung tâm\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_maps_caption_that_places_what_it_shows_is_not_read_but_a_heading_opening_so_is() -> None:
    caption = "Vị trí trận động đất xảy ra lúc 9h10 ngày 3/5 tại huyện Kon Plông khiến nhiều nhà ở Quảng Ngãi rung lắc"
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)
    heading = "Vị trí của xe buýt trong giao thông đô thị"
    assert heading in clean(f"{HEAD}\n\n{LEAD}\n\n{heading}\n\n{BODY}").blocks


def test_a_long_line_without_a_full_stop_under_the_headline_is_the_first_pictures_caption() -> None:
    caption = "Học sinh, sinh viên được xem là những hành khách chính của các tuyến xe buýt trong nội thành"
    article = article_of(f"{HEAD}\n\nPhóng viên - 05/09/2019 | 07:30\n\n{caption}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert caption not in " ".join(p for s in article.sections for p in s.paragraphs)


def test_a_clinics_profile_box_and_a_portraits_name_are_not_read() -> None:
    box = "Với nhiều năm công tác tại khoa Tiêu hóa, ThS. BS Lê Văn Hùng đã khám cho hàng nghìn người bệnh."
    page = f"{HEAD}\n\n{box}\n\nThS. BS Lê Văn Hùng\n\n{LEAD}\n\n{BODY}\n\nPGS.TS Trần Minh Đức\n\n{BODY[:-1]} mới."
    assert clean(page).blocks == (HEAD, LEAD, BODY, f"{BODY[:-1]} mới.")


def test_a_wrapped_laws_title_and_its_articles_number_are_read_whole() -> None:
    page = (
        "QUY CHẾ\nHOẠT ĐỘNG\nCỦA HỘI ĐỒNG\n(Ban hành kèm theo Quyết định số 12/QĐ-HĐ\nngày 5 tháng 3 năm 2020)\n"
        "Điều\n1. Phạm vi điều chỉnh\nQuy chế này quy định về tổ chức và\nhoạt động của Hội đồng trong\n"
        "nhiệm kỳ và các kỳ họp thường\nlệ của Hội đồng.\n"
    )
    article = article_of(page)
    assert article.headline == "QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG"
    assert article.sections[0].title == "Điều 1. Phạm vi điều chỉnh"
    # capitals at the top of a page that is not wrapped stay apart
    assert clean("TRANG CHỦ\nTIN TỨC\n" + HEAD + "\n" + LEAD).blocks[-2:] == (HEAD, LEAD)


def test_a_subheading_built_on_the_headline_is_kept() -> None:
    head = "Giải chạy mùa thu của thành phố lần thứ bảy"
    page = (
        f"{head}\n\nGiải chạy mùa thu của thành phố lần thứ bảy sẽ diễn ra vào tháng mười với nhiều cự ly.\n\n"
        f"Lộ trình {head}\n\nGiải chạy mùa thu của thành phố lần thứ bảy xuất phát từ công viên, về đích ở quảng trường"
    )
    assert f"Lộ trình {head}" in clean(page).blocks


def test_a_tag_pages_title_printed_again_in_capitals_heads_no_story() -> None:
    summary = "Từ tháng tám, thành phố sẽ đưa thêm bốn trăm xe buýt điện vào khai thác trên ba mươi tuyến mới."
    page = f"xe buýt điện nội đô\n\n{summary}\n\nXe buýt điện nội đô\n\n-\n\n{BODY}"
    article = article_of(page)
    assert article.category == "xe buýt điện nội đô" and article.headline == summary.rstrip(".")
