"""Round 65 of reading real pages (issue 21): travel and garden blogs, passport guides, job sites,
kindergartens' notices, a chess forum, recipe sites. A notice's lines between empty paragraphs are
its text, not a gallery's captions; a greeting opening a paragraph goes alone; a recipe's measure
printed twice stays; a forum's chrome, a document library's download lines, a smiley's name, a
link's title inside a paragraph, a link's words in small letters, a rating count, "(Wikipedia)",
an illustration's caption and a capitalised unaccented alt text are not read; a first sentence is
not cut before a name of words the text repeats."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Cách làm bánh flan mềm mịn tại nhà"
LEAD = "Bánh flan là món tráng miệng quen thuộc mà ai cũng có thể tự làm trong căn bếp nhỏ."
BODY = "Trứng và sữa cần được đánh thật nhẹ tay để hỗn hợp không nổi bọt khi hấp."
MORE = "Khi hấp nên để lửa nhỏ và phủ khăn lên nắp nồi để hơi nước không nhỏ xuống mặt bánh."


def test_a_notices_lines_parted_by_empty_paragraphs_are_its_text() -> None:
    page = (
        "Thông báo lịch nghỉ Tết của nhà trường\n\nCộng Hòa Xã Hội Chủ Nghĩa Việt Nam\n\n"
        "Độc lập – Tự do – Hạnh phúc\n\n \n\nTHÔNG BÁO\n\nKính gửi:  Quý phụ huynh\n\n"
        "Trường Mầm non Sao Mai xin thông báo lịch nghỉ Tết:\n\n \n\n"
        "Các cháu được nghỉ từ ngày 05/02/2024 đến hết ngày 14/02/2024.\n\n \n\n"
        "Ngày 15/02/2024 trường đón các cháu trở lại bình thường.\n\nTrân trọng cảm ơn!\n\n \n\n \n\n"
        f"TM. BAN GIÁM HIỆU\n\n \n\n(đã ký)\n\n{MORE}\n\n{BODY}"
    )
    spoken = spoken_text(article_of(page))
    assert "đón các cháu trở lại" in spoken and "nghỉ từ ngày" in spoken


def test_a_sites_greeting_goes_and_the_paragraph_it_opens_stays() -> None:
    opening = (
        "Chào mừng bạn đến với Vườn Nhà Xanh! Nếu bạn yêu hoa mai, hẳn bạn biết để cây nở đúng Tết cần "
        "cả một năm chăm sóc tỉ mỉ. Mỗi tháng đều có những việc riêng quyết định sức khỏe và khả năng ra "
        "hoa của cây. Hôm nay chúng tôi chia sẻ lịch chăm mai từng tháng để bạn tự tin có chậu mai như ý."
    )
    spoken = spoken_text(article_of(f"{HEAD}\n\n{opening}\n\n{BODY}\n\n{MORE}"))
    assert "Chào mừng" not in spoken and "Mỗi tháng đều có những việc riêng" in spoken


def test_a_recipes_measure_printed_twice_is_read_twice() -> None:
    items = ["✔ Đường: 100g", "✔ Nước: 50ml", "✔ Trứng gà: 4 quả", "✔ Đường: 100g", "✔ Sữa tươi: 500ml"]
    spoken = spoken_text(article_of(f"{HEAD}\n{LEAD}\n" + "\n".join(items) + f"\n{BODY}\n{MORE}"))
    assert spoken.count("Đường: 100g") == 2


def test_a_forums_chrome_is_not_read() -> None:
    chrome = [
        "Welcome Guest ( Log In | Register )",
        "4 Pages V   1 2 3 > »",
        "coquanvan",
        "Posted on: Mar 12 2010, 09:15 AM",
        "Advanced Member",
        "Group: Members",
        "Joined: 12-May 07",
        "Member No.: 1,204",
    ]
    spoken = spoken_text(article_of("\n\n".join(chrome) + f"\n\n{LEAD}\n\n{BODY}\n\n{MORE}"))
    assert not any(word in spoken for word in ("Welcome", "Pages", "coquanvan", "Posted", "Member", "Joined"))


def test_a_document_librarys_download_lines_and_file_type_are_not_read() -> None:
    page = (
        "Tải bản đầy đủ (.doc) (18 trang)\n\nTiểu luận: Kỹ năng bán hàng qua điện thoại docx\n\n"
        "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (150 KB, 18 trang )\n\n"
        f"~~~~Ω~~~~\n\n{BODY}\n\n{MORE}"
    )
    article = article_of(page)
    assert article.headline == "Tiểu luận: Kỹ năng bán hàng qua điện thoại"
    assert "tải" not in spoken_text(article).lower() and "Ω" not in spoken_text(article)


def test_a_smileys_name_left_in_a_sentence_is_not_read() -> None:
    opening = "Bánh flan rất dễ làm, ai cũng biết làm món này Smile Tuy vậy mỗi nhà một công thức riêng."
    assert "Smile" not in spoken_text(article_of(f"{HEAD}\n\n{opening}\n\n{BODY}\n\n{MORE}"))


def test_link_words_inside_a_paragraph_are_not_read() -> None:
    paragraph = (
        "Tháng 2: Bón phân hữu cơ cho cây. Xem thêm: Top những chậu mai đẹp nhất năm nay Tháng 3: Tỉa cành "
        "và nhặt lá vàng. Cây cần nắng nhẹ buổi sáng. mua bán mai giá rẻ. Tưới nước hai lần mỗi ngày."
    )
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{paragraph}\n\n{BODY}"))
    assert "Xem thêm" not in spoken and "Top những chậu" not in spoken and "mua bán" not in spoken
    assert "Tháng 3: Tỉa cành" in spoken and "Tưới nước hai lần" in spoken


def test_a_rating_count_a_copied_from_note_and_an_illustrations_caption_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n2 Đánh giá\n\n{LEAD}\n\n(Wikipedia)\n\n{BODY}\n\n"
        f"Hình ảnh minh họa một chiếc bánh flan vừa úp ra đĩa.\n\n{MORE}"
    )
    spoken = spoken_text(article_of(page))
    assert "Đánh giá" not in spoken and "Wikipedia" not in spoken and "minh họa" not in spoken


def test_a_capitalised_unaccented_alt_text_is_not_read() -> None:
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\nBanh flan mem min tai nha\n\n{BODY}\n\n{MORE}"))
    assert "Banh" not in spoken


def test_a_first_sentence_is_not_cut_before_a_name_of_words_the_text_repeats() -> None:
    opening = (
        "Bạn không cần đến tận nơi mà chỉ cần truy cập Cổng dịch vụ công quốc gia để làm hộ chiếu online. "
        "Người làm phải có tài khoản hợp lệ trên Cổng dịch vụ công quốc gia và trả lệ phí qua cổng thanh toán."
    )
    article = article_of(f"{opening}\n\nBước 1: Đăng nhập tài khoản.\n\n{BODY}\n\n{MORE}")
    assert "truy cập Cổng dịch vụ công" in article.headline


def test_a_first_paragraph_is_not_cut_at_a_word_glued_to_a_name_after_a_sentence() -> None:
    page = (
        "Việc chăm sóc cây Mai vàng sau Tết rất là quan\n"
        "trọng, được nhiều người quan tâm, vì cây Mai đã bị bỏ đói, bỏ khát,\n"
        "không được tưới trong mấy ngày Tết. Bây giờ cây Mai bị tàn tạ, lá\n"
        "xanh mét, mỏng manh yếu ớt. Do đó chúng ta cần phải chăm sóc lại câyMai ngay\n"
        "Cây cần được đem ra nắng nhẹ vào buổi sáng rồi tăng dần số giờ phơi nắng mỗi ngày.\n"
    )
    assert (article_of(page).lead or "").startswith("Bây giờ cây Mai bị tàn tạ")


def test_a_sentence_opening_with_a_name_in_small_letters_is_read() -> None:
    paragraph = "Máy có camera tốt và pin dùng cả ngày. iPhone 15 ra mắt. Giá bán từ hai mươi triệu đồng."
    assert "iPhone 15 ra mắt" in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{paragraph}\n\n{BODY}"))
