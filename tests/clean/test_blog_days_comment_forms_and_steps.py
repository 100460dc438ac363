"""Round 77 of reading real pages (issue 21): potters' villages, identity cards, moth orchids, a
cooperative's rules, temple feasts, hydroponics. A name cut by a hard wrap, a copied post's suffix,
a step or a rule's article after a picture's room, a comment form, a picture's alt text glued twice,
a blog's day over its post's title and a question heading under the title are read as the text
reads, or not read."""

from __future__ import annotations

from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_text

HEAD = "Kinh nghiệm tham quan làng gốm ven sông"
LEAD = "Làng gốm nằm bên bờ sông, cách trung tâm thành phố chừng mười lăm cây số về phía đông nam."
BODY = "Du khách có thể tự tay nặn một chiếc bình nhỏ rồi mang về làm quà cho người thân trong gia đình."
MORE = "Buổi chiều, các lò nung đỏ lửa và khói bay lên trên những mái ngói cũ kỹ của các xưởng gốm."


def test_a_name_the_text_spells_whole_is_joined_where_a_wrap_cut_it() -> None:
    lines = [
        "Làng gốm Bát Tràng nằm bên bờ sông Hồng, cách trung tâm thành phố khoảng",
        "mười ba cây số. Mỗi năm làng đón hàng chục nghìn khách tới thăm các xưởng",
        "gốm và mua những sản phẩm do chính tay các nghệ nhân làm ra.",
        "Đến với Bát",
        "Tràng bạn sẽ được ngắm nhìn những chiếc bình, bộ ấm chén và đĩa trang trí",
        "được vẽ tay tỉ mỉ trong những gian hàng nhỏ dọc theo con đường chính.",
        "Làng cổ Bát Tràng",
        "Đến với làng cổ, du khách có thể đi xe trâu qua những con ngõ nhỏ lát gạch.",
    ]
    text = unwrap("\n".join(lines))
    assert "Đến với Bát Tràng bạn sẽ được ngắm nhìn" in text
    assert "\nLàng cổ Bát Tràng\n" in text  # a heading that ends in the name keeps its own line


def test_a_copied_posts_suffix_on_the_title_is_not_read() -> None:
    page = f"Hướng dẫn đăng ký tạm trú trực tuyến_copy\n{LEAD}\n{BODY}\n{MORE}"
    assert article_of(page).headline == "Hướng dẫn đăng ký tạm trú trực tuyến"


def test_a_step_after_a_pictures_room_is_no_caption() -> None:
    page = (
        f"{HEAD}\n\n- Bước 1: Truy cập vào cổng dịch vụ công của tỉnh bằng tài khoản của mình.\n\n"
        "- Bước 2: Chọn mục nộp hồ sơ trực tuyến rồi điền đầy đủ các thông tin cần thiết.\n \n \n\n"
        "- Bước 3: Chọn loại tài khoản đăng nhập\n\n- Bước 4: Tiến hành đăng nhập\n\n"
        "- Bước 5: Kiểm tra lại toàn bộ thông tin trước khi bấm nút gửi hồ sơ đi.\n"
    )
    assert "Bước 3: Chọn loại tài khoản đăng nhập" in spoken_text(article_of(page))


def test_a_rules_article_heading_its_items_is_no_caption() -> None:
    rules = (
        "Điều lệ hợp tác xã\n\nCHƯƠNG I\n\nTÊN, ĐỊA CHỈ CỦA HỢP TÁC XÃ\n\n • Điều 1 Tên hợp tác xã.\n"
        " 1. Tên hợp tác xã đầy đủ: Hợp tác xã Dịch vụ Nông nghiệp Đồng Tâm\n 2. Tên gọi tắt: Hợp tác xã Đồng Tâm\n"
        " 3. Trụ sở hợp tác xã đặt tại thôn Đông, xã Tân Lập, huyện Yên Mỹ.\n"
    )
    assert "Điều 1 Tên hợp tác xã." in spoken_text(article_of(rules))


def test_a_comment_forms_reply_heading_and_notice_are_not_read() -> None:
    page = f"{HEAD}\n{LEAD}\n{BODY}\n{MORE}\nTrả lời\nBạn phải đăng nhập để gửi phản hồi."
    said = spoken_text(article_of(page))
    assert said.endswith(MORE) and "Trả lời" not in said


def test_an_answer_under_its_own_label_is_still_read() -> None:
    page = (
        f"{HEAD}\n{LEAD}\nHỏi: Tôi có thể mang trẻ nhỏ tới làng gốm vào ngày thường không?\n"
        "Trả lời:\nBạn hoàn toàn có thể đưa trẻ nhỏ tới, các xưởng đều có chỗ cho trẻ ngồi nặn gốm.\n"
    )
    assert "Bạn hoàn toàn có thể đưa trẻ nhỏ tới" in spoken_text(article_of(page))


def test_a_pictures_alt_text_glued_twice_with_its_caption_is_not_read() -> None:
    alt = "Rau thủy canh là gì?Rau thủy canh là gì?Rau thủy canh lớn lên trong nước có pha dinh dưỡng."
    page = f"{HEAD}\n\n{LEAD}\n\n{alt}\n\n{BODY}\n\n{MORE}"
    said = spoken_text(article_of(page))
    assert "là gì?Rau" not in said and "lớn lên trong nước" not in said and BODY in said


def test_a_blogs_name_motto_and_sidebar_over_its_day_and_post_title_are_not_read() -> None:
    page = (
        "Thành viên nhóm kính viếng thân mẫu ông Nguyễn Văn An\n\n"
        "- CẢM ƠN ĐỜI MỖI SÁNG MAI THỨC DẬY. TA CÓ THÊM NGÀY NỮA ĐỂ YÊU THƯƠNG -\n\n"
        "Thứ Năm, 29 tháng 1, 2015\n\nTruyền thuyết quanh ngôi đền cổ bên sông (8)\n\n\n\n\n\n"
        f"{LEAD}\n{BODY}\n{MORE}"
    )
    article = article_of(page)
    said = spoken_text(article)
    assert article.headline == "Truyền thuyết quanh ngôi đền cổ bên sông (8)" and article.published == "2015-01-29"
    assert "CẢM ƠN" not in said and "kính viếng" not in said and article.lead == LEAD


def test_a_question_heading_under_the_title_heads_its_answer_with_no_lead() -> None:
    question = "Ai được cấp thẻ căn cước công dân gắn chip theo quy định?"
    title = "Hướng dẫn thủ tục làm thẻ căn cước công dân gắn chip mới nhất trong năm nay"
    page = f"{title}\n\n{question}\n\n{LEAD} {BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.lead is None and article.sections[0].title == question
    assert article.sections[0].paragraphs[0].startswith(LEAD)
