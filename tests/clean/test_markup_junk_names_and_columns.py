"""Round 146 of reading real pages (issue 21): an entity a style rule broke and a comment's marks; a
list printed in two columns; a person's name cut by a hard wrap; "Bài & Ảnh - <name>"; a blog
template's "Welcome text" over a dated title; a document site's "Nội dung text:"; a sign after a
bullet."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Câu lạc bộ dưỡng sinh của thôn"
LEAD = "Câu lạc bộ dưỡng sinh chỉ tập vào buổi sáng, mùa hè bắt đầu từ năm giờ mười lăm, mùa đông muộn hơn."
BODY = "Hằng năm câu lạc bộ tổ chức liên hoan trình diễn mừng thọ các cụ và kỷ niệm ngày thành lập."


def test_an_entity_a_style_rule_broke_and_a_comments_marks_are_not_read() -> None:
    verse = "&ldquo !important;Con mèo mà trèo cây cau\nHỏi thăm chú chuột đi đâu vắng nhà...”\n"
    page = f"{TITLE}\n\n{verse}\n{LEAD} <!—->\n\n{BODY}\n"
    spoken = " ".join(spoken_sentences(page))
    assert "ldquo" not in spoken and "!" not in spoken and "—" not in spoken
    assert "Con mèo mà trèo cây cau" in spoken


def test_a_list_printed_in_two_columns_reads_one_name_to_an_item() -> None:
    rows = (
        "1. Nguyễn Thị Miến 2. Bùi Thị Su\n3. Đặng Thị Thùy 4. Nguyễn Thị Đỉnh\n5. Nguyễn Văn Thức 6. Trần Văn Toát\n"
    )
    sentences = spoken_sentences(f"{TITLE}\n\n{LEAD}\n\nDanh sách các cụ trong câu lạc bộ gồm:\n{rows}")
    assert "hai. Bùi Thị Su" in sentences and "một. Nguyễn Thị Miến" in sentences


def test_a_persons_name_cut_by_the_wrap_is_read_whole() -> None:
    text = (
        f"{LEAD}\nHiện tại câu lạc bộ đang hoạt động gồm hai mươi cụ, trong số\n"
        "đó có bốn cụ đã ngoài tám mươi tuổi. Chủ tịch câu lạc bộ là cụ : Nguyễn\n"
        "Thị Miến. Các cụ tập đều đặn cả những ngày trời mưa gió, không ai nghỉ\n"
        "buổi nào trong suốt cả năm qua.\n"
    )
    assert any("là cụ: Nguyễn Thị Miến." in s for s in spoken_sentences(f"{TITLE}\n\n{text}"))


def test_a_credit_after_a_dash_is_the_byline_never_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nBài & Ảnh - Đỗ Đình Bình\n")
    assert article.byline == "Đỗ Đình Bình" and "Bài & Ảnh" not in spoken_text(article)


def test_a_blog_templates_welcome_text_leaves_the_dated_title_the_headline() -> None:
    article = article_of(f"Welcome text\n\nThứ Bảy, 28 tháng 2, 2015\n\nHOA CHUỐI KHO CHAY\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == "HOA CHUỐI KHO CHAY" and article.category is None
    assert "Welcome" not in spoken_text(article)


def test_a_document_sites_content_label_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nNội dung text: Tổng hợp những bài văn mẫu lớp bốn\n\n{BODY}\n"
    assert "Nội dung text" not in spoken_text(article_of(page))


def test_a_sign_after_a_bullet_is_read() -> None:
    items = "  • < 5.7%: Mức bình thường\n  • > = 6.5%: Đái tháo đường\n"
    sentences = spoken_sentences(f"Chỉ số đường huyết\n\n{LEAD}\n\nGiá trị chẩn đoán như sau:\n{items}")
    assert any(s.startswith("không dưới sáu phẩy năm phần trăm") for s in sentences)
