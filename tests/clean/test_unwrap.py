"""Hard-wrapped scrapes: lines that continue a sentence are one sentence again."""

from __future__ import annotations

import textwrap

from audio_edition.clean.columns import column_width
from audio_edition.clean.unwrap import unwrap
from audio_edition.model import Document
from audio_edition.segment import build_article

HEADLINE = "Kinh tế quý ba tăng trưởng vượt dự báo nhờ xuất khẩu và du lịch phục hồi"
LEAD = (
    "Tổng sản phẩm trong nước quý ba ước tăng hơn bảy phần trăm so với cùng kỳ năm trước, "
    "cao hơn mức mà nhiều tổ chức quốc tế dự báo hồi đầu năm."
)
BODY = (
    "Theo cơ quan thống kê, khu vực công nghiệp và xây dựng đóng góp nhiều nhất vào mức tăng "
    "trưởng chung, trong khi khu vực dịch vụ tiếp tục phục hồi nhờ lượng khách quốc tế tăng mạnh. "
    "Kim ngạch xuất khẩu hàng hóa trong ba tháng đạt mức cao nhất từ trước tới nay, với điện thoại, "
    "máy tính và linh kiện dẫn đầu."
)
SECTION = "Lạm phát trong tầm kiểm soát"
AFTER = (
    "Chỉ số giá tiêu dùng bình quân chín tháng tăng vừa phải, chủ yếu do giá dịch vụ y tế và giáo "
    "dục được điều chỉnh theo lộ trình, còn giá lương thực ổn định nhờ vụ mùa bội thu."
)


def wrapped(width: int) -> str:
    paragraphs = [HEADLINE, LEAD, BODY, SECTION, AFTER]
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


def test_a_wrapped_scrape_reads_as_its_paragraphs() -> None:
    text = wrapped(60)
    assert column_width(text.split("\n")) is not None
    article = build_article(Document(source="wrapped.txt", text=text))
    assert article.headline == HEADLINE
    assert article.lead == LEAD
    assert [s.title for s in article.sections][-1] == SECTION
    body = [p for s in article.sections for p in s.paragraphs]
    assert body == [BODY, AFTER]


def test_a_wrap_without_blank_lines_keeps_a_line_that_ends_a_sentence_as_a_break() -> None:
    text = textwrap.fill(LEAD, 50) + "\n" + textwrap.fill(BODY, 50)
    lines = unwrap(text).split("\n")
    assert lines[0] == LEAD  # its lines joined; the paragraph after it starts a line of its own
    assert " ".join(lines[1:]) == BODY


def test_a_line_going_on_in_lower_case_is_joined_even_in_an_unwrapped_scrape() -> None:
    text = f"{HEADLINE}\n{LEAD}\nTheo cơ quan thống kê, khu vực công nghiệp tăng\ntrưởng mạnh nhất.\n{AFTER}"
    assert column_width(text.split("\n")) is None
    assert unwrap(text).split("\n") == [
        HEADLINE,
        LEAD,
        "Theo cơ quan thống kê, khu vực công nghiệp tăng trưởng mạnh nhất.",
        AFTER,
    ]


def test_a_hyphen_left_by_the_wrap_goes_and_lists_stay_lines() -> None:
    assert unwrap("Khu vực dịch vụ tăng-\ntrưởng nhanh.") == "Khu vực dịch vụ tăng trưởng nhanh."
    listed = "Các biện pháp gồm\n- giảm thuế\n- giãn nợ"
    assert unwrap(listed) == listed
