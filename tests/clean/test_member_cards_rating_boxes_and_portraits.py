"""Round 165 of reading real pages (issue 21): a title with a comma over its picture's text; a plugin's "[toc]" marker
between two parts; a heading naming the fruit's other name; "Tác Giả: ..." under the title; a forum's member card in
Vietnamese; a rating box over the site's other stories; a "Google News" button; "Bạn xem thêm:" with its links lost;
a portrait's caption naming a comrade and posts; a sentence's first word cut off at the end, never a writer."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Máy lọc nước không ra nước, Nguyên nhân và cách khắc phục"
LEAD = "Máy lọc nước không ra nước là lỗi nhiều gia đình gặp phải sau một thời gian dài sử dụng liên tục."
BODY = "Trước hết, hãy kiểm tra xem van cấp nước đầu vào đã mở hết hay chưa và nguồn điện có ổn định không."
MORE = "Nếu đã kiểm tra mà máy vẫn không ra nước, bạn nên gọi thợ đến thay lõi lọc hoặc màng lọc RO."


def test_a_title_with_a_comma_over_its_pictures_text_is_the_headline() -> None:
    article = article_of(f"{TITLE}\n\nNguyên nhân máy lọc nước không ra nước\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.category is None and article.lead == LEAD
    assert "Nguyên nhân máy lọc nước không ra nước" not in spoken_text(article)


def test_a_heading_after_a_contents_marker_is_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n[toc]\n\nTác hại của việc máy lọc không ra nước\n\n{MORE}\n"
    assert "Tác hại của việc máy lọc không ra nước" in spoken_text(article_of(page))


def test_a_heading_naming_the_fruits_other_name_is_no_caption() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nThời kỳ nuôi quả (trái)\n\n{MORE}\n"
    assert "Thời kỳ nuôi quả" in spoken_text(article_of(page))


def test_a_labelled_writer_under_the_title_is_the_byline() -> None:
    article = article_of(f"{TITLE}\n\nTác Giả: Trần Thị Mai Anh\nUpdate: 12/05/2025\n\n{LEAD}\n\n{BODY}\n")
    assert article.byline == "Trần Thị Mai Anh" and article.lead == LEAD and "Tác Giả" not in spoken_text(article)


def test_a_forum_member_card_in_vietnamese_is_not_read() -> None:
    card = (
        "maylocnuocsaigon\n\nThành viên rất triển vọng\nTham gia\n22/10/25\nBài viết\n21\nĐiểm tích cực\n0\n"
        "Điểm thành tích\n1\nTuổi\n31\nNơi ở\n115 Lê Văn Sỹ, P.Tân Định, TP.Hồ Chí Minh"
    )
    article = article_of(f"{TITLE}\n\n{card}\n{LEAD}\n\n{BODY}\n")
    said = spoken_text(article)
    assert article.lead == LEAD and "triển vọng" not in said and "Tuổi" not in said and "Lê Văn Sỹ" not in said


def test_a_rating_box_ends_the_article_before_the_sites_other_stories() -> None:
    other = "Đội tuyển bóng chuyền nữ Việt Nam đã bước vào hành trình bảo vệ ngôi vương tại giải châu Á."
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nBài viết hay? Hãy đánh giá bài viết\nUser\n\n{other}\n"
    said = spoken_text(article_of(page))
    assert MORE in said and "đánh giá" not in said and "bóng chuyền" not in said


def test_a_google_news_button_and_a_pointer_whose_links_are_lost_are_not_read() -> None:
    page = f"{TITLE}\n\nGoogle News\n\n{LEAD}\n\nBạn xem thêm:\n\n1. Vì sao máy không ra nước\n\n{BODY}\n"
    said = spoken_text(article_of(page))
    assert "Google" not in said and "xem thêm" not in said and "Vì sao máy không ra nước" in said


def test_a_portraits_caption_naming_a_comrade_and_posts_is_not_read() -> None:
    caption = "Đồng chí Lê Văn Hải, UVBTV – Trưởng phòng Kinh tế"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}\n"))
    assert "Lê Văn Hải" not in said and MORE in said


def test_a_sentences_first_word_cut_off_at_the_end_is_no_writer() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nChị Lan kể: “Từ khi thay lõi, máy chạy êm lắm”. Còn\n")
    assert article.byline is None


def test_a_heading_taking_up_a_few_of_the_titles_words_stays() -> None:
    title = "Nóc nhà Đông Dương, Fansipan 3143m... Nhớ mùa đông năm ấy... Sín Chải - Trạm Tôn... Gian nan một cung"
    page = f"{title}\n\nFansipan - Mùa đông năm ấy\n\n{LEAD}\n\n{BODY}\n"
    assert "Fansipan - Mùa đông năm ấy" in spoken_text(article_of(page))
