"""Round 64 of reading real pages (issue 21): Korean language schools, motorbike garages, acne
clinics, appliance repairers. A first sentence that heads the page is not cut before a name
("máy giặt Toshiba", "tiếng Hàn", "tới Tiến sĩ"); a "Home »" trail over the title; a page box's
code name ("bar01"); a plugin's "Contents" whose items were lost; "Được đăng bởi ... vào ngày ...";
a lone "Bởi"; "Đã cập nhật <date>"; a picture's unaccented alt text glued to its caption."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Lịch khai giảng các lớp tiếng Hàn tháng này"
LEAD = "Trung tâm mở thêm ba lớp sơ cấp buổi tối cho người đi làm muốn học tiếng Hàn."
BODY = "Mỗi lớp có không quá mười lăm học viên và học ba buổi mỗi tuần tại cơ sở chính."
MORE = "Học viên được kiểm tra đầu vào miễn phí trước khi xếp lớp theo trình độ."


def test_a_first_sentence_is_not_cut_before_a_name_the_text_uses_again() -> None:
    opening = (
        "Bạn đang gặp lỗi E21 trên máy giặt Toshiba khi màn hình nhấp nháy và máy không chạy? "
        "Đây là lỗi thường gặp ở dòng máy giặt Toshiba cửa ngang."
    )
    body = "Trước hết hãy kiểm tra xem cửa máy giặt Toshiba đã đóng thật chặt hay chưa rồi bật lại máy."
    article = article_of(f"{opening}\n\n{body}\n\n{body}")
    assert "Toshiba khi màn hình" in article.headline and not (article.lead or "").startswith("Toshiba")


def test_a_first_sentence_is_not_cut_after_the_word_for_a_language() -> None:
    opening = (
        "Cuối tuần rảnh rỗi nên mình kể chuyện đi học tiếng Hàn ở trung tâm để các bạn tham khảo. "
        "Mỗi nơi có cái hay và cái dở riêng, hy vọng giúp các bạn chọn được chỗ học phù hợp."
    )
    article = article_of(f"{opening}\n\nTrung tâm thứ nhất\n\n{BODY}\n\n{MORE}")
    assert "tiếng Hàn ở trung tâm" in article.headline


def test_a_home_trail_over_the_title_is_not_read() -> None:
    title = "Hợp Đồng Điều Trị Mụn | Bảng Giá Trị Mụn Tại Spa Hoa Mai"
    article = article_of(f"Home » {title}\n\n{title}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == title and "Home" not in spoken_text(article)


def test_a_page_boxs_code_name_is_not_the_lead() -> None:
    article = article_of(f"{HEAD}\n\nbar01\n\n{LEAD}\n\nbar02\n\n{BODY}")
    assert article.lead == LEAD and "bar0" not in spoken_text(article)


def test_a_plugins_contents_header_without_its_items_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nContents\n\nBao lâu thì nên thay nhớt?\n\n{BODY}\n\n{MORE}"
    assert "Contents" not in spoken_text(article_of(page))


def test_who_posted_it_and_when_is_the_byline() -> None:
    article = article_of(f"{HEAD}\n\nĐược đăng bởi Phòng khám An Khang vào ngày 12/03/2023\n\n{LEAD}\n\n{BODY}")
    assert article.byline == "Phòng khám An Khang" and "đăng bởi" not in spoken_text(article)


def test_a_writers_label_whose_name_was_lost_and_an_update_date_are_not_read() -> None:
    article = article_of(f"{HEAD}\n\nĐã cập nhật 5 tháng 9 năm 2021\n\nBởi\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.published == "2021-09-05" and article.category is None
    assert "Bởi" not in spoken_text(article)


def test_a_pictures_unaccented_alt_text_glued_to_its_caption_is_not_read() -> None:
    caption = "cach kich hoat tai khoan dinh danh muc 2 tren dien thoai Cách kích hoạt tài khoản mức 2"
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{BODY}"))
    assert "kich hoat" not in spoken and "Cách kích hoạt" not in spoken
