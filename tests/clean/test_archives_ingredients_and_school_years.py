"""Round 145 of reading real pages (issue 21): a blog's archive and tag pages, a recipe card's "Video"
and a comment box's English, the file a page was copied from, a row of hashtags, a title printed twice
over a hard-wrapped text, a school year under a title, a recipe's ingredients without bullets."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

TITLE = "Mấy nét về làng gốm xưa và nay"
LEAD = "Làng gốm nằm bên tả ngạn sông Hồng, nổi tiếng từ nhiều thế kỷ với những lò nung của các dòng họ."
BODY = "Ngày nay làng có hàng trăm xưởng sản xuất, đón hàng nghìn khách tham quan mỗi tuần vào dịp cuối năm."


def test_an_archive_pages_label_names_the_category_and_its_teaser_is_read() -> None:
    teaser = "Làng gốm là một làng nghề lâu đời và nổi tiếng. Theo các thư tịch cổ, nghề gốm xuất hiện từ thế kỷ […]"
    page = f"Category Archives: Về làng nghề\n\ngốm sứ, làng gốm\n\n{TITLE}\n\ngốm\n\n{teaser}\n"
    article = article_of(page)
    assert article.category == "Về làng nghề" and article.headline == TITLE
    assert article.lead is not None and article.lead.startswith("Làng gốm là một làng nghề lâu đời")
    assert "[…]" not in spoken_text(article) and "gốm sứ, làng gốm" not in spoken_text(article)


def test_a_tag_pages_teaser_is_read_and_its_continue_link_is_not() -> None:
    teaser = "Lịch sử làng gốm có thể chia ra làm bốn giai đoạn rõ rệt: hình thành, hưng thịnh, suy thoái, phục hồi […]"
    article = article_of(f"Lịch sử hình thành\n\n{teaser}\n\nContinue Reading\n")
    assert article.lead is not None and article.lead.startswith("Lịch sử làng gốm có thể chia")
    assert "Continue Reading" not in spoken_text(article)


def test_a_lone_video_label_and_a_comment_boxs_english_are_not_read() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\nVideo\n\n{BODY}\n\nNo comments yet. Be the first.\n\nOthers:\nMới nhất\n"
    spoken = spoken_text(article_of(page))
    assert not any(w in spoken for w in ("Video", "No comments", "Others"))


def test_the_file_a_page_was_copied_from_and_a_row_of_hashtags_are_not_read() -> None:
    page = f"{TITLE}\n(Dựa trên file: lang_gom_xua.pdf)\n{LEAD}\n#LangGom #GomSu @Moinguoi\n\n{BODY}\n"
    article = article_of(page)
    assert article.lead == LEAD
    assert "lang_gom" not in spoken_text(article) and "#" not in spoken_text(article)


def test_a_title_printed_twice_over_a_hard_wrapped_text_is_the_headline() -> None:
    text = (
        "Vào ngày 05/8/2024 tại Hội trường UBND xã tổ chức buổi\n"
        "Hội nghị đại biểu tiếp xúc cử tri sau kỳ họp thường lệ giữa năm.\n"
        "Về dự tiếp xúc cử tri có đại biểu tỉnh về tiếp xúc cử tri\n"
        "tại xã và có hơn năm mươi cử tri tham dự.\n"
        "Tại buổi tiếp xúc, cử tri xã\n"
        "đã được nghe đại biểu tỉnh thông báo dự kiến nội dung kỳ\n"
        "họp thường lệ giữa năm của tỉnh.\n"
        "Trên tinh thần tập trung dân\n"
        "chủ, cử tri xã cũng có một số ý kiến liên quan đến quản lý đất\n"
        "đai, chế độ chính sách.\n"
    )
    article = article_of(f"07/08/2024\nTiếp xúc cử tri\nTiếp xúc cử tri\n{text}")
    assert article.headline == "Tiếp xúc cử tri" and article.category is None
    assert article.lead is not None and "tổ chức buổi Hội nghị đại biểu" in article.lead


def test_a_school_year_under_the_title_closes_it() -> None:
    page = f"LỄ KẾT NẠP ĐỘI VIÊN ĐỢT 2\nNăm học 2024 - 2025\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.headline == "LỄ KẾT NẠP ĐỘI VIÊN ĐỢT 2, năm học 2024 - 2025" and article.lead == LEAD


def test_a_recipes_ingredients_without_bullets_are_no_lead_and_no_headings() -> None:
    items = "200 gam đậu xanh nguyên hạt\nTinh dầu hoa bưởi hoặc dầu chuối\nBột năng (hoặc bột sắn), muối\n"
    steps = "Cách nấu chè gồm các bước sau:\nBước 1: Ngâm đậu với nước trong khoảng 30 phút cho mềm rồi vớt ra.\n"
    page = f"Cách nấu chè đậu xanh\n\n{items}{steps}"
    article = article_of(page)
    assert article.lead is None and "Bột năng (hoặc bột sắn), muối" not in chapter_titles(page)
    assert "200 gam đậu xanh nguyên hạt" in spoken_text(article)
