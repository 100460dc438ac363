"""Round 62 of reading real pages (issue 21): clinics, shops, travel and driving-school sites,
growers' blogs and a content farm. A picture in Markdown whose address holds brackets, an icon's
class name on the date line, a procedure's approval line, "Viết bởi Admin", a title given only
after "Bạn đang đọc:", a blog's "03:27 CH @ Thứ Tư - ..." date, an agency's credit closing a
caption, hashtags and a Zalo number, a shop's opening hours and basket, an acronym defined after a
dash and a company's "Co. Ltd."."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Nông dân xã Tân Lập thu hoạch sầu riêng sớm"
LEAD = "Năm nay nhiều nhà vườn ở xã Tân Lập thu hoạch sầu riêng sớm hơn mọi năm khoảng hai tuần."
BODY = "Giá sầu riêng tại vườn dao động từ 60.000 đến 80.000 đồng mỗi ki lô gam tùy loại."


def test_a_markdown_picture_whose_address_holds_brackets_is_not_read() -> None:
    page = f"![](/portal/Photos/2025-02-12/anh%20(1).jpg)\n{HEAD}\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert article.headline == HEAD and "portal" not in spoken_text(article)


def test_an_icons_name_under_the_date_leaves_a_date_line() -> None:
    page = f"{HEAD}\n\nNgày xuất bản: 10/07/2022\nicon-toc-mobile\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert (article.lead, article.published) == (LEAD, "2022-07-10") and "icon" not in spoken_text(article)


def test_a_procedures_approval_line_is_not_the_lead() -> None:
    scope = "Hướng dẫn thu hoạch sầu riêng áp dụng cho toàn bộ nhà vườn trong xã"
    approval = "Người thẩm định: Trưởng ban Kỹ thuật Người phê duyệt: Nguyễn Văn An Ngày hiệu chỉnh: 16/12/2020"
    article = article_of(f"{HEAD}\n\n{scope}\n\n{approval}\n\n{LEAD}\n\n{BODY}")
    assert "thẩm định" not in spoken_text(article)


def test_written_by_under_the_headline_is_the_byline() -> None:
    article = article_of(f"{HEAD}\nViết bởi Admin\n{LEAD}\n\n{BODY}")
    assert article.byline == "Admin" and "Viết bởi" not in spoken_text(article)


def test_the_title_after_you_are_reading_heads_the_article() -> None:
    title = "Bảng giá niềng răng mới nhất cho học sinh"
    page = f"{LEAD}\nBạn đang đọc: {title}\n1. Tổng quan\n{BODY}"
    article = article_of(page)
    assert article.headline == title and article.lead == LEAD and "đang đọc" not in spoken_text(article)


def test_a_blogs_clock_with_its_half_of_the_day_and_an_at_sign_is_the_date() -> None:
    page = f"{HEAD}\n\n03:27 CH @ Thứ Tư - 01 Tháng Mười Một, 2023\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert article.published == "2023-11-01T15:27" and "CH" not in spoken_text(article)


def test_a_caption_closed_by_an_agencys_credit_is_not_read() -> None:
    caption = (
        "Ông Trần Văn Hai, Giám đốc Công ty CP Tân Lập và bà Lê Thị Ba, Giám đốc công ty TNHH xuất nhập khẩu"
        " Bình Minh ký kết hợp đồng phân phối độc quyền sản phẩm. Nguồn: ITN"
    )
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{BODY}"))
    assert "ký kết" not in spoken and "ITN" not in spoken


def test_hashtags_and_a_zalo_number_are_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n#sauzieng #nongnghiep #vuonnha\n\nZALO: 0366.282.656\n\n{BODY}"
    spoken = spoken_text(article_of(page))
    assert "#" not in spoken and "0366" not in spoken and "ZALO" not in spoken


def test_a_shops_opening_hours_and_basket_are_not_the_headline() -> None:
    page = f"Giờ mở cửa từ 7:00 đến 22:00 hàng ngày\nMy Cart\n0\n\n{HEAD}\n\n{LEAD}\n\n{BODY}"
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD) and "Cart" not in spoken_text(article)


def test_an_acronym_defined_after_a_dash_is_read_as_its_words() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n"
        "Bệnh viện giám sát các ca nhiễm khuẩn (gọi tắt là nhiễm khuẩn bệnh viện – NKBV) mỗi tuần.\n\n"
        "Dữ liệu NKBV được báo cáo cho Sở Y tế."
    )
    said = spoken_sentences(page)
    assert said[-1] == "Dữ liệu nhiễm khuẩn bệnh viện được báo cáo cho Sở Y tế."
    assert "nhiễm khuẩn bệnh viện, mỗi tuần" in said[-2] and "en ca" not in said[-2]


def test_a_companys_co_ltd_does_not_end_the_sentence() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nCông ty PHAIBOUN IM&EX Co. Ltd. và Công ty Bình Điền ký kết hợp tác."
    assert any("Co. Ltd. và Công ty Bình Điền" in s for s in spoken_sentences(page))
