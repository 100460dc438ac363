"""Round 43 of reading real pages (issue 21): a guidance page's numbered headings and the list a
sentence opens, a directory's telephone lines, a copying site's next story, a page's boxes and a
camera's label, a posting date after the title or closing the article, a view counter, credit
lines ("Tin và Bài:", "Bài THANH PHONG."), a pig trade site's dated credit lines, a blog's notes
on its links and its date in English, a post's title under its date line, and a picture's
caption under a title that "55 phút trước" dates."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.text.legacy import repair

from .pages import article_of, spoken_text

HEAD = "Hội người cao tuổi phường tổ chức mừng thọ cho hội viên"
LEAD = "Sáng nay, Hội người cao tuổi phường tổ chức lễ mừng thọ cho hai mươi hội viên tròn tám mươi tuổi."
BODY = "Mỗi cụ được tặng một bức tranh chữ thọ và một phần quà trị giá năm trăm nghìn đồng."
MORE = "Buổi lễ kết thúc trong không khí ấm cúng, nhiều cụ xúc động chia sẻ niềm vui cùng con cháu."


def test_a_numbered_heading_with_its_stop_heads_its_part_and_a_heading_over_its_list_is_read() -> None:
    page = (
        "Chủ tịch công đoàn với việc tổ chức đại hội\n"
        "1. Đại hội công đoàn cơ sở.\n"
        "Đại hội công đoàn cơ sở là đợt sinh hoạt chính trị của đoàn viên, bầu ra ban chấp hành mới.\n"
        "Hình thức đại hội công đoàn cơ sở.\n"
        "Có các hình thức đại hội công đoàn cơ sở sau:\n"
        "Đại hội đại biểu: là đại hội gồm những đại biểu do các tổ công đoàn bầu ra.\n"
    )
    article = article_of(page)
    assert article.lead is None and article.sections[0].title == "1. Đại hội công đoàn cơ sở."
    spoken = spoken_text(article)
    assert "Hình thức đại hội công đoàn cơ sở." in spoken and "Có các hình thức đại hội công đoàn cơ sở sau:" in spoken


def test_the_last_item_of_a_list_and_a_directorys_telephone_lines_are_read() -> None:
    club = "Câu lạc bộ Bóng bàn “Vui khỏe”"
    listed = article_of(f"{HEAD}\n{LEAD}\n{BODY}\nCác câu lạc bộ sau đây thường sinh hoạt tại văn phòng Hội:\n{club}")
    assert club in spoken_text(listed)
    pagoda, church = "Chùa Từ Quang tại Montréal, đt : 731-9012 và 278-3456", "Hội Tín hữu Montréal, đt: 744-9114"
    directory = article_of(f"{HEAD}\n{LEAD}\n{BODY}\n{pagoda}\n{church}")
    assert pagoda in spoken_text(directory) and church in spoken_text(directory)


def test_a_copying_sites_next_story_after_the_sign_off_and_the_source_is_not_read() -> None:
    other = "Chiều 25.9, ông Trần Văn Hòa cho hay đội kiểm lâm vẫn đang truy tìm chủ số gỗ lậu mới phát hiện."
    page = f"{HEAD}\n{LEAD}\n{BODY}\n{MORE}\nTRẦN DŨNG\nTheo PLO\nBãi gỗ lậu gần trạm kiểm lâm\n{other}"
    draft = clean(page)
    assert other not in draft.blocks and draft.blocks[-1] == MORE


def test_a_pages_box_a_site_icon_and_a_cameras_label_are_not_read() -> None:
    title = "VÀI NÉT VỀ CỘNG ĐỒNG NGƯỜI VIỆT VÙNG MONTRÉAL"
    page = f"Site icon Đầu Tư Định Cư Mỹ, Canada\n\n{title}\n\nSONY DSC\n\n{LEAD}\n\n{BODY}"
    assert clean(page).blocks == (title, LEAD, BODY)
    boxed = clean(f"{HEAD}\nmain billboard\n\n{LEAD}\n\n{BODY}")
    assert boxed.blocks == (HEAD, LEAD, BODY)


def test_a_posting_date_after_the_title_or_closing_the_article_is_metadata() -> None:
    titled = clean(f"{HEAD} 17/08/2022\n{LEAD}\n{BODY}")
    assert (titled.blocks, titled.published) == ((HEAD, LEAD, BODY), "2022-08-17")
    named = "Kết quả xổ số miền Bắc ngày 17/08/2022"
    assert clean(f"{named}\n{LEAD}\n{BODY}").blocks[0] == named
    closed = clean(f"{HEAD}\n{LEAD}\n{BODY}\nNgày 18.01.2024.")
    assert (closed.blocks, closed.published) == ((HEAD, LEAD, BODY), "2024-01-18")


def test_a_view_counter_and_credit_lines_are_not_read() -> None:
    counted = clean(f"{HEAD}\n{LEAD}\n  • 158 Xem\n{BODY}")
    assert counted.blocks == (HEAD, LEAD, BODY)
    credited = clean(f"{HEAD}\n{LEAD}\n{BODY}\nTin và Bài: Phòng Dạy nghề./.")
    assert (credited.blocks, credited.byline) == ((HEAD, LEAD, BODY), "Phòng Dạy nghề")
    signed = clean(f"{HEAD}\nBài THANH PHONG.\n{LEAD}\n{BODY}")
    assert (signed.blocks, signed.byline) == ((HEAD, LEAD, BODY), "Thanh Phong")


def test_a_trade_sites_dated_credit_lines_are_metadata() -> None:
    credit, dated = (
        "30-8-2022/ Nhân viên 333 tổng hợp từ thông tin của Cục Thú Y",
        "08-Th9-2022 (Trước đó 2 năm 13 ngày)",
    )
    page = f"{HEAD}\n\n{credit}\n\n{dated}\n\n{LEAD}\n\n{BODY}"
    draft = clean(page)
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2022-08-30")


def test_a_blogs_notes_on_its_links_and_its_english_date_are_not_read() -> None:
    title = "QUÝ VỊ CƯ NGỤ VÙNG FAIRFIELD NÊN CHÚ Ý BẦU CHO NGHỊ VIÊN NGƯỜI VIỆT."
    page = (
        "* Quý Vị thích xem tin tức & nghe Radio, xin hãy nhấn Links chữ màu đỏ dưới đây:\n"
        "* Nhấn vô hàng chữ trên đầu Video sẽ đến nguồn gốc Youtube.\n"
        f"31 August, 2016\n{title}\n{LEAD}\n{BODY}"
    )
    article = article_of(page)
    assert (article.headline, article.lead, article.published) == (title.rstrip("."), LEAD, "2016-08-31")


def test_a_posts_title_under_its_date_line_is_its_headline_not_its_writer() -> None:
    paragraph = f"{LEAD} {BODY}"
    article = article_of(f"Monday, June 20, 2011\n\nLittle Saigon\n\n{paragraph}\n\n{MORE}")
    assert (article.headline, article.byline, article.lead) == ("Little Saigon", None, paragraph)


def test_a_shop_placed_in_a_town_under_a_dated_title_is_a_pictures_caption() -> None:
    title = "Cuối năm đi thăm phố người Việt"
    page = (
        f"{title}\n55 phút trước\nMột cửa hàng bán áo dài ở Little Saigon, Quận Cam, California\n{LEAD}\n"
        f"{BODY}\nQuán Phở Holic ở Little Saigon\n{MORE}"
    )
    article = article_of(page)
    assert (article.headline, article.category, article.lead) == (title, None, LEAD)
    assert "Quán Phở" not in spoken_text(article)


def test_one_foreign_word_made_another_is_no_repair() -> None:
    assert repair("đồng bào M’Nông và H’Mông") == "đồng bào M’Nông và H’Mông"
