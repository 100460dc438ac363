"""Round 187 of reading real pages (issue 21): door repairers, hearing-aid shops, fire-safety services, a culture
journal. A firm's address alone over the title, a tag page's "Thẻ:" label, a shop's currency switch, "follow us" row
and call line, a rating widget's label, the title again closing the description and a document site's uploader and
page headers are not read; headings in title case, a how-to's heading after captions and the first numbered part
under the title are read."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Nguyên nhân và cách khắc phục khi cửa cuốn bị kẹt"
LEAD = "Sau một thời gian sử dụng, cửa cuốn có thể bị kẹt do ray lệch, vật cản hoặc mô tơ yếu dần theo năm tháng."
BODY = "Trước khi kiểm tra, hãy ngắt cầu dao để cửa không tự chạy và không ai bị kẹt tay khi đang thao tác."
MORE = "Nếu đã làm đủ các bước mà cửa vẫn không chạy, hãy gọi thợ có kinh nghiệm đến kiểm tra toàn bộ hệ thống."


def test_a_firms_address_alone_over_the_title_is_not_read() -> None:
    box = "  • lienhe@cuacuonabc.vn\n  • Khu Phố 2, Phường Tân Hòa, Thành Phố Biên Hòa , tỉnh Đồng Nai\n\n"
    article = article_of(f"{box}{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Tân Hòa" not in spoken_text(article)


def test_a_street_address_over_the_title_is_neither_read_nor_the_category() -> None:
    article = article_of(f"25 Trần Phú, Lộc Thọ, Nha Trang, Khánh Hòa\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.category is None and "Trần Phú" not in spoken_text(article)


def test_a_tag_pages_label_over_a_question_title_is_the_category() -> None:
    title = "Cửa cuốn bị kẹt vật cản khắc phục như thế nào?"
    article = article_of(f"Thẻ: cửa cuốn bị kẹt vật cản\n\n{title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title and article.lead == LEAD and "Thẻ" not in spoken_text(article)


def test_a_shops_currency_switch_follow_row_and_call_line_are_not_read() -> None:
    top = (
        "VND USD\nKết nối với chúng tôi Theo dõi Cửa cuốn ABC trên Facebook Theo dõi Cửa cuốn ABC trên Youtube\n"
        "Tư vấn ngay: 0912 345 678\n\n"
    )
    article = article_of(f"{top}{LEAD}\n\n{BODY}\n\n{MORE}\n")
    said = spoken_text(article)
    assert article.headline.startswith("Sau một thời gian") and article.category is None
    assert "Facebook" not in said and "Tư vấn ngay" not in said


def test_a_rating_widgets_label_under_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nĐánh giá post\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Đánh giá post" not in spoken_text(article)


def test_headings_in_title_case_one_over_another_are_read() -> None:
    headings = "Tầm Quan Trọng Của Việc Ngắt Điện\n\nNgăn Ngừa Nguy Cơ Điện Giật\n\n"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{headings}{MORE}\n"))
    assert "Tầm Quan Trọng Của Việc Ngắt Điện" in said and "Ngăn Ngừa Nguy Cơ Điện Giật" in said


def test_a_title_case_heading_the_paragraph_under_it_restates_is_read() -> None:
    heading = "Các Loại Bình Chữa Cháy Phổ Biến Trang Bị Trên Ô Tô"
    text = "Trước khi nói về hạn dùng, hãy điểm qua các loại bình chữa cháy thường được trang bị trên ô tô hiện nay:"
    later = "Bình bột là loại bình chữa cháy phổ biến nhất được trang bị trên ô tô cá nhân hiện nay."
    opening = (
        "Câu hỏi “Có Loại Bình Chữa Cháy Nào Dùng Được Lâu Không?” là thắc mắc của nhiều chủ xe. Bài viết này giải "
        "đáp giúp bạn hiểu rõ hơn về vòng đời của bình chữa cháy trên xe."
    )
    page = f"{opening}\n\n{heading}\n\n{text}\n\n{later}\n\n{BODY}\n"
    assert heading in spoken_text(article_of(page))


def test_a_how_tos_heading_after_two_captions_is_read() -> None:
    captions = "Hậu quả cửa cuốn bị kẹt vật cản\nDo sơ ý để vật cản phía dưới khi cửa đang đi xuống\n\n"
    heading = "Khắc phục tình trạng cửa cuốn bị kẹt vật cản"
    text = "Vấn đề cửa cuốn bị kẹt vật cản rất nguy hiểm, vì thế bạn cần bình tĩnh để biết cách xử lý nhanh chóng."
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{captions}{heading}\n\n{text}\n"))
    assert heading in said and "Do sơ ý" not in said


def test_the_first_numbered_part_under_the_title_is_read() -> None:
    title = "Bảo tồn văn hóa Khơ-me nhìn từ lễ hội đua ghe Ngo Sóc Trăng năm 2013"
    part = "1. Lễ hội đua ghe Ngo của đồng bào Khơ-me Sóc Trăng lần thứ nhất năm 2013"
    text = "Đồng bào Khơ-me sống trong các phum sóc, mỗi sóc có ít nhất một ngôi chùa được cả cộng đồng tôn kính."
    assert part in chapter_titles(f"{title}\n\n{part}\n\n{text}\n\n{BODY}\n")


def test_the_title_again_closing_the_description_under_it_is_not_read() -> None:
    title = "Nạp Sạc Bình Chữa Cháy Tại Phường An Đông: Bảo Đảm An Toàn Cho Mọi Công Trình"
    description = (
        "Tìm hiểu khi nào cần nạp sạc bình chữa cháy và cách chọn đơn vị uy tín. Nạp Sạc Bình Chữa Cháy Tại Phường "
        "An Đông: Bí quyết giữ an toàn cho mọi công trình"
    )
    article = article_of(f"{title}\n\n{description}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == "Tìm hiểu khi nào cần nạp sạc bình chữa cháy và cách chọn đơn vị uy tín."


def test_a_transcripts_uploader_and_page_headers_are_not_read() -> None:
    lead = "Chào mừng các bạn đến với số đầu tiên của tạp chí dành cho những người yêu đàn guitar ở Việt Nam."
    page = (
        f"Tạp chí Guitar Đam Mê số 1\n\n{lead}\n\nUpload: guitardamme\n\nTRANSCRIPT\n\n"
        f"Page 1: Tạp chí Guitar Đam Mê số 1\n\n{BODY}\n\nPage 2: Tạp chí Guitar Đam Mê số 1\n\n{MORE}\n"
    )
    said = spoken_text(article_of(page))
    assert "Upload" not in said and "Page" not in said and "Nếu đã làm đủ" in said
