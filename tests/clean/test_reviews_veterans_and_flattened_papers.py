"""Round 61 of reading real pages (issue 21): farming sites, veterans' associations, university
pages, a review site and a document site. Writers parted by a dash over the text, a blog's table of
contents label, a date line with its views glued to the clock under a banner in English, a review
site's score glued to the place's name, a writer's name after a title in capitals and a paper
flattened into one paragraph with its authors before "Tóm tắt:"."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Nông dân xã Tân Lập làm giàu từ nuôi gà đồi"
LEAD = "Sau ba năm nuôi gà thả đồi, nhiều hộ ở xã Tân Lập đã có thu nhập hơn 200 triệu đồng mỗi năm."
BODY = "Mỗi lứa gà nuôi khoảng bốn tháng, được bán cho thương lái trong huyện và các chợ lân cận."


def test_writers_parted_by_a_dash_who_put_it_together_are_the_byline() -> None:
    article = article_of(f"{HEAD}\n\nMinh Hà - Thu Trang (tổng hợp)\n\n{LEAD}\n\n{BODY}")
    assert article.byline == "Minh Hà - Thu Trang" and "Trang" not in spoken_text(article)


def test_a_blogs_table_of_contents_label_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nDanh Mục Bài Viết\n\nChuyện Của Một Trang Trại Nhỏ\n\n{BODY}"
    spoken = spoken_text(article_of(page))
    assert "Danh Mục" not in spoken and "Trang Trại Nhỏ" in spoken


def test_a_banner_in_english_over_the_title_and_a_date_with_views_glued_to_its_clock() -> None:
    head = "Hội thảo chuyển đổi số trong giáo dục nghề nghiệp"
    page = f"CENTER FOR VOCATIONAL EDUCATION STUDIES (CVES)\n{head}\nThứ năm - 12/01/2023 09:412.3040\n{LEAD}\n{BODY}"
    article = article_of(page)
    assert (article.headline, article.lead, article.published) == (head, LEAD, "2023-01-12T09:41")
    assert "CENTER" not in spoken_text(article)


def test_a_review_sites_score_glued_to_the_places_name_is_not_the_headline() -> None:
    review = (
        "Vị trí: ngay cạnh hồ lớn, cổng chính rất dễ tìm. Công viên rộng, nhiều cây xanh và có nhiều trò chơi"
        " cho trẻ nhỏ. Giá vé vào cửa là 20k một người."
    )
    article = article_of(f"Công viên Hòa Bình\n\n7.8Công viên Hòa Bình{review}")
    assert article.headline == "Công viên Hòa Bình" and "bảy chấm tám" not in spoken_text(article)
    assert spoken_text(article).count("Công viên Hòa Bình") == 1


def test_a_writers_name_after_a_title_in_capitals_is_the_byline() -> None:
    title = "ĐẠI ĐỘI 3 THANH NIÊN XUNG PHONG HỌP MẶT TRUYỀN THỐNG NĂM 2024"
    article = article_of(f"{title} – Minh Tâm\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.byline) == (title, "Minh Tâm")
    assert "Minh Tâm" not in spoken_text(article)


def test_a_title_in_capitals_with_a_dash_inside_keeps_its_words() -> None:
    title = "HỘI THAO CÔNG NHÂN – VIÊN CHỨC NĂM 2024 – Ngày hội của người lao động"
    assert article_of(f"{title}\n\n{LEAD}\n\n{BODY}").headline == title


def test_a_flattened_papers_authors_before_its_summary_are_not_read() -> None:
    abstract = (
        "Bài viết phân tích thực trạng chuyển đổi số tại một trường đại học kỹ thuật, chỉ ra thuận lợi"
        " và khó khăn, từ đó đề xuất một số giải pháp cho giai đoạn tới."
    )
    page = (
        "Chuyển đổi số ở một trường đại học kỹ thuật\n\nXem mẫu\n\n"
        f"1. Trần Văn An Lê Thị Bình Trường Đại học Kỹ thuật Miền Trung Tóm tắt: {abstract}\n\n{BODY}"
    )
    article = article_of(page)
    assert article.lead == abstract and "Xem mẫu" not in spoken_text(article)
