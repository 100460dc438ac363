"""Round 33 of reading real pages (issue 21): trails without spaces or with long crumbs, a site's
slogan over its trail, a section's label printed again, a topic label, a date line with a comma
before its clock, file names and camera names glued to text, captions under file names and in a
series, a caption under a summary, a gallery's title in capitals, related teasers, a link to the
original, a writer's label, a sentence glued to the next at its stop, and a lead that opens a
list."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.clean.trailing_menus import is_menu

from .pages import article_of, spoken_text

HEAD = "Xã tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới"
LEAD = "Chiều nay, tại hội trường xã, hội nghị tổng kết công tác năm đã diễn ra với đông đủ các đại biểu."
BODY = "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả thực hiện nhiệm vụ và thảo luận phương hướng năm tới."
MORE = "Phát biểu kết luận, đồng chí Chủ tịch xã đề nghị các ban ngành chủ động xây dựng kế hoạch ngay từ đầu năm."


def test_a_trail_without_spaces_its_label_and_the_sites_slogan_over_it_are_not_read() -> None:
    page = (
        "Bệnh viện đa khoa tỉnh hướng tới sự hài lòng của người bệnh\nTrang chủ >THÔNG BÁO>BÀI TUYÊN TRUYỀN\n"
        f"BÀI TUYÊN TRUYỀN\n5/7/2025 3:33 PM\nPHÒNG CHỐNG BỆNH SỐT XUẤT HUYẾT\n{LEAD}\n{BODY}"
    )
    article = article_of(page)
    assert article.headline == "PHÒNG CHỐNG BỆNH SỐT XUẤT HUYẾT"
    assert article.category == "BÀI TUYÊN TRUYỀN" and article.byline is None
    assert "Trang chủ" not in spoken_text(article) and "hài lòng" not in spoken_text(article)


def test_a_trail_with_long_crumbs_between_arrows_is_not_the_headline() -> None:
    page = f"Sinh viên đang học  »  Kiến thức y tế học đường  »  Phổ biến kiến thức\n{HEAD}\n{LEAD}\n{BODY}"
    assert article_of(page).headline == HEAD


def test_a_topic_label_and_a_date_line_with_a_comma_before_its_clock() -> None:
    page = f"Topic: NGÀY SÁCH VIỆT NAM\n{HEAD}\n21/04/2024, 10:38{LEAD}\n{BODY}"
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert article.category == "NGÀY SÁCH VIỆT NAM" and article.published == "2024-04-21T10:38"


def test_picture_file_names_and_the_captions_beside_them_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nz5035764530815_7e861ceee1d6a300f94eacbe80fa5bda.jpg\n"
        "Đồng chí Phó Chủ tịch xã thông qua báo cáo công tác chỉ đạo, điều hành của Ủy ban nhân dân xã\n\n"
        f"{BODY}\n\nCác cụ cao tuổi trong làng làm lễ tại đình\nz4303512452292_3206bc8c16aaf0c25ced63cf01c87eae.jpg\n"
        f"Đại diện lãnh đạo địa phương\n\n{MORE}\n\nTrao giải cho các em học sinh.DSC06921"
    )
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE, "Trao giải cho các em học sinh.")


def test_a_caption_opening_like_a_credited_one_is_a_caption_too() -> None:
    credited = "Lãnh đạo Liên đoàn Lao động thành phố tặng quà cho người lao động khó khăn. Ảnh: Thanh Vũ"
    series = "Lãnh đạo Liên đoàn Lao động thành phố tặng vé tàu, xe cho người lao động."
    assert clean(f"{HEAD}\n{credited}\n{LEAD}\n{BODY}\n{MORE}\n{series}").blocks == (HEAD, LEAD, BODY, MORE)


def test_a_caption_under_a_summary_is_not_taken_for_the_headline() -> None:
    summary = (
        "Tham gia chương trình có mười lăm tiết mục gồm hát, múa, kịch, dân ca và thể dục dưỡng sinh của hội viên."
    )
    caption = 'Tiết mục thể dục dưỡng sinh "Thái cực kiếm" do các cụ cao tuổi phường Tân Thạnh thể hiện'
    photo = "Ảnh Lễ hội truyền thống làng Mộ Trạch năm 2012"
    for second in (caption, photo):
        article = article_of(f"{summary}\n{second}\n{BODY}\n{MORE}")
        assert article.headline.startswith("Tham gia chương trình") and second not in spoken_text(article)


def test_a_gallery_title_in_capitals_is_the_headline_not_a_menu() -> None:
    assert article_of(f"HÌNH ẢNH NGÀY HỘI ĐỌC SÁCH.\n{LEAD}\n{BODY}").headline == "HÌNH ẢNH NGÀY HỘI ĐỌC SÁCH"
    assert is_menu("NỔI BẬT TRANG CHỦ") and not is_menu("HÌNH ẢNH NGÀY HỘI ĐỌC SÁCH.")


def test_related_teasers_and_a_link_to_the_original_end_the_article() -> None:
    teaser = "Thành đoàn thăm các hợp tác xã Trong năm nay, thành đoàn đã có nhiều hoạt động thiết thực, vận động,..."
    page = f"{HEAD}\n{LEAD}\n{BODY}\nÝ kiến bạn đọc\nNhững tin mới hơn\nNhững tin cũ hơn\n{teaser}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)
    linked = f"{HEAD}\n{LEAD}\n{BODY}\n{MORE}\nXem bản gốc tại đây\n- Công đoàn phường trao quà Tết cho đoàn viên"
    assert clean(linked).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_writers_label_names_the_byline() -> None:
    article = article_of(f"{HEAD}\n{LEAD}\n{BODY}\nTác giả bài viết: A. Tín")
    assert article.byline == "A. Tín" and "Tác giả" not in spoken_text(article)


def test_a_sentence_glued_at_its_stop_is_parted_and_a_lead_opening_a_list_keeps_its_items() -> None:
    first = (
        "Nhằm đẩy mạnh phong trào đọc sách, xây dựng văn hóa đọc trong nhà trường.Vào lúc 8 giờ sáng thứ Sáu"
        " tuần này, thư viện nhà trường tổ chức ngày hội đọc sách gồm các hoạt động:"
    )
    items = "\n".join(
        ["Tuyên truyền ý nghĩa Ngày sách Việt Nam", "Tổ chức cho học sinh trả lời câu hỏi về sách.", "Đọc sách tự do"]
    )
    article = article_of(f"{first}\n{items}\n{MORE}")
    assert article.headline == "Nhằm đẩy mạnh phong trào đọc sách, xây dựng văn hóa đọc trong nhà trường"
    assert article.lead is not None and article.lead.startswith("Vào lúc 8 giờ")
    assert [s.title for s in article.sections] == [None]
    assert article.sections[0].paragraphs[:3] == tuple(items.split("\n"))


def test_a_place_that_is_the_sentences_subject_is_no_location_stamp() -> None:
    said = "Hà Nội - vùng đất kinh kỳ nổi tiếng với nhiều lễ hội lớn độc đáo của đồng bằng."
    assert article_of(f"{HEAD}\n(Sóng trẻ) - {said}\n{BODY}").lead == said


def test_a_paragraph_a_file_name_is_glued_to_keeps_its_text() -> None:
    long = (
        "Đây là một đoạn văn dài nói về kết quả đạt được trong năm qua của xã và các thôn với nhiều chỉ tiêu"
        " vượt kế hoạch đề ra từ đầu năm"
    )
    page = f"{HEAD}\n\n{LEAD}\n\n{long} z123_abc.jpg\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, long, BODY)


def test_a_headline_with_markups_brackets_is_no_trail() -> None:
    headline = 'Tin </title><script>alert(1)</script> ]]> & "ngoặc" đậm'
    assert article_of(f"{headline}\n\n{LEAD}\n\n{BODY}").headline == headline
