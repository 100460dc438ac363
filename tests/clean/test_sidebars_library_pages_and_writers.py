"""Round 78 of reading real pages (issue 21): the flood season, eels, air conditioners, clans, fire
drills, durian, the conical-hat village. A portal's sidebar over a visit counter, a document
library's summary printed twice around its title, a site's domain in brackets before the lead, two
related titles run together, a caption with "(ảnh ...)", "§" bullets, a forum's asterisks inside
words, a place's name after "miền" in a first sentence run into its lead, and a writer's name over
a page with no title are read as the text reads, or not read."""

from __future__ import annotations

from audio_edition.text.legacy import repair

from .pages import article_of, spoken_text

HEAD = "Những vùng trồng cây sầu riêng của Việt Nam"
LEAD = "Cây sầu riêng là loại cây ăn quả đặc sản, được trồng nhiều ở các tỉnh phía Nam và Tây Nguyên."
BODY = "Những năm gần đây, quả sầu riêng được tiêu thụ thuận lợi, giá bán ở mức cao nhiều năm liền."
MORE = "Vì vậy diện tích trồng sầu riêng ở nhiều tỉnh tăng rất nhanh, nhất là ở vùng Đông Nam Bộ."


def test_a_portals_sidebar_over_its_visit_counter_is_not_read() -> None:
    sidebar = "Danh Mục\n\nban Biên tập\n\nVideo Tư Liệu kỹ Thuật\n\nThông Tin Thời Tiết\n\nThống Kê Truy Cập\n\n"
    counter = "Tổng số lượt truy cập: 15213112\nSố người đang truy cập: 20\n\nKỹ Thuật KNKN\n\n"
    article = article_of(f"{sidebar}{counter}{HEAD}\n{LEAD}\n\n{BODY}\n\n{MORE}")
    said = spoken_text(article)
    assert article.headline == HEAD and "Thời Tiết" not in said and "truy cập" not in said and "KNKN" not in said


def test_a_document_librarys_summary_printed_twice_around_the_title_is_read_once() -> None:
    title = "Một số biện pháp kỹ thuật cần lưu ý khi nuôi lươn trong bể đất"
    summary = "Một trong những mô hình nuôi thủy sản dễ làm, không cần nhiều vốn, là nuôi lươn trong bể đất lót bạt."
    again = summary.replace(",", "")
    article = article_of(f"{summary} | {title} {again} {BODY}\n\n{MORE}")
    assert article.headline == title and spoken_text(article).count("dễ làm") == 1


def test_a_sites_domain_in_brackets_before_the_lead_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\n(Banker.vn) {LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.lead == LEAD and "Banker" not in spoken_text(article)


def test_two_related_titles_run_together_are_not_read() -> None:
    related = "Trung Quốc hút hàng, giá sầu riêng tăng vọt Bài 3: Trung Quốc là thị trường lớn nhất của trái cây Việt"
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{related}\n\n{BODY}\n\n{MORE}"))
    assert "hút hàng" not in said and BODY in said


def test_a_caption_with_its_credit_in_brackets_and_no_colon_is_not_read() -> None:
    caption = "Những cánh đồng nước! Mùa nước nổi quê tôi, nước đã tràn đồng... (ảnh Quốc Việt)"
    said = spoken_text(article_of(f"{HEAD}\n{LEAD}\n{caption}\n{BODY}\n{MORE}"))
    assert "Quốc Việt" not in said and "cánh đồng nước" not in said


def test_section_sign_bullets_are_not_read() -> None:
    items = "§ Khi máy lạnh tỏa ra hơi lạnh yếu\n§ Quạt không mát\n§ Máy chạy ồn\n"
    said = spoken_text(article_of(f"{HEAD}\n{LEAD}\nBạn có thể dựa vào một số dấu hiệu sau:\n{items}{BODY}"))
    assert "§" not in said and "Quạt không mát" in said


def test_a_forums_asterisks_inside_words_are_dropped() -> None:
    text = "Mọi ng*ười đều lo lắng, từ giỗ Tổ Hùng V*ương đến khuynh h*ướng cá nhân, *nhấn mạnh* vẫn giữ."
    assert repair(text) == "Mọi người đều lo lắng, từ giỗ Tổ Hùng Vương đến khuynh hướng cá nhân, *nhấn mạnh* vẫn giữ."


def test_a_place_after_mien_stays_in_a_first_sentence_run_into_its_lead() -> None:
    first = (
        "Trên đất nước Việt Nam có rất nhiều làng nghề nón nổi tiếng nhưng ở miền Bắc, nón làng Chuông "
        "đã khẳng định được thương hiệu từ bao đời nay với những sản phẩm bền, đẹp và tinh tế."
    )
    article = article_of(f"{first}\n\n{BODY}\n\n{MORE}")
    assert "miền Bắc" in article.headline and not (article.lead or "").startswith("Bắc")


def test_a_writers_name_over_a_page_with_no_title_is_the_byline() -> None:
    article = article_of(f"Quế Chi\n{LEAD}\n{BODY}\n{MORE}")
    assert article.byline == "Quế Chi" and "Quế Chi" not in spoken_text(article)


def test_a_short_title_in_capitals_over_the_text_stays_the_headline() -> None:
    assert article_of(f"NỘI QUY\n{LEAD}\n{BODY}\n{MORE}").headline == "NỘI QUY"
