"""Round 117 of reading real pages (issue 21): a breadcrumb trail under the headline it ends in; the
writer's label before the day; the day, views and rating under the title; a numbered heading with
no space after its point; who asked, over the answer; a firm's address and a contents box with no
header under the title; the summary printed again with another site's name at its end."""

from __future__ import annotations

from .pages import article_of, spoken_text

TITLE = "Tiêm phòng cúm cho trẻ có cần thiết không? Khi nào nên tiêm?"
LEAD = "Cúm mùa lây rất nhanh ở nhà trẻ và trường học, nhất là vào những tháng chuyển mùa có độ ẩm cao."
BODY = "Trẻ từ sáu tháng tuổi trở lên có thể tiêm vắc xin cúm, mỗi năm một mũi nhắc lại trước mùa dịch."


def test_a_trail_under_the_headline_it_ends_in_is_not_read_and_the_writer_is_the_byline() -> None:
    trail = f"Trang chủ > Chuyên khoa > Nhi khoa > {TITLE}"
    article = article_of(f"{TITLE}\n\n{trail}\n\nTác giả: Minh Thư Ngày đăng: Tháng mười 3, 2023\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == TITLE and article.lead == LEAD
    assert "Trang chủ" not in spoken_text(article) and article.byline == "Minh Thư"
    assert article.category == "Nhi khoa"


def test_the_day_views_and_rating_under_the_title_are_not_read() -> None:
    article = article_of(f"{TITLE}\n\n12/05/2024    318    4.5/5 trong 6 lượt\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == LEAD and "318" not in spoken_text(article)
    assert article.published == "2024-05-12"


def test_a_numbered_heading_with_no_space_after_its_point_heads_its_part_and_is_no_lead() -> None:
    article = article_of(f"{TITLE}\n\n1.Bệnh cúm ở trẻ là gì?\n\n{LEAD} {BODY}\n\n2.Khi nào nên tiêm?\n\n{BODY}\n")
    assert article.lead is None and article.sections[0].title == "1.Bệnh cúm ở trẻ là gì?"


def test_who_asked_over_the_answer_is_not_read() -> None:
    answer = "Bác sĩ Lê Minh Hà, khoa Nhi, trả lời câu hỏi của độc giả như sau:"
    article = article_of(f"{TITLE}\n\nĐộc giả: Thanh Hương\n\n{answer}\n\n{LEAD}\n\n{BODY}\n")
    assert article.lead == answer and "Thanh Hương" not in spoken_text(article)


def test_a_firms_address_and_a_contents_box_with_no_header_under_the_title_are_not_read() -> None:
    title = "Cách chống thấm sân thượng không cần bóc gạch"
    entries = [
        "Vì sao sân thượng bị thấm nước?",
        "Dấu hiệu nhận biết sân thượng bị thấm dột",
        "Chống thấm sân thượng không cần bóc gạch là gì?",
        "Những lưu ý khi chống thấm sân thượng",
        title,
    ]
    lead = "Chống thấm sân thượng không cần bóc gạch giúp tiết kiệm chi phí và thời gian cho nhiều gia đình."
    box = "\n".join(["52A Lý Thường Kiệt, phường 7, quận Tân Bình, TP.HCM", *entries])
    article = article_of(f"{title}\n\n{box}\n\n{lead}\n\n{BODY}\n")
    spoken = spoken_text(article)
    assert article.headline == title and article.lead == lead
    assert "Lý Thường Kiệt" not in spoken and "Dấu hiệu nhận biết" not in spoken


def test_the_summary_printed_again_with_another_sites_name_at_its_end_is_read_once() -> None:
    summary = (
        "Nhiều cha mẹ lo lắng không biết trẻ tiêm phòng cúm có bị sốt không. Bài viết này sẽ giải đáp thắc"
        " mắc đó, cùng những lưu ý sau tiêm, trong nội dung dưới đây của"
    )
    page = f"{TITLE}\n\n{summary} Medlink.\n\n{summary} SucKhoeViet\n\n{BODY}\n"
    assert spoken_text(article_of(page)).count("Nhiều cha mẹ lo lắng") == 1
