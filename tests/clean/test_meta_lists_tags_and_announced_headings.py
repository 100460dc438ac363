"""Round 88 of reading real pages (issue 21): a heading that asks, under a picture's room; a brand
after "thì" in a first line run together; the title over a picture's text and caption printed
twice; a post's meta list; headings a paragraph announces, says whole or a lost contents box heads;
a part's letter; tags run together and a section's label over a short title; "Tham khảo:" links; a
file name with a capital; a link glued to a list's number; a name said in words elsewhere."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Cách giữ rau củ tươi lâu trong tủ lạnh gia đình"
LEAD = "Rau củ mua về nếu không được bảo quản đúng cách sẽ nhanh héo, mất chất và dễ hỏng chỉ sau vài ngày."
BODY = "Trước hết cần nhặt bỏ lá úa, lau khô rau rồi bọc trong giấy thấm trước khi cho vào ngăn mát."
MORE = "Các loại củ như khoai, hành nên để nơi khô thoáng, tránh ánh nắng và không cho vào tủ lạnh."


def test_a_heading_that_asks_under_a_pictures_room_is_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n \n\nNên để rau ở ngăn nào của tủ lạnh?\n\n{BODY}\n\n{MORE}\n"
    assert "Nên để rau ở ngăn nào của tủ lạnh?" in clean(page).blocks


def test_a_brand_after_thi_does_not_end_a_headline_run_into_its_lead() -> None:
    line = (
        "Nếu bạn đang băn khoăn không biết giữ rau thế nào cho tươi lâu mà không tốn nhiều công, thì Freshy "
        "sẽ gợi ý cho bạn vài mẹo nhỏ trong bài viết này để bữa cơm gia đình luôn ngon!"
    )
    assert not article_of(f"{line}\n{BODY}\n{MORE}\n").headline.endswith("thì")


def test_the_title_over_a_pictures_text_and_caption_printed_twice_stays_the_headline() -> None:
    picture = "Làm thế nào để rau củ tươi lâu trong tủ lạnh?"
    page = f"{TITLE}\n\nNgày viết:\n{picture}\n{picture}\n3.5/5 - (2 bình chọn)\n\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD
    assert "Ngày viết" not in spoken_text(article) and picture not in spoken_text(article)


def test_a_posts_meta_list_names_its_category_and_writer_and_keeps_its_title() -> None:
    page = (
        "Bài 7: Cách giữ rau củ tươi lâu\n- Đăng bởi bepnhaminh\n- Thể loại Mẹo bếp mỗi ngày\n"
        f"- Ngày Tháng 3 12, 2025\n- Ý kiến 0 bình luận\n{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "Bài 7: Cách giữ rau củ tươi lâu"
    assert article.category == "Mẹo bếp mỗi ngày" and article.byline == "bepnhaminh"
    assert "bình luận" not in spoken_text(article)


def test_headings_a_paragraph_announces_or_says_whole_or_a_lost_contents_box_heads_are_read() -> None:
    announced = (  # a paragraph closing on "Dưới đây là ..." over the heading it announces, ten words
        f"{TITLE}\n{LEAD}\nRau lá mau héo nhất. Dưới đây là những loại rau thơm bạn không nên cho vào tủ lạnh\n"
        "Những loại rau thơm bạn không nên cho vào tủ lạnh\n+ Húng quế :\n"
        "Húng quế gặp lạnh sẽ thâm đen chỉ sau một đêm nên cần cắm vào cốc nước.\n"
    )
    assert "Những loại rau thơm bạn không nên cho vào tủ lạnh" in clean(announced).blocks
    said = (  # a heading of ten words that the paragraph under it says whole, some of them said above
        f"{TITLE}\nKhông chỉ rau lá, mà cả rau thơm cũng cần bảo quản trong ngăn mát tủ lạnh đúng cách để giữ "
        "được mùi vị lâu hơn trong suốt cả tuần.\nCách bảo quản rau thơm trong ngăn mát tủ lạnh gia đình\n"
        "Những bước giúp bạn thực hiện cách bảo quản rau thơm trong ngăn mát tủ lạnh gia đình gồm ba bước sau:\n"
    )
    assert "Cách bảo quản rau thơm trong ngăn mát tủ lạnh gia đình" in clean(said).blocks
    boxed = (
        f"{TITLE}\nBài viết giúp bạn nắm các cách bảo quản rau củ cơ bản trong gia đình dưới đây.\nMục lục\n"
        f"Các cách bảo quản rau củ cơ bản trong gia đình\nRau lá\n{BODY}\n"
    )
    assert "Các cách bảo quản rau củ cơ bản trong gia đình" in clean(boxed).blocks


def test_a_parts_letter_is_no_alt_text_and_a_heading_over_the_first_lettered_part_is_no_lead() -> None:
    page = f"{TITLE}\nCác bước thực hiện\na) Sơ chế rau\n{BODY}\nb) Bảo quản rau\n{MORE}\n"
    article = article_of(page)
    assert article.lead is None and "b) Bảo quản rau" in spoken_text(article)


def test_tags_run_together_are_dropped_and_a_sections_label_over_a_short_title_is_the_category() -> None:
    tags = "Mẹo Vặt Nhà BếpMẹo vặt bảo quản rauMẹo vặt bảo quản rau củ quảMẹo vặt tủ lạnh"
    article = article_of(f"{tags}\nXu hướng\nGiữ rau tươi lâu\n{LEAD}\n{BODY}\n")
    assert article.headline == "Giữ rau tươi lâu" and article.category == "Xu hướng"
    assert "Mẹo Vặt" not in spoken_text(article)


def test_link_lines_under_tham_khao_and_a_link_glued_to_a_lists_number_are_not_read() -> None:
    page = (
        f"{TITLE}\n{LEAD}\nTham khảo: Dịch vụ vệ sinh tủ lạnh tại nhà\n{BODY}\n"
        "Bepxanh.vn1) Rau lá:\nGói rau trong giấy thấm.\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Dịch vụ vệ sinh" not in spoken and "Bepxanh" not in spoken and "1) Rau lá:" in spoken


def test_a_pictures_file_name_with_a_capital_and_its_caption_are_not_read() -> None:
    page = f"{TITLE}\n{LEAD}\nRau-cu-tuoi-lau\nRau củ tươi lâu\n{BODY}\n{MORE}\n"
    blocks = clean(page).blocks
    assert "Rau-cu-tuoi-lau" not in blocks and "Rau củ tươi lâu" not in blocks


def test_two_letters_the_page_says_as_a_name_are_that_name_not_a_phrase_opening_sentences() -> None:
    page = (
        f"{TITLE}\n{LEAD}\nNếu bạn từng sống ở Nhật Bản thì sẽ quen cách này. Nếu bạn chưa thử, hãy thử ngay.\n"
        "Ở Nhật Bản, người NB thường gói rau trong giấy báo. Nếu bạn có tủ lạnh nhỏ, hãy chia rau thành túi nhỏ.\n"
    )
    spoken = " ".join(spoken_sentences(page))
    assert "người nhật bản thường gói rau" in spoken and "người nếu bạn" not in spoken
