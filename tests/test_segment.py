"""Golden article fixtures: each scrape in tests/data/articles with its expected segments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.chapters import short_title, to_segments
from audio_edition.errors import InputError
from audio_edition.ingest import read_document
from audio_edition.model import Document, SegmentKind
from audio_edition.normalize import normalize
from audio_edition.segment import build_article, split_sentences

from .conftest import ARTICLES

FIXTURES = sorted(ARTICLES.glob("*.expected.json"))


def test_there_are_fixtures_from_at_least_seven_outlets() -> None:
    outlets = {p.name.split("-")[0] for p in FIXTURES}
    assert len(outlets) >= 7, outlets


@pytest.mark.parametrize("expected_path", FIXTURES, ids=lambda p: p.name.split(".")[0])
def test_article_matches_its_expected_segments(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = build_article(
        read_document(expected_path.with_name(expected_path.name.replace(".expected.json", ".txt")))
    )
    assert article.headline == expected["headline"]
    assert article.lead == expected["lead"]
    assert [s.title for s in article.sections] == [s["title"] for s in expected["sections"]]
    assert [list(s.paragraphs) for s in article.sections] == [s["paragraphs"] for s in expected["sections"]]
    assert article.byline == expected["byline"]
    assert article.outlet == expected["outlet"]
    assert article.category == expected["category"]
    assert article.published == expected["published"]


@pytest.mark.parametrize("expected_path", FIXTURES, ids=lambda p: p.name.split(".")[0])
def test_no_site_chrome_is_spoken(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = build_article(
        read_document(expected_path.with_name(expected_path.name.replace(".expected.json", ".txt")))
    )
    segments = to_segments(article, normalize)
    written = "\n".join(s.text for s in segments)
    for dropped in expected["dropped"]:
        assert dropped not in written, dropped


def test_segments_are_headline_lead_then_one_per_section() -> None:
    path = ARTICLES / "tuoitre-2024-11-08-mua-lu-mien-trung.txt"
    segments = to_segments(build_article(read_document(path)), normalize)
    assert [s.kind for s in segments] == [SegmentKind.HEADLINE, SegmentKind.LEAD] + [SegmentKind.BODY] * 3
    assert [s.title for s in segments[2:]] == ["Mở đầu", "Nước sông dâng cao", "Chủ động ứng phó"]
    # a subheading is read at the start of its own section
    assert segments[3].paragraphs[0][0].text == "Nước sông dâng cao"


def test_article_without_subheadings_has_one_body_segment() -> None:
    path = ARTICLES / "vnexpress-2024-11-07-cau-thang-long.txt"
    segments = to_segments(build_article(read_document(path)), normalize)
    assert [s.kind for s in segments] == [SegmentKind.HEADLINE, SegmentKind.LEAD, SegmentKind.BODY]
    assert segments[2].title == "Nội dung"
    assert len(segments[2].paragraphs) == 3


def test_every_sentence_keeps_written_and_spoken_text() -> None:
    path = ARTICLES / "vnexpress-2024-11-07-cau-thang-long.txt"
    segments = to_segments(build_article(read_document(path)), normalize)
    lead = segments[1].sentences[0]
    assert lead.text.startswith("Từ ngày 10/11,")
    assert lead.spoken.startswith("Từ ngày mười tháng mười một,")


def test_a_page_with_only_chrome_has_no_headline() -> None:
    doc = Document(source="x.txt", text="• Đường dây nóng\n\n0901.22.33.66\n\nNỔI BẬT TRANG CHỦ\n")
    with pytest.raises(InputError, match="no headline found"):
        build_article(doc)


def test_sentences_do_not_split_after_dotted_abbreviations() -> None:
    text = "Ông A sống ở TP. Hồ Chí Minh. PGS.TS. Nguyễn B cho biết vậy! Thật không?"
    assert split_sentences(text) == (
        "Ông A sống ở TP. Hồ Chí Minh.",
        "PGS.TS. Nguyễn B cho biết vậy!",
        "Thật không?",
    )


def test_a_masters_title_typed_in_small_letters_does_not_end_a_sentence() -> None:
    text = "Ths. Bs Lê Hùng khám cho bệnh nhân. Sau đó ông về."
    assert split_sentences(text) == ("Ths. Bs Lê Hùng khám cho bệnh nhân.", "Sau đó ông về.")


def test_sentence_split_keeps_closing_quotes_with_their_sentence() -> None:
    assert split_sentences('Ông nói: "Tốt lắm." Sau đó ông đi.') == ('Ông nói: "Tốt lắm."', "Sau đó ông đi.")


def test_short_title_cuts_at_a_word_boundary() -> None:
    title = short_title("Bộ TTTT đã hoàn thiện dự thảo Bộ quy tắc ứng xử cho các nhà cung cấp dịch vụ")
    assert len(title) <= 60
    assert title.endswith("…")
    assert "Bộ TTTT đã hoàn thiện dự thảo Bộ quy tắc ứng xử cho các nhà cung".startswith(title[:-1])


def test_a_subheading_under_the_headline_heads_the_paragraph_after_it_read_in_order() -> None:
    text = "\n\n".join(
        [
            "Mưa lớn kéo dài gây ngập nhiều tuyến phố trung tâm",
            "Thành phố chìm trong nước",
            "Chiều qua, mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu.",
            "Lực lượng chức năng đã phân luồng giao thông ở các nút giao.",
        ]
    )
    article = build_article(Document(source="t.txt", text=text))
    assert article.lead is None and [s.title for s in article.sections] == ["Thành phố chìm trong nước"]
    assert article.sections[0].paragraphs[0] == "Chiều qua, mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu."


def test_a_name_cut_short_with_a_full_stop_does_not_end_the_sentence() -> None:
    text = "Bệnh nhân Lê Văn Th. (35 tuổi) nhập viện lúc 9h. Anh Th. đã qua cơn nguy kịch. (Ảnh) Hai bên ký kết."
    assert split_sentences(text) == (
        "Bệnh nhân Lê Văn Th. (35 tuổi) nhập viện lúc 9h.",
        "Anh Th. đã qua cơn nguy kịch.",
        "(Ảnh) Hai bên ký kết.",
    )


def test_a_long_headline_is_a_headline_and_a_paragraph_is_not() -> None:
    words = "Sau nhiều năm chờ đợi người dân hai bên bờ sông đã có cây cầu mới".split()
    long_headline = " ".join((words * 4)[:48])
    article = build_article(Document(source="t.txt", text=f"{long_headline}\nLời dẫn của bài báo ngắn gọn.\nThân bài."))
    assert article.headline == long_headline
    paragraph = " ".join((words * 6)[:70]) + "."
    with pytest.raises(InputError, match="the first line runs to 70 words"):
        build_article(Document(source="t.txt", text=f"{paragraph}\nThân bài."))
    page = Document(source="p.html", text=f"{paragraph}\n\nThân bài.", media_type="text/html")
    with pytest.raises(InputError, match="the page's title runs to 70 words") as refused:
        build_article(page)
    assert "its headline on a line of its own" not in (refused.value.hint or "")


def test_a_summary_printed_above_the_headline_is_the_lead() -> None:
    summary = (
        "Sau ba năm thi công, cây cầu mới nối hai bờ sông đã thông xe, rút ngắn quãng đường của "
        "người dân hai huyện hơn hai mươi cây số."
    )
    headline = "Cầu mới nối đôi bờ sông chính thức thông xe"
    text = f"{summary}\n{headline}\nLễ khánh thành diễn ra sáng nay.\nNgười dân vui mừng."
    article = build_article(Document(source="t.txt", text=text))
    assert article.headline == headline and article.lead == summary
    # an ordinary article, headline first, is read as before
    plain = build_article(Document(source="t.txt", text="Cầu mới thông xe\n" + summary + "\nNgười dân vui mừng."))
    assert plain.headline == "Cầu mới thông xe" and plain.lead == summary


def test_short_lines_in_a_row_are_read_and_only_the_last_heads_a_section() -> None:
    text = (
        "Kết quả trận Hà Tĩnh gặp Thanh Hóa\nGhi bàn:\nHà Tĩnh: Văn Lợi (12')\nThanh Hóa: Rimario (70')\n"
        "Diễn biến\nHai đội nhập cuộc thận trọng trong những phút đầu.\n"
    )
    article = build_article(Document(source="t.txt", text=text))
    assert article.lead is None  # "Ghi bàn:" opens a list, it is no lead
    spoken = [s.title for s in article.sections] + [p for s in article.sections for p in s.paragraphs]
    assert "Hà Tĩnh: Văn Lợi (12')" in spoken and "Thanh Hóa: Rimario (70')" in spoken
    assert [s.title for s in article.sections][-1] == "Diễn biến"


def test_a_heading_with_nothing_under_it_is_not_read() -> None:
    text = "Giá tiêu hôm nay tăng nhẹ\nGiá tiêu tại Đắk Lắk tăng năm trăm đồng một ký.\nBảng giá tiêu trong nước\n"
    article = build_article(Document(source="t.txt", text=text))
    spoken = [s.title for s in article.sections] + [p for s in article.sections for p in s.paragraphs]
    assert "Bảng giá tiêu trong nước" not in spoken


def test_more_sections_than_an_mp3_can_list_are_merged_at_plan_time_keeping_every_word(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from audio_edition.jobs.episode import Settings, plan_article

    sections = "".join(f"Mục {n} của bản tin dài\nĐây là đoạn văn số {n} của bài.\n" for n in range(300))
    article = build_article(Document(source="t.txt", text=f"Bản tin rất dài hôm nay\nLời dẫn ngắn.\n{sections}"))
    assert len(article.sections) == 300
    plan = plan_article(article, Settings())
    assert len(plan.segments) == 255 and "were merged" in caplog.text
    kinds = [s.kind for s in plan.segments]
    assert kinds[:2] == [SegmentKind.HEADLINE, SegmentKind.LEAD] and set(kinds[2:]) == {SegmentKind.BODY}
    spoken = [s.text for seg in plan.segments for s in seg.sentences]
    assert len(spoken) == 2 + 300 * 2  # headline, lead, and every title and paragraph


def test_an_edition_of_more_articles_than_an_mp3_can_list_is_refused_before_any_speech(tmp_path: Path) -> None:
    from datetime import date

    from audio_edition.jobs.edition import build_edition
    from audio_edition.jobs.episode import Settings
    from audio_edition.model import Article

    articles = [
        Article(source=f"{n}.txt", headline=f"Tin số {n} trong ngày", lead="Lời dẫn.", sections=()) for n in range(254)
    ]

    class NoSpeech:
        name, default_voice = "none", "none"

    with pytest.raises(InputError, match="at most 253"):
        build_edition(articles, tmp_path, NoSpeech(), Settings(), "Bản tin", date(2026, 12, 5))  # type: ignore[arg-type]
