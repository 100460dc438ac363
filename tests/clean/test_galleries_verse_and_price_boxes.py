"""Round 27 of reading real pages (issue 21): a caption printed twice under the summary, the
headline's start as a picture's text, a summary printed again apart, a source tag opening a tag
page's later summary, a price box after the writer, a camera's file names, gallery pointers and
captions, the caption under unmarked alternative text, a defendant's caption dated in brackets, a
"Skip to main content" link, a scrape with a word on every line, a poem over the text, a list of
guests taken for a summary above the headline, and sentences kept whole after a monk's title, the
Buddhist era, a chair's dotted title and a count's parted thousands."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.jobs.episode import Settings, plan_article
from audio_edition.segment import split_sentences

from .pages import article_of

HEAD = "Ca sĩ trẻ ra mắt bài hát mới đạt hai triệu lượt xem sau một ngày"
LEAD = "Bài hát mới của nam ca sĩ được phát hành tối qua và nhanh chóng dẫn đầu bảng xếp hạng thịnh hành."
BODY = "Theo đơn vị phát hành, bài hát có thời lượng gần năm phút và được quay tại Đà Lạt trong ba ngày."
MORE = "Nhiều khán giả để lại bình luận khen ngợi phần hòa âm và giọng hát ổn định của nam ca sĩ trẻ."


def test_a_caption_printed_twice_under_the_summary_goes_and_the_headline_and_summary_stay() -> None:
    caption = "Nam ca sĩ và bạn diễn"
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{caption}\n\n{BODY}\n\n{MORE}")
    assert article.headline == HEAD and article.lead == LEAD
    assert caption not in " ".join(p for s in article.sections for p in (s.title or "", *s.paragraphs))


def test_the_headlines_start_again_as_a_pictures_text_is_not_a_subheading() -> None:
    picture = "Ca sĩ trẻ ra mắt bài hát mới"
    d = clean(f"{HEAD}\n\n{LEAD}\n\n{picture}\n\n{BODY}\n\n{MORE}")
    assert d.blocks == (HEAD, LEAD, BODY, MORE)


def test_a_summary_printed_again_apart_as_the_first_paragraph_is_read_once() -> None:
    d = clean(f"{HEAD}\n\n{LEAD}\n\n{HEAD}\n\nẢnh minh họa\n\n{LEAD}\n\n{BODY}")
    assert d.blocks == (HEAD, LEAD, BODY)


def test_the_source_tag_the_lead_opened_with_is_not_read_before_a_later_summary() -> None:
    page = (
        f"Giá tiêu dùng tháng này tăng nhẹ\n\n(Kinh tế Mới) - {BODY}\n\n"
        f"Giá tiêu dùng tháng trước giảm\n\n(Kinh tế Mới) - {MORE}"
    )
    d = clean(page)
    assert d.blocks[1] == BODY and d.blocks[3] == MORE and d.outlet == "Kinh tế Mới"


def test_a_price_box_after_the_writer_is_cut_and_the_writer_is_the_byline() -> None:
    box = "Nội dung:\n\nGiá vàng 9999 tr.đ/lượng\n\nDoji TienPhongBank\n\nTỷ giá ĐVT:đồng\n\nLoại Mua Bán\n\nVCB"
    d = clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\nThu Trang\n\n{box}")
    assert d.blocks == (HEAD, LEAD, BODY, MORE) and d.byline == "Thu Trang"


def test_camera_file_names_and_gallery_pointers_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nDSC00231\n\nDSC00232 DSC00233 IMG_1044\n\n{BODY} Sau đây là một số hình ảnh về buổi lễ."
        f"\n\nMột số hình ảnh của đoàn.\n\nhình ảnh buổi giao lưu của các chi hội\n\n{MORE}"
    )
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_the_short_sentence_under_a_pictures_unmarked_alternative_text_is_its_caption() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nnuoi ga tha vuon\n\nÔng Lê Văn Tư bên đàn gà của gia đình.\n\n{BODY}"
    assert clean(page).blocks == (HEAD, LEAD, BODY)


def test_a_defendants_caption_dated_in_brackets_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\nBị cáo Hùng tại tòa sáng nay (12.5).\n\n{MORE}"
    assert clean(page).blocks == (HEAD, LEAD, BODY, MORE)


def test_a_skip_link_is_neither_read_nor_the_category() -> None:
    article = article_of(f"Skip to main content\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and article.category is None


def test_a_scrape_with_a_word_on_every_line_is_read_as_its_title_and_sentences() -> None:
    title = "TRƯỜNG TIỂU HỌC SỐ 2 AN BÌNH KHAI GIẢNG"
    text = f"{LEAD} {BODY} Trường có 520 học sinh và Hồng Anh là cô giáo của Hồng Nhung."
    page = "\n".join(f"{title} {text}".split())
    article = article_of(page)  # the paragraphs' breaks are lost: the text is one paragraph, all of it kept
    assert article.headline == title and article.lead == text


def test_a_poem_over_the_text_is_one_stanza_never_a_chapter_title() -> None:
    poem = [
        "Sân trường rộn rã tiếng cười",
        "Cờ hoa rực rỡ đón người học sinh",
        "Nắng thu trải khắp sân xinh",
        "Thầy cô đón bước chúng mình đến trường",
        "Năm học mới đã bắt đầu.",
    ]
    article = article_of("\n".join(poem) + f"\n{LEAD} {BODY}")
    titles = [s.title for s in article.sections if s.title]
    assert not any(line.rstrip(".") in (t or "") for line in poem for t in titles)
    assert article.headline.startswith(poem[0] + ", " + poem[1])


def test_a_list_of_guests_is_no_summary_above_a_headline_and_a_performances_caption_is_not_read() -> None:
    guests = (
        "Chứng minh buổi lễ có: Hòa thượng Thích Thiện Tâm – Trưởng Ban Trị sự tỉnh; Thượng tọa Thích "
        "Minh Quang – Phó Ban Trị sự tỉnh cùng chư Tăng Ni các chùa trong huyện."
    )
    caption = "Tiết mục dâng hoa của các em Gia đình Phật tử chùa Phúc Lâm"
    article = article_of(f"{guests}\n\n{caption}\n\n{BODY}\n\n{MORE}")
    assert article.headline.startswith("Chứng minh buổi lễ có")
    assert caption not in " ".join(p for s in article.sections for p in (s.title or "", *s.paragraphs))


def test_a_monks_title_the_buddhist_era_a_chairs_title_and_parted_thousands_keep_a_sentence_whole() -> None:
    paragraph = (
        "Đại chúng lắng nghe HT. Thích Thiện Tâm đọc thông điệp Phật đản PL. 2568 của Đức Pháp chủ. "
        "Bà Lê Thị Hoa – PCT. Hội Nông dân huyện dự lễ. Khách sạn mới có 120 phòng, toàn tỉnh có 4. 350 phòng."
    )
    assert split_sentences(paragraph) == (
        "Đại chúng lắng nghe HT. Thích Thiện Tâm đọc thông điệp Phật đản PL. 2568 của Đức Pháp chủ.",
        "Bà Lê Thị Hoa – PCT. Hội Nông dân huyện dự lễ.",
        "Khách sạn mới có 120 phòng, toàn tỉnh có 4. 350 phòng.",
    )
    plan = plan_article(article_of(f"{HEAD}\n\n{LEAD}\n\n{paragraph}"), Settings())
    spoken = " ".join(s.spoken for seg in plan.segments for s in seg.sentences)
    assert "Hòa thượng Thích Thiện Tâm" in spoken and "Phật lịch hai nghìn năm trăm sáu mươi tám" in spoken
    assert "bốn nghìn ba trăm năm mươi phòng" in spoken
