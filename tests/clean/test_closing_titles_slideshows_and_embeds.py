"""Round 54 of reading real pages (issue 21): other stories' titles closing the page, bare or cut
short with "…" (a list after "như:" that trails off is text); "Video đang HOT"; "Xem thêm <title>";
an embedded video's title ("MV ... – ..."); a caption of guests "tham dự buổi khai giảng"; a page of
unstopped lines, as a slideshow prints them, with no chapter titles; and an acronym the lexicon
knows as a place, bracketed after a ward, keeps its meaning."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Người dân vùng cao lên núi hái chè Shan tuyết cổ thụ"
LEAD = "Sau vụ mùa, người Mông và người Dao trong xã lại rủ nhau leo núi hái chè trên những cây cổ thụ."
BODY = (
    "Người ta phải dậy từ năm giờ sáng, đi bộ qua rừng già, vượt những dốc ngược mới tới được "
    "rừng chè cổ thụ nằm trên độ cao hai nghìn mét."
)


def test_other_stories_bare_titles_closing_the_page_are_not_read() -> None:
    titles = (
        "Bộ Nội vụ hướng dẫn tặng quà của Chủ tịch nước dịp Tết\nKịch tính cuộc đua giành vé vào tứ kết "
        "giải châu Á\nCựu chủ tịch tập đoàn nhận thêm bản án mười một năm tù\n"
        "Phạt nặng những trường hợp mua bán ngoại tệ không phép"
    )
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n\n\n\n{titles}"))
    assert "Bộ Nội vụ" not in spoken and "tứ kết" not in spoken and "rừng chè cổ thụ" in spoken


def test_other_stories_titles_cut_short_are_not_read_but_a_trailing_list_is() -> None:
    teasers = (
        "Đến nay, Bộ Nội vụ cơ bản hoàn thành toàn bộ các báo cáo, đề…\n"
        "Chiều 20/12, đồng chí Bí thư Thành ủy làm việc với các sở, ban…\n"
        "Sáng 20/12, thông tin từ Công an huyện Thủy Nguyên, trên địa bàn huyện vừa…"
    )
    assert "Bộ Nội vụ" not in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n{teasers}"))
    items = (
        "Lễ vật dâng thánh gồm có: thủ lợn, gà, xôi, oản, mâm hoa quả, rượu...\n"
        "Trong lễ hội có một số trò chơi dân gian như: chọi gà, cờ người, đánh gậy...\n"
        "Cùng với nhiều loại nghệ thuật cổ truyền như: hát chèo, tuồng, hát giao duyên..."
    )
    assert "hát chèo" in spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n{items}"))


def test_a_widget_a_link_and_an_embedded_videos_title_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nVideo đang HOT\n\nXem thêm các loại chè đặc sản vùng cao\n\n"
        f"MV Chè xanh quê mình – Nhóm Mây\n\n{BODY}"
    )
    spoken = spoken_text(article_of(page))
    assert "HOT" not in spoken and "Xem thêm" not in spoken and "Nhóm Mây" not in spoken


def test_guests_attending_an_opening_is_a_caption() -> None:
    more = "Câu lạc bộ sinh hoạt từ thứ hai đến thứ bảy hằng tuần, miễn phí cho các hội viên cao tuổi."
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nLãnh đạo phường Bình Thới tham dự buổi khai giảng\n\n{more}"
    assert "buổi khai giảng" not in spoken_text(article_of(page))


def test_a_page_of_unstopped_lines_has_no_chapter_titles() -> None:
    lines = [
        "Vùng chè cổ của xã có diện tích khoảng mười héc ta, nằm ở bốn bản vùng cao",
        "Do nằm ở độ cao trên một nghìn bảy trăm mét, các gốc chè đều rêu phong",
        "Bà con không có kỹ thuật chăm sóc nên nhiều cây chè cao hàng chục mét",
        "Mỗi kg búp chè tươi được bán với giá 30 nghìn đồng",
        "Bà Vừ Thị Vá, 82 tuổi, ở bản Chang cho biết, khi bà sinh ra đã thấy vùng chè này rồi",
        "Theo ông Sùng A Dờ, Bí thư Đảng ủy, Chủ tịch UBND xã, hiện vùng chè đã được đưa vào quy hoạch phát "
        "triển du lịch của địa phương",
    ]
    article = article_of("\n".join([HEAD, LEAD, *lines]))
    assert [s.title for s in article.sections] == [None]
    assert "Sùng A Dờ" in spoken_text(article)


def test_a_place_acronym_bracketed_after_a_ward_keeps_its_meaning() -> None:
    page = (
        "Người cao tuổi tập khiêu vũ dưỡng sinh\n\nỦy ban phường Bình Thới (TPHCM) ra mắt câu lạc bộ khiêu vũ.\n\n"
        "Thầy Thế là giảng viên Trường Đại học Thể dục Thể thao TPHCM đã nghỉ hưu."
    )
    spoken = " ".join(spoken_sentences(page))
    assert "Thể dục Thể thao Thành phố Hồ Chí Minh" in spoken
