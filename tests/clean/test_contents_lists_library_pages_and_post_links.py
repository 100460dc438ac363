"""Round 171 of reading real pages (issue 21): a report's contents list in Roman numbers, on lines of its own and run
into one paragraph; a document library's pages opening on their numbers; a picture's short alternative text over a
caption opening on the same words; a recipe mirror's menus over its date line; a notice's link to the document and the
previous and next posts' links; a story site's quick-look link, audio player label and offer in brackets."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

TITLE = "Nhà văn hóa thôn Đông được khánh thành sau sáu tháng thi công"
LEAD = "Sáng thứ bảy, người dân thôn Đông đã dự lễ khánh thành nhà văn hóa mới do nhân dân cùng góp sức xây dựng."
BODY = (
    "Nhà văn hóa có hội trường rộng hai trăm chỗ ngồi, sân khấu, khu vệ sinh và sân chơi thể thao cho thanh thiếu nhi."
)
MORE = (
    "Ban quản lý thôn sẽ lập lịch sinh hoạt để các đoàn thể cùng sử dụng nhà văn hóa một cách thuận tiện và tiết kiệm."
)

CONTENTS = "I. THỰC TRẠNG CỦA NHÀ TRƯỜNG HIỆN NAY\nII. LÝ DO CHỌN BIỆN PHÁP NÀY\nIII. CÁC BIỆN PHÁP ĐÃ LÀM\n"
CONTENTS += "IV. NHỮNG BIỆN PHÁP MỚI ĐỀ RA\nV. KẾT QUẢ ĐẠT ĐƯỢC SAU MỘT NĂM\nVI. KẾT LUẬN\n"


def test_a_contents_list_in_roman_numbers_is_never_a_poem_run_into_one_line() -> None:
    page = f"{CONTENTS}\n{LEAD}\n\n{BODY}\n\n{MORE}\n"
    said = " ".join(spoken_sentences(page))
    assert ", i i" not in said and " i vê" not in said and " vê i" not in said
    assert "THỰC TRẠNG CỦA NHÀ TRƯỜNG HIỆN NAY" in article_of(page).headline


def test_a_contents_list_run_into_a_paragraph_is_parted_before_each_number() -> None:
    run = " ".join(CONTENTS.splitlines())
    page = f"{TITLE}\n\n{LEAD}\n\nCẤU TRÚC BÀI VIẾT {run} Các em còn nhiều bỡ ngỡ khi vào lớp.\n\n{BODY}\n"
    said = spoken_sentences(page)
    assert not any(s.rstrip(".").endswith((" i i", " i i i", " i vê", " vê i")) for s in said)
    assert any(s.startswith("hai. LÝ") for s in said) and any(s.startswith("ba. CÁC BIỆN PHÁP") for s in said)


def test_a_document_librarys_pages_opening_on_their_numbers_are_read_without_them() -> None:
    title = "Sáng kiến kinh nghiệm một số biện pháp dạy tập đọc cho học sinh lớp 2"
    first = "1. Tên sáng kiến: Một số biện pháp dạy tập đọc. Lĩnh vực áp dụng: môn Tiếng Việt ở trường tiểu học."
    second = "Trong những năm gần đây, việc dạy tập đọc đã được nhà trường chú trọng và đầu tư nhiều hơn trước."
    page = (
        f"{title}\n\npdf 12 trang Thu Hà 03/03/2022 512\n\n"
        f'Bạn đang xem tài liệu "{title}", để tải tài liệu gốc về máy bạn click vào nút DOWNLOAD ở trên\n\n'
        f"Nội dung tóm tắt: {title}\n\n  1. {first}\n\n  2. {second}\n"
    )
    article = article_of(page)
    paragraphs = [p for p in (article.lead, *(p for s in article.sections for p in s.paragraphs)) if p]
    assert paragraphs[0].startswith("1. Tên sáng kiến:") and paragraphs[1].startswith("Trong những năm gần đây")
    assert not any(p.startswith("1. 1.") or p.startswith("2. 2.") for p in paragraphs)


def test_a_caption_opening_on_its_pictures_short_alternative_text_is_not_read() -> None:
    caption = "Nhà văn hóa là nơi sinh hoạt chung, tổ chức hội họp và các hoạt động văn nghệ của bà con trong thôn"
    page = f"{TITLE}\n\n{LEAD}\n\nNhà văn hóa\n{caption}\n\n{BODY}\n\n{MORE}\n"
    spoken = spoken_text(article_of(page))
    assert caption not in spoken and BODY in spoken and MORE in spoken


def test_a_recipe_mirrors_menus_over_its_date_line_are_dropped_and_the_title_heads_it() -> None:
    menus = "Báo Mới Đời sống Bếp nhà\nBáo Mới Nấu ăn - Công thức nấu các món ngon mỗi ngày\n  • Thực đơn\n  • Món ăn\n"
    menus += "  • Nguyên liệu\nKhông tìm thấy công thức phù hợp\nMón ăn đã lưu\nFacebook Twitter Link Copy link\n"
    menus += "  • Trang chủ\n  • Thực đơn\n  • Trở lại Đời sống\n  • Trang chủ\n  • Mẹo vặt\n"
    title = "3 cách làm sạch nhớt cá trê"
    page = f"{menus}\nThứ hai, 12/1/2026, 16:20 (GMT+7)\n\n{title}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == title and article.published == "2026-01-12T16:20"
    assert "Thực đơn" not in spoken_text(article) and "Facebook" not in spoken_text(article)


def test_a_notices_document_link_and_the_previous_and_next_posts_are_not_read() -> None:
    links = "Chi tiết Thông báo tại đây\n\nBài trướcHuyện tổ chức gặp mặt các y bác sĩ tình nguyện\n\n"
    links += "Bài tiếp theoVăn bản về việc thực hiện Công điện số 12/CĐ-TTg ngày 3/7/2021\n"
    points = "  1. Công dân đăng ký trước ngày 15 hàng tháng tại bộ phận một cửa của xã.\n"
    points += "  2. Các thôn có trách nhiệm thông báo những nội dung trên đến nhân dân trên địa bàn.\n\n"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{points}{links}"))
    assert "Bài trước" not in spoken and "Bài tiếp theo" not in spoken and "tại đây" not in spoken
    assert "2. Các thôn có trách nhiệm thông báo" in spoken


def test_a_story_sites_quick_look_link_player_label_and_offer_are_not_read() -> None:
    page = (
        "Truyện Sự tích hoa mười giờ (Có file nghe MP3)\n\nOr you want a quick look: Sự tích hoa mười giờ\n\n"
        f"{LEAD}\n\nNghe đọc truyện Sự tích hoa mười giờ\n\n{BODY}\n\n{MORE}\n"
    )
    article = article_of(page)
    assert article.headline == "Truyện Sự tích hoa mười giờ"
    assert "quick look" not in spoken_text(article) and "Nghe đọc" not in spoken_text(article)


def test_a_library_pages_number_over_its_own_page_number_and_part_is_not_read() -> None:
    title = "Báo cáo sáng kiến giáo dục kỹ năng sống cho học sinh lớp 3"
    part = "PHẦN I: ĐẶT VẤN ĐỀ Ở bậc Tiểu học, kỹ năng sống là nền tảng để học sinh phát triển toàn diện."
    page = (
        f"{title}\n\ndocx 20 trang Chăm Nguyễn 31/12/2025 140\n\n"
        f'Bạn đang xem tài liệu "{title}", để tải tài liệu gốc về máy bạn click vào nút DOWNLOAD ở trên\n\n'
        f"Nội dung tài liệu: {title}\n\n  1. 3 {part}\n"
    )
    assert not spoken_text(article_of(page)).replace(title, "").lstrip().startswith(("1.", "3"))
