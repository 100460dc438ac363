"""Round 159 of reading real pages (issue 21): a yearly day opening a title-less page; a lead whose first words
say the title's again; a heading under a title-less page's first paragraph; a credit under a lone paragraph; a
picture's "img" mark; two captions naming their subjects; the headline's first words alone as a caption; a title in
capitals wrapped over lines that share a pair of words; a sentence an empty line cut in two; the solar calendar's
"dl." read in words, its sentence whole."""

from __future__ import annotations

from audio_edition.text.sentences import split_sentences

from .pages import article_of, chapter_titles, spoken_sentences, spoken_text

TITLE = "Xã Hòa Bình tổ chức bầu cử trưởng thôn nhiệm kỳ mới"
LEAD = "Sáng Chủ nhật, cử tri đại diện hộ của sáu thôn trong xã đã đi bầu trưởng thôn tại các nhà văn hóa."
BODY = "Các tổ bầu cử khai mạc đúng giờ, niêm yết danh sách cử tri và hướng dẫn thể lệ bỏ phiếu cho bà con."
MORE = "Kết quả có bốn trưởng thôn tái đắc cử và hai trưởng thôn mới trúng cử với số phiếu cao."


def test_a_yearly_day_opening_a_title_less_page_is_one_sentence() -> None:
    first = (
        "Ngày 20/10 hàng năm là Ngày Phụ nữ nước Cộng hòa xã hội chủ nghĩa Việt Nam. Ngày này được tổ chức nhằm tôn "
        "vinh phụ nữ, giáo dục ý thức bình đẳng giới cho mọi người trong xã hội."
    )
    article = article_of(f"Huế, ngày 20 tháng 03 năm 2023\n{first}\n{BODY}\n{MORE}\n")
    assert article.headline == "Ngày 20/10 hàng năm là Ngày Phụ nữ nước Cộng hòa xã hội chủ nghĩa Việt Nam"


def test_a_leads_first_words_saying_the_titles_again_are_read() -> None:
    title = (
        "Góp ý dự thảo kế hoạch tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng "
        "nhân dân các cấp"
    )
    lead = (
        "Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp là sự kiện chính trị quan trọng "
        "nhằm bầu ra những người đại diện cho nhân dân trong Quốc hội và Hội đồng nhân dân. Để cuộc bầu cử thành "
        "công, mọi cử tri cần tham gia."
    )
    article = article_of(f"{title}\n\n{lead}\n\n{BODY}\n")
    assert (article.lead or "").startswith("Cuộc bầu cử đại biểu Quốc hội")


def test_a_heading_under_a_title_less_pages_first_paragraph_is_read() -> None:
    first = (
        "Những năm qua, cả hệ thống chính trị huyện đã vào cuộc xây dựng nông thôn mới và trở thành điểm sáng "
        "trong xây dựng nông thôn mới của tỉnh. Năm nay, huyện tiếp tục đạt nhiều kết quả đáng ghi nhận."
    )
    heading = "Huyện - điểm sáng xây dựng nông thôn mới của tỉnh"
    said = spoken_text(article_of(f"{first}\n\nTừ khóa: nông thôn mới, nông nghiệp\n\n{heading}\n\n{BODY} {MORE}\n"))
    assert heading in said and "Những năm qua" in said


def test_a_labelled_credit_under_a_lone_paragraph_is_the_byline() -> None:
    paragraph = f"{LEAD} {BODY}"
    article = article_of(f"{paragraph}\nTác giả bài viết: Minh Thư - Đài truyền thanh xã\n")
    assert "Tác giả bài viết" not in spoken_text(article)
    assert article.byline == "Minh Thư - Đài truyền thanh xã"


def test_a_pictures_img_mark_is_not_read() -> None:
    article = article_of(f"{TITLE}\n\nimg\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "img" not in spoken_text(article).split()


def test_two_captions_naming_their_subjects_between_paragraphs_are_not_read() -> None:
    captions = "Cử tri thôn Phú Lộc tham gia bỏ phiếu bầu trưởng thôn\n\nTổ bầu cử thôn Đông Hải kiểm tra thùng phiếu"
    said = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{captions}\n\n{MORE}\n"))
    assert "Phú Lộc" not in said and "Đông Hải" not in said and MORE in said


def test_two_headings_in_plain_words_between_paragraphs_are_read() -> None:
    headings = "Những kết quả nổi bật trong năm\n\nNhững việc cần làm trong thời gian tới"
    titles = chapter_titles(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{headings}\n\n{MORE}\n")
    assert "Những việc cần làm trong thời gian tới" in titles


def test_the_headlines_first_words_alone_between_paragraphs_are_a_caption() -> None:
    title = "Lễ mừng thọ người cao tuổi xã Bình An năm 2024"
    page = f"{title}\n\n{LEAD}\n\n{BODY}\n\nLễ mừng thọ\n\n{MORE}\n"
    assert "Lễ mừng thọ" not in chapter_titles(page)
    assert "Lễ mừng thọ" not in spoken_text(article_of(page)).replace(title, "")


def test_a_title_in_capitals_wrapped_over_lines_sharing_a_pair_of_words_is_one_headline() -> None:
    lines = (
        "THAM GIA BẦU CỬ QUỐC\nHỘI LÀ THỂ HIỆN Ý CHÍ, NGUYỆN VỌNG NHÂN DÂN,\n"
        "QUYỀN LÀM CHỦ CỦA NHÂN DÂN TRONG XÂY DỰNG NHÀ\nNƯỚC PHÁP QUYỀN XÃ HỘI CHỦ NGHĨA\n"
    )
    article = article_of(f"{lines}{LEAD}\n{BODY}\n")
    assert article.headline.startswith("THAM GIA BẦU CỬ QUỐC HỘI LÀ") and article.headline.endswith("XÃ HỘI CHỦ NGHĨA")
    assert article.lead == LEAD


def test_a_sentence_an_empty_line_cut_in_two_is_read_whole() -> None:
    cut = "Nhà trường đã tổ chức đêm hội trăng rằm thật vui và đầy ý nghĩa cho các em, sau đây là một\n\nsố hình ảnh"
    said = spoken_sentences(f"{TITLE}\n\n{LEAD}\n\n{cut} của đêm hội.\n\n{MORE}\n")
    assert any("sau đây là một số hình ảnh của đêm hội" in s for s in said)


def test_the_solar_calendars_date_is_said_in_words_and_its_sentence_kept_whole() -> None:
    sentence = "Lễ khai mạc ngày mùng 8 tháng Giêng (dl. 5/2/2025) tại Tòa Thánh."
    assert split_sentences(sentence) == (sentence,)
