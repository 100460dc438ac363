"""Round 17 of reading real pages (issue 21): captions found by the room a picture left, captions
that restate the text beside them, source lines, source tags, glued tops and date lines."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.model import Document
from audio_edition.segment import build_article

HEAD = "Xe khách mất lái lao vào nhà dân ven quốc lộ trong đêm"
LEAD = "Khoảng hai giờ sáng nay, một xe khách chở hơn hai mươi người đã mất lái và lao vào nhà dân."
BODY = "Lực lượng chức năng có mặt ngay sau đó để đưa những người bị thương đi cấp cứu tại bệnh viện."
MORE = "Nguyên nhân ban đầu được xác định là tài xế ngủ gật khi xe đang chạy với tốc độ cao."


def test_a_line_beside_the_room_a_picture_left_is_its_caption() -> None:
    caption = "Chiếc xe khách nằm chắn ngang lòng đường sau cú va chạm mạnh"
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n\n\n\n{MORE}\n"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)
    heading = "Tài xế khai gì với công an"  # a short heading over a picture stays
    assert heading in clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{heading}\n\n\n\n\n{MORE}\n").blocks
    usual = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}\n"  # the page's usual gap: a heading
    assert caption in clean(usual).blocks


def test_short_lines_between_the_empty_cells_of_a_gallery_are_its_captions() -> None:
    gallery = [
        "Máy gặt đập liên hợp thu hoạch lúa trên cánh đồng",
        "Nông dân chở lúa vào bờ.",
        "Cân lúa bán cho thương lái.",
    ]
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n \n\n" + "\n\n \n\n".join(gallery) + f"\n\n{MORE}\n"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)
    two = f"{HEAD}\n\n{LEAD}\n\n \n\nNông dân chở lúa vào bờ.\n\n{BODY}\n\n{MORE}\n"  # one short sentence: text
    assert "Nông dân chở lúa vào bờ." in clean(two).blocks


def test_a_caption_that_restates_the_paragraphs_beside_it_is_not_read() -> None:
    before = "Sau trận đấu, HLV trưởng khẳng định toàn đội sẽ dốc sức cho trận tranh hạng ba."
    after = "Ông nói: “Chúng tôi sẽ chiến đấu và cống hiến tất cả trước đội bạn vào cuối tuần này.”"
    caption = "HLV trưởng khẳng định toàn đội sẽ chiến đấu và cống hiến tất cả trước đội bạn"
    assert clean(f"{HEAD}\n{LEAD}\n{before}\n{caption}\n{after}").blocks == (HEAD, LEAD, before, after)
    heading = "Đội bóng sẽ chiến đấu và cống hiến tất cả trước đội bạn"  # quotes only what follows
    assert heading in clean(f"{HEAD}\n{LEAD}\n{BODY}\n{heading}\n{after}").blocks


def test_a_source_line_inside_the_article_is_not_read_and_at_its_end_is_the_byline() -> None:
    d = clean(f"{HEAD}\n{LEAD}\nTheo Đồng Nai Online\n{BODY}\n{MORE}")
    assert d.blocks == (HEAD, LEAD, BODY, MORE)
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\nTheo Đồng Nai Online").byline == "Theo Đồng Nai Online"


def test_initials_before_a_lead_that_opens_with_its_place_are_a_source_tag() -> None:
    d = clean(f"{HEAD}\n(ABX) Trên địa bàn huyện, công an vừa bắt quả tang hai vụ vận chuyển hàng cấm.\n{BODY}")
    assert d.blocks[1].startswith("Trên địa bàn huyện") and d.outlet == "ABX"


def test_a_first_line_with_the_outlets_tag_between_headline_and_lead_is_parted_however_long() -> None:
    head = "6 tháng đầu năm, khách quốc tế đến thành phố tăng hơn 40%"
    lead = (
        "Theo Cục Thống kê thành phố, tổng lượt khách do các cơ sở lưu trú phục vụ trong sáu tháng đầu năm "
        "ước đạt năm triệu lượt, tăng hơn hai mươi lăm phần trăm so với cùng kỳ, trong đó khách quốc tế đạt "
        "hai triệu lượt và khách trong nước đạt ba triệu lượt, tăng gần mười tám phần trăm."
    )
    d = clean(f"Du lịch {head} (XNO) - {lead}\n{BODY}")
    assert d.blocks == (head, lead, BODY) and d.category == "Du lịch" and d.outlet == "XNO"


def test_date_lines_with_editors_initials_in_boxes_or_under_a_label_are_not_read() -> None:
    d = clean(f"{HEAD}\nThứ năm, 08:30, 26/03/2020 HT HT\n{LEAD}\n{BODY}")
    assert d.blocks == (HEAD, LEAD, BODY) and d.published == "2020-03-26T08:30" and d.category is None
    boxed = clean(f"{HEAD}\nCập nhật ngày:\n27 | 09 | 2021\n{LEAD}\n{BODY}")
    assert boxed.blocks == (HEAD, LEAD, BODY) and boxed.published == "2021-09-27" and boxed.category is None


def test_a_title_that_names_its_day_is_the_headline() -> None:
    title = "Thị trường hồ tiêu ngày 18/10/2024"
    lead = "Sáng nay, giá tiêu tại Tây Nguyên giảm nhẹ năm trăm đồng mỗi ki lô gam. Cụ thể như sau:"
    article = build_article(Document(source="t.txt", text=f"{title}\n{lead}\n{BODY}"))
    assert article.headline == title and article.lead == lead
    labelled = build_article(Document(source="t.txt", text=f"{HEAD}\nGhi bàn:\n{BODY}"))
    assert labelled.lead is None


def test_a_tables_unit_line_is_neither_read_nor_the_byline() -> None:
    d = clean(f"{HEAD}\n{LEAD}\n{BODY}\nĐVT: Đồng/kg")
    assert d.blocks == (HEAD, LEAD, BODY) and d.byline is None


def test_round_18_page_furniture_is_not_read() -> None:
    stamp = f"{HEAD}\n{LEAD} Cuộc họp kéo dài hai giờ. 08:03 | 24/05/2014\n{BODY}"
    d = clean(stamp)
    assert d.blocks[1].endswith("kéo dài hai giờ.") and d.published == "2014-05-24T08:03"
    more = clean(f"{HEAD}\n{LEAD}\nNgười phát ngôn cho biết nhóm tàu vẫn hoạt động ở phía nam [Xem thêm…]")
    assert more.blocks[-1] == "Người phát ngôn cho biết nhóm tàu vẫn hoạt động ở phía nam…"
    assert clean(f"{HEAD}\nMô tả\n{LEAD}\n{BODY}").blocks == (HEAD, LEAD, BODY)
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\nsource /tin-tuc/xe-khach-mat-lai-lao-vao-nha-dan").blocks == (
        HEAD,
        LEAD,
        BODY,
    )
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\nTRỌN BỘ").blocks == (HEAD, LEAD, BODY)


def test_a_caption_over_its_source_line_and_a_programmes_name_after_the_headline_are_not_read() -> None:
    page = f"{HEAD} | Chuyển động 24h\n{LEAD}\nBản đồ nắng nóng tại các tỉnh phía nam\nNGUỒN: ĐÀI KHÍ TƯỢNG\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_bracketed_date_glued_before_the_lead_is_not_read() -> None:
    d = clean(f"{HEAD}\n(16/07/2014)Chiều ngày 16/7, hội đồng biểu quyết thông qua năm nghị quyết.\n{BODY}")
    assert d.blocks[1] == "Chiều ngày 16/7, hội đồng biểu quyết thông qua năm nghị quyết."


def test_a_top_gluing_headline_section_time_and_lead_without_spaces_is_parted() -> None:
    lead = "Qua thẩm định hồ sơ và kiểm tra thực tế, hội đồng bỏ phiếu công nhận thêm mười sáu xã đạt chuẩn."
    d = clean(f"Nghệ An có thêm 16 xã đạt chuẩn nông thôn mới nâng caoPhát triển bền vững - 10/05 13:00{lead}\n{BODY}")
    assert d.blocks == ("Nghệ An có thêm 16 xã đạt chuẩn nông thôn mới nâng cao", lead, BODY)
    assert d.category == "Phát triển bền vững"


def test_a_headline_run_into_its_summary_on_a_page_of_headlines_is_parted() -> None:
    item = "Bình Dương có 22 xã đạt chuẩn nông thôn mới nâng cao"
    summary = "Với chủ trương đẩy mạnh xây dựng nông thôn mới, tỉnh có thêm nhiều xã được công nhận."
    assert clean(f"{HEAD}\n{LEAD}\n{item} {summary}").blocks == (HEAD, LEAD, item, summary)
    sentence = "Ông cho biết đoàn sẽ làm việc với tỉnh Theo kế hoạch đã định."  # a stop: one sentence
    assert sentence in clean(f"{HEAD}\n{LEAD}\n{sentence}").blocks


def test_round_19_listing_and_blog_furniture_is_not_read() -> None:
    tags = clean(f"Tay chân miệng\n(CLO) TP.HCM ghi nhận thêm nhiều ca mắc mới trong tuần qua.\nGD&TĐ - {BODY}")
    assert tags.blocks == ("Tay chân miệng", "TP.HCM ghi nhận thêm nhiều ca mắc mới trong tuần qua.", BODY)
    dispatch = clean(f"{HEAD}\nHà Nội (TTXVN 19/7) Theo báo cáo của Bộ Y tế, số ca mắc tăng nhanh trong tháng.\n{BODY}")
    assert dispatch.blocks[1] == "Theo báo cáo của Bộ Y tế, số ca mắc tăng nhanh trong tháng."
    picture = clean(f"{HEAD}?\n{LEAD}\n{BODY}\n{HEAD}?\n{MORE}\n{HEAD} 1\n{MORE} Thêm.")
    assert picture.blocks == (f"{HEAD}?", LEAD, BODY, MORE, f"{MORE} Thêm.")
    media = clean(f"{HEAD}\n{LEAD}\n![Video: xe khách](https://example.vn/a.png)\n0:00 / 0:00\n0:00\n{BODY}")
    assert media.blocks == (HEAD, LEAD, BODY)
    toc = clean(f"{HEAD}\n{LEAD}\nMục lục\n1 Nguyên nhân vụ tai nạn\n2 Cách phòng tránh\n{BODY}")
    assert toc.blocks == (HEAD, LEAD, BODY)
    search = clean(f"Tìm kiếm: tai nạn\n{HEAD}\n{LEAD}\n{BODY}")
    assert search.blocks == (HEAD, LEAD, BODY)
    blog = clean(f"Thứ Năm, 4 tháng 2, 2016\n{HEAD}\n{LEAD}\n{BODY}")
    assert blog.blocks == (HEAD, LEAD, BODY) and blog.published == "2016-02-04"


def test_a_sales_box_in_capitals_and_its_bullets_are_not_read() -> None:
    box = "NHẬP EMAIL NGAY ĐỂ NHẬN VÉ RẺ!\n- Nhận thông báo giá tốt nhất.\n- Nhận tin khuyến mại hằng tuần."
    assert clean(f"{HEAD}\n{box}\n{LEAD}\n{BODY}").blocks == (HEAD, LEAD, BODY)
    listed = f"{HEAD}\n{LEAD}\nCác bước:\n- Rửa tay bằng xà phòng.\n- Đeo khẩu trang."  # no call: a list
    assert "Đeo khẩu trang." in clean(listed).blocks


def test_captions_packed_at_the_articles_end_are_not_read() -> None:
    gallery = [
        "Toàn cảnh các gian hàng của hội chợ năm nay.",
        "Lãnh đạo tỉnh phát biểu khai mạc hội chợ tại quảng trường",
        "Bản thiết kế gian hàng của hiệp hội doanh nghiệp tỉnh",
    ]
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n" + "\n".join(gallery) + "\n\nĐể lại một bình luận\n"
    assert clean(page).blocks == (HEAD, LEAD, BODY)
    closing = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n{MORE}\nVụ việc đang được cơ quan công an điều tra làm rõ.\n"
    assert clean(closing).blocks == (HEAD, LEAD, BODY, MORE, "Vụ việc đang được cơ quan công an điều tra làm rõ.")


def test_a_summary_printed_twice_is_no_headline_and_a_page_opening_with_a_paragraph_is_headed_by_it() -> None:
    summary = "Mùa lễ hội đến cùng mùa xuân. Rồi lễ hội lại rơi vào im ắng"
    d = clean(f"{HEAD}\n{summary}\n{summary}\n{BODY}")
    assert d.blocks[0] == HEAD
    article = build_article(Document(source="t.txt", text=f"{LEAD} {BODY} {MORE}\n{BODY}"))
    assert article.headline == LEAD.rstrip(".") and article.lead == f"{BODY} {MORE}"
