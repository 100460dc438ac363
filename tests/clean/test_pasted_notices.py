"""Round 151 of reading real pages (issue 21): a notice pasted from a document that broke its lines both at the
column and where its source did: fewer lines fill the column, most stop mid-sentence."""

from __future__ import annotations

from audio_edition.clean.columns import column_width
from audio_edition.clean.unwrap import unwrap

from .pages import article_of, spoken_text

NOTICE = """Thông báo tạm ngừng cấp điện để bảo dưỡng trạm biến áp Đồng Tâm

Kính gửi: Quý Khách hàng sử dụng điện trên địa bàn |
Thực hiện Kế hoạch số 215/KH-ĐLBG
CNTT ngày 14/9/2025 của Điện lực Bắc Giang về việc bảo dưỡng định kỳ các
trạm biến áp trên địa bàn, Điện lực khu vực xin thông báo tới các hộ
dân và doanh nghiệp tại xã Đồng Tâm được biết lịch tạm ngừng cấp điện
cụ thể như sau:
- Thời gian dự kiến ngừng cấp điện: Từ 07 giờ 30 phút đến khoảng
16 giờ 00 phút ngày 21/9/2025.
- Khu vực bị ảnh hưởng gồm các thôn Đồng Tâm, Đồng Lạc và một phần
thôn Tân Sơn của xã Đồng Tâm cùng các cơ sở sản xuất lân cận
Sau khi hoàn thành công việc, Điện
lực sẽ đóng điện trở lại sớm nhất có thể, tuy nhiên một số khu vực
ở cuối đường dây có thể mất thêm ít phút để điện ổn định trở lại, mong
Quý Khách hàng thông cảm và sắp xếp công việc cho phù hợp với lịch trên.
Thông tin chi tiết
liên hệ qua số điện thoại:
0204 3855 120 - Phòng Kinh doanh;
0204 3851 777 -
Tổ trực vận hành Điện lực khu vực;
"""


def test_a_pasted_notice_is_known_for_wrapped_and_its_lines_join() -> None:
    assert column_width([line.strip() for line in NOTICE.split("\n")]) is not None
    text = unwrap(NOTICE)
    assert "Thực hiện Kế hoạch số 215/KH-ĐLBG CNTT ngày 14/9/2025 của Điện lực" in text  # a code's wrapped tail
    assert "Từ 07 giờ 30 phút đến khoảng 16 giờ 00 phút ngày 21/9/2025." in text  # a time after the break
    assert "0204 3851 777 - Tổ trực vận hành Điện lực khu vực;" in text  # a number over its label


def test_a_notices_greeting_in_its_cell_opens_the_body_and_is_read() -> None:
    article = article_of(NOTICE)
    assert article.lead is None and "Kính gửi: Quý Khách hàng sử dụng điện trên địa bàn" in spoken_text(article)
    assert "0204 3851 777 - Tổ trực vận hành Điện lực khu vực;" in spoken_text(article)


def test_a_list_of_titles_in_a_column_is_no_wrapped_text() -> None:
    """Lines of a box of links: as many fill the column and none ends a sentence, but none ends on a small word."""
    long = "Hội Nông dân xã Tân Sơn tổng kết công tác hội và phong trào nông dân năm 2024 - {}/2024"
    short = "Tin hoạt động của Hội Nông dân - {}/2024"
    titles = [(long if m % 2 else short).format(m) for m in range(1, 11)]
    assert column_width(titles) is None
    words_cut = [t.replace(" - ", " của năm nay trong ").rsplit(" ", 1)[0] for t in titles]  # ending on small words
    assert column_width(words_cut) is not None
