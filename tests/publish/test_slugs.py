"""No two outputs share a name: reserved names, other articles' episodes and editions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.jobs.edition import build_edition
from audio_edition.jobs.episode import Settings, build
from audio_edition.publish.slug import claim_slug
from audio_edition.tts.espeak import EspeakEngine

from ..conftest import run_cli

BODY = "Đây là đoạn mở đầu của bài báo thử nghiệm.\n\nĐây là thân bài có nội dung ngắn gọn."


def article(folder: Path, name: str, headline: str, body: str = BODY) -> Path:
    path = folder / name
    path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    return path


def test_reserved_and_taken_names_get_a_suffix(tmp_path: Path) -> None:
    assert claim_slug(tmp_path, "feed", "a.txt") == "feed-2"
    assert claim_slug(tmp_path, "index", "a.txt") == "index-2"
    shape = {"schema_version": 1, "files": {"audio": "tin.mp3"}, "title": "Tin", "duration_ms": 1, "segments": []}
    (tmp_path / "tin.json").write_text(json.dumps({**shape, "source": "other.txt"}))
    assert claim_slug(tmp_path, "tin", "a.txt") == "tin-2"
    assert claim_slug(tmp_path, "tin", "other.txt") == "tin"  # the same source is rebuilt in place
    assert claim_slug(tmp_path, "tin", "b.txt", taken={"tin-2"}) == "tin-3"
    (tmp_path / "tin-2.json").write_text(json.dumps({"source": "b.txt"}))  # no manifest: never written over
    assert claim_slug(tmp_path, "tin", "b.txt", taken={"tin"}) == "tin-3"


@pytest.mark.e2e
def test_an_article_headlined_feed_or_cover_leaves_the_channel_files_alone(tmp_path: Path) -> None:
    out, engine = tmp_path / "out", EspeakEngine(workers=1)
    first = build(article(tmp_path, "a.txt", "Tin thời sự sáng nay về thời tiết"), out, engine, Settings())
    assert run_cli("feed", str(out), "--base-url", "https://x.vn/").returncode == 0
    state = (out / "feed.json").read_bytes()
    feed_episode = build(article(tmp_path, "f.txt", "Feed"), out, engine, Settings())
    cover_episode = build(article(tmp_path, "c.txt", "Cover"), out, engine, Settings())
    assert (feed_episode.slug, cover_episode.slug) == ("feed-2", "cover-2")
    assert (out / "feed.json").read_bytes() == state
    proc = run_cli("feed", str(out), "--base-url", "https://x.vn/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\t")[1] == "3 episodes" and first.mp3_path.exists()


def test_two_articles_with_one_headline_get_two_names_and_a_rebuild_keeps_its_own(tmp_path: Path) -> None:
    out, engine = tmp_path / "out", EspeakEngine(workers=1)
    a = article(tmp_path, "a.txt", "Bão số ba đổ bộ vào miền Trung")
    b = article(tmp_path, "b.txt", "Bão số ba đổ bộ vào miền Trung", BODY + " Bản tin khác.")
    first, second = build(a, out, engine, Settings()), build(b, out, engine, Settings())
    assert (first.slug, second.slug) == ("bao-so-ba-do-bo-vao-mien-trung", "bao-so-ba-do-bo-vao-mien-trung-2")
    assert build(a, out, engine, Settings(), force=True).slug == first.slug


def test_an_edition_titled_like_an_article_does_not_share_its_files(tmp_path: Path) -> None:
    out, engine = tmp_path / "out", EspeakEngine(workers=1)
    title = "Bão số ba đổ bộ vào miền Trung"
    a = article(tmp_path, "a.txt", title)
    single = build(a, out, engine, Settings())
    audio = single.mp3_path.read_bytes()
    from datetime import date

    result = build_edition([str(a)], out, engine, Settings(), title=title, day=date(2024, 9, 7))
    assert result.mp3_path != single.mp3_path and ".edition." in result.mp3_path.name
    assert single.mp3_path.read_bytes() == audio


def test_the_same_file_named_another_way_is_the_same_article(tmp_path: Path) -> None:
    shape = {"schema_version": 1, "files": {"audio": "tin.mp3"}, "title": "Tin", "duration_ms": 1, "segments": []}
    (tmp_path / "tin.json").write_text(json.dumps({**shape, "source": str(tmp_path / "data" / "tin.txt")}))
    assert claim_slug(tmp_path, "tin", "data/tin.txt") == "tin"
    assert claim_slug(tmp_path, "tin", "https://x.vn/tin.txt") == "tin-2"
