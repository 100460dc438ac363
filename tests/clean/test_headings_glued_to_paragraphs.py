"""Round 151 of reading real pages (issue 21): a guide's part heading run with no space into the paragraph of
sentences under it ("... phạm vi hội thảoBất kỳ kế hoạch ..."), under the title printed again as a picture's text."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Hướng dẫn lập kế hoạch cho một chuyến dã ngoại của lớp học"
LEAD = "Một chuyến dã ngoại thành công cần được chuẩn bị từ sớm, với sự phối hợp giữa giáo viên, phụ huynh và học sinh."
HEADING = "Xác định mục đích và địa điểm của chuyến đi"
PARAGRAPH = "Mọi chuyến đi đều cần bắt đầu từ một mục đích rõ ràng. Đây là căn cứ để chọn địa điểm phù hợp."
MORE = "Sau đó, giáo viên chủ nhiệm lập danh sách học sinh tham gia và gửi thông báo tới từng gia đình trước một tuần."


def test_a_heading_run_into_its_paragraph_with_no_space_heads_its_part() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n{TITLE}\n\n{HEADING}{PARAGRAPH}\n\n{MORE}\n"
    article = article_of(page)
    assert HEADING in [s.title for s in article.sections]
    assert PARAGRAPH.split(". ")[0] in spoken_text(article)


def test_one_sentence_run_into_a_heading_with_no_space_stays_as_written() -> None:
    glued = f"{HEADING}Mọi chuyến đi đều cần bắt đầu từ một mục đích rõ ràng."
    article = article_of(f"{TITLE}\n\n{LEAD}\n\n{glued}\n\n{MORE}\n")
    assert HEADING not in [s.title for s in article.sections]
