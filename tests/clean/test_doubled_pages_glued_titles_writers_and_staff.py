"""Round 183 of reading real pages (issue 21): youth unions, coconut jam, fishing, seeds, laptops, noodle soup, pests,
e-bikes. A page printing its one paragraph twice, a title run into its first paragraph at a fronted opener, an
anniversary's name in a title, an untitled opening whose colon names a list, a writer's name over a post's short
title, "PV," under the headline, a posting date with its half of the day and views, and a shop's letters and number
are read as the page means them, or not read."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

BODY = "Sợi bánh canh làm từ bột gạo, mềm mà vẫn dai, ăn cùng chả cá chiên và một nắm hẹ xanh thái nhỏ."
MORE = "Nước dùng nấu từ cá biển nên ngọt thanh, không cần xương heo như nhiều nơi khác vẫn làm."


def test_a_page_printing_its_one_paragraph_twice_is_read_once() -> None:
    para = (
        "Bánh canh là món ăn bình dân ở Phú Yên, tuy vậy chủng loại bánh canh ở đây rất phong phú như: bánh canh "
        "bột gạo, bánh canh bột lọc, bánh canh chả cá, bánh canh hẹ, chỉ cần đi một vòng quanh bưu điện thành phố "
        "là đếm được bốn năm quán bánh canh bên vỉa hè, quán nào cũng đông khách từ sáng sớm."
    )
    article = article_of(f"{para}\n{para}\n")
    assert spoken_text(article).count("bánh canh bột lọc") == 1
    assert article.headline == "Bánh canh là món ăn bình dân ở Phú Yên"


def test_a_title_run_into_its_first_paragraph_at_a_fronted_opener() -> None:
    page = (
        "Sôi nổi hoạt động Ngày hội đoàn viên trong Tháng thanh niên tháng 3/2018 Nhằm khơi dậy niềm tự hào về "
        "truyền thống của Đoàn trong cán bộ, đoàn viên thanh niên và tạo phong trào thi đua sôi nổi, các cơ sở Đoàn "
        "đã tổ chức nhiều hoạt động văn hóa, thể thao và tình nguyện trong suốt tháng ba.\n\n"
        f"{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "Sôi nổi hoạt động Ngày hội đoàn viên trong Tháng thanh niên tháng 3/2018"
    assert article.lead is not None and article.lead.startswith("Nhằm khơi dậy")


def test_an_anniversarys_name_in_a_title_does_not_cut_it() -> None:
    title = (
        "Huyện đoàn Tây Giang tổ chức Hội trại thanh niên nhân kỷ niệm 60 năm Ngày thành lập huyện (1963-2023) và 20 "
        "năm tái lập huyện Tây Giang (06/8/2003-06/8/2023)."
    )
    lead = "Thực hiện kế hoạch của Ban Thường vụ Huyện ủy, Huyện đoàn dựng trại cho thanh niên toàn huyện giao lưu."
    article = article_of(f"{title}\n\n{lead}\n\n{BODY}\n")
    assert article.headline.startswith("Huyện đoàn Tây Giang") and "Ngày thành lập huyện" in article.headline
    assert article.lead == lead


def test_a_writers_name_over_a_posts_short_title() -> None:
    text = (
        "Khi rảnh rỗi tôi hay đi câu cá, tôi hay chọn những hồ câu ngoại thành rộng, thoáng và sạch, nhưng quan trọng "
        "là phải có cá lớn để săn."
    )
    article = article_of(f"Nguyễn Văn Nam\nCâu cá...!\n{text}\n{BODY}\n")
    assert article.byline == "Nguyễn Văn Nam" and article.headline == "Câu cá...!"
    assert "Nguyễn Văn Nam" not in spoken_text(article)


def test_pv_under_the_headline_is_the_byline() -> None:
    lead = "Nếu laptop nối với bộ sạc mà không nhận được điện, hãy làm những bước đơn giản dưới đây để xử lý."
    article = article_of(f"10 việc cần làm khi laptop sạc không vào\n\nPV,\n\n{lead}\n\n{BODY}\n")
    assert article.byline == "PV" and article.lead == lead and "PV" not in spoken_text(article)


def test_a_posting_date_with_its_half_of_the_day_and_views_is_not_read() -> None:
    lead = "Thông thường việc sạc pin laptop rất dễ dàng và ai cũng có thể làm được mà không cần hỏi thợ."
    stamp = "Ngày đăng: 23/11/2015 10:40PM | Lượt xem: 2019"
    page = f"Cần làm gì khi laptop sạc không vào điện?\n\n{stamp}\n\n{lead}\n\n{BODY}\n"
    article = article_of(page)
    assert "Lượt xem" not in spoken_text(article) and article.lead == lead
    assert article.published == "2015-11-23T22:40"


def test_a_shops_letters_and_number_are_spelled() -> None:
    said = " ".join(spoken_sentences(f"Cách sửa laptop\n\nSau đây Bk66 hướng dẫn các bạn kiểm tra bộ sạc. {BODY}\n"))
    assert "bê ca sáu mươi sáu" in said
