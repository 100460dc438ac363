"""Round 120 of reading real pages (issue 21): a list whose item another list says again, two alike
items of one list, a table printed one cell a line, a pipe table of two rows, a heading closing a
run of short lines, "Đừng bỏ qua:" links, a document viewer's page labels, a bare "Đánh giá" label,
a caption under its picture's file name, and a page's description printed over its title."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Cách lọc nước giếng khoan bị nhiễm phèn tại nhà"
LEAD = "Nước giếng nhiễm phèn có màu vàng đục, mùi tanh và để lại vết ố trên quần áo sau mỗi lần giặt."
BODY = "Cách đơn giản nhất là cho nước chảy qua giàn mưa để sắt gặp không khí, kết tủa rồi lắng xuống đáy bể."
MORE = "Sau vài tháng, lớp cát trên cùng của bể lọc cần được cào ra rửa sạch rồi trải lại như cũ."


def test_a_lists_item_another_list_says_again_is_no_contents_box_and_its_heading_opens_the_body() -> None:
    title = "Ho kéo dài ở trẻ em: nguyên nhân, triệu chứng và cách chăm sóc"
    page = (
        f"{title}\n\nNguyên nhân gây ho kéo dài ở trẻ em\n- Cảm lạnh thông thường\n- Dị ứng bụi nhà\n- Viêm họng\n"
        "- Trào ngược dạ dày\nBiến chứng có thể gặp\n- Viêm phế quản\n- Viêm họng\n- Mất ngủ kéo dài\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert "Cảm lạnh thông thường" in spoken and "Trào ngược dạ dày" in spoken
    assert spoken.count("Viêm họng") == 2 and article.lead is None


def test_two_alike_items_of_one_list_are_both_read() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nMột số nơi bán vật liệu lọc ở Cần Thơ, gồm:\n- Chợ Cái Khế (quận Ninh Kiều)\n"
        "- Chợ An Bình, chợ Tân An (phường Tân An)\n- Chợ An Bình (phường An Bình)\n- Chợ Trà Nóc (quận Bình Thủy)\n\n"
        f"{BODY}\n"
    )
    assert spoken_text(article_of(page)).count("Chợ An Bình") == 2


def test_a_table_printed_one_cell_a_line_between_bars_is_read_a_row_a_sentence() -> None:
    cells = ["Vật liệu", "Độ dày (cm)", "Công dụng", "Sỏi lớn", "15 - 20", "Giữ cặn thô"]
    cells += ["Cát thạch anh", "10 - 15", "Giữ cặn lơ lửng", "Than hoạt tính", "10", "Khử mùi"]
    table = "".join(f"{cell}\n|\n" for cell in cells)
    article = article_of(f"{TITLE}\n\n{LEAD}\n\nCác lớp vật liệu trong bể lọc:\n{table}{BODY}\n")
    spoken = spoken_text(article)
    assert "Cát thạch anh: Độ dày (cm) 10 - 15, Công dụng Giữ cặn lơ lửng." in spoken
    assert "Than hoạt tính: Độ dày (cm) 10, Công dụng Khử mùi." in spoken
    assert BODY in spoken  # the text under the table goes on


def test_a_pipe_table_of_a_header_and_one_row_is_read() -> None:
    table = "Tiêu chí | Lọc thô | Lọc tinh |\nKích thước hạt | Trên 1 mm | Dưới 0,5 mm |\n"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\nBảng so sánh nhanh:\n{table}\n{BODY}\n"))
    assert "Kích thước hạt: Lọc thô Trên 1 mm, Lọc tinh Dưới 0,5 mm." in spoken


def test_a_heading_closing_a_run_of_short_lines_that_the_paragraph_opens_with_is_kept() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\nMục Lục\n\nVì sao nước nhiễm phèn\n\n{BODY}\n\nDấu hiệu nhận biết nước nhiễm phèn\n\n"
        "Dấu hiệu nhận biết nước phèn dễ thấy nhất\n\nChi phí làm bể lọc tại nhà\n\n"
        "Chi phí làm một bể lọc ba ngăn tại nhà vào khoảng hai triệu đồng, tùy vật liệu mua ở địa phương.\n"
    )
    article = article_of(page)
    assert "Chi phí làm bể lọc tại nhà" in [s.title for s in article.sections]


def test_a_dung_bo_qua_link_and_a_viewers_page_labels_are_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nTrang 1\n\nTrang 2\n\n{MORE}\n\nĐừng bỏ qua: Bể lọc nước và 10+ mẫu\n"
    spoken = spoken_text(article_of(page))
    assert "Trang" not in spoken and "Đừng bỏ qua" not in spoken and MORE in spoken


def test_a_bare_rating_label_among_the_title_lines_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nLượt xem: 5120\n\nĐánh giá\n\nIn bài viết\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == LEAD and "Đánh giá" not in spoken_text(article)


def test_a_caption_under_its_pictures_file_name_saying_it_in_more_words_is_not_read() -> None:
    caption = "Bể lọc ba ngăn tại nhà anh Tư ở Cần Thơ"
    page = f"{TITLE}\n\n{LEAD}\n\nbe-loc-ba-ngan\n\n{caption}\n\n{BODY}\n\n{MORE}\n"
    assert "anh Tư" not in spoken_text(article_of(page))


def test_a_pages_description_printed_over_its_title_is_the_summary_under_it() -> None:
    description = "Nước giếng bị vàng phải làm sao? Tìm hiểu nguyên nhân và ba cách lọc nước phèn rẻ, dễ làm tại nhà."
    title = "Nước giếng bị vàng phải làm sao? Đừng vội khoan giếng mới!"
    article = article_of(f"{description}\n{title}\n{LEAD}\n{BODY}\n")
    assert article.headline == title
    assert article.lead == "Tìm hiểu nguyên nhân và ba cách lọc nước phèn rẻ, dễ làm tại nhà."
