"""Round 152 of reading real pages (issue 21): a title run into its update stamp and lead, a trail glued to the
title, a site's name in Vietnamese and English over the title, a CMS's "No title..." placeholder, a "2 tháng 2
tuần trước" stamp, a credit over the site's other stories, a caption naming whose model is shown."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

LEAD = "Chiều nay, ban tổ chức đã họp để thống nhất kế hoạch tổ chức hội thi tay nghề cho công nhân toàn huyện."
BODY = "Các đơn vị sẽ gửi danh sách thí sinh về ban tổ chức trước ngày thi một tuần để kịp sắp xếp lịch."


def test_a_title_run_into_its_update_stamp_and_lead_is_parted_and_the_stamp_dated() -> None:
    title = "Họp ban tổ chức hội thi tay nghề công nhân lần thứ XII"
    article = article_of(f"{title} ( Cập nhật ngày: 21/11/2024 ){LEAD}\n\n{BODY}\n")
    assert (article.headline, article.lead) == (title, LEAD)
    assert article.published == "2024-11-21" and "Cập nhật" not in spoken_text(article)


def test_a_trail_glued_to_the_title_is_not_read() -> None:
    title = "Hội thi thợ giỏi nghề hàn của ngành công thương"
    article = article_of(f"3CShopTin tứcTin tức liên quan{title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title and article.lead == LEAD


def test_a_title_with_brand_names_written_as_one_word_is_kept_whole() -> None:
    title = "Người dùng YouTube chờ iPhone mới ra mắt tại VinFast"
    assert article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n").headline == title


def test_a_sites_name_and_its_english_name_over_the_title_are_the_outlet_and_its_acronym_is_read() -> None:
    page = (
        "Bảo tàng Văn hóa Miền Núi\n\nMuseum of Mountain Culture\n\nTrưng bày mùa xuân\n\n"
        "Năm nay, BTVHMN mở ba phòng trưng bày mới về nghề dệt thổ cẩm của đồng bào vùng cao.\n\n"
        f"{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "Trưng bày mùa xuân" and article.outlet == "Bảo tàng Văn hóa Miền Núi"
    assert "Museum" not in spoken_text(article)
    assert any("bảo tàng văn hóa miền núi mở ba phòng" in s.lower() for s in spoken_sentences(page))


def test_a_title_over_its_english_translation_and_the_text_is_still_the_headline() -> None:
    title = "Hội thảo quốc tế về giống lúa chịu mặn"
    page = f"{title}\n\nInternational Workshop On Salt Tolerant Rice\n\n{LEAD}\n\n{BODY}\n"
    assert article_of(page).headline == title


def test_a_placeholder_title_and_a_featured_label_do_not_take_the_real_titles_place() -> None:
    title = "Khuyến cáo nông dân thăm đồng thường xuyên trong vụ lúa mới"
    article = article_of(f"No title... No title...\nTIN NỔI BẬT\n\n{title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title and "No title" not in spoken_text(article)


def test_how_long_ago_a_page_was_posted_under_its_title_is_not_read_and_the_text_has_its_lead() -> None:
    title = "Huyện hướng tới đại hội đảng bộ nhiệm kỳ mới"
    article = article_of(f"{title}\n\n2 tháng 2 tuần trước\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "tuần trước" not in spoken_text(article)


def test_a_credit_over_the_sites_other_stories_is_the_byline_and_the_stories_are_not_read() -> None:
    links = (
        "- Đoàn Xã Tổ Chức Diễn Đàn Trẻ Em Về Kỹ Năng Sống\n"
        "- Thanh Niên Xã Tình Nguyện Viết Đơn Lên Đường Nhập Ngũ Năm Nay\n"
    )
    page = f"Thanh niên xã ra quân tình nguyện hè\n\n{LEAD}\n\n{BODY}\n\nTin bài/ảnh: Đoàn xã Duy Hòa\n{links}"
    article = article_of(page)
    assert article.byline == "Đoàn xã Duy Hòa"
    assert "Diễn Đàn" not in spoken_text(article) and "Tin bài" not in spoken_text(article)


def test_a_caption_naming_whose_model_is_shown_is_neither_read_nor_a_chapter() -> None:
    caption = "Mô hình nuôi dê của anh Lê Văn Tám"
    page = f"Nông dân làm giàu từ nuôi dê\n\n{LEAD}\n\n{caption}\n\n{BODY}\n"
    assert caption not in spoken_text(article_of(page))


def test_a_numbered_heading_run_into_its_text_with_a_space_heads_its_part() -> None:
    text = (
        "Nói đến thư viện là phải nói đến sách, không có sách thì không có thư viện nào cả. "
        "Mọi hoạt động của thư viện đều dựa trên kho sách được sưu tầm và bảo quản."
    )
    page = (
        f"Vai trò của sách trong thư viện huyện\n\n1. Sách là cơ sở cho mọi hoạt động của thư viện {text}\n\n{BODY}\n"
    )
    article = article_of(page)
    assert article.sections[0].title == "1. Sách là cơ sở cho mọi hoạt động của thư viện"
    assert article.sections[0].paragraphs[0].startswith("Nói đến thư viện")


def test_a_numbered_item_naming_a_place_in_capitals_stays_one_sentence() -> None:
    item = "1. Hiện vật quý của bảo tàng Hà Nội được trưng bày tại phòng lớn từ sáng nay cho đến hết tháng sau."
    article = article_of(f"Trưng bày hiện vật quý\n\n{LEAD}\n\n{item}\n\nKhách đến Hà Nội có thể xem miễn phí.\n")
    assert item in [p for s in article.sections for p in s.paragraphs]
