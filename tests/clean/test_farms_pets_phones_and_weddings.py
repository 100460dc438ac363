"""Round 63 of reading real pages (issue 21): shrimp farms, pet clinics, phone blogs and a forum,
wedding services. A table of contents without its header, "☞ Xem thêm:", a forum poster's name
as a heading, an "ADVERTISEMENT" label, a shop's ticked tagline over a "[Chi Tiết]" title and a
last line of advice that begins "Theo dõi"."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Lịch tiêm phòng cho chó con theo từng tháng tuổi"
LEAD = "Tiêm phòng đúng lịch giúp chó con tránh được nhiều bệnh truyền nhiễm nguy hiểm."
BODY = "Mũi đầu tiên thường được tiêm khi chó con được khoảng sáu đến tám tuần tuổi."


def test_a_table_of_contents_without_its_header_is_not_read() -> None:
    items = ["1. Vì sao cần tiêm phòng?", "2. Lịch tiêm cho chó con", "3. Những lưu ý sau khi tiêm"]
    page = (
        f"{HEAD}\n{LEAD}\n"
        + "\n".join(items)
        + f"\n1. Vì sao cần tiêm phòng?\n{BODY}\n2. Lịch tiêm cho chó con\n{BODY}"
    )
    assert spoken_text(article_of(page)).count("Lịch tiêm cho chó con") == 1


def test_a_pointed_see_also_link_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n☞ Xem thêm: Bệnh dại ở chó là gì?\n\n{BODY}"
    assert "Xem thêm" not in spoken_text(article_of(page))


def test_a_forum_posters_name_as_a_heading_is_the_byline() -> None:
    article = article_of(f"{HEAD}\n\n## minhtuan\n\n{LEAD}\n\n{BODY}")
    assert article.byline == "minhtuan" and "minhtuan" not in spoken_text(article)


def test_an_advertisements_label_is_not_read() -> None:
    opening = (
        "Điện thoại tầm giá ba triệu đồng hiện nay có những gương mặt sáng giá như Samsung Galaxy A05,"
        " Oppo A18, Xiaomi Redmi 13C, Nokia C32 và Realme C53."
    )
    after = "Nhìn lướt qua danh sách, đa số bạn đọc sẽ dừng lại ở Samsung nhờ danh tiếng của hãng trong nhiều năm qua."
    spoken = spoken_text(article_of(f"{opening}\nADVERTISEMENT\n{after}\n{after}"))
    assert "dvertisement" not in spoken.lower()


def test_a_shops_ticked_tagline_is_not_the_headline_and_a_detail_label_goes() -> None:
    tagline = "Cửa hàng thú cưng uy tín ✓ Hàng chính hãng ✓ Giao nhanh ✓ Tư vấn miễn phí"
    article = article_of(f"Pet Shop Minh An\n\n{tagline}\n\n[Chi Tiết] {HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD) and "✓" not in spoken_text(article)


def test_advice_to_watch_closing_the_article_is_read() -> None:
    advice = "Theo dõi sau tiêm 24-48 giờ để phát hiện phản ứng (nếu có): sốt, sưng da, buồn nôn…"
    assert "Theo dõi sau tiêm" in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{advice}"))


def test_an_invitation_to_follow_the_page_still_goes() -> None:
    invitation = "Theo dõi fanpage của chúng tôi để nhận thêm nhiều thông tin hữu ích"
    assert "fanpage" not in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{invitation}"))
