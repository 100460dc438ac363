"""Round 170 of reading real pages (issue 21): a procedure's steps repeated by a second procedure; a section's name
printed twice over the title; a print button on the date line; a portal's hyphenated template title; a day's name
after "hưởng ứng"; pictures' captions naming a place or a size, and two long ones in a row; a blog's signature; a
gallery's captions closing a short report; a forum post's avatar letter and rank; a story reader's card and lists; a
visit counter's last month and a weather box after the writer's name; an herb shop's search words and a NukeViet
session notice; a recipe's last ingredient; a part's label over a page whose title was lost."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Phường Hòa Bình ra quân dọn vệ sinh đón Tết"
LEAD = (
    "Sáng chủ nhật, hàng trăm đoàn viên, hội viên và người dân phường Hòa Bình đã ra quân dọn vệ sinh các tuyến đường."
)
BODY = "Các lực lượng đã thu gom hơn năm tấn rác, phát quang bụi rậm và khơi thông cống rãnh tại các khu dân cư."
MORE = "Phường sẽ duy trì ra quân vào ngày chủ nhật cuối mỗi tháng để giữ cho đường phố luôn xanh, sạch, đẹp."


def test_a_step_a_second_procedure_repeats_is_read_in_both() -> None:
    steps = "Các bước như sau:\n\n1. Tắt máy, rút chìa khóa\n\n2. Mở nắp lọc gió bằng tay.\n\n"
    first = f"LÀM SẠCH BỘ LỌC GIÓ\n\n{steps}3. Tháo lõi lọc ra ngoài.\n"
    second = f"LÀM SẠCH KÉT NƯỚC\n\n{steps}3. Xả nước trong két ra.\n"
    article = article_of(f"Hướng dẫn bảo dưỡng máy xới đất\n\n{first}\n{second}")
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs.count("1. Tắt máy, rút chìa khóa") == 2 and paragraphs.count("2. Mở nắp lọc gió bằng tay.") == 2
    assert all(s.title != "1. Tắt máy, rút chìa khóa" for s in article.sections)


def test_a_sections_name_printed_twice_is_the_category_and_the_title_the_headline() -> None:
    page = f"Tin từ cơ sở Tin từ cơ sở\n\n{TITLE}\n\n06:23 | 24/01/2021 Print   E-mail\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.category == "Tin từ cơ sở"
    assert article.published == "2021-01-24T06:23" and "Print" not in spoken_text(article)


def test_a_portals_hyphenated_template_title_is_not_the_headline() -> None:
    article = article_of(f"xem-chi-tiet-tin - UBND TP Hòa Bình\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == TITLE and "xem-chi-tiet-tin" not in spoken_text(article)


def test_a_days_name_after_the_verb_that_takes_it_stays_in_its_sentence() -> None:
    lead = (
        "Ngày 09-10/10/2021, các ban, ngành, đoàn thể phường ra quân vệ sinh môi trường, hưởng ứng "
        "Ngày thứ bảy tình nguyện, Ngày chủ nhật xanh tại tuyến đường Trần Phú, khu vực 1."
    )
    article = article_of(f"{TITLE}\n\n{lead}\n\n{BODY}\n")
    assert article.lead == lead


def test_captions_naming_a_place_or_a_size_and_two_long_ones_in_a_row_are_not_read() -> None:
    place = "Nhà văn hóa thôn Trung Hòa, xã Hòa Bình"
    size = "Bể chứa rác bằng xi măng, lót bạt 15 m2"
    first = "Đoàn viên thanh niên khu phố 9 phát quang bụi rậm, dọn vệ sinh đoạn đường khu vực Cầu Sắt Cũ"
    second = "Dọn vệ sinh, thu gom rác trên từng ngõ hẻm trong địa bàn 09 khu phố của phường"
    page = f"{TITLE}\n\n{LEAD}\n\n{place}\n\n{BODY}\n\n{size}\n\n{MORE}\n\n{first}\n\n{second}\n\n{BODY} {MORE}\n"
    said = spoken_text(article_of(page))
    assert all(c not in said for c in (place, size, first, second)) and MORE in said


def test_a_blogs_signature_under_its_title_is_the_byline() -> None:
    article = article_of(f"TẾT QUÊ TÔI.\n\nIrene.\n\n{LEAD} {BODY}\n\n{MORE}\n")
    assert article.byline == "Irene" and "Irene" not in spoken_text(article)


def test_a_galleries_captions_closing_a_report_are_not_read() -> None:
    captions = (
        "*Văn nghệ chào mừng:\n* Đ/c Nguyễn Văn An - PBT Chi bộ, PHT phát biểu tại buổi lễ:\n"
        "* Đ/c Trần Văn Bình - Bí thư chi đoàn, Đ/c Lê Văn Cường - UV BCH Chi đoàn trao huy hiệu đoàn cho các "
        "đoàn viên mới\n* Các đoàn viên mới đọc lời tuyên thệ:\n"
    )
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\nSau đây là một số hình ảnh hoạt động:\n{captions}"
    said = spoken_text(article_of(page))
    assert "Văn nghệ chào mừng" not in said and "huy hiệu" not in said and BODY in said


def test_a_forum_posts_avatar_letter_and_rank_are_not_read() -> None:
    page = (
        "kiến thức cơ bản về hộp số\n\nC\nBình luận: 16Lượt xem: 7,524\n\ntuvanoto\n\nTài xế O-H\n"
        f"kiến thức cơ bản về hộp số trên ô tô\n\n{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.lead == LEAD and "Tài xế" not in said and "O-H" not in said


def test_a_story_readers_card_and_lists_are_not_read() -> None:
    card = "Tác giả: Hoàng Lan\nThể loại:\n\nTản văn, Việt Nam\n\nTrạng thái:\n\nFull\nĐánh giá: 7.8 /10 từ 6 lượt\n"
    tail = (
        "Các chương mới nhất\n\nDanh sách chương (25 chương)\n\nĐang tải danh sách chương...\n\nNgày\nTháng\nAll time\n"
    )
    article = article_of(f"Mùa gặt quê ngoại\n\n{card}\n{LEAD}\n\n{BODY}\n\n{tail}")
    said = spoken_text(article)
    assert article.lead == LEAD and article.byline == "Hoàng Lan"
    assert all(w not in said for w in ("Thể loại", "Trạng thái", "Full", "Đánh giá", "chương", "All time"))


def test_a_counters_last_month_and_a_weather_box_after_the_writer_are_not_read() -> None:
    tail = (
        "Ngọc Lan\n\nThống kê truy cập\n\nĐang online: 5\nHôm nay: 71\nTháng trước: 60,075\n"
        "Quảng Trị\n+35\n°\nC\nCao:+36\nThấp:+25\nThỉnh thoảng có nắng\n"
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{tail}")
    said = spoken_text(article)
    assert article.byline == "Ngọc Lan" and "60,075" not in said and "Cao" not in said and "Quảng Trị" not in said


def test_a_shops_search_words_and_a_session_notice_are_not_read() -> None:
    words = ", ".join(f"sâm dây loại {n}" for n in ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"))
    notice = "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây"
    article = article_of(f"{words}\n\nhttps://samtuoi.example.com\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{notice}\n")
    said = spoken_text(article)
    assert article.headline == TITLE and "sâm dây loại" not in said and "Thời gian chờ" not in said


def test_a_recipes_last_ingredient_is_read() -> None:
    recipe = (
        "Phần lớp lá dứa\n- Lá dứa xay lọc lấy nước: 100 ml\n- Một vài giọt màu xanh lá tự nhiên (tùy chọn)\n"
        "Cách làm bánh da lợn chuẩn m\n"
    )
    intro = "Bánh da lợn là món bánh truyền thống quen thuộc, nhiều lớp mềm dẻo, thơm mùi lá dứa và đậu xanh bùi béo."
    article = article_of(f"Cách làm bánh da lợn\n\n{intro}\n\n{recipe}")
    assert "Một vài giọt màu xanh lá tự nhiên (tùy chọn)" in spoken_text(article)


def test_a_parts_label_over_a_page_whose_title_was_lost_is_no_headline() -> None:
    article = article_of(f"Giới thiệu\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline != "Giới thiệu" and "Giới thiệu" not in spoken_text(article)
