"""Round 82 of reading real pages (issue 21): washing machines, Hà Giang, koi, dengue, feng shui,
rooftop gardens. A style rule an editor pasted into the text, a product's specifications under
its name, a contents box's "Nội dung của bài viết", a comment link glued to the title and an
introduction's heading over the lead are read as the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Hai thời điểm trẻ sốt xuất huyết phải vào viện ngay"
LEAD = "Bệnh sốt xuất huyết ở trẻ em có hai mốc thời gian quan trọng mà phụ huynh cần lưu ý."
BODY = "Trong hai ngày đầu trẻ có thể sốt cao liên tục, đau đầu, biếng ăn và mệt mỏi như bị cảm cúm."
MORE = "Lúc này phụ huynh cần nghĩ đến sốt xuất huyết và đưa trẻ đi khám để được điều trị kịp thời."


def test_a_style_rule_pasted_into_the_text_is_not_read_and_its_words_close_again() -> None:
    page = (
        f"Hai thời điểm sốt xuất huyết phải và !important;o viện ngay\n{LEAD}\n"
        f"Đâ !important;y là giai đoạn nguy hiểm nhất, trẻ nằm li bì !important;, bỏ ăn bỏ bú.\n{BODY}\n{MORE}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == "Hai thời điểm sốt xuất huyết phải vào viện ngay"
    assert "Đây là giai đoạn nguy hiểm nhất, trẻ nằm li bì, bỏ ăn bỏ bú." in said and "important" not in said


def test_a_products_specifications_under_its_name_are_read() -> None:
    specs = ["Đường kính (Ø) : 350mm", "Chiều cao thùng : 600mm", "Dung tích chứa : 50 lít", "Màu sắc : xanh dương"]
    page = "Thùng phi nhựa 50 lít\n" + "\n".join(f"-{spec}" for spec in specs) + f"\n{BODY}\n{MORE}"
    said = spoken_text(article_of(page))
    assert all(spec in said for spec in specs)


def test_a_contents_box_header_of_the_article_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nNội dung của bài viết\nGiai đoạn sốt cao\n{BODY}\n{MORE}"
    said = spoken_text(article_of(page))
    assert "Nội dung của bài viết" not in said and "Giai đoạn sốt cao" in said


def test_a_comment_link_glued_to_the_title_is_not_read() -> None:
    article = article_of(f"{HEAD} Để lại bình luận\n\n {HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.headline == HEAD and "bình luận" not in spoken_text(article)


def test_an_introductions_heading_is_not_the_lead() -> None:
    heading = "Phần Mở đầu: Tại sao cha mẹ cần biết hai mốc thời gian này?"
    article = article_of(f"{HEAD}\n\n{heading}\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.lead == LEAD and heading in spoken_text(article)
