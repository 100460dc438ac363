"""Round 72 of reading real pages (issue 21): badminton tournaments, a scanned document library,
fish farming guides, boat races, pet care, craft villages. A scan's syllables split by a space are
joined, a title and its copy in capitals stay the title, counts and a section under the title, a
page's clock over its title and a card's widgets are not read, and an outlet's tag opening the
first sentence keeps it whole."""

from __future__ import annotations

from audio_edition.text.legacy import repair

from .pages import article_of, spoken_text

HEAD = "Kỹ thuật nuôi cá rô phi đơn tính"
LEAD = "Nuôi cá rô phi đơn tính cho năng suất cao nếu người nuôi chuẩn bị ao kỹ và chọn giống tốt."
BODY = "Ao nuôi nên có dạng hình chữ nhật, độ sâu mực nước từ một mét rưỡi đến hai mét là vừa."
MORE = "Trước khi thả cá cần tháo cạn nước, vét bớt bùn đáy và bón vôi khử trùng cho ao."


def test_a_scans_split_syllables_are_joined() -> None:
    scan = "Là m ột quốc gia nhiệt đới, Việt Nam ph ải chịu thiên tai. Các d ạng ấy có m ối liên hệ với mưa."
    page = f"{scan} Một số dạng thiên tai thường gặp là lũ quét. Mối lo của người dân là mưa. Họ phải sơ tán."
    joined = repair(page)
    assert (
        "Là một quốc gia" in joined and "Việt Nam phải" in joined and "Các dạng" in joined and "mối liên hệ" in joined
    )


def test_a_name_of_one_letter_is_not_joined_to_the_word_after_it() -> None:
    page = "Anh M ăn cơm xong thì đi làm. Chị H ở nhà trông con. Một lúc sau anh M về."
    assert repair(page) == page


def test_a_title_and_its_copy_in_capitals_stay_the_title() -> None:
    page = f"{HEAD}\n\n{HEAD.upper()}\n\n1. Điều kiện ao nuôi\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    assert article_of(page).headline == HEAD


def test_counts_and_a_section_under_the_title_are_not_read() -> None:
    page = f"{HEAD}\n\n0\n\n3110\n\nVật Phẩm Phong Thủy\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.category == "Vật Phẩm Phong Thủy" and "Phong Thủy" not in spoken_text(article)


def test_the_pages_clock_over_its_title_and_a_cards_widgets_are_not_read() -> None:
    page = (
        f"Thứ 3, 03/12/2024 04:51 [(GMT +7)]\n\n{HEAD}\n\nThứ 2, 27/11/2023 | 09:29:00 [GMT +7]\n\n{LEAD}\n\n"
        f"{BODY}\n\nLink gốc\n\nÝ kiến ()\n\nRate this post\n\n{MORE}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == HEAD and article.published == "2023-11-27T09:29:00"
    assert "Link gốc" not in said and "Ý kiến" not in said and "Rate this" not in said


def test_an_outlets_tag_opening_the_first_sentence_keeps_it_whole() -> None:
    first = (
        "(CLO) Cứ vào dịp Tết Độc lập, trên dòng sông Kiến Giang, quê hương Đại tướng Võ Nguyên Giáp, "
        "lễ hội đua thuyền lại diễn ra rộn ràng. Hàng vạn người dân đổ về cổ vũ các đội đua."
    )
    article = article_of(f"{first}\n\n{BODY}\n\n{MORE}")
    assert article.headline.endswith("lễ hội đua thuyền lại diễn ra rộn ràng")


def test_a_heading_tag_cut_off_at_the_end_is_not_read() -> None:
    cut = '<h2 style="font-weight: bold; margi'
    page = f'{HEAD}\n\n{LEAD}\n\n<h2 style="font-weight: bold;">Chuẩn bị ao</h2>\n\n{BODY}\n\n{MORE}\n{cut}'
    said = spoken_text(article_of(page))
    assert "style" not in said and "margi" not in said and "Chuẩn bị ao" in said


def test_a_heading_under_an_opening_paragraph_of_three_sentences_is_its_first_part() -> None:
    opening = f"{LEAD} {BODY} {MORE}"
    heading = "Cách chăm sóc cá giống trong những ngày đầu tiên"
    article = article_of(f"{opening}\n\n{heading}\n\n{BODY}\n\n{MORE}")
    assert article.headline == LEAD.rstrip(".") and article.sections[0].title == heading


def test_a_one_sentence_summary_above_the_headline_is_still_the_lead() -> None:
    summary = "Người nuôi cá rô phi ở nhiều tỉnh đồng bằng đang thu lãi lớn nhờ giá cá tăng mạnh trong tháng này."
    headline = "Giá cá rô phi tăng mạnh, người nuôi lãi lớn"
    article = article_of(f"{summary}\n\n{headline}\n\n{BODY}\n\n{MORE}")
    assert article.headline == headline and article.lead == summary


def test_a_title_that_opens_with_a_diagram_is_the_headline() -> None:
    title = "Sơ đồ nguyên lý và cách lắp đặt máy lọc nước chi tiết dễ hiểu"
    assert article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}").headline == title
