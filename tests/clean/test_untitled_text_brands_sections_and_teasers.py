"""Round 173 of reading real pages (issue 21): a page whose title was lost, its first paragraph on top, and a picture's
text repeating the title under a numbered part; a betting site's brand a mirror wrote into names; a section named
"... 247" over the title, and "Ảnh minh họa/Nguồn internet" closing paragraphs; another story's teaser over the title;
a date line labelled "Đăng vào"."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Cách làm mứt dừa non tại nhà dẻo thơm cho ngày Tết"
LEAD = "Mứt dừa non là món quen thuộc trong mâm bánh mứt ngày Tết của nhiều gia đình ở khắp ba miền đất nước."
BODY = "Dừa nên chọn quả bánh tẻ, cùi mỏng và trắng, gọt sạch vỏ nâu rồi bào thành sợi dài đều tay để mứt đẹp."
AGAIN = "Muốn mứt có màu đẹp, có thể thêm chút nước cốt lá dứa hoặc nước ép thanh long đỏ khi ướp đường."
LAST = "Mứt sên xong để nguội rồi cho vào hũ thủy tinh kín, bảo quản nơi khô ráo thì dùng được vài tuần."
MORE = "Sau khi ướp đường khoảng bốn tiếng, đem sên lửa nhỏ đến khi đường kết tinh bám đều quanh từng sợi dừa."


def test_a_picture_repeating_the_lost_title_under_a_numbered_part_is_not_a_chapter() -> None:
    opening = "Hiện nay, máy lọc nước được dùng trong rất nhiều gia đình ở cả thành thị lẫn nông thôn nước ta. "
    opening += "Tuy nhiên, máy lọc nước bị rò điện là điều nguy hiểm mà ít người để ý tới khi dùng lâu năm. "
    opening += "Chính vì thế hãy cùng chúng tôi tìm hiểu Nguyên nhân máy lọc nước bị rò điện và cách khắc phục nhé."
    picture = "Nguyên nhân máy lọc nước bị rò điện và cách khắc phục"
    page = (
        f"{opening}\n{'1. Do dùng trong thời gian dài'}\n{picture}\nNguyên nhân:\n- {BODY}\nCách khắc phục:\n- {MORE}\n"
    )
    assert picture not in chapter_titles(page) and "1. Do dùng trong thời gian dài" in chapter_titles(page)


def test_a_betting_brand_written_into_a_clubs_name_is_not_read() -> None:
    first = "Chiều tối ngày 11/7, Câu lạc bộ (CLB) Đờn ca tài tử Trăng Vàng Hi88 Online tổ chức lễ ra mắt tại xã."
    page = f"{TITLE}\n\n{first}\n\n{BODY}\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert "Hi88" not in spoken and "Online" not in spoken and "Trăng Vàng tổ chức lễ ra mắt" in spoken


def test_a_section_named_247_is_the_category_and_illustrative_credits_closing_paragraphs_are_not_read() -> None:
    credit = " Ảnh minh họa/Nguồn internet"
    page = f"Đời sống 247\n{TITLE}\n{LEAD}\n{BODY} {MORE} {AGAIN}{credit}\n{AGAIN} {LAST} {BODY}{credit}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.category == "Đời sống 247"
    assert "Nguồn internet" not in spoken_text(article) and LAST in spoken_text(article)


def test_another_storys_teaser_over_the_title_is_not_read() -> None:
    teaser = "Một kỹ sư nói không thể bắc cầu qua vịnh: 20 năm sau cây cầu dài nhất nước xác lập 3 kỷ lục."
    title = "Review quán cà phê yên tĩnh ở Đà Lạt dành cho người mê đọc sách"
    lead = "Giữa phố núi se lạnh, ngồi bên ly cà phê nóng với cuốn sách hay là điều nhiều người mong. "
    lead += "Hãy tham khảo những quán cà phê yên tĩnh ở Đà Lạt sau đây để tìm một chỗ ngồi cho riêng mình."
    article = article_of(f"{teaser}\n{title}\n{lead}\n{BODY}\n{MORE}\n")
    assert article.headline == title and "kỷ lục" not in spoken_text(article)


def test_a_date_line_labelled_dang_vao_gives_no_section() -> None:
    article = article_of(f"Tìm kiếm bài viết\nĐăng vào 23/03/2025 - 01:34:43\n93\n{TITLE}\n{LEAD}\n{BODY}\n{MORE}\n")
    assert article.published == "2025-03-23T01:34:43" and article.category is None
