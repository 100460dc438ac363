"""A daily edition of three articles (text and HTML mixed), built with the offline voice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from mutagen.mp3 import MP3

from audio_edition.errors import InputError
from audio_edition.jobs.edition import expand_inputs, intro_text
from audio_edition.media.ffmpeg import decode_file
from audio_edition.media.pcm import to_float
from audio_edition.text.pieces import speech_pieces

from .conftest import ARTICLES, run_cli
from .test_end_to_end import ENCODER_DELAY_MS, ffmetadata_chapters

SHORT_TEXT = ARTICLES / "vnexpress-2024-11-07-cau-thang-long.txt"


def test_every_article_is_a_chapter_titled_with_its_headline(edition: dict[str, Any]) -> None:
    m = edition["manifest"]
    assert [c["kind"] for c in m["chapters"]] == ["intro", "article", "article", "article", "outro"]
    assert [a["headline"] for a in m["articles"]] == [
        "Giá vàng nhẫn giảm mạnh, người mua lỗ gần 5 triệu đồng mỗi lượng",
        "Bão số 9 mạnh cấp 12 tiến vào biển Đông",
        "Cầu Thăng Long được sửa mặt đường trong 45 ngày",
    ]
    titles = [c["title"] for c in m["chapters"][1:4]]
    assert titles[0] == "Giá vàng nhẫn giảm mạnh, người mua lỗ gần 5 triệu đồng mỗi…"
    assert titles[1:] == [a["headline"] for a in m["articles"][1:]]


def test_mutagen_and_ffmpeg_read_the_edition_chapters(edition: dict[str, Any]) -> None:
    m = edition["manifest"]
    expected = [(c["start_ms"], c["end_ms"], c["title"]) for c in m["chapters"]]
    tags = MP3(str(edition["mp3"])).tags
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    toc = tags.getall("CTOC")[0]
    assert [
        (chaps[i].start_time, chaps[i].end_time, chaps[i].sub_frames["TIT2"].text[0]) for i in toc.child_element_ids
    ] == expected
    assert [
        (c["start_ms"], c["end_ms"], c["title"]) for c in ffmetadata_chapters(edition["mp3"], "-copyts")
    ] == expected
    for c, (start, _, title) in zip(ffmetadata_chapters(edition["mp3"]), expected):
        assert c["title"] == title and 0 <= start - c["start_ms"] <= ENCODER_DELAY_MS
    heard_ms = len(decode_file(edition["mp3"], 44100)) / 2 / 44.1
    assert expected[-1][1] == m["duration_ms"] and abs(heard_ms - m["duration_ms"]) <= 1
    for a, chapter in zip(m["articles"], m["chapters"][1:4]):
        assert (a["start_ms"], a["end_ms"]) == (chapter["start_ms"], chapter["end_ms"])


def test_a_chime_sounds_before_each_article(edition: dict[str, Any]) -> None:
    x = to_float(decode_file(edition["mp3"], 44100))
    for chapter in edition["manifest"]["chapters"][1:]:
        i = int(chapter["start_ms"] * 44.1)
        window = x[i - int(1.2 * 44100) : i]
        spectrum = np.abs(np.fft.rfft(window))
        freqs = np.fft.rfftfreq(len(window), 1 / 44100)
        chime = spectrum[(freqs > 860) & (freqs < 900)].max()
        assert chime > 5 * np.median(spectrum[(freqs > 200) & (freqs < 4000)])


def test_per_article_mp3s_exist_and_match_their_manifests(edition: dict[str, Any]) -> None:
    out = edition["out"]
    for a in edition["manifest"]["articles"]:
        manifest = json.loads((out / a["manifest"]).read_text(encoding="utf-8"))
        mp3 = out / a["audio"]
        assert manifest["title"] == a["headline"]
        assert abs(len(decode_file(mp3, 44100)) / 2 / 44.1 - manifest["duration_ms"]) <= 1
        assert [s["kind"] for s in manifest["segments"]][:2] == ["headline", "lead"]
        assert [c.element_id for c in MP3(str(mp3)).tags.getall("CHAP")]


@pytest.mark.e2e
def test_no_sentence_is_synthesized_twice(edition: dict[str, Any], tmp_path: Path) -> None:
    out = edition["out"]
    sentences = set()
    for a in edition["manifest"]["articles"]:
        manifest = json.loads((out / a["manifest"]).read_text(encoding="utf-8"))
        sentences |= {p for seg in manifest["segments"] for s in seg["sentences"] for p in speech_pieces(s["spoken"])}
    assert f"{len(sentences) + 2} synthesized, 0 cached" in edition["stdout"]  # + intro and outro
    args = [a if a != str(edition["out"]) else str(tmp_path) for a in edition["args"]]
    again = run_cli(*args)
    assert again.returncode == 0, again.stderr
    assert f"0 synthesized, {len(sentences) + 2} cached" in again.stdout


def test_inputs_from_directories_and_list_files(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    listing = tmp_path / "list.txt.lst"
    listing.write_text("# today\na.txt\n\nhttps://example.invalid/x.html\n", encoding="utf-8")
    assert expand_inputs([str(tmp_path)]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.html")]
    assert expand_inputs([], listing) == [str(tmp_path / "a.txt"), "https://example.invalid/x.html"]
    with pytest.raises(InputError, match="no articles given"):
        expand_inputs([])


def test_intro_says_title_date_and_count() -> None:
    from datetime import date

    assert intro_text("Bản tin tối", date(2024, 11, 7), 3) == "Bản tin tối. Ngày 7/11/2024. Bản tin gồm 3 bài."
    assert intro_text("Bản tin sáng 7/11/2018", date(2018, 11, 7), 2) == "Bản tin sáng 7/11/2018. Bản tin gồm 2 bài."


def test_one_bad_article_fails_the_edition_with_one_line_and_no_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli(
        "edition",
        str(SHORT_TEXT),
        str(empty),
        "--title",
        "Bản tin",
        "-o",
        str(out),
        "--engine",
        "espeak",
        "--cache-dir",
        str(tmp_path / "c"),
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "empty.txt: the file is empty" in proc.stderr
    assert not out.exists() or not any(out.iterdir())
