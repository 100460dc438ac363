"""Round 123 of reading real pages (issue 21): a copied law's heading with its motto on one line;
"In mục lục"; "Bạn đang xem: <title>" naming the title; a bracketed question opening the title; a
reviewer's title and name on two lines and "Chuyên mục"; a translator's line; the title again,
misspelt; captions of scenes ("Hình ảnh ...", people doing something somewhere); a teaser cut
over its paragraph; a menu under the title; a picture's text and caption over a numbered part; a
part's heading in a title's letters under a picture's text; a caption run into the lead."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Kinh nghiệm nuôi cá rô đồng trong ao đất"
LEAD = "Cá rô đồng dễ nuôi, ít bệnh và bán được giá, nên nhiều hộ ở vùng trũng đã chuyển ruộng sang đào ao thả cá."
BODY = "Ao nên sâu từ một mét rưỡi đến hai mét, bờ cao hơn mặt nước để cá không vượt ra ngoài khi trời mưa to."
MORE = "Mỗi ngày cho cá ăn hai lần vào sáng sớm và chiều mát, lượng thức ăn tùy theo sức ăn của đàn cá trong ao."


def test_a_copied_laws_heading_with_its_motto_on_one_line_and_print_controls_are_not_read() -> None:
    page = (
        "Luật chăn nuôi kiểu mới\n\nNgày 19/11 vừa qua, Quốc hội đã thông qua Luật Chăn nuôi với nhiều điểm mới.\n\n"
        "In mục lục\n\nQUỐC HỘI --------\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------\n\n"
        "Luật số: 32/2018/QH14\n\nHà Nội, ngày 19 tháng 11 năm 2018\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam, Quốc hội ban hành Luật Chăn nuôi.\n\n"
        "Luật này quy định về hoạt động chăn nuôi, quyền và nghĩa vụ của tổ chức, cá nhân trong chăn nuôi.\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Hạnh phúc" not in spoken and "QUỐC HỘI" not in spoken and "mục lục" not in spoken
    assert "Luật này quy định" in spoken


def test_the_line_naming_what_the_reader_is_reading_makes_the_first_line_the_title() -> None:
    title = "Luật chăn nuôi kiểu mới"
    page = (
        f"{title}\n\nNgười chăn nuôi phải kê khai số vật nuôi với chính quyền cấp xã\n\n"
        "Ngày 19/11 vừa qua, Quốc hội đã thông qua Luật Chăn nuôi với nhiều quy định mới cho hộ chăn nuôi.\n\n"
        f"Bạn đang xem: {title}\n\n{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    assert article.headline == title and "Bạn đang xem" not in spoken_text(article)


def test_a_bracketed_question_opening_the_title_stays_in_it() -> None:
    page = f"[ Cá rô đồng ăn gì ? ] Thức ăn và cách cho ăn hiệu quả !\n\n{LEAD}\n\n{BODY}\n"
    assert article_of(page).headline.startswith("Cá rô đồng ăn gì? Thức ăn")


def test_a_reviewers_title_over_the_name_and_a_category_label_are_not_read() -> None:
    page = (
        f"{TITLE}\n\nTham vấn chuyên môn : Kỹ sư\nTham vấn y khoa : Bác sĩ\nNguyễn Văn Hùng\n"
        f"Chuyên mục\nThủy sản\nJuly 22, 2019\n\n{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.byline == "Bác sĩ Nguyễn Văn Hùng" and "Nguyễn Văn Hùng" not in spoken
    assert "Chuyên mục" not in spoken


def test_a_translators_line_under_the_title_is_not_read() -> None:
    page = f"{TITLE}\n\nDịch: Admin nuoica.net – Hoàng Nam(12/05/2020)\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Dịch" not in spoken_text(article)


def test_the_title_again_misspelt_in_small_letters_under_it_is_not_read() -> None:
    title = "Hướng dẫn nuôi cá rô đồng trong ao đất"
    page = f"{title}\n\nHướng dẫn nuôi cá rô đòng trong ao đất-online\nRate this post\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and spoken_text(article).count("Hướng dẫn") == 1


def test_captions_of_scenes_are_neither_read_nor_chapters_but_a_gallerys_heading_is() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nHình ảnh người dân Tháp Mười thu hoạch cá rô trên cánh đồng ngập nước\n\n{BODY}\n\n"
        f"Bà con kéo lưới bắt cá rô tại ao nhà ông Tư Hiền\n\n{MORE}\n\nHình ảnh cá rô đồng\n\n"
        "Cá rô đồng trưởng thành thường dài từ mười đến mười lăm phân, thân màu xám xanh, vảy cứng.\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert "thu hoạch" not in spoken and "kéo lưới" not in spoken
    assert "Hình ảnh cá rô đồng" in [s.title for s in article.sections]


def test_people_doing_something_a_heading_says_should_be_done_stays_a_heading() -> None:
    heading = "Bà con nên thả cá vào sáng sớm ở ao đã xử lý"
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{heading}\n\n{MORE}\n"
    assert heading in [s.title for s in article_of(page).sections]


def test_a_teaser_cut_short_over_a_label_and_its_paragraph_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nAo nên sâu từ một mét rưỡi đến hai mét, bờ cao...\n\nTIN TỨC\n\n{BODY}\n\n{MORE}\n"
    assert spoken_text(article_of(page)).count("Ao nên sâu") == 1


def test_a_sites_menu_between_the_title_and_the_text_is_not_read() -> None:
    page = f"{TITLE}\n\nTIN TỨC\n\nBảng giá cá giống\n\nTin Tức\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD and "Bảng giá" not in spoken_text(article)


def test_a_pictures_text_and_its_caption_over_a_numbered_part_are_not_read() -> None:
    pictured = "Ao nuôi cá\n\nAo nuôi cá rô đồng"
    page = f"{TITLE}\n\n{LEAD}\n\n1. Chuẩn bị ao\n\n{BODY}\n\n{pictured}\n\n1.1 Thức ăn\n\n{MORE}\n"
    article = article_of(page)
    assert "Ao nuôi cá" not in spoken_text(article) and "1.1 Thức ăn" in [s.title for s in article.sections]


def test_a_parts_heading_in_a_titles_letters_under_a_pictures_text_is_read() -> None:
    heading = "Lịch Sử và Nguồn Gốc của Nghề Nuôi Cá Rô"
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\ncá rô đồng miền tây 4\n\n{heading}\n\n{MORE} {BODY}\n"
    assert heading in [s.title for s in article_of(page).sections]


def test_a_caption_run_into_the_lead_is_not_read_but_a_name_mid_sentence_is() -> None:
    lead = "Nuôi cá rô đồng trong ao đất đang được nhiều nơi nhân rộng, vì nuôi cá rô ít tốn công và cho lãi khá."
    article = article_of(f"{TITLE}\n\nCá rô đồng nuôi ao đất vùng trũng {lead}\n\n{BODY}\n")
    assert article.lead == lead
    named = "Cá rô đồng là loài cá được nuôi nhiều dịp Tết vì thịt thơm, chắc và dễ bán ở các chợ quê."
    assert article_of(f"{TITLE}\n\n{named}\n\n{BODY}\n").lead == named
