"""The reading report: what the normalizer chose, by which rule, and where it guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from audio_edition.normalize import Lexicon, normalize
from audio_edition.normalize.lexicon import parse_entries
from audio_edition.normalize.review import review, unknown_acronyms

from ..conftest import run_cli

TEXT = "Chiều 6/11/2018, Bộ TTTT và hãng XYZ họp; tỷ số 2-1, tuyến dài 12.5km, 1/3 số hộ."


def test_every_change_is_listed_with_its_rule_and_guesses_are_marked() -> None:
    readings = {r.written.strip(",.;"): r for r in review(TEXT)}
    assert readings["TTTT"].spoken == "Thông tin và Truyền thông" and readings["TTTT"].rule == "abbreviations"
    assert not readings["TTTT"].unsure
    assert readings["XYZ"].unknown_acronym and readings["XYZ"].unsure
    assert readings["2-1"].unsure and readings["1/3"].unsure  # score or range; fraction
    # a decimal point read as such, then its unit: one reading, both rules, marked
    km = readings["12.5km"]
    assert km.rule == "decimal_points, units" and km.unsure and km.spoken.startswith("mười hai phẩy năm ki lô mét")
    # the report describes exactly what normalize() says
    assert all(r.spoken.strip(",.;") in normalize(TEXT) for r in review(TEXT))


def test_a_lexicon_entry_makes_an_unknown_acronym_known() -> None:
    # ASEAN is said as a word (a table knows it), H is an initial: neither is unknown
    assert unknown_acronyms([TEXT, "khối ASEAN họp", "chị H kể"]) == ["XYZ"]
    lexicon = Lexicon(parse_entries("XYZ\tích i dét\n", "test"))
    assert unknown_acronyms([TEXT], lexicon=lexicon) == []


@pytest.mark.e2e
def test_plan_review_on_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Hãng XYZ mở cửa\n\nSáng 12.4, hãng XYZ thắng 2-1 và bán 1/3 số vé.\n", encoding="utf-8")
    proc = run_cli("plan", "--review", str(article))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert any(line.startswith("?") and "\tacronyms\tXYZ" in line for line in lines)
    assert any("\tday_months\t" in line and "tháng tư" in line for line in lines)
    assert "unknown to the lexicon: XYZ" in proc.stderr
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_text("XYZ\tích i dét\n", encoding="utf-8")
    fixed = run_cli("plan", "--review", str(article), "--lexicon", str(lexicon))
    assert "unknown to the lexicon" not in fixed.stderr and "ích i dét" in fixed.stdout


def test_a_build_reads_each_sentence_once_and_still_lists_the_unknown_capitals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The manifest's unknown acronyms come from the same pass that makes the spoken text."""
    from audio_edition.jobs import episode
    from audio_edition.model import Document
    from audio_edition.segment import build_article

    calls: list[str] = []
    first = episode.DOCUMENT_RULES[0]

    def counting(text: str, *args: object) -> str:
        calls.append(text)
        return first(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(episode, "DOCUMENT_RULES", (counting, *episode.DOCUMENT_RULES[1:]))
    text = "Hãng XYZ ra mắt điện thoại mới\nCông ty XYZ và UBND tỉnh ký kết hợp tác.\nHai bên sẽ làm việc lâu dài."
    plan = episode.plan_article(build_article(Document(source="a.txt", text=text)), episode.Settings())
    sentences = [s.text for segment in plan.segments for s in segment.sentences]
    assert sorted(calls) == sorted(sentences)  # each sentence once
    assert plan.unknown_acronyms == ("XYZ",)
