"""Round 70 of reading real pages (issue 21): household tips on a tag page, a clan's site, a
property managers' conference paper, summer-camp stories, gardening pages, diocese and religious
order sites. A tag page's next story, pictures' captions naming what they show, a caption ending
in a bar, a writer's line with the writer's role, a post's section and views, a summary's label
and a paper's place and date are not read; the paper's quoted title heads it."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Mẹo rửa dụng cụ làm bếp thật nhanh"
LEAD = "Rửa bát đĩa sau bữa ăn tốn nhiều thời gian nếu không biết vài mẹo nhỏ dưới đây."
BODY = "Nếu bát đĩa dính nhiều dầu mỡ, hãy pha vài thìa giấm trắng vào nước rửa chén."
MORE = "Với hộp nhựa dính dầu, hãy ngâm vào nước ấm có pha một chút muối nở rồi tráng lại."


def test_a_tag_pages_next_story_after_the_writer_and_source_is_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nMinh Anh (theo www.example.com)\n\n"
        "7 CÔNG DỤNG BẤT NGỜ CỦA NƯỚC VO GẠO\n\nĐừng đổ nước vo gạo đi, hãy dùng nó để lau bếp nhé."
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.byline == "Minh Anh" and "CÔNG DỤNG" not in said and "lau bếp" not in said and "muối nở" in said


def test_pictures_captions_naming_what_they_show_are_not_read() -> None:
    shown = "Hình ảnh Nhà thờ họ Trần tại xã Yên Lạc, huyện Yên Định."
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nHình ảnh cây cảnh bonsai\n\n{MORE}\n\n{shown}"))
    assert "Hình ảnh" not in said and "muối nở" in said


def test_a_sentence_about_a_picture_is_read() -> None:
    sentence = "Hình ảnh này được chụp vào sáng sớm khi sương còn phủ kín thung lũng."
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{sentence}\n\n{MORE}"))
    assert "Hình ảnh này được chụp" in said


def test_a_caption_with_its_credit_in_small_letters_is_not_read() -> None:
    caption = "Một em nhỏ tập dập lửa tại trại hè ở Hòa Bình, năm 2015. hình chụp: Khánh"
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}"))
    assert "tập dập lửa" not in said and "muối nở" in said


def test_a_caption_ending_in_a_bar_after_a_sentence_is_not_read() -> None:
    glued = f"{BODY} Đức cha chủ sự nghi thức phong chức |"
    said = spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{glued}\n\n{MORE}")
    assert BODY.rstrip(".") in " ".join(said) and not any("phong chức" in s for s in said)


def test_a_writers_line_with_the_writers_role_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nToma Nguyễn Sáng – Chủng sinh dự bị\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.byline == "Toma Nguyễn Sáng" and "Chủng sinh" not in spoken_text(article)


def test_a_posts_date_section_and_views_are_not_read() -> None:
    text = f"Vào lúc 6 giờ sáng thứ bảy, nhà dòng đã mừng lễ phong chức cho 14 thầy. {LEAD}"
    page = f"11/12/2022 -\n\nĐa Minh Việt Nam\n\n2044\n\n\n{text}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    said = spoken_text(article)
    assert article.published == "2022-12-11" and article.category == "Đa Minh Việt Nam"
    assert "Đa Minh" not in said and "2044" not in said


def test_a_summarys_label_never_heads_the_page() -> None:
    article = article_of(f"Executive Summary\n\n{LEAD} {BODY}\n\n{MORE}")
    assert "Summary" not in article.headline


def test_a_papers_place_and_date_and_its_kind_never_head_it() -> None:
    title = "“Một số vướng mắc trong thi hành Luật Nhà ở và các kiến nghị sửa đổi”"
    page = (
        f"TP. Hồ Chí Minh, ngày 8 tháng 8 năm 2023\n\nBÁO CÁO THAM LUẬN\n\n{title}\n\n"
        f"(Hội thảo góp ý dự thảo Luật Nhà ở, tổ chức tại TP. Đà Nẵng)\n\n{BODY}\n\n{MORE}"
    )
    article = article_of(page)
    assert article.published == "2023-08-08" and "vướng mắc" in article.headline
    assert article.category != "TP. Hồ Chí Minh" and "Hồ Chí Minh" not in spoken_text(article)
