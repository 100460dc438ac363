"""Round 174 of reading real pages (issue 21): a deputy secretary's dotted title inside a sentence; a recipe's bullets
under an open bracket; other stories' teasers after the text's source; a portal's section printed twice between the
title's two copies; a view counter; pictures' captions between paragraphs; a picture's text under a part's two
headings."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

TITLE = "Xã Tân Phú ra quân dọn vệ sinh môi trường đón Tết"
LEAD = "Sáng chủ nhật, hơn hai trăm cán bộ, đoàn viên và người dân xã Tân Phú đã ra quân dọn vệ sinh các tuyến đường."
BODY = "Các chi đoàn phát quang bụi rậm, thu gom rác thải, nạo vét cống rãnh dọc tuyến đường liên thôn dài ba cây số."
MORE = "Ủy ban nhân dân xã sẽ duy trì ra quân vào sáng chủ nhật cuối mỗi tháng để giữ cảnh quan xanh, sạch, đẹp."


def test_a_deputy_secretarys_dotted_title_does_not_end_the_sentence() -> None:
    line = "Về dự có đồng chí Lò Văn Sơn - PBT. Đảng ủy xã cùng các ban ngành, đoàn thể của xã."
    said = spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n")
    assert any("Phó Bí thư Đảng ủy xã cùng các ban ngành" in s for s in said)


def test_a_recipes_bullet_under_an_open_bracket_starts_the_next_item() -> None:
    recipe = (
        "Vật liệu:\n•\n2 lít nước dùng\n•\n4 quả trứng gà (chọn\ntrứng mới),\n"
        "đánh tan với chút muối cho thật đều tay\n• 2 vỉ sườn non chặt miếng vừa\năn – chần qua nước sôi\n"
        "• 1 bát tôm khô ngâm nước ấm, tôm nở vớt ra lấy nước\n"
        "dùng chung với sườn làm nước lèo. Phi hành cho thơm\nrồi cho tôm khô vào xào, rắc ít tiêu\n"
        "• 5 quả cà chua chín (bổ múi cau, bỏ hạt\n• 1 bó hành lá (tùy thích)-rau mùi (tùy\nthích)\n"
        "• 1 gói bún tươi, trần qua nước sôi\nCách làm:\nLuộc sườn với muối, đổ nước đầu đi.\n"
    )
    paragraphs = [p for s in article_of(recipe).sections for p in s.paragraphs]
    assert not any("•" in p for p in paragraphs) and any(p.startswith("1 bó hành lá") for p in paragraphs)


def test_other_stories_teasers_after_the_source_are_not_read() -> None:
    tail = "Nguồn: Báo Tân Phú\nBí quyết chọn giống lúa thơm cho vụ đông xuân và…\n"
    tail += "Những loại rau nên trồng dịp cuối năm…\n"
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{tail}")
    assert "Bí quyết" not in spoken_text(article) and MORE in spoken_text(article)


def test_a_portals_section_printed_twice_between_the_titles_copies_is_no_chapter() -> None:
    section = "Chung sức xây dựng Nông thôn mới"
    page = f"{TITLE}\n\n{section} {section}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert section not in spoken_text(article) and article.lead == LEAD


def test_a_view_counter_closing_the_page_is_not_read() -> None:
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nTổng lượt xem bài viết là: 258\n"))
    assert "lượt xem" not in spoken and MORE in spoken


def test_pictures_captions_between_paragraphs_are_not_read() -> None:
    first = f"{LEAD} Nhiều hộ dân mang chổi, cuốc ra cùng làm từ sáng sớm đến gần trưa mới xong."
    second = f"{BODY} Rác được gom về điểm tập kết để xe của huyện chở đi xử lý trong ngày."
    third = f"{MORE} Xã cũng phát động thi đua giữa các thôn về giữ gìn vệ sinh đường làng."
    page = (
        f"{TITLE}\n\n{first}\n\nNgười dân xã Tân Phú góp công làm đẹp đường làng.\n\n{second}\n\n"
        f"Rác thải được gom về điểm tập kết gọn gàng.\n\n{third}\n"
    )
    spoken = spoken_text(article_of(page))
    assert "góp công làm đẹp" not in spoken and "gom về điểm tập kết gọn gàng" not in spoken and third in spoken


def test_a_pictures_text_under_a_parts_two_headings_is_no_chapter() -> None:
    page = (
        f"Cách chăm sóc cây sả trồng chậu\n\n{LEAD}\n\n1. Cách bón phân cho cây sả\n\nDùng phân trùn quế (phân hữu cơ)"
        f"\n\nBón phân cho cây sả bằng phân trùn quế\n\n{BODY}\n\n{MORE}\n"
    )
    assert "Bón phân cho cây sả bằng phân trùn quế" not in chapter_titles(page)
