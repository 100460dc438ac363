"""HTML pages in the markup styles of the main Vietnamese outlets, each with expected segments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.chapters import to_segments
from audio_edition.ingest import read_document
from audio_edition.ingest.html import outlets
from audio_edition.normalize import normalize
from audio_edition.segment import build_article

from ..conftest import ROOT

HTML = ROOT / "tests" / "data" / "html"
FIXTURES = sorted(HTML.glob("*.expected.json"))


def page(expected: Path) -> Path:
    return expected.with_name(expected.name.replace(".expected.json", ".html"))


def test_fixtures_cover_the_eight_outlets_of_the_table() -> None:
    covered = {json.loads(p.read_text(encoding="utf-8"))["outlet"] for p in FIXTURES}
    assert {o.name for o in outlets()[1] if o.headline or o.body} <= covered  # every outlet with page rules
    assert len(FIXTURES) >= 8


@pytest.mark.parametrize("expected_path", FIXTURES, ids=lambda p: p.name.split(".")[0])
def test_extraction_matches_expected_segments(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = build_article(read_document(page(expected_path)))
    assert article.headline == expected["headline"]
    assert article.lead == expected["lead"]
    assert [s.title for s in article.sections] == expected["section_titles"]
    assert article.sections[0].paragraphs[0] == expected["first_paragraph"]
    assert article.byline == expected["byline"]
    assert article.outlet == expected["outlet"]
    assert article.published == expected["published"]


@pytest.mark.parametrize("expected_path", FIXTURES, ids=lambda p: p.name.split(".")[0])
def test_dropped_blocks_are_in_no_segment(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    segments = to_segments(build_article(read_document(page(expected_path))), normalize)
    for segment in segments:
        for dropped in expected["dropped"]:
            assert dropped not in segment.text, (dropped, segment.text)
            assert dropped not in segment.spoken, (dropped, segment.spoken)


def test_a_windows_1258_page_with_its_meta_charset(tmp_path: Path) -> None:
    from ..test_ingest import cp1258

    source = (HTML / "toquoc-2024-11-20-bao-chi.html").read_text(encoding="utf-8")
    legacy = tmp_path / "page.html"
    legacy.write_bytes(cp1258(source.replace('charset="utf-8"', 'charset="windows-1258"')))
    article = build_article(read_document(legacy))
    assert article.headline == "Trao Giải Báo chí quốc gia lần thứ XVIII"
    assert article.lead.startswith("Tối 20/11, tại Hà Nội")


def test_a_page_without_a_headline_is_refused(tmp_path: Path) -> None:
    from audio_edition.errors import InputError

    p = tmp_path / "empty.html"
    p.write_text("<html><body><div>menu</div></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no headline found"):
        read_document(p)


def test_a_broken_selector_in_the_outlet_table_matches_nothing_and_is_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from lxml import html

    from audio_edition.ingest.html import _select

    tree = html.fromstring("<div><p>x</p></div>")
    assert _select(tree, "p:::broken") == []
    assert "p:::broken" in caplog.text
    assert [el.text for el in _select(tree, "p")] == ["x"]


def _nested_page(depth: int) -> str:
    body = "<p>Đoạn thứ nhất của thân bài kể lại sự việc.</p><p>Đoạn thứ hai nói về kết quả.</p>"
    return (
        "<html><head><meta charset='utf-8'><title>Tin</title></head><body><h1>Tiêu đề của bài báo</h1>"
        + "<div>" * depth
        + body
        + "</div>" * depth
        + "</body></html>"
    )


def test_a_page_nested_past_256_levels_keeps_its_body(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text(_nested_page(1000), encoding="utf-8")
    text = read_document(page).text
    assert "Đoạn thứ nhất" in text and "Đoạn thứ hai" in text


def test_a_page_nested_past_what_can_be_parsed_is_refused_in_one_line(tmp_path: Path) -> None:
    from ..conftest import invoke_main

    page = tmp_path / "deeper.html"
    page.write_text(_nested_page(3000), encoding="utf-8")
    proc = invoke_main("plan", str(page))
    assert proc.exit_code == 2 and proc.stderr.count("\n") == 1 and "nests its elements too deeply" in proc.stderr


def test_a_location_stamp_inside_the_sapo_is_not_glued_to_the_lead(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><meta property='og:site_name' content='VnExpress'></head><body>"
        "<h1 class='title-detail'>Sốt xuất huyết tăng mạnh ở nhiều tỉnh phía Bắc</h1>"
        "<p class='description'><span class='location-stamp'>Sóc Sơn</span>Bộ Y tế đề nghị các tỉnh "
        "tăng cường diệt muỗi và lăng quăng trong mùa mưa.</p>"
        "<article class='fck_detail'><p class='Normal'>Số ca mắc trong tuần tăng gấp đôi so với tuần trước, "
        "chủ yếu ở các quận nội thành.</p></article></body></html>",
        encoding="utf-8",
    )
    article = build_article(read_document(p))
    assert article.lead == "Bộ Y tế đề nghị các tỉnh tăng cường diệt muỗi và lăng quăng trong mùa mưa."


def test_a_json_ld_block_nested_thousands_deep_is_passed_over(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    deep = "[" * 5000 + "]" * 5000
    p.write_text(
        f"<html><head><script type='application/ld+json'>{deep}</script></head><body>"
        "<h1>Mưa lớn gây ngập nhiều tuyến phố</h1><p>Chiều qua, mưa lớn kéo dài khiến nhiều tuyến phố "
        "ngập sâu, giao thông ùn tắc kéo dài.</p><p>Lực lượng chức năng đã có mặt để phân luồng.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert build_article(read_document(p)).headline == "Mưa lớn gây ngập nhiều tuyến phố"
