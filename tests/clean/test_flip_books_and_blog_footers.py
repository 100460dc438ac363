"""Round 47 of reading real pages (issue 21): a flip-book's narrow column, where names wrap too; a
hard-wrapped blog with a book's title broken before a dash; a page viewer's title over a page that
opens mid-sentence; a date line over a site's name in brackets; a blog's empty comment box; and
captions of a speaker and of a club's report."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of

HEAD = "Câu lạc bộ thơ tổ chức kỷ niệm mười năm thành lập và giao lưu thơ ca"
LEAD = "Sáng 25-3, câu lạc bộ thơ của tỉnh đã tổ chức lễ kỷ niệm mười năm thành lập với hơn hai trăm hội viên."
BODY = "Trong mười năm qua, câu lạc bộ đã xuất bản hai mươi lăm số chuyên san và nhiều tập thơ của hội viên."


def test_a_narrow_columns_wrapped_names_are_joined() -> None:
    column = (
        "Đội hình Mùa hè xanh\ntrường Đại học Mỹ\nthuật Công nghiệp Hà\nNội tổ chức dạy vẽ\ncho các em nhỏ có\n"
        "hoàn cảnh khó khăn\ntrên địa bàn xã Suối\nGiàng, huyện Văn\nChấn, tỉnh Yên Bái."
    )
    joined = (
        "Đội hình Mùa hè xanh trường Đại học Mỹ thuật Công nghiệp Hà Nội tổ chức dạy vẽ cho các em nhỏ có hoàn"
        " cảnh khó khăn trên địa bàn xã Suối Giàng, huyện Văn Chấn, tỉnh Yên Bái."
    )
    assert joined in clean(f"{HEAD}\n\n{column}\n\n{BODY}").blocks


def test_a_wrapped_title_in_quotes_goes_on_past_a_dash() -> None:
    wrapped = (
        "Kỷ niệm mười năm thành lập, câu lạc bộ đã xuất bản kỷ yếu thơ tập hợp hơn ba trăm tác\n"
        "giả, các chi nhánh đã xuất bản ấn phẩm riêng, đặc biệt ấn phẩm “Âm vang chiến thắng Chân Mộng\n"
        "– Trạm Thản” của chi nhánh Phù Ninh đã thu hút được sự quan tâm, yêu thích của\n"
        "nhiều độc giả trong và ngoài tỉnh, nhất là các bạn trẻ yêu thơ ca và văn học của quê\n"
        "hương đất Tổ."
    )
    blocks = clean(f"{HEAD}\n\n{LEAD}\n\n{wrapped}").blocks
    assert any("Chân Mộng – Trạm Thản” của chi nhánh" in b for b in blocks)


def test_a_viewers_page_title_stays_over_the_page_it_opens_mid_sentence() -> None:
    page = (
        "Page 216 - Cuốn 70 năm (c)\nP. 216\nthường diễn ra vào ngày 12 tháng 3 âm lịch. Lễ hội của hai\n"
        "làng thể hiện những nét đẹp trong văn hóa của người Việt, giúp mỗi người dân hướng về\n"
        "cội nguồn dân tộc, gắn chặt tình đoàn kết của cả làng trong những ngày hội lớn.\n"
        "Đình làng được xây dựng vào khoảng thế kỷ XIV để tưởng nhớ công lao của vị thành\n"
        "hoàng, người đã có công lập làng và dạy dân làm ruộng, dệt vải, làm nghề gốm."
    )
    assert article_of(page).headline == "Cuốn 70 năm (c)"


def test_a_date_line_over_the_sites_name_in_brackets() -> None:
    page = f"{HEAD}\n\n26/11/2017 21:11 GMT+7 | Thể thao\n(giaidauscholar.com)- {LEAD}\n{BODY}"
    article = article_of(page)
    assert (article.headline, article.lead) == (HEAD, LEAD)


def test_a_blogs_empty_comment_box_is_not_read() -> None:
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\nKhông có nhận xét nào:\nĐăng nhận xét").blocks == (HEAD, LEAD, BODY)


def test_captions_of_a_speaker_and_of_a_clubs_report() -> None:
    speaker = "Bà Nguyễn Thanh Hà - Chủ nhiệm CLB phát biểu"
    report = "Chủ nhiệm – Nhà thơ Vũ Do báo cáo tổng kết hoạt động của CLB năm 2019"
    more = "Năm nay, câu lạc bộ sẽ tổ chức nhiều buổi giao lưu thơ hơn với các câu lạc bộ ở quê hương."
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{speaker}\n\n{BODY}\n\n{report}\n\n{more}").blocks == (HEAD, LEAD, BODY, more)
