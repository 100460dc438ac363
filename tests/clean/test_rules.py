from __future__ import annotations

import pytest

from audio_edition.clean import clean
from audio_edition.clean.captions import drop_captions
from audio_edition.clean.rules import (
    Draft,
    extract_byline,
    extract_dateline,
    strip_agency_prefix,
    strip_end_mark,
)
from audio_edition.model import Document
from audio_edition.segment import build_article

BODY = "Đây là một đoạn văn bình thường của bài báo, có đủ chủ ngữ và vị ngữ."


def blocks(*items: str) -> Draft:
    return Draft(blocks=tuple(items))


@pytest.mark.parametrize(
    "caption",
    [
        "Toàn cảnh cuộc họp. Ảnh: mic.gov.vn",
        "Bộ trưởng phát biểu tại hội nghị - Ảnh 1.",
        "Người dân xếp hàng (Ảnh: Mạnh Quân).",
        "Ảnh minh họa",
        "Ảnh minh hoạ: Hải Nguyễn",
        "Muỗi vằn truyền bệnh. (Ảnh minh họa)",
        "Video: Cảnh sát giao thông làm nhiệm vụ",
        "Ảnh: TTXVN",
        "Đồ họa: Minh Anh",
    ],
)
def test_captions_are_dropped(caption: str) -> None:
    assert drop_captions(blocks(BODY, caption, BODY)).blocks == (BODY, BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ảnh hưởng của bão số 3 rất lớn đối với các tỉnh phía Bắc.",
        "Ông cho biết video này được quay từ năm ngoái và đã lan truyền rộng rãi.",
    ],
)
def test_ordinary_sentences_mentioning_photos_are_kept(sentence: str) -> None:
    assert drop_captions(blocks(sentence)).blocks == (sentence,)


@pytest.mark.parametrize(
    ("lead", "outlet", "rest"),
    [
        ("(Tổ Quốc) - Chiều ngày 6/11/2018, tại Hà Nội, hội nghị diễn ra.", "Tổ Quốc", "Chiều ngày"),
        ("TTO - Mưa lớn kéo dài từ đêm qua khiến nhiều tuyến đường ngập sâu.", "Tuổi Trẻ", "Mưa lớn"),
        ("(Dân trí) - Sáng 9/11, giá vàng nhẫn tại nhiều doanh nghiệp giảm mạnh.", "Dân trí", "Sáng 9/11"),
        ("SKĐS - Tuần qua, Hà Nội ghi nhận hơn một nghìn ca sốt xuất huyết.", "Sức khỏe & Đời sống", "Tuần qua"),
        ("VOV.VN - Chiều nay, Quốc hội thảo luận về dự án luật đất đai sửa đổi.", "VOV", "Chiều nay"),
        ("(NLĐO)- Công an tỉnh vừa khởi tố vụ án liên quan đến buôn lậu xăng dầu.", "Người Lao Động", "Công an"),
        ("(Báo Mới) – Một tờ báo chưa có trong bảng vẫn được nhận ra như thế này.", "Báo Mới", "Một tờ"),
    ],
)
def test_agency_prefix_is_removed_and_names_the_outlet(lead: str, outlet: str, rest: str) -> None:
    d = strip_agency_prefix(blocks("Tiêu đề bài báo", lead))
    assert d.blocks[1].startswith(rest)
    assert d.outlet == outlet


@pytest.mark.parametrize(
    "text",
    ["Hà Nội - Hải Phòng là tuyến cao tốc quan trọng nhất miền Bắc.", "Ngắn - quá"],
)
def test_a_dash_inside_a_sentence_is_not_a_prefix(text: str) -> None:
    d = strip_agency_prefix(blocks("Tiêu đề", text))
    assert d.blocks[1] == text
    assert d.outlet is None


@pytest.mark.parametrize(
    ("line", "category", "published"),
    [
        ("Thời sự 07/11/2018 07:56", "Thời sự", "2018-11-07T07:56"),
        ("Thứ năm, 7/11/2024, 08:30 (GMT+7)", None, "2024-11-07T08:30"),
        ("08/11/2024 09:15 GMT+7", None, "2024-11-08T09:15"),
        ("Thứ bảy, 09/11/2024 - 10:20", None, "2024-11-09T10:20"),
        ("08:00 AM, 13/11/2024", None, "2024-11-13T08:00"),
        ("02:30 PM, 13/11/2024", None, "2024-11-13T14:30"),
        ("Cập nhật: 15/03/2025", None, "2025-03-15"),
    ],
)
def test_dateline_becomes_metadata(line: str, category: str | None, published: str) -> None:
    d = extract_dateline(blocks("Tiêu đề đủ dài của bài báo hôm nay", line, BODY))
    assert d.blocks == ("Tiêu đề đủ dài của bài báo hôm nay", BODY)
    assert d.category == category
    assert d.published == published


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    text = "Hội nghị sẽ diễn ra vào ngày 20/11/2024 tại Hà Nội với nhiều đại biểu."
    assert extract_dateline(blocks("Tiêu đề", text)).blocks == ("Tiêu đề", text)


@pytest.mark.parametrize(
    ("last", "byline"),
    [
        ("Thái Tùng (T/h)", "Thái Tùng"),
        ("LÊ TRUNG - TRẦN MAI", "Lê Trung - Trần Mai"),
        ("Minh Anh - Hoàng Long", "Minh Anh - Hoàng Long"),
        ("Theo TTXVN", "Theo TTXVN"),
        ("Nhóm PV", "Nhóm PV"),
    ],
)
def test_byline_is_taken_off_the_end(last: str, byline: str) -> None:
    d = extract_byline(blocks("Tiêu đề", BODY, BODY, last))
    assert d.byline == byline
    assert d.blocks == ("Tiêu đề", BODY, BODY)


def test_a_last_sentence_is_not_a_byline() -> None:
    d = extract_byline(blocks("Tiêu đề", BODY, "Việc này sẽ được xem xét."))
    assert d.byline is None


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("Thực hiện tốt Đề án Quy hoạch báo chí…/.", "Thực hiện tốt Đề án Quy hoạch báo chí…"),
        ("Kết quả sẽ được công bố sau./.", "Kết quả sẽ được công bố sau."),
        ("Kết quả sẽ được công bố sau /.", "Kết quả sẽ được công bố sau."),
    ],
)
def test_end_mark_is_removed(last: str, expected: str) -> None:
    assert strip_end_mark(blocks("Tiêu đề", last)).blocks[-1] == expected


def test_hotline_box_and_menus_are_dropped_in_a_whole_page() -> None:
    page = "\n".join(
        [
            "• Đường dây nóng",
            "    0901.22.33.66 - toasoan@toquoc.gov.vn",
            "• Liên hệ quảng cáo",
            "    091.358.6788",
            "Hotline: 1900 6060",
            "Trang chủ > Thời sự > Xã hội",
            "Tiêu đề của bài báo hôm nay",
            BODY,
            "NỔI BẬT TRANG CHỦ",
            "Bình luận (3)",
        ]
    )
    d = clean(page)
    assert d.blocks == ("Tiêu đề của bài báo hôm nay", BODY)
    assert d.category == "Xã hội"


HEADER_FURNITURE = """Đăng nhập
Trang chủ > Kinh doanh > Chứng khoán
Kinh doanh
Cổ phiếu ngân hàng kéo thị trường đi lên trong phiên cuối tuần

Thứ sáu, 15/11/2024 - 16:05

Dòng tiền trở lại nhóm ngân hàng giúp chỉ số chính khởi sắc sau nhiều phiên giảm.

VN-Index tăng hơn 10 điểm trong phiên chiều nhờ lực mua ở nhóm vốn hóa lớn.

Thanh khoản toàn sàn đạt khoảng 15.000 tỷ đồng, cao hơn phiên trước.

MINH ANH
"""


def test_account_controls_and_the_section_label_above_the_headline_are_not_read() -> None:
    from audio_edition.model import Document
    from audio_edition.segment import build_article

    article = build_article(Document(source="x.txt", text=HEADER_FURNITURE))
    assert article.headline == "Cổ phiếu ngân hàng kéo thị trường đi lên trong phiên cuối tuần"
    assert article.lead and article.lead.startswith("Dòng tiền trở lại")
    assert article.category == "Chứng khoán" and article.published == "2024-11-15T16:05"
    body = " ".join(p for s in article.sections for p in s.paragraphs)
    # "VN-Index" starting a paragraph is the index, not a dispatch from an agency called "VN"
    assert body.startswith("VN-Index tăng") and "Đăng nhập" not in body and "Kinh doanh" not in body


def test_a_short_headline_above_its_lead_stays_the_headline() -> None:
    from audio_edition.model import Document
    from audio_edition.segment import build_article

    text = "Bão số 9\n\nBão số 9 đã mạnh lên cấp 12 và đang tiến vào vùng biển miền Trung.\n\nNgư dân đã vào bờ.\n"
    article = build_article(Document(source="x.txt", text=text))
    assert article.headline == "Bão số 9" and article.lead and article.lead.startswith("Bão số 9 đã")


def test_an_agency_prefix_needs_spaces_around_its_dash() -> None:
    from audio_edition.clean.patterns import AGENCY_PREFIX

    assert AGENCY_PREFIX.match("TTO - Sáng nay, mưa lớn.") and AGENCY_PREFIX.match("(Tổ Quốc)- Chiều qua")
    assert not AGENCY_PREFIX.match("VN-Index tăng mạnh trong phiên sáng nay.")


def test_a_drop_capital_on_its_own_line_is_put_back() -> None:
    d = clean("Tiêu đề của bài viết về thời tiết hôm nay\n\nC\n\nhiều 5/3, trời mưa to ở nhiều nơi.")
    assert d.blocks[1] == "Chiều 5/3, trời mưa to ở nhiều nơi."


def test_a_page_header_with_todays_date_is_dropped_and_the_timed_date_is_the_articles() -> None:
    page = "\n\n".join(
        [
            "Tỷ giá ngoại tệ hôm nay",
            "Cập nhật tỷ giá USD, EUR và các ngoại tệ khác mỗi ngày.",
            "Thứ Sáu, 14/03/2025",
            "Lan Hương",
            "02/03/2025, 08:15",
            "Nông dân miền Tây trúng mùa sầu riêng sau nhiều năm thua lỗ",
            "Giá sầu riêng tăng mạnh giúp nhiều nhà vườn có lãi lớn trong vụ này.",
            BODY,
        ]
    )
    d = clean(page)
    assert d.blocks[0].startswith("Nông dân miền Tây")
    assert d.published == "2025-03-02T08:15"
    assert d.byline == "Lan Hương"


def test_an_author_between_headline_and_dateline_is_the_byline() -> None:
    page = "\n".join(
        [
            "Chủ Nhật, 09/03/2025",
            "Chứng khoán",
            "Cổ phiếu ngân hàng kéo chỉ số lên mức cao nhất tháng",
            "Minh Đức",
            "07/03/2025, 15:40",
            "Phiên chiều nay dòng tiền quay lại mạnh mẽ ở nhóm ngân hàng.",
            BODY,
        ]
    )
    d = clean(page)
    assert d.blocks[:2] == (
        "Cổ phiếu ngân hàng kéo chỉ số lên mức cao nhất tháng",
        "Phiên chiều nay dòng tiền quay lại mạnh mẽ ở nhóm ngân hàng.",
    )
    assert (d.byline, d.category, d.published) == ("Minh Đức", "Chứng khoán", "2025-03-07T15:40")


def test_a_line_printed_twice_in_a_row_is_a_pictures_caption() -> None:
    caption = "Nhà đầu tư theo dõi bảng điện tử tại một công ty chứng khoán."
    assert drop_captions(blocks(BODY, caption, caption, BODY)).blocks == (BODY, BODY)
    assert drop_captions(blocks(BODY, caption, BODY)).blocks == (BODY, caption, BODY)


def test_the_line_under_a_numbered_picture_is_its_caption() -> None:
    alt = "Cháy lớn tại kho hàng ở ngoại thành - Hình 2"
    caption = "Trung tá Lê Văn Bình trao đổi với phóng viên tại hiện trường"
    assert drop_captions(blocks(BODY, alt, caption, BODY)).blocks == (BODY, BODY)


@pytest.mark.parametrize(
    "caption",
    [
        "Ông Trần Văn Khải (thứ ba từ trái sang) nhận bằng khen của Ủy ban.",
        "| Em Nguyễn Thị M (phải) kể lại sự việc với phóng viên. |",
        "Hai đối tượng tại cơ quan công an (bìa trái).",
    ],
)
def test_captions_without_a_credit_are_recognised_by_their_shape(caption: str) -> None:
    assert drop_captions(blocks(BODY, caption, BODY)).blocks == (BODY, BODY)


def test_read_more_links_and_follow_invitations_are_not_read() -> None:
    d = clean(
        "\n".join(
            [
                "Bản tin pháp luật sáng nay với nhiều vụ án đáng chú ý",
                "Theo dõi Báo Mẫu trên Google News",
                "Tòa án tỉnh tuyên phạt bị cáo 12 năm tù về tội lừa đảo. (Xem chi tiết)",
                "(Xem chi tiết)",
                BODY,
            ]
        )
    )
    assert d.blocks == (
        "Bản tin pháp luật sáng nay với nhiều vụ án đáng chú ý",
        "Tòa án tỉnh tuyên phạt bị cáo 12 năm tù về tội lừa đảo.",
        BODY,
    )


def test_an_outlets_initials_before_the_lead_name_the_outlet() -> None:
    d = strip_agency_prefix(blocks("Tiêu đề bài báo", "(CAO) Theo dự báo, chiều nay mưa lớn sẽ xảy ra ở nhiều nơi."))
    assert d.blocks[1] == "Theo dự báo, chiều nay mưa lớn sẽ xảy ra ở nhiều nơi." and d.outlet == "Công an TP.HCM"
    unknown = "(WHO) Tổ chức này vừa công bố báo cáo mới về bệnh sốt xuất huyết ở châu Á."
    assert strip_agency_prefix(blocks("Tiêu đề", unknown)).blocks[1] == unknown


def test_a_source_line_with_an_address_is_the_byline_without_it() -> None:
    d = extract_byline(blocks("Tiêu đề", BODY, BODY, "Nguồn CAND: http://cand.com.vn/xa-hoi/bai-viet-mau"))
    assert d.byline == "Nguồn CAND" and d.blocks == ("Tiêu đề", BODY, BODY)


def test_a_short_line_alone_in_a_pictures_gap_is_its_caption_but_a_subheading_is_kept() -> None:
    head = "Tiêu đề bài viết về mưa lớn ở thành phố"
    first = "Mưa lớn kéo dài nhiều giờ khiến nhiều tuyến phố ngập sâu, giao thông ùn tắc nghiêm trọng."
    second = "Lực lượng chức năng đã có mặt để phân luồng và hỗ trợ người dân đẩy xe chết máy."
    caption = "Nước dâng cao trên phố Lý Thường Kiệt chiều qua"
    assert clean(f"{head}\n\n{first}\n\n\n\n{caption}\n\n{second}").blocks == (head, first, second)
    assert clean(f"{head}\n\n{first}\n\n{caption}\n\n{second}").blocks == (head, first, caption, second)


def test_a_box_of_links_each_under_its_own_bullet_is_dropped() -> None:
    links = "\n".join(f"-\nTiêu đề bài liên quan số {n} về thời sự trong nước" for n in range(3))
    page = f"{links}\nXe tải lật trên quốc lộ, hai người bị thương\n{BODY}"
    assert clean(page).blocks == ("Xe tải lật trên quốc lộ, hai người bị thương", BODY)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("(09/10/2015 15:34:31)", "2015-10-09T15:34:31"),
        ("Cập nhật ngày: 18/09/2024 05:20:24", "2024-09-18T05:20:24"),
        ("08:08, 23/08/2022", "2022-08-23T08:08"),
    ],
)
def test_datelines_in_parentheses_or_after_a_label_are_metadata(stamp: str, published: str) -> None:
    d = clean(f"Hội nghị tổng kết công tác năm của toàn ngành\n{stamp}\n{BODY}")
    assert d.blocks == ("Hội nghị tổng kết công tác năm của toàn ngành", BODY) and d.published == published


def test_a_time_glued_to_the_headline_is_split_off() -> None:
    d = clean(f"Xã hội\n15/04/2017 03:25Xe khách tông xe tải trên cao tốc\n{BODY}")
    assert d.blocks == ("Xe khách tông xe tải trên cao tốc", BODY)
    assert (d.published, d.category) == ("2017-04-15T03:25", "Xã hội")


def test_up_to_three_site_labels_over_the_headline_are_dropped() -> None:
    d = clean(f"Syndicate content\nNghề báo\nHọp báo kết thúc kỳ họp thứ tám của Quốc hội\n{BODY}")
    assert d.blocks == ("Họp báo kết thúc kỳ họp thứ tám của Quốc hội", BODY) and d.category == "Nghề báo"


def test_a_format_label_before_the_headline_is_not_read_and_does_not_make_it_a_caption() -> None:
    for first in (
        "Video: Diễn tập phòng thủ dân sự ở tỉnh ven biển",
        "[Ảnh] Diễn tập phòng thủ dân sự ở tỉnh ven biển",
    ):
        article = build_article(Document(source="t.txt", text=f"{first}\n\n{BODY}\n\n{BODY} Thêm câu."))
        assert article.headline == "Diễn tập phòng thủ dân sự ở tỉnh ven biển"


def test_table_cells_placeholders_and_credit_lines_are_not_read() -> None:
    page = "\n".join(
        [
            "Tiêu đề bài viết về lễ trình quốc thư",
            BODY,
            "![]() |",
            "Chủ tịch nước nhận quốc thư từ đại sứ (Ảnh: TTXVN). |",
            "[links()]",
            "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
            "Thực hiện: H.HUY - H.P",
        ]
    )
    d = clean(page)
    assert d.blocks == (
        "Tiêu đề bài viết về lễ trình quốc thư",
        BODY,
        "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
    )
    assert d.byline == "H.HUY - H.P"


def test_a_headline_or_a_long_paragraph_printed_twice_is_read_once() -> None:
    head = "Thông tấn xã góp phần thúc đẩy quan hệ báo chí hai nước"
    para = " ".join([BODY] * 2)
    assert clean(f"{head}\n{head}\n{para}\n{para}\n{BODY}").blocks == (head, para, BODY)


def test_a_section_menu_over_the_headline_and_page_controls_around_the_article_are_not_read() -> None:
    page = "\n\n".join(
        [
            "xem thêm",
            "Hà Giang",
            "Lào Cai",
            "icon Tin nóng",
            "Đăng nhập",
            "icon Đăng ký nhận bản tin buổi sáng",
            "Cảng cá mới ở Quảng Trị đón những chuyến tàu đầu tiên",
            "TRẦN BÌNH AN",
            BODY,
            "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
            "Về đầu trang",
            "Bạn cần đăng nhập để bình luận!",
        ]
    )
    d = clean(page)
    assert d.blocks == (
        "Cảng cá mới ở Quảng Trị đón những chuyến tàu đầu tiên",
        BODY,
        "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
    )
    assert d.byline == "Trần Bình An"


def test_a_pictures_file_name_or_unmarked_text_and_a_tables_title_are_not_read() -> None:
    page = "\n\n".join(
        [
            "Giá lúa tăng trở lại ở đồng bằng",
            BODY,
            "gia lua tang tro lai",
            "bieu-do-gia-lua-thang-nam",
            "Giá lúa tại một số tỉnh hôm nay",
            "Tỉnh | Giá (đồng/kg) |",
            "An Giang | 7.200 |",
            "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
        ]
    )
    assert clean(page).blocks == (
        "Giá lúa tăng trở lại ở đồng bằng",
        BODY,
        "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
    )
    english = "Some english words here\n\nmore plain words without marks\n\nA closing line."
    assert "more plain words without marks" in clean(english).blocks  # a text with no marks at all is kept


@pytest.mark.parametrize(
    "caption",
    [
        "Đường đi dự kiến của cơn bão trong ba ngày tới. Nguồn: Trung tâm Dự báo",
        "Bản đồ vùng nguy hiểm trên Biển Đông chiều 12/9.",
        "Biểu đồ giá xăng trong sáu tháng đầu năm",
        "Giá hồ tiêu (sàn Kochi, Ấn Độ) – Nguồn: ipcnet.org",
    ],
)
def test_a_pictures_source_line_and_a_chart_described_in_one_sentence_are_captions(caption: str) -> None:
    assert drop_captions(blocks("Tiêu đề bài về thời tiết hôm nay", BODY, caption, BODY)).blocks == (
        "Tiêu đề bài về thời tiết hôm nay",
        BODY,
        BODY,
    )


def test_a_paragraph_about_a_map_or_naming_its_source_is_kept() -> None:
    kept = (
        "Bản đồ quy hoạch mới được công bố hôm qua. Người dân có thể xem tại trụ sở phường.",
        "Bản đồ quy hoạch sẽ được công bố vào tuần tới.",
        "Theo số liệu của Bộ Y tế, số ca mắc tăng nhẹ trong tuần qua so với tuần trước đó.",
    )
    assert drop_captions(blocks("Tiêu đề bài về quy hoạch đô thị", BODY, *kept)).blocks[2:] == kept


def test_what_follows_the_end_mark_or_an_agency_source_line_is_the_pages() -> None:
    last = "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ"
    after_mark = clean(
        "\n\n".join(
            [
                "Đoàn đại biểu thăm trường học vùng cao",
                BODY,
                "Đoàn đại biểu thăm trường học vùng cao",
                BODY + " Câu thứ hai.",
                f"{last}./.",
                "123 Go top",
                "Hiện tại không có bình chọn nào đang hoạt động.",
                "Thống kê truy cập",
                "Khách 5120",
                "Tổng lượt truy cập: 1234567",
            ]
        )
    )
    assert after_mark.blocks == ("Đoàn đại biểu thăm trường học vùng cao", BODY, BODY + " Câu thứ hai.", f"{last}.")
    after_source = clean(
        "\n\n".join(
            [
                "Thủ tướng tiếp đoàn doanh nghiệp nước ngoài",
                BODY,
                BODY + " Câu thứ hai.",
                f"{last}.",
                "TTXVN/Báo Tin Tức",
                "Hai nước ký thỏa thuận hợp tác mới về năng lượng",
                "Hai nước ký thỏa thuận hợp tác mới về năng lượng",
                "Hôm qua, hai bên đã ký kết nhiều văn bản hợp tác trong lĩnh vực năng lượng sạch.",
                "Chia sẻ:",
            ]
        )
    )
    assert after_source.blocks[-1] == f"{last}." and after_source.byline == "TTXVN/Báo Tin Tức"


def test_a_pictures_name_ending_anh_n_and_the_pages_clock_are_not_read() -> None:
    page = "\n\n".join(
        [
            "Cháy kho hàng ở khu công nghiệp ven đô",
            "2 giờ trước",
            BODY,
            "Chay kho hang KCN anh 2",
            "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
        ]
    )
    assert clean(page).blocks == (
        "Cháy kho hàng ở khu công nghiệp ven đô",
        BODY,
        "Câu cuối cùng của bài viết, có đủ chủ ngữ và vị ngữ.",
    )


def test_a_dateline_with_a_bar_is_a_date_and_comment_controls_and_excerpt_links_are_not_read() -> None:
    page = "\n\n".join(
        [
            "Khánh thành cầu mới nối hai huyện ven sông",
            "Cập nhật ngày: 12/05/2023 | 09:40 GMT+7",
            BODY,
            "Cây cầu dài hơn 300 m, rộng 12 m … Đọc tiếp Khánh thành cầu mới nối hai huyện ven sông",
            "Lê Minh",
            "1,204",
            "Viết bình luận mới",
            "Thông tin bạn đọc",
            "Đóng Lưu thông tin",
        ]
    )
    d = clean(page)
    assert d.published == "2023-05-12T09:40" and d.category is None and d.byline == "Lê Minh"
    assert d.blocks == ("Khánh thành cầu mới nối hai huyện ven sông", BODY, "Cây cầu dài hơn 300 m, rộng 12 m…")


def test_a_pages_loading_placeholder_is_not_its_headline() -> None:
    d = clean(f"Đang tải dữ liệu ...\n\nNghệ sĩ trẻ ra mắt album đầu tay ở Hà Nội\n\n{BODY}")
    assert d.blocks == ("Nghệ sĩ trẻ ra mắt album đầu tay ở Hà Nội", BODY)


def test_a_credit_without_its_colon_closes_a_caption() -> None:
    caption = "Đoạn đường bị sạt lở tại xã vùng cao sáng nay. Ảnh Trần Hùng"
    assert drop_captions(blocks("Tiêu đề bài về mưa lũ vùng núi", BODY, caption, BODY)).blocks == (
        "Tiêu đề bài về mưa lũ vùng núi",
        BODY,
        BODY,
    )
    kept = "Anh kể lại chuyến đi. Ảnh Hưởng của bão vẫn còn."  # a sentence, not a credit
    assert kept in drop_captions(blocks("Tiêu đề bài về mưa lũ vùng núi", BODY, kept)).blocks


def test_a_box_of_links_whose_first_title_asks_a_question_is_dropped_whole() -> None:
    page = "\n".join(
        [
            "-",
            "Mưa lớn ở vùng núi phía Bắc kéo dài đến khi nào?",
            "-",
            "Cháy kho hàng ở ngoại thành, không có thương vong",
            "Xã hội",
            "Nhiều chuyến bay bị hủy vì mưa lớn ở Sài Gòn",
            BODY,
        ]
    )
    d = clean(page)
    assert d.blocks == ("Nhiều chuyến bay bị hủy vì mưa lớn ở Sài Gòn", BODY) and d.category == "Xã hội"


@pytest.mark.parametrize(
    "stamp", ["Hà NộiBộ Y tế", "HÀ NỘI - Bộ Y tế", "Quảng TrịBộ Y tế", "TP.HCM – Bộ Y tế"], ids=str
)
def test_a_location_stamp_before_the_lead_is_not_read(stamp: str) -> None:
    lead = " vừa gửi văn bản đề nghị các tỉnh tăng cường phòng chống sốt xuất huyết."
    d = clean(f"Bộ Y tế cảnh báo dịch sốt xuất huyết\n{stamp}{lead}\n{BODY}")
    assert d.blocks == ("Bộ Y tế cảnh báo dịch sốt xuất huyết", "Bộ Y tế" + lead, BODY)


def test_a_route_and_a_headline_keep_their_places() -> None:
    headline = "Hà Nội - Hải Phòng thông xe cao tốc mới"
    text = f"{headline}\nHà Nội - Hải Phòng là tuyến cao tốc đông xe nhất miền Bắc hiện nay.\n{BODY}"
    assert clean(text).blocks == tuple(text.split("\n"))


def test_video_player_text_and_credit_lines_are_not_read() -> None:
    d = clean(
        f"Xe khách lật trên đèo, nhiều người bị thương\nYour browser does not support the video tag.\n{BODY}\n"
        "Tác giả: Minh Anh\nNguồn tin: Công an tỉnh Lâm Đồng"
    )
    assert d.blocks == ("Xe khách lật trên đèo, nhiều người bị thương", BODY)
    assert d.byline == "Minh Anh, Công an tỉnh Lâm Đồng"


def test_outlets_are_named_from_the_one_outlet_table() -> None:
    """The agency prefix's outlet comes from ingest/data/outlets.toml, the table HTML pages use too."""
    from audio_edition.ingest.html import outlet_names

    assert outlet_names()["tto"] == "Tuổi Trẻ" and outlet_names()["vna"] == "TTXVN"
    d = clean(f"Xe khách lật trên đèo, nhiều người bị thương\n(TTO) - {BODY}")
    assert d.outlet == "Tuổi Trẻ" and d.blocks[-1] == BODY


def test_a_related_video_box_is_not_read() -> None:
    page = (
        f"Xe khách lật trên đèo, nhiều người bị thương\n{BODY}\nVideo liên quan\n"
        "Khoảnh khắc xe tải mất phanh lao xuống dốc\nCứu hộ xuyên đêm trên đèo\n"
        f"{BODY.replace('bình thường', 'cuối cùng')}"
    )
    assert clean(page).blocks == (
        "Xe khách lật trên đèo, nhiều người bị thương",
        BODY,
        BODY.replace("bình thường", "cuối cùng"),
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Các bị cáo tại phiên xét xử",
        "Bị cáo Lê Văn Tám tại phiên tòa sơ thẩm",
        "Hai nghi phạm tại cơ quan công an",
        "Hiện trường vụ cháy xưởng gỗ",
        "Toàn cảnh buổi lễ khởi công cầu mới",
    ],
)
def test_a_caption_without_a_credit_is_not_read(caption: str) -> None:
    head = "Xét xử nhóm lừa bán cây cảnh giả trên mạng"
    assert drop_captions(blocks(head, BODY, caption, BODY)).blocks == (head, BODY, BODY)


@pytest.mark.parametrize(
    "heading",
    ["Bị cáo khai gì trước tòa", "Giá cà phê biến động khó lường", "Những việc cần làm ngay tại nhà"],
)
def test_a_subheading_is_not_taken_for_a_caption(heading: str) -> None:
    head = "Xét xử nhóm lừa bán cây cảnh giả trên mạng"
    assert drop_captions(blocks(head, BODY, heading, BODY)).blocks == (head, BODY, heading, BODY)


def test_a_media_file_name_and_a_links_text_are_not_read() -> None:
    head, more = "Giá lúa gạo hôm nay tại Đồng bằng sông Cửu Long", "Giá lúa tươi tại ruộng đi ngang so với hôm qua."
    page = f"{head}\n{BODY}\nanh_bia_gia_lua.jpg\n{more}\nXem bảng giá lúa cập nhật mỗi ngày tại đây\n"
    assert clean(page).blocks == (head, BODY, more)


def test_unknown_initials_before_a_lead_that_opens_with_its_day_are_a_source_tag() -> None:
    lead = "(XYZ) Ngày 3/4, tòa án tỉnh mở phiên xét xử vụ lừa bán cây cảnh qua mạng xã hội."
    d = strip_agency_prefix(blocks("Tiêu đề", lead))
    assert d.blocks[1] == "Ngày 3/4, tòa án tỉnh mở phiên xét xử vụ lừa bán cây cảnh qua mạng xã hội."


def test_a_first_line_gluing_section_headline_and_lead_is_split() -> None:
    head = "Giá căn hộ ở Đà Nẵng lập đỉnh mới, vượt 80 triệu đồng/m2"
    lead = "Theo một công ty môi giới, giá căn hộ ở Đà Nẵng tăng trong quý III khi nguồn cung khan hiếm."
    d = clean(f"Bất động sản {head} {lead}\n{BODY}")
    assert d.blocks == (head, lead, BODY) and d.category == "Bất động sản"
    echo = "Giá căn hộ ở Đà Nẵng tiếp tục tăng trong quý III khi nguồn cung mới khan hiếm, nhiều dự án chào bán cao."
    assert clean(f"Kinh tế {head} {echo}\n{BODY}").blocks == (head, echo, BODY)


def test_a_long_first_line_without_a_section_label_or_a_lead_opening_is_left_whole() -> None:
    sentence = (
        "Thời tiết Hà Nội hôm nay có mưa rào rải rác ở nhiều quận nội thành và ngoại thành, nhiệt độ "
        "cao nhất khoảng ba mươi độ, gió nhẹ, độ ẩm cao trong suốt buổi chiều và tối."
    )
    assert clean(f"{sentence}\n{BODY}").blocks == (sentence, BODY)
    labelled = f"Xã hội Người dân Hà Nội đổ ra đường ngắm pháo hoa trong đêm giao thừa ở nhiều điểm {sentence}"
    assert clean(f"{labelled}\n{BODY}").blocks[0] == labelled


def test_a_weather_box_and_a_text_size_control_around_the_headline_are_not_read() -> None:
    head = "Bộ Y tế khuyến cáo tiêm vắc-xin cúm trước mùa đông"
    page = f"Hà Nội 18 °C\n• Huế Hà Nội 24°C\n{head}\nSức khỏe - đời sống\n12/11/2024 07:15\nLan Hương\naa\n{BODY}\n"
    d = clean(page)
    assert d.blocks == (head, BODY) and d.byline == "Lan Hương" and d.category == "Sức khỏe - đời sống"


def test_a_banner_above_a_headline_printed_twice_is_not_read() -> None:
    head = "Chưa ghi nhận chủng cúm mới dù số ca nhập viện tăng"
    d = clean(f"Chung tay xây dựng thủ đô văn minh hiện đại\n{head}\n\n{head}\n\n{BODY}")
    assert d.blocks == (head, BODY)


def test_a_comment_form_and_a_label_left_without_its_content_close_no_article() -> None:
    page = f"Đường nội ô được thảm nhựa lại sau ba tháng thi công\n{BODY}\nTruyền hình giao thông:\nTrả lời\n"
    page += "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *\n"
    assert clean(page).blocks == ("Đường nội ô được thảm nhựa lại sau ba tháng thi công", BODY)


def test_what_people_wear_in_a_picture_marks_its_caption() -> None:
    caption = "Lê Văn Tám (áo xanh) và Trần Văn Bảy (áo trắng)"
    head = "Bắt hai người vận chuyển hàng cấm trên quốc lộ"
    assert drop_captions(blocks(head, BODY, caption, BODY)).blocks == (head, BODY, BODY)


@pytest.mark.parametrize("tag", ["Kinhtedothi - ", "Moitruong.net.vn – "])
def test_a_sites_name_in_plain_letters_before_the_lead_is_a_source_tag(tag: str) -> None:
    lead = "Đến nay, thành phố ghi nhận hơn hai nghìn ca cúm, tăng mạnh so với cùng kỳ năm trước."
    assert strip_agency_prefix(blocks("Tiêu đề", tag + lead)).blocks[1] == lead


def test_a_day_stamp_glued_before_the_lead_and_a_headline_glued_to_its_lead_are_parted() -> None:
    head = "Giá tiêu hôm nay 6/3: tiêu tại Đắk Lắk giảm nhẹ, xuất khẩu đi ngang"
    lead = "Thị trường hồ tiêu ngày 6/3 ghi nhận mức giảm nhẹ tại Tây Nguyên trong khi giá xuất khẩu ổn định."
    d = clean(f"{head} {lead}\n{BODY}")
    assert d.blocks == (head, lead, BODY)
    page = f"Giá xăng giảm hơn năm trăm đồng mỗi lít\n17/5 Chiều hôm qua, liên bộ điều chỉnh giá xăng dầu.\n{BODY}"
    stamped = clean(page)
    assert stamped.blocks[1] == "Chiều hôm qua, liên bộ điều chỉnh giá xăng dầu."
