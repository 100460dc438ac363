"""Round 66 of reading real pages (issue 21): bird keepers' sites, dental clinics, sprout growers,
a document library, travel forums. A content farm's ranking after its title, "??? XEM THÊM:"
links, a gallery's title, a download link's sentence and a page's tags, a document library's
account links and file type, and a forum member's rank and coins are not read."""

from __future__ import annotations

from .pages import article_of, spoken_text

HEAD = "Cách nuôi chim chào mào hót hay"
LEAD = "Chim chào mào dễ nuôi, ăn được nhiều loại hoa quả và côn trùng nhỏ quanh vườn."
BODY = "Lồng chim nên đủ rộng để chim nhảy nhót, treo ở nơi thoáng mát có nhiều ánh sáng."
MORE = "Mỗi ngày nên cho chim tắm nắng sớm khoảng nửa giờ rồi đưa vào chỗ râm mát."


def test_a_content_farms_ranking_after_its_title_is_not_read() -> None:
    title = "Chim Chào Mào Ăn Gì / Top 8 Xem Nhiều Nhất & Mới Nhất 5/2024 # Top Trend | Site.vn"
    article = article_of(f"{title}\n\n{LEAD}\n\n{BODY}\n\n{MORE}")
    assert article.headline == "Chim Chào Mào Ăn Gì"


def test_links_after_lost_emoji_and_a_gallerys_title_are_not_read() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}\n\nHình ảnh của chim chào mào\n\n{BODY}\n\n??? XEM NGAY: Con chim cánh cụt\n\n"
        f"{MORE}\n\n??? XEM THÊM: Có nên nuôi chim bói cá\n\n{BODY} Thêm nữa."
    )
    spoken = spoken_text(article_of(page)).lower()
    assert "xem" not in spoken and "hình ảnh của" not in spoken


def test_a_download_links_sentence_and_a_pages_tags_are_not_read() -> None:
    paragraph = "Chào mào sống khoảng mười năm. Tiếng chim chào mào hót mp3, bấm để tải xuống:"
    tagged = "Giấy lót giúp rau không dính giá thể khi thu hoạch. Tag: may thoi khi"
    spoken = spoken_text(article_of(f"{HEAD}\n\n{LEAD}\n\n{paragraph}\n\n{tagged}\n\n{BODY}"))
    assert "tải xuống" not in spoken and "Tag" not in spoken and "sống khoảng mười năm" in spoken


def test_a_document_librarys_account_links_and_file_type_are_not_read() -> None:
    page = f"Đăng ký Đăng nhập\n\nTài liệu Tín ngưỡng thờ Mẫu ở vùng ven biển\n\n.DOC\n\n{LEAD}\n\n{BODY}\n\n{MORE}"
    article = article_of(page)
    assert article.headline == "Tài liệu Tín ngưỡng thờ Mẫu ở vùng ven biển"
    assert "Đăng nhập" not in spoken_text(article) and "DOC" not in spoken_text(article)


def test_a_forum_members_rank_and_coins_are_not_read() -> None:
    page = f"chimcanhxinh\nNew member\n- Xu\n- 0\n{LEAD}\n{BODY}\n{MORE}"
    article = article_of(page)
    assert article.headline != "New member" and "Xu" not in spoken_text(article).split()
