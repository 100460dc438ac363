"""Round 23 of reading real pages (issue 21): a print view that kept its HTML, a blog's label
page, contact rows, view counters, captions beside pictures, links under the lead, a results
list, and the lead kept when the headline is printed again."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences

from .pages import article_of

HEAD = "Người cao tuổi ở phường Tân An được chúc thọ dịp đầu xuân"
LEAD = "Sáng nay, hội người cao tuổi phường đã đến thăm và tặng quà cho các cụ tròn chín mươi tuổi."
BODY = "Đoàn đã trao quà và chúc các cụ luôn mạnh khỏe, sống vui cùng con cháu trong gia đình."
MORE = "Đây là hoạt động thường niên nhằm tôn vinh công lao của người cao tuổi đối với quê hương."


def test_a_scrape_that_kept_its_html_is_read_as_text() -> None:
    page = (
        f'{HEAD}\n<div id="content"> <p style="text-align: justify;"><span>Hội đ&atilde; th&ocirc;ng qua '
        "kế hoạch năm mới v&agrave;o tháng giêng.</span></p> </div>"
    )
    assert clean(page).blocks == (HEAD, "Hội đã thông qua kế hoạch năm mới vào tháng giêng.")
    # text without markup keeps its ampersands
    assert clean(f"{HEAD}\nCông ty R&D mở rộng sản xuất.").blocks[1] == "Công ty R&D mở rộng sản xuất."


def test_a_blogs_label_notice_is_not_its_headline() -> None:
    notice = "Hiển thị các bài đăng có nhãn Đời sống. Hiển thị tất cả bài đăng"
    article = article_of(f"{notice}\n\nThứ Hai, 30 tháng 9, 2013\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and article.lead == LEAD


def test_a_row_of_contacts_view_counters_and_size_controls_are_not_read() -> None:
    page = (
        f"Tổng đài: 0243 8356 700 | Email: toasoan@example.vn\n{HEAD}\n"
        f"Ngày đăng: 29/09/2024 Lượt xem: 290\nMặc định Cỡ chữ\n{LEAD}\n{BODY}"
    )
    d = clean(page)
    assert d.blocks == (HEAD, LEAD, BODY) and d.published == "2024-09-29"


def test_captions_beside_pictures_are_not_read() -> None:
    given = "Trao quà của Chủ tịch nước cho cụ Nguyễn Thị Hoa tròn 100 tuổi"
    scene = "Một cảnh trong lễ mừng thọ tổ chức tại nhà văn hóa phường"
    credited = "Các cụ chụp ảnh lưu niệm tại nhà văn hóa (Tân An)_ ảnh Minh Hà"
    for caption in (given, scene, credited):
        assert clean(f"{HEAD}\n{LEAD}\n{caption}\n{BODY}\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE), caption
    # a sentence between pictures' rooms (lines of spaces), however it ends
    framed = f"{HEAD}\n{LEAD}\n   \n   \nCác cụ nhận quà tại nhà văn hóa phường.\n \n{BODY}"
    assert clean(framed).blocks == (HEAD, LEAD, BODY)
    # a sentence under a wider gap than the page's, with a paragraph after it
    wide = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n\nCác cụ nhận quà tại nhà văn hóa của phường Tân An.\n\n{MORE}"
    assert clean(wide).blocks == (HEAD, LEAD, BODY, MORE)
    # a list's label there stays
    label = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n\nTrong đó có các khoản quà như sau:\n\n{MORE}"
    assert "Trong đó có các khoản quà như sau:" in clean(label).blocks


def test_links_under_the_lead_and_a_sites_tag_are_not_read() -> None:
    links = "- Hà Nội mừng thọ hơn mười nghìn cụ trong dịp đầu năm\n- Những cụ bà trăm tuổi vẫn tự tay chăm vườn"
    assert clean(f"{HEAD}\n{LEAD}\n{links}\n{BODY}").blocks == (HEAD, LEAD, BODY)
    d = clean(f"{HEAD}\nGiadinhNet - {LEAD}\n{BODY}")
    assert d.blocks == (HEAD, LEAD, BODY) and d.outlet == "GiadinhNet"


def test_a_paragraph_is_not_cut_where_a_sentence_goes_on_after_la() -> None:
    paragraph = "Mở đầu cho chương trình mừng thọ năm nay là Chiều xuân quê hương, bắt đầu vào lúc năm giờ chiều."
    assert clean(f"{HEAD}\n{LEAD}\n{paragraph}").blocks == (HEAD, LEAD, paragraph)


def test_the_lead_above_a_headline_printed_twice_stays() -> None:
    page = f"{HEAD}\n{LEAD}\n{HEAD}\n{HEAD}\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)
    # a site's banner above a headline printed twice still goes
    assert clean(f"Việt Nam vươn mình trong kỷ nguyên mới\n{HEAD}\n{HEAD}\n{LEAD}").blocks == (HEAD, LEAD)


def test_a_results_list_is_read_whole_and_heads_no_chapter() -> None:
    rows = [
        "100m: 10.17 giây, Nguyễn Văn An (Việt Nam), 2009",
        "200m: 20.37 giây, Trần Văn Bình (Việt Nam), 2022",
        "Ếch 100m: 1:00.97 giây, Lê Văn Cường (Việt Nam), 2023",
    ]
    article = article_of(f"Các kỷ lục của đội tuyển điền kinh\n{LEAD}\nNam:\n" + "\n".join(rows))
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert all(row in paragraphs for row in rows)
    assert all(s.title not in rows for s in article.sections)


def test_a_heading_in_capitals_under_the_headline_is_not_the_lead() -> None:
    article = article_of(f"{HEAD}\nTHÔNG TIN VỀ CHƯƠNG TRÌNH MỪNG THỌ\nI. Đối tượng được chúc thọ\n{BODY}\n{MORE}")
    assert article.lead is None
    assert "THÔNG TIN VỀ CHƯƠNG TRÌNH MỪNG THỌ" in article.sections[0].paragraphs
    # over a paragraph it opens the body, and the paragraph is the lead
    assert article_of(f"{HEAD}\nTHÔNG TIN VỀ CHƯƠNG TRÌNH MỪNG THỌ\n{BODY}\n{MORE}").lead == BODY


def test_a_species_sp_nov_does_not_end_a_sentence() -> None:
    text = "Họ mô tả một loài cóc mới (tên khoa học Leptolalax firthi sp. Nov) ở rừng Kon Tum. Câu sau."
    assert split_sentences(text)[0].endswith("ở rừng Kon Tum.")
