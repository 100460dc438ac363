"""Round 124 of reading real pages (issue 21): a betting site's copy of a story, its keywords
stuffed in and its menu of sections; a shop's greeting over its post and its name under the day;
a title in Title Case over the day (no writer); a trail of sections over a post's "Cập nhật:"
stamp; "Curl error:" and a site's name after the title; "Hình2:" captions; a mirror's download
notice; a writer's title and name over the office; a library's record of a thesis; a heading that
quotes the title's subject; the title's picture text in small letters under it."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Lễ hội làng Đông thu hút hàng nghìn du khách"
LEAD = "Lễ hội làng Đông năm nay kéo dài ba ngày với nhiều trò chơi dân gian, thu hút hàng nghìn du khách gần xa."
BODY = "Ban tổ chức cho biết phần lễ gồm rước kiệu, dâng hương và tế thần, còn phần hội có đấu vật, kéo co, bơi chải."
MORE = "Nhiều gia đình đưa con nhỏ đến xem rước kiệu để các cháu hiểu thêm về truyền thống của quê hương mình."


def test_a_betting_sites_copy_loses_its_keywords_menu_and_notices() -> None:
    page = (
        "Thời sự Xây dựng Giao thông Kinh tế Pháp luật w88 link Văn hóa - Giải trí Thể thao Công nghệ Video\n\n"
        f"w88 link vao w88 moi nhat {TITLE}\n\n18/04/2015, 14:45\n\nAnh 2\n\n{LEAD}\n\n{BODY}\n\n"
        "Bạn cần đăng nhập để thực hiện chức năng này!\n\n"
        "Bạn không thể gửi bình luận liên tục. Xin hãy đợi\n60giây nữa.\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == TITLE and article.lead == LEAD
    assert "w88" not in spoken and "Anh 2" not in spoken and "đăng nhập" not in spoken and "giây" not in spoken


def test_a_shops_greeting_and_its_name_under_the_day_are_not_read() -> None:
    title = "Kỹ Thuật Làm Nhà Nuôi Chim Yến"
    page = (
        f"Yến Sào Hoàng Gia Kính Chào Khách Hàng.\n\n{title}\n\n• 30-09-2020\n\nCông Ty YẾN SÀO HOÀNG GIA\n\n"
        "Chim yến thích nơi yên tĩnh, tối và ẩm, nên nhà yến cần xây kín, ít cửa và giữ độ ẩm ổn định quanh năm.\n\n"
        f"{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == title and "HOÀNG GIA" not in spoken_text(article)


def test_a_trail_of_sections_over_a_posts_title_and_its_stamp() -> None:
    title = "Hội làng Đông"
    stamp = "Cập nhật: 09/06/2014 08:40"
    page = f"banner banner banner banner\n\nTin tức Tin tức lễ hội\n\n{title}\n\n{stamp}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and article.category is None and "banner" not in spoken_text(article)


def test_a_scrapers_error_and_a_sites_name_after_the_title_are_not_read() -> None:
    page = f"Curl error: {TITLE} – LeHoiViet\n\n{TITLE}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and "Curl" not in spoken_text(article)


def test_a_numbered_picture_caption_with_its_number_glued_is_not_read() -> None:
    page = f"{TITLE}\n\nHình2: www.baolang.vn đưa tin về lễ hội\nlàng Đông năm ngoái.\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Hình" not in spoken_text(article)


def test_a_document_mirrors_download_notice_is_not_read() -> None:
    notice = f"Bạn đang xem nội dung tài liệu {TITLE}, để tải tài liệu về máy bạn click vào nút DOWNLOAD ở trên"
    assert "DOWNLOAD" not in spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{notice}\n\n{BODY}\n"))


def test_a_writers_title_and_name_over_the_office_are_the_byline() -> None:
    page = f"{TITLE}\n\n   KS. Đỗ Văn Hải\nTrung tâm ứng dụng KH&CN\n\nI./ Phần lễ\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.byline == "Đỗ Văn Hải" and "Trung tâm" not in spoken and "Đỗ Văn Hải" not in spoken


def test_a_librarys_record_of_the_work_under_its_title_is_not_read() -> None:
    title = "Thực trạng bảo tồn lễ hội làng Đông năm 2013"
    page = f"{title}\n{title}/ Nguyễn Thị Hồng Nhung. 2014\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Nhung" not in spoken_text(article)


def test_a_heading_quoting_the_titles_subject_is_read() -> None:
    title = "Lễ hội làng Đông bị hủy giữa chừng: Nguyên nhân và cách xử lý"
    heading = "Tổng quan về hiện tượng “Lễ hội làng Đông bị hủy giữa chừng”"
    page = (
        f"{title}\n\nHiện tượng lễ hội làng Đông bị hủy giữa chừng khiến nhiều du khách thất vọng và bức xúc.\n\n"
        f"{heading}\n\nLễ hội làng Đông bị hủy giữa chừng là khi ban tổ chức dừng các trò chơi dù khách vẫn đông.\n\n"
        f"{MORE}\n"
    )
    assert heading in [s.title for s in article_of(page).sections]


def test_the_titles_picture_text_in_small_letters_is_not_joined_to_it() -> None:
    title = "Giới thiệu lễ hội làng Đông (Hà Nội)"
    table = "Trò chơi\nNơi chơi\nSố người\nGhi chú\n" + "".join(
        f"{game}\n{place}\n{people}\n{note}\n"
        for game, place, people, note in (
            ("Đấu vật", "sân đình", "hai người", "Thắng khi đối thủ ngã ngửa"),
            ("Kéo co", "bãi trước đình", "hai đội", "Mỗi đội mười người"),
            ("Bơi chải", "sông làng", "năm đội", "Đua ba vòng quanh bãi"),
        )
    )
    page = f"{title}\n\nlễ hội làng đông (Hà Nội).\n\n{LEAD}\n\nDưới đây là các trò chơi chính.\n{table}"
    assert article_of(page).headline == title
