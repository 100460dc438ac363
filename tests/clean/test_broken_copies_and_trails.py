"""Round 28 of reading real pages (issue 21): a copy saved in the wrong encoding that lost some of
its bytes, a script's "loading..." under the headline, a breadcrumb trail broken into lines, date
lines with spaced dashes and a Q&A's "Ngày hỏi:", a broadcaster's footer and comment notices, a
site's footer with its address and phone, a tag page's headline glued to its section, day and
summary, a headline that ends in its day, a wrapped line that ends in "của", a numbered question,
short captions that name again what the text says, and a labelled field under the headline."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences
from audio_edition.text.legacy import repair

from .pages import article_of

HEAD = "Thôn Đông Sơn ra quân làm đường giao thông nông thôn"
LEAD = "Sáng nay, hơn năm mươi hội viên trong thôn đã cùng nhau đổ bê tông tuyến đường dài hai trăm mét."
BODY = "Kinh phí làm đường do nhân dân đóng góp, mỗi hộ góp một triệu đồng và ba ngày công lao động."
MORE = "Ban công tác Mặt trận thôn biểu dương tinh thần của các hộ và mong các tổ khác tiếp tục ra quân."


def _spoken(article) -> str:
    return " ".join(p for s in article.sections for p in (s.title or "", *s.paragraphs))


def test_a_copy_in_the_wrong_encoding_is_repaired_even_where_it_lost_bytes() -> None:
    # "miền" (E1 BB 81) and "về" lost their 0x81, "Đà" its 0x90 and "cập" its soft hyphen
    broken = "Ngư dân miá»n Trung cáºp bến Ä‘úng hẹn, đem vá» nhiều cá ở TP Äà Nẵng “lá»™c biểnâ€"
    assert repair(broken) == "Ngư dân miền Trung cập bến đúng hẹn, đem về nhiều cá ở TP Đà Nẵng “lộc biển”"
    assert repair("Hà Nội «Đà Nẵng», “lộc biển” cùng Nguyễn") == "Hà Nội «Đà Nẵng», “lộc biển” cùng Nguyễn"


def test_a_right_text_with_a_few_foreign_words_is_not_taken_for_a_legacy_encoding() -> None:
    text = f"{LEAD} {BODY} {MORE} Ở Paris, một ly café crème giá 3€, món ăn naïve và Übermensch." * 3
    assert repair(text) == text


def test_loading_under_the_headline_is_not_joined_to_it() -> None:
    assert article_of(f"{HEAD}\nloading...\n16:08 30/05/2019\n\n{LEAD}\n\n{BODY}").headline == HEAD


def test_a_breadcrumb_trail_broken_into_lines_names_the_category() -> None:
    article = article_of(f"Trang chủ >\n\nNghiên cứu - Phân tích\n\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert article.headline == HEAD and article.category == "Nghiên cứu - Phân tích" and article.lead == LEAD


def test_date_lines_with_spaced_dashes_and_a_questions_date_are_not_read() -> None:
    article = article_of(f"{HEAD}\n\nĐăng ngày 09 - 07 - 2011\n\n{LEAD}\n\nNgày hỏi:16/02/2019\n\n{BODY}")
    assert article.published == "2011-07-09" and "2011" not in _spoken(article) + (article.lead or "")
    question = article_of(f"Hợp tác xã chia lợi nhuận thế nào?\n\nNgày hỏi:16/02/2019\n\n{LEAD}\n\n{BODY}")
    assert question.published == "2019-02-16" and question.lead == LEAD


def test_a_broadcasters_footer_and_comment_notices_closing_the_page_are_not_read() -> None:
    tail = (
        "* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!\n"
        "Bạn không thể gửi bình luận liên tục.\nXin hãy đợi 60 giây nữa."
    )
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{tail}").blocks == (HEAD, LEAD, BODY)


def test_a_sites_footer_with_its_address_and_phone_is_not_read() -> None:
    footer = "Hội nghị Cơ học toàn quốc www.hoinghicohoc.vn Hà Nội, Việt Nam 18 Hoàng Quốc Việt 024.37562301"
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{footer}").blocks == (HEAD, LEAD, BODY)


def test_a_tag_pages_headline_glued_to_its_section_day_and_summary_is_parted() -> None:
    glued = f"Hà Tĩnh ghi nhận ổ dịch sốt xuất huyết đầu tiênSức khỏe 24h - 14/10/2023{LEAD}"
    article = article_of(glued)
    assert article.headline == "Hà Tĩnh ghi nhận ổ dịch sốt xuất huyết đầu tiên" and article.lead == LEAD


def test_a_headline_ending_in_its_day_is_the_headline_and_the_date() -> None:
    article = article_of(f"Đường cựu chiến binh tự quản (07/06/2010)\n\n{LEAD} {BODY}\n\nBảo Chinh")
    assert article.headline == "Đường cựu chiến binh tự quản" and article.category is None
    assert article.published == "2010-06-07" and article.byline == "Bảo Chinh"


def test_a_wrapped_line_ending_in_a_word_no_phrase_ends_with_goes_on_under_a_capital() -> None:
    page = (
        f"{HEAD}\n\nTrong ngày thi đấu thứ tư của giải\nbóng chuyền nữ, đội tuyển đã thắng\n3-0 và gần như"
        "\nchắc suất vào bán kết.\nGặp đối thủ Thái Lan, các học trò của\nHLV Phạm Văn Long nhập cuộc"
        "\nvới quyết tâm cao và nhận được sự\ncổ vũ của khán giả nhà."
    )
    article = article_of(page)
    joined = "Gặp đối thủ Thái Lan, các học trò của HLV Phạm Văn Long nhập cuộc"
    assert joined in _spoken(article) + (article.lead or "")
    assert all(not (s.title or "").endswith("của") for s in article.sections)


def test_a_numbered_question_is_one_sentence_with_its_number() -> None:
    assert split_sentences("1. Xuất khẩu lao động là gì? Đây là hình thức làm việc ở nước ngoài.") == (
        "1. Xuất khẩu lao động là gì?",
        "Đây là hình thức làm việc ở nước ngoài.",
    )


def test_short_captions_naming_again_what_the_text_says_are_not_read_but_items_and_news_are() -> None:
    text = "Trong hai ngày hội còn có các trò chơi dân gian như thi bắt vịt dưới ao, kéo co và đánh đu."
    page = f"{HEAD}\n\n{LEAD}\n\n{text}\n\n{BODY}\n\nTrò chơi thi bắt vịt dưới ao..."
    assert clean(page).blocks == (HEAD, LEAD, text, BODY)
    items = f"{HEAD}\n\n{LEAD}\n\nCác trò chơi gồm:\n\nThi bắt vịt dưới ao.\n\n{text}"
    assert "Thi bắt vịt dưới ao." in clean(items).blocks
    news = f"{HEAD}\n\n{LEAD}\n\n{text}\n\nThi bắt vịt dưới ao sẽ diễn ra chiều nay.\n\n{BODY}"
    assert "Thi bắt vịt dưới ao sẽ diễn ra chiều nay." in clean(news).blocks


def test_a_labelled_field_under_the_headline_is_read_and_no_tag_title() -> None:
    field = "Thành Hoàng được thờ: Ngũ vị Đại Vương: Linh Lang, Đông Hải, Đô Thiên, Nhã Công, Nguyễn Tuấn"
    article = article_of(f"Lễ hội đình Thuần Lễ\n\n{field}\n\n{BODY} {MORE}\n\n{LEAD}")
    assert article.headline == "Lễ hội đình Thuần Lễ" and article.category is None
    assert article.lead == field
