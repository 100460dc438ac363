"""Round 86 of reading real pages (issue 21): items closing a page under a short label or as a list
of codes; a breed's name after its kind and a name before a comma in a first line run together; a
heading in capitals under an opening paragraph that shares its words; a heading under the title
printed again; a plugin's "Content", "Bạn đang xem bài viết ... tại <site> bạn có thể ..." and
"Bạn đang đọc: ..." lines; a link's words after "Tham khảo thêm"; a caption under its picture's
file name; an English alt text glued to a word; keycap digits; a stop typed after its space."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.text.sentences import split_sentences
from audio_edition.text.unicode import clean_unicode

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Những lỗi thường gặp khi dùng máy giặt cửa trước và cách tự xử lý tại nhà"
LEAD = "Máy giặt cửa trước ngày càng phổ biến nhưng nhiều gia đình vẫn lúng túng khi máy báo lỗi giữa chừng."
BODY = "Phần lớn các lỗi nhỏ có thể tự kiểm tra trong vài phút mà không cần gọi thợ đến tận nhà."


def test_unstopped_items_under_a_short_label_close_the_page_and_are_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\n{BODY}\nMáy không xả nước\nNguyên nhân thường là ống xả bị gập hoặc tắc.\n"
        "Cách xử lý:\nKiểm tra lại đường ống xả\nVệ sinh lưới lọc ở chân máy (nắp nhỏ phía dưới)\n"
    )
    spoken = spoken_text(article_of(page))
    assert "Kiểm tra lại đường ống xả" in spoken
    assert "Vệ sinh lưới lọc ở chân máy (nắp nhỏ phía dưới)" in spoken  # the last line too, no heading


def test_a_list_of_codes_closing_the_page_is_read_to_its_last_item() -> None:
    page = (
        f"{HEAD}\n{LEAD}\n{BODY}\nBảng mã lỗi chung của các dòng máy đời mới như sau\n"
        "E1 – Cửa máy chưa đóng kín\nE2- Nước cấp vào quá chậm\nE3 – Không xả được nước\nF1 – Lỗi cảm biến nhiệt\n"
        "F2 – Lỗi động cơ quay lồng\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert "F1 – Lỗi cảm biến nhiệt" in spoken and "F2 – Lỗi động cơ quay lồng" in spoken
    assert all(s.title != "F1 – Lỗi cảm biến nhiệt" for s in article.sections)  # an item, no chapter


def test_a_name_before_a_comma_or_after_its_kind_does_not_cut_a_first_line_run_together() -> None:
    named = (
        "Mèo Anh lông ngắn, hay còn được gọi là mèo Aln, là giống mèo hiền lành được nhiều gia đình ở thành phố "
        "chọn nuôi trong căn hộ nhỏ. Chúng ít kêu và thích ngủ."
    )
    headline = article_of(f"{named}\n{BODY}").headline
    assert headline.endswith("giống mèo hiền lành được nhiều gia đình ở thành phố chọn nuôi trong căn hộ nhỏ")
    bred = (
        "Nhiều người mới nuôi vẫn băn khoăn vì sao giống chó Poodle cần được tỉa lông đều đặn mỗi tháng để "
        "giữ bộ lông xoăn gọn gàng và sạch sẽ quanh năm."
    )
    headline = article_of(f"{bred}\n{BODY}").headline
    assert headline.startswith("Nhiều người mới nuôi vẫn băn khoăn vì sao giống chó Poodle cần")


def test_a_heading_in_capitals_that_shares_the_opening_paragraphs_words_is_read() -> None:
    opening = (  # a paragraph too long to hold a headline and its lead run together
        "Nếu một buổi sáng chiếc máy giặt đang quay bỗng dừng lại, phát ra tiếng bíp liên tục và đèn báo lỗi "
        "nhấp nháy không ngừng trên bảng điều khiển, bạn đừng vội gọi thợ đến nhà. Đó có thể chỉ là cảnh báo "
        "cửa máy chưa đóng kín, một lỗi rất thường gặp ở các dòng máy cửa trước. Vậy lỗi máy giặt báo cửa là "
        "gì, vì sao xảy ra và xử lý thế nào cho đúng?"
    )
    page = f"{opening}\nLỖI MÁY GIẶT BÁO CỬA LÀ GÌ?\n{BODY}\nMột vài cách khắc phục đơn giản sẽ được nêu dưới đây.\n"
    assert "LỖI MÁY GIẶT BÁO CỬA LÀ GÌ?" in clean(page).blocks


def test_a_heading_under_the_title_printed_again_is_kept_when_a_later_heading_ends_alike() -> None:
    title = "Đôi nét về mèo Anh lông ngắn, cách chăm sóc và nuôi dưỡng"
    page = (
        f"{title}\n{LEAD}\n{title}\nNguồn gốc xuất xứ của mèo Anh lông ngắn\n{BODY}\n"
        "Ngoại hình của mèo Anh lông ngắn\nThân hình mèo chắc khỏe, đầu tròn và đôi má bầu bĩnh rất dễ thương.\n"
    )
    assert "Nguồn gốc xuất xứ của mèo Anh lông ngắn" in [s.title for s in article_of(page).sections]


def test_a_plugins_content_label_is_never_the_headline() -> None:
    page = f"Content\n\n{LEAD} {BODY}\nNguyên nhân thường gặp\n{BODY}\n"
    assert article_of(page).headline != "Content"


def test_a_plugins_line_naming_the_article_and_its_site_gives_the_title_alone() -> None:
    page = (
        f"Bạn đang xem bài viết {HEAD} tại Meohay.com  bạn có thể truy cập nhanh thông tin cần thiết tại phần mục "
        f"lục bài viết phía dưới.\n\n{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == HEAD
    assert "truy cập nhanh" not in spoken_text(article)


def test_a_reading_now_line_between_the_paragraphs_is_not_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\nNguyên nhân thường gặp\n{BODY}\nMáy kêu to khi vắt là do đặt lệch.\nCách khắc phục\n"
        f"{BODY}\nBạn đang đọc: Máy giặt báo lỗi – nguyên nhân và cách xử lý\nMột lần bảo dưỡng mỗi năm là đủ.\n"
    )
    assert "Bạn đang đọc" not in spoken_text(article_of(page))


def test_a_links_words_after_tham_khao_them_without_a_colon_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nTham khảo thêm dịch vụ sửa máy giặt có tại Trung tâm bảo hành Minh Phát\n{BODY}\n"
    assert "Tham khảo thêm dịch vụ" not in spoken_text(article_of(page))


def test_a_caption_under_its_pictures_file_name_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nve-sinh-va-bao-duong\nVệ sinh & Bảo dưỡng\n{BODY}\nCách khắc phục\n{BODY}\n"
    assert "Vệ sinh & Bảo dưỡng" not in clean(page).blocks


def test_an_english_alt_text_glued_to_a_word_is_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\nHãy lập một kế hoạchsmart goal setting concept rõ ràng trước khi mua máy mới.\n{BODY}\n"
    spoken = spoken_text(article_of(page))
    assert "lập một kế hoạch rõ ràng trước khi mua máy mới." in spoken
    assert "bạn đang vi vu trên đường" in spoken_text(article_of(f"{HEAD}\n{LEAD}\nKhi bạn đang vi vu trên đường.\n"))


def test_keycap_digits_are_plain_numbers_and_open_an_items_line() -> None:
    assert clean_unicode("1\ufe0f\u20e3 Cảm biến bị lỗi") == "1. Cảm biến bị lỗi"
    assert clean_unicode("Top \U0001f51f món ngon") == "Top 10 món ngon"
    sentences = spoken_sentences(f"{HEAD}\n{LEAD}\n2\ufe0f\u20e3 Bugi yếu hoặc hỏng\n{BODY}\n")
    assert "hai. Bugi yếu hoặc hỏng" in sentences and not any("\u20e3" in s for s in sentences)


def test_a_stop_typed_after_its_space_and_glued_to_the_next_sentence_ends_it() -> None:
    assert split_sentences("Nhìn chung chẳng có gì lạ cả .Tai nó cụp xuống.") == (
        "Nhìn chung chẳng có gì lạ cả.",
        "Tai nó cụp xuống.",
    )
    assert split_sentences("Học lập trình .Net rất vui.") == ("Học lập trình .Net rất vui.",)


def test_an_acronym_right_after_its_words_is_said_as_them_every_time() -> None:
    page = (
        f"{HEAD}\n{LEAD}\nHồ nhỏ có kích thước lọt lòng KTLL : 20x20 cm, đủ cho một con cá.\n"
        "Hồ lớn hơn (KTLL : 30x20 cm) hợp với cá đuôi dài.\n"
    )
    spoken = " ".join(spoken_sentences(page))
    assert "kích thước lọt lòng: hai mươi nhân hai mươi xen ti mét" in spoken  # said once, not twice
    assert "Hồ lớn hơn, kích thước lọt lòng: ba mươi nhân hai mươi xen ti mét" in spoken
    assert "ca tê" not in spoken


def test_a_short_title_over_the_texts_first_part_is_the_headline_not_a_section_label() -> None:
    page = (
        f"Mèo Anh lông ngắn\nI. Nguồn gốc và đặc điểm của mèo Anh lông ngắn\nTên gọi và nơi xuất xứ\n{LEAD}\n{BODY}\n"
    )
    article = article_of(page)
    assert article.headline == "Mèo Anh lông ngắn" and article.category is None
    assert "I. Nguồn gốc và đặc điểm của mèo Anh lông ngắn" in spoken_text(article)
