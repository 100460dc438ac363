"""The listen page: one static index.html that plays the directory's episodes.

No build step and no CDN: the episodes' chapters and transcripts are embedded as JSON, the
player is the browser's own <audio>, and the script is plain JavaScript, so the page works
from any web server, from a phone, and from the file system.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from .episodes import EpisodeInfo


def _data(episodes: Sequence[EpisodeInfo]) -> str:
    items = [
        {
            "title": e.title,
            "summary": e.summary,
            "published": e.published.isoformat(),
            "duration_ms": e.duration_ms,
            "audio": quote(e.files["audio"].name),
            "cover": quote(e.files["cover"].name) if "cover" in e.files else None,
            "chapters": [{"start_ms": c.start_ms, "title": c.title} for c in e.chapters],
            "cues": [{"start_ms": c.start_ms, "end_ms": c.end_ms, "text": c.text} for c in e.cues],
        }
        for e in episodes
    ]
    return _script_json(items)


def _script_json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    # Inside <script>, "</script" or "<!--" in a headline could end or derail the element, and
    # U+2028/9 end lines in older JavaScript: escape them all (JSON reads them back unchanged).
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


STYLE = """
:root { color-scheme: light dark; --accent: #e63946; --muted: #667; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { padding: 1rem; background: #112644; color: #fff; display: flex; gap: 1rem; align-items: center; }
header img { width: 4rem; height: 4rem; border-radius: .4rem; }
header h1 { margin: 0; font-size: 1.3rem; }
main { max-width: 46rem; margin: auto; padding: 1rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
#subscribe { border: 1px solid #8886; border-radius: .5rem; padding: .5rem .8rem; margin-bottom: 1rem; }
#subscribe input { width: 100%; font: inherit; padding: .2rem; }
#subscribe .row { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin-top: .4rem; }
#episodes { list-style: none; padding: 0; margin: 0 0 1rem; }
#episodes button { width: 100%; text-align: left; padding: .5rem; border: 0; border-bottom: 1px solid #8884;
  background: none; font: inherit; cursor: pointer; color: inherit; display: flex; gap: .7rem; align-items: center; }
#episodes img { width: 3.5rem; height: 3.5rem; border-radius: .3rem; flex: none; object-fit: cover; }
#episodes .meta { display: block; color: var(--muted); font-size: .9rem; }
#episodes button[aria-current="true"] { font-weight: bold; border-left: 4px solid var(--accent); }
audio { width: 100%; margin: .5rem 0; }
.controls { display: flex; gap: .6rem; flex-wrap: wrap; align-items: center; margin-bottom: 1rem; }
h2 { font-size: 1.15rem; margin: .5rem 0; }
.time { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .5rem; }
#chapters { list-style: none; padding: 0; }
#chapters button, #transcript button { background: none; border: 0; padding: .2rem .4rem; font: inherit;
  color: inherit; cursor: pointer; text-align: left; border-radius: .3rem; display: block; width: 100%; }
#transcript button[aria-current="true"] { background: #ffd16655; }
"""

SCRIPT = """
const episodes = JSON.parse(document.getElementById("episode-data").textContent);
const channel = JSON.parse(document.getElementById("channel-data").textContent);
const audio = document.getElementById("player");
const list = document.getElementById("episodes");
const speed = document.getElementById("speed");
const store = {
  get(key) { try { return localStorage.getItem("audio-edition:" + key); } catch (e) { return null; } },
  set(key, value) { try { localStorage.setItem("audio-edition:" + key, value); } catch (e) {} },
  drop(key) { try { localStorage.removeItem("audio-edition:" + key); } catch (e) {} },
};
let current = null, lastSaved = 0;
function clock(ms) {
  const s = Math.floor(ms / 1000), h = Math.floor(s / 3600);
  const parts = [Math.floor(s / 60) % 60, s % 60].map(n => String(n).padStart(2, "0"));
  return (h ? h + ":" : "") + parts.join(":");
}
function day(iso) {
  const d = new Date(iso);
  return isNaN(d) ? "" : d.toLocaleDateString("vi-VN", {day: "2-digit", month: "2-digit", year: "numeric"});
}
function seek(ms) { audio.currentTime = ms / 1000; }
function rate() {
  const value = Number(speed.value);
  audio.defaultPlaybackRate = value; audio.playbackRate = value;
}
function chapterAt(ms) {
  let index = 0;
  current.chapters.forEach((c, i) => { if (c.start_ms <= ms) index = i; });
  return index;
}
function step(direction) {
  if (!current || !current.chapters.length) return;
  const ms = audio.currentTime * 1000, here = chapterAt(ms);
  // "previous" within the first 3 s of a chapter goes to the one before, as a CD player does
  const back = ms - current.chapters[here].start_ms < 3000 ? here - 1 : here;
  const target = direction > 0 ? here + 1 : Math.max(0, back);
  if (target < current.chapters.length) seek(current.chapters[target].start_ms);
}
function savePosition(force) {
  if (!current || !isFinite(audio.duration)) return;
  const now = Date.now();
  if (!force && now - lastSaved < 2000) return;
  lastSaved = now;
  store.set("position:" + current.audio, String(Math.floor(audio.currentTime * 1000)));
}
function mediaSession() {
  if (!("mediaSession" in navigator) || !current) return;
  const art = current.cover || channel.cover;
  navigator.mediaSession.metadata = new MediaMetadata({
    title: current.title, artist: channel.title, album: channel.title,
    artwork: art ? [{src: new URL(art, location.href).href, sizes: "1400x1400", type: "image/jpeg"}] : [],
  });
  const actions = {
    play: () => audio.play(), pause: () => audio.pause(),
    previoustrack: () => step(-1), nexttrack: () => step(1),
    seekbackward: () => { audio.currentTime = Math.max(0, audio.currentTime - 15); },
    seekforward: () => { audio.currentTime = audio.currentTime + 15; },
  };
  for (const [action, handler] of Object.entries(actions)) {
    try { navigator.mediaSession.setActionHandler(action, handler); } catch (e) {}
  }
}
function show(index) {
  if (current) savePosition(true);
  current = episodes[index];
  list.querySelectorAll("button").forEach((b, i) => {
    if (i === index) b.setAttribute("aria-current", "true"); else b.removeAttribute("aria-current");
  });
  document.getElementById("title").textContent = current.title;
  document.getElementById("summary").textContent = current.summary;
  audio.src = current.audio;
  rate();
  const chapters = document.getElementById("chapters");
  chapters.replaceChildren(...current.chapters.map(c => {
    const li = document.createElement("li"), b = document.createElement("button"), t = document.createElement("span");
    t.className = "time"; t.textContent = clock(c.start_ms);
    b.append(t, c.title); b.dataset.start = c.start_ms; b.addEventListener("click", () => seek(c.start_ms));
    li.append(b); return li;
  }));
  const transcript = document.getElementById("transcript");
  transcript.replaceChildren(...current.cues.map(c => {
    const b = document.createElement("button");
    b.textContent = c.text; b.dataset.start = c.start_ms; b.dataset.end = c.end_ms;
    b.addEventListener("click", () => seek(c.start_ms)); return b;
  }));
  mediaSession();
}
audio.addEventListener("loadedmetadata", () => {
  rate();
  const saved = Number(store.get("position:" + current.audio));
  if (saved > 5000 && saved < audio.duration * 1000 - 10000) seek(saved);
});
audio.addEventListener("timeupdate", () => {
  const ms = audio.currentTime * 1000;
  document.querySelectorAll("#transcript button").forEach(p => {
    const on = ms >= Number(p.dataset.start) && ms < Number(p.dataset.end);
    if (on && p.getAttribute("aria-current") !== "true") {
      p.setAttribute("aria-current", "true"); p.scrollIntoView({block: "nearest"});
    } else if (!on && p.hasAttribute("aria-current")) p.removeAttribute("aria-current");
  });
  savePosition(false);
});
audio.addEventListener("pause", () => savePosition(true));
audio.addEventListener("seeked", () => savePosition(true));
audio.addEventListener("ended", () => store.drop("position:" + current.audio));
window.addEventListener("pagehide", () => savePosition(true));
speed.value = ["0.8", "1", "1.25", "1.5", "1.75", "2"].includes(store.get("speed")) ? store.get("speed") : "1";
speed.addEventListener("change", () => { store.set("speed", speed.value); rate(); });
document.getElementById("previous").addEventListener("click", () => step(-1));
document.getElementById("next").addEventListener("click", () => step(1));
document.getElementById("copy").addEventListener("click", async () => {
  const field = document.getElementById("feed-url"), said = document.getElementById("copied");
  try { await navigator.clipboard.writeText(field.value); } catch (e) { field.select(); document.execCommand("copy"); }
  said.textContent = "Đã chép địa chỉ.";
});
list.replaceChildren(...episodes.map((e, i) => {
  const li = document.createElement("li"), b = document.createElement("button"), text = document.createElement("span");
  const meta = document.createElement("span");
  meta.className = "meta"; meta.textContent = [day(e.published), clock(e.duration_ms)].filter(Boolean).join(" · ");
  text.append(e.title, meta);
  if (e.cover || channel.cover) {
    const img = document.createElement("img");
    img.src = e.cover || channel.cover; img.alt = ""; img.loading = "lazy"; b.append(img);
  }
  b.append(text); b.addEventListener("click", () => show(i)); li.append(b); return li;
}));
if (episodes.length) show(0);
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# Only the page's own script and style run, whatever a headline or a transcript holds; audio,
# images and the feed come from the page's own folder (or its files, opened from a disk).
CSP = (
    "default-src 'self' file:; "
    f"script-src {_csp_hash(SCRIPT)}; "
    f"style-src {_csp_hash(STYLE)}; "
    "img-src 'self' file: data:; media-src 'self' file:; "
    "object-src 'none'; base-uri 'none'; form-action 'none'"
)


def listen_page(
    title: str, episodes: Sequence[EpisodeInfo], feed_url: str | None = None, cover: str | None = None
) -> bytes:
    """The page, newest episode first; `feed_url` is the feed's public address (for the subscribe
    block) and `cover` the channel's cover file name."""
    newest = sorted(episodes, key=lambda e: e.published, reverse=True)
    channel = _script_json({"title": title, "cover": quote(cover) if cover else None})
    subscribe = ""
    if feed_url:
        app_link = "podcast://" + feed_url.split("://", 1)[-1]
        subscribe = f"""<section id="subscribe" aria-labelledby="subscribe-title">
<h2 id="subscribe-title">Theo dõi podcast</h2>
<label for="feed-url">Địa chỉ RSS, dán vào ứng dụng podcast:</label>
<input id="feed-url" readonly value="{html.escape(feed_url)}">
<div class="row"><button id="copy" type="button">Chép địa chỉ</button>
<a id="app-link" href="{html.escape(app_link)}">Mở trong ứng dụng podcast</a>
<span id="copied" role="status"></span></div>
</section>"""
    else:
        subscribe = '<button id="copy" type="button" hidden></button><input id="feed-url" hidden>'
        subscribe += '<span id="copied" hidden></span>'
    art = f'<img src="{html.escape(quote(cover))}" alt="">' if cover else ""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<link rel="icon" href="data:,">
<title>{html.escape(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{html.escape(title)}" href="feed.xml">
<style>{STYLE}</style>
</head>
<body>
<header>{art}<h1>{html.escape(title)}</h1></header>
<main>
{subscribe}
<h2 id="episodes-title">Các số</h2>
<ul id="episodes" aria-labelledby="episodes-title"></ul>
<h2 id="title"></h2>
<p id="summary"></p>
<audio id="player" controls preload="metadata" aria-labelledby="title"></audio>
<div class="controls">
<button id="previous" type="button">⏮ Chương trước</button>
<button id="next" type="button">Chương sau ⏭</button>
<label for="speed">Tốc độ</label>
<select id="speed">
<option value="0.8">0,8×</option><option value="1">1×</option><option value="1.25">1,25×</option>
<option value="1.5">1,5×</option><option value="1.75">1,75×</option><option value="2">2×</option>
</select>
</div>
<h2 id="chapters-title">Chương</h2>
<ol id="chapters" aria-labelledby="chapters-title"></ol>
<h2 id="transcript-title">Lời thoại</h2>
<div id="transcript" role="region" aria-labelledby="transcript-title"></div>
</main>
<script type="application/json" id="episode-data">{_data(newest)}</script>
<script type="application/json" id="channel-data">{channel}</script>
<script>{SCRIPT}</script>
</body>
</html>
"""
    return page.encode("utf-8")


def page_path(out_dir: Path) -> Path:
    """Where the listen page of `out_dir` is written."""
    return out_dir / "index.html"
