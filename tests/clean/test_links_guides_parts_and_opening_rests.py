"""Round 180 of reading real pages (issue 21): mattresses, massage chairs, car batteries, fish cakes, children's
clothes and helmets. A word written whole ("ắcquy cho xe"), a link in Markdown, a guide's part beside a picture's
room or under its picture's text, a picture's text and its caption over the next numbered part, a pointer left
open by its link, the rest of an opening paragraph and a breadcrumb printed as a numbered list are read as the
page means them, or not read."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

HEAD = "Cách bảo quản bình ắc quy xe ô tô khi không đi lâu ngày"
LEAD = "Xe để lâu không chạy thì bình ắc quy tự mất điện dần, sáng ra đề máy không nổ được nữa."
BODY = "Chủ xe nên nổ máy mỗi tuần một lần và để máy chạy chừng mười phút cho bình được sạc lại đầy đủ."
MORE = "Nếu phải đi xa cả tháng, tốt nhất là tháo cọc âm của bình để các thiết bị trên xe không hút điện."


def test_a_word_written_whole_is_no_picture_text_glued_to_it() -> None:
    page = f"{HEAD}\nLời khuyên về ắcquy cho xe ô tô để lâu không chạy trong nhiều tháng liền.\n{BODY}\n{MORE}"
    assert "về ắcquy cho xe ô tô" in spoken_text(article_of(page))


def test_a_markdown_link_is_read_as_its_words() -> None:
    link = "Tuổi thọ [ắc quy ô tô bao lâu phải thay](https://www.abc.com/ac-quy/amp) tùy vào cách dùng của mỗi người."
    said = spoken_text(article_of(f"{HEAD}\n{LEAD}\n{link}\n{BODY}"))
    assert "Tuổi thọ ắc quy ô tô bao lâu phải thay tùy vào cách dùng" in said and "abc.com" not in said


def test_a_guides_part_beside_a_pictures_room_is_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n\nDấu hiệu cho thấy ắc quy cần được bảo dưỡng\n\n"
        "Bạn nên kiểm tra bình ngay khi xe đề yếu, đèn mờ hoặc còi kêu nhỏ hơn mọi ngày.\n\n"
        f"{MORE}\n\n\nMột ý nữa về bình ắc quy\n\nBình khô thì không phải châm thêm nước như bình nước loại cũ.\n"
    )
    assert "Dấu hiệu cho thấy ắc quy cần được bảo dưỡng" in chapter_titles(page)


def test_a_guides_parts_under_and_over_their_pictures_texts_are_read() -> None:
    page = (
        "Quần áo thể thao cho trẻ mùa đông giúp bé giữ ấm và vận động thoải mái khi trời lạnh giá. "
        "Từ áo khoác đến lớp lót giữ nhiệt, mỗi món có một việc riêng.\n"
        f"quần áo thể thao trẻ em mùa đông\nTổng quan về quần áo thể thao trẻ em mùa đông\n{BODY}\n{MORE}\n"
        f"Các loại quần áo thể thao trẻ em mùa đông\nCác loại quần áo trẻ em mùa đông\n{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    titles = [s.title for s in article.sections]
    assert "Tổng quan về quần áo thể thao trẻ em mùa đông" in titles
    assert "Các loại quần áo thể thao trẻ em mùa đông" in titles
    assert "Các loại quần áo trẻ em mùa đông" not in spoken_text(article)
    assert article.headline.startswith("Quần áo thể thao cho trẻ mùa đông")


def test_a_pictures_text_and_caption_over_the_next_numbered_part_are_not_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\n1. Hai loại bình thường gặp\n{BODY}\nBình nước và bình khô\n"
        f"Bình nước và bình khô được làm theo cách khác nhau\n2. Cách giữ bình khi đi xa\n{MORE}\n"
    )
    said = spoken_text(article_of(page))
    assert "Bình nước và bình khô được làm" not in said and "Cách giữ bình khi đi xa" in said


def test_a_pointer_its_link_left_open_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\n{BODY} (xem chi tiết tại bài:\nhttps://abc.com/dau-hieu-ac-quy-sap-hong/)\n{MORE}"
    said = spoken_text(article_of(page))
    assert "xem chi tiết" not in said and "sạc lại đầy đủ" in said


def test_the_rest_of_an_opening_paragraph_is_the_lead() -> None:
    page = (
        "Chế độ nhiệt của ghế massage giúp giảm nhanh tình trạng cơ cứng và đau âm ỉ ở thắt lưng. "
        "Đây là cơ chế an toàn và phù hợp cho người làm văn phòng\n"
        f"{BODY}\n{MORE}\n"
    )
    assert article_of(page).lead == "Đây là cơ chế an toàn và phù hợp cho người làm văn phòng."


def test_a_breadcrumb_printed_as_a_numbered_list_is_not_the_headline() -> None:
    page = f"Quay lại Dân trí\nDân sinh\n1. Diễn đàn Dân sinh\nChọn mũ bảo hiểm cho trẻ\n{LEAD}\n{BODY}\n{MORE}"
    article = article_of(page)
    assert article.headline == "Chọn mũ bảo hiểm cho trẻ" and article.category == "Diễn đàn Dân sinh"
