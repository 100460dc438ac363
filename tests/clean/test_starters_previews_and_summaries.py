"""Round 167 of reading real pages (issue 21): a forum thread's starter and card; a shop's banner of hashtags; a story
site's collection over the tale's title; a title's site address and section; an encyclopedia named after a quoted
summary; a PDF's pages headed by the document's title; a preview the document repeats; a numbered objective's
heading; a list's point about an award; a subtitle saying the headline with more; a temperature closing a sentence."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Sự tích cây khế ngọt"
STORY = "Ngày xưa, ở một làng ven sông có hai anh em mồ côi sống nương tựa vào nhau qua những mùa lũ."
MORE = "Người em hiền lành chăm chỉ, ngày ngày ra vườn tưới cây khế mà cha mẹ để lại trước khi mất."


def test_a_forum_threads_starter_and_card_are_not_read() -> None:
    post = "Gió mùa về, phố phường như chậm lại, ai cũng muốn ngồi bên ấm trà nóng mà kể chuyện mùa cũ."
    card = "• Thread starter hoaphuong\n• Ngày gửi\nH\n\nhoaphuong\n\nGuest\n12/1/14\n52\n3\n0\nĐà Nẵng\n"
    article = article_of(f"Ai nhớ mùa đông Đà Nẵng không?\n\n{card}{post}\n\n{MORE}\n")
    said = spoken_text(article)
    assert "hoaphuong" not in said.lower() and "Ngày gửi" not in said and "Guest" not in said
    assert article.lead == post and "Đà Nẵng" not in said.replace("mùa đông Đà Nẵng", "")


def test_a_shops_banner_of_hashtags_is_not_the_headline() -> None:
    banner = "SHOP NICK GAME #ACC-RE #UY-TIN #HO-TRO-24/7"
    article = article_of(f"{banner}\n\n{TITLE}\n\n{STORY}\n\n{MORE}\n")
    assert article.headline == TITLE and "UY-TIN" not in spoken_text(article)


def test_a_story_sites_collection_over_the_tales_title_is_its_category() -> None:
    article = article_of(f"Kho Tàng Truyện Cổ Tích Việt Nam\n{TITLE}\n{STORY} {MORE}\n")
    assert article.headline == TITLE and "Kho Tàng" not in spoken_text(article)


def test_a_titles_site_address_and_section_are_not_read() -> None:
    article = article_of(f"Thơ\n\nXuân Diệu (1916-1985) - Tiểu sử - vanthoonline.vn - Thơ\n\n{STORY}\n\n{MORE}\n")
    assert article.headline == "Xuân Diệu (1916-1985) - Tiểu sử"
    assert "vanthoonline" not in spoken_text(article)


def test_the_encyclopedia_after_a_quoted_summary_is_not_read() -> None:
    summary = "Xuân Diệu là nhà thơ lớn của phong trào Thơ mới. Thơ ông nồng nàn, say đắm. Wikipedia"
    article = article_of(f"Tác giả: Xuân Diệu\n\n{summary}\n\n{STORY}\n\n{MORE}\n")
    assert "Wikipedia" not in spoken_text(article) and article.lead.endswith("say đắm.")


def test_a_pdfs_pages_headed_by_the_documents_title_are_read_bare() -> None:
    doc = "50 Truyện ngắn mầm non theo chủ đề"
    page = (
        f"{doc}\n\npdf 88 trang lananh 1500\n"
        f'Bạn đang xem 20 trang mẫu của tài liệu "{doc}", để tải tài liệu gốc về máy bạn click vào nút DOWNLOAD\n\n'
        f"Nội dung text: {doc}\n\n  1. {doc.lower()}\n  2. {doc.lower()} CÂY KHẾ {STORY} {MORE}\n"
    )
    said = spoken_text(article_of(page))
    assert "mầm non theo chủ đề" not in said.replace(doc, "") and STORY in said


def test_a_preview_the_document_repeats_is_read_once_with_its_heading() -> None:
    preview = "TẬP ĐỌC: CÂY KHẾ\n\nI/ Mục tiêu :\n\nA) Đọc đúng :\n\n- Đọc trôi chảy cả bài, ngắt nghỉ đúng chỗ.\n"
    doc = (
        "Thứ hai ngày 3 tháng 3 năm 2009\nTẬP ĐỌC: CÂY KHẾ\nI/ Mục tiêu :\nA) Đọc đúng :\n"
        "- Đọc trôi chảy cả bài, ngắt nghỉ đúng chỗ.\n- Hiểu ý nghĩa câu chuyện: ở hiền gặp lành.\n"
    )
    notice = 'Bạn đang xem tài liệu "Giáo án lớp 3 tuần 20", để tải tài liệu gốc về máy bạn click vào nút DOWNLOAD'
    article = article_of(f"Giáo án lớp 3 tuần 20\n\n{preview}\n{notice}\n{doc}")
    said = spoken_text(article)
    assert article.headline == "Giáo án lớp 3 tuần 20" and said.count("Đọc trôi chảy") == 1
    assert "CÂY KHẾ" in said and "Mục tiêu" in said


def test_a_lists_point_about_an_award_is_read() -> None:
    points = (
        "- Quê quán: sinh ra ở một làng chài ven biển tỉnh Quảng Ngãi\n- Cuộc đời và sự nghiệp sáng tác\n"
        "+ Ông làm thơ từ rất sớm với những bài thơ mang nỗi nhớ quê hương\n"
        "+ Sau năm 1945, ông sáng tác phục vụ kháng chiến\n"
        "+ Ông được nhà nước trao tặng Giải thưởng Hồ Chí Minh về văn học nghệ thuật\n"
        "- Phong cách sáng tác: thơ ông giản dị, tự nhiên và giàu hình ảnh, bình dị mà tha thiết\n"
    )
    poet = "Tế Hanh (1921- 2009), tên khai sinh là Trần Tế Hanh"
    said = spoken_text(article_of(f"1. NHỚ QUÊ\n{poet}\n{points}{STORY}\n"))
    assert "trao tặng Giải thưởng Hồ Chí Minh" in said


def test_a_subtitle_saying_the_headline_with_more_is_the_lead() -> None:
    title = "Ngày hội Đại đoàn kết toàn dân tộc năm 2024"
    subtitle = "Ngày hội Đại đoàn kết toàn dân tộc ở các thôn trên địa bàn xã Tân Lập năm 2024"
    grounds = "Căn cứ Kế hoạch số 12/KH-MTTQ ngày 10/10/2024 của Ban Thường trực Ủy ban MTTQ huyện về tổ chức ngày hội."
    article = article_of(f"{title}\n{subtitle}\n{grounds}\n\n{STORY}\n")
    assert article.lead == subtitle


def test_a_temperature_closes_its_sentence() -> None:
    first = "Cái rét chỉ còn 3-4 độ C."
    second = "Chỉ khoảng 150 ngàn đồng đã đủ một bộ áo ấm cho mỗi em nhỏ vùng cao."
    article = article_of(f"{first} {second} Mời các bạn cùng góp sức.\n\n{STORY}\n")
    assert article.headline == first.rstrip(".")
