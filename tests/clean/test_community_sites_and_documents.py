"""Round 44 of reading real pages (issue 21): overseas community sites and blogs (an "author" date
line, tags, a bare date under a title over the site's menu, links, comment footers, a "Latest
Posts" box), a summary cut short over its paragraph, a caption printed twice, a label over the
title and the writer over the date line, a document viewer's controls, an official document's
heading, a title set over lines above its writer, a picture's alternative text, and a Latin-1
page's "ã" read as "ă"."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.text.legacy import repair

from .pages import article_of, spoken_text

HEAD = "Hội người Việt tổ chức đón Tết cộng đồng tại thủ đô"
LEAD = "Tối qua, hội người Việt đã tổ chức chương trình đón Tết cho hơn năm trăm bà con sinh sống tại thủ đô."
BODY = "Chương trình có các gian hàng ẩm thực, tiết mục văn nghệ và trò chơi dân gian cho các cháu thiếu nhi."
MORE = "Ban tổ chức cho biết chương trình sẽ được duy trì hằng năm để bà con có dịp gặp gỡ nhau."


def test_an_author_date_line_and_the_tags_over_it_are_metadata() -> None:
    page = f"{HEAD}\nTin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG\nauthor25/01/2025 13:20\n\n{LEAD}\n\n{BODY}"
    draft = clean(page)
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2025-01-25T13:20")


def test_a_bare_date_under_the_title_ends_the_sites_menu_and_links_are_not_read() -> None:
    menu = "NPO HỘI NGƯỜI VIỆT\n  • TRANG CHỦ\n  • TIN TỨC\n  • GÓC NHÌN\n  • HOẠT ĐỘNG\n  • GIỚI THIỆU\n"
    link = "* Link đăng ký ghi danh: https://docs.google.com/forms/abc"
    article = article_of(f"{menu}\n{HEAD}\n\n2/1/2022\n\n0 Comments\n\n{LEAD}\n\n{BODY}\n\n{link}\n\n{MORE}")
    assert (article.headline, article.lead, article.published) == (HEAD, LEAD, "2022-01-02")
    assert "docs.google" not in spoken_text(article) and "GÓC NHÌN" not in spoken_text(article)


def test_a_summary_cut_short_over_its_paragraph_is_read_once() -> None:
    cut = " ".join(LEAD.split()[:12])
    assert clean(f"{HEAD}\n{cut}\n\n{LEAD}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)
    opening = "Hội Ái Hữu Quảng Ngãi Hải Ngoại Tổ Chức Tiệc Tất Niên"
    assert clean(f"{opening}\n{opening} Lê Bình {LEAD}\n{BODY}").blocks[0] == opening  # the title stays


def test_a_long_caption_printed_twice_is_not_read() -> None:
    caption = "Quan khách trong ngày khai trương: Nghị viên Nguyễn Tâm, bên trái, Thị trưởng thành phố và các vị dân cử"
    assert clean(f"{HEAD}\n\n{caption}\n\n{caption}\n\n{LEAD}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_a_sites_menu_over_a_title_dated_in_brackets_is_not_read() -> None:
    menu = "Tư vấn\n   Gia đình\n   Công sở\n   Hỏi Đáp EET và Covid\n   Mẫu đơn\nNgười Việt ở EU và TG\n"
    draft = clean(f"{menu}{HEAD} (05/02/2020)\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2020-02-05")


def test_a_label_over_the_title_and_the_writer_over_the_date_line() -> None:
    draft = clean(f"Tin Giáo Hội Hoàn Vũ\n{HEAD}\nVũ Văn An\n18:12 06/08/2018\n{LEAD}\n{BODY}")
    assert (draft.blocks, draft.byline, draft.published) == ((HEAD, LEAD, BODY), "Vũ Văn An", "2018-08-06T18:12")


def test_a_blogs_comment_footer_and_latest_posts_box_are_not_read() -> None:
    footer = "1 comment:\n\nAnonymous said...\n\nLatest Posts\n\nLễ Cúng Thất Nhà Báo Tâm Phương"
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{footer}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_document_viewers_controls_are_not_read() -> None:
    page = f'{HEAD}\n\nKích thước: px\nBắt đầu hiển thị từ trang:\n\nDownload "{HEAD}"\n\nBản ghi\n\n{LEAD}\n\n{BODY}'
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_blogs_note_on_its_audio_is_not_read_and_the_gospels_reference_is() -> None:
    note = "HẰNG TUẦN, BẤM VÀO MỤC AUDIO BÊN PHÍA TAY PHẢI CÁC BẠN ĐỂ NGHE VÀ HỌC HỎI KINH THÁNH"
    gospel = "Khi ấy, Chúa Giêsu thấy đoàn lũ đông đảo, Người đi lên núi và các môn đệ đến gần Người."
    blocks = clean(
        f"{note}\n\nBẢN TIN HÀNG TUẦN SỐ 573\n\nLỄ CÁC THÁNH NAM NỮ\n\n(Mt 5,1-12a)\n\n{gospel}\n\n{BODY}"
    ).blocks
    assert note not in blocks and "(Mt 5,1-12a)" in blocks


def test_an_official_documents_heading_and_its_title_again_in_capitals_are_not_read() -> None:
    title = "Kế hoạch tổ chức cuộc thi sinh viên nghiên cứu khoa học cấp trường"
    heading = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nTRƯỜNG ĐẠI HỌC ĐÔNG Á\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 322/KH-ĐHĐA-NCKH\n\n   Đà Nẵng, ngày 11  tháng  3   năm 2021\n\n"
        "KẾ HOẠCH TỔ CHỨC\n\nCUỘC THI SINH VIÊN NGHIÊN CỨU KHOA HỌC CẤP TRƯỜNG\n\n"
    )
    draft = clean(f"{title}\n\n{heading}{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.byline) == ((title, LEAD, BODY), None)


def test_a_title_set_over_lines_above_its_writer_is_one_headline() -> None:
    title = "Tân Hội Đồng Đại Diện Cộng Đồng\n\nHouston & VPC Nhiệm Kỳ 2020-2023\n\nRa Mắt Đồng Hương"
    page = f"{title}\n\n   Hoàng Minh Thúy\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    headline = "Tân Hội Đồng Đại Diện Cộng Đồng Houston & VPC Nhiệm Kỳ 2020-2023 Ra Mắt Đồng Hương"
    assert (article.headline, article.byline, article.lead) == (headline, "Hoàng Minh Thúy", LEAD)


def test_a_pictures_alternative_text_with_initials_is_not_read() -> None:
    assert clean(f"{HEAD}\n\nVAJ bia phan boi chau\n\n{LEAD}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_a_latin1_pages_tilde_read_as_a_breve_is_repaired_where_the_page_shows_it() -> None:
    page = "Bãi đậu xe không c\u0323n chỗ trống, v\u0301 hôm nay. Hơn năm trăm người đă có mặt, băi cỏ đầy người."
    assert repair(page) == "Bãi đậu xe không còn chỗ trống, vì hôm nay. Hơn năm trăm người đã có mặt, bãi cỏ đầy người."
    assert repair("Tôi đă ăn cơm.") == "Tôi đă ăn cơm."  # no other sign of the encoding: left as it is
