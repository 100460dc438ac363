"""Round 59 of reading real pages (issue 21): commune and district portals, official documents,
clinics and festival pages. What their pages print around the article (a portal's "null" before
the title, its text controls and visitor counter, a year's slogan over the title, a machine's
time, a source line over the writer and the pager) is not read; a document's heading is not the
headline; captions that retell the text are not read; a fact box does not take the lead's place."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Hợp tác xã Tân Phú tổ chức Đại hội thành viên thường niên năm 2024"
LEAD = "Sáng ngày 12/3, Hợp tác xã Tân Phú tổ chức Đại hội thành viên thường niên với sự tham dự của năm mươi xã viên."
BODY = "Đại hội đã thông qua phương án sản xuất, kinh doanh và bầu lại Hội đồng quản trị nhiệm kỳ mới."


def test_a_portals_null_before_the_title_and_its_portlet_label_are_not_read() -> None:
    page = f"Xuất bản thông tin\n\nnull {HEAD}\n\nChi tiết bài viết Tin tức\n\n{HEAD}\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert "null" not in spoken_text(article) and "Chi tiết" not in spoken_text(article)


def test_a_portals_text_colour_control_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\nMàu chữ\n\nCỡ chữ\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD) and "Màu" not in spoken_text(article)


def test_a_visitor_counter_and_a_polls_title_are_not_read() -> None:
    widgets = "Ý kiến thăm dò\n\nTruy cập\n\nHôm nay:\n65\nHôm qua:\n228\nTuần này:\n1317\nTất cả:\n235709"
    article = article_of(f"{widgets}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    spoken = spoken_text(article)
    assert article.headline == HEAD
    for label in ("thăm dò", "Truy cập", "Hôm nay", "Hôm qua", "Tuần này", "Tất cả"):
        assert label not in spoken


def test_a_machines_time_under_the_title_is_neither_joined_to_it_nor_read() -> None:
    page = (
        f"{HEAD}\n2025-04-11T04:59:14-04:00\n2025-04-11T04:59:14-04:00\n"
        "https://htxtanphu.vn/tin-tuc/dai-hoi-thanh-vien.html\n"
        "Trung tâm Dịch vụ nông nghiệp huyện Châu Thành - Tiền Giang\n"
        f"Thứ sáu - 11/04/2025 00:24\n{LEAD}\n{BODY}"
    )
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert "2025" not in spoken_text(article) and "Trung tâm" not in spoken_text(article)
    assert article.published == "2025-04-11T00:24"


def test_an_office_named_as_a_title_over_the_date_stays_the_headline() -> None:
    title = "Hội cựu giáo chức gặp mặt nhân dịp Ngày nhà giáo Việt Nam"
    article = article_of(f"Truy cập nội dung luôn\n\n{title}\n\n17-11-2021 21:31\n\n{LEAD}\n\n{BODY}")
    assert article.headline == title


def test_a_years_slogan_over_the_title_the_views_are_counted_under_is_not_read() -> None:
    slogan = "Năm 2024 đẩy mạnh chỉnh trang đô thị, xây dựng nông thôn mới kiểu mẫu - Thực hiện chuyển đổi số"
    article = article_of(f"image banner\n{slogan}\n{HEAD}\nLượt xem: 238\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD) and "khẩu hiệu" not in spoken_text(article)
    assert "chuyển đổi số" not in spoken_text(article)


def test_a_union_documents_heading_is_not_the_headline() -> None:
    page = (
        "BAN CHẤP HÀNH TỈNH ĐOÀN BẾN TRE\n\n***\n\n"
        "Số: 118 - KH/TĐTN-BTG          Bến Tre, ngày 3 tháng 6 năm 2024\n\n"
        "KẾ HOẠCH\n\nTổ chức ngày hội thiếu nhi vui khỏe năm 2024\n\n"
        "Thực hiện chương trình công tác Đoàn năm 2024, Ban Thường vụ Tỉnh Đoàn ban hành kế hoạch như sau:\n\n"
        "1. Tạo sân chơi lành mạnh cho thiếu nhi trong dịp hè."
    )
    article = article_of(page)
    assert article.headline == "Tổ chức ngày hội thiếu nhi vui khỏe năm 2024"
    assert "BAN CHẤP HÀNH" not in spoken_text(article) and "Số:" not in spoken_text(article)


def test_a_communes_document_heading_and_its_title_again_are_read_once() -> None:
    title = "Thông tin, tuyên truyền cuộc bầu cử trưởng thôn nhiệm kỳ 2024 - 2027"
    page = (
        f"KẾ HOẠCH {title}\n\nUBND\n\nXÃ AN BÌNH\n\nSố: /KH-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        f"Độc lập - Tự do - Hạnh phúc\n\nAn Bình, ngày 02 tháng 5 năm 2024\n\nKẾ HOẠCH\n\n{title}\n\n"
        "Thực hiện Kế hoạch số 21/KH-UBND ngày 3/4/2024 của UBND huyện về công tác bầu cử trưởng thôn.\n\n"
        f"{BODY}"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == f"KẾ HOẠCH {title}" and article.lead.startswith("Thực hiện Kế hoạch")
    assert "CỘNG HOÀ" not in spoken and spoken.count("Thông tin, tuyên truyền") == 1


def test_a_source_line_its_writer_the_related_label_and_the_pager_are_not_read() -> None:
    tail = "Theo cổng thông tin điện tử huyện Châu Thành\nPhương Nga\nTin cùng chủ đề:\n< 1 2 3 4 > Last ›"
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{tail}")
    spoken = spoken_text(article)
    for line in ("cổng thông tin", "Phương Nga", "cùng chủ đề", "Last"):
        assert line not in spoken


def test_a_day_with_its_month_in_words_is_a_date_line() -> None:
    article = article_of(f"{HEAD}\n\n07 Tháng Sáu 2013\n\n{LEAD}\n\n{BODY}")
    assert article.published == "2013-06-07" and "Tháng Sáu" not in spoken_text(article)


def test_a_sites_menu_row_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\n{LEAD}\n\nTử Vi, Tứ Trụ, Xem Tướng, Gieo quẻ, Xem bói\n\n{BODY}")
    assert "Tử Vi" not in spoken_text(article)


def test_captions_that_retell_a_sentence_of_the_text_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n"
        "Hội đồng quản trị trao giấy khen cho 05 xã viên đạt danh hiệu sản xuất giỏi\n\n"
        "Hội đồng quản trị trao giấy khen cho 12 xã viên đạt danh hiệu tiêu biểu\n\n"
        "Kết thúc đại hội, các xã viên cùng ký cam kết thực hiện nghị quyết.\n\n"
        "Nhân dịp này, Hội đồng quản trị trao giấy khen cho 05 xã viên đạt danh hiệu sản xuất giỏi "
        "và 12 xã viên đạt danh hiệu tiêu biểu."
    )
    spoken = spoken_text(article_of(page))
    assert spoken.count("trao giấy khen") == 1


def test_a_festivals_fact_box_gives_the_lead_to_the_paragraph_under_it() -> None:
    story = "Đình Tân Phú thờ Thành hoàng làng, người có công khai hoang lập ấp từ thế kỷ mười bảy."
    page = (
        "Lễ hội đình Tân Phú\n\nThời gian: 10/2 đến 12/2 âm lịch\n\nĐịa điểm: Đình Tân Phú, xã Tân Phú\n\n"
        f"Đặc điểm: Rước kiệu, tế lễ, hát bội\n\n{story}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.lead == story and "Thời gian" in spoken_text(article)


def test_a_price_box_over_a_label_keeps_its_first_line_as_lead() -> None:
    page = f"{HEAD}\n\nGiá bán: 609.000 VNĐ\n\nThời hạn mở bán: 16/12/2019 – 31/03/2020\n\nNội dung gói:\n\n{BODY}"
    assert article_of(page).lead == "Giá bán: 609.000 VNĐ"
