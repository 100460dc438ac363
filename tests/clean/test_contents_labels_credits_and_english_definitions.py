"""Round 51 of reading real pages (issue 21): a contents box headed "Xem nhanh nội dung"; a contents
label left alone on its line ("Nội dung bài viết"); a "Tham khảo thêm:" link; a credit saying a
picture was made by AI; a picture's caption "- image 1"; and an acronym defined by another
language's words ("World Health Organization (WHO)"), which is spelled, not read as English."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Lắp điện mặt trời mái nhà cho gia đình có đáng không?"
LEAD = "Giá điện tăng khiến nhiều hộ gia đình tính chuyện lắp tấm pin mặt trời trên mái nhà để tự dùng."
BODY = "Một hệ thống nhỏ đủ cho bình nóng lạnh và tủ lạnh, phần điện thừa có thể bán lại cho ngành điện."
MORE = "Chủ nhà nên hỏi giá ở vài nơi và xem kỹ điều khoản bảo hành của tấm pin trước khi ký hợp đồng."


def test_a_contents_box_headed_xem_nhanh_noi_dung_goes_with_its_pictures_caption() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nXem nhanh nội dung\n\n1. Điện mặt trời mái nhà là gì?\n\n"
        f"Điện mặt trời mái nhà - image 1\n\nĐiện mặt trời mái nhà là gì?\n\n{BODY}\n\n{MORE}"
    )
    spoken = spoken_text(article_of(page))
    assert "Xem nhanh" not in spoken and "image" not in spoken
    assert spoken.count("Điện mặt trời mái nhà là gì?") == 1


def test_a_contents_label_alone_on_its_line_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nNội dung bài viết\n\nVì sao nên lắp điện mặt trời?\n\n{BODY}\n\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "Nội dung bài viết" not in spoken
    assert "Vì sao nên lắp điện mặt trời?" in spoken


def test_a_further_reading_link_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nTham khảo thêm: Giá lắp điện mặt trời mới nhất năm nay\n\n{MORE}"
    spoken = spoken_text(article_of(page))
    assert "Tham khảo thêm" not in spoken and MORE in spoken


def test_a_credit_saying_ai_edited_the_picture_is_not_read() -> None:
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nẢnh được biên tập bởi AI.\n\n{MORE}"))
    assert "biên tập" not in spoken and BODY in spoken and MORE in spoken


def test_an_acronym_defined_by_english_words_is_spelled_not_read_as_english() -> None:
    body = "Theo Global Solar Council (GSC), giá tấm pin đang giảm. GSC dự báo giá còn giảm thêm."
    spoken = " ".join(spoken_sentences(f"{HEAD}\n\n{LEAD}\n\n{body}\n\n{MORE}"))
    assert "global solar council dự báo" not in spoken.lower()
    assert "giê ét xê dự báo" in spoken
