"""Round 69 of reading real pages (issue 21): rice cooker guides, a town portal with a visit
counter, a travel guide, a classifieds page, health pages, travel blogs. Letters a page pairs or
lists are never taken for its words, a counter does not hide the page's date, a short title under
a section label heads the page, and a portrait's caption, a blogger's own photos and a message
button are not read."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

LEAD = "Nồi cơm điện dùng lâu ngày hay gặp vài lỗi nhỏ mà người dùng có thể tự sửa ở nhà."
BODY = "Nồi cơm điện không nóng thường do dây cắm lỏng hoặc cầu chì đã đứt sau nhiều năm dùng."
MORE = "Nồi cơm điện nhảy nấc sớm thường do rơ le nhiệt đã cũ, chỉ cần thay rơ le mới."


def test_paired_letters_are_not_taken_for_the_pages_words() -> None:
    contacts = "Hãy kiểm tra công tắc có hai tiếp điểm NC và NO xem còn tiếp xúc không."
    said = spoken_sentences(f"Sửa nồi cơm điện tại nhà\n\n{LEAD}\n\n{BODY} {contacts}\n\n{MORE}")
    assert any("tiếp điểm en xê và en o" in s for s in said)


def test_a_list_of_vitamin_letters_is_not_taken_for_the_pages_words() -> None:
    vitamins = "Mật ong có vitamin B1, B2, E, PP, K. Phương pháp này đơn giản. Phương pháp khác thì khó."
    said = " ".join(spoken_sentences(f"Mật ong chữa ho\n\n{LEAD}\n\n{vitamins}\n\n{BODY}"))
    assert "pê pê" in said and "e, phương pháp" not in said


def test_a_visit_counter_does_not_hide_the_pages_date() -> None:
    counter = "Truy cập\n\nHôm nay:\n1\nHôm qua:\n0\nTuần này:\n1\nTháng này:\n0\nTất cả:\n198031"
    page = f"{counter}\n\nLễ hội đền làng năm nay\n\nNgày 22/02/2024 22:48:48\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert article.published == "2024-02-22T22:48:48" and "hai mươi hai giờ" not in " ".join(spoken_sentences(page))


def test_a_short_title_under_a_section_label_heads_the_page() -> None:
    text = " ".join([LEAD, BODY, MORE] * 3)
    article = article_of(f"Điểm di tích\n\nĐền Kim Liên\n\n{text}")
    assert article.headline == "Đền Kim Liên" and article.category == "Điểm di tích"


def test_a_portraits_caption_with_a_stop_is_not_read() -> None:
    opening = "TS. Nguyễn Văn Tâm - Giám đốc bệnh viện gợi ý một số cách giữ ấm cho trẻ nhỏ trong mùa đông."
    page = f"Giữ ấm cho trẻ mùa đông\n\n{opening}\n\nTS. Nguyễn Văn Tâm.\n\n{BODY}\n\n{MORE}"
    assert "Tiến sĩ Nguyễn Văn Tâm." not in spoken_sentences(page)


def test_a_bloggers_own_photos_are_not_read() -> None:
    page = f"Ba ngày ở miền Tây\n\n{LEAD}\n\nHình tui\n\nVà hình bạn tui, huhu\n\n{BODY}\n\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "hình tui" not in spoken.lower() and BODY in spoken


def test_a_message_button_with_a_phone_number_is_not_the_headline() -> None:
    page = f"Gửi Tin Nhắn 0912345678\n\nTuyển nhân viên bán hàng tại cửa hàng\n\n{LEAD}\n\n{BODY}"
    assert article_of(page).headline == "Tuyển nhân viên bán hàng tại cửa hàng"


def test_a_short_heading_under_an_opening_paragraph_is_its_first_part_not_the_headline() -> None:
    opening = "Trong dân gian có nhiều cách trị ho cho trẻ bằng cây, quả quen thuộc trong vườn nhà."
    article = article_of(f"{opening}\n\nTrị ho bằng gừng\n\n{BODY}\n\n{MORE}")
    assert article.headline.startswith("Trong dân gian") and article.sections[0].title == "Trị ho bằng gừng"
