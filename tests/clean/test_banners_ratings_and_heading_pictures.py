"""Round 192 (pets, laptops, Wi-Fi, phones, shrunken clothes): a shop's sales banner and a picture's text in small
letters over a rating are never the headline; a part's heading whose picture's caption prints it again below is
read; under a numbered heading, a caption saying its words again and the heading cut short as the picture's text
are not. Round 189's left items: the summary printed again with a few words changed is read once (a second round
with other dates is not a copy); a heading run into its paragraph after a dash stands apart."""

from __future__ import annotations

from .pages import article_of, chapter_titles, spoken_text

LEAD = "Áo len giặt sai cách rất dễ co lại, nhưng phần lớn trường hợp vẫn có thể cứu được tại nhà."
BODY = "Hãy ngâm áo trong nước ấm pha dầu xả khoảng nửa giờ, rồi kéo nhẹ từng phần cho áo giãn ra."
OTHER = "Sau khi kéo giãn, trải áo lên khăn khô và để tự khô trong bóng râm, không treo lên móc."


def test_a_sales_banner_over_the_title_is_not_the_headline() -> None:
    title = "Áo len bị co sau khi giặt phải làm sao?"
    article = article_of(f"Tết Sale - Áo Cực Xinh - Giá Cực Sốc\n\n{title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title and "Giá Cực" not in spoken_text(article)


def test_a_headline_about_a_sale_is_still_the_headline() -> None:
    title = "Nhiều cửa hàng quần áo giảm giá mạnh dịp cuối năm"
    article = article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n")
    assert article.headline == title


def test_a_pictures_text_in_small_letters_over_a_rating_is_not_the_headline() -> None:
    title = "Áo Len Bị Co? 5 Cách Làm Giãn Áo Tại Nhà"
    page = f"Tin mới nhất\n\ncách làm giãn áo len bị co\n\n5/5 - (1 bình chọn)\n\n{title}\n\n{LEAD}\n\n{BODY}\n"
    assert article_of(page).headline == title


def test_a_heading_its_pictures_caption_prints_again_below_is_read() -> None:
    heading = "Áo len bị co rút ở phần tay áo và cổ áo"
    page = (
        f"{LEAD}\n\nNgâm áo trong nước ấm\n\n{BODY}\n\nNgâm áo trong nước ấm pha dầu xả (Ảnh minh họa)\n\n"
        f"{heading}\n\n{OTHER}\n\n{heading} (Ảnh minh họa)\n\n{heading} (Ảnh minh họa)\n"
    )
    assert heading in chapter_titles(page)


def test_a_caption_under_a_numbered_heading_saying_its_words_is_not_read() -> None:
    page = (
        f"Mẹo cứu áo len bị co\n\n{LEAD}\n\n1. Cách làm áo len bị co giãn trở lại bằng dầu xả\n\n"
        "Cách chữa áo len bị co, mất dáng\n\n"
        "Để thực hiện phương pháp này, bạn cần một chậu nước ấm và một ít dầu xả tóc loại dịu nhẹ. "
        "Dầu xả làm mềm sợi len để kéo giãn dễ hơn.\n\n"
        f"{BODY}\n"
    )
    assert "mất dáng" not in spoken_text(article_of(page))


def test_a_numbered_headings_picture_text_and_caption_are_not_read() -> None:
    page = (
        f"Mẹo cứu áo len bị co\n\n{LEAD}\n\n1. Nguyên nhân khiến áo len bị co rút\n\n"
        "Áo len bị co sau khi giặt, đừng vội bỏ đi\n\nNguyên nhân khiến áo len bị co\n\n"
        f"Nhiệt độ nước: nước quá nóng làm sợi len co lại rất nhanh.\n\n{BODY}\n"
    )
    said = spoken_text(article_of(page))
    assert "đừng vội bỏ" not in said and "1. Nguyên nhân khiến áo len bị co rút" in chapter_titles(page)
    assert said.count("Nguyên nhân khiến áo len bị co") == 1


SUMMARY = (
    "Để mua một chiếc chảo chống dính có thương hiệu, người dùng phải chi 300.000 - 700.000 đồng. "
    "Tuy nhiên, trên mạng xuất hiện nhiều chảo giá rẻ khiến người mua phân vân về chất lượng."
)


def test_the_summary_printed_again_with_a_few_words_changed_is_read_once() -> None:
    again = SUMMARY.replace("phân vân về", "phân vân, nghi ngờ về")
    page = f"Chảo chống dính giá rẻ và những rủi ro\n\n{SUMMARY}\n\n{BODY}\n\n{again}\n\n{OTHER}\n"
    assert spoken_text(article_of(page)).count("Để mua một chiếc chảo") == 1


def test_a_second_round_with_other_dates_is_read() -> None:
    first = "Đơn xin học bổng nộp trực tuyến trên hệ thống của trường, theo hướng dẫn trên trang tin. Hạn: 13/05/2023."
    second = first.replace("13/05/2023", "10/06/2023")
    page = f"Học bổng năm học mới\n\n{LEAD}\n\nĐợt 1\n\n{first}\n\nĐợt 2\n\n{second}\n"
    assert "10/06/2023" in spoken_text(article_of(page))


def test_a_heading_run_into_its_paragraph_after_a_dash_stands_apart() -> None:
    page = (
        f"Vì sao máy nén khí bị nóng\n\n{LEAD}\n\n{BODY} – Bộ két giải nhiệt vận hành không hiệu quả Đây là một trong "
        "những nguyên nhân chính khiến máy nén khí nóng lên. Két bẩn làm máy mất khả năng giải nhiệt.\n"
    )
    assert "Bộ két giải nhiệt vận hành không hiệu quả" in chapter_titles(page)
