"""Round 139 of reading real pages (issue 21): a forum's codes inside a word; a section's label run into
the text; a company's card and the title again under a post's title; a shop's call to buy and its
showroom; a source note naming a "Mr."; a magazine's masthead; a letter's greeting; a writer's office and
note mark; writers under a picture's captions; "Gửi ngày" over the date; a summary printed again without
its heading; a betting site's glued title; a decision's grounds; a short book name before chapter and verse."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Hợp tác xã nuôi ong ở xã vùng cao mở rộng sản xuất"
LEAD = "Năm nay, hợp tác xã nuôi ong của xã vùng cao đã có thêm hai trăm đàn ong mới và một xưởng lọc mật."
BODY = "Các thành viên được tập huấn cách chăm đàn ong qua mùa mưa và cách giữ mật sạch trước khi đóng chai."
MORE = "Chủ nhiệm hợp tác xã cho biết năm tới sẽ đưa sản phẩm vào các cửa hàng đặc sản ở thành phố."


def test_a_forums_font_code_inside_a_word_leaves_the_word_whole() -> None:
    page = f'{TITLE}\n\n{LEAD}\n\nM[FONT="Arial"]ụ[/FONT]c tiêu của hợp tác xã là bán mật ong sạch cho người dân.\n'
    spoken = " ".join(spoken_sentences(page))
    assert "Mục tiêu của hợp tác xã" in spoken and "FONT" not in spoken


def test_a_section_label_run_into_the_text_is_the_category_and_not_read() -> None:
    article = article_of(f"{TITLE}\n\nChuyên Mục: Tin tức YDL - {LEAD}\n\n{BODY}\n")
    assert article.category == "Tin tức" and article.lead == LEAD
    assert "Chuyên Mục" not in spoken_text(article)


def test_a_companys_card_and_the_title_again_under_a_posts_title_are_not_read() -> None:
    title = "kỹ thuật nuôi ong lấy mật và chăm đàn ong"
    card = "CTY TNHH NÔNG SẢN HOA ĐỒI\nA4.TMT2A.P.TMT.Q.12\nKỸ THUẬT NUÔI ONG LẤY MẬT\nVÀ CHĂM ĐÀN ONG"
    article = article_of(f"{title}\n\n{card}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "Kỹ thuật nuôi ong lấy mật và chăm đàn ong"
    spoken = spoken_text(article)
    assert "CTY" not in spoken and "TMT2A" not in spoken and "CHĂM ĐÀN ONG" not in spoken
    assert LEAD in spoken and BODY in spoken


def test_a_shops_call_to_buy_its_showroom_and_its_pages_are_not_read() -> None:
    call = "Chuyên bán mật ong rừng nguyên chất 100%, call 0944.2222.54 - Mật Ong Hoa Đồi"
    shop = "Showroom: 12 đường Lê Lợi, phường 3, quận Gò Vấp\nFacebook: matonghoadoi\nBạn cần hỗ trợ?"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{call}\n\n{shop}\n\n{MORE}\n\nSHOWROOM\n")
    spoken = spoken_text(article)
    assert "0944" not in spoken and "Showroom" not in spoken.title() and "Facebook" not in spoken
    assert "hỗ trợ" not in spoken and MORE in spoken


def test_a_magazines_masthead_and_its_editors_name_are_not_read() -> None:
    masthead = (
        "CHỊU TRÁCH NHIỆM NỘI DUNG\nPhạm Văn Long\nHỘI ĐỒNG BIÊN TẬP\nTrần Minh Đức\nLê Thị Hoa\n"
        "TỔNG BIÊN TẬP\nNguyễn Thu Giang"
    )
    article = article_of(f"{TITLE}\n\nGiang\nNguyễn Thu Giang\n\n{LEAD}\n\n{masthead}\n\n{BODY}\n")
    assert article.byline == "Nguyễn Thu Giang" and article.lead == LEAD
    spoken = spoken_text(article)
    assert "BIÊN TẬP" not in spoken and "Phạm Văn Long" not in spoken and BODY in spoken


def test_a_source_note_naming_a_mister_under_the_title_is_not_the_lead() -> None:
    article = article_of(f"{TITLE}\n\n(Nguồn: Diễn đàn nuôi ong Việt Nam - Mr. Tư Chung)\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Diễn đàn" not in spoken_text(article)


def test_a_letters_greeting_opens_the_lead() -> None:
    article = article_of(f"Thư gửi bạn đọc nhân dịp năm mới\n\nQuý độc giả thân mến!\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == f"Quý độc giả thân mến! {LEAD}"


def test_a_writers_office_under_the_name_and_a_note_mark_after_it_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\nĐinh Quang Tiến [1]\nCông ty Luật TNHH Hoa Đồi\n\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Đinh Quang Tiến" and article.lead == LEAD
    assert "Công ty Luật" not in spoken_text(article)


def test_two_writers_under_a_pictures_captions_are_the_byline() -> None:
    captions = "Đàn ong bên hiên nhà\nHợp tác xã Hoa Đồi – Tây Sơn\nMinh Đạt & Thu Linh"
    article = article_of(f"{TITLE}\n\n{captions}\n\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Minh Đạt & Thu Linh" and article.lead == LEAD
    assert "hiên nhà" not in spoken_text(article)


def test_a_sent_on_label_over_the_date_is_the_dateline() -> None:
    article = article_of(f"{TITLE}\nGửi ngày 14/05/2024\n{TITLE}\n{LEAD}\n\n{BODY}\n")
    assert article.published == "2024-05-14" and article.category is None and article.lead == LEAD
    assert "Gửi" not in spoken_text(article)


def test_a_summary_printed_again_without_its_heading_is_read_once() -> None:
    summary = f"{LEAD} {BODY}"
    article = article_of(f"{TITLE}\n\nMÙA MẬT MỚI. {summary}\n\n{summary}\n\n{MORE}\n")
    assert spoken_text(article).count(BODY) == 1 and MORE in spoken_text(article)


def test_a_betting_sites_glued_title_and_keyword_inside_a_sentence_are_not_read() -> None:
    glued = "ểnthủHợpTácXãHoaĐồimởRộngsảnxuất lịch bóng đá hôm nay"
    page = f"{TITLE}\n\n{LEAD}\n\nSáng 4/5,{glued} Các thành viên họp bàn kế hoạch bán mật cho mùa tới.\n"
    spoken = " ".join(spoken_sentences(page))
    assert "lịch bóng đá" not in spoken and "các thành viên họp bàn" in spoken.lower()


def test_a_decisions_grounds_are_never_its_lead() -> None:
    grounds = "Căn cứ Luật Hợp tác xã ngày 20 tháng 11 năm 2012;"
    article = article_of(f"Quyết định thành lập hợp tác xã nuôi ong\n\n{grounds}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead is None and grounds in spoken_text(article)


def test_a_books_short_name_before_chapter_and_verse_does_not_end_the_sentence() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nSứ đồ viết trong I Cô. 15:6 rằng Chúa đã hiện ra với nhiều người.\n"
    spoken = spoken_sentences(page)
    assert "Sứ đồ viết trong Cô-rinh-tô một chương mười lăm câu sáu rằng Chúa đã hiện ra với nhiều người." in spoken
