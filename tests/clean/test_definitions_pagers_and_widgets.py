"""Round 37 of reading real pages (issue 21): a bracket that mixes acronyms with words, an acronym
the article defines against the lexicon's meaning, a bulletin's story number, a numbered list,
a picture's text and its caption with a word left out, a quotation pulled out with who said it,
the caption under the headline printed again, pictures' names with their numbers, a pager, a
weather box, a masthead glued to the lead, the site's address, a bracketed outlet name and a
view count glued to the clock."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Hội Nông dân tỉnh tập huấn sản xuất nông nghiệp hữu cơ cho hội viên"
LEAD = "Trong hai ngày qua, Hội Nông dân tỉnh đã tổ chức lớp tập huấn cho hơn sáu mươi hội viên nòng cốt."
BODY = "Các học viên được nghe chuyên gia chia sẻ kinh nghiệm chọn giống, làm đất và ủ phân hữu cơ tại nhà."
MORE = "Kết thúc lớp học, các học viên đi tham quan một mô hình trồng rau hữu cơ của hợp tác xã trong huyện."


def test_a_bracket_mixing_acronyms_and_words_is_dropped_and_its_acronyms_read_as_words() -> None:
    defined = "Nhóm nghiên cứu mạnh về Nông nghiệp hữu cơ (Nhóm NCM về NNHC) chủ trì buổi seminar."
    later = "Trưởng nhóm NCM về NNHC giới thiệu kết quả nghiên cứu."
    spoken = spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{defined}\n\n{later}")
    assert "Nhóm nghiên cứu mạnh về Nông nghiệp hữu cơ chủ trì buổi seminar." in spoken
    assert "Trưởng nhóm nghiên cứu mạnh về nông nghiệp hữu cơ giới thiệu kết quả nghiên cứu." in spoken


def test_an_acronym_the_article_defines_against_the_lexicons_meaning_is_read_as_the_articles() -> None:
    defined = "Lớp học về nông nghiệp hữu cơ và hệ thống đảm bảo cùng tham gia (PGS) kéo dài hai ngày."
    later = "Học viên biết duy trì hệ thống PGS trong sản xuất. Rau được giám sát theo PGS. Tiến hành thu hoạch sau."
    spoken = " ".join(spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{defined}\n\n{later}"))
    assert "biết duy trì hệ thống đảm bảo cùng tham gia trong sản xuất." in spoken
    assert "giám sát theo hệ thống đảm bảo cùng tham gia. Tiến hành thu hoạch" in spoken
    assert "Phó giáo sư" not in spoken


def test_an_acronym_said_as_a_word_keeps_its_sound_though_the_article_spells_it_out() -> None:
    defined = "Tỉnh triển khai kế hoạch về Chương trình Mỗi xã một sản phẩm (OCOP) năm nay."
    later = "Các sản phẩm OCOP được bày bán tại hội chợ."
    spoken = spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{defined}\n\n{later}")
    assert "Các sản phẩm ô cốp được bày bán tại hội chợ." in spoken


def test_a_numbered_heading_over_its_pictures_text_and_caption_is_read_once() -> None:
    heading = "1. Bồi thường thiệt hại ngoài hợp đồng là gì?"
    pair = "Bồi thường thiệt hại ngoài hợp đồng là gì\nBồi thường thiệt hại ngoài hợp đồng là gì?"
    assert clean(f"{HEAD}\n{LEAD}\n{heading}\n{pair}\n{BODY}").blocks == (HEAD, LEAD, heading, BODY)


def test_a_professor_stays_a_professor_where_the_article_defines_nothing() -> None:
    spoken = spoken_sentences(f"{HEAD}\n\n{LEAD}\n\nPGS. Nguyễn Văn Hòa giảng phần ủ phân.")
    assert "Phó giáo sư Nguyễn Văn Hòa giảng phần ủ phân." in spoken


def test_a_bulletins_story_number_is_no_part_of_the_headline() -> None:
    assert article_of(f"6. {HEAD}\n\n{LEAD}\n\n{BODY}").headline == HEAD


def test_a_numbered_lists_items_are_read_in_order_not_made_chapters() -> None:
    items = ["1.Di tích đình làng Trụ Pháp – xã Mỹ Thành", "2.Di tích đền Quan Đế – phường Hàng Buồm"]
    article = article_of(f"{HEAD}\n\n{LEAD}\n\nCụ thể gồm các di tích sau\n\n{items[0]}\n\n{items[1]}\n\n{MORE}")
    assert all(s.title not in items for s in article.sections)
    spoken = spoken_text(article)
    assert spoken.index("Trụ Pháp") < spoken.index("Quan Đế") < spoken.index("tham quan")


def test_a_pictures_text_and_its_caption_with_a_word_left_out_are_not_read() -> None:
    alt = "Các học viên được trang bị kiến thức, kỹ năng về sản xuất nông nghiệp hữu cơ."
    caption = "Các học viên được trang bị kiến thức về sản xuất nông nghiệp hữu cơ."
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{alt}\n{caption}\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE)


def test_two_different_short_sentences_in_a_row_are_both_read() -> None:
    one = "Các học viên được trang bị kiến thức về sản xuất lúa."
    two = "Các hộ dân được hỗ trợ giống lúa mới cho vụ đông xuân."
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{one}\n{two}\n{MORE}").blocks == (HEAD, LEAD, BODY, one, two, MORE)


def test_a_quotation_pulled_out_with_who_said_it_is_read_once() -> None:
    quote = "Chúng tôi muốn mỗi hộ tự làm được phân bón hữu cơ cho vườn nhà mình."
    said = f"Bà Lê Thị Hạnh cho biết: “{quote}”"
    page = f"{HEAD}\n{LEAD}\n{said}\n{BODY}\n“{quote}”\nLê Thị Hạnh, Chủ tịch Hội Nông dân xã.\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, said, BODY, MORE)


def test_the_caption_under_the_headline_printed_again_is_not_read() -> None:
    caption = "Học viên thực hành ủ phân hữu cơ tại lớp tập huấn."
    page = f"{HEAD}\n{LEAD}\n{HEAD}.\n{caption}\n{BODY}\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)
    placed = "Bốn hội viên chia sẻ kinh nghiệm tại Hội nghị tổng kết thuộc khuôn khổ Tuần lễ nông sản năm nay."
    page = f"{HEAD}\n{LEAD}\n{HEAD}\n{placed}\n{BODY}\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_long_sentence_under_the_headline_printed_again_is_read() -> None:
    text = "Theo ban tổ chức, lớp học năm nay đông hơn hẳn năm trước vì nhiều hội viên trẻ muốn chuyển sang làm hữu cơ."
    page = f"{HEAD}\n{LEAD}\n{BODY}\n{HEAD}\n{text}\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, text, MORE)


def test_a_writers_name_under_the_headline_printed_again_is_the_byline() -> None:
    page = (
        f"{HEAD}\n\n26/02/201300:28(Xem: 3351)\n{HEAD}\n\nhoi-nong-dan_700_0\n{HEAD}\nNguyễn Tuấn\n\n{LEAD}\n\n{BODY}"
    )
    draft = clean(page)
    assert (draft.blocks, draft.byline) == ((HEAD, LEAD, BODY), "Nguyễn Tuấn")


def test_a_subheading_that_asks_the_headlines_question_is_read() -> None:
    head = "Bác sĩ giải đáp: Mỗi ngày nên uống bao nhiêu nước là đủ?"
    question = "Mỗi ngày nên uống bao nhiêu nước là đủ?"
    lead = f"Nước chiếm phần lớn cơ thể người và tham gia vào hầu hết các hoạt động sống. {question}"
    page = f"{head}\n{lead}\n{question}\n{BODY}\n{MORE}"
    assert clean(page).blocks == (head, lead, question, BODY, MORE)


def test_pictures_names_with_their_numbers_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nHoi nong dan tap huan huu co_1\n{BODY}\nHoi nong dan tap huan huu co3\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_lists_pager_is_not_read() -> None:
    pager = "Pages: " + " ".join(str(n) for n in range(1, 31))
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{MORE}\n{pager}").blocks == (HEAD, LEAD, BODY, MORE)


def test_a_weather_box_and_a_pages_trail_widgets_are_not_the_headline() -> None:
    top = "You are here: Hoạt động\nTất cả chuyên mục\n30°C\n/ 27°C - 33°C"
    article = article_of(f"{top}\n{HEAD}\n{LEAD}\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert "°" not in spoken_text(article)


def test_a_related_posts_box_is_not_read() -> None:
    related = "Related posts:\nHội Nông dân huyện tặng 368 phần quà cho hội viên khó khăn"
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{MORE}\n{related}").blocks == (HEAD, LEAD, BODY, MORE)


def test_a_masthead_glued_to_the_lead_is_the_outlet_not_read() -> None:
    draft = clean(f"{HEAD}\nTheLEADER{LEAD}\n{BODY}")
    assert (draft.blocks, draft.outlet) == ((HEAD, LEAD, BODY), "TheLEADER")


def test_the_sites_address_over_the_headline_is_not_read() -> None:
    address = "Địa chỉ: Số 27/10D - Hoàng Hoa Thám - Ba Đình - Hà Nội"
    article = article_of(f"{address}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)


def test_an_outlets_name_in_brackets_opening_the_lead_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\nNgày 02 Tháng 04, 2021\n( Nguồn Việt) {LEAD}\n{BODY}")
    assert article.lead == LEAD


def test_a_place_in_brackets_that_the_sentence_points_back_at_is_read() -> None:
    lead = "(Hà Giang) Tỉnh này đã tổ chức lớp tập huấn cho hơn sáu mươi hội viên nòng cốt."
    assert article_of(f"{HEAD}\n\n{lead}\n\n{BODY}").lead == lead


def test_a_view_count_glued_to_the_clock_of_the_date_line_is_not_read() -> None:
    draft = clean(f"{HEAD}\nThứ sáu - 08/06/2018 00:001110\n{LEAD}\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2018-06-08T00:00")
