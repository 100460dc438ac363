"""Round 20 of reading real pages (issue 21): a page's buttons and counters, tag pages, writers
printed with the time, line-break tags kept in a scrape, and first lines without a headline."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.model import Document
from audio_edition.segment import build_article

HEAD = "Nắng nóng gay gắt bao trùm các tỉnh miền Bắc trong ba ngày tới"
LEAD = "Theo cơ quan khí tượng, nhiệt độ cao nhất ở nhiều nơi vượt ba mươi tám độ vào giữa trưa."
BODY = "Người dân được khuyên hạn chế ra đường từ mười một giờ trưa đến bốn giờ chiều mỗi ngày."
MORE = "Các bệnh viện đã chuẩn bị thêm giường cho người bị say nắng và mất nước trong đợt này."


def test_what_a_pages_buttons_and_counters_say_is_not_read() -> None:
    widgets = [
        "Lưu bài viết thành công",
        "Bạn có thể xem lại bài viết đã lưu ở trang Tin bài đã lưu",
        "(Xem: 451)",
        "Lượt xem: 1.204",
        "Xem Video: Hà Nội: Người dân đổ ra hồ Tây tránh nóng | VTV24",
    ]
    page = "\n\n".join([HEAD, LEAD, BODY, *widgets, MORE])
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)
    # a paragraph, then the save button's message, is no summary printed above a headline
    article = build_article(Document(source="t.txt", text=f"{LEAD} {BODY} {MORE}\n{widgets[0]}\n{widgets[1]}"))
    assert widgets[0] not in article.headline


def test_a_parked_domains_banner_above_a_blog_post_is_not_its_headline() -> None:
    page = (
        f"domain, domain name, premium domain name for sales\n\nThứ Ba, 14 tháng 4, 2015\n\n{HEAD}\n\n{LEAD}\n\n{BODY}"
    )
    article = build_article(Document(source="t.txt", text=page))
    assert article.headline == HEAD and article.lead == LEAD


def test_writers_printed_with_the_time_are_the_byline_and_the_date() -> None:
    page = f"{HEAD}\n\nThu Hà - Minh Quân| 12/06/2023 14:05\n\n{LEAD}\n\n{BODY}"
    d = clean(page)
    assert d.blocks == (HEAD, LEAD, BODY)
    assert d.byline == "Thu Hà - Minh Quân" and d.published == "2023-06-12T14:05"


def test_a_tag_line_in_small_letters_closing_the_article_is_not_read() -> None:
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nnắng nóng").blocks == (HEAD, LEAD, BODY)
    # a sentence in small letters that ends as one stays
    assert "còn tiếp." in clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\ncòn tiếp.").blocks


def test_a_tag_pages_title_over_a_storys_headline_is_the_category() -> None:
    title = "Thời tiết cực đoan mùa hè"
    article = build_article(Document(source="t.txt", text=f"{title}\n{HEAD}\n{LEAD} {BODY}\n{MORE}"))
    assert article.headline == HEAD and article.category == title
    # "Theo dõi Báo X trên" over a headline is an invitation, never a category
    invited = build_article(Document(source="t.txt", text=f"Theo dõi Báo Thời Tiết trên\n{HEAD}\n{LEAD} {BODY}"))
    assert invited.headline == HEAD and invited.category is None
    # a page's title element and its sapo are the headline and the lead, whatever their stops
    page = build_article(Document(source="p.html", text=f"{title}\n\n{HEAD}\n\n{LEAD} {BODY}", media_type="text/html"))
    assert page.headline == title


def test_a_sentence_above_the_headline_is_a_caption_when_the_outlets_tag_opens_the_lead() -> None:
    caption = "Bệnh viện tỉnh đã cử các bác sĩ hồi sức xuống hỗ trợ điều trị cho các bệnh nhân nặng."
    article = build_article(Document(source="t.txt", text=f"{caption}\n{HEAD}\n(Ngày Nay) - {LEAD}\n{BODY}"))
    assert article.headline == HEAD and article.lead == LEAD and article.outlet == "Ngày Nay"
    assert caption not in " ".join(p for s in article.sections for p in s.paragraphs)


def test_line_break_tags_kept_in_a_scrape_are_breaks_not_words() -> None:
    wrapped = "Theo cơ quan khí tượng, nhiệt độ cao nhất ở<br />\nnhiều nơi vượt ba mươi tám độ.<br />"
    page = f"{HEAD}<br />\n<br />\n{wrapped}\n{BODY}"
    d = clean(page)
    assert d.blocks == (HEAD, "Theo cơ quan khí tượng, nhiệt độ cao nhất ở nhiều nơi vượt ba mươi tám độ.", BODY)
    assert not any("br" in b for b in d.blocks)


def test_a_pictures_text_printed_twice_apart_and_a_bracketed_photo_credit_are_not_read() -> None:
    picture = "Sắp có điện thoại với camera 200 MP"
    long = " ".join([BODY, MORE, LEAD, BODY])  # a paragraph the credit closes, not a caption
    page = f"{HEAD}\n\n{LEAD}\n\n{picture}\n\n{BODY}\n\n{picture}\n\n{long} (Photo: Hồ Tây, Minh Quân)\n\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, long, MORE)
    # a sentence with such a credit is a picture's caption
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{BODY} (Photo: Hồ Tây)\n\n{MORE}").blocks == (HEAD, LEAD, MORE)


def test_plus_signs_as_bullets_are_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n+ Uống đủ nước trong ngày.\n+ Mặc áo chống nắng khi ra đường."
    assert clean(page).blocks[2:] == ("Uống đủ nước trong ngày.", "Mặc áo chống nắng khi ra đường.")


def test_a_glued_first_line_is_not_cut_at_an_acronym_or_a_name() -> None:
    for first in (
        "Hãng sắp ra mắt điện thoại có cảm biến 200 MP và chip mới, dự kiến bán ra trong tháng tới "
        "với giá thấp hơn đời trước khá nhiều.",
        "Trên đường chở ma túy sang biên giới tiêu thụ, đối tượng Thuận bị lực lượng chức năng phát "
        "hiện và bắt giữ ngay tại trạm kiểm soát.",
    ):
        assert clean(f"{first}\n\n{BODY}\n\n{MORE}").blocks[0] == first


def test_a_long_first_paragraph_of_two_sentences_is_headed_by_its_first() -> None:
    first = (
        "Theo một trang công nghệ, hai mẫu điện thoại sắp tới của hãng được ghi nhận với tên mã riêng, "
        "với phiên bản cao hơn trang bị camera chính 108 MP, trong khi phiên bản còn lại dùng camera "
        "chính 64 MP và pin lớn hơn"
    )
    second = "Vì cả hai hướng đến phân khúc giá rẻ nên nhiều khả năng bộ đôi này sẽ bán chạy ở châu Á."
    article = build_article(Document(source="t.txt", text=f"{first}. {second}\n{BODY}\n{MORE}"))
    assert article.headline == first and article.lead == second


def test_an_abstracts_fields_each_start_a_line_in_a_hard_wrapped_scrape() -> None:
    lines = [
        "Đặt vấn đề: say nắng là vấn đề thường gặp trong mùa hè ở các tỉnh miền Bắc, nhất là",
        "với người cao tuổi và trẻ nhỏ sống trong nhà chật, ít cây xanh và thiếu nước sạch,",
        "khi nhiệt độ ngoài trời vượt ba mươi tám độ trong nhiều ngày liền vào tháng sáu",
        "Mục tiêu: mô tả các ca say nắng được điều trị tại bệnh viện tỉnh trong ba năm qua",
        "và tìm những yếu tố làm bệnh nặng hơn ở người làm việc ngoài trời vào buổi trưa",
        "Đối tượng: mọi người bệnh được chẩn đoán say nắng hoặc sốc nhiệt khi nhập viện",
        "tại khoa cấp cứu của bệnh viện tỉnh từ đầu năm hai nghìn hai mươi mốt đến nay",
        "Kết quả: có ba trăm mười hai ca, phần lớn là nam giới làm nghề xây dựng và chạy",
        "xe ôm, với tuổi trung bình là bốn mươi sáu, và phần lớn đến viện sau giờ trưa",
    ]
    blocks = clean(HEAD + "\n\n" + "\n".join(lines)).blocks
    assert [b.split(":")[0] for b in blocks[1:]] == ["Đặt vấn đề", "Mục tiêu", "Đối tượng", "Kết quả"]
    assert "nhất là với người cao tuổi" in blocks[1]


def test_a_dateline_in_square_brackets_and_a_related_link_are_not_read() -> None:
    page = (
        f"{HEAD}\n\nThứ Tư, 08/04/2015, 08:11 [GMT+7]\n\n{LEAD}\n\n>> Hội nghị đánh giá kết quả mùa nắng nóng\n\n{BODY}"
    )
    d = clean(page)
    assert d.blocks == (HEAD, LEAD, BODY) and d.published == "2015-04-08T08:11"


def test_a_caption_printed_bare_then_with_its_credit_is_not_read() -> None:
    caption = "Giám đốc bệnh viện phát biểu tại buổi diễn tập cấp cứu say nắng."
    page = f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{caption} Ảnh: Hữu Hiệp\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_caption_and_its_credit_run_into_a_paragraph_are_cut_out() -> None:
    glued = f"{BODY} Người dân che ô khi ra đường. Ảnh: Minh Quân Trong khi đó, {MORE[0].lower()}{MORE[1:]}"
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{glued}").blocks[2] == f"{BODY} Trong khi đó, {MORE[0].lower()}{MORE[1:]}"


def test_writers_lines_with_an_affiliation_or_an_academic_title_are_the_byline() -> None:
    d = clean(f"{HEAD}\n\nThanh Hà (Đài Khí tượng khu vực 3)| 17/11/2022 14:06\n\n{LEAD}\n\n{BODY}")
    assert d.blocks == (HEAD, LEAD, BODY) and d.byline == "Thanh Hà (Đài Khí tượng khu vực 3)"
    d = clean(f"{HEAD}\n\nThS.NGUYỄN THỊ HƯƠNG\n\nViện Y học lao động.\n\n{LEAD}\n\n{BODY}")
    assert d.blocks == (HEAD, LEAD, BODY) and d.byline == "Nguyễn Thị Hương"


def test_a_law_pages_tabs_an_abstracts_english_and_answer_counts_are_not_read() -> None:
    widgets = ["Văn bản tiếng việt", "Văn bản tiếng anh", "Abstract: Heat waves in the north.", "2 câu trả lời"]
    assert clean("\n\n".join([HEAD, LEAD, *widgets, BODY])).blocks == (HEAD, LEAD, BODY)


def test_a_quoted_title_and_a_pictures_credit_end_their_lines_in_a_hard_wrapped_scrape() -> None:
    lines = [
        "Hội nghị Cấp cao về nắng nóng: “Chung tay vì sức khỏe”",
        "Hội nghị kỷ niệm năm năm hợp tác giữa các tỉnh miền Bắc được tổ chức tại Hà Nội",
        "từ ngày năm đến ngày sáu tháng ba với sự tham dự của lãnh đạo các tỉnh và thành phố.",
        "Các đại biểu chụp ảnh lưu niệm. (Ảnh: Minh Quân)",
        "Hội nghị có chủ đề",
        "“Chung tay vì sức khỏe”, được tổ chức trong bối cảnh nắng nóng kéo dài nhiều tuần",
        "liền trên khắp các tỉnh miền Bắc và miền Trung, khiến số ca say nắng tăng mạnh ở",
        "nhiều bệnh viện tuyến tỉnh và tuyến huyện, nhất là ở người làm việc ngoài trời lâu.",
        "Đây là dịp để các bên rà soát kết quả năm năm qua và bàn thêm biện pháp phòng bệnh",
    ]
    blocks = clean(HEAD + "\n\n" + "\n".join(lines)).blocks
    assert blocks[1] == lines[0] and blocks[2].startswith("Hội nghị kỷ niệm")
    assert blocks[3].startswith("Hội nghị có chủ đề “Chung tay") and not any("Ảnh" in b for b in blocks)


def test_a_sections_number_is_no_lead_and_a_listing_of_long_summaries_is_headed_by_its_first() -> None:
    article = build_article(Document(source="t.txt", text=f"{HEAD}\n(Tin từ ngày 4 đến 10/3)\nI.\n{LEAD}\n{BODY}"))
    assert article.lead == "(Tin từ ngày 4 đến 10/3)"
    clauses = [LEAD.rstrip("."), BODY[0].lower() + BODY[1:].rstrip("."), MORE[0].lower() + MORE[1:].rstrip(".")]
    summary = ", ".join(clauses + clauses[1:2]) + "."  # one sentence of some seventy words
    assert len(summary.split()) > 60
    other = ", ".join(reversed(clauses)) + ", rồi sẽ dịu dần từ cuối tuần này khi có mưa giông ở vùng núi."
    listing = build_article(Document(source="t.txt", text=f"{summary}\n{other[0].upper()}{other[1:]}\n{BODY}"))
    assert listing.headline == summary.rstrip(".")
