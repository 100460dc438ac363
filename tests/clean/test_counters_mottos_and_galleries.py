"""Round 76 of reading real pages (issue 21): youth camps, pickles, bantam chickens, swimming
lessons, pepper farming, the goldsmiths' feast. A scanned document's blank lines inside its
sentences, a wrapped span of dates, a visit counter, a channel's motto and section labels, an
advertising contact, pictures' captions ("HÌNH:", "Hình 1:", a gallery closing the page, a slug
after a dash), the title again in capitals, a writer with a trailing dash and a writer's views
line are read as the text reads, or not read."""

from __future__ import annotations

from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_text

HEAD = "Hội trại truyền thống mừng ngày thành lập Đoàn"
LEAD = "Hội trại diễn ra trong hai ngày với sự tham gia của bốn mươi tiểu trại và hơn một nghìn trại viên."
BODY = "Các trại sinh được trải nghiệm làm cổng trại, dựng lều và thi các trò chơi dân gian suốt buổi chiều."
MORE = "Buổi tối, các em tham gia đốt lửa trại và sinh hoạt tập thể quanh lửa trại đến khuya mới về lều."


def test_a_scanned_documents_blank_lines_inside_a_sentence_are_no_paragraphs() -> None:
    lines = [
        "Tài liệu đào tạo nghề kỹ thuật trồng, chăm sóc và thu hoạch cây tiêu",
        "I. Giá trị kinh tế của hồ tiêu",
        "- Tiêu được dùng làm gia vị, dùng trong y dược, dùng trong công nghiệp",
        "hương liệu và nhiều ngành chế biến thực phẩm khác ở trong và ngoài nước.",
        "- Trên thế giới có khoảng 70 nước trồng tiêu, với diện tích khoảng",
        "550.000 ha (năm 2010). Trong đó có 7 nước sản xuất lớn gồm Ấn Độ khoảng",
        "230.000 ha, Indonexia 170.000 ha, Việt Nam 50.000 ha, Braxin 45.000 ha và",
        "các nước khác. Tiêu được xuất khẩu dưới 2 dạng là tiêu đen và tiêu trắng (chiếm",
        "85%) còn lại là tiêu xanh và dầu nhựa tiêu của các vùng trồng lâu năm nhất.",
        "- Lượng hồ tiêu nhập khẩu hàng năm trên thế giới vào khoảng 120.000 –",
        "130.000 tấn tiêu hạt, 2000 tấn tiêu xanh và 4000 tấn dầu nhựa tiêu mỗi năm.",
    ]
    text = unwrap("\n\n".join(lines))
    assert "khoảng 550.000 ha" in text and "(chiếm 85%)" in text and "120.000 – 130.000" in text
    assert "I. Giá trị kinh tế của hồ tiêu\n" in text  # a heading stays a line of its own


def test_a_long_title_over_a_paragraph_in_a_scanned_document_stays_apart() -> None:
    lines = [
        "Công tác chuẩn bị cho Khóa tu Một Ngày Hè An Lạc tại chùa Thành Lạng Sơn",
        "Đại đức Thích Quảng Truyền cho biết: đến giờ phút này, đã có 475 các cháu thanh",
        "thiếu niên Phật tử ở Lạng Sơn đăng ký tham dự khóa tu. Ban tổ chức khóa tu đang",
        "chuẩn bị chỗ ăn ở và các buổi học cho các cháu trong những ngày sắp tới đây.",
    ]
    assert unwrap("\n\n".join(lines)).startswith(lines[0] + "\n")


def test_a_span_of_dates_wrapped_before_its_dash_is_one_line() -> None:
    lines = [
        "Chào mừng kỷ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931",
        "- 26/3/2016) và 75 năm ngày thành lập Đội TNTP Hồ Chí Minh (15/5/1941 -",
        "15/5/2016), Chi đoàn cùng Liên đội Hoàng Văn Thụ đã tổ chức Lễ kết nạp",
        "Đội viên cho 324 học sinh khối 3 và Ngày hội Đội viên với chủ đề về Đội.",
        "Ngày hội đã diễn ra trong không khí vui tươi với các hoạt động vẽ tranh,",
        "rung chuông vàng, thi văn nghệ, thi trò chơi vận động cùng các gian hàng",
        "trò chơi dân gian, chương trình thắp sáng ước mơ thiếu nhi với sự tham gia",
        "của 534 đội viên khối 3, 4 và khối 5 cùng các thầy cô giáo chủ nhiệm lớp.",
        "Buổi lễ khép lại bằng màn đồng diễn của các em học sinh trên sân trường.",
    ]
    assert "(26/3/1931 - 26/3/2016)" in unwrap("\n".join(lines))


def test_a_visit_counter_over_the_text_is_not_read() -> None:
    page = f"Thống kê truy cập\n• Đang online: 6\n• Hôm nay: 26\n• Tất cả: 131667\n{HEAD}\n{LEAD}\n{BODY}\n{MORE}"
    article = article_of(page)
    assert article.headline == HEAD and "online" not in spoken_text(article)


def test_a_channels_motto_and_section_labels_over_the_title_are_not_read() -> None:
    page = f"Nhân Văn - Tin Cậy - Kịp Thời - Hấp dẫn\nSự kiện\nXã hội\n{HEAD}\nBT\n(ANTV) - {LEAD}\n{BODY}\n{MORE}"
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == HEAD and article.lead == LEAD and "Tin Cậy" not in said and "Sự kiện" not in said


def test_an_advertising_contact_over_the_title_is_not_read() -> None:
    page = (
        f"Liên hệ quảng cáo: +84 (0) 377 089 696 (Ms. Chung Anh)\nEmail: quangcao@tapchinuoc.vn\n{HEAD}\n{LEAD}\n{BODY}"
    )
    assert article_of(page).headline == HEAD


def test_pictures_captions_and_a_gallery_closing_the_page_are_not_read() -> None:
    gallery = "\n".join(("Một số hoạt động của Hội Trại", "Chấm cổng lều trại", "Trò chơi đi xe đạp chậm", "Thi múa"))
    page = (
        f"{HEAD}\n{LEAD}\nHÌNH: {HEAD.upper()}\n{BODY}\nHình 1: Trụ cây hồ tiêu và những chùm hạt tiêu\n"
        f"Dựng lều trại – cach dung leu trai\n{MORE}\n{gallery}"
    )
    said = spoken_text(article_of(page))
    assert "HÌNH" not in said and "Trụ cây" not in said and "cach dung" not in said
    assert "Chấm cổng" not in said and "Một số hoạt động" not in said


def test_the_title_again_in_capitals_and_a_writer_with_a_dash_are_not_read() -> None:
    title = 'Hội trại "Thiếu nhi vui khỏe - tiến bước lên đoàn"'
    page = f"{title}\n\n“THIẾU NHI VUI KHỎE - TIẾN BƯỚC LÊN ĐOÀN”\n\nHồng Duyên -\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert "TIẾN BƯỚC" not in spoken_text(article) and article.byline == "Hồng Duyên" and article.lead == LEAD


def test_a_title_in_capitals_over_a_caption_that_opens_as_it_does_stays_the_headline() -> None:
    page = (
        "TUYỂN THỢ NHẬN HỘT HCM\n\nTUYỂN THỢ NHẬN HỘT TPHCM\n\nTuyển thợ nhận hột trên kính\n\n"
        "Chia sẻ kiến thức chế đồ nghề cho các bạn thợ nhận hột của nghề kim hoàn ở thành phố.\n\n"
        f"Liên hệ khóa học thiết kế đồ trang sức: tại đây\n\n{BODY}"
    )
    article = article_of(page)
    assert article.headline == "TUYỂN THỢ NHẬN HỘT HCM" and "tại đây" not in spoken_text(article)


def test_a_writers_views_line_and_related_stories_header_are_not_read() -> None:
    page = (
        f"{HEAD}\n\nPhân bón Miền Nam - SFJC  15-03-2022  133 Lượt xem\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n"
        "Tin tức liên quan\n\nCách bón phân cho cây tiêu mùa mưa"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.lead == LEAD and "Lượt xem" not in said and "liên quan" not in said
    assert said.endswith(MORE) and "mùa mưa" not in said


def test_a_title_in_capitals_with_its_day_under_a_visit_counter_is_the_headline() -> None:
    page = f"Thống kê truy cập\nHôm nay: 26\nTất cả: 131667\nHỘI TRẠI 26/3/2018\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == "HỘI TRẠI" and article.byline is None and article.category is None
    assert article.published == "2018-03-26" and article.lead == LEAD


def test_a_writer_in_capitals_with_the_day_is_still_the_byline() -> None:
    page = f"{HEAD}\n\nNGUYỄN HÀ 26/3/2018\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == HEAD and article.byline == "NGUYỄN HÀ" and article.lead == LEAD
