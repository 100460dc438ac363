"""The listen page: one static index.html that plays the directory's episodes.

No build step and no CDN: the episodes' chapters and transcripts are embedded as JSON, the
player is the browser's own <audio>, and the script is plain JavaScript, so the page works
from any web server, from a phone, and from the file system.
"""

from __future__ import annotations

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
    text = json.dumps(items, ensure_ascii=False)
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
header { padding: 1rem; background: #112644; color: #fff; }
header h1 { margin: 0; font-size: 1.3rem; }
main { max-width: 46rem; margin: auto; padding: 1rem; }
#episodes { list-style: none; padding: 0; margin: 0 0 1rem; }
#episodes button { width: 100%; text-align: left; padding: .6rem; border: 0; border-bottom: 1px solid #8884;
  background: none; font: inherit; cursor: pointer; color: inherit; }
#episodes button[aria-current="true"] { font-weight: bold; border-left: 4px solid var(--accent); }
audio { width: 100%; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: .5rem 0; }
.time { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .5rem; }
#chapters { list-style: none; padding: 0; }
#chapters button { background: none; border: 0; padding: .3rem 0; font: inherit; color: inherit;
  cursor: pointer; text-align: left; }
#transcript p { margin: .2rem 0; padding: .2rem .4rem; border-radius: .3rem; cursor: pointer; }
#transcript p.current { background: #ffd16655; }
"""

SCRIPT = """
const episodes = JSON.parse(document.getElementById("episode-data").textContent);
const audio = document.getElementById("player");
const list = document.getElementById("episodes");
let current = null;
function clock(ms) {
  const s = Math.floor(ms / 1000);
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map(n => String(n).padStart(2, "0")).join(":");
}
function seek(ms) { audio.currentTime = ms / 1000; }
function show(index) {
  current = episodes[index];
  list.querySelectorAll("button").forEach((b, i) => b.setAttribute("aria-current", String(i === index)));
  document.getElementById("title").textContent = current.title;
  document.getElementById("summary").textContent = current.summary;
  audio.src = current.audio;
  const chapters = document.getElementById("chapters");
  chapters.replaceChildren(...current.chapters.map(c => {
    const li = document.createElement("li"), b = document.createElement("button"), t = document.createElement("span");
    t.className = "time"; t.textContent = clock(c.start_ms);
    b.append(t, c.title); b.dataset.start = c.start_ms; b.addEventListener("click", () => seek(c.start_ms));
    li.append(b); return li;
  }));
  const transcript = document.getElementById("transcript");
  transcript.replaceChildren(...current.cues.map(c => {
    const p = document.createElement("p");
    p.textContent = c.text; p.dataset.start = c.start_ms; p.dataset.end = c.end_ms;
    p.addEventListener("click", () => seek(c.start_ms)); return p;
  }));
}
audio.addEventListener("timeupdate", () => {
  const ms = audio.currentTime * 1000;
  document.querySelectorAll("#transcript p").forEach(p => {
    const on = ms >= Number(p.dataset.start) && ms < Number(p.dataset.end);
    if (on && !p.classList.contains("current")) p.scrollIntoView({block: "nearest"});
    p.classList.toggle("current", on);
  });
});
list.replaceChildren(...episodes.map((e, i) => {
  const li = document.createElement("li"), b = document.createElement("button");
  b.textContent = e.title; b.addEventListener("click", () => show(i)); li.append(b); return li;
}));
if (episodes.length) show(0);
"""


def listen_page(title: str, episodes: Sequence[EpisodeInfo]) -> bytes:
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{html.escape(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{html.escape(title)}" href="feed.xml">
<style>{STYLE}</style>
</head>
<body>
<header><h1>{html.escape(title)}</h1></header>
<main>
<ul id="episodes"></ul>
<h2 id="title"></h2>
<p id="summary"></p>
<audio id="player" controls preload="metadata"></audio>
<h2>Chương</h2>
<ol id="chapters"></ol>
<h2>Lời thoại</h2>
<div id="transcript" aria-live="off"></div>
</main>
<script type="application/json" id="episode-data">{_data(episodes)}</script>
<script>{SCRIPT}</script>
</body>
</html>
"""
    return page.encode("utf-8")


def page_path(out_dir: Path) -> Path:
    return out_dir / "index.html"
