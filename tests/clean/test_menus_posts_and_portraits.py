"""Round 22 of reading real pages (issue 21): a portal's menu and breadcrumb, print views, date
lines with comment counts, tag pages titled in small letters, embedded posts, links under the
headline, and pictures' captions run into the text or naming a family."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of

HEAD = "Hợp tác xã rau sạch ở ngoại thành mở rộng thêm hai mươi héc ta"
LEAD = "Sau ba năm làm ăn có lãi, hợp tác xã quyết định thuê thêm đất để trồng rau theo tiêu chuẩn sạch."
BODY = "Mỗi ngày, hợp tác xã giao cho các bếp ăn trường học khoảng hai tấn rau và củ các loại."
MORE = "Ban quản trị cho biết sẽ tuyển thêm ba mươi lao động địa phương trong vụ đông năm nay."


def test_a_portals_menu_and_a_breadcrumb_ending_in_the_headline_are_not_read() -> None:
    menu = ["Trang chủ", "Nóng", "Video", "Podcast", "Tư vấn", "Menu"]
    page = "\n".join([*menu, f"Trang chủ / {HEAD}", HEAD, LEAD, BODY])
    d = clean(page)
    assert d.blocks == (HEAD, LEAD, BODY)
    assert d.category is None  # a menu's last item is no section
    # a section label over the headline still names the category
    assert clean(f"Kinh tế\n{HEAD}\n{LEAD}").category == "Kinh tế"


def test_a_print_views_controls_are_not_read_nor_a_category() -> None:
    page = f"Print\n\n{HEAD}\n\n- Thứ sáu - 17/01/2020 09:07\n- |In ra\n- |Đóng cửa sổ này\n{LEAD}\n{BODY}"
    d = clean(page)
    assert d.blocks == (HEAD, LEAD, BODY)
    assert d.category is None and d.published == "2020-01-17T09:07"
    # a sentence that starts with the same words stays
    said = "In ra giấy, bản kế hoạch dài hơn một trăm trang."
    assert said in clean(f"{HEAD}\n{LEAD}\n{said}").blocks


def test_date_lines_with_their_comment_count_zone_and_label() -> None:
    for line, published, category in [
        ("thứ hai 12-4-2021 21:27:29 +07:00 0 bình luận", "2021-04-12T21:27:29", None),
        ("13/07/2020 07:26 | 0", "2020-07-13T07:26", None),
        ("Thứ Ba, 17 /11/2020 15:17", "2020-11-17T15:17", None),
        ("Nông nghiệp - Nông thôn - Ngày đăng : 10:55, 07/12/2011", "2011-12-07T10:55", "Nông nghiệp - Nông thôn"),
    ]:
        d = clean(f"{HEAD}\n{line}\n{LEAD}\n{BODY}")
        assert d.blocks == (HEAD, LEAD, BODY), line
        assert (d.published, d.category) == (published, category), line


def test_the_pages_own_date_beside_the_articles_is_not_its_date_nor_a_place_its_writer() -> None:
    d = clean(f"Hà Nội, ngày 27-09-2020\n{HEAD}\n13/07/2020 07:26 | 0\n{LEAD}\n{BODY}")
    assert d.blocks == (HEAD, LEAD, BODY)
    assert d.published == "2020-07-13T07:26" and d.byline is None


def test_a_tag_pages_title_in_small_letters_names_the_category() -> None:
    article = article_of(f"rau sạch\n{HEAD}\n{LEAD} {BODY}")
    assert (article.category, article.headline) == ("rau sạch", HEAD)
    # over a listing of summaries only, the first summary heads the page
    summary = "Hợp tác xã rau sạch ở ngoại thành vừa ký hợp đồng giao rau cho bốn mươi trường học trong quận."
    article = article_of(f"rau sạch\n{summary}\n{MORE}")
    assert article.category == "rau sạch" and article.headline == summary.rstrip(".")
    # a banner in plain letters is no tag title
    assert article_of(f"domain, domain name, premium domain name for sales\n{HEAD}\n{LEAD}").category is None


def test_a_summary_opening_with_a_bodys_name_is_not_cut_after_the_name() -> None:
    summary = (
        "Cơ quan Cảnh sát Điều tra Công an tỉnh vừa triệt phá ba đường dây buôn bán hàng giả, "
        "thu giữ nhiều tang vật quan trọng."
    )
    assert clean(f"{summary}\n{MORE}").blocks == (summary, MORE)


def test_a_quotation_is_not_cut_where_a_capitalised_word_follows() -> None:
    quoted = (
        "“Bão cấp chín đang di chuyển nhanh với gió mạnh hướng Tây và Nam, cách đảo khoảng một nghìn "
        "ki lô mét về phía Đông. Dự báo bão mạnh thêm khi vào vịnh và suy yếu dần khi vào đất liền.”"
    )
    article = article_of(f"{quoted}\nThẻ:")
    assert article.headline.endswith("phía Đông")
    assert article.lead == "Dự báo bão mạnh thêm khi vào vịnh và suy yếu dần khi vào đất liền.”"


def test_an_embedded_post_is_not_read() -> None:
    post = "New phone leaks again, launching in October"
    signature = "— Tech Leaks (@techleaks) September 4, 2020"
    assert clean(f"{HEAD}\n{LEAD}\n{post}\n{signature}\n{BODY}").blocks == (HEAD, LEAD, BODY)
    # a Vietnamese paragraph above the signature stays
    assert BODY in clean(f"{HEAD}\n{LEAD}\n{BODY}\n{signature}\n{MORE}").blocks


def test_links_under_the_headline_and_an_image_searchs_label_are_not_read() -> None:
    links = (
        "- Tăng cường kiểm tra an toàn thực phẩm tại các chợ đầu mối\n- Nâng cao nhận thức của người dân về rau sạch"
    )
    assert clean(f"{HEAD}\n{links}\n{LEAD}\n{BODY}").blocks == (HEAD, LEAD, BODY)
    assert clean(f"{HEAD}\nHình ảnh có liên quan\n{LEAD}\n{BODY}").blocks == (HEAD, LEAD, BODY)
    # one bulleted line under the headline is not a box of links
    one = "- Tăng cường kiểm tra an toàn thực phẩm tại các chợ đầu mối"
    assert len(clean(f"{HEAD}\n{one}\n{LEAD}").blocks) == 3


def test_who_checked_a_clinics_article_is_not_read() -> None:
    credit = "Bài viết được tư vấn chuyên môn bởi BS Trần Văn An - Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh."
    assert clean(f"{HEAD}\n{LEAD}\n{credit}\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_a_caption_placing_a_player_in_a_match_is_not_read() -> None:
    caption = "Tiền đạo Văn Nam có pha tranh chấp quyết liệt với hậu vệ đội khách trong trận đấu với Bình Định"
    assert clean(f"{HEAD}\n{LEAD}\n{BODY}\n{caption}\n{MORE}").blocks == (HEAD, LEAD, BODY, MORE)


def test_a_caption_glued_to_the_paragraph_it_sums_up_is_not_read() -> None:
    quote = (
        "Giám đốc hợp tác xã Trần Văn Bình cho biết: “Rau sạch giúp xã viên có thu nhập ổn định quanh năm, "
        "không còn cảnh được mùa mất giá như trước”."
    )
    caption = "Rau sạch giúp xã viên có thu nhập ổn định quanh năm - Giám đốc hợp tác xã Trần Văn Bình"
    d = clean(f"{HEAD}\n{LEAD}\n{caption}{quote} (Ảnh: Minh An)\n{BODY}")
    assert d.blocks == (HEAD, LEAD, quote, BODY)
    # a name in one word ("VinFast") in a credited paragraph is no glue
    named = (
        "Xe điện của hãng VinFastEco được trưng bày tại hội chợ năm nay, bên cạnh hàng chục mẫu xe máy "
        "điện của các hãng trong nước. Ban tổ chức cho biết lượng khách đến tham quan gian hàng xe điện "
        "tăng gấp đôi so với năm trước, phần lớn là người trẻ tìm hiểu giá bán, thời gian sạc và chính "
        "sách bảo hành pin của từng hãng. (Ảnh: Minh An)"
    )
    assert clean(f"{HEAD}\n{LEAD}\n{named}\n{BODY}").blocks[2].startswith("Xe điện của hãng VinFastEco")


def test_a_familys_portrait_caption_is_not_read() -> None:
    caption = "Gia đình anh Lê Văn Tâm, thôn Đông nuôi hai mươi con bò thịt cho thu nhập khá."
    assert clean(f"{HEAD}\n{LEAD}\n{caption}\n{BODY}").blocks == (HEAD, LEAD, BODY)
    # the family the story goes on to tell of stays
    told = f"{caption}\nAnh Lê Văn Tâm cho biết đàn bò mang lại thu nhập ổn định."
    assert caption in clean(f"{HEAD}\n{LEAD}\n{told}").blocks
