"""Round 179 of reading real pages (issue 21): passports online, rice cookers, blinking air conditioners,
children's bicycles. An ad slot's "Ads" label, a post's views in brackets under its title, a contents box's
"Nội dung cần lưu ý", a picture's caption over the next numbered part and a table whose first column holds
figures are read as the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Cách xử lý nồi cơm điện không lên đèn và không nóng"
LEAD = "Nồi cơm điện không lên đèn là lỗi hay gặp khi nồi đã dùng lâu hoặc từng bị rơi mạnh xuống sàn bếp."
BODY = "Người dùng nên rút phích cắm rồi kiểm tra dây nguồn xem có chỗ nào bị đứt hoặc bị chuột cắn hay không."
MORE = "Nếu dây vẫn tốt thì nên mang nồi tới trung tâm bảo hành để thợ kiểm tra rơ le và mâm nhiệt của nồi."


def test_an_ad_slots_label_is_not_read() -> None:
    said = spoken_text(article_of(f"{HEAD}\n{LEAD}\n{BODY}\nAds\n{MORE}"))
    assert "Ads" not in said and "mâm nhiệt" in said


def test_a_posts_views_in_brackets_are_not_read_and_the_lead_stays_the_lead() -> None:
    article = article_of(f"{HEAD}\n31.05.2025\n|\n68 (Lượt xem)\n{LEAD}\nNguyên nhân nồi không nóng\n{BODY}\n{MORE}")
    assert "Lượt xem" not in spoken_text(article)
    assert article.lead is not None and article.lead.startswith("Nồi cơm điện không lên đèn")


def test_a_contents_box_header_over_the_first_heading_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nNội dung cần lưu ý\nTại sao nồi không nóng\n{BODY}\n{MORE}"
    said = spoken_text(article_of(page))
    assert "Nội dung cần lưu ý" not in said and "Tại sao nồi không nóng" in said


def test_a_pictures_caption_over_the_next_numbered_part_is_not_read() -> None:
    cut = "Dây nguồn của nồi cơm điện bị đứt ngầm hoặc bị chuột cắn thì nồi không nhận được điện."
    page = (
        f"{HEAD}\n{LEAD}\n1. Dây nguồn hỏng\n{cut}\nCách xử lý:\n{MORE}\nDây nguồn nồi cơm điện bị hỏng\n"
        "2. Phích cắm lỏng\nPhích cắm lỏng khiến điện không vào nồi, nên cơm chín không đều hoặc nồi không nóng lên.\n"
    )
    article = article_of(page)
    assert "Dây nguồn nồi cơm điện bị hỏng" not in spoken_text(article)
    assert "2. Phích cắm lỏng" in [s.title for s in article.sections]


def test_a_tables_rows_keyed_by_figures_say_their_columns_name() -> None:
    table = (
        "| Độ tuổi | Chiều cao (cm) | Kích thước xe (inch) |\n|---|---|---|\n"
        "| 2 – 4 | 80 – 100 | 12 |\n| 4 – 6 | 100 – 120 | 14 |\n"
    )
    said = " ".join(spoken_sentences(f"{HEAD}\n{LEAD}\n{BODY}\n{table}{MORE}"))
    assert "Độ tuổi hai đến bốn: Chiều cao" in said and "Độ tuổi bốn đến sáu:" in said
