"""Round 188 of reading real pages (issue 21): generator, termite-control, forklift and compressor sellers. A site's
short menu over the title and the day of the month under it, a picture's numbered caption and an AI assistant's
scaffolding over the post are not read; a paragraph that asks the reader is no poll, a checklist's heading no
category, a Markdown heading over another is read without its marks, and a page whose first sentence is too long is
headed by its words up to an aside. Round 189 (shoe care, time clocks, dishwashers): a title the paragraph under it
is about stays over its subtitle, never a tag page's label."""

from __future__ import annotations

from audio_edition.model import Document
from audio_edition.segment import build_article

from .pages import article_of, spoken_text

TITLE = "Công trình nào cần chống mối? Các biện pháp chống mối hiệu quả"
LEAD = "Mối là loài côn trùng gây hại lớn cho nhà cửa, nhất là những công trình có nhiều kết cấu bằng gỗ và ẩm thấp."
BODY = "Trước khi thi công, chủ nhà nên nhờ đơn vị chuyên nghiệp khảo sát nền đất để chọn cách phòng mối phù hợp."


def test_a_sites_short_menu_over_the_title_and_the_day_under_it_are_not_read() -> None:
    menu = "Kiểm soát côn trùng\nNgăn ngừa & Bảo vệ\nBách khoa côn trùng\nVì sao chọn PCS\n\n"
    article = article_of(f"{menu}{TITLE}\n\n04 tháng 08\n\n{LEAD}\n\n{BODY}\n")
    said = spoken_text(article)
    assert article.headline == TITLE and "Bách khoa" not in said and "tháng" not in article.lead


def test_a_paragraph_that_asks_the_reader_is_no_poll() -> None:
    asks = "Bạn thấy máy lọc nước nhà mình xả nhiều nước thải hơn trước? Dưới đây là những nguyên nhân thường gặp nhất."
    said = spoken_text(
        article_of(f"Máy lọc nước xả nhiều nước thải\n\n{LEAD}\n\n{asks}\n\n1. Van xả chưa khóa\n\n{BODY}\n")
    )
    assert "Dưới đây là những nguyên nhân" in said


def test_a_checklists_heading_is_read_never_the_category() -> None:
    heading = "Danh mục kiểm tra trước ca làm việc"
    article = article_of(f"Bảo trì xe nâng điện đúng cách\n\n{LEAD}\n\n{heading}\n\n{BODY}\n")
    assert article.category is None and heading in spoken_text(article)


def test_a_markdown_heading_over_another_is_read_without_its_marks() -> None:
    page = f"# Năm cách diệt mối tại nhà\n{LEAD}\n## I. Phương pháp diệt mối tại nhà\n### 1. Hệ thống bẫy mối\n{BODY}\n"
    said = spoken_text(article_of(page))
    assert "I. Phương pháp diệt mối tại nhà" in said and "#" not in said


def test_a_pictures_numbered_caption_is_not_read() -> None:
    page = f"Ắc quy xe nâng điện\n\n{LEAD}\n\nHình 2. Xe nâng điện hoạt động trong kho sạch\n\n{BODY}\n"
    assert "Hình 2" not in spoken_text(article_of(page))


def test_an_ai_assistants_scaffolding_over_the_post_is_not_read() -> None:
    title = "Điểm mặt 5 lỗi động cơ máy nén khí thường gặp"
    scaffold = (
        "Tuyệt vời! Dưới đây là bài viết đã được tối ưu hóa dựa trên yêu cầu của bạn:\n\n**Tiêu đề chính:** "
        f"“{title}”\n\n**URL:**\n\n**Meta Description:**\n\nMáy nén khí kêu to? Xem ngay!\n\n**Nội dung bài viết:**\n\n"
    )
    article = article_of(f"{title}\n\n{scaffold}# **{title}**\n\n{LEAD}\n\n{BODY}\n")
    said = spoken_text(article)
    assert article.headline == title and article.lead == LEAD and "Tiêu đề" not in said and "Xem ngay" not in said


def test_a_page_whose_first_sentence_is_too_long_is_headed_by_its_words_up_to_an_aside() -> None:
    opening = " ".join(
        (
            "Trường hợp một: bạn thấy nhà mình bị mối ăn rất nhiều vào tủ bếp nên lấy bình xịt muỗi xịt chết hết",
            "những con mối nhìn thấy (hoặc thuê người đến phun thuốc trực tiếp vào đàn mối) nhưng chỉ ít lâu sau",
            "mối lại xuất hiện ngay chỗ vừa phun hoặc ở những chỗ khác trong nhà nhất là ở các khung cửa gỗ và chân",
            "tường ẩm thấp mà chủ nhà ít khi để ý tới khi dọn dẹp nhà cửa hằng ngày vậy đó có phải là diệt tận gốc?",
        )
    )
    article = build_article(Document(source="t.txt", text=f"{opening}\n\n{BODY}\n"))
    assert article.headline.endswith("những con mối nhìn thấy") and article.lead.startswith("(hoặc thuê")


def test_a_title_the_paragraph_is_about_stays_over_its_subtitle() -> None:
    title = "Loại bỏ mùi giày với baking soda"
    subtitle = "Một cách sửa rẻ tiền cho một chuyện khó nói"
    text = "Mùi giày khiến nhiều người ngại cởi giày nơi đông người, và baking soda là thứ rẻ tiền có sẵn trong bếp."
    article = article_of(f"{title}\n\n{subtitle}\n\n{text}\n\n{BODY}\n")
    assert article.headline == title and article.category is None
