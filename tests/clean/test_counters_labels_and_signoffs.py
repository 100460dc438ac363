"""Round 46 of reading real pages (issue 21): ward and district sites, parish and temple news, copied
series and police briefs. A visit counter over the title, a section's label printed twice, a
portal component's name, a caption over its bracketed credit, a date line over a summary cut at
both ends, a photographer in brackets, a writer's name in plain letters closing the text, a guest
reporting at the meeting, a closing line without its stop, a title printed again with its day,
and a title with a colon over a sentence that defines its subject."""

from __future__ import annotations

from audio_edition.clean import clean
from audio_edition.segment import split_sentences

from .pages import article_of, spoken_text

HEAD = "Phường tổ chức hội nghị đối thoại giữa Chủ tịch phường với nhân dân"
LEAD = "Sáng ngày 4/6, Ủy ban nhân dân phường đã tổ chức hội nghị đối thoại với hơn hai trăm người dân trên địa bàn."
BODY = "Tại hội nghị, người dân đã nêu nhiều ý kiến về trật tự đô thị, vệ sinh môi trường và hạ tầng giao thông."
MORE = "Lãnh đạo phường đã tiếp thu và trả lời trực tiếp các ý kiến thuộc thẩm quyền giải quyết của địa phương."


def test_a_visit_counter_over_the_title_and_a_posted_label_before_the_date() -> None:
    draft = clean(f"00:00 Số lượt truy cập: 2667855\n\n{HEAD}\n\nĐược đăng : 03/11/2016\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published, draft.category) == ((HEAD, LEAD, BODY), "2016-11-03", None)


def test_a_sections_label_printed_twice_names_the_category() -> None:
    label = "TIN TỨC HOẠT ĐỘNG CÁC PHƯỜNG"
    title = "PHƯỜNG ĐẠI MỖ TỔ CHỨC HỘI NGHỊ ĐỐI THOẠI VỚI NHÂN DÂN"
    draft = clean(f"{label} {label}\n\n{title}\nNgày đăng 05/06/2024 | 13:50 | Lượt xem: 192\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.category) == ((title, LEAD, BODY), label)


def test_a_portal_components_name_is_not_read() -> None:
    draft = clean(
        f"menu_WAR_haichau1portlet_INSTANCE_BKyHxt47kQOK\n{HEAD}\nĐăng ngày 25-11-2022 09:07\n\n{LEAD}\n\n{BODY}"
    )
    assert draft.blocks == (HEAD, LEAD, BODY)


def test_a_caption_over_its_bracketed_credit_is_not_read() -> None:
    caption = "Đại sứ Việt Nam tại Canada phát biểu tại buổi gặp mặt bà con Việt kiều."
    assert clean(f"{HEAD}\n\n{caption}\n(Ảnh: Quang Thịnh/TTXVN)\n\n{LEAD}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_a_date_line_stays_apart_and_a_summary_cut_at_both_ends_is_read_once() -> None:
    teaser = LEAD[1:].rsplit(" ", 3)[0] + " -"  # its first letter and its last words cut off
    draft = clean(f"{HEAD}\n\nThứ năm - 04/09/2025 02:53\n{teaser}\n{HEAD}\n\n{LEAD}\n\n{BODY}")
    assert (draft.blocks, draft.published) == ((HEAD, LEAD, BODY), "2025-09-04T02:53")
    heading = "Năm nguyên tắc vàng giảm thiểu rủi ro va chạm giữa xe tải và xe khách"
    contents = f"Tổng quan nội dung\n- 1 {heading}\n- 2 Phân tích bối cảnh của các vụ va chạm"
    assert heading in clean(f"{HEAD}\n\n{LEAD}\n{heading}\n{contents}\n\n{BODY}").blocks  # a heading listed below stays


def test_a_photographer_in_brackets_marks_a_caption() -> None:
    caption = "Dòng sông biên giới đoạn chảy qua khu vực cửa khẩu quốc tế Tà Lùng - Cao Bằng (ảnh Khải Hoàn)."
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_a_writers_name_in_plain_letters_closing_the_text_is_the_byline() -> None:
    draft = clean(f"{HEAD}\n\n{LEAD}\n\n{BODY} Cảnh Kỳ")
    assert (draft.blocks, draft.byline) == ((HEAD, LEAD, BODY), "Cảnh Kỳ")
    draft = clean(f"{HEAD}\n\n{LEAD}\n\n{BODY} V.Duẩn")
    assert (draft.blocks, draft.byline) == ((HEAD, LEAD, BODY), "V.Duẩn")
    place = "Theo trang tin của Thành đoàn Tp. Hồ Chí Minh"  # a place after an abbreviation's dot
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{BODY} {place}").byline is None


def test_a_guest_reporting_at_the_meeting_is_a_caption() -> None:
    caption = (
        "Đồng chí Phạm Đức Cường - Chủ tịch Ủy ban MTTQ Việt Nam phường báo cáo tổng hợp ý kiến của đại biểu"
        " Nhân dân trước Hội nghị"
    )
    assert clean(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{BODY}").blocks == (HEAD, LEAD, BODY)


def test_a_closing_line_saying_when_it_runs_is_read() -> None:
    closing = "Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020"
    article = article_of(f"{HEAD}\n\n{LEAD}\n\n{BODY}\n\n{closing}")
    assert closing in spoken_text(article)


def test_the_title_printed_again_with_its_day_is_not_the_lead() -> None:
    title = (
        "Ủy ban MTTQVN phường Cẩm Nam tổ chức Hội nghị “Đối thoại trực tiếp giữa người đứng đầu cấp ủy Đảng,"
        ' chính quyền với nhân dân phường Cẩm Nam năm 2022"'
    )
    article = article_of(f"{title}\n{title} (22/08/2022)\n{LEAD}\n{BODY}")
    assert (article.headline, article.lead) == (title, LEAD)


def test_a_title_with_a_colon_over_a_sentence_defining_its_subject() -> None:
    title = "Đại lễ Phật đản: lịch sử và ý nghĩa"
    opening = "Lễ Phật Đản (còn gọi là lễ Vesak) là một trong những ngày lễ vô cùng quan trọng trong Đạo Phật"
    rest = "Được tổ chức vào ngày 8 tháng 4 hoặc rằm tháng 4 âm lịch hàng năm để kỷ niệm ngày Đức Phật ra đời."
    article = article_of(f"{title}\n\n{opening}\n{rest}\n{BODY}")
    assert (article.headline, article.lead) == (title, opening)


def test_a_saints_name_shortened_with_a_dot_ends_no_sentence() -> None:
    sentence = "Đồng tế với ngài có cha phó Gioan Bt. Nguyễn Văn Thuận và cha Đaminh Phạm Văn Tụ."
    assert split_sentences(f"{sentence} {BODY}") == (sentence, BODY)
