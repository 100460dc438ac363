"""Round 130 of reading real pages (issue 21): numbered remedies are no series' links; a related link glued to
itself with a dash; a "Nguồn tin:" stamp under the title; a follow box and "Đóng góp bởi:"; a shop's box over its
post; a journalist's name in capitals over a hard-wrapped post; captions naming what the text just told of; a long
opening sentence with a fronted phrase heads an untitled page whole; unbulleted items opening alike and a recipe's
step with its measures are never chapters."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Kinh nghiệm nuôi ong lấy mật trong mùa hoa cà phê"
LEAD = "Mỗi năm khi cà phê nở hoa, nhiều người nuôi ong lại chở hàng trăm thùng ong lên vùng đồi để lấy mật."
BODY = "Người nuôi ong cho biết mật hoa cà phê có màu vàng nhạt, thơm nhẹ và bán được giá cao hơn các loại khác."
MORE = "Sau mùa hoa, đàn ong được chở về xuôi để nghỉ và chuẩn bị cho vụ mật vải vào đầu mùa hè năm sau."


def test_numbered_remedies_ending_in_stops_are_read_not_taken_for_a_series() -> None:
    remedies = (
        "Bài 1: 10g lá hẹ tươi, vài lát gừng và một thìa đường phèn, hấp cách thủy.\n"
        "Bài 2: 5 quả quất, 1 thìa mật ong, hấp chín rồi cho bé uống.\n"
        "Bài 3: 1 nhúm lá húng chanh, vài lát gừng, 1 thìa đường phèn.\n"
        "Bài 4: 2 vỏ quýt, 10 lá tre non, vài lát gừng.\n"
    )
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{remedies}\n{BODY}\n"))
    assert "1 nhúm lá húng chanh" in spoken and "2 vỏ quýt" in spoken


def test_a_related_link_glued_to_itself_with_a_dash_is_not_read() -> None:
    link = "Top 5 Loại Mật Ong Tốt Nhất Cho Sức KhỏeTop 5 Loại Mật Ong Tốt Nhất Cho Sức Khỏe-"
    spoken = spoken_text(article_of(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{link}\n\n{MORE}\n"))
    assert "Top 5" not in spoken and MORE in spoken


def test_a_source_stamp_under_the_title_is_not_the_headline() -> None:
    menu = "TIN TỨC\nKỸ THUẬT\nSẢN PHẨM\nVIỆC LÀM\n\n"
    stamp = "Nguồn tin: Báo Lâm Đồng, 12/03/2021\nNgày cập nhật: 13/3/2021\n\n"
    article = article_of(f"{menu}{TITLE}\n\n{stamp}{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD
    assert "Nguồn tin" not in spoken_text(article)


def test_a_follow_box_is_not_read_and_a_contributor_is_the_byline() -> None:
    follow = "Theo dõi chúng tôi tại\n\n"
    page = f"{follow}{TITLE}\n\nĐóng góp bởi: CEO Trần Minh Đức\n\n{follow}{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and article.lead == LEAD
    assert article.byline == "CEO Trần Minh Đức" and "Theo dõi" not in spoken_text(article)


def test_a_shops_box_with_its_code_prompt_over_the_post_is_not_read() -> None:
    box = (
        "Hoa lan là món quà sang trọng cho người thân. Mỗi giỏ hoa đều được chăm chút kỹ lưỡng.\n\n"
        'Quý khách vui lòng nhập mã "Gift Code" trên giỏ hoa để nhận lời chúc: Enter\n\n'
    )
    article = article_of(f"{box}{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and "Gift Code" not in spoken_text(article)


def test_a_journalists_name_in_capitals_over_a_hard_wrapped_post_signs_it() -> None:
    post = (
        "TRẦN HÙNG\nỞ\nthôn 2, xã Lộc An có gia đình anh Nguyễn Văn Bình nuôi ong lấy mật từ nhiều năm\n"
        "nay với kết quả rất khả quan. Anh Bình cho biết, lúc đầu gia đình chỉ nuôi vài\n"
        "thùng ong do người quen để lại, rồi tự học thêm kỹ thuật qua sách báo và tự\n"
        "rút kinh nghiệm trong thực tế nuôi hằng ngày. Đến nay anh đã có ba mươi thùng\n"
        "ong, mỗi năm thu bốn lần mật vào trước, trong và sau Tết Nguyên đán.\n"
        "Nghề nuôi ong ở đây mới phát triển nhỏ lẻ nhưng đang giúp nhiều hộ có thêm\n"
        "thu nhập ổn định trong những tháng nông nhàn của năm.\n"
    )
    article = article_of(post)
    assert article.byline == "Trần Hùng"
    assert article.headline.startswith("Ở thôn 2, xã Lộc An") and "TRẦN HÙNG" not in spoken_text(article)


def test_captions_naming_what_the_text_just_told_of_are_not_read() -> None:
    part = (
        "1. Lễ hội đền Thượng\n\n"
        "Ngày 14 tháng Giêng, lễ hội đền Thượng ở huyện Ba Vì khai mạc với lễ rước kiệu và nhiều trò chơi dân gian.\n\n"
        "Đền Thượng Ba Vì\n\n"
        "Du khách thập phương về dự hội rất đông, nhiều người dậy từ sớm để kịp leo núi lên đền dâng hương.\n\n"
        "2. Lễ hội chùa Thầy\n\n"
        "Lễ hội chùa Thầy diễn ra vào đầu tháng Ba âm lịch, nổi tiếng với những buổi diễn múa rối nước.\n\n"
        "Pha chế cho bé 5 - 7 lá tần dày lá, vài lát gừng và một thìa đường phèn rồi hấp cách thủy.\n\n"
        "Tần dày lá.\n\n"
        "Liều dùng:\n\n"
        "Mỗi ngày cho bé uống ba lần, mỗi lần một thìa nhỏ, sau khi ăn no và không uống khi đói.\n"
    )
    article = article_of(f"Các lễ hội đầu năm gần Hà Nội\n\n{LEAD}\n\n{part}")
    spoken = spoken_text(article)
    assert "Đền Thượng Ba Vì" not in spoken and "Tần dày lá." not in spoken
    assert "Liều dùng:" in spoken and "múa rối nước" in spoken


def test_a_long_opening_sentence_with_a_fronted_phrase_heads_the_page_whole() -> None:
    opening = (
        "Với lợi thế là địa phương giàu tiềm năng về đất đai, khí hậu, nguồn nước, tài nguyên, có thế mạnh phát"
        " triển nông nghiệp, du lịch sinh thái, huyện miền núi này đã tích cực hỗ trợ các hợp tác xã, tổ hợp tác"
        " và hộ gia đình tham gia chương trình mỗi xã một sản phẩm để xây dựng, nâng tầm thương hiệu cho nông sản"
        " và sản phẩm đặc trưng của địa phương."
    )
    article = article_of(f"{opening}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == opening.removesuffix(".") and article.lead == LEAD


def test_unbulleted_items_opening_alike_and_a_recipes_step_are_never_chapters() -> None:
    items = (
        "Mật ong có tác dụng như thế nào?\n\n"
        "Mật ong giúp làm dịu cổ họng khi ho\n\n"
        "Mật ong giúp tiêu hóa tốt hơn\n\n"
        "Mật ong giúp vết thương nhỏ mau lành\n\n"
        f"{BODY}\n\n"
        "Trộn bột bánh\n\n"
        "Cho vào thau 50gr bột nếp, 150g đường, 1/2 muỗng cà phê muối\n\n"
        f"{MORE}\n"
    )
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{items}")
    titles = [s.title for s in article.sections if s.title]
    assert "Mật ong giúp vết thương nhỏ mau lành" not in titles
    assert not any(t.startswith("Cho vào thau") for t in titles) and "Trộn bột bánh" in titles
