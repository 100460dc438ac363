"""Round 119 of reading real pages (issue 21): a rating widget's label under the title; a section's
label under the title; the title again as a picture's text with odd spacing, and the next numbered
part under it; two labelled items that open the body; a photo story told in its captions; a
paragraph's first sentence again as its picture's caption; a "1.2." part between empty lines."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Cách giữ rau xanh tươi lâu trong tủ lạnh"
LEAD = "Rau mua về để ngoài vài tiếng đã héo, nhiều bà nội trợ vẫn loay hoay tìm cách giữ rau tươi cả tuần."
BODY = "Trước khi cất rau, bạn nên nhặt bỏ lá úa và để rau ráo nước hoàn toàn trên rổ thưa trong vài phút."
MORE = "Bọc rau bằng khăn giấy khô rồi cho vào hộp kín giúp hút bớt hơi ẩm, nhờ vậy lá không bị úng nhũn."


def test_a_rating_widgets_label_under_the_title_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\n\n\nĐánh giá bài viết\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n")
    assert article.lead == LEAD and "Đánh giá" not in spoken_text(article)


def test_a_sections_label_under_the_title_in_the_titles_words_is_its_category() -> None:
    title = "Dấu hiệu của bệnh sởi ở trẻ nhỏ?"
    page = f"{title}\n\n{title}\n\nBệnh sởi\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    article = article_of(page)
    assert article.headline == title and article.lead == LEAD
    assert "Bệnh sởi " not in spoken_text(article).replace(title, "")


def test_the_title_again_as_a_pictures_text_with_odd_spacing_is_read_once_and_the_next_part_kept() -> None:
    title = "Đi Côn Đảo, tại sao không?"
    page = (
        f"{title}\n\n{LEAD}\n1.Đi Côn Đảo bằng đường nào ?\n{BODY}\nĐi Côn Đảo,tại sao không ?\n"
        f"2.Thông tin tham khảo.\n{MORE}\n"
    )
    spoken = spoken_text(article_of(page))
    assert spoken.count("tại sao không") == 1 and "Thông tin tham khảo" in spoken


def test_two_labelled_items_opening_the_body_are_text_not_a_lead() -> None:
    title = "Dấu hiệu nhận biết bệnh thủy đậu ở trẻ cha mẹ cần biết"
    fever = "Sốt: Trẻ có thể sốt nhẹ hoặc sốt cao. Một vài trẻ không sốt."
    rash = (
        "Nổi mụn nước: các nốt mụn nước nhỏ mọc rải rác trên mặt, lưng, ngực và chân tay, gây ngứa nhiều "
        "khiến trẻ hay gãi, quấy khóc, bỏ ăn và khó ngủ về đêm."
    )
    article = article_of(f"{title}\n\n{fever}\n{rash}\n{BODY}\n{MORE}\n")
    assert article.lead is None
    assert article.sections[0].paragraphs[:2] == (fever, rash)


def test_a_photo_story_is_read_in_its_captions_each_once() -> None:
    captions = [
        "Làng gốm Bát Tràng hiện có hơn 200 hộ làm gốm truyền thống",
        "Đất sét được nhào kỹ trước khi đưa lên bàn xoay",
        "Người thợ tạo dáng bình bằng đôi tay thuần thục",
        "Ông Lê Văn Hòa kiểm tra men gốm tại lò nung của gia đình",
        "Ông Lê Văn Hòa kiểm tra men gốm tại lò nung của gia đình",
        "Sản phẩm hoàn thiện được đóng thùng đưa đi khắp cả nước",
    ]
    summary = "Những ngày cuối năm, làng gốm ven sông Hồng tất bật vào mùa làm hàng phục vụ thị trường Tết."
    cells = "".join(f"![]() |\n{c} |\n" for c in captions)
    spoken = spoken_text(article_of(f"Mùa làm gốm ở Bát Tràng\nTTXVN - {summary}\n{cells}"))
    assert "Đất sét được nhào kỹ trước khi đưa lên bàn xoay." in spoken
    assert spoken.count("Ông Lê Văn Hòa kiểm tra men gốm") == 1 and "|" not in spoken


def test_a_paragraphs_first_sentence_again_as_its_pictures_caption_is_read_once() -> None:
    opener = "Rau muống là một trong những loại rau quen thuộc nhất trong bữa cơm của người Việt."
    page = f"{TITLE}\n\n{opener} {LEAD}\n{BODY}\n\n{opener}\n{MORE}\n"
    assert spoken_text(article_of(page)).count("Rau muống là một") == 1


def test_a_sentence_said_again_in_two_lists_is_read_each_time() -> None:
    item = "Thân cây có nhiều hình dạng khác nhau nên khó phân biệt giống."
    page = (
        f"{TITLE}\n\n{LEAD}\n\nCải ngọt có lá mềm, thân giòn và vị hơi ngọt. Ăn sống được.\n\n"
        f" • Lá cải màu xanh nhạt.\n • {item}\n\nCải thìa có lá dày hơn và thân trắng mọng nước.\n\n"
        f" • Lá cải màu xanh đậm.\n • {item}\n\n{BODY}\n"
    )
    assert spoken_text(article_of(page)).count("Thân cây có nhiều hình dạng") == 2


def test_a_numbered_sub_part_between_empty_lines_is_a_heading_not_a_caption() -> None:
    page = (
        f"{TITLE}\n\n{LEAD}\n\n\n1. Vì sao rau nhanh héo\n\n\n{BODY}\n\n\n1.1. Do nhiệt độ trong tủ\n\n\n"
        f"Nhiệt độ ngăn mát quá thấp làm lá rau bị bỏng lạnh và thâm đen chỉ sau hai ngày.\n\n \n\n"
        f"1.2. Do để rau còn ướt\n\n\n{MORE}\n"
    )
    said = spoken_sentences(page)
    assert any("Do để rau còn ướt" in s for s in said)
