"""Round 176 of reading real pages (issue 21): a picture's text credited "(Internet)" alone on its line; a picture's
numbered text run onto the part's heading under it; a list item about a photo's quality, never a picture's credit;
a part's title in capitals over its first heading, never a caption."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Cách trồng chanh dây leo giàn tại vườn nhà"
LEAD = "Chanh dây dễ trồng, ít sâu bệnh và cho quả quanh năm nếu được làm giàn chắc chắn, tưới nước đều đặn mỗi tuần."
BODY = "Cây chanh dây là dây leo sống lâu năm, thân có tua cuốn nên bám vào giàn rất dễ, lá mọc xen và có răng cưa nhỏ."
MORE = "Quả chín có vỏ màu tím sẫm, bên trong là lớp cơm màu vàng bao quanh hạt đen, vị chua ngọt và thơm đặc trưng."


def test_a_pictures_text_credited_internet_alone_on_its_line_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n1. Đặc điểm cây chanh dây\n\n{BODY}\n\nHoa chanh dây (Internet)\n\n{MORE}\n"
    assert "Internet" not in spoken_text(article_of(page)) and "Hoa chanh dây" not in chapter_titles(page)


def test_a_pictures_numbered_text_run_onto_a_heading_leaves_the_heading() -> None:
    glued = "Chia sẻ kỹ thuật trồng chanh dây cho quả sai cả một khu vườn 1Đất trồng cây chanh dây"
    page = f"{TITLE}\n\n{LEAD}\n\n{glued}\n\n{BODY}\n\n{MORE}\n"
    assert "Đất trồng cây chanh dây" in chapter_titles(page) and "khu vườn" not in spoken_text(article_of(page))


def test_a_list_item_on_a_photos_quality_is_read() -> None:
    items = "– Phông nền: Màu trắng, không có họa tiết.\n– Chất lượng ảnh: Sắc nét, rõ ràng, không bị mờ hoặc nhòe."
    page = f"Chuẩn bị ảnh làm hộ chiếu\n\n{LEAD}\n\nYêu cầu về ảnh:\n{items}\n\n{BODY}\n\n{MORE}\n"
    assert "Sắc nét, rõ ràng" in spoken_text(article_of(page))


def test_a_part_title_in_capitals_over_its_first_heading_is_read() -> None:
    lead = "Trong bài này, ta cùng tìm hiểu nguyên nhân, triệu chứng và cách trị bệnh nấm thuỷ mi ở cá Koi chi tiết."
    part = "Nguyên Nhân Gây Bệnh Nấm Thuỷ Mi Ở Cá Koi"
    page = f"Cách trị nấm thuỷ mi cho cá Koi\n{lead}\n.jpg)\n{part}\nNước không phù hợp\n{BODY}\nThiếu chất\n{MORE}\n"
    assert part in spoken_text(article_of(page))
