"""Round 74 of reading real pages (issue 21): cooking contests, bee keeping, car air filters, a feast
day, palm sugar cakes, health staff, fruit trees. A journal's writers and their schools, a
classifieds card, the site's older stories, a blog's date in the English order, a path, a homily's
link, a video's glued label, a guest handing a prize and an intro's label are not read; a paragraph
printed again further down is read once; a title over a wrapped page and a first sentence opening
with "Vào chiều ngày ..." stay whole."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Kỹ thuật nuôi ong nội lấy mật cho bà con vùng đồi"
LEAD = "Nuôi ong nội là nghề truyền thống, ít vốn và phù hợp với nhiều vùng sinh thái khác nhau của tỉnh."
BODY = "Điểm nuôi ong nên ở nơi có nhiều cây ra hoa, ấm về mùa đông, mát về mùa hè và xa nơi phun thuốc trừ sâu."
MORE = "Mỗi thùng ong nên đặt cách nhau ít nhất một mét, cửa tổ quay về các hướng khác nhau để ong không nhầm."


def test_a_first_sentence_opening_with_its_afternoon_and_day_is_not_cut() -> None:
    first = (
        "Vào chiều ngày 01/03/2024, Ban chấp hành Công đoàn Trường Tiểu học Việt Hưng đã tổ chức Hội thi "
        "nấu ăn chào mừng ngày Quốc tế Phụ nữ. Hội thi thu hút đông đảo giáo viên nhà trường."
    )
    article = article_of(f"{first}\n\n{BODY}\n\n{MORE}")
    assert "Công đoàn Trường Tiểu học Việt Hưng" in article.headline


def test_a_title_over_a_wrapped_page_is_not_run_into_its_first_sentence() -> None:
    lines = [
        "Ẩm thực: Bánh bò thốt nốt của người Khmer Nam Bộ",
        "Từ",
        "loài cây thốt nốt, người Khmer Nam Bộ đã làm nên món bánh bò thốt nốt",
        "vàng ươm, đặc sản nổi tiếng của vùng Châu Đốc, An Giang.",
        "Bánh",
        "bò thốt nốt là món ăn ưa thích của người miền Tây Nam Bộ. Bánh làm từ",
        "các nguyên liệu như bột gạo, bột thốt nốt, đường thốt nốt và nước cốt",
        "dừa, gói trong lá chuối xiêm, phía trên rắc một ít dừa nạo cho đẹp mắt.",
    ]
    article = article_of("\n".join(lines))
    assert article.headline == lines[0] and article.lead is not None and article.lead.startswith("Từ loài cây")


def test_the_sites_older_stories_end_the_page_however_long_their_titles() -> None:
    older = (
        "Tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh, gắn với phong trào thi đua "
        "của các cơ quan, đơn vị và địa phương trong năm"
    )
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nHải Xuân\n\nNhững tin mới hơn\n\nNhững tin cũ hơn\n\n{older}"
    page += (
        "\n\nTriển khai Phong trào thi đua “Cả nước thi đua ĐMST và CĐS” trên địa bàn tỉnh"
        '\n\nvề khoa học công nghệ và chuyển đổi số triển khai Phong trào "Bình dân học vụ số"'
        "\n\nVề việc phân công nhiệm vụ các thành viên Ban biên tập, Tổ quản trị Trang thông tin điện tử tỉnh"
    )
    article = article_of(page)
    assert "Nghị quyết" not in spoken_text(article) and article.byline == "Hải Xuân"


def test_a_blogs_date_in_the_english_order_is_the_date_not_a_chapter() -> None:
    page = f"{HEAD}\n\nTháng mười 8, 2024\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.published == "2024-10-08" and "Tháng mười" not in spoken_text(article)


def test_a_journals_writers_and_their_schools_are_the_byline() -> None:
    writers = (
        "TS. Nguyễn Thị Minh Hòa\nTrường Đại học Lao động Xã hội\nThS. Hà Tuấn Anh\nTrường Đại học Kinh tế quốc dân"
    )
    page = f"{writers}\n(Quanlynhanuoc.vn) – {LEAD} {BODY}\n\n{MORE}"
    article = article_of(page)
    said = spoken_text(article)
    assert article.byline == "Nguyễn Thị Minh Hòa, Hà Tuấn Anh"
    assert "Trường Đại học" not in said and "Quanlynhanuoc" not in said and "Minh Hòa" not in said


def test_a_classifieds_card_and_the_title_again_in_title_case_are_not_read() -> None:
    title = "7 bước vàng trong cách chăm sóc sầu riêng ra hoa đậu quả hiệu quả"
    card = "Ngày đăng: 7/23/2025 4:50:52 PM - Lĩnh vực khác - Toàn Quốc - [Mã tin: 6133304] - Cập nhật: 7 phút trước"
    again = "7 Bước Vàng Trong Cách Chăm Sóc Sầu Riêng Ra Hoa Đậu Quả Hiệu Quả"
    article = article_of(f"{title}\n{card}\n{again}\nGiới thiệu\n{LEAD}\n1. Chọn giống tốt\n{BODY}\n{MORE}")
    said = spoken_text(article)
    assert article.headline == title and article.lead == LEAD
    assert "Mã tin" not in said and "Bước Vàng" not in said and "Giới thiệu" not in said


def test_a_guest_handing_a_prize_and_a_homilys_link_and_a_path_are_not_read() -> None:
    caption = "Đồng chí Nguyễn Thị Minh Hiền trao Giải nấu Tết hăng say"
    page = f"{HEAD}\n\nNghe bài giảng trong Thánh lễ\n\n/giuse_hieu\n\n{LEAD}\n\n{caption}\n\n{BODY}\n\n{MORE}"
    said = spoken_text(article_of(page))
    assert "trao Giải" not in said and "Nghe bài giảng" not in said and "giuse" not in said


def test_a_videos_label_glued_to_the_next_sentence_is_not_read() -> None:
    glued = "Video hướng dẫn tự thay bộ lọc gióTin tốt là bạn không cần phải chi nhiều tiền đến đại lý để sửa."
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{glued}\n\n{MORE}"))
    assert "Video" not in said and "Tin tốt là bạn không cần" in said


def test_a_paragraph_printed_again_further_down_cut_short_is_read_once() -> None:
    long = (
        "Bánh ngon vì bột được chế biến từ gạo đặc chủng Nàng Nhen chỉ canh tác được ở vùng Bảy Núi, còn trái "
        "thốt nốt làm bánh phải có cơm dày, không mỏng cùi. Muốn làm ra ổ bánh thốt nốt ngon khá là kỳ công. "
        "Gạo Nàng Nhen vừa xay xong phải đem phơi khô và dự trữ trong một năm ròng, nếu không bánh sẽ mềm nhão."
    )
    page = f"{HEAD}\n\n{LEAD}\n\n{long}\n\n{BODY}\n\n{MORE}\n\n{long[:-60]}\n\n{BODY.replace('Điểm', 'Nơi')}"
    said = spoken_text(article_of(page))
    assert said.count("gạo đặc chủng Nàng Nhen") == 1


def test_a_short_item_of_a_list_like_the_one_above_it_is_no_caption() -> None:
    items = "\n".join(
        ("Vùng mật phía trên cùng 25 – 30 mm.", "Vùng ấu trùng ong thợ khoảng 21 mm.", "Vùng ấu trùng ong đực.")
    )
    said = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n{items}\n\n{MORE}"))
    assert "Vùng ấu trùng ong đực" in said


def test_a_steps_own_line_under_its_heading_is_no_caption() -> None:
    steps = "Bước 1: Đăng nhập và Truy cập Thủ tục hành chính\nMở ứng dụng VNeID và đăng nhập tài khoản.\n"
    page = f'{HEAD}\n\n{LEAD}\n\n{steps}Truy cập mục "Thủ tục hành chính".\n\n{BODY}\n\n{MORE}'
    assert "Truy cập mục Thủ tục hành chính" in spoken_text(article_of(page)).replace('"', "")


def test_a_category_glued_before_the_title_cut_short_is_not_read() -> None:
    title = "Cá Betta – Đặc điểm, cách nuôi và các loại bệnh thường gặp"
    page = f"Cá cảnhCá Betta - Đặc điểm, cách nuôi và các loại bệnh thường...\n\n{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    assert article_of(page).headline == title


def test_a_link_to_the_page_in_english_is_not_read() -> None:
    page = f"English post here: http://daringsolotrip.com/en/adventure-sa-pa-trip03/\n{HEAD}\n{LEAD}\n{BODY}\n{MORE}"
    article = article_of(page)
    assert article.headline == HEAD and "English" not in spoken_text(article)
