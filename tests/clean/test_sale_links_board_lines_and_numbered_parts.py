"""Round 190 (household appliances, sockets, fans, forums): a shop's link to a sale, an editor's line with its update
stamp, a Simple Machines board's post header, topic pager and viewer count, a widget's note after the title and the
title's words again as a picture's caption between two parts are not read; a part's number alone over its heading is
read once; "1- <heading>" under a picture's typed text, a heading glued to a paragraph cut short, a bullet's title
closing on "lý do" and a field under a field whose label holds a figure are read as the page sets them."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

BODY = "Đây là một đoạn văn bình thường của bài báo, có đủ chủ ngữ và vị ngữ để người nghe theo dõi."
TITLE = "Năm lỗi hay gặp ở máy hút bụi và cách tự sửa tại nhà"
LEAD = "Máy hút bụi dùng lâu ngày sẽ có lúc trục trặc, nhưng phần lớn lỗi có thể tự xử lý mà không cần thợ."


def test_a_shops_link_to_a_sale_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nXem ngay bộ lọc thay thế đang giảm giá SỐC\n\n{BODY}\n"
    assert "giảm giá" not in spoken_text(article_of(page))


def test_an_editors_line_with_its_update_stamp_is_the_byline() -> None:
    page = f"{TITLE}\n\nBiên tập bởi: Trần Văn Bình - Cập nhật ngày 05/11/2022 09:15\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.byline == "Trần Văn Bình" and article.lead == LEAD
    assert "Cập nhật" not in spoken_text(article)


def test_a_simple_machines_boards_post_furniture_is_not_read() -> None:
    page = (
        f"{TITLE}\n\nTác giả bac_si_may, T.M.Một 03, 2024, 08:12:40 SÁNG\n\n« Chủ đề trước - Chủ đề tiếp »\n\n"
        f"2 Thành viên và 5 Khách đang xem chủ đề.\n\n{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.lead == LEAD and "Chủ đề" not in said and "Khách" not in said and "Tác giả" not in said


def test_a_widgets_note_after_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE} (module này đang phát triển)\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE


def test_the_titles_words_again_between_two_parts_are_a_caption() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nChổi quay bị kẹt\n\n{BODY}\n\n"
        "Cách tự sửa năm lỗi hay gặp ở máy hút bụi tại nhà\n\nPin chai\n\n"
        "Pin dùng hơn hai năm thường giữ điện kém, máy chạy được ít phút đã phải sạc lại.\n"
    ).replace("{BODY}", BODY)
    assert chapter_titles(page) == ["Chổi quay bị kẹt", "Pin chai"]
    assert "Cách tự sửa" not in spoken_text(article_of(page))


def test_a_parts_number_alone_over_its_heading_is_read_once() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n1.\n\n1. Chổi quay bị kẹt\n\n{BODY}\n"
    said = spoken_sentences(page)
    assert "một." not in said and "một. Chổi quay bị kẹt" in said


def test_a_lone_number_before_other_words_is_still_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n1.\n\nCÀI ĐẶT\n\nHãy cài đặt ứng dụng đi kèm máy theo hướng dẫn.\n\n{BODY}\n"
    assert "một." in spoken_sentences(page)


def test_a_dashed_part_number_under_a_pictures_typed_text_heads_its_part() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nmáy hút bụi bị yếu\n\n1- Máy hút bụi hút yếu hơn trước\n\n"
        "Khi lực hút giảm, hãy kiểm tra túi chứa bụi và bộ lọc, vì bụi đầy sẽ làm máy hút yếu.\n\n{BODY}\n"
    ).replace("{BODY}", BODY)
    assert "1- Máy hút bụi hút yếu hơn trước" in chapter_titles(page)
    assert "một. Máy hút bụi hút yếu hơn trước" in spoken_sentences(page)


def test_a_heading_glued_to_a_paragraph_cut_short_stands_apart() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nMáy kêu to bất thườngKhi máy phát ra tiếng rít, có thể có vật lạ trong ống. "
        "Hãy tháo ống và kiểm tra kỹ từng đoạn trước khi"
    )
    assert "Máy kêu to bất thường" in chapter_titles(page)


def test_a_bullets_title_ending_in_ly_do_is_not_run_into_its_text() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n"
        "  • Máy tự tắt giữa chừng không rõ lý do\n"
        "    “Máy ngừng” thường do pin quá nóng hoặc cảm biến bị bụi che khuất.\n\n"
        f"{BODY}\n"
    )
    said = spoken_sentences(page)
    assert not any("lý do Máy ngừng" in s for s in said)


def test_a_field_under_a_field_whose_label_holds_a_figure_is_no_heading() -> None:
    page = (
        f"{TITLE}\n{LEAD}\n\nKhác biệt cần nhớ:\n"
        "Ổ cắm gắn tường chuẩn 16A: Khi chịu dòng 20A, chỉ tăng từ 30°C lên 38°C\n"
        "Ổ cắm kéo dài: Với dòng 10A, có thể nóng tới 90°C sau nửa giờ\n"
        "Không phải ổ cắm nào cũng như nhau. Hãy cắm cho đúng chỗ!\n"
        "Thợ điện khuyên không cắm bếp từ hay máy sưởi vào ổ cắm kéo dài, vì dây mảnh sẽ nóng rất nhanh khi tải lớn.\n"
    )
    assert not any(t.startswith("Ổ cắm kéo dài") for t in chapter_titles(page))
