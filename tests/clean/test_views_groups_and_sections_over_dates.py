"""Round 155 of reading real pages (issue 21): captions of a whole view, of people at that moment, of a performance
placed at its event, of a person named in small letters, of a group echoing the paragraph above and of someone
standing "(phải)"; the title with its writer glued on; the site's banner and section over a labelled date; a date
typed "22.10 2024"; a faith's school named after "hệ phái"."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Trường mầm non tổ chức ngày hội đến trường của bé năm học mới"
LEAD = "Sáng nay, trường mầm non của phường đã tổ chức ngày hội đến trường cho hơn ba trăm bé và phụ huynh."
BODY = "Buổi lễ có sự tham dự của các đồng chí lãnh đạo phường Phù Liễn cùng đông đảo phụ huynh học sinh của trường."
MORE = "Cô hiệu trưởng gửi lời chúc mừng đến các bé và cảm ơn phụ huynh đã luôn đồng hành cùng nhà trường."


def _between(line: str) -> str:
    return spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{line}\n\n{MORE}\n"))


def test_a_whole_view_is_a_caption_stop_or_none() -> None:
    said = _between("Toàn cảnh Lễ Khai giảng tại Trường Mầm non Hoa Mai rực rỡ cờ hoa, sắc màu và tiếng cười trẻ thơ.")
    assert "Toàn cảnh" not in said and MORE in said


def test_people_at_that_moment_are_a_caption() -> None:
    said = _between("Các đại biểu đang nghe diễn văn ôn lại truyền thống hình thành và phát triển của Hội người mù")
    assert "diễn văn" not in said and MORE in said


def test_a_performance_placed_at_its_event_is_a_caption_with_its_stop() -> None:
    said = _between("Một tiết mục tham gia biểu diễn tại Giao lưu hát Then, đàn Tính toàn quốc lần thứ IV.")
    assert "Một tiết mục" not in said


def test_a_person_named_in_small_letters_under_a_picture_is_a_caption() -> None:
    said = _between("cô Hoàng Thị Thùy Ly- Bí thư chi đoàn giáo viên phát động hưởng ứng tháng an toàn giao thông.")
    assert "Thùy Ly" not in said and MORE in said


def test_a_group_captioned_with_the_paragraphs_words_is_not_read() -> None:
    said = _between("Các đồng chí lãnh đạo phường Phù Liễn tham dự và chúc mừng năm học mới.")
    assert "chúc mừng năm học mới" not in said and BODY in said


def test_a_sentence_that_repeats_the_paragraph_above_is_read() -> None:
    line = "Người được cấp thẻ căn cước là công dân Việt Nam."
    above = "Theo luật mới, người được cấp thẻ căn cước là công dân Việt Nam từ đủ mười bốn tuổi trở lên."
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{above}\n\n{line}\n\n{MORE}\n"))
    assert line in said


def test_someone_standing_on_the_right_is_a_caption_never_the_headline() -> None:
    caption = "Ông Trần Văn Chung (phải), Giám đốc hợp tác xã nông nghiệp Phát Tài đưa lúa giống vào nhà kho"
    article = article_of(f"{caption}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert "Trần Văn Chung" not in spoken_text(article)


def test_a_title_with_its_writer_glued_on_over_the_title_and_the_writer() -> None:
    title = "Thánh lễ Tạ Ơn tại Hội Thánh Tin Lành Giám Lý Việt Mỹ"
    article = article_of(f"{title} -Đào Hiếu Thảo\n\n{title}\n\n      Đào Hiếu Thảo\n\n{LEAD}\n\n{BODY}\n")
    assert (article.headline, article.byline, article.lead) == (title, "Đào Hiếu Thảo", LEAD)


def test_the_sites_banner_and_section_over_a_labelled_date_are_not_read() -> None:
    banner = "KỶ NIỆM 70 NĂM NGÀY GIẢI PHÓNG THỦ ĐÔ (10/10/1954 – 10/10/2024)"
    page = f"{banner}\n\nTin tức hoạt động\n\nĐăng ngày: 31/05/2018 - Lượt xem: 87\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert (article.headline, article.lead, article.category) == (TITLE, LEAD, "Tin tức hoạt động")
    assert article.published == "2018-05-31" and "GIẢI PHÓNG" not in spoken_text(article)


def test_a_title_over_a_labelled_date_keeps_its_place() -> None:
    page = f"{TITLE}\n\nĐăng ngày: 31/05/2018 - Lượt xem: 87\n\n{LEAD}\n\n{BODY}\n"
    assert article_of(page).headline == TITLE


def test_a_date_typed_with_a_dot_and_a_space_is_the_pages_date() -> None:
    page = f"22.10 2024\n\n[Sinh hoạt chuyên đề] {TITLE}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert (article.headline, article.lead, article.published) == (TITLE, LEAD, "2024-10-22")


def test_a_faiths_school_after_he_phai_is_no_leads_start() -> None:
    opening = (
        "Tịnh xá Ngọc Phú được chọn làm trường hạ để chư Ni hệ phái Khất sĩ tập trung cùng tu học, thúc liễm thân "
        "tâm trong ba tháng an cư kiết hạ năm nay."
    )
    article = article_of(f"{opening}\n\n{BODY}\n\n{MORE}\n")
    assert article.headline == opening.removesuffix(".")
