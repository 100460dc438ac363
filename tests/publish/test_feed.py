"""The feed of an output directory with four episodes (an edition and its three articles),
read back by feedparser, with every URL resolved to a file of the right size."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import feedparser
import pytest
from mutagen.mp3 import MP3

from audio_edition.publish.feed import ITUNES, PODCAST

from ..conftest import ARTICLES, invoke, invoke_main, run_cli

BASE = "https://tin.example.vn/podcast/"


@pytest.fixture()
def podcast(edition: dict[str, Any], tmp_path: Path) -> Path:
    out = tmp_path / "podcast"
    shutil.copytree(edition["out"], out)
    return out


def feed(out: Path, *extra: str) -> Any:
    result = invoke(
        "feed",
        str(out),
        "--base-url",
        BASE,
        "--title",
        "Bản tin Tổ Quốc",
        "--author",
        "Tòa soạn",
        "--owner-email",
        "podcast@example.vn",
        *extra,
    )
    assert result.exit_code == 0, result.stderr
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def local(url: str, out: Path) -> Path:
    assert url.startswith(BASE), url
    return out / unquote(url[len(BASE) :])


def build(article: Path, out: Path, cache: Path) -> None:
    result = invoke("build", str(article), "-o", str(out), "--engine", "espeak", "--cache-dir", str(cache))
    assert result.exit_code == 0, result.stderr


def test_channel_fields(podcast: Path) -> None:
    f = feed(podcast)
    c = f.feed
    assert c.title == "Bản tin Tổ Quốc"
    assert c.link == BASE
    assert c.language == "vi"
    assert c.author == "Tòa soạn"
    assert c.publisher_detail.email == "podcast@example.vn"
    assert c.image.href == BASE + "cover.jpg" and (podcast / "cover.jpg").stat().st_size > 10_000
    assert [t.term for t in c.tags] == ["News", "Daily News"]
    assert f.version == "rss20"


def test_every_item_field_and_every_link_resolves(podcast: Path) -> None:
    f = feed(podcast)
    manifests = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in podcast.glob("*.json")
        if ".chapters." not in p.name and p.name != "feed.json"
    ]
    assert len(f.entries) == len(manifests) == 4
    root = ET.parse(podcast / "feed.xml").getroot()
    for entry, item in zip(f.entries, root.iter("item")):
        manifest = next(m for m in manifests if m["title"] == entry.title)
        assert entry.id.startswith("audio-edition:") and entry.guidislink is False
        assert entry.published_parsed is not None
        timestamps = re.findall(r"^(\d\d:\d\d:\d\d) (.+)$", entry.summary, re.M)
        assert len(timestamps) >= 3 and timestamps[0][0] == "00:00:00"
        (enclosure,) = entry.enclosures
        assert enclosure.type == "audio/mpeg"
        assert int(enclosure.length) == local(enclosure.href, podcast).stat().st_size
        assert local(enclosure.href, podcast).name == manifest["files"]["audio"]
        (apic,) = MP3(str(local(enclosure.href, podcast))).tags.getall("APIC")  # cover art in every MP3
        assert apic.data == local(entry.image.href, podcast).read_bytes()
        seconds = manifest["duration_ms"] // 1000
        assert entry.itunes_duration == f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
        assert local(entry.image.href, podcast).is_file()
        chapters = item.find(f"{{{PODCAST}}}chapters")
        assert chapters.get("type") == "application/json+chapters"
        assert json.loads(local(chapters.get("url"), podcast).read_text(encoding="utf-8"))["version"] == "1.2.0"
        transcripts = {t.get("type"): local(t.get("url"), podcast) for t in item.findall(f"{{{PODCAST}}}transcript")}
        assert transcripts["text/vtt"].read_text(encoding="utf-8").startswith("WEBVTT")
        assert transcripts["application/srt"].read_text(encoding="utf-8").startswith("1\n00:00:00,000 --> ")
        assert item.find(f"{{{ITUNES}}}image") is not None


@pytest.mark.e2e
def test_rerunning_adds_nothing_and_changes_nothing(podcast: Path) -> None:
    feed(podcast)
    first = (podcast / "feed.xml").read_bytes()
    again = feed(podcast)
    assert (podcast / "feed.xml").read_bytes() == first
    assert len(again.entries) == 4


@pytest.mark.e2e
def test_guid_survives_a_rebuild_and_changes_with_the_content(podcast: Path, tmp_path: Path) -> None:
    before = {e.title: e.id for e in feed(podcast).entries}
    build(ARTICLES / "vnexpress-2024-11-07-cau-thang-long.txt", podcast, tmp_path / "cache")
    assert {e.title: e.id for e in feed(podcast).entries} == before
    edited = tmp_path / "edited.txt"
    text = (ARTICLES / "vnexpress-2024-11-07-cau-thang-long.txt").read_text(encoding="utf-8")
    edited.write_text(text.replace("85 tỷ đồng", "90 tỷ đồng"), encoding="utf-8")
    for old in podcast.glob("cau-thang-long-*"):
        old.rename(old.with_name("old-" + old.name))
    moved = next(podcast.glob("old-cau-thang-long-*[!s].json"))  # the old episode, kept under new names
    data = json.loads(moved.read_text(encoding="utf-8"))
    data["files"] = {kind: "old-" + name for kind, name in data["files"].items()}
    data["checksums"] = {"old-" + name: sha for name, sha in data["checksums"].items()}
    moved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    build(edited, podcast, tmp_path / "cache")
    after = feed(podcast)
    ids = [e.id for e in after.entries if e.title == "Cầu Thăng Long được sửa mặt đường trong 45 ngày"]
    assert len(ids) == 2 and before["Cầu Thăng Long được sửa mặt đường trong 45 ngày"] in ids


@pytest.mark.e2e
def test_retention_by_count_keeps_the_newest_and_can_delete_files(podcast: Path) -> None:
    everything = feed(podcast)
    newest = sorted(everything.entries, key=lambda e: e.published_parsed, reverse=True)
    kept = feed(podcast, "--keep", "2", "--delete-files")
    assert [e.id for e in kept.entries] == [e.id for e in newest[:2]]
    for entry in newest[2:]:
        assert not local(entry.enclosures[0].href, podcast).exists()
    thumbs = {p.name for p in podcast.glob("*.thumb.jpg")}
    covers = {p.stem for p in podcast.glob("*") if p.suffix in (".jpg", ".png") and ".thumb" not in p.name}
    assert {name.removesuffix(".thumb.jpg") for name in thumbs} == covers  # no thumbnail outlives its cover
    assert len(feed(podcast).entries) == 2  # retired items stay out


def test_retention_by_age(podcast: Path) -> None:
    assert len(feed(podcast, "--max-age-days", "36500").entries) == 4
    assert len(feed(podcast, "--max-age-days", "1").entries) == 0


@pytest.mark.e2e
def test_a_hostile_headline_cannot_break_the_feed_or_the_page(tmp_path: Path) -> None:
    out = tmp_path / "out"
    article = tmp_path / "hostile.txt"
    headline = 'Tin </title><script>alert(1)</script> ]]> & "ngoặc" \x07 <b>đậm</b>'
    article.write_text(
        f"{headline}\n\nĐây là đoạn mở đầu của bài báo thử nghiệm.\n\nĐây là thân bài có nội dung.\n", encoding="utf-8"
    )
    build(article, out, tmp_path / "cache")
    f = feed(out)
    # control characters never reach the output, and a formatting tag a scrape kept ("<b>") is
    # markup, not words (clean/markup.py); the rest is text that must be escaped, not obeyed
    clean = 'Tin </title><script>alert(1)</script> ]]> & "ngoặc" đậm'
    assert f.entries[0].title == clean
    page = (out / "index.html").read_text(encoding="utf-8")
    data = page[page.index('id="episode-data">') :]
    data = data[: data.index("</script>")]
    assert "<" not in data.split(">", 1)[1]
    assert json.loads(data.split(">", 1)[1])[0]["title"] == clean


def test_a_bad_base_url_or_directory_is_one_line(tmp_path: Path) -> None:
    proc = invoke_main("feed", str(tmp_path), "--base-url", "ftp://x")
    assert proc.exit_code == 2 and proc.stderr.count("\n") == 1
    proc = invoke_main("feed", str(tmp_path / "missing"), "--base-url", BASE)
    assert proc.exit_code == 2 and "no such output directory" in proc.stderr


@pytest.mark.e2e
@pytest.mark.parametrize("name", ["../outside.mp3", "/ABSOLUTE/outside.mp3", "sub/../../outside.mp3"])
def test_a_manifest_naming_a_file_outside_the_directory_is_neither_published_nor_deleted(
    podcast: Path, tmp_path: Path, name: str
) -> None:
    outside = tmp_path / "outside.mp3"
    outside.write_bytes(b"someone else's file")
    manifest = next(p for p in podcast.glob("*.json") if "segments" in p.read_text(encoding="utf-8"))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["title"] = "Tập giả mạo"
    data["files"]["audio"] = name.replace("/ABSOLUTE", str(tmp_path))
    (podcast / "hostile.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert "Tập giả mạo" not in [e.title for e in feed(podcast).entries]
    feed(podcast, "--max-age-days", "1", "--delete-files")  # retires every episode
    assert outside.read_bytes() == b"someone else's file"


def test_retiring_an_episode_never_deletes_a_file_a_kept_episode_still_uses(podcast: Path) -> None:
    manifests = sorted(
        (p for p in podcast.glob("*.json") if "segments" in p.read_text(encoding="utf-8")),
        key=lambda p: json.loads(p.read_text(encoding="utf-8")).get("published") or "",
    )
    old, new = manifests[0], manifests[-1]
    shared = json.loads(new.read_text(encoding="utf-8"))["files"]["cover"]
    data = json.loads(old.read_text(encoding="utf-8"))
    data["files"]["cover"] = shared  # the old episode names the new one's cover
    data["published"] = "2000-01-01T00:00"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    everything = feed(podcast)
    feed(podcast, "--keep", str(len(everything.entries) - 1), "--delete-files")
    assert (podcast / shared).exists()
    assert not (podcast / data["files"]["audio"]).exists()  # what only the retired episode used is gone


@pytest.mark.e2e
def test_direction_overrides_and_c1_controls_never_leave_the_tool(tmp_path: Path) -> None:
    from audio_edition.inspect_mp3 import inspect_mp3

    out = tmp_path / "out"
    article = tmp_path / "bidi.txt"
    headline = "Tin \u202enóng\u202c hôm nay\u0085 về \u2066giá\u2069 vàng \u200f"
    article.write_text(f"{headline}\n\nĐây là đoạn mở đầu.\n\nĐây là thân bài.\n", encoding="utf-8")
    build(article, out, tmp_path / "cache")
    proc = run_cli("feed", str(out), "--base-url", BASE, "--title", "Bản tin\x07\x1b[31m sáng\u202e")
    assert proc.returncode == 0, proc.stderr
    bad = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
    for path in out.iterdir():
        if path.suffix in (".xml", ".html", ".json", ".vtt", ".srt"):
            assert not bad.search(path.read_text(encoding="utf-8")), path.name
    mp3 = next(out.glob("*.mp3"))
    tags = inspect_mp3(mp3)
    assert not bad.search(tags["title"]) and not any(bad.search(c["title"]) for c in tags["chapters"])
    assert "Bản tin[31m sáng" in (out / "index.html").read_text(encoding="utf-8")


def test_foreign_or_damaged_json_and_a_damaged_feed_state_are_passed_over(
    podcast: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from datetime import datetime, timezone

    from audio_edition.publish.cover import title_card
    from audio_edition.publish.feed import FeedSettings, update_feed

    manifest = next(p for p in podcast.glob("*.json") if "chapters" not in p.name and p.name != "feed.json")
    good = json.loads(manifest.read_text(encoding="utf-8"))
    (podcast / "foreign.json").write_text('{"schema_version": 1, "files": {"audio": "x.mp3"}, "title": 5}')
    (podcast / "list.json").write_text("[1, 2, 3]")
    typed = dict(good, segments="oops", chapters="oops", duration_ms="x")
    (podcast / "typed.json").write_text(json.dumps(typed))
    untitled = {k: v for k, v in good.items() if k != "title"}
    (podcast / "untitled.json").write_text(json.dumps(untitled))
    (podcast / "feed.json").write_text('{"items": 3')
    settings = FeedSettings(base_url=BASE, title="Bản tin")
    result = update_feed(podcast, settings, datetime.now(timezone.utc), title_card(None, "Bản tin"))
    assert result.items  # the good episodes are published
    assert "ignoring the damaged feed state file" in caplog.text
    assert "skipping typed.json: not a manifest this tool wrote" in caplog.text
    assert "skipping untitled.json: not a manifest this tool wrote" in caplog.text
    parsed = feedparser.parse((podcast / "feed.xml").read_bytes())
    assert not parsed.bozo and len(parsed.entries) == len(result.items)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://tin.example.vn/pod cast/", "holds spaces"),
        ("https://tin.example.vn/\nX-Evil: 1", "holds spaces"),
        ("https:///podcast/", "with a host"),
        ("https://[::1/podcast/", "is not a URL"),
        ("ftp://tin.example.vn/", "with a host"),
    ],
    ids=["space", "newline", "no-host", "bad-ipv6", "ftp"],
)
def test_a_base_url_that_cannot_stand_in_an_address_is_one_line(tmp_path: Path, url: str, message: str) -> None:
    from audio_edition.errors import InputError

    from ..conftest import invoke

    with pytest.raises(InputError, match=message):
        invoke("feed", str(tmp_path), "--base-url", url)


def test_retiring_deletes_only_files_this_tool_wrote(podcast: Path) -> None:
    """A manifest without checksums (hand-made or planted) names files that are not ours: when
    its episode is retired with --delete-files, nothing it names is deleted."""
    from datetime import datetime, timezone

    from audio_edition.publish.cover import title_card
    from audio_edition.publish.feed import FeedSettings, update_feed

    manifest = next(p for p in podcast.glob("*.json") if "chapters" not in p.name and p.name != "feed.json")
    good = json.loads(manifest.read_text(encoding="utf-8"))
    precious = podcast / "precious.txt"
    precious.write_text("không phải của công cụ\n", encoding="utf-8")
    audio = podcast / "planted.mp3"
    shutil.copy(podcast / good["files"]["audio"], audio)
    planted = {k: v for k, v in good.items() if k not in ("checksums", "audio_bytes")}
    planted.update(title="Tập cắm vào", files={"audio": audio.name, "notes": precious.name})
    (podcast / "planted.json").write_text(json.dumps(planted), encoding="utf-8")
    settings = FeedSettings(base_url=BASE, title="Bản tin", keep=0, delete_files=True)
    result = update_feed(podcast, settings, datetime.now(timezone.utc), title_card(None, "Bản tin"))
    assert result.items == () and result.retired >= 2
    assert precious.exists() and audio.exists() and (podcast / "planted.json").exists()
    assert not (podcast / good["files"]["audio"]).exists()  # a retired episode of ours is deleted


def test_the_podcast_keeps_its_name_and_newsroom_when_a_run_does_not_give_them(podcast: Path) -> None:
    from datetime import datetime, timezone

    from audio_edition.publish.feed import FeedSettings, update_feed

    now = datetime.now(timezone.utc)
    named = FeedSettings(
        base_url=BASE,
        title="Tin sáng Hà Tĩnh",
        author="Báo Hà Tĩnh",
        owner_name="Ban Điện tử",
        owner_email="podcast@baohatinh.example",
        category="News/Politics",
    )
    update_feed(podcast, named, now)
    update_feed(podcast, FeedSettings(base_url=BASE, keep=10), now)  # by hand, without the identity
    channel = ET.parse(podcast / "feed.xml").getroot().find("channel")
    assert channel is not None
    assert channel.findtext("title") == "Tin sáng Hà Tĩnh"
    assert channel.findtext(f"{{{ITUNES}}}author") == "Báo Hà Tĩnh"
    assert channel.findtext(f"{{{ITUNES}}}owner/{{{ITUNES}}}name") == "Ban Điện tử"
    assert channel.findtext(f"{{{ITUNES}}}owner/{{{ITUNES}}}email") == "podcast@baohatinh.example"
    category = channel.find(f"{{{ITUNES}}}category")
    assert category is not None and category.get("text") == "News"
    assert [c.get("text") for c in category] == ["Politics"]


def test_a_podcast_given_no_author_is_the_newsrooms_not_the_tools(podcast: Path) -> None:
    from datetime import datetime, timezone

    from audio_edition.publish.feed import FeedSettings, update_feed

    (podcast / "feed.json").unlink(missing_ok=True)
    update_feed(podcast, FeedSettings(base_url=BASE, title="Bản tin Quảng Trị"), datetime.now(timezone.utc))
    channel = ET.parse(podcast / "feed.xml").getroot().find("channel")
    assert channel is not None and channel.findtext(f"{{{ITUNES}}}author") == "Bản tin Quảng Trị"
    assert "audio-edition" not in (channel.findtext("description") or "")
