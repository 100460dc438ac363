"""Round 175 of reading real pages (issue 21): a post stamped month first; a text generator's "(Boolean Question)";
a blog post's title under its day over its first part; a clinic's writer line; a rating, a share label and a table of
contents run together over the text; a magazine's bare initials before the lead; headings over paragraphs whose last
sentence lost its stop; a formula never a chapter's title; a look-alike letter in a heading."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

TITLE = "Cách chọn mật ong rừng nguyên chất cho gia đình"
LEAD = "Mật ong rừng được nhiều gia đình tin dùng, nhưng hàng giả, hàng pha trộn đường vẫn bán tràn lan ngoài chợ."
BODY = "Mật ong thật có mùi thơm của hoa rừng, vị ngọt sắc rồi dịu, để lâu ngày sẽ kết tinh một lớp đường ở đáy chai."
MORE = "Người mua nên chọn nơi bán có nguồn gốc rõ ràng, xem kỹ nhãn, ngày đóng chai và thử nếm trước khi mua nhiều."


def test_a_post_stamped_month_first_gives_its_day_and_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n4/16/2019 11:42:00 AM\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.published == "2019-04-16T11:42:00" and article.lead == LEAD and "AM" not in spoken_text(article)


def test_a_text_generators_question_kind_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nMật ong rừng có tốt không? (Boolean Question)\n\n{BODY}\n\n{MORE}\n"
    assert "Boolean" not in spoken_text(article_of(page))


def test_a_blog_posts_title_under_its_day_over_its_first_part_is_the_headline() -> None:
    page = f"Thứ Ba, 30 tháng 6, 2015\n\nNuôi ong lấy mật\n\nI/ SƠ LƯỢC NGHỀ NUÔI ONG\n{LEAD}\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert article.headline == "Nuôi ong lấy mật" and article.category is None


def test_a_clinics_writer_line_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nBài viết được thực hiện bởi Dược sĩ Nguyễn Thị Lan\n\n{LEAD}\n\n{BODY}\n")
    assert "Dược sĩ" not in spoken_text(article) and article.lead == LEAD


def test_a_rating_a_share_label_and_contents_run_together_are_not_read() -> None:
    contents = "Nội dung1. Mật ong rừng là gì?2. Cách thử mật ong tại nhà"
    first = "Mật ong VinaHoney là một trong những loại mật ong được nhiều người tìm mua vào mùa lạnh năm nay."
    parts = f"1. Mật ong rừng là gì?\n\n{BODY}\n\n2. Cách thử mật ong tại nhà\n\n{MORE}\n"
    page = f"{TITLE}\n\n(5/5 - 770 đánh giá)\nChia sẽ:\n{contents}\n\n{first} {LEAD}\n\n{parts}"
    article = article_of(page)
    spoken = spoken_text(article)
    assert "đánh giá" not in spoken and "Chia sẽ" not in spoken and "Nội dung" not in spoken
    assert article.lead is not None and article.lead.startswith("Mật ong VinaHoney là")


def test_a_magazines_bare_initials_before_the_lead_are_not_read() -> None:
    lead = "Khoảng hơn 150.000 cổng sạc cho xe điện đã được lắp đặt tại các tỉnh thành trên cả nước."
    article = article_of(f"Sạc xe điện ở đâu, chi phí sạc thế nào?\n\nMTNN {lead}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == lead


def test_headings_over_paragraphs_whose_last_sentence_lost_its_stop_stay_chapters() -> None:
    parts = [
        ("Cho mật ong vào nước phân biệt mật ong rừng nguyên chất hay mật ong giả", f"{BODY} Thử vài lần cho chắc"),
        ("Dùng que diêm phân biệt mật ong rừng nguyên chất hay mật ong giả", f"{MORE} Diêm cháy là mật ong thật"),
        ("Dùng miếng giấy phân biệt mật ong rừng nguyên chất hay mật ong giả", f"{BODY} Giấy không thấm là mật thật"),
    ]
    page = f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(f"{h}\n\n{p}" for h, p in parts) + "\n"
    assert chapter_titles(page) == [h for h, _ in parts]


def test_a_formula_is_never_a_chapters_title() -> None:
    page = (
        f"Cách dự tính chiều cao của bé khi trưởng thành\n\n{LEAD}\n\n1. Dùng chiều cao lúc sinh\n"
        "Chiều cao của con trai = chiều cao khi sinh (cm) ÷ 0,2949\n"
        "Chiều cao của con gái = chiều cao khi sinh (cm) ÷ 0,3109\n"
        f"{BODY}\n2. Dùng chiều cao lúc ba tuổi\n{MORE}\n"
    )
    assert not any("=" in title for title in chapter_titles(page))


def test_a_look_alike_g_in_a_heading_is_read_as_g() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n2. Thử bằng lònɡ đỏ trứng gà\n\n{BODY}\n\n{MORE}\n"
    assert "hai. Thử bằng lòng đỏ trứng gà" in spoken_sentences(page)
