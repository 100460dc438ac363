"""Round 126 of reading real pages (issue 21): a plan printing its title again over lines under
"KẾ HOẠCH"; a form's numbered fields run into one line; a picture's caption run into a paragraph;
a video's label, captions of monks and of happy faces, captions closed by a stop; a site's account
as the writer, a row of tags, an illustration's alt text, a firm's slogan and contents labels; a
tour's first day under its title; an address's parts in small letters."""

from __future__ import annotations

from audio_edition.text.sentences import split_sentences

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Triển khai kế hoạch chuyển đổi số của xã Tân Hòa đến năm 2025, định hướng đến năm 2030"
LEAD = "Thực hiện kế hoạch của huyện, Ủy ban nhân dân xã Tân Hòa ban hành kế hoạch với các nội dung chủ yếu như sau."
BODY = "Các cơ sở dữ liệu của xã được kết nối với hệ thống của tỉnh, phục vụ người dân và doanh nghiệp tra cứu."
MORE = "Toàn bộ hồ sơ thủ tục hành chính cấp xã được tiếp nhận và giải quyết trên hệ thống một cửa điện tử."


def test_a_plans_title_printed_again_over_lines_under_its_kind_is_not_read() -> None:
    page = (
        f"{TITLE}\n\nKẾ HOẠCH\n\nTriển khai kế hoạch chuyển đổi số của xã Tân Hòa\n\nđến năm 2025, định hướng"
        f" đến năm 2030\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    assert article.lead == LEAD
    assert "KẾ HOẠCH" not in spoken_text(article) and spoken_text(article).count("định hướng đến năm 2030") == 1


def test_a_forms_next_number_opens_the_next_field() -> None:
    line = "1. Tiêu đề. “Công tác một cửa” 2. Lê Văn An: Công chức văn phòng 3. Triển khai đã xong. Đến nay tốt."
    assert split_sentences(line) == (
        "1. Tiêu đề.",
        "“Công tác một cửa”",
        "2. Lê Văn An: Công chức văn phòng",
        "3. Triển khai đã xong.",
        "Đến nay tốt.",
    )
    assert split_sentences("1. Hàng thứ nhất gồm vợ. Có 2. Sau đó ăn.")[1] == "Có 2."  # no "3.": one number alone


def test_a_caption_run_into_a_paragraph_is_not_read() -> None:
    paragraph = (
        f"{MORE} Hình ảnh Công chức ở bộ phận một cửa đang giải quyết thủ tục cho công dân Đến nay, cán bộ xã"
        " đều được cấp máy tính có kết nối mạng."
    )
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{paragraph}\n\n{BODY}\n"))
    assert "Hình ảnh Công chức" not in spoken and "Đến nay, cán bộ xã đều được cấp máy tính" in spoken


def test_a_videos_label_and_captions_of_monks_are_not_read() -> None:
    page = (
        "Lễ an vị tượng Phật tại chùa Phước Hải\n\nSáng nay, chùa Phước Hải trang nghiêm tổ chức lễ an vị tôn"
        " tượng Đức Phật tại chánh điện với sự tham dự của đông đảo Phật tử.\n\nVideo buổi lễ\n\nChư tôn giáo"
        " phẩm niêm hương bạch Phật\n\nChứng minh buổi lễ có chư tôn đức Tăng Ni trụ trì các tự viện trong"
        " huyện cùng Phật tử gần xa về tham dự.\n\nChư Tăng tụng kinh cầu nguyện\n\nSau đó, trụ trì chùa đã"
        " tác bạch về quá trình xây dựng ngôi chùa từ năm 2010 đến nay.\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert "Video buổi lễ" not in spoken and "niêm hương bạch Phật" not in spoken
    assert "Chư Tăng tụng kinh" not in spoken and "tác bạch về quá trình xây dựng" in spoken


def test_captions_closed_by_a_stop_are_not_read() -> None:
    lead = (
        "Ngày 19/9, Hội Nông dân tỉnh phối hợp với ngân hàng tổ chức bàn giao bò cái sinh sản cho hộ nghèo"
        " tại xã Yên Lập."
    )
    page = (
        f"Luân chuyển bò cái sinh sản cho hội viên nông dân nghèo\n\n{lead}\n\nBàn giao bò cái sinh sản cho"
        " hộ nghèo tại xã Yên Lập.\n\nCác hộ được vay theo hình thức vay bò trả bê, thời gian cho vay bốn năm,"
        " sau đó bê con được luân chuyển cho hộ khác.\n\nNiềm vui của các hộ dân khi được nhận bò.\n\nHội"
        " Nông dân các huyện sẽ thường xuyên kiểm tra, theo dõi các hộ thực hiện dự án.\n"
    )
    spoken = spoken_text(article_of(page))
    assert spoken.count("bò cái sinh sản cho hộ nghèo tại xã Yên Lập") == 1 and "Niềm vui của" not in spoken


def test_a_lists_items_opening_alike_are_read() -> None:
    page = (
        "Nhiệt độ phục vụ rượu vang\n\nMỗi loại rượu vang có nhiệt độ tối ưu để phục vụ riêng, cần biết để"
        " giữ hương vị.\n\nRượu vang đỏ nhiệt độ tối ưu để phục vụ trong ngưỡng 16-18 độ C.\n\nRượu vang"
        " trắng nhiệt độ tối ưu để phục vụ trong ngưỡng 7-12 độ C.\n\nRượu vang hồng nhiệt độ tối ưu để"
        " phục vụ là 12 độ C.\n"
    )
    assert "Rượu vang trắng nhiệt độ tối ưu" in spoken_text(article_of(page))


def test_a_sites_account_tags_and_an_illustrations_text_are_not_read() -> None:
    lead = "Cờ tướng là môn chơi trí tuệ quen thuộc, nay có thêm sân chơi trực tuyến cho kỳ thủ khắp cả nước."
    page = (
        f"Cộng đồng kỳ thủ Việt Nam - Giải đấu trực tuyến\n\nBởi Administrator\n\n#Cộng đồng#Online#Kỳ thủ"
        f"#Giải đấu\n\nHình minh họa cho bài viết: Cộng đồng kỳ thủ Việt Nam - Giải đấu trực tuyến - Tham gia"
        f" cộng đồng kỳ thủ với hệ thống xếp hạng, tính năng xã hội và cơ hội thi đấu trên nền tảng hàng đầu"
        f"\n\n{lead}\n\nNhiều kỳ thủ đã tham gia các giải đấu hằng tuần và được xếp hạng theo điểm số.\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.lead == lead and "Administrator" not in spoken and "#" not in spoken
    assert "Hình minh họa" not in spoken


def test_a_firms_slogan_and_contents_labels_are_not_read() -> None:
    lead = "Thừa kế đất đai là vấn đề thường phát sinh sau khi một người qua đời, để lại tài sản cho người thân."
    page = (
        f"Thừa kế đất đai khi không có di chúc\n\nLuật Minh Tâm – Nhận tư vấn tranh chấp đất đai, thừa kế\n\n"
        f"{lead}\n\nNội dung trang\n\nVậy những ai được quyền hưởng đất đai và việc phân chia tiến hành ra sao?"
        "\n\nMục lục nội dung\n\nTheo Bộ luật Dân sự, di sản được chia theo hàng thừa kế, lần lượt từ gần đến"
        " xa.\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.lead == lead and "Luật Minh Tâm" not in spoken
    assert "Nội dung trang" not in spoken and "Mục lục nội dung" not in spoken


def test_a_tours_first_day_under_its_title_heads_the_programme() -> None:
    page = (
        "Chương trình Huyền thoại Côn Đảo\n\nNGÀY 01: HÀ NỘI - CÔN ĐẢO - NGHĨA TRANG HÀNG DƯƠNG\n\nSáng: Quý"
        " khách có mặt tại sân bay Nội Bài và làm thủ tục đáp chuyến bay đi Côn Đảo.\n\nTối: Quý khách ăn tối"
        " tại nhà hàng rồi viếng nghĩa trang Hàng Dương.\n"
    )
    article = article_of(page)
    assert article.headline == "Chương trình Huyền thoại Côn Đảo" and article.lead is None
    assert article.category is None and "NGÀY 01" in spoken_text(article)


def test_an_addresss_parts_in_small_letters_stay_in_one_sentence() -> None:
    said = spoken_sentences(
        f"{TITLE}\n\nLễ diễn ra tại chùa Hải Châu (tổ dân phố 3, p. Hải Thành, q. Dương Kinh, tp. Hải Phòng)"
        f" với đông đảo Phật tử tham dự.\n\n{BODY}\n"
    )
    assert any("phường Hải Thành, quận Dương Kinh, thành phố Hải Phòng" in s for s in said)
