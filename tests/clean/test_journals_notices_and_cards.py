"""Round 24 of reading real pages (issue 21): a journal's article with its editorial dates, an
English title and a labelled abstract, a web app's notices, a card that glues its headline to its
summary with a bullet, a brand's name inside a one-sentence page, and a desk's date line."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.model import Document
from audio_edition.segment import build_article

HEAD = "Giá vé xe buýt cho học sinh được giữ nguyên trong năm học mới"
LEAD = "Sở Giao thông vận tải thành phố cho biết giá vé tháng dành cho học sinh sẽ không thay đổi."
BODY = "Mỗi học sinh được mua vé tháng với giá bằng một nửa giá vé thông thường tại các điểm bán."


def _article(page: str):
    return build_article(Document(source="t.txt", text=page))


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
    article = _article(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert article.published == "2021-04-12T09:15" and article.category == "Nghiên cứu - Trao đổi"
    assert article.sections[0].paragraphs == (BODY,)
    # an English line in an English page is its text, not furniture
    english = "Bus fares for students stay the same for the new school year"
    assert english in clean(f"{english}\n\nThe city said the monthly pass will cost the same as last year.").blocks


def test_a_desks_date_line_with_its_zone_is_metadata_and_a_player_label_is_not_read() -> None:
    page = f"{HEAD}\n\nPhóng viên - 05/09/2019 | 07:30 [GMT + 7]\n\nNghe nội dung chi tiết tại đây:\n\n{LEAD}\n\n{BODY}"
    article = _article(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert article.published == "2019-09-05T07:30" and article.byline == "Phóng viên"
    assert article.category is None


def test_a_back_to_top_control_an_illustrations_source_and_a_reconnect_notice_are_not_read() -> None:
    notice = "Looks like your connection to Portal was lost, please wait while we try to reconnect."
    page = f"{HEAD}\n\n{LEAD}\n\nẢnh minh họa - Internet\n\n{BODY}{notice}\n\nLên top"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_headline_glued_to_its_summary_by_a_bullet_is_parted() -> None:
    article = _article(f"{HEAD}  • {LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)


def test_a_one_sentence_page_is_not_cut_at_a_brands_name() -> None:
    sentence = (
        "Sau khi được duyệt cơ chế trợ giá, giá vé tuyến buýt điện VinBus của công ty dự kiến ở mức "
        "bảy nghìn đồng một lượt cho mọi hành khách."
    )
    assert clean(f"{sentence}\n\n{BODY}").blocks[0] == sentence
