"""Round 158 of reading real pages (issue 21): a portal's links box over the title, the update stamp glued to the
title, a table's bars named no section; hashtags alone on their lines; a video page's list of other clips closing
the page; a ward's slogans in capitals parted by asterisks; a caption made of the headline's words; points run
together after their stops; a place in capitals written in words elsewhere."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Xã Vinh Thanh ra quân tổng dọn vệ sinh môi trường ngày chủ nhật"
LEAD = "Sáng nay, cán bộ, giáo viên và nhân dân xã Vinh Thanh đã ra quân dọn vệ sinh trên các tuyến đường chính."
BODY = "Hơn hai trăm người đã tham gia thu gom rác thải, phát quang bụi rậm và khơi thông cống rãnh trong thôn."
MORE = "Hoạt động nhằm nâng cao ý thức bảo vệ môi trường của người dân trên địa bàn xã trong thời gian tới."


def test_a_portals_links_box_and_the_titles_update_stamp_are_not_read() -> None:
    page = (
        f"|\nLiên kết website\nSở, Ban, Ngành UBND Huyện, Thị xã, Thành phố\n| | |\n{TITLE} Ngày cập nhật 24/05/2022\n"
    )
    article = article_of(f"{page}{LEAD}\n{BODY}\n")
    assert article.headline == TITLE and article.published == "2022-05-24"
    assert "Sở, Ban, Ngành" not in spoken_text(article) and article.category is None


def test_hashtags_alone_on_their_lines_are_not_read() -> None:
    article = article_of(f"{TITLE}\n{LEAD}\n{BODY}\n\\#NgàyChủNhậtXanh\n\\#VinhThanhVìMôiTrường\n{MORE}\n")
    said = spoken_text(article)
    assert "NgàyChủNhậtXanh" not in said and "VìMôiTrường" not in said and MORE in said


def test_other_clips_titles_closing_the_page_are_not_read() -> None:
    clips = (
        "Quán triệt sách của Tổng Bí thư về ngoại giao và đại đoàn kết\n\n"
        "Sẽ sắp xếp, sát nhập 50 huyện và hơn 1.200 xã trong cả nước\n\n"
        "Alo Chào buổi sáng - VTV1 - 29/02/2024 - Rủi ro dụ dỗ, lôi kéo đầu tư tiền ảo"
    )
    body = f'{LEAD} {BODY} {MORE} Như lời Bác dạy: "Đoàn kết, đoàn kết, đại đoàn kết".'
    said = spoken_text(article_of(f"{TITLE}\n\n{body}\n\n{clips}\n"))
    assert "Tổng Bí thư" not in said and "Alo" not in said and MORE in said


def test_a_results_list_after_its_label_closing_the_page_is_read() -> None:
    rows = [
        "Hạng nhất: đội thôn Đông với ba mươi hai điểm sau bốn vòng thi",
        "Hạng nhì: đội thôn Tây với hai mươi chín điểm sau bốn vòng thi",
        "Hạng ba: đội thôn Nam với hai mươi sáu điểm sau bốn vòng thi",
    ]
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nKết quả như sau:\n\n" + "\n\n".join(rows) + "\n"))
    assert all(row in said for row in rows)


def test_slogans_in_capitals_parted_by_asterisks_are_not_read() -> None:
    slogans = (
        "NHIỆT LIỆT CHÀO MỪNG NGÀY BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV ***** "
        "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ PHƯỜNG 12 LẦN THỨ XIV"
    )
    article = article_of(f"{slogans}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "NHIỆT LIỆT" not in spoken_text(article)


def test_a_caption_made_of_the_headlines_words_is_not_read() -> None:
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nXã Vinh Thanh ra quân dọn vệ sinh môi trường\n\n{BODY}\n"))
    assert "ra quân dọn vệ sinh môi trường" not in said.split(LEAD)[1] and BODY in said


def test_the_headlines_quotation_heading_a_part_is_read() -> None:
    title = "Lễ trao bằng thạc sỹ 2022: Hãy giữ trái tim nóng và cái đầu lạnh"
    said = spoken_text(
        article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n\n‘Hãy giữ trái tim nóng và cái đầu lạnh’\n\n{MORE}\n")
    )
    assert said.count("trái tim nóng") == 2


def test_points_run_together_after_their_stops_are_parted() -> None:
    page = (
        "- Hoạt động ngoài giờ lên lớp gắn liền với hoạt động dạy và học, nhằm thực hiện mục tiêu giáo dục toàn diện."
        "- Hướng học sinh vào các hoạt động tập thể có tổ chức.- Các hoạt động nhằm củng cố, nâng cao kiến thức.\n"
    )
    article = article_of(page)
    assert article.headline.endswith("mục tiêu giáo dục toàn diện")
    assert article.lead is not None and article.lead.startswith("Hướng học sinh")


def test_a_place_in_capitals_written_in_words_elsewhere_is_said_as_words() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nTRƯỜNG TIỂU HỌC LÊ LỢI (EA KAR, ĐẮK LẮK) TỔNG KẾT NĂM HỌC\n\n"
        f"Trường Tiểu học Lê Lợi ở huyện Ea Kar đã tổng kết năm học.\n\n{BODY}\n"
    )
    spoken = " ".join(spoken_sentences(page)).lower()
    assert "ea kar, đắk lắk" in spoken and "ca a e rờ" not in spoken
