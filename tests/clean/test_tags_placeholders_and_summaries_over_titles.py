"""Round 195 (camping, Rubik, turtles, diving, snake plants, running, koi, chords, orchids, tyres): a two-language
blog's tags over the title, with the language the post is in, are not read; a picture's caption that speaks to its
reader is still a caption when a photographer's initials credit it; a shop's "Đang cập nhật..." placeholder is not
the lead; a figure's source given as an address in brackets keeps its paragraph and is not read; a page's summary
over its title leaves the title the headline; a question printed twice under the opening is the first part's
heading, read once; a caption saying a sentence of the text again with the pictured product's model in it is not
read; a sentence opening a list ("... sau đây :") is read, though a picture's caption opens with its words; a "Top
N ..." link under the summary of a page that is no top list is not read; "THỦ THUẬT", a site's section, never heads
a page; a journal's footer, its name and address over its contacts line, is not read."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

LEAD = "Cây lưỡi hổ chịu hạn tốt nhưng rất sợ úng, nhất là vào những tháng mưa dầm kéo dài ở miền Bắc."
BODY = "Mỗi tuần chỉ nên tưới một lần vào buổi sáng, để đất khô hẳn giữa hai lần tưới và chậu luôn thoát nước."
OTHER = "Khi thấy lá mềm và vàng ở gốc, hãy nhấc cây khỏi chậu, cắt bỏ rễ thối rồi trồng lại vào đất pha cát."


def test_a_blogs_tags_with_the_posts_language_over_the_title_are_not_read() -> None:
    title = "Cây cảnh ở Đà Lạt, Lâm Đồng"
    article = article_of(f"Cây cảnh (Plants), Bắc (North), Tiếng Việt\n\n{title}\n\nEnglish\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title
    assert "Plants" not in spoken_text(article) and "Tiếng Việt" not in spoken_text(article)


def test_a_caption_speaking_to_its_reader_with_a_photographers_initials_is_not_read() -> None:
    caption = "Đến đây, bạn được ngắm những chậu lưỡi hổ xếp thành hàng dài - Ảnh: T.T.D."
    article = article_of(f"{caption}\n\n{LEAD}\n\n{BODY}\n\n{OTHER}\n")
    assert "ngắm những chậu" not in spoken_text(article) and not article.headline.startswith("Đến đây")


def test_a_shops_placeholder_for_its_description_is_not_the_lead() -> None:
    title = "Chậu lưỡi hổ để bàn có tốt không"
    article = article_of(f"{title}\n\nGiá bán: Liên hệ\n\nĐang cập nhật...\n\n{title}\n\n{LEAD}\n\n{BODY}\n")
    assert "cập nhật" not in spoken_text(article) and LEAD[:30] in spoken_text(article)


def test_a_figures_source_given_as_an_address_keeps_its_paragraph() -> None:
    figure = (
        "Cả nước có 12.345 nhà vườn trồng lưỡi hổ (Nguồn: https://caycanh.example.vn/thong-ke/), phần lớn ở phía Nam."
    )
    text = " ".join(spoken_sentences(f"Trồng lưỡi hổ trong nhà\n\n{LEAD}\n\n{figure}\n\n{BODY}\n"))
    assert "mười hai nghìn ba trăm bốn mươi lăm nhà vườn" in text and "phần lớn ở phía Nam" in text
    assert "Nguồn" not in text and "example" not in text


def test_a_pages_summary_over_its_title_leaves_the_title_the_headline() -> None:
    summary = (
        "Bắt đầu hành trình trồng cây cảnh của bạn với hướng dẫn toàn diện này. Học cách tưới, bón và thay chậu với"
        " các mẹo cho người mới bắt đầu."
    )
    title = "Trồng cây cảnh cho người mới bắt đầu: Hướng dẫn toàn diện để bạn bắt đầu hành trình"
    article = article_of(f"{summary}\n{title}\n{LEAD} {BODY}\n{OTHER}\n")
    assert article.headline == title and "Học cách tưới" in spoken_text(article) and title not in article.lead


def test_a_question_printed_twice_under_the_opening_is_the_first_parts_heading() -> None:
    heading = "Lưỡi hổ có cần bón phân không?"
    page = f"Cách chăm lưỡi hổ đơn giản nhất\n\n{LEAD} {BODY}\n\n{heading}\n\n{heading}\n\n{OTHER}\n"
    assert heading in chapter_titles(page) and spoken_text(article_of(page)).count(heading) == 1


def test_a_caption_saying_a_sentence_again_with_the_products_model_is_not_read() -> None:
    sentence = "Thay chậu mới sẽ giúp rễ cây lưỡi hổ thông thoáng và phát triển khỏe hơn"
    caption = "Thay chậu mới Terra Pot 25′ CX20 sẽ giúp rễ cây lưỡi hổ thông thoáng và phát triển khỏe hơn"
    page = f"Cách thay chậu cho lưỡi hổ\n\n{sentence}, nhất là sau hai năm trồng.\n\n{BODY}\n\n{caption}\n\n{OTHER}\n"
    assert "Terra Pot" not in spoken_text(article_of(page))


def test_a_sentence_opening_a_list_is_read_though_a_caption_begins_alike() -> None:
    opening = "Cây lưỡi hổ bị vàng lá úa vì 3 nguyên nhân sau đây :"
    page = (
        f"{LEAD} Hãy cùng tìm hiểu qua bài viết sau nhé.\n\nCây lưỡi hổ bị vàng lá úa\n\n{opening}\n\n"
        f"Tưới quá nhiều\n\n{BODY}\n\nCây lưỡi hổ bị vàng lá úa ( Ảnh minh họa)\n\n{OTHER}\n"
    )
    assert "nguyên nhân sau đây" in spoken_text(article_of(page))


def test_a_top_list_link_under_the_summary_is_not_read() -> None:
    page = f"Lưỡi hổ vàng lá và cách cứu cây\n\n{LEAD}\n\nTop 7 chậu lưỡi hổ bán chạy năm 2023\n\n{BODY}\n\n{OTHER}\n"
    article = article_of(page)
    assert "Top" not in spoken_text(article) and "chạy năm" not in " ".join(chapter_titles(page))


def test_a_top_list_pages_own_first_item_is_read() -> None:
    page = f"Top 5 loại lưỡi hổ dễ trồng nhất\n\n{LEAD}\n\nTop 1 lưỡi hổ Thái viền vàng lá dày\n\n{BODY}\n\n{OTHER}\n"
    assert "Top 1 lưỡi hổ Thái" in spoken_text(article_of(page))


def test_a_tips_section_label_over_an_untitled_page_is_not_the_headline() -> None:
    article = article_of(f"THỦ THUẬT\n\n1. Tưới quá nhiều\n\n{LEAD}\n\n{BODY}\n\n2. Thiếu nắng\n\n{OTHER}\n")
    assert "THỦ THUẬT" not in spoken_text(article).upper()


def test_a_journals_footer_name_and_address_over_its_contacts_are_not_read() -> None:
    footer = (
        "Tạp chí Khoa học Nông nghiệp Miền Tây\n\n"
        "Tầng 3, Nhà B, Khu I, đường 30/4, P. An Hòa, Q. Ninh Kiều, TP. Cần Thơ\n\n"
        "Điện thoại: (0292) 3 111 222; Email: tapchi@example.edu.vn\n"
    )
    text = spoken_text(article_of(f"Cách trồng lưỡi hổ\n\n{LEAD}\n\n{BODY}\n\n{OTHER}\n\n{footer}"))
    assert "Tạp chí" not in text and "Ninh Kiều" not in text


def test_a_charters_address_clause_over_its_phone_clause_is_read() -> None:
    clauses = (
        "1.3. Địa chỉ trụ sở chính: Số 16, Đường Trần Phú, Phường Văn Quán, Quận Hà Đông, Thành phố Hà Nội\n\n"
        "1.4. Điện thoại: 024 3355 1234\n"
    )
    assert "Văn Quán" in spoken_text(article_of(f"Điều lệ Hợp tác xã Rau sạch\n\n{LEAD}\n\n{clauses}\n{BODY}\n"))
