"""Round 57 of reading real pages (issue 21): a mirror site's keyword titles and its "Bạn đang xem
bài viết" notice; a paper's starred section banner over the title; an outlet's or a topic's tag
before a title; a comment box's wait notice and a "Top" link; a table's introducing sentence; a
first line wrapped before its sentence's last words."""

from __future__ import annotations

from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_text

HEAD = "Nông dân nuôi gà sao trên mảnh vườn một nghìn mét vuông"
LEAD = "Chỉ với mảnh vườn nhỏ sau nhà, anh Hai Lực ở Tiền Giang mỗi năm thu về hơn hai trăm triệu đồng từ gà sao."
BODY = "Anh kể những năm đầu nuôi gà tàu, vịt đẻ rồi heo thịt nhưng đều thất bại vì giá cả bấp bênh và dịch bệnh."


def test_a_mirror_sites_keyword_title_gives_its_title_and_its_notice_is_not_read() -> None:
    seo = f"Xu Hướng 6/2023 # {HEAD} # Top 15 View | Mirror-site.edu.vn"
    notice = f"Bạn đang xem bài viết {HEAD} được cập nhật mới nhất trên website Mirror-site.edu.vn. Hy vọng bạn thích."
    article = article_of(f"{seo}\n\n{notice}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD) and "Xu Hướng" not in spoken_text(article)


def test_a_line_of_nothing_but_keywords_is_not_read() -> None:
    seo = "Top 11 # Xem Nhiều Nhất Quán Gà Sao Mới Nhất 5/2023 # Top Like | Mirror.com"
    article = article_of(f"{seo}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and "Top" not in spoken_text(article)


def test_a_sections_starred_banner_over_the_title_is_not_read() -> None:
    banner = (
        "Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\nCHUYÊN TRANG\nCÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n"
        "CHƯƠNG TRÌNH 1719 * NÔNG THÔN MỚI * GIẢM NGHÈO BỀN VỮNG\n"
    )
    article = article_of(f"{banner}\n{HEAD}\n\nThanh Nguyên - 19:53, 31/10/2023\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert "CHƯƠNG TRÌNH" not in spoken_text(article)


def test_an_outlets_or_a_topics_tag_before_the_title_is_not_read() -> None:
    for tag in ("(TTV)", "[Tiền phong]", "[Hàn Quốc]"):
        assert article_of(f"{tag} {HEAD}\n\n{LEAD}\n\n{BODY}").headline == HEAD


def test_a_comment_boxs_wait_notice_and_a_top_link_are_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nTop\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa."
    spoken = spoken_text(article_of(page))
    assert "bình luận" not in spoken and "giây nữa" not in spoken and "Top" not in spoken


def test_the_sentence_introducing_a_table_is_read() -> None:
    table = (
        "Công ty Điện lực | Ngày | Từ | Đến | Khu vực |\n"
        "Thanh Trì | 23/05/2019 | 04:00 | 10:00 | Một phần thôn Tả Thanh Oai |\n"
        "Gia Lâm | 23/05/2019 | 06:00 | 08:00 | Một phần xã Phù Đổng |"
    )
    intro = "EVN HANOI đã có thông báo về lịch cúp điện ngày 22/5 tại Hà Nội, cụ thể như sau"
    head = "Lịch cúp điện 23/5 tại Hà Nội và Bến Tre"
    assert "cụ thể như sau" in spoken_text(article_of(f"{head}\n\n{intro}\n{table}"))


def test_a_first_line_wrapped_before_its_sentences_last_words_is_joined() -> None:
    text = "Các Cơ-đốc nhân đầu tiên không giữ lễ\nGiáng sinh. Ban đầu các Hội Thánh phương đông giữ lễ tháng giêng."
    assert unwrap(text).count("\n") == 0
    heading = "Chương một: Những ngày đầu tiên của hội thánh\nTS. Nguyễn Văn An kể lại những năm tháng ấy."
    assert unwrap(heading).count("\n") == 1
