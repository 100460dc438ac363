"""Round 98 of reading real pages (issue 21): a board's smiley codes; a XenForo thread's
"Discussion in ..." line and a member's card with its place; a contact line of addresses; a page's
notice of what it shows; a document library's file line and pages' numbers; a "Tiếp tục khám phá"
box; a pointed link; a template's shortcode and menu; a heading in capitals that names no writer;
a title over its writer's name over a paragraph that asks a question."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách chọn cây đàn guitar đầu tiên"
LEAD = "Người mới học đàn thường băn khoăn nên mua cây đàn nào để tập trong những tháng đầu tiên."
BODY = "Một cây đàn dây nylon mềm tay hơn và giúp người mới tập quen với việc bấm hợp âm mà không đau tay."
MORE = "Sau vài tháng, bạn có thể chuyển sang đàn dây sắt để có âm thanh sáng và vang hơn khi đệm hát."


def test_a_boards_smiley_codes_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD} :001:\n\n{BODY} :lol: {MORE}\n")
    spoken = spoken_text(article)
    assert "001" not in spoken and "lol" not in spoken and BODY in spoken and MORE in spoken


def test_a_threads_discussion_line_and_a_members_card_with_a_place_are_not_read() -> None:
    header = (
        "Discussion in 'Góc âm nhạc' started by minh_guitar, 3/3/10.\n\n1. minh_guitar\n\n"
        "minh_guitar Advanced Member\n\nJoined:\n\n7/10/08\n\nMessages:\n\n445\n\nLikes Received:\n\n1\n\n"
        "Location:\n\nHoàng Mai - Hà Nội"
    )
    article = article_of(f"{TITLE}\n\n{header}\n\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert article.lead == LEAD
    assert not any(w in spoken for w in ("Discussion", "minh_guitar", "Member", "Likes", "Location", "Hoàng Mai"))


def test_a_contact_line_of_addresses_and_a_pages_note_on_its_name_are_not_read() -> None:
    note = 'Trang web bạn đang xem còn có tên ngắn gọn là " HocDan.tk "'
    contact = 'Liên hệ với " hocdan@yahoo.com.vn , thayminh@gmail.com "'
    article = article_of(f"{TITLE}\n\n{note}\n{contact}\n\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert article.lead == LEAD and "HocDan" not in spoken and "gmail" not in spoken


def test_a_document_librarys_file_line_notice_and_page_numbers_are_not_read() -> None:
    page = (
        f"Giáo trình tự học đàn guitar cơ bản\n\npdf 63 trang Gia Huy 22/05/2022 2020\n"
        f'Bạn đang xem 20 trang mẫu của tài liệu "Giáo trình tự học đàn guitar", để tải tài liệu gốc về máy '
        f"bạn click vào nút DOWNLOAD ở trên\n\n  1. {LEAD} 1 1\n  2. {BODY} 2 1\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert "pdf" not in spoken and "trang mẫu" not in spoken and "DOWNLOAD" not in spoken
    assert f"{BODY[:-1]}." in spoken and " 2 1" not in spoken


def test_a_continue_exploring_box_at_the_end_is_not_read() -> None:
    box = "Tiếp tục khám phá\n\nBón phân\n\nHọc cách bón phân cho cây của bạn\n\nBÓN PHÂN CHO BONSAI"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{box}\n")
    spoken = spoken_text(article)
    assert MORE in spoken and "khám phá" not in spoken and "bón phân" not in spoken.lower()


def test_a_pointed_link_on_its_own_line_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n==== > Tìm hiểu về cách chọn dây đàn guitar\n{MORE}\n")
    assert "Tìm hiểu về cách chọn dây" not in spoken_text(article)


def test_a_templates_shortcode_goes_and_a_heading_in_capitals_is_no_writer() -> None:
    article = article_of(f"{TITLE}\n[tintuc] CÂU LỤC CHÉP\n{LEAD}\n{BODY}\n")
    assert "tintuc" not in spoken_text(article) and article.byline is None
    assert "CÂU LỤC CHÉP" in spoken_text(article)


def test_a_templates_menu_under_its_button_is_not_read() -> None:
    menu = "Select Menu\n\nclean-5\n\nWisata\n\nBudaya\n\nKuliner\n\nkota"
    article = article_of(f"{menu}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert article.headline == TITLE and not any(w in spoken for w in ("Select", "Wisata", "Budaya", "kota"))


def test_a_title_over_its_writers_name_over_a_paragraph_asking_a_question_heads_the_page() -> None:
    paragraph = "Trước tiên, muốn chơi đàn giỏi thì bạn cần hiểu cấu tạo của cây đàn. Tại sao?"
    article = article_of(f"Guitar cơ bản\n\nTrần Đức Minh\n\n{paragraph}\n\n{BODY}\n")
    assert article.headline == "Guitar cơ bản" and article.byline == "Trần Đức Minh"
    assert paragraph in spoken_text(article)


def test_a_comments_header_closing_the_page_names_no_writer() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nComments\n")
    assert article.byline is None and "Comments" not in spoken_text(article)
