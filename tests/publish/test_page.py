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
    try:
        yield driver
    finally:
        driver.quit()


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
    chapters[2].click()
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

    base, _ = site
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
    assert len(browser.find_elements(By.CSS_SELECTOR, "#episodes img")) == len(data)

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
    browser.find_element(By.ID, "next").click()  # the page's own buttons do the same
    wait_for(browser, f"return Math.abs({player}.currentTime * 1000 - {chapters[2]}) < 50;")

    # speed, remembered
    Select(browser.find_element(By.ID, "speed")).select_by_value("1.5")
    assert browser.execute_script(f"return {player}.playbackRate;") == 1.5

    # resume where the listener stopped
    browser.execute_script(f"{player}.currentTime = 12.3;")
    wait_for(browser, "return Number(localStorage.getItem('audio-edition:position:' + episodes[0].audio)) > 12000;")
    browser.get(base + "index.html")
    wait_for(browser, f"return Math.abs({player}.currentTime - 12.3) < 0.1;")
    assert browser.find_element(By.ID, "speed").get_attribute("value") == "1.5"
    assert browser.execute_script(f"return {player}.playbackRate;") == 1.5

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
    assert len(scripts) == 1  # the headline's tag is text, escaped
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}';" in policy.group(1) and "'unsafe-inline'" not in policy.group(1)
