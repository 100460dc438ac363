"""Round 125 of reading real pages (issue 21): a part's heading for one region under the title's
words; a question heading printed twice; a picture's text and caption naming the heading over
them; the title again in other letters; a topic's name over a paragraph (no writer); a sentence
going on after "…"; a table whose cells break over lines; a page's calls to its social pages,
template boxes and link stubs; a sentence opening a quotation (no field's label); a document
grouping thousands with commas."""

from __future__ import annotations

from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Mâm quả cưới gồm những gì"
LEAD = "Mâm quả cưới là lễ vật nhà trai mang sang nhà gái, thể hiện lòng biết ơn và sự tôn trọng với gia đình cô dâu."
BODY = "Mỗi vùng miền có cách chuẩn bị riêng, nhưng trầu cau, trà rượu và bánh trái thì nơi nào cũng có trong mâm."
ORIGIN = "Tục dâng mâm quả bắt nguồn từ lễ nạp tài, một trong sáu lễ cưới của người xưa còn giữ đến nay."
MORE = "Số mâm thường là số lẻ ở miền Bắc, còn ở miền Nam người ta hay chọn sáu hoặc tám mâm cho lễ ăn hỏi."


def test_a_heading_for_one_region_under_the_titles_words_is_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nMâm quả cưới gồm những gì miền Bắc\n\n{MORE}\n"
    article = article_of(page)
    assert "Mâm quả cưới gồm những gì miền Bắc" in [s.title for s in article.sections]


def test_a_question_heading_printed_twice_is_read_once() -> None:
    asked = "Nguồn gốc mâm quả là gì?"
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{asked}\n\n{asked}\n\n{ORIGIN}\n"
    assert spoken_text(article_of(page)).count("Nguồn gốc mâm quả là gì?") == 1


def test_a_pictures_text_and_caption_naming_the_heading_are_not_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nCác loại mâm quả cơ bản\n\nMâm quả cơ bản\n\n6 mâm quả cơ bản đẹp\n\n"
        f"Mâm quả cơ bản gồm trầu cau, trà rượu, bánh và trái cây, tùy gia đình mà thêm xôi gấc.\n\n{MORE}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert "Các loại mâm quả cơ bản" in [s.title for s in article.sections]
    assert "Mâm quả cơ bản Mâm" not in spoken and "6 mâm quả cơ bản đẹp" not in spoken


def test_the_title_again_in_other_letters_over_the_body_is_not_read() -> None:
    title = "Mâm quả cưới là gì? cách chuẩn bị mâm quả đúng chuẩn?"
    page = f"{title}\n\n{LEAD}\n\nMâm quả cưới là gì? Cách chuẩn bị mâm quả đúng chuẩn?\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.headline == title and spoken_text(article).count("chuẩn bị mâm quả đúng chuẩn") == 1


def test_a_topics_name_over_a_paragraph_that_says_it_is_the_headline_not_a_writer() -> None:
    page = (
        "Sâm Ngọc Linh\n\n156 (lượt xem) |\n\n"
        "Khối núi Ngọc Linh là khối núi cao nhất miền Trung, nằm trên dải Trường Sơn, giữa bốn tỉnh Tây Nguyên.\n\n"
        f"{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "Sâm Ngọc Linh" and article.byline is None
    assert article.lead is not None and article.lead.startswith("Khối núi Ngọc Linh")


def test_a_sentence_goes_on_after_an_ellipsis_in_small_letters_but_a_codes_item_does_not() -> None:
    wrapped = "Phân tích dựa trên dữ liệu về giá cả, khối lượng, …\ncủa cổ phiếu trong các phiên giao dịch."
    assert unwrap(wrapped) == wrapped.replace("\n", " ")
    items = "Tương tự với k2tog…\nsk2p: trượt 1 mũi, đan 2 mũi cùng lúc."
    assert unwrap(items) == items


def test_a_tables_rows_whose_cells_break_over_lines_are_each_read() -> None:
    page = (
        "Chọn ngày tốt khai trương\n\n"
        "Xem ngày tốt để khai trương là một cách làm truyền thống đã có từ lâu trong văn hóa Á Đông của chúng ta.\n"
        "| Ngày | Thông tin ngày |\n|---|---|\n"
        "|\nLịch dương 5 Tháng 01 Năm 2026\nNgày bình thường\n|\nThứ Hai, sao tốt: Thiên Phúc |\n"
        "|\nLịch dương 6 Tháng 01 Năm 2026\nNgày xấu\n|\nThứ Ba, sao xấu: Thiên Ôn |\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Lịch dương 5 Tháng 01 Năm 2026, Ngày bình thường: Thứ Hai, sao tốt: Thiên Phúc." in spoken
    assert "Lịch dương 6 Tháng 01 Năm 2026, Ngày xấu: Thứ Ba, sao xấu: Thiên Ôn." in spoken


def test_calls_to_social_pages_template_boxes_and_link_stubs_are_not_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n"
        "{{{infobox}}} >> Xem thêm: Top 15 địa điểm mua nhẫn cưới uy tín {{/infobox}}}\n\n"
        "❤ Hãy tham gia nhóm Facebook Cưới Hỏi Việt để dễ dàng hỏi đáp về lễ vật.\n\n"
        "❤❤❤ Nếu cảm thấy bài viết hữu ích, hãy bấm LIKE/THÍCH Facebook Cưới Hỏi Việt và giới thiệu cho bạn bè.\n\n"
        "1. Giấy tờ của hai bên gia đình.\n2. Đơn xin đăng ký kết hôn. Download .\n"
        "3. Giấy xác nhận tình trạng hôn nhân. Tham khảo: Chứng thực giấy tờ ở Việt Nam để dùng ở nước ngoài.\n\n"
        f"{BODY}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "infobox" not in spoken and "Facebook" not in spoken and "Download" not in spoken
    assert "Tham khảo" not in spoken and "để dùng ở nước ngoài" not in spoken
    assert "Đơn xin đăng ký kết hôn." in spoken and "Giấy xác nhận tình trạng hôn nhân." in spoken


def test_news_naming_a_social_network_stays() -> None:
    warning = "Hãy cảnh giác với những lời mời đầu tư qua Zalo, công an tỉnh vừa cảnh báo một đường dây lừa đảo."
    page = f"Cảnh báo lừa đảo đầu tư trên mạng\n\n{LEAD}\n\n{warning}\n\n{BODY}\n"
    assert warning in spoken_text(article_of(page))


def test_a_sentence_opening_a_quotation_is_no_fields_label() -> None:
    first = "Trà Ô long (烏龍茶): loại trà người Đài Loan hay dùng, ôxy hóa giữa trà xanh và trà đen, trong hai ngày."
    page = (
        f"Hướng dẫn pha trà Ô long\n\n{first}\n\n"
        "Người xưa có câu: nhất thủy, nhì trà, đó là cái thú thưởng trà của người sành.\n\n"
        f"{BODY}\n"
    )
    assert article_of(page).lead == first


def test_a_document_grouping_thousands_with_commas_reads_every_such_number_as_thousands() -> None:
    page = (
        "Khối núi Ngọc Linh\n\n"
        "Dãy Ngọc Linh có độ cao trung bình khoảng 800 – 2,000 m, chạy dọc ranh giới nhiều huyện của hai tỉnh.\n\n"
        "Đỉnh cao nhất của khối núi cao 2,598 m, quanh năm mây phủ.\n\n"
        f"{BODY}\n"
    )
    spoken = " ".join(spoken_sentences(page))
    assert "hai nghìn năm trăm chín mươi tám mét" in spoken and "phẩy" not in spoken
