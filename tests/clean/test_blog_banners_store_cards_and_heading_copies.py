"""Round 93 of reading real pages (issue 21): a blog's name and motto parted by hearts; a store's
lines down to its copyright and a document's facts; "Tóm tắt nhanh" over a page; a share button;
a heading that keeps its place when a picture prints it again (beside a text without marks, as a
pair further down, or echoing the paragraph before it); a how-to heading closing a run of
captions; a long line ending in "mà" or "do"; a number glued to its heading; a ticked item; a
heading run into "Trước khi ..."; a title with "Lên Nguồn:"; an exclaiming first part; a numbered
heading printed again without its number."""

from __future__ import annotations

from audio_edition.clean import clean

from .pages import article_of, spoken_text

TITLE = "Cách chọn nồi cơm điện cho gia đình bốn người"
LEAD = "Một chiếc nồi cơm điện phù hợp giúp cơm chín đều, giữ ấm lâu và tiết kiệm điện cho cả gia đình mỗi ngày."
BODY = "Với gia đình bốn người, nồi có dung tích từ một lít đến một lít tám là vừa đủ cho hai bữa cơm mỗi ngày."
MORE = "Lòng nồi phủ chống dính dày giúp cơm không cháy đáy và dễ rửa hơn sau mỗi lần nấu, nhất là khi nấu cháo."


def test_a_blogs_name_and_motto_parted_by_hearts_are_not_read() -> None:
    page = f"Bếp Nhà Mây ♥ Góc bếp nhỏ của ba mẹ con\n\nLuôn ấm ♥ Luôn thơm\n\n{TITLE}\n\n{LEAD}\n\n{BODY}\n"
    article = article_of(page)
    assert (article.headline, article.lead) == (TITLE, LEAD) and "♥" not in spoken_text(article)


def test_a_stores_lines_down_to_its_copyright_and_a_documents_facts_are_not_read() -> None:
    page = (
        "Kho Sách SốĐọc ngay kẻo lỡ\n\nThư viện trực tuyến\n\n© 2024 Kho Sách Số - Tài liệu cho mọi người\n\n"
        f"{TITLE}\n\nPREMIUM\n\nSố trang\n\n88\n\nKích thước\n\n2.1 MB\n\nĐịnh dạng\n\nPDF\n\nLượt xem\n\n940\n\n"
        f"Nội dung xem thử\n\n{LEAD}\n\n{BODY}\n"
    )
    article = article_of(page)
    spoken = spoken_text(article)
    assert article.headline == TITLE
    assert not any(w in spoken for w in ("Kho Sách", "PREMIUM", "Số trang", "PDF", "Nội dung xem thử"))


def test_a_quick_summary_label_and_a_share_button_are_not_read() -> None:
    page = f"Tóm tắt nhanh\n{TITLE}\nChia sẻ với bạn bè ngay\n{LEAD}\n{BODY}\n"
    article = article_of(page)
    assert article.headline == TITLE and "Chia sẻ" not in spoken_text(article)


def test_a_heading_printed_again_beside_a_text_without_marks_stays_a_heading() -> None:
    heading = "Dấu hiệu nồi cơm điện bị hỏng"
    page = f"{TITLE}\n\n{LEAD}\n\n{heading}\n\nDau hieu noi com dien bi hong ro le\n\n{heading}\n\n{BODY}\n\n{MORE}\n"
    assert clean(page).blocks.count(heading) == 1


def test_a_heading_printed_again_as_a_pair_further_down_stays_a_heading() -> None:
    heading = "Vì sao nồi cơm điện nấu cơm bị khê"
    page = f"{TITLE}\n\n{LEAD}\n\n{heading}\n\n{BODY}\n\n{heading}\n\n{heading}\n\n{MORE}\n"
    assert heading in clean(page).blocks


def test_a_heading_that_echoes_the_paragraph_before_but_opens_the_next_stays() -> None:
    heading = "Những lỗi thường gặp khi dùng nồi cơm điện ở nhà"
    before = "Nhiều người vẫn quen nấu bằng bếp ga nên còn lúng túng khi dùng nồi cơm điện ở nhà lần đầu tiên."
    after = "Một số lỗi thường gặp khi dùng nồi là đổ quá nhiều nước, mở nắp sớm và không lau khô đáy nồi."
    assert heading in clean(f"{TITLE}\n{LEAD}\n{before}\n{heading}\n{after}\n").blocks


def test_a_howto_heading_closing_a_run_of_captions_is_read() -> None:
    captions = "Nồi cơm điện nắp gài dễ vệ sinh\nMột chiếc nồi nhỏ gọn cho phòng trọ\n"
    headings = "Hướng dẫn chọn dung tích nồi theo số người\nNồi cho gia đình bốn người\n"
    blocks = clean(f"{TITLE}\n{LEAD}\n{BODY}\n{captions}{headings}{MORE}\n").blocks
    assert "Hướng dẫn chọn dung tích nồi theo số người" in blocks and "Nồi cho gia đình bốn người" in blocks
    assert "Một chiếc nồi nhỏ gọn cho phòng trọ" not in blocks


def test_a_long_line_ending_in_ma_or_do_goes_on_into_the_next() -> None:
    page = (
        f"{TITLE}\n{LEAD}\nNếu nồi không vào điện, trước hết hãy xem dây nguồn. Dưới đây là những cách kiểm tra mà\n"
        f"KITCHEN CARE gợi ý cho các gia đình trẻ ở thành phố.\n1. Kiểm tra ổ điện\n{BODY}\n"
    )
    assert any("những cách kiểm tra mà KITCHEN CARE gợi ý" in block for block in clean(page).blocks)


def test_a_number_glued_to_its_heading_is_parted_and_a_ticked_item_closing_the_page_is_read() -> None:
    page = f"{TITLE}\n{LEAD}\n1Thế nào là nồi cơm điện tử?\n{BODY}\nDụng cụ cần có:\n✔ Khăn mềm, nước rửa chén\n"
    blocks = clean(page).blocks
    assert "1. Thế nào là nồi cơm điện tử?" in blocks
    assert "Khăn mềm, nước rửa chén" in spoken_text(article_of(page))


def test_a_heading_run_into_a_sentence_opening_with_truoc_khi_is_parted() -> None:
    line = "Nguyên nhân khiến cơm bị nhão Trước khi sửa nồi, bạn hãy kiểm tra lượng nước đã đong có đúng không."
    assert "Nguyên nhân khiến cơm bị nhão" in clean(f"{TITLE}\n{LEAD}\n{line}\n{MORE}\n").blocks


def test_a_title_saying_len_nguon_is_no_sources_caption() -> None:
    title = "Hướng Dẫn Sửa Nồi Cơm Điện Không Lên Nguồn: Nguyên Nhân và Cách Xử Lý"
    assert article_of(f"{title}\n{LEAD}\n{BODY}\n").headline == title


def test_an_exclaiming_first_part_under_the_title_is_no_lead() -> None:
    page = f"{TITLE}\n1. Giới thiệu: Nồi Cơm Hỏng – Đừng Vội Vứt Đi!\n{LEAD}\n2. Kiểm tra dây nguồn\n{BODY}\n"
    assert article_of(page).lead is None


def test_a_numbered_heading_printed_again_without_its_number_is_read_once() -> None:
    heading = "Thế nào là nồi cơm điện tử?"
    page = f"{TITLE}\n{LEAD}\n1. {heading}\n{BODY}\n{heading}\n{MORE}\n2. Giá bán\n{BODY}\n"
    assert heading not in clean(page).blocks
