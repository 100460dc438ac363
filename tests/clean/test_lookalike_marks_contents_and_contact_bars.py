"""Round 148 of reading real pages (issue 21): a page written in look-alike letters (a macron or an inverted breve for
every hat, "ⱪ" for k); a contents box whose entries take two lines each ("1. Giới thiệu:" / "Tại sao ..."); a
contents box's "Mục lục (Ẩn/Hiện)"; a contact and login bar over the title; a guide's part heading whose words the
text says again ("Nguyên nhân gây ..."); a title in English words opening the page."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Vì sao máy lạnh chạy ồn"
LEAD = "Máy lạnh chạy ồn là chuyện nhiều nhà gặp sau vài năm dùng, nhất là vào những ngày nóng nhất."
BODY = "Thợ thường kiểm tra quạt dàn nóng trước, vì cánh quạt lệch là nguyên nhân hay gặp nhất."


def test_a_page_in_lookalike_letters_is_read_in_its_own_letters() -> None:
    masked = "Khi ᵭiḕu hoà nhà bạn ⱪêu to, nguyên nhȃn thường ʟà các ṓc vít ʟỏng và tiḗng ṑn ⱪhȏng ᵭáng ʟo."
    spoken = " ".join(spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{masked}\n\n{BODY}\n"))
    assert "điều hòa nhà bạn kêu to, nguyên nhân thường là các ốc vít lỏng và tiếng ồn không đáng lo." in spoken


def test_a_contents_box_with_entries_on_two_lines_is_not_read() -> None:
    box = (
        "Mục lục\n1.\nGiới thiệu:\nVì sao máy lạnh kêu to\n2.\nNguyên nhân:\nQuạt và ốc vít\n"
        "3.\nCách xử lý:\nVệ sinh và siết lại\n"
    )
    parts = "1. Giới thiệu: Vì sao máy lạnh kêu to\n\n" + BODY + "\n\n2. Nguyên nhân: Quạt và ốc vít\n\n" + LEAD + "\n"
    sentences = spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{box}{parts}")
    assert sum("Vì sao máy lạnh kêu to" in s for s in sentences) == 1
    assert not any(s.startswith("Vệ sinh và siết lại") for s in sentences)


def test_a_contents_boxs_show_and_hide_label_is_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nMục lục (Ẩn/Hiện)\n\n1. Nguyên nhân ở dàn nóng\n\n{BODY}\n"
    assert "Mục lục" not in spoken_text(article_of(page))


def test_a_contact_and_login_bar_over_the_title_is_not_the_headline() -> None:
    article = article_of(f"Liên hệ: 0912 345 678  Đăng nhập  Đăng ký\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Đăng nhập" not in spoken_text(article)


def test_a_guides_part_heading_the_text_says_again_is_read() -> None:
    title = "Cách phòng tiếng ồn cho máy lạnh chạy lâu năm thường dùng"
    lead = "Để máy lạnh chạy êm, bạn cần lưu ý một số vấn đề về tiếng ồn cho máy lạnh chạy lâu năm trong gia đình."
    heading = "Nguyên nhân gây tiếng ồn cho máy lạnh chạy lâu năm"
    text = (
        "Máy lạnh chạy lâu năm có thể gây tiếng ồn rất lớn. Nếu không nắm được nguyên nhân gây tiếng ồn thì rất khó "
        "xử lý.\n\nTiếng ồn cho máy lạnh chạy lâu năm do quạt gây ra. Quạt lệch sẽ rung mạnh sau mười ngày.\n"
    )
    assert heading in spoken_sentences(f"{title}\n\n{lead}\n\n{heading}\n\n{text}")


def test_a_title_in_english_words_opening_the_page_is_the_headline() -> None:
    article = article_of(f"Top 5 tips 2024\n\n{LEAD} {BODY}\n\n{BODY}\n")
    assert article.headline == "Top 5 tips 2024"
