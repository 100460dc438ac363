"""Round 166 of reading real pages (issue 21): pictures' hashed file names; a blog's comments under "2 Responses to";
a list's points placing things (bên trái, bên phải); a portal's "Page Content"; a meta dump's publisher between two
addresses; a hard-wrapped count ("... Công văn số" / "256-CV/..."); captions over the next part's label; related
titles glued into one line; a poem's title in capitals; a help centre's header over its trail; a menu of the page's
parts in capitals; a cut last word never the writer."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Đồng loạt ra quân Ngày Chủ nhật xanh trên địa bàn huyện"
LEAD = "Sáng 18/9, các cơ sở Đoàn trong huyện đồng loạt ra quân dọn vệ sinh đường làng, ngõ xóm và khu dân cư."
BODY = "Đoàn viên thanh niên đã thu gom rác thải, phát quang bụi rậm và trồng thêm cây xanh dọc các tuyến đường."
MORE = "Hoạt động góp phần xây dựng cảnh quan môi trường xanh, sạch, đẹp và nâng cao ý thức của người dân."


def test_pictures_hashed_names_are_not_read() -> None:
    names = "00d2ee924055840bdd44\n\n1656d95a779db3c3ea8c\n\n9ff893dc9f1f5b41020e"
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{names}\n{MORE}\n"
    said = spoken_text(article_of(page))
    assert "1656d95a779db3c3ea8c" not in said and "00d2ee924055840bdd44" not in said and MORE in said


def test_a_blogs_comments_under_their_count_are_not_read() -> None:
    comment = "Cách ra quân như trên đã cũ, các xã nên làm theo hướng dẫn mới của Huyện đoàn năm nay."
    comments = f"2 Responses to “Ra quân Ngày Chủ nhật xanh”\n\n1. Minh 18.09.2012\n\n{comment}\n"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{comments}"))
    assert "Responses" not in said and "hướng dẫn mới" not in said and BODY in said


def test_a_lists_points_placing_things_are_read() -> None:
    points = "Trên cùng là khẩu hiệu:\n\n– Cờ Đảng, cờ Tổ quốc (bên trái).\n– Ảnh Bác Hồ (bên phải).\n– Tiêu đề."
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{points}\n\n{MORE}\n"))
    assert "Cờ Đảng, cờ Tổ quốc" in said and "Ảnh Bác Hồ" in said


def test_a_portals_page_content_label_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n{LEAD}\n\nPage Content\n\n{BODY}\n\n{MORE}\n")
    assert "Page Content" not in spoken_text(article) and article.lead == LEAD


def test_a_publishers_name_between_two_addresses_is_not_the_first_part() -> None:
    meta = "http://huyen.vn/vi/news/ra-quan-2276.html\nĐài Truyền thanh Truyền hình\nhttp://huyen.vn/assets/logo.png"
    article = article_of(f"{TITLE}\n{meta}\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "Đài Truyền thanh" not in spoken_text(article)


def test_a_count_cut_by_a_hard_wrap_goes_on_below() -> None:
    page = (
        "Thực hiện Công văn số\n256-CV/TĐTN của Tỉnh Đoàn về việc ra quân. Ngày 24/7, các cơ sở\nĐoàn trên địa bàn"
        " huyện đã ra quân\ndọn vệ sinh đường làng, ngõ xóm, khu vực công\nsở và nhà bia liệt sĩ.\n\n"
        "Đoàn xã Quảng Phú tổ chức cho hơn\n60 đoàn viên dọn vệ sinh tại\ncác trục đường chính trong xã.\n"
    )
    article = article_of(page)
    assert article.headline.startswith("Thực hiện Công văn số 256-CV/TĐTN")
    assert "hơn 60 đoàn viên" in spoken_text(article)


def test_captions_over_the_next_parts_label_are_not_read() -> None:
    part = "Đoàn xã {x}:\n\nBan chấp hành Đoàn xã {x} tổ chức cho gần 100 đoàn viên ra quân dọn vệ sinh đường làng và"
    part += " khu vực chợ, tham gia hưởng ứng ngày Chủ nhật xanh.\n\nĐoàn viên xã {x} tham gia dọn vệ sinh hưởng ứng"
    part += " ngày Chủ nhật xanh\n\n"
    parts = part.format(x="Quảng Phú") + part.format(x="Xuân Quang")
    page = f"{TITLE}\n\n{LEAD}\n\n{parts}Đoàn thị trấn:\n\n{MORE}"
    said = spoken_text(article_of(page))
    assert "tham gia dọn vệ sinh hưởng ứng" not in said and "Đoàn xã Xuân Quang" in said


def test_related_titles_glued_into_one_line_are_not_read() -> None:
    glued = (
        "Cầm 4 triệu đồng, nhóm bạn đi từ Hà Nội vào Nam rồi ‘oanh tạc’ Mũi Né9x xinh đẹp đi hết 15 điểm ở Ninh"
        " Thuận chỉ trong 4 ngày, thu về kho ảnh đẹp nức nở’Tan chảy’ trước bộ ảnh của gia đình ở Đà Lạt: Hạnh phúc!"
    )
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{glued}\n\n{BODY}\n"))
    assert "oanh tạc" not in said and BODY in said


def test_a_poems_title_in_capitals_heads_it_and_no_line_is_the_lead() -> None:
    verses = (
        "Đầu tháng sáu ngày mười gặp gỡ\nCác thành viên niềm nở hỏi chào\nThỏa niềm mong ước khát khao\n"
        "Nghĩa tình bè bạn ngọt ngào thân thương\nTừ mọi nẻo đường xa gian khó\nGặp nhau đây gắn bó kết đoàn\n"
        "Buổi đầu còn lắm gian nan\nChung tay góp sức vượt ngàn núi cao.\nChủ nhiệm CLB Thơ phường"
    )
    article = article_of(f"VUI MỪNG GẶP MẶT\n{verses}\n")
    assert article.headline == "VUI MỪNG GẶP MẶT" and article.category is None and article.lead is None


def test_a_help_centres_header_over_its_trail_is_not_the_headline() -> None:
    header = "Công ty cổ phần MISA\nHelp & Support Center\nSearch:\nContents\nDisplay Legacy Contents\nIndexPrint"
    trail = "Home > 5. Khác > Hướng dẫn > Menu Tệp > Mở dữ liệu kế toán"
    text = "Cho phép đăng nhập vào một dữ liệu kế toán để bắt đầu làm việc và hạch toán các nghiệp vụ phát sinh."
    article = article_of(f"{header}\n{trail}\n\nMở dữ liệu kế toán\n\n{text}\n\n1. Vào menu Tệp.\n2. Nhập mật khẩu.\n")
    assert article.headline == "Mở dữ liệu kế toán" and "Help" not in spoken_text(article)


def test_a_menu_of_the_pages_parts_goes_and_the_pages_title_heads_it() -> None:
    top = "Xem ngày trước\nĐIỂM BÁO\nXem ngày kế tiếp\n\nNgày 18 tháng 01 năm 2017\nBẢO VỆ RỪNG\nQUẢN LÝ RỪNG"
    page = f"{top}\nNHÌN RA THẾ GIỚI\n\nBẢO VỆ RỪNG\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.headline == "ĐIỂM BÁO" and article.byline is None and "NHÌN RA THẾ GIỚI" not in spoken_text(article)


def test_a_cut_last_word_is_no_writer() -> None:
    assert article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nThực\n").byline is None


def test_a_heading_over_a_lists_label_is_read() -> None:
    listed = "Trên cùng là khẩu hiệu:\n\n– Cờ Đảng.\n– Cờ Tổ quốc.\n"
    page = f"{TITLE}\n\n{LEAD}\n\nTrang trí lễ kết nạp (nhìn từ dưới lên)\n\n{listed}"
    assert "Trang trí lễ kết nạp" in spoken_text(article_of(page))


def test_a_decisions_kind_and_subject_head_it_under_a_two_line_office() -> None:
    heading = (
        "VIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "---------------\n\nSố: 03/QĐ-VKSTC\n\nHà Nội, ngày 29 tháng 12 năm 2017\n\nQUYẾT ĐỊNH\n\n"
        "VỀ VIỆC BAN HÀNH QUY CHẾ TẠM THỜI CÔNG TÁC KIỂM SÁT\n\n"
    )
    grounds = "Căn cứ Luật tổ chức Viện kiểm sát nhân dân năm 2014;\n\nCăn cứ Bộ luật Tố tụng hình sự năm 2015;\n\n"
    article = article_of(f"{heading}{grounds}Điều 1. Ban hành kèm theo Quyết định này Quy chế tạm thời.\n")
    assert (
        article.headline == "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ TẠM THỜI CÔNG TÁC KIỂM SÁT" and article.byline is None
    )


def test_a_heading_over_the_first_numbered_part_is_no_lead() -> None:
    part = "Hai bên nam, nữ phải trực tiếp đến nộp hồ sơ tại Cơ quan đại diện, mang theo giấy tờ tùy thân."
    page = (
        "Thủ tục đăng ký kết hôn có yếu tố nước ngoài\n\nThủ tục đăng ký kết hôn tại cơ quan đại diện ở nước ngoài\n\n"
        f"1. Đăng ký việc kết hôn giữa hai công dân cùng tạm trú\n\n{part}\n\n"
        f"2. Đăng ký kết hôn với người nước ngoài\n\n{MORE}\n"
    )
    assert article_of(page).lead is None
