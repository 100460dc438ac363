"""Round 105 of reading real pages (issue 21): "Update mới nhất: <day>"; "Sponsor"; a members'
group's label printed twice with a middle dot over the title again; a numbered part's note in
brackets; a look-alike letter with a hook in a line of them."""

from __future__ import annotations

from audio_edition.text.unicode import clean_unicode

from .pages import article_of, spoken_text

TITLE = "Tự làm bánh mì men tự nhiên tại nhà"
LEAD = "Bánh mì men tự nhiên cần vài ngày nuôi men cái nhưng không cần đến men công nghiệp."
BODY = "Men cái là hỗn hợp bột và nước được cho ăn mỗi ngày cho đến khi nổi bọt và có mùi chua nhẹ."
MORE = "Bột mì số 13 có nhiều đạm nên giúp ruột bánh dai và giữ được nhiều bọt khí hơn khi nướng."


def test_an_update_stamp_in_english_and_a_sponsor_label_are_not_read() -> None:
    article = article_of(f"{TITLE}\nUpdate mới nhất: 29/03/2025\n{LEAD}\nSponsor\n{BODY}\n{MORE}\n")
    assert article.lead == LEAD and "Update" not in spoken_text(article) and "Sponsor" not in spoken_text(article)


def test_a_groups_label_printed_twice_over_the_title_again_is_the_category() -> None:
    page = f"{TITLE}\nHoàng Văn Nam\n| 31-07-2025\nNhóm ăn uống · Nhóm ăn uống\n{TITLE}\n{LEAD}\n{BODY}\n{MORE}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.category == "Nhóm ăn uống"
    assert "Nhóm ăn uống" not in spoken_text(article)


def test_a_numbered_parts_note_in_brackets_is_read_and_heads_nothing() -> None:
    note = "(Cho một ổ bánh khoảng 800 – 900g)"
    page = f"{TITLE}\n{LEAD}\n{BODY}\n1. Nguyên liệu\n{note}\n- Men cái: 100g\n- Bột mì: 400g\n{MORE}\n"
    article = article_of(page)
    assert note in spoken_text(article)
    assert all(not (s.title or "").startswith("(") for s in article.sections)


def test_a_look_alike_f_with_a_hook_in_a_line_of_look_alikes_is_read_as_f() -> None:
    line = "Chiếc máу phát điện đầu tiên được sáng chế Ƅởi nhà khoa học Michael Ƒaraday."
    assert "Michael Faraday" in clean_unicode(line)
