"""Round 142 of reading real pages (issue 21), beyond the parish pages: a picture's text "<title> ảnh 1" glued
to its caption; a date box's "'18"; a decision's issuing office over its body's name; a greeting over the
first paragraph; a numbered heading in capitals glued to its text, or run after an ellipsis; a plan's title
wrapped under its kind; a page's summary over its title printed again; a foreign name's letter beside words
without marks."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Ký túc xá tư nhân hút sinh viên"
LEAD = "Chỗ ở của sinh viên là câu chuyện cũ, thế nhưng mỗi năm học mới đều phải nhắc lại với nhiều lựa chọn."
BODY = "Tùy vào chất lượng phòng và vị trí nhà trọ, tiền phòng sẽ có giá từ bảy trăm nghìn đồng đến gần hai triệu."
MORE = "Là tân sinh viên, Tiên khăn gói lên thành phố sớm hơn lịch nhập học một tuần để tìm chỗ ở gần trường."


def test_a_pictures_numbered_title_glued_to_its_caption_is_not_read() -> None:
    caption = f"{TITLE} ảnh 1 Các phòng ký túc xá tư nhân được thiết kế thoáng mát, hiện đại để thu hút sinh viên."
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{caption}\n\n{MORE}\n"))
    assert "ảnh 1" not in spoken and "thoáng mát" not in spoken and MORE in spoken


def test_a_date_boxs_short_year_and_a_decisions_office_over_its_body() -> None:
    title = "Quyết định ban hành Quy chế tuyển sinh trình độ cao đẳng tại Trường Cao đẳng Công nghệ"
    grounds = "Căn cứ Quyết định số 6426/QĐ-BGD&ĐT ngày 24/09/2008 về việc thành lập Trường Cao đẳng Công nghệ;"
    page = (
        f"{title}\n\n15\n06\n'18\n\nQUYẾT ĐỊNH\n\nHIỆU TRƯỞNG\nTRƯỜNG CAO ĐẲNG CÔNG NGHỆ\n\n{grounds}\n\nQUYẾT ĐỊNH:\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.lead is None and "'18" not in spoken and article.byline is None
    assert "HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CÔNG NGHỆ" in spoken


def test_a_greeting_over_the_first_paragraph_opens_the_lead() -> None:
    first = "Tuần vừa rồi là tuần kỉ niệm ngày thành lập bang chỗ tớ, năm nào cũng có nhiều hoạt động vui."
    article = article_of(f"Bánh ga tô sinh nhật đơn giản\n\nHi cả nhà,\n{first}\n\n{BODY}\n")
    assert article.lead == f"Hi cả nhà, {first}"


def test_a_numbered_heading_glued_to_its_text_and_to_an_ellipsis_heads_its_part() -> None:
    first = "1. Ý TƯỞNG SẢN PHẨMNước ta là một nước nông nghiệp nên nguồn nguyên liệu nông sản là rất lớn."
    second = "Bánh dành cho những người ăn kiêng, trẻ em bị suy dinh dưỡng…2. ĐÁNH GIÁ THỊ TRƯỜNG Bánh bán cho mọi nhà."
    spoken = spoken_sentences(f"Báo cáo phát triển sản phẩm bánh nhân trứng\n\n{first}\n\n{second}\n")
    assert "một. Ý TƯỞNG SẢN PHẨM" in spoken and spoken[spoken.index("một. Ý TƯỞNG SẢN PHẨM") + 1].startswith("Nước ta")
    assert any(s.startswith("hai. ĐÁNH GIÁ") for s in spoken) and not any("dưỡng, hai" in s for s in spoken)


def test_a_plans_title_wrapped_under_its_kind_is_the_whole_headline() -> None:
    page = (
        "KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu\n"
        "Đoàn TNCS Hồ Chí Minh thành phố lần thứ XIV,"
        "\nnhiệm kỳ 2012 - 2017\nCăn cứ Điều lệ Đoàn và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011, Ban Chấp hành ban hành"
        " Kế hoạch như sau:\nI. YÊU CẦU\n1. Đại hội Đoàn các cấp phải quán triệt sâu sắc tư tưởng chỉ đạo của Đảng.\n"
    )
    article = article_of(page)
    assert article.headline.endswith("lần thứ XIV, nhiệm kỳ 2012 - 2017")
    assert any("hai trăm chín mươi tám ca hát tê vê kép" in s for s in spoken_sentences(page))


def test_a_pages_summary_over_its_title_printed_again_is_read_once() -> None:
    title = "Mã lực là gì"
    opening = "Mã lực là một đơn vị cũ dùng để chỉ công suất của máy bơm và động cơ."
    rule = "Trong thực tế người ta hay dùng các hệ số tương đối như sau để đổi đơn vị:"
    page = f"{title}\n\n{opening} {rule} 1 HP = 0,736kW.\n\n{title}\n\n{opening}\n{rule}\n1 HP = 0,736kW.\n\n{BODY}\n"
    spoken = spoken_sentences(page)
    assert sum("Trong thực tế người ta" in s for s in spoken) == 1


def test_a_foreign_names_letter_keeps_the_words_after_it() -> None:
    text = "Đảo Ngọc có nhiều thương hiệu như Regent, Novotel, Pullman, Mövenpick resort waverly Phú Quốc."
    assert "Mövenpick resort waverly" in spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{text}\n\n{BODY}\n"))
