"""Round 85 of reading real pages (issue 21): growers' guides, a journal's comment spam, a baking
blog, a spam site that writes its words in look-alike letters. A line of look-alikes, a "Đăng bởi:"
line between the title and its count of readers, a comment's poster and day run into the title, a
recipe card's labels, a camera's file name, a link to another post, a heading after "dưới đây."
and a question glued to a quotation are read as the page means them, or not read."""

from __future__ import annotations

from audio_edition.text.unicode import clean_unicode

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Kỹ thuật trồng dưa lưới trong nhà màng cho người mới"
LEAD = "Trồng dưa lưới trong nhà màng giúp kiểm soát nhiệt độ, độ ẩm và hạn chế sâu bệnh cho cây."
BODY = "Người trồng nên chọn giống chịu nhiệt, gieo hạt vào khay rồi đưa cây con ra giá thể sau mười ngày."
MORE = "Mỗi vụ kéo dài khoảng bảy mươi ngày và có thể trồng ba vụ mỗi năm nếu chăm sóc đúng cách."


def test_a_line_written_in_look_alike_letters_is_read_in_latin_ones() -> None:
    masked = "Cây dưa lưới kɦôɴg ᴛɦíƈɦ nơi ẩm ướt, пêᶇ ᴄầŋ ᵭất tɦσát ɴướᴄ ᴛốᴛ 𝘷à ռɦiều nắng."
    assert clean_unicode(masked) == "Cây dưa lưới không thích nơi ẩm ướt, nên cần đất thoát nước tốt và nhiều nắng."


def test_a_line_of_greek_letters_and_a_single_symbol_keep_their_letters() -> None:
    assert clean_unicode("Hệ số α và β trong công thức ρ = m/V") == "Hệ số α và β trong công thức ρ = m/V"


def test_a_posted_by_line_between_the_title_and_its_count_of_readers_is_the_byline() -> None:
    page = f"{HEAD}\nĐăng bởi: Nhà Lưới Việt\nNgày đăng: 23-03-2023\nLượt xem: 860\n{LEAD}\n{BODY}\n{MORE}"
    article = article_of(page)
    assert article.headline == HEAD and article.byline == "Nhà Lưới Việt"
    assert "Đăng bởi" not in spoken_text(article)


def test_a_comments_poster_and_day_run_into_the_title_and_its_reply_line_are_not_read() -> None:
    article = article_of(f"{HEAD}\nchiasett chiasett (2025-08-13)\nEn respuesta a Gostei!\n{LEAD}\n{BODY}\n{MORE}")
    said = spoken_text(article)
    assert article.headline == HEAD and article.lead == LEAD and article.published == "2025-08-13"
    assert "chiasett" not in said and "respuesta" not in said


def test_a_recipe_cards_labels_and_a_cameras_file_name_are_not_read() -> None:
    page = f"{HEAD}\n  • Chuẩn bị\n  • Nấu/Nướng\n  • Độ khó\n{LEAD}\nIMG_6618-1\n{BODY}\n{MORE}"
    article = article_of(page)
    said = spoken_text(article)
    assert article.lead == LEAD and "Độ khó" not in said and "IMG" not in said


def test_a_link_to_another_post_is_not_read() -> None:
    link = (
        "👉 Ngoài ra, bạn cũng có thể tham khảo thêm cách chăm cây đào tại: https://vidu.blogspot.com/2025/04/dao.html"
    )
    said = spoken_text(article_of(f"{HEAD}\n{LEAD}\n{BODY}\n{link}\n{MORE}"))
    assert "tham khảo thêm" not in said and MORE in said


def test_a_heading_after_a_paragraph_that_announces_it_is_read() -> None:
    lead = "Nhiều bà con chưa quen với quy trình kỹ thuật trồng dưa lưới, nên hãy tham khảo bài viết dưới đây."
    page = f"{HEAD}\n{lead}\nQuy trình kỹ thuật trồng dưa lưới trong nhà màng\n{BODY}\n{MORE}"
    assert "Quy trình kỹ thuật trồng dưa lưới trong nhà màng" in spoken_text(article_of(page))


def test_an_exclamation_glued_to_a_quotation_ends_its_sentence() -> None:
    said = spoken_sentences(
        f"{HEAD}\n{LEAD}\nĐừng tiếc tiền giống mà lỗ cả vụ dưa nghen!“Giống tốt là bước đầu thắng lợi.\n{MORE}"
    )
    assert "Đừng tiếc tiền giống mà lỗ cả vụ dưa nghen!" in said
