"""Round 45 of reading real pages (issue 21): a page's JSON data over the title, a journal's article
page (its issue line, download box, citation and authors), a paper's titled authors and numbered
institutions, date lines with their views and replies or the clock on a line of its own, a
paragraph broken inside a sentence, a headline run into its summary only where the summary opens
as a lead does, a glued breadcrumb trail, a correspondent's byline with the place in brackets, a
still's credit, a rule inside a line, a document site's controls and share buttons."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

HEAD = "Liên đoàn võ thuật tỉnh tổ chức kỳ thi nâng đai cho võ sinh"
LEAD = "Sáng nay, liên đoàn võ thuật tỉnh đã tổ chức kỳ thi nâng đai cho hơn hai trăm võ sinh đến từ các câu lạc bộ."
BODY = "Các thí sinh phải thi lý thuyết, quyền pháp và song luyện trước hội đồng giám khảo gồm nhiều võ sư."
MORE = "Ban tổ chức cho biết kỳ thi tiếp theo sẽ diễn ra vào cuối năm tại nhà thi đấu của tỉnh."


def test_a_pages_json_data_is_not_read_and_the_title_under_its_picture_heads_the_story() -> None:
    data = '{"the-thao":"Th\\u1ec3 thao"}\n{"vo-thuat":"V\\u00f5 Thu\\u1eadt","vovinam":"vovinam"}'
    picture = "https://media.example.vn/images/resizing_type:fill/aHR0cHM6Ly9leGFtcGxl.webp"
    article = article_of(f"2020-10-08 10:56:47\n{data}\n{picture}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)
    assert "thao" not in spoken_text(article).split(HEAD)[0]


def test_a_journals_article_page_reads_its_title_and_abstract() -> None:
    title = "THỰC TRẠNG SỬ DỤNG DỊCH VỤ Y TẾ CỦA NGƯỜI CAO TUỔI TẠI MỘT SỐ XÃ NĂM 2021"
    abstract = (
        "Đặt vấn đề: Số người cao tuổi cần chăm sóc y tế ngày càng tăng. Mục tiêu: Mô tả thực trạng sử dụng "
        "dịch vụ y tế của người cao tuổi tại một số xã miền núi năm 2021 và các yếu tố liên quan."
    )
    page = (
        f"{title}\nNghiên cứu | Tập 2 Số 2 (2023)\nTạp chí Khoa học và Công nghệ Y Dược, Tập 2 Số 2 (2023)\n"
        "Nghiên cứu\n\nTải xuống\n\nDữ liệu tải xuống chưa có sẵn.\n\nToàn văn\n\nPDF | 22 | 167\n1.\n"
        f"Bùi , T. V. H., Nguyễn, T. T. U. & Nguyễn, T. H. {title}. Tạp chí Khoa học Y Dược 2, 123–135 (2024).\n"
        "DOI: 10.19982/jstmp.2023.2.11\nBùi Thị Việt Hà\nTrường Đại học Y Dược\nNguyễn Thu Hoài\n"
        f"Trường Đại học Y Dược\n\nTóm tắt\n\n{abstract}\n\n{BODY}"
    )
    assert clean(page).blocks == (title, abstract, BODY)


def test_a_papers_titled_authors_and_numbered_institutions_are_not_read() -> None:
    authors = "ThS. Phạm Phú Hưng – GĐ2,TS. Nguyễn Thanh Phương1, CN. Nguyễn Ngọc Thạch2, KS. Nguyễn Phúc2"
    places = "1Viện KHKT Nông nghiệp DHNTB, 2Công ty CP VTKT Nông nghiệp Bình Định, 3HTX NN Ân Hảo Tây"
    page = f"{HEAD}\n\ngoogle+\n\nlinkedin\n\n{authors}\n\n{places}\n\n{LEAD}\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_date_line_with_its_views_and_replies_and_a_clock_under_the_date() -> None:
    draft = clean(f"{HEAD}\n\nThứ hai - 25/07/2022 16:34   Đã xem: 481   Phản hồi: 0\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2022-07-25T16:34")
    draft = clean(f"Thứ bảy, ngày 23 tháng 11 năm 2024\n03:31 (GMT +7)\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2024-11-23")


def test_a_paragraph_broken_inside_a_sentence_is_joined() -> None:
    broken = "Màu sắc của ấu trùng thay đổi từ trắng sang trắng đục, sau đó mấy ngày, càng đậm hơn. ấu"
    rest = "trùng bị doãng ra, mềm nhũn, sau đó thối rữa."
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{broken}\n\n{rest}\n\n{BODY}").blocks == (HEAD, LEAD, f"{broken} {rest}", BODY)
    dated = "thứ hai 12-4-2021 21:27:29 +07:00 0 bình luận"  # a date line in small letters is no sentence's end
    assert f"{HEAD} thứ hai" not in " ".join(clean(f"{HEAD}\n{dated}\n\n{LEAD}\n\n{BODY}").blocks)


def test_a_name_and_a_bracket_do_not_part_a_paragraph_as_a_summary_would() -> None:
    name = (
        "Trong dịp này, các môn đồ cùng tưởng nhớ võ sư Chưởng môn Lê Sáng người học trò, người kế nghiệp xuất"
        " sắc của sáng tổ Nguyễn Lộc."
    )
    bracket = (
        "Các con cháu trong họ xây dựng chung một nhà thờ gọi là mộ tộc Từ Đường (Trần tộc, Nguyễn tộc, Lê tộc,"
        " Vũ tộc, Phạm tộc, Lưu tộc …)."
    )
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{name}\n\n{bracket}").blocks == (HEAD, LEAD, name, bracket)
    glued = (
        "Bình Dương có thêm xã đạt chuẩn nông thôn mới Sáng 25/7, Ủy ban nhân dân tỉnh đã trao quyết định công nhận."
    )
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{glued}").blocks[2] == "Bình Dương có thêm xã đạt chuẩn nông thôn mới"


def test_a_breadcrumb_trail_glued_together_is_not_read() -> None:
    trail = f"Trang chủNhìn ra thế giới{HEAD[:40]}..."
    article = article_of(f"Sunday, December 22, 2024\n{trail}\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (article.headline, article.lead) == (HEAD, LEAD)


def test_a_correspondents_byline_with_the_place_in_brackets() -> None:
    draft = clean(f"{HEAD}\n\nQUẾ ANH (từ LB Nga)\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.byline) == ((HEAD, LEAD, BODY), "Quế Anh")


def test_a_video_stills_caption_goes_and_a_screenshots_credit_leaves_its_paragraph() -> None:
    still = "Hình ảnh chiếc xe đầu kéo lao sang làn đối diện sau tai nạn giao thông. Ảnh cắt từ clip"
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{still}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)
    shot = f"{BODY} Ảnh chụp màn hình"
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{shot}\n\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE)


def test_a_rule_inside_a_line_parts_a_teasers_title_from_its_text_and_a_bare_view_label() -> None:
    title = "Ý NGHĨA NGÀY NHÀ GIÁO VIỆT NAM (20/11)"
    page = f"{title}\n\n{title}\n\nLượt xem:\n\n{title} ——————– {LEAD}\n{BODY}"
    assert clean(page).blocks == (title, LEAD, BODY)


def test_a_guides_writer_under_a_rule_with_an_email_is_not_read() -> None:
    page = f"{HEAD}\n_______________ TRẦN VĂN ĐƯỜNG\n  chuyên viên biên soạn email: tranvan@example.com\n{LEAD}\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_tag_pages_title_over_the_posts_first_numbered_part_is_the_headline() -> None:
    title = "Bệnh của ong và phương pháp phòng trị"
    part = "1. Bệnh thối ấu trùng châu Âu (thối ấu trùng tuổi nhỏ)"
    article = article_of(f"{title}\n\n{part}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == title


def test_a_document_sites_controls_are_not_read() -> None:
    title = "tổng quan về ngành công nghiệp dầu khí việt nam"
    controls = (
        f"• Không có kết quả nào được tìm thấy\n\n{title}\n\nN/A\nN/A\nNguyễn Gia Hào\n\nAcademic year: 2023\n\n"
        f'Chia sẻ "{title}"\n\nCopied!\n9\n0\n0\n\nLoading.... (view fulltext now)\n\nVăn bản\n\n(1)\n\n'
    )
    draft = clean(f"{controls}Giới thiệu\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.byline) == ((title, "Giới thiệu", LEAD, BODY), "Nguyễn Gia Hào")
