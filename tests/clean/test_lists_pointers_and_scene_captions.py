"""Round 53 of reading real pages (issue 21): every item of a bulleted list a colon introduces is
an item, the last one and short ones too, never a chapter's title; a numbered part's heading over
its first numbered sub-part is no lead; other stories' titles run into one line; a "👉 ... truy cập"
pointer; ".png)" left of a picture's markup; a paragraph that names what a runner wore is no
caption; a titled person handing a letter or talking "trong buổi chuyên đề" is one."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Diện tích sầu riêng ở Đắk Lắk tăng nhanh trong hai năm"
LEAD = "Giá sầu riêng cao khiến nhiều nông dân ở Đắk Lắk chặt cà phê để trồng sầu riêng trên đất đồi."
BODY = "Ngành nông nghiệp tỉnh khuyến cáo người dân không mở rộng diện tích ồ ạt khi chưa có đầu ra ổn định."
MORE = "Các hợp tác xã đang được hướng dẫn làm hồ sơ cấp mã số vùng trồng để xuất khẩu chính ngạch."


def test_every_item_of_a_list_a_colon_introduces_is_read_as_an_item() -> None:
    items = "- Năm 2022: 22.400 ha\n- Năm 2023: 32.700 ha\n- Dự báo tiếp tục tăng mạnh trong các năm tới"
    places = "- Krông Pắc\n- Cư M’gar\n- Ea Kar"
    page = (
        f"{HEAD}\n\n{LEAD}\n\nDiện tích trồng sầu riêng tăng với tốc độ chóng mặt:\n{items}\n"
        f"Các huyện trồng nhiều nhất:\n{places}\n{BODY}\n\n{MORE}"
    )
    titles = [s.title for s in article_of(page).sections]
    assert "Dự báo tiếp tục tăng mạnh trong các năm tới" not in titles and "Ea Kar" not in titles


def test_a_numbered_parts_heading_over_its_first_sub_part_is_no_lead() -> None:
    page = (
        "Hướng dẫn làm căn cước gắn chíp\n\n1. Đi làm căn cước cần mang theo những gì?\n\n"
        "1.1 Đổi từ chứng minh nhân dân sang căn cước\n\n"
        "Người dân cần mang chứng minh nhân dân còn hạn và sổ hộ khẩu khi đến làm thủ tục.\n\n"
        "1.2 Làm căn cước lần đầu\n\nNgười làm lần đầu cần mang giấy khai sinh và sổ hộ khẩu."
    )
    assert article_of(page).lead is None


def test_other_stories_titles_run_into_one_line_are_not_read() -> None:
    titles = (
        "Sầu riêng xuất khẩu tăng vọt, tại sao chuyên gia vẫn cảnh báo? Sầu riêng Việt sang thị trường Anh, "
        "cánh cửa châu Âu có rộng mở? Khởi động mùa sầu riêng Tây Nguyên, thương lái đặt mua cả vườn"
    )
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{titles}\n\n{BODY}\n\n{MORE}"))
    assert "thương lái đặt mua" not in spoken and BODY in spoken


def test_a_pointer_to_another_page_is_not_read() -> None:
    pointer = "👉 Đừng quên truy cập trang làm thẻ trực tuyến để tìm hiểu thêm về quy trình."
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{pointer}\n\n{MORE}"))
    assert "truy cập" not in spoken and MORE in spoken


def test_what_is_left_of_a_pictures_markup_is_not_read() -> None:
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n.png)\n{MORE}"))
    assert "png" not in spoken


def test_a_paragraph_that_names_what_a_runner_wore_is_read() -> None:
    race = (
        "Ở 42km nam, cuộc đua diễn ra giữa Huỳnh Anh Khôi (áo đen) và Hoàng Nguyên Thanh. "
        "Anh Khôi chủ động chạy đầu, bất chấp gió mạnh thổi ngược."
    )
    page = f"Dàn sao nội áp đảo tại giải marathon\n\n{LEAD}\n\n{race}\n\n{BODY}"
    assert "Anh Khôi chủ động chạy đầu" in spoken_text(article_of(page))


def test_a_titled_person_handing_a_letter_or_talking_at_a_session_is_a_caption() -> None:
    page = (
        f"Thư cảm ơn gửi phụ huynh lớp 1\n\n{LEAD}\n\nCô Lê Thanh Hương trao thư cảm ơn phụ huynh lớp 1\n\n"
        f"{BODY}\n\nTS Tô Nhi A trò chuyện với phụ huynh trong buổi chuyên đề\n\n{MORE}"
    )
    spoken = spoken_text(article_of(page))
    assert "trao thư" not in spoken and "trò chuyện" not in spoken and MORE in spoken
