"""Round 26 of reading real pages (issue 21): a clinic's author card and reviewer line, a site's
"Các tin tức tại ..." header, a question taken for a tag title, captions of a speaker and of a
leader placed in the middle, ads after the writer and the site the story came from, a desk's
mark glued to the last full stop, and acronyms an article defines for itself."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.jobs.episode import Settings, plan_article

from .pages import article_of

HEAD = "Chỉ số đường huyết lúc đói bao nhiêu là bình thường"
LEAD = "Đường huyết lúc đói là lượng đường trong máu đo vào buổi sáng khi chưa ăn uống gì."
BODY = "Ở người khỏe mạnh, chỉ số này nằm trong khoảng từ bảy mươi đến dưới một trăm mi li gam."


def test_a_clinics_author_card_and_reviewer_line_are_not_read_and_name_the_writer() -> None:
    card = "Tác giả: Bác sĩ Lê Minh An\nChuyên khoa: Nội tiết"
    page = f"{HEAD}\n\n{card}\n\n{LEAD}\n\nTham vấn y khoa: ThS. BS Hà Vy\n\n{BODY}"
    d = clean(page)
    assert d.blocks == (HEAD, LEAD, BODY) and d.byline == "Bác sĩ Lê Minh An"


def test_a_sites_news_header_is_not_the_headline_and_a_question_is_no_tag_title() -> None:
    assert article_of(f"Các tin tức tại Phòng khám A\n\n{HEAD}\n\n{LEAD}\n\n{BODY}").headline == HEAD
    question = "Đường huyết bao nhiêu thì bị tiểu đường?"
    article = article_of(f"{question}\n\nHiểu đúng về đường huyết và bệnh tiểu đường\n\n{LEAD}\n\n{BODY}")
    assert article.headline == question and article.category is None


def test_captions_of_a_speaker_and_of_a_leader_in_the_middle_are_not_read() -> None:
    speaker = "Đ/c Trần Văn Đức - Phó Ban Kinh tế - Xã hội phát biểu khai mạc lớp tập huấn"
    middle = (
        "Đồng chí Lê Văn Sơn, Chủ tịch Hội Nông dân tỉnh ( giữa) cùng các đại biểu thăm mô hình trồng rau an "
        "toàn của hợp tác xã tại xã Phạm Ngũ Lão, huyện Kim Động, tỉnh Hưng Yên vào sáng thứ bảy tuần trước "
        "trong chuyến công tác kiểm tra các mô hình kinh tế tập thể của hội viên nông dân trên địa bàn."
    )
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{speaker}\n\n{BODY}\n\n{middle}\n\n{BODY[:-1]} hơn.").blocks == (
        HEAD,
        LEAD,
        BODY,
        f"{BODY[:-1]} hơn.",
    )


def test_ads_after_the_writer_and_the_site_a_story_came_from_are_not_read() -> None:
    more = [f"Đoạn thứ {n} kể lại việc cứu hộ tàu cá trên biển vào chiều hôm qua." for n in range(3)]
    page = "\n\n".join(
        [HEAD, LEAD, *more, "Đặng Tài - dantri.com.vn", "Hàng Khô Việt Nam", "Quán ăn Việt - Old Street"]
    )
    d = clean(page)
    assert d.blocks == (HEAD, LEAD, *more) and d.byline == "Đặng Tài"


def test_a_desks_mark_glued_to_the_last_full_stop_is_not_read() -> None:
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{BODY}PV").blocks[-1] == BODY


def test_an_acronym_the_article_defines_is_read_as_its_words_later() -> None:
    defined = "Anh nên dùng thực phẩm bảo vệ sức khỏe (TPBVSK) hai lần mỗi ngày."
    later = "TPBVSK giúp hỗ trợ điều hòa đường huyết."
    plan = plan_article(article_of(f"{HEAD}\n\n{LEAD}\n\n{defined}\n\n{later}"), Settings())
    spoken = [s.spoken for seg in plan.segments for s in seg.sentences]
    assert "thực phẩm bảo vệ sức khỏe giúp hỗ trợ điều hòa đường huyết." in spoken
    assert not any("tê pê bê" in s for s in spoken)
