"""The listen page in a real headless Chromium: it loads without console errors, the audio
element reports the episode's duration, a chapter click seeks to the chapter, and the
sentence being heard is highlighted."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from ..conftest import run_cli
from .podcast import serve

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM and DRIVER):
        reason = "no headless browser here: install Debian's chromium and chromium-driver (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI installs the browser, so the test must run there
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--mute-audio",
        "--autoplay-policy=no-user-gesture-required",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_window_size(390, 844)  # a phone
    try:
        yield driver
    finally:
        driver.quit()


def click(driver: Any, element: Any) -> None:
    """Tap `element` as a listener would: scrolled to the middle of the screen first (the player
    docked at the bottom covers what is under it)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def wait_for(driver: Any, script: str, timeout_s: float = 20) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


@pytest.fixture(scope="module")
def site(edition: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    out = tmp_path_factory.mktemp("site") / "podcast"
    shutil.copytree(edition["out"], out)
    proc = run_cli("feed", str(out), "--base-url", "https://tin.example.vn/podcast/")
    assert proc.returncode == 0, proc.stderr
    with serve(out) as base:
        yield base, out


def test_the_page_plays_seeks_and_follows_the_transcript(browser: Any, site: tuple[str, Path]) -> None:
    from selenium.webdriver.common.by import By

    base, out = site
    browser.get(base + "index.html")
    first = browser.execute_script("return document.querySelector('#episodes button span').firstChild.textContent;")
    manifest = next(
        json.loads(p.read_text(encoding="utf-8"))
        for p in out.glob("*.json")
        if p.name not in ("feed.json",)
        and ".chapters." not in p.name
        and json.loads(p.read_text(encoding="utf-8")).get("title") == first
    )
    duration = wait_for(
        browser,
        "const a = document.getElementById('player');"
        "return isFinite(a.duration) && a.duration > 0 ? a.duration : null;",
    )
    assert abs(duration * 1000 - manifest["duration_ms"]) < 100

    expected = manifest.get("chapters") or manifest["segments"]  # an edition's chapters, an article's segments
    chapters = browser.find_elements(By.CSS_SELECTOR, "#chapters button")
    titles = browser.execute_script(
        "return [...document.querySelectorAll('#chapters button')].map(b => b.lastChild.textContent);"
    )
    assert titles == [c["title"] for c in expected]
    target = expected[2]
    click(browser, chapters[2])
    now = wait_for(
        browser,
        f"const t = document.getElementById('player').currentTime;"
        f"return Math.abs(t * 1000 - {target['start_ms']}) < 50 ? t : null;",
    )
    assert abs(now * 1000 - target["start_ms"]) < 50

    # the highlight follows timeupdate events, so wait for it to catch up with the seek
    count, start, end, now_ms = wait_for(
        browser,
        "const p = document.querySelectorAll('#transcript button[aria-current=\"true\"]');"
        "const t = document.getElementById('player').currentTime * 1000;"
        "return p.length && Number(p[0].dataset.start) <= t && t < Number(p[0].dataset.end)"
        " ? [p.length, Number(p[0].dataset.start), Number(p[0].dataset.end), t] : null;",
    )
    assert count == 1  # one sentence at a time
    assert start <= now_ms < end and abs(start - target["start_ms"]) <= 50  # the chapter's first sentence

    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_speed_resume_subscribe_and_the_lock_screen(browser: Any, site: tuple[str, Path]) -> None:
    import re

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, out = site
    # keep what the page hands the lock screen, as the phone would
    record = (
        "window.lockScreen = {}; const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);"
        "navigator.mediaSession.setActionHandler = (a, h) => { window.lockScreen[a] = h; set(a, h); };"
    )
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": record})
    browser.get(base + "index.html")
    browser.execute_script("localStorage.clear();")
    browser.get(base + "index.html")
    player = "document.getElementById('player')"
    wait_for(browser, f"return isFinite({player}.duration) && {player}.duration > 20;")

    # subscribe: the feed's public address, and a link podcast apps open
    assert browser.find_element(By.ID, "feed-url").get_attribute("value") == "https://tin.example.vn/podcast/feed.xml"
    assert browser.find_element(By.ID, "app-link").get_attribute("href") == "podcast://tin.example.vn/podcast/feed.xml"

    # the list: newest first, each with its date, duration and artwork
    data = browser.execute_script("return JSON.parse(document.getElementById('episode-data').textContent);")
    published = [e["published"] for e in data]
    assert published == sorted(published, reverse=True) and len(data) > 1
    metas = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#episodes .meta")]
    assert all(re.fullmatch(r"\d{2}/\d{2}/\d{4} · (\d+:)?\d{2}:\d{2}", m) for m in metas), metas
    thumbs = [i.get_attribute("src") for i in browser.find_elements(By.CSS_SELECTOR, "#episodes img")]
    assert len(thumbs) == len(data) and all(src.endswith(".thumb.jpg") for src in thumbs)
    for src in thumbs:  # small copies made beside the covers, not the 1400 px covers themselves
        assert (out / unquote(src.rsplit("/", 1)[-1])).stat().st_size < 20_000

    # the lock screen: the episode's title and artwork, and chapters as previous/next
    metadata = browser.execute_script(
        "const m = navigator.mediaSession.metadata;"
        "return m && {title: m.title, artist: m.artist, art: m.artwork.map(a => a.src)};"
    )
    assert metadata["title"] == data[0]["title"] and metadata["art"] and metadata["art"][0].startswith(base)
    chapters = [c["start_ms"] for c in data[0]["chapters"]]
    browser.execute_script(f"{player}.currentTime = {(chapters[1] + 5000) / 1000};")
    browser.execute_script("window.lockScreen.nexttrack();")  # what the phone's next button calls
    wait_for(browser, f"return Math.abs({player}.currentTime * 1000 - {chapters[2]}) < 50;")
    browser.execute_script("window.lockScreen.previoustrack();")  # within 3 s of a chapter: the one before
    wait_for(browser, f"return Math.abs({player}.currentTime * 1000 - {chapters[1]}) < 50;")
    click(browser, browser.find_element(By.ID, "next"))  # the page's own buttons do the same
    wait_for(browser, f"return Math.abs({player}.currentTime * 1000 - {chapters[2]}) < 50;")

    # speed, remembered
    Select(browser.find_element(By.ID, "speed")).select_by_value("1.5")
    assert browser.execute_script(f"return {player}.playbackRate;") == 1.5

    # resume where the listener stopped
    browser.execute_script(f"{player}.currentTime = 12.3;")
    wait_for(browser, "return JSON.parse(localStorage.getItem('audio-edition:place:' + episodes[0].id)).ms > 12000;")
    browser.get(base + "index.html")
    wait_for(browser, f"return Math.abs({player}.currentTime - 12.3) < 0.1;")
    assert browser.find_element(By.ID, "speed").get_attribute("value") == "1.5"
    assert browser.execute_script(f"return {player}.playbackRate;") == 1.5

    # the day's edition grew since: the place is found again by its chapter, not its time
    grown = {"ms": 999_999, "chapter": data[0]["chapters"][2]["title"], "offset": 4000}
    browser.execute_script(  # as a later visit finds it (this page would save its own place on leaving)
        f"current = null; localStorage.setItem('audio-edition:place:' + episodes[0].id, '{json.dumps(grown)}');"
    )
    browser.get(base + "index.html")
    wait_for(browser, f"return Math.abs({player}.currentTime * 1000 - {chapters[2] + 4000}) < 100;")

    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_only_the_pages_own_script_may_run() -> None:
    """A Content-Security-Policy allows exactly the page's one inline script and style (by hash):
    a script a headline or a transcript smuggled in would not run. (The browser tests above run
    the page under it: a wrong hash stops them.)"""
    import base64
    import hashlib
    import re

    from audio_edition.publish.page import listen_page

    page = listen_page("Bản tin <script>alert(1)</script>", [], "https://tin.example.vn/feed.xml", "cover.jpg")
    text = page.decode("utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text)
    assert policy is not None
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 2  # the page's own two (head and body); the headline's tag is text, escaped
    digests = [base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() for s in scripts]
    allowed = re.search(r"script-src ([^;]+);", policy.group(1))
    assert allowed is not None and sorted(allowed.group(1).split()) == sorted(f"'sha256-{d}'" for d in digests)
    assert "'unsafe-inline'" not in policy.group(1)


@pytest.mark.e2e
def test_on_a_phone_a_tap_plays_and_the_docked_player_skips_links_follows_and_goes_on(
    browser: Any, site: tuple[str, Path]
) -> None:
    from selenium.webdriver.common.by import By

    base, _ = site
    browser.get(base + "index.html")
    browser.execute_script("localStorage.clear();")
    browser.get(base + "index.html")
    player = "document.getElementById('player')"
    data = browser.execute_script("return episodes;")
    assert len(data) >= 3

    # a tap on an episode plays it, in the player docked on screen
    taps = browser.find_elements(By.CSS_SELECTOR, "#episodes .play")
    click(browser, taps[1])
    wait_for(browser, f"return !{player}.paused && {player}.currentTime > 0.2;")
    assert browser.find_element(By.ID, "now").text == data[1]["title"]
    assert taps[1].get_attribute("aria-current") == "true"
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight);")
    box = browser.execute_script(
        "const r = document.getElementById('dock').getBoundingClientRect(); return [r.top, r.bottom, innerHeight];"
    )
    assert 0 < box[0] < box[1] <= box[2] and box[1] - box[0] < 0.35 * box[2]  # on screen, and not most of it

    # skip back 15 s and forward 30 s, in the longest episode
    longest = max(range(len(data)), key=lambda i: data[i]["duration_ms"])
    assert data[longest]["duration_ms"] > 60_000
    click(browser, taps[longest])
    wait_for(browser, f"return episodes.indexOf(current) === {longest} && {player}.readyState >= 1;")
    browser.execute_script(f"{player}.pause(); {player}.currentTime = 40;")
    wait_for(browser, f"return Math.abs({player}.currentTime - 40) < 0.1;")
    click(browser, browser.find_element(By.ID, "back"))
    wait_for(browser, f"return Math.abs({player}.currentTime - 25) < 0.1;")
    click(browser, browser.find_element(By.ID, "forward"))
    wait_for(browser, f"return Math.abs({player}.currentTime - 55) < 0.1;")

    # a link to this moment reopens the episode there
    link = wait_for(browser, "const a = document.getElementById('moment'); return a.href.endsWith('&t=55') && a.href;")
    assert link.endswith(f"#e={data[longest]['id']}&t=55")
    browser.get(base + "index.html")
    browser.get(base + f"index.html#e={data[2]['id']}&t=20")
    browser.refresh()
    wait_for(browser, f"return episodes.indexOf(current) === 2 && Math.abs({player}.currentTime - 20) < 0.2;")

    # the transcript follows until the listener scrolls away, and a button brings it back
    browser.execute_script(f"{player}.currentTime = 0; {player}.play();")
    wait_for(browser, f"return !{player}.paused && {player}.currentTime > 0.3;")
    browser.execute_script("window.scrollTo(0, 0); window.dispatchEvent(new WheelEvent('wheel', {deltaY: -50}));")
    follow = browser.find_element(By.ID, "follow")
    wait_for(browser, "return !document.getElementById('follow').hidden;")
    highlighted = "document.querySelector('#transcript button[aria-current=\"true\"]')"
    before = browser.execute_script(f"return {highlighted} && {highlighted}.dataset.start;")
    wait_for(browser, f"return {highlighted} && {highlighted}.dataset.start !== '{before}';", timeout_s=30)
    assert browser.execute_script("return window.scrollY;") == 0  # the page stayed where the listener put it
    click(browser, follow)
    assert not follow.is_displayed()
    assert browser.execute_script("return window.scrollY;") > 0

    # when an episode ends, the next one plays
    browser.execute_script(f"{player}.currentTime = {player}.duration - 0.3;")
    wait_for(browser, f"return episodes.indexOf(current) === 3 && !{player}.paused;", timeout_s=30)

    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


@pytest.mark.e2e
def test_without_javascript_every_episode_plays_and_downloads_from_the_list(site: tuple[str, Path]) -> None:
    if not (CHROMIUM and DRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI installs the browser, so the test must run there")
        pytest.skip("no headless browser here")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    base, out = site
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--mute-audio"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_window_size(390, 844)
    try:
        driver.get(base + "index.html")
        players = driver.find_elements(By.CSS_SELECTOR, "#episodes audio")
        downloads = driver.find_elements(By.CSS_SELECTOR, "#episodes a[download]")
        manifests = [p for p in out.glob("*.json") if p.name != "feed.json" and ".chapters." not in p.name]
        assert len(players) == len(downloads) == len(manifests)
        assert all(p.is_displayed() for p in players)
        for audio, download in zip(players, downloads):
            assert audio.get_attribute("src") == download.get_attribute("href")
            assert (out / unquote(audio.get_attribute("src").rsplit("/", 1)[-1])).is_file()
        days = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#episodes h3")]
        assert days and all(d.startswith("Ngày ") for d in days)
        assert not driver.find_element(By.ID, "dock").is_displayed()
    finally:
        driver.quit()


def test_a_shared_link_has_a_preview_card(site: tuple[str, Path]) -> None:
    import re

    _, out = site
    page = (out / "index.html").read_text(encoding="utf-8")
    tags = dict(re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', page))
    assert tags["og:url"] == "https://tin.example.vn/podcast/"
    assert tags["og:image"].startswith("https://tin.example.vn/podcast/cover.")
    assert tags["og:title"] and tags["description"] and tags["twitter:card"] == "summary"
