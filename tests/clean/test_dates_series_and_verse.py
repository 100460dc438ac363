"""Round 34 of reading real pages (issue 21): a page's date lines written in words, a series'
links under the headline, a desk's note glued to a title in capitals, a quotation that a
headline must not be cut inside, a term that goes on after "chư", a writer who put a story
together "(tổng hợp)", counters alone on a line, a login's buttons, couplets (lục bát) between
paragraphs, a caption printed twice under two paragraphs, and "Gx." that closes no sentence."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences

from .pages import article_of, spoken_text

HEAD = "Hội Nông dân huyện tập huấn kỹ thuật chăn nuôi bò sinh sản cho hội viên"
LEAD = "Trong hai ngày, Hội Nông dân huyện đã tổ chức lớp tập huấn kỹ thuật chăn nuôi bò cho một trăm hội viên."
BODY = "Các học viên được hướng dẫn cách chăm sóc bò cái sinh sản, phòng bệnh và chế biến thức ăn thô xanh."
MORE = "Kết thúc lớp học, các hộ tham gia cam kết áp dụng kỹ thuật mới vào chăn nuôi của gia đình mình."


def test_date_lines_written_in_words_are_the_pages_and_the_articles_date() -> None:
    page = f"Thứ tư, ngày 1 tháng 5 năm 2024\nThứ hai, ngày 26 tháng 6 năm 2023 | 13:58\n{HEAD}\n{LEAD}\n{BODY}"
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert article.published == "2023-06-26T13:58"


def test_a_series_links_to_its_other_parts_are_not_read() -> None:
    head = "Chăn nuôi lợn bền vững - Bài 3: Những mô hình cần nhân rộng"
    page = f"{head}\n{LEAD}\nBài 1: Ngành nuôi lợn gặp khó\nBài 2: Mục tiêu, giải pháp phát triển\n{BODY}\n{MORE}"
    assert "Bài 1" not in spoken_text(article_of(page)) and "Bài 2" not in spoken_text(article_of(page))
    alone = f"{HEAD}\n{LEAD}\nBài 2: Những việc cần làm ngay\n{BODY}"
    assert "Bài 2" in spoken_text(article_of(alone))


def test_a_desks_note_glued_to_a_title_in_capitals_is_parted() -> None:
    first = "TỔ CHỨC TẬP HUẤN VÀ KIỂM TRA MÔ HÌNH DỰ ÁN TẠI NGHỆ ANBBT: Năm 2017, Hội Làm vườn triển khai mô hình mới."
    article = article_of(f"{first}\n{BODY}\n{MORE}")
    assert article.headline == "TỔ CHỨC TẬP HUẤN VÀ KIỂM TRA MÔ HÌNH DỰ ÁN TẠI NGHỆ AN"
    assert article.lead == "Năm 2017, Hội Làm vườn triển khai mô hình mới."


def test_a_long_first_sentence_is_not_cut_inside_a_quotation() -> None:
    first = (
        "Thực hiện Dự án Khuyến nông Trung ương năm 2015“Xây dựng mô hình ứng dụng các tiến bộ kỹ thuật nhằm"
        " chuyển đổi cơ cấu cây trồng, vật nuôi góp phần tăng thu nhập cho người dân”, Đoàn thanh niên phối"
        " hợp với tỉnh đoàn triển khai mô hình cải tạo tầm vóc bò địa phương tại xã Minh Tân với quy mô hai"
        " mươi hai con ở hai mươi hai hộ gia đình thanh niên nghèo."
    )
    headline = article_of(f"{first}\n{BODY}\n{MORE}").headline
    assert headline.count("“") == headline.count("”") and not headline.endswith("cây trồng")


def test_a_first_line_is_not_cut_after_chu_before_a_capital() -> None:
    first = (
        "Trong buổi lễ Vu lan báo hiếu hàng Phật tử chúng con cũng không quên được truyền thống thiêng liêng"
        " đó là lễ cúng dường cho 60 chư Tôn đức Tăng Ni chùa Giác Ngộ sau ba tháng An cư kiết hạ."
    )
    assert clean(f"{first}\n{BODY}\n{MORE}").blocks[0] == first


def test_a_writer_who_put_the_story_together_is_the_byline() -> None:
    article = article_of(f"{HEAD}\nHoàng Minh (tổng hợp)\n{LEAD}\n{BODY}")
    assert article.byline == "Hoàng Minh" and "tổng hợp" not in spoken_text(article)


def test_counters_and_a_logins_buttons_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\n0\n{BODY}\n1745\n{MORE}\nĐăng nhập với\nFacebook Google"
    article = article_of(page)
    assert article.byline is None and spoken_text(article).split()[-1] == "mình."
    assert "0" not in spoken_text(article).split()


def test_couplets_between_paragraphs_are_one_stanza_not_chapters() -> None:
    verse = "\n\n".join(
        [
            "Dù ai đi ngược về xuôi",
            "Nhớ ngày giỗ Tổ mồng mười tháng ba.",
            "Dù ai buôn bán đường xa,",
            "Nhớ ngày giỗ Tổ tháng ba mà về",
        ]
    )
    article = article_of(f"LỄ GIỖ QUỐC TỔ HÙNG VƯƠNG\n\n{verse}\n\n{BODY}\n\n{MORE}")
    assert article.lead is not None and article.lead.startswith("Dù ai đi ngược về xuôi, Nhớ ngày giỗ Tổ")
    assert all(s.title is None for s in article.sections)


def test_six_and_eight_word_lines_that_do_not_rhyme_are_no_verse() -> None:
    lines = "".join(f"Mục {n} của bản tin dài\nĐây là đoạn văn số {n} của bài.\n" for n in range(3))
    article = article_of(f"{HEAD}\n{LEAD}\n{lines}")
    assert [s.title for s in article.sections] == [f"Mục {n} của bản tin dài" for n in range(3)]


def test_a_caption_printed_twice_under_two_paragraphs_is_no_headline() -> None:
    first = "Sau khi hoàn thành nhiệm vụ, nhiều cựu chiến binh lại làm nên những kỳ tích trên mặt trận xóa nghèo."
    second = "Họ là những điển hình tiêu biểu trong phong trào thi đua, góp phần xóa nghèo chung của cả tỉnh."
    caption = "Một mô hình trang trại của cựu chiến binh"
    article = article_of(f"{first}\n{second}\n{caption}\n{caption}\n{BODY}")
    assert caption not in spoken_text(article)


def test_gx_closes_no_sentence() -> None:
    assert split_sentences("Gx. Mộc Hóa: Bổn Mạng Cha Sở. Thánh lễ diễn ra lúc sáng.") == (
        "Gx. Mộc Hóa: Bổn Mạng Cha Sở.",
        "Thánh lễ diễn ra lúc sáng.",
    )
