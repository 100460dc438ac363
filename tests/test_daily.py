"""Editions from outlets' feeds and the daily job, against feeds and article pages served on
loopback: RSS 2.0 and Atom, a duplicate across feeds, an item without a link, an item whose page
is gone, an old item."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import pytest

from audio_edition.errors import InputError
from audio_edition.ingest.feeds import canonical_url, parse_feed, pick, read_feeds
from audio_edition.jobs.daily import built_keys
from audio_edition.model import Article

from .conftest import run_cli
from .loopback import serve

NOW = datetime.now(timezone.utc).replace(microsecond=0)

PAGES = {
    "/thoi-su/mua-lon.html": (
        "Mưa lớn ở Hà Nội chiều nay",
        "Chiều 28/11, Hà Nội có mưa to kéo dài hai giờ.",
        "Nhiều tuyến phố ngập sâu 30cm.",
    ),
    "/kinh-te/gia-vang.html": (
        "Giá vàng tăng mạnh",
        "Sáng nay, giá vàng miếng tăng 500.000 đồng mỗi lượng.",
        "Người mua xếp hàng từ sớm.",
    ),
    "/the-thao/bong-da.html": (
        "Đội tuyển thắng trận mở màn",
        "Tối qua, đội tuyển thắng 2-0 trên sân nhà.",
        "Hai bàn thắng đến trong hiệp hai.",
    ),
}


def page(headline: str, lead: str, body: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body>"
        f"<h1>{headline}</h1><p><b>{lead}</b></p><p>{body}</p></body></html>"
    ).encode()


def rss(base: str) -> bytes:
    def item(path: str, title: str, hours: float, category: str) -> str:
        when = format_datetime(NOW - timedelta(hours=hours))
        return (
            f"<item><title>{title}</title><link>{base}{path}</link><pubDate>{when}</pubDate>"
            f"<category>{category}</category></item>"
        )

    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin mới</title>'
        + item("/thoi-su/mua-lon.html?utm_source=rss", "Mưa lớn", 1, "Thời sự")
        + item("/kinh-te/gia-vang.html", "Giá vàng", 2, "Kinh tế")
        + item("/da-xoa.html", "Bài đã gỡ", 0.5, "Thời sự")
        + "<item><title>Không có đường dẫn</title></item>"
        + item("/cu/bai-cu.html", "Bài cũ", 72, "Thời sự")
        + "</channel></rss>"
    ).encode()


def future(base: str) -> bytes:
    """A feed whose one item says it was published in 2099."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>'
        f"<item><title>Tương lai</title><link>{base}/tuong-lai.html</link>"
        "<pubDate>Thu, 01 Jan 2099 00:00:00 +0000</pubDate></item></channel></rss>"
    ).encode()


def atom(base: str) -> bytes:
    def entry(path: str, title: str, hours: float) -> str:
        when = (NOW - timedelta(hours=hours)).isoformat()
        return (
            f'<entry><title>{title}</title><link href="{base}{path}"/><id>{base}{path}</id>'
            f"<updated>{when}</updated></entry>"
        )

    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Thể thao</title>'
        + entry("/the-thao/bong-da.html", "Bóng đá", 3)
        + entry("/thoi-su/mua-lon.html#comments", "Mưa lớn", 1)
        + "</feed>"
    ).encode()


@pytest.fixture
def outlet() -> Iterator[str]:
    state: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?", 1)[0]
            base = state["base"]
            if path == "/rss":
                body, kind = rss(base), "application/rss+xml"
            elif path == "/atom":
                body, kind = atom(base), "application/atom+xml"
            elif path == "/future":
                body, kind = future(base), "application/rss+xml"
            elif path == "/not-a-feed":
                body, kind = b"<html><body>menu</body></html>", "text/html"
            elif path in PAGES:
                body, kind = page(*PAGES[path]), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serve(Handler) as base:
        state["base"] = base
        yield base


def test_rss_and_atom_items_merge_newest_first_without_duplicates_or_old_items(outlet: str) -> None:
    items, problems = read_feeds([f"{outlet}/rss", f"{outlet}/atom", f"{outlet}/not-a-feed"], NOW, since_hours=24)
    assert [canonical_url(i.url) for i in items] == [
        canonical_url(f"{outlet}/da-xoa.html"),
        canonical_url(f"{outlet}/thoi-su/mua-lon.html"),
        canonical_url(f"{outlet}/kinh-te/gia-vang.html"),
        canonical_url(f"{outlet}/the-thao/bong-da.html"),
    ]
    assert len(problems) == 1 and "not an RSS or Atom feed" in problems[0][1]
    sport, _ = read_feeds([f"{outlet}/rss", f"{outlet}/atom"], NOW, 24, categories=["thể thao"])
    assert [i.title for i in sport] == ["Bóng đá"]  # by the section in its address
    economy, _ = read_feeds([f"{outlet}/rss"], NOW, 24, categories=["kinh tế"])
    assert [i.title for i in economy] == ["Giá vàng"]  # by the feed's category


def test_an_item_without_a_link_is_left_out_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    items = parse_feed(rss("http://x.example"), "http://x.example/rss")
    assert len(items) == 4 and "has no article address" in caplog.text
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(b"plain words, no feed", "http://x.example/rss")


def test_pick_skips_built_articles_and_lists_pages_that_fail(outlet: str) -> None:
    from audio_edition.jobs.episode import read_article

    items, _ = read_feeds([f"{outlet}/rss", f"{outlet}/atom"], NOW, 24)
    built = {canonical_url(f"{outlet}/kinh-te/gia-vang.html"): {"Giá vàng tăng mạnh"}}

    def key_of(article: Article) -> set[str]:
        return {article.headline}

    picked = pick(items, 10, read_article, key_of, built)
    assert [a.headline for a in picked.articles] == ["Mưa lớn ở Hà Nội chiều nay", "Đội tuyển thắng trận mở màn"]
    assert picked.already_built == [f"{outlet}/kinh-te/gia-vang.html"]
    assert len(picked.failed) == 1 and "404" in picked.failed[0][1]
    assert len(pick(items, 1, read_article, key_of, built).articles) == 1


def _manifest(**fields: object) -> str:
    """A manifest as an episode's build writes it, with only what these tests read."""
    shape = {"schema_version": 1, "files": {"audio": "x.mp3"}, "title": "Tiêu đề", "duration_ms": 1000}
    return json.dumps({**shape, "segments": [], **fields})


def test_built_keys_reads_episode_and_edition_manifests_only(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(_manifest(source="https://x.vn/a.html#top", build_key="k1", content_sha256="c1"))
    (tmp_path / "old.json").write_text(_manifest(source="https://x.vn/old.html", build_key="k0"))
    edition = [{"source": "https://x.vn/e.html", "headline": "E", "content_sha256": "c4", "build_key": "k4"}]
    (tmp_path / "b.edition.json").write_text(_manifest(date="2026-12-05", chapters=[], articles=edition))
    (tmp_path / "foreign.json").write_text(json.dumps({"source": "https://x.vn/c.html", "build_key": "k3"}))
    (tmp_path / "broken.json").write_text("{")
    assert built_keys(tmp_path) == {
        "https://x.vn/a.html": {"k1", "c1"},
        "https://x.vn/old.html": {"k0"},
        "https://x.vn/e.html": {"k4", "c4"},  # in an edition without episodes of its own
    }


@pytest.fixture
def served_dir() -> Iterator[Path]:
    """A folder other users can enter, as a web server's document root is (pytest's are 0700)."""
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="audio-edition-www-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        shutil.rmtree(root)


def read_as_another_user(paths: list[Path]) -> subprocess.CompletedProcess[bytes] | None:
    """`cat` the files as uid 65534 (nobody), when this process may switch users; else None."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        return None
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--", "cat", *map(str, paths)]
    return subprocess.run(command, capture_output=True, timeout=30)


@pytest.mark.e2e
def test_daily_twice_builds_one_edition_and_a_feed_without_duplicates(
    outlet: str, tmp_path: Path, served_dir: Path
) -> None:
    out = served_dir / "podcast"
    config = tmp_path / "daily.toml"
    config.write_text(
        "[daily]\n"
        f'from-feed = ["{outlet}/rss", "{outlet}/atom"]\n'
        'base-url = "https://tin.example.vn/podcast/"\n'
        f'output-dir = "{out}"\n'
        f'cache-dir = "{tmp_path / "cache"}"\n'
        'engine = "espeak"\n'
        "limit = 3\n",
        encoding="utf-8",
    )
    old_umask = os.umask(0o022)
    try:
        started = datetime.now(timezone.utc)
        first = run_cli("daily", str(config), "--limit", "2")
        first_feed = feedparser.parse((out / "feed.xml").read_bytes())
        second = run_cli("daily", str(config))
        third = run_cli("daily", str(config), "--bitrate", "96")  # new settings, the same words: not new
    finally:
        os.umask(old_umask)
    # the gone page is left out and said; the rest is published
    assert first.returncode == 1 and "article left out" in first.stderr and "404" in first.stderr, first.stderr
    assert "feeds: 2 new articles" in first.stderr
    # later the same day: what is new joins the day's edition
    assert "feeds: 1 new articles, 2 already in today's edition, 2 built before" in second.stderr, second.stderr
    assert third.returncode == 1 and "nothing new in the feeds" in third.stderr, third.stderr
    assert "3 built before" in third.stderr
    editions = list(out.glob("*.edition.json"))
    episodes = [p for p in out.glob("*.json") if not p.name.endswith((".chapters.json", ".edition.json"))]
    assert len(editions) == 1 and [p.name for p in episodes] == ["feed.json"]  # no episode per article
    edition = json.loads(editions[0].read_text(encoding="utf-8"))
    newsroom_day = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date().isoformat()
    assert len(edition["articles"]) == 3 and edition["date"] == newsroom_day
    # each article's chapter links to the page it came from
    chapters = json.loads((out / edition["files"]["chapters"]).read_text(encoding="utf-8"))["chapters"]
    assert sorted(c["url"] for c in chapters if "url" in c) == sorted(a["source"] for a in edition["articles"])
    # one episode a day, dated when first built, and the same episode after the update
    final = feedparser.parse((out / "feed.xml").read_bytes())
    assert len(first_feed.entries) == len(final.entries) == 1
    assert first_feed.entries[0].id == final.entries[0].id
    assert first_feed.entries[0].published == final.entries[0].published
    dated = datetime.fromisoformat(edition["published"])
    assert started - timedelta(seconds=2) <= dated <= started + timedelta(minutes=5)
    state = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    guids = [item["guid"] for item in state["items"]]
    assert len(guids) == len(set(guids)) == 1
    assert (out / "index.html").exists() and (out / "feed.xml").exists()
    published = [p for p in out.iterdir() if p.name != ".daily.lock"]
    assert out.stat().st_mode & stat.S_IXOTH  # a web server running as another user can read everything
    for path in published:
        assert path.stat().st_mode & stat.S_IROTH, path
    as_nobody = read_as_another_user(published)  # and does (CI runs as root, so this runs there)
    if os.environ.get("CI"):
        assert as_nobody is not None, "CI must check reading as another user"
    if as_nobody is not None:
        assert as_nobody.returncode == 0, as_nobody.stderr
        assert len(as_nobody.stdout) == sum(p.stat().st_size for p in published)


def test_a_second_daily_run_waits_for_no_one(tmp_path: Path) -> None:
    from audio_edition.jobs.daily import lock

    with lock(tmp_path), pytest.raises(InputError, match="another daily run"):
        with lock(tmp_path):
            pass
    with lock(tmp_path):  # released when the first run ends
        pass


@pytest.mark.e2e
def test_edition_from_feed_then_a_failed_daily_run_leaves_the_podcast_as_it_was(outlet: str, tmp_path: Path) -> None:
    out = tmp_path / "podcast"
    common = ["-o", str(out), "--engine", "espeak", "--cache-dir", str(tmp_path / "cache")]
    proc = run_cli("edition", "--from-feed", f"{outlet}/rss", "--title", "Tin sáng", "--limit", "1", *common)
    assert proc.returncode == 1 and "feeds: 1 new articles" in proc.stderr, proc.stderr  # the 404 page said
    assert len(list(out.glob("*.edition.json"))) == 1
    base = ["--base-url", "https://tin.example.vn/podcast/"]
    proc = run_cli("daily", "--from-feed", f"{outlet}/rss", "--limit", "1", *base, *common)
    assert (out / "feed.xml").exists(), proc.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".daily.lock"}
    broken = tmp_path / "ffmpeg"
    broken.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    broken.chmod(0o755)
    proc = run_cli(
        "daily", "--from-feed", f"{outlet}/rss", "--from-feed", f"{outlet}/atom", *base, *common,
        env={"AUDIO_EDITION_FFMPEG": str(broken)},
    )  # fmt: skip
    assert proc.returncode not in (0, 1) and proc.stderr.strip().splitlines()[-1].startswith("error:"), proc.stderr
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".daily.lock"}
    assert after == before  # feed, page, editions and episodes untouched, nothing left behind


def test_an_answer_naming_a_local_file_is_not_read_as_that_file(tmp_path: Path) -> None:
    local = tmp_path / "feed.xml"
    local.write_bytes(rss("http://x.example"))
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(str(local).encode(), "http://x.example/rss")


def test_relative_links_are_resolved_and_a_site_refusing_every_page_is_not_read_forever(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from audio_edition.ingest.feeds import MAX_FAILURES
    from audio_edition.jobs.episode import read_article

    feed = "<rss version='2.0'><channel>" + "".join(
        f"<item><title>Bài {i}</title><link>/bai-{i}.html</link></item>" for i in range(30)
    )
    items = parse_feed((feed + "</channel></rss>").encode(), "http://127.0.0.1:9/rss")
    assert [i.url for i in items[:2]] == ["http://127.0.0.1:9/bai-0.html", "http://127.0.0.1:9/bai-1.html"]
    picked = pick(items, 3, read_article, lambda a: set(), {})
    assert len(picked.failed) == MAX_FAILURES and "the other 20 items are left" in caplog.text


def test_a_malformed_item_link_is_left_out_not_a_crash(caplog: pytest.LogCaptureFixture) -> None:
    broken = "<item><title>Hỏng</title><link>http://[::1/x</link></item></channel>".encode()
    feed = rss("http://x.example").replace(b"</channel>", broken)
    items = parse_feed(feed, "http://x.example/rss")
    assert len(items) == 4 and all("[::1" not in i.url for i in items)


def test_one_page_that_breaks_the_reader_is_left_out_with_its_reason_and_the_rest_go_on() -> None:
    """Any failure reading one item, not only the ones the tool foresaw, leaves that item out."""
    items = parse_feed(rss("http://x.example"), "http://x.example/rss")

    def read(url: str) -> Article:
        if "mua-lon" in url:
            raise RecursionError("maximum recursion depth exceeded")
        return Article(source=url, headline=f"Bài {url[-12:]}", lead="Lời dẫn.", sections=())

    picked = pick(items, 10, read, lambda a: {a.headline}, {})
    assert len(picked.articles) == 3
    assert len(picked.failed) == 1 and "RecursionError" in picked.failed[0][1] and "mua-lon" in picked.failed[0][0]


def test_a_local_file_named_in_the_days_edition_manifest_is_never_read_again(tmp_path: Path) -> None:
    from datetime import date

    from audio_edition.jobs.daily import _earlier_sources
    from audio_edition.text.slug import slugify

    secret = tmp_path / "secret.txt"
    secret.write_text("Mật khẩu của tòa soạn\nKhông được đọc.\n", encoding="utf-8")
    day = date(2026, 12, 5)
    articles = [
        {"source": source, "headline": "Bài"}
        for source in (str(secret), "https://x.example/bai.html", "file:///etc/passwd")
    ]
    manifest = _manifest(date=day.isoformat(), chapters=[], articles=articles)
    (tmp_path / f"{slugify('Bản tin')}.edition.json").write_text(manifest, encoding="utf-8")
    assert _earlier_sources(tmp_path, "Bản tin", day) == ["https://x.example/bai.html"]


def test_the_daily_lock_never_follows_a_link(tmp_path: Path) -> None:
    from audio_edition.jobs.daily import LOCK_FILE, lock

    target = tmp_path / "precious.txt"
    target.write_text("nội dung quan trọng\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_FILE).symlink_to(target)
    with pytest.raises(InputError, match="cannot be used as the daily lock"):
        with lock(out):
            pass
    assert target.read_text(encoding="utf-8") == "nội dung quan trọng\n"


def test_an_item_dated_in_the_future_counts_as_seen_now(outlet: str) -> None:
    items, _ = read_feeds([f"{outlet}/future"], NOW, since_hours=24)
    assert [i.published for i in items] == [NOW]


def test_pages_are_read_a_few_at_a_time_in_order_and_not_after_the_deadline(caplog: pytest.LogCaptureFixture) -> None:
    import threading
    import time

    feed = "<rss version='2.0'><channel>" + "".join(
        f"<item><title>Bài {i}</title><link>http://x.example/bai-{i}.html</link></item>" for i in range(12)
    )
    items = parse_feed((feed + "</channel></rss>").encode(), "http://x.example/rss")
    lock, running, most = threading.Lock(), [0], [0]

    def read(url: str) -> Article:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return Article(source=url, headline=url[-11:], lead="Lời dẫn.", sections=())

    picked = pick(items, 10, read, lambda a: {a.headline}, {})
    assert [a.source for a in picked.articles] == [i.url for i in items[:10]]  # the feeds' order
    assert most[0] == 4  # four pages at a time, never more
    late = pick(items, 10, read, lambda a: {a.headline}, {}, deadline=time.monotonic() - 1)
    assert late.articles == [] and "the time to read the feeds' articles is up: the other 12 items" in caplog.text


@pytest.mark.e2e
def test_quiet_daily_says_nothing_when_all_went_well_and_both_publishes_the_articles_too(
    outlet: str, tmp_path: Path
) -> None:
    from .conftest import invoke

    out = tmp_path / "podcast"
    args = ["daily", "--from-feed", f"{outlet}/atom", "--base-url", "https://tin.example.vn/p/", "-o", str(out)]
    args += ["--engine", "espeak", "--cache-dir", str(tmp_path / "cache"), "--episodes", "both"]
    quiet = invoke("-q", *args)
    assert quiet.exit_code == 0, quiet.stderr
    assert quiet.stdout == "" and quiet.stderr == ""  # cron mails nothing
    entries = feedparser.parse((out / "feed.xml").read_bytes()).entries
    assert len(entries) == 3  # the day's edition and its two articles, each an episode
    links = sorted(e["link"] for e in entries if "link" in e)  # each article's page, without its #fragment
    assert links == sorted(f"{outlet}{p}" for p in ("/the-thao/bong-da.html", "/thoi-su/mua-lon.html"))
    again = invoke(*args)  # not quiet: says what it did
    assert again.exit_code == 0 and "nothing new in the feeds" in again.stderr


def test_an_unknown_time_zone_is_one_line_before_any_work(tmp_path: Path) -> None:
    from .conftest import invoke

    args = ["daily", "--from-feed", "http://127.0.0.1:9/rss", "--base-url", "https://x.vn/", "-o", str(tmp_path)]
    with pytest.raises(InputError, match="is not a time zone"):
        invoke(*args, "--timezone", "Sao Hỏa/Olympus")
    assert not (tmp_path / ".daily.lock").exists()


def test_an_article_that_cannot_be_read_out_is_left_out_and_the_rest_are_built(
    outlet: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from audio_edition.jobs import daily
    from audio_edition.jobs.episode import Settings, plan_article
    from audio_edition.tts.espeak import EspeakEngine

    def fragile(article: Article, settings: Settings) -> object:
        if "bong-da" in article.source:
            raise RecursionError("maximum recursion depth exceeded")  # a surprise in one article
        return plan_article(article, settings)

    built: list[list[str]] = []
    monkeypatch.setattr(daily, "plan_article", fragile)

    def build_edition(articles: list[Article], *args: object, plans: list[object], **kwargs: object) -> None:
        assert len(plans) == len(articles)  # planned once, handed on
        built.append([x.source for x in articles])

    monkeypatch.setattr(daily, "build_edition", build_edition)
    outcome = daily.edition_from_feeds(
        [f"{outlet}/atom"], tmp_path, EspeakEngine(workers=1), "vi", Settings(), "Bản tin", date(2026, 12, 5), 10
    )
    assert built and all("bong-da" not in source for source in built[0]) and len(built[0]) == 1
    assert [s for s, _ in outcome.picked.failed] == [f"{outlet}/the-thao/bong-da.html"]
    assert "could not be read out (RecursionError" in outcome.picked.failed[0][1]
