"""Round 67 of reading real pages (issue 21): a Buddhist study site wrapped at a column, content
farms on fighting cocks, growers' pages on pepper. A caption closing on its credit ("... Ảnh: HTD")
in a wrapped text, a content farm's stock opening, a betting site's buttons, a table of contents
that swallowed the first heading, and a numbered heading closed by a colon."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Kinh nghiệm nuôi gà chọi cho người mới bắt đầu"
LEAD = "Gà chọi cần chuồng rộng, thức ăn sạch và được tắm nắng đều đặn mỗi buổi sáng."
BODY = "Người nuôi nên chọn gà con từ đàn bố mẹ khỏe mạnh, lông mượt và chân vảy đều."
MORE = "Mỗi tuần nên vệ sinh chuồng một lần, thay lớp trấu lót và phơi khô dụng cụ uống nước."


def test_a_caption_closing_on_its_credit_in_a_wrapped_text_is_not_read() -> None:
    wrapped = (
        "Chiều qua, nhà chùa đã trao bốn trăm phần quà gồm gạo, dầu ăn và sữa cho\n"
        "các gia đình khó khăn ở ven sông. Nhiều Phật tử trong vùng cùng góp công\n"
        "gói quà, chở hàng và dọn dẹp sân chùa suốt buổi sáng trước khi phát quà cho\n"
        "bà con. Ai cũng vui vẻ ở lại ăn bữa cơm chay cùng nhà chùa sau buổi lễ.\n"
        "Các Phật tử xếp hàng nhận quà tại sân chùa sáng 14-8. Ảnh: NKT\n"
        "Sư trụ trì tặng quà cho các cụ cao tuổi trong buổi sáng. Ảnh: THANH LAM\n"
        "Buổi chiều, ban trị sự tổ chức lễ cầu an cho các gia đình có người đi làm\n"
        "ăn xa, rồi mời bà con ở lại nghe giảng về chữ hiếu trong đạo Phật và trong\n"
        "đời sống hằng ngày của mỗi gia đình người Việt ở khắp các vùng quê.\n"
    )
    spoken = spoken_text(article_of(f"Nhà chùa trao quà cho bà con ven sông\n\n{wrapped}"))
    assert "Ảnh" not in spoken and "xếp hàng nhận quà" not in spoken and "cầu an" in spoken


def test_a_content_farms_stock_opening_gives_the_title_and_is_not_read() -> None:
    opening = (
        "Cập nhật thông tin chi tiết về Bí Quyết Nuôi Gà Chọi Khỏe mới nhất trên website Vidu.org. "
        "Hy vọng nội dung bài viết sẽ đáp ứng được nhu cầu của bạn, chúng tôi sẽ thường xuyên cập nhật."
    )
    article = article_of(f"{opening}\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.headline == "Bí Quyết Nuôi Gà Chọi Khỏe"
    assert "Cập nhật" not in spoken_text(article) and "Hy vọng" not in spoken_text(article)


def test_a_betting_sites_buttons_with_icons_and_its_number_are_not_read() -> None:
    page = f"{HEAD}\n\n✚ Đăng ký 8899 ✍ Đăng nhập 8899\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "Đăng ký" not in spoken and "8899" not in spoken and "vảy đều" in spoken


def test_the_first_heading_after_a_table_of_contents_is_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nMục lục bài viết\n\n1 1. Chọn giống gà chọi\n\n2 2. Chăm sóc hằng ngày\n\n"
        f"1. Chọn giống gà chọi\n\n{BODY}\n\n2. Chăm sóc hằng ngày\n\n{MORE}"
    )
    article = article_of(page)
    assert [s.title for s in article.sections] == ["1. Chọn giống gà chọi", "2. Chăm sóc hằng ngày"]
    assert BODY in spoken_text(article)


def test_a_numbered_heading_closed_by_a_colon_heads_its_part() -> None:
    page = f"{HEAD}\n\n1. Chọn giống và chuồng trại:\n\n{BODY} {LEAD}\n\n2. Chăm sóc\n\n{MORE}"
    article = article_of(page)
    assert article.sections[0].title == "1. Chọn giống và chuồng trại:"
    assert article.lead is None or "Chọn giống" not in article.lead


def test_a_numbered_heading_with_a_colon_under_another_heading_stays_in_its_part() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nII. NỘI DUNG\n\n1. Thể lệ:\n\n{BODY}\n\n{MORE}"
    assert article_of(page).sections[-1].title == "II. NỘI DUNG"
