"""Round 73 of reading real pages (issue 21): book days, braces, study in Japan, a volleyball match,
local specialities, militia training, washing machines. Trails over the title (glued to it, of
dashed labels, under a repair shop's banner), a portal's slogan, a sidebar's line over a dated
title, a forum handle and its rank, the site's "- Tin Tuc" after a title and a gallery's captions
between paragraphs are not read; a wrapped line opening with a price goes on with its sentence."""

from __future__ import annotations

from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_text

HEAD = "Học phí và chi phí sinh hoạt khi du học Nhật Bản"
LEAD = "Du học sinh ở Nhật Bản thường chi khoảng tám mươi nghìn yên mỗi tháng cho ăn ở và đi lại."
BODY = "Học phí của trường công thấp hơn trường tư, nhưng số chỗ mỗi năm rất ít nên cạnh tranh gay gắt."
MORE = "Nhiều bạn chọn làm thêm ở cửa hàng tiện lợi để trang trải một phần chi phí trong năm đầu."


def test_a_trail_glued_before_the_title_printed_under_it_is_not_read() -> None:
    page = f"Du Học Nhật Bản Làm bài Thi Bài thi N4 {HEAD}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == HEAD and "Bài thi" not in spoken_text(article)


def test_a_trail_of_labels_joined_by_dashes_is_not_read() -> None:
    page = (
        "Tin tức - Sự kiện   /  Trong huyện  /  An ninh - quốc phòng\n\nRa quân huấn luyện dân quân.\n\n"
        f"Ngày đăng: 07/04/2017\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    )
    article = article_of(page)
    assert article.headline.rstrip(".") == "Ra quân huấn luyện dân quân" and "Sự kiện" not in spoken_text(article)


def test_a_repair_shops_banner_over_its_glued_trail_is_not_read() -> None:
    title = "Máy giặt không xả nước, không vắt"
    banner = "Chuyên sửa chữa: ĐIỀU HÒA - TỦ LẠNH - MÁY GIẶT .... Trung tâm điều hành: 04.3722.7097 - 0904 087 199"
    page = f"{banner}\nTrang chủKinh nghiệm sử dụng › {title}\n\n{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == title and "ĐIỀU HÒA" not in spoken_text(article)


def test_a_portals_slogan_over_its_clock_is_not_the_headline() -> None:
    slogan = "Toàn Đảng, toàn dân học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    title = "Lễ kết nạp dân quân tự vệ"
    page = f"{slogan}\n\nThứ năm, 26 Tháng 6, 2025 - 02:22\n\n{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == title and "Toàn Đảng" not in spoken_text(article)


def test_a_sidebars_line_over_a_title_and_its_age_is_not_read() -> None:
    title = "10 đặc sản miền Tây có thể dùng làm quà biếu Tết"
    page = (
        f"Purple Allium Bông hẹ màu tím, tròn tròn, bự bự\n\n{title}\n\nĐăng 7 năm trước\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == title and "Bông hẹ" not in said and "Đăng" not in said


def test_a_forum_handle_over_its_rank_is_not_read() -> None:
    page = f"{HEAD}\n\nKa0ri\n\nNew Member\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert "Ka0ri" not in spoken_text(article) and article.lead == LEAD


def test_the_sites_news_label_after_a_title_is_not_read() -> None:
    summary = "Từ thời điểm trước Tết khoảng một tháng, đặc sản của cả ba miền đã được bày bán rộn ràng trên mạng."
    page = f"{summary}\n\nSôi động online - Tin Tuc\n\nSôi động online - Tin Tuc\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == "Sôi động online" and article.lead == summary


GAME = (
    "Sau một ngày thi đấu, Hội Người cao tuổi phường đã tổ chức thành công giải bóng chuyền hơi chào mừng "
    "ngày Quốc tế Người cao tuổi."
)
CAPTIONS = (
    "Đông đảo khán giả đã tham dự và cổ vũ cho giải đấu",
    "Các pha tranh chấp bóng quyết liệt",
    "Thi đấu hết mình dù thời tiết không thuận lợi",
)
PLAY = "Giải đấu có tám đội bóng với hơn tám mươi vận động viên đến từ tám tổ dân phố tham gia tranh tài."
END = "Kết thúc giải đấu, Ban tổ chức đã trao giải Nhất cho tổ dân phố sáu và giải Nhì cho tổ dân phố ba."


def test_a_run_of_captions_between_paragraphs_is_not_read() -> None:
    prizes = "\n\n".join(
        ("Tổ dân phố 6 giành chức vô địch", "Giải Nhì thuộc về tổ dân phố 3", "Giải Ba thuộc về tổ dân phố 1")
    )
    article = article_of("\n\n".join((GAME, *CAPTIONS, PLAY, prizes, END)))
    said = spoken_text(article)
    assert article.headline == GAME.rstrip(".")
    assert not any(c in said for c in CAPTIONS) and "giành chức vô địch" not in said and END in said


def test_a_list_a_colon_opens_and_a_verse_are_no_captions() -> None:
    opener = "Mỗi đội mang đến giải đấu những vật dụng quen thuộc của người chơi bóng chuyền hơi như sau:"
    verse = ("Sân quê rộn tiếng cười vang,", "Bóng bay qua lưới nhẹ nhàng tay đưa,", "Các cụ vui khỏe sớm trưa,")
    page = "\n\n".join((HEAD, LEAD, opener, *CAPTIONS, PLAY, *verse, END))
    said = spoken_text(article_of(page))
    assert all(c in said for c in CAPTIONS) and "Sân quê rộn tiếng cười vang" in said


def test_a_wrapped_line_opening_with_a_price_goes_on_with_its_sentence() -> None:
    lines = [
        "Chưa bàn về chất lượng, chỉ tính riêng về giá bán, với mức giá 70.000 đồng/kg bưởi da xanh của chị",
        "cũng là mức giá chấp nhận được trong dịp Tết, vì ngày thường giá bưởi da xanh ở chợ bị đẩy lên mức",
        "90.000 đồng/kg, thậm chí hơn 100.000 đồng/kg. Thêm một món đặc sản miền Nam được khá nhiều người",
        "bán trong dịp Tết này là lạp xưởng tươi do các gia đình ở Bến Tre tự làm và đóng gói thật cẩn",
        "thận, món ăn này cũng được bán rộn ràng trên nhiều trang mạng xã hội với mức giá khoảng hai trăm",
        "nghìn đồng mỗi ký, tùy theo loại thịt và cách làm của từng nhà ở các huyện ven sông Tiền.",
    ]
    assert "đẩy lên mức 90.000 đồng/kg" in unwrap("\n".join(lines))


def test_a_guides_steps_and_a_pages_widgets_between_paragraphs_are_no_captions() -> None:
    steps = ("Bước 4: Bấm Nộp hồ sơ trên cổng dịch vụ", "Bước 5: Chọn cơ quan giải quyết hồ sơ", "Bước 6: Nộp lệ phí")
    widgets = ("Tác giả bài viết: A. Tín", "Ý kiến bạn đọc", "Những tin mới hơn", "Những tin cũ hơn")
    page = "\n\n".join((HEAD, LEAD, *steps, PLAY, *widgets, END))
    article = article_of(page)
    assert all(s.split(": ")[1] in spoken_text(article) for s in steps) and article.byline == "A. Tín"
