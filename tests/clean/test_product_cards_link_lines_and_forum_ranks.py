"""Round 107 of reading real pages (issue 21): a shop's product card over its description; a
translator's credit in brackets under the title; a line pointing to an embedded clip; a link's
words with its address in brackets; a caption under a picture's file name; a forum's rank joined
to the post; a card's fields read in order, never as a heading."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách chăm sóc cây mai chiếu thủy trong chậu"
LEAD = "Mai chiếu thủy là cây bonsai dễ trồng, ra hoa trắng thơm nhẹ vào buổi tối, hợp với ban công nhỏ."
BODY = "Cây cần nắng buổi sáng ít nhất bốn tiếng và đất tơi xốp, tưới nước khi mặt chậu đã khô hẳn."
MORE = "Mỗi tháng bón một nắm phân hữu cơ quanh gốc, tránh bón sát thân để rễ không bị thối."


def test_a_product_card_under_the_name_is_not_read_and_the_description_is_the_lead() -> None:
    page = (
        f"{TITLE}\n\nMã sản phẩm\nMCT20871\nXuất xứ : Bến Tre, Việt Nam\nGiá sản phẩm : Liên hệ\n\nMô tả\n\n"
        f"{LEAD}\n{BODY}\n{MORE}\n"
    )
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD
    spoken = spoken_text(article)
    assert "Mã sản phẩm" not in spoken and "MCT20871" not in spoken and "Liên hệ" not in spoken
    assert "Bến Tre" not in spoken


def test_fields_without_a_code_price_or_stock_are_the_text() -> None:
    fields = "Tên khoa học: Wrightia religiosa\nXuất xứ: Đông Nam Á"
    article = article_of(f"{TITLE}\n{LEAD}\n{fields}\n{BODY}\n{MORE}\n")
    spoken = spoken_text(article)
    assert "Wrightia religiosa" in spoken and "Đông Nam Á" in spoken
    assert "Xuất xứ: Đông Nam Á" not in [s.title for s in article.sections]  # a field, never a chapter's title


def test_a_numbered_step_under_another_is_still_a_heading() -> None:
    page = f"{TITLE}\n{LEAD}\n{BODY}\nBước 1: Chọn chậu\nBước 2: Thay đất\n{MORE}\n{BODY}\n"
    assert "Bước 2: Thay đất" in [s.title for s in article_of(page).sections]


def test_a_translators_credit_in_brackets_is_the_byline_not_the_lead() -> None:
    credit = "(Trần Minh Khoa dịch từ bài viết của tạp chí Bonsai Today)"
    article = article_of(f"{TITLE}\n\n{credit}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == LEAD and article.byline == "Trần Minh Khoa"
    assert "dịch từ" not in spoken_text(article)


def test_a_sentence_about_translating_is_still_read() -> None:
    line = "Ông Khoa đã dịch từ bài viết của tạp chí Nhật sang tiếng Việt cho hội viên đọc."
    assert "dịch từ bài viết" in spoken_text(article_of(f"{TITLE}\n{LEAD}\n{line}\n{BODY}\n{MORE}\n"))


def test_lines_pointing_to_an_embedded_clip_are_not_read() -> None:
    pointers = (
        "Nếu ngại đọc thì bạn có thể xem clip này cho nhanh:",
        "Dưới đây là video của nhà vườn về cách cắt tỉa cây mai:",
    )
    page = f"{TITLE}\n\n{pointers[0]}\n\n{LEAD}\n\n{BODY}\n\n{pointers[1]}\n\n{MORE}\n"
    article = article_of(page)
    assert article.lead == LEAD
    spoken = spoken_text(article)
    assert "clip" not in spoken and "video" not in spoken


def test_a_sentence_that_names_a_video_and_goes_on_is_read() -> None:
    line = "Theo video của nhà vườn, cây mai cần được xoay chậu mỗi tuần một lần."
    assert "xoay chậu" in spoken_text(article_of(f"{TITLE}\n{LEAD}\n{line}\n{BODY}\n{MORE}\n"))


def test_a_links_words_with_its_address_in_brackets_are_not_read() -> None:
    links = (
        "-----> Xem thêm bài viết Cách tưới cây cảnh (http://vuonmai.vn/bai-viet/cach-tuoi-12.html) cho người mới",
        "-----> Thông tin về sản phẩm Chậu gốm men (http://vuonmai.vn/chau-gom/) nhập khẩu từ Nhật",
    )
    page = f"{TITLE}\n{LEAD}\n{links[0]}\n\n{BODY}\n{links[1]}\n\n{MORE}\n"
    article = article_of(page)
    spoken = spoken_text(article)
    assert "vuonmai" not in spoken and "Xem thêm" not in spoken and "Chậu gốm" not in spoken
    assert all("Chậu gốm" not in (s.title or "") for s in article.sections)


def test_a_short_sentence_under_a_pictures_file_name_on_a_captioned_page_is_its_caption() -> None:
    credited = "Nghệ nhân sửa dáng cho một cây mai lâu năm. Ảnh: Minh Tâm"
    caption = "Các hội viên chăm chú nghe nghệ nhân hướng dẫn."
    page = f"{TITLE}\n{LEAD}\n{credited}\n{BODY}\n\n71B2294.JPG\n{caption}\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "chăm chú" not in spoken and "JPG" not in spoken and MORE.split(",")[0] in spoken


def test_a_short_sentence_under_a_file_name_on_a_page_without_captions_is_read() -> None:
    page = f"{TITLE}\n{LEAD}\n{BODY}\n\n71B2294.JPG\nCác hội viên chăm chú nghe nghệ nhân hướng dẫn.\n\n{MORE}\n"
    assert "chăm chú" in spoken_text(article_of(page))


def test_a_paragraph_under_a_pictures_file_name_is_read() -> None:
    para = (
        "Sau buổi hướng dẫn, các hội viên được mang về mỗi người một chậu mai nhỏ. Ban tổ chức hẹn gặp lại "
        "vào mùa xuân năm sau để cùng xem cây ra hoa."
    )
    page = f"{TITLE}\n{LEAD}\n{BODY}\n\n71B2294.JPG\n{para}\n\n{MORE}\n"
    assert "mỗi người một chậu mai nhỏ" in spoken_text(article_of(page))


def test_a_forum_rank_joined_to_the_post_is_not_read() -> None:
    page = f"{TITLE}\n\nhoangmai88\n\nNew member\nsưu tầm được bài này gửi anh em tham khảo\n{LEAD}\n{BODY}\n{MORE}\n"
    article = article_of(page)
    spoken = spoken_text(article)
    assert "New member" not in spoken and "member" not in (article.lead or "")
    assert "sưu tầm được bài này" in spoken
