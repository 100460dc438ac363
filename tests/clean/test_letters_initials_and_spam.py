"""Round 56 of reading real pages (issue 21): a writer's initials defined by a bracket glued to the
name; initials in dotted parts and letters made of two acronyms; a letter's sender under its
title; a hash, a gambling site's line, a text-to-speech player's label and a comment box; a
caption under a camera's picture name; an English paragraph around a Vietnamese name; a photo
credit; a run of short bulleted items; a line going on from the text after a picture's room; a
copy's credit before its date and a site's event tag; an embedded video's pattern never taking
the headline; an explainer's question heading."""

from __future__ import annotations

from .pages import article_of, spoken_sentences, spoken_text

HEAD = "Cộng đồng người Việt ở Perth đón Tết Trung thu cùng các cháu thiếu nhi"
LEAD = "Tối thứ bảy vừa qua, hơn tám trăm đồng hương và con em đã tới hội trường của cộng đồng để vui Tết Trung thu."
BODY = "Các cháu được phát lồng đèn, bánh nướng, bánh dẻo và cùng nhau rước đèn quanh sân trong tiếng trống lân."
MORE = "Ban tổ chức cảm ơn các nhà hảo tâm đã đóng góp công sức, tài vật để đêm hội diễn ra tốt đẹp."


def test_a_writers_initials_defined_by_a_glued_bracket_are_read_as_the_name() -> None:
    page = (
        f"{HEAD}\n\nĐêm nay, Thu Nguyệt(TN) ngắm trăng ngoài hiên và nhớ quê nhà.\n\n"
        "Mọi năm TN vẫn mong cho trời đừng mưa để ngắm trăng, các cháu thiếu nhi cũng vậy."
    )
    spoken = " ".join(spoken_sentences(page))
    assert "mọi năm thu nguyệt vẫn mong" in spoken.lower() and "TN" not in spoken


def test_dotted_initials_after_a_name_are_not_read_and_each_part_and_a_compound_take_its_words() -> None:
    page = (
        f"{HEAD}\n\nĐêm hội có sự ủng hộ của Cộng Đồng Người Việt Tự Do TâyÚc (CĐ.NVTD.TU) dành cho ban tổ chức.\n\n"
        "Những kết quả mà BCHCĐ đã đạt được là nhờ các công tác phục vụ CĐ của mọi người."
    )
    spoken = " ".join(spoken_sentences(page)).lower()
    assert "tây úc dành cho" in spoken and "cao đẳng" not in spoken
    assert "mà ban chấp hành cộng đồng đã đạt" in spoken and "phục vụ cộng đồng của" in spoken


def test_a_letters_sender_under_its_title_is_not_read() -> None:
    sender = (
        "CỘNG ĐỒNG NGƯỜI VIỆT TÂY ÚC\n\nVIETNAMESE COMMUNITY IN WESTERN AUSTRALIA INC.\n\n"
        "Unit 4 & 5, 151 Brisbane St, Perth, W.A. 6000\n\nTel: (08) 9328 0000 Email: thu@example.org"
    )
    article = article_of(f"{HEAD}\n\n{sender}\n\nTHƯ CẢM TẠ\n\nPerth, ngày 25/9/2010.\n\n{LEAD}\n\n{BODY}")
    spoken = spoken_text(article)
    assert "COMMUNITY" not in spoken and "Brisbane" not in spoken and "Perth, ngày" not in spoken
    assert article.byline is None and article.published == "2010-09-25"


def test_a_hash_a_gambling_line_a_players_label_and_a_comment_box_are_not_read() -> None:
    page = (
        f"web nhà cái cá độ bóng đá uy tín abcxyz,trò chơi nổi tiếng\n\n{HEAD}\n\nGiọng nữ\n\n"
        f"{LEAD} fac60bbdf7417fc2a20011d8b9b93e09\n\n{BODY}\n\nMinh Ngọc (CTV)\n\nBạn còn 500/500 ký tự\n\n"
        "Bạn vui lòng nhập từ 5 ký tự trở lên !!!"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == HEAD and article.lead == LEAD and article.byline == "Minh Ngọc"
    assert "fac60" not in spoken and "Giọng" not in spoken and "ký tự" not in spoken


def test_a_caption_under_a_cameras_picture_name_is_not_read() -> None:
    page = f"{HEAD}\n\n{LEAD}\n\nIMG 0227\n   Các cháu rước đèn quanh sân hội trường\n{BODY}"
    assert "rước đèn quanh sân hội trường" not in spoken_text(article_of(page))


def test_an_english_paragraph_around_a_vietnamese_name_and_a_photo_credit_are_not_read() -> None:
    english = "A highlight was the dance performance by the seniors group directed by Mrs. Cấn Thị Nga."
    page = f"{HEAD}\n\n{LEAD}\n\nMúa lân truyền thống Credit: Perth Council/ Xuân Ngọc\n\n{BODY}\n\n{english}"
    spoken = spoken_text(article_of(page))
    assert "highlight" not in spoken and "Credit" not in spoken and "lồng đèn" in spoken


def test_short_bulleted_items_under_a_paragraph_are_never_chapter_titles() -> None:
    items = "  • Hoàn toàn miễn phí\n  • Dạy làm lồng đèn\n  • Múa lân\n  • Trang phục truyền thống\n"
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n{items}  • Và nhiều điều thú vị khác đang chờ đợi các bạn!\n")
    assert all(s.title is None for s in article.sections) and "Trang phục truyền thống" in spoken_text(article)


def test_a_line_going_on_from_the_text_after_a_pictures_room_is_read() -> None:
    line = "Trước hết là Mid-Autumn for Children ở trung tâm thương mại Sunshine"
    page = (
        f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n\n{line}\n11AM-6PM, thứ bảy 4/10, do câu lạc bộ người Việt tổ chức.\n\n{MORE}"
    )
    spoken = " ".join(spoken_sentences(page))
    assert "Trước hết là" in spoken and "mười một giờ sáng đến sáu giờ tối" in spoken


def test_a_copys_credit_before_its_date_and_an_event_tag_are_not_read() -> None:
    page = (
        f"{HEAD}\n\nTheo Mộc Miên/ Du lịch VN Thứ Năm, ngày 17/03/2016 07:12 AM (GMT+7)\n"
        f"Sự kiện: Ẩm thực Việt\n(Dân Việt) {LEAD}\n{BODY}"
    )
    article = article_of(page)
    assert (article.lead, article.published) == (LEAD, "2016-03-17T07:12")
    assert "Mộc Miên" not in spoken_text(article) and "Sự kiện" not in spoken_text(article)


def test_a_headline_opening_with_mv_is_the_headline() -> None:
    head = "MV Em không là duy nhất của Tóc Tiên đạt hai triệu lượt xem sau hai ngày"
    assert article_of(f"{head}\n\n{LEAD}\n\n{BODY}").headline == head


def test_an_explainers_question_heading_is_a_chapter_title() -> None:
    question = "Tết Trung Thu là gì ?"
    answer = "Trung Thu theo âm lịch là ngày rằm tháng tám hằng năm, đây đã trở thành ngày tết của trẻ em khắp nơi."
    article = article_of(f"{HEAD}\n\n{question}\n\n{answer}\n\n{BODY}")
    # the question heads its answer, read before it, and the page has no lead (round 77)
    assert (
        article.lead is None and article.sections[0].title == question and article.sections[0].paragraphs[0] == answer
    )
