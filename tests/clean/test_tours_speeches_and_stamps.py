"""Round 58 of reading real pages (issue 21): a speech printed under its title; a tour operator's
finder and booking widgets; a links notice; a page's update stamp in brackets; spam lines in
Cyrillic a hacked page carries."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Học sinh xã Kim Lan đạt điểm cao nhất kỳ thi vào lớp 10"
LEAD = "Năm nay, trường có ba mươi hai em đỗ vào các trường công lập, nhiều hơn năm ngoái mười em."
BODY = "Nhà trường tổ chức buổi gặp mặt để khen thưởng các em và cảm ơn các thầy cô đã ôn tập cho lớp 9."


def test_a_speech_under_its_title_keeps_the_title_as_headline() -> None:
    speech = (
        "Kính thưa các vị đại biểu, các thầy cô giáo cùng các bạn học sinh thân mến!\n"
        "Em là học sinh lớp 9B, năm nay em may mắn đạt điểm cao nhất trong kỳ thi vào lớp 10 của huyện."
    )
    title = "Thủ khoa kỳ thi vào lớp 10"
    article = article_of(f"{title}\n\n{speech}\n\n{BODY}")
    assert article.headline == title and "Kính thưa" in spoken_text(article)


def test_a_tour_finders_widgets_are_not_read() -> None:
    widgets = "Tìm Tour\n\nThu gọn\n\nTour ID: NB3N2Đ-0825\n\nChọn thời gian khởi hành\n\nĐặt tour"
    spoken = spoken_text(article_of(f"{widgets}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}"))
    for label in ("Tìm", "Thu gọn", "ID", "khởi hành", "Đặt"):
        assert label not in spoken


def test_a_links_notice_is_not_read() -> None:
    notice = "Những liên kết dưới đây có thể hữu ích với bạn:"
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{notice}"))
    assert "liên kết" not in spoken


def test_a_pages_update_stamp_in_brackets_is_not_read() -> None:
    article = article_of(f"{HEAD}\n\n[ Cập nhật vào ngày (18/11/2019) ]\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD) and "Cập nhật" not in spoken_text(article)


def test_spam_lines_in_cyrillic_are_not_read() -> None:
    spam = "скачать каталог фильмов 2010 бесплатно\nсмотреть онлайн все серии"
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{spam}")
    assert spoken_text(article).endswith(BODY)
