"""Round 194 (poultry, photography, cameras, e-bikes, mouldy shoes, smart locks): a carmaker's menu, a contents
header with its "[ Ẩn ]" toggle and a writer's card in capitals are never the headline; a one-part title over what its
term means is the title; "Continue reading", a share box's label and a "Xem ngay ..." link are not read; an FAQ's first
question heads it and its questions listed again after are not read; the first part's heading under an opening
paragraph is read, never the headline nor a section label; a picture's caption closing a part with the page's topic is
not read; a label ending in a colon under the title printed again is read; a shop's team signs the page, its name
under the date not read; a sentence left open by "bao gồm" goes on a paragraph down."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

LEAD = "Giày da để lâu trong tủ kín rất dễ bị nấm mốc, nhất là vào mùa nồm khi độ ẩm không khí lên cao."
BODY = "Lau giày bằng khăn mềm thấm giấm pha loãng rồi phơi nơi thoáng gió sẽ làm sạch phần lớn vết mốc trắng."
OTHER = "Sau khi làm sạch, nên cất giày cùng gói hút ẩm và mang ra dùng luân phiên để da luôn thông thoáng."


def test_a_long_row_of_menu_labels_is_not_the_headline() -> None:
    title = "Giày da bị mốc và cách xử lý tại nhà"
    article = article_of(f"Tìm kiếm Tin tức Tìm Đại lý Đăng ký lái thử Liên hệ Hỗ trợ\n\n{title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title and "Đại lý" not in spoken_text(article)


def test_a_contents_header_with_its_spaced_toggle_is_not_the_headline() -> None:
    article = article_of(f"Nội dung chính [ Ẩn ]\n\n{LEAD}\n\n{BODY}\n\n{OTHER}\n")
    assert "Nội dung chính" not in spoken_text(article)


def test_a_writers_card_printed_three_times_is_the_byline() -> None:
    article = article_of(f"TRAN VAN HUNG\nTRAN VAN HUNG\nTRAN VAN HUNG\n{LEAD} {BODY}\n{OTHER}\n")
    assert article.byline == "Tran Van Hung" and "TRAN" not in spoken_text(article).upper().split(".")[0][:20]
    assert "Tran Van Hung" not in spoken_text(article)


def test_a_one_part_title_over_what_its_term_means_is_the_title() -> None:
    page = f"Nấm mốc giày\n\nNấm mốc giày còn được hiểu là lớp bào tử trắng mọc trên da ẩm\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == "Nấm mốc giày" and article.category is None
    assert "lớp bào tử trắng" in spoken_text(article)


def test_link_and_share_labels_are_not_read() -> None:
    page = (
        f"Giày da bị mốc\n\nChia sẻ bài viết này\n\n{LEAD} Continue reading\n\n"
        f"{BODY} Xem ngay Cách bảo quản giày da – Mẹo hay cho mùa nồm\n\n{OTHER}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Chia sẻ" not in spoken and "Continue" not in spoken and "Xem ngay" not in spoken


def test_an_faqs_first_question_heads_it_and_its_list_printed_after_is_not_read() -> None:
    questions = [
        "1. Vì sao giày da bị mốc?",
        "2. Làm sạch giày mốc bằng gì?",
        "3. Cất giày thế nào cho khỏi mốc?",
    ]
    answers = [LEAD, BODY, OTHER]
    page = "\n".join(f"{q}\n{a}" for q, a in zip(questions, answers)) + "\n" + "\n".join(questions) + "\n"
    article = article_of(page)
    assert article.headline == "Vì sao giày da bị mốc?"
    assert spoken_text(article).count("Cất giày thế nào cho khỏi mốc") == 1


def test_the_first_parts_heading_under_an_opening_that_announces_it_is_no_headline() -> None:
    opening = (
        "Giày da bị mốc là nỗi lo của rất nhiều người dùng, nhất là vào những tháng mùa nồm ẩm ướt. "
        "Hãy cùng tìm hiểu nguyên nhân và cách xử lý trong bài viết dưới đây."
    )
    page = f"{opening}\n\nNguyên nhân giày da bị mốc\n\n{BODY}\n\n{OTHER}\n"
    article = article_of(page)
    assert article.headline != "Nguyên nhân giày da bị mốc"
    assert "Nguyên nhân giày da bị mốc" in chapter_titles(page)


def test_the_first_parts_heading_under_an_untitled_opening_is_no_section_label() -> None:
    opening = (
        "Bệnh mốc giày (hay còn gọi là mốc trắng) là một trong những bệnh phiền toái nhất đối với đồ da, gây ra hư hại "
        "lớn cho giày dép. Bệnh này do nấm gây ra, có khả năng lan nhanh trong tủ kín. Trong bài viết này, chúng ta sẽ "
        "tìm hiểu về nguyên nhân, dấu hiệu và cách phòng ngừa bệnh mốc giày."
    )
    heading = "Nguyên Nhân Gây Bệnh"
    text = "Nấm sinh sôi ở nơi ẩm thấp, thiếu ánh sáng, nhất là trong những tháng mưa phùn kéo dài."
    article = article_of(f"{opening}\n\n{heading}\n\n{text}\n\n{OTHER}\n")
    assert article.category is None and heading in spoken_text(article)


def test_a_caption_closing_a_part_with_the_pages_topic_is_not_read() -> None:
    page = (
        "Giày da bị mốc phải làm sao\n\n"
        f"{LEAD}\n\nNguyên Nhân Gây Mốc\n\n{BODY}\n\nNguyên nhân giày da bị mốc\n\nCách Làm Sạch\n\n{OTHER}\n"
    )
    assert "Nguyên nhân giày da bị mốc" not in spoken_text(article_of(page))


def test_a_label_ending_in_a_colon_under_the_title_printed_again_is_read() -> None:
    title = "Cách làm sạch giày da trắng bị mốc"
    page = f"{title}\n\n{LEAD}\n\n{title}\n\nTrường hợp mốc nhẹ:\n\nDùng giấm ăn pha loãng\n\n{BODY}\n\n{OTHER}\n"
    spoken = spoken_text(article_of(page))
    assert "Trường hợp mốc nhẹ" in spoken and "Dùng giấm ăn pha loãng" in spoken


def test_a_shops_team_signs_the_page_and_its_name_under_the_date_is_not_read() -> None:
    page = f"Cách vệ sinh giày da bị ẩm mốc\n\nĐội ngũ Giaydep | 22.03.2023\nGiaydep\n{LEAD}\n\n{BODY}\n\n{OTHER}\n"
    article = article_of(page)
    assert article.byline == "Đội ngũ Giaydep" and article.category is None
    assert "Giaydep" not in spoken_text(article)


def test_a_sentence_left_open_by_its_verb_goes_on_a_paragraph_down() -> None:
    broken = "Bộ dụng cụ vệ sinh giày bao gồm\n\n3 món chính như sau: bàn chải, khăn mềm và giấm."
    page = f"Giày da bị mốc\n\n{LEAD}\n\n{broken}\n\n{OTHER}\n"
    assert any(s.startswith("Bộ dụng cụ vệ sinh giày bao gồm ba món chính") for s in spoken_sentences(page))
