"""The listen page: one static index.html that plays the directory's episodes, phone first.

No build step and no CDN. The list of episodes is plain HTML, grouped by day, each with its
thumbnail, an <audio> element and a download link, so the page works without JavaScript. With
it, a player docked at the bottom of the screen plays the episode tapped, skips back 15 s and
forward 30 s, moves by chapter, plays the next episode when one ends, resumes a listener where
they stopped (at the same chapter, should the day's edition have grown), and reopens an episode
or a moment from a link (#e=ID&t=SECONDS). The transcript follows the audio until the listener
scrolls away; a button brings it back.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Sequence
from datetime import timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from .episodes import EpisodeInfo

# Days are the newsroom's (UTC+7), as the episodes' own dates are.
_VIETNAM = timezone(timedelta(hours=7))
THUMB_SUFFIX = ".thumb.jpg"


def episode_id(episode: EpisodeInfo) -> str:
    """A short, stable name for an episode in links: its guid's first 12 hex digits."""
    return episode.guid.rsplit(":", 1)[-1][:12]


def thumb_name(cover: Path) -> str:
    """The small copy of a cover that the list shows (made beside it by the feed)."""
    return cover.stem + THUMB_SUFFIX


def _clock(ms: int) -> str:
    s = ms // 1000
    h, m, s = s // 3600, s % 3600 // 60, s % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def _data(episodes: Sequence[EpisodeInfo]) -> str:
    items = [
        {
            "id": episode_id(e),
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


def _icon(path: str) -> str:
    attributes = 'viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"'
    return f'<svg {attributes}><path d="{path}"/></svg>'


ICONS = {
    "back": _icon("M12 5V2L7 6l5 4V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z"),
    "forward": _icon("M12 5V2l5 4-5 4V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z"),
    "previous": _icon("M6 6h2v12H6zM9.5 12 18 6v12z"),
    "next": _icon("M16 6h2v12h-2zM6 6v12l8.5-6z"),
}

STYLE = """
:root { color-scheme: light dark; --bg: #fff; --fg: #14161a; --muted: #4a505c; --line: #d5d8de;
  --accent: #c1121f; --link: #0b57a4; --dock: #f3f4f6; --mark: #ffe08a; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15171c; --fg: #eceef2; --muted: #b7bcc7; --line: #3a3f4a; --accent: #ff8a8a;
    --link: #9ccbff; --dock: #20242c; --mark: #6b5600; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding-bottom: 13rem; }
a { color: var(--link); }
header { padding: .8rem 1rem; background: #112644; color: #fff; display: flex; gap: .8rem; align-items: center; }
header img { width: 3.5rem; height: 3.5rem; border-radius: .4rem; }
header h1 { margin: 0; font-size: 1.25rem; }
main { max-width: 46rem; margin: auto; padding: 0 1rem 1rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h2 { font-size: 1.15rem; margin: 1rem 0 .4rem; }
h3 { font-size: 1rem; margin: 1rem 0 .2rem; color: var(--muted); }
#subscribe { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .8rem; margin: 1rem 0; }
#subscribe input { width: 100%; font: inherit; padding: .2rem; color: inherit; background: transparent;
  border: 1px solid var(--line); }
.row { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin-top: .4rem; }
.day { list-style: none; padding: 0; margin: 0; }
.day li { border-bottom: 1px solid var(--line); padding: .3rem 0; }
.play { width: 100%; text-align: left; padding: .4rem 0; border: 0; background: none; font: inherit;
  cursor: pointer; color: inherit; display: flex; gap: .7rem; align-items: center; min-height: 3rem; }
.play img { width: 56px; height: 56px; border-radius: .3rem; flex: none; object-fit: cover; }
.meta { display: block; color: var(--muted); font-size: .9rem; }
.play[aria-current="true"] { font-weight: bold; }
.links { display: flex; gap: 1rem; font-size: .9rem; padding-left: calc(56px + .7rem); }
.links a, #dock a { display: inline-flex; align-items: center; min-height: 2.75rem; padding: 0 .3rem; }
.static { width: 100%; }
.js .static, .js #no-script { display: none; }
#dock { position: fixed; left: 0; right: 0; bottom: 0; background: var(--dock); border-top: 1px solid var(--line);
  padding: .4rem .8rem .6rem; z-index: 2; }
#dock[hidden] { display: none; }
#dock .inner { max-width: 46rem; margin: auto; }
#now { margin: 0; font-size: 1rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#player { width: 100%; height: 2.5rem; }
.controls { display: flex; gap: .3rem; flex-wrap: wrap; align-items: center; }
.controls button { display: inline-flex; gap: .2rem; align-items: center; min-width: 2.75rem; min-height: 2.75rem;
  padding: .2rem .5rem; border: 1px solid var(--line); border-radius: .4rem; background: var(--bg);
  color: inherit; font: inherit; font-size: .9rem; cursor: pointer; }
.controls svg { fill: currentColor; }
.controls select { min-height: 2.75rem; font: inherit; color: inherit; background: var(--bg); }
#chapters { list-style: none; padding: 0; }
#chapters button, #transcript button { background: none; border: 0; padding: .3rem .4rem; font: inherit;
  color: inherit; cursor: pointer; text-align: left; border-radius: .3rem; display: block; width: 100%; }
.time { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .5rem; }
#transcript button[aria-current="true"] { background: var(--mark); }
#follow { position: sticky; top: .5rem; float: right; }
"""

# Run in <head>, before anything is drawn: what only the static page shows is hidden from the
# start, so nothing moves when the player takes over (a layout shift).
HEAD_SCRIPT = 'document.documentElement.classList.add("js");'

SCRIPT = """
const episodes = JSON.parse(document.getElementById("episode-data").textContent);
const channel = JSON.parse(document.getElementById("channel-data").textContent);
const audio = document.getElementById("player");
const speed = document.getElementById("speed");
const follow = document.getElementById("follow");
const plays = [...document.querySelectorAll("#episodes .play")];
const store = {
  get(key) { try { return localStorage.getItem("audio-edition:" + key); } catch (e) { return null; } },
  set(key, value) { try { localStorage.setItem("audio-edition:" + key, value); } catch (e) {} },
  drop(key) { try { localStorage.removeItem("audio-edition:" + key); } catch (e) {} },
};
let current = null, index = -1, lastSaved = 0, following = true, pending = null;
function clock(ms) {
  const s = Math.floor(ms / 1000), h = Math.floor(s / 3600);
  const parts = [Math.floor(s / 60) % 60, s % 60].map(n => String(n).padStart(2, "0"));
  return (h ? h + ":" : "") + parts.join(":");
}
function seek(ms) { audio.currentTime = ms / 1000; }
function rate() {
  const value = Number(speed.value);
  audio.defaultPlaybackRate = value; audio.playbackRate = value;
}
function chapterAt(ms) {
  let found = 0;
  current.chapters.forEach((c, i) => { if (c.start_ms <= ms) found = i; });
  return found;
}
function step(direction) {
  if (!current || !current.chapters.length) return;
  const ms = audio.currentTime * 1000, here = chapterAt(ms);
  // "previous" within the first 3 s of a chapter goes to the one before, as a CD player does
  const back = ms - current.chapters[here].start_ms < 3000 ? here - 1 : here;
  const target = direction > 0 ? here + 1 : Math.max(0, back);
  if (target < current.chapters.length) seek(current.chapters[target].start_ms);
}
function skip(seconds) {
  if (!current) return;
  const end = isFinite(audio.duration) ? audio.duration : Infinity;
  audio.currentTime = Math.min(end, Math.max(0, audio.currentTime + seconds));
}
function moment() {
  if (!current) return "#";
  return "#e=" + current.id + "&t=" + Math.floor(audio.currentTime);
}
function savePosition(force) {
  if (!current || !isFinite(audio.duration)) return;
  const now = Date.now();
  if (!force && now - lastSaved < 2000) return;
  lastSaved = now;
  const ms = Math.floor(audio.currentTime * 1000), c = current.chapters[chapterAt(ms)];
  // the day's edition can grow: where in which chapter, so the place is found again
  const place = {ms: ms, chapter: c ? c.title : null, offset: c ? ms - c.start_ms : ms};
  store.set("place:" + current.id, JSON.stringify(place));
  document.getElementById("moment").href = moment();
}
function savedPlace() {
  let place = null;
  try { place = JSON.parse(store.get("place:" + current.id)); } catch (e) {}
  if (!place || typeof place.ms !== "number") return null;
  const c = current.chapters.find(c => c.title === place.chapter);
  return c ? c.start_ms + place.offset : place.ms;
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
    seekbackward: () => skip(-15), seekforward: () => skip(30),
  };
  for (const [action, handler] of Object.entries(actions)) {
    try { navigator.mediaSession.setActionHandler(action, handler); } catch (e) {}
  }
}
function show(i, at) {
  if (current) savePosition(true);
  index = i; current = episodes[i]; pending = at === undefined ? null : at;
  plays.forEach((b, k) => {
    if (k === i) b.setAttribute("aria-current", "true"); else b.removeAttribute("aria-current");
  });
  document.getElementById("dock").hidden = false;
  document.getElementById("now").textContent = current.title;
  document.getElementById("summary").textContent = current.summary;
  document.getElementById("download").href = current.audio;
  audio.src = current.audio;
  rate();
  const chapters = document.getElementById("chapters");
  chapters.replaceChildren(...current.chapters.map(c => {
    const li = document.createElement("li"), b = document.createElement("button"), t = document.createElement("span");
    t.className = "time"; t.textContent = clock(c.start_ms);
    b.type = "button"; b.append(t, c.title); b.dataset.start = c.start_ms;
    b.addEventListener("click", () => { seek(c.start_ms); audio.play().catch(() => {}); });
    li.append(b); return li;
  }));
  const transcript = document.getElementById("transcript");
  transcript.replaceChildren(...current.cues.map(c => {
    const b = document.createElement("button");
    b.type = "button"; b.textContent = c.text; b.dataset.start = c.start_ms; b.dataset.end = c.end_ms;
    b.addEventListener("click", () => seek(c.start_ms)); return b;
  }));
  following = true; follow.hidden = true;
  mediaSession();
}
function play(i) {
  show(i);
  audio.play().catch(() => {});
}
function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const i = episodes.findIndex(e => e.id === params.get("e"));
  if (i < 0) return false;
  const t = Number(params.get("t"));
  show(i, isFinite(t) && t > 0 ? t * 1000 : undefined);
  return true;
}
audio.addEventListener("loadedmetadata", () => {
  rate();
  const ms = pending !== null ? pending : savedPlace();
  pending = null;
  if (ms !== null && ms > 0 && ms < audio.duration * 1000 - 10000) seek(ms);
});
audio.addEventListener("timeupdate", () => {
  const ms = audio.currentTime * 1000;
  document.querySelectorAll("#transcript button").forEach(p => {
    const on = ms >= Number(p.dataset.start) && ms < Number(p.dataset.end);
    if (on && p.getAttribute("aria-current") !== "true") {
      p.setAttribute("aria-current", "true");
      if (following) p.scrollIntoView({block: "center"});
    } else if (!on && p.hasAttribute("aria-current")) p.removeAttribute("aria-current");
  });
  savePosition(false);
});
// the listener scrolling away stops the transcript from pulling the page back
function scrolledAway() {
  if (!following || !current || audio.paused) return;
  following = false; follow.hidden = false;
}
window.addEventListener("wheel", scrolledAway, {passive: true});
window.addEventListener("touchmove", scrolledAway, {passive: true});
const scrollKeys = ["PageDown", "PageUp", "ArrowDown", "ArrowUp", "Home", "End", " "];
window.addEventListener("keydown", e => {
  if (scrollKeys.includes(e.key) && e.target === document.body) scrolledAway();
});
follow.addEventListener("click", () => {
  following = true; follow.hidden = true;
  const here = document.querySelector('#transcript button[aria-current="true"]');
  if (here) here.scrollIntoView({block: "center"});
});
audio.addEventListener("pause", () => savePosition(true));
audio.addEventListener("seeked", () => savePosition(true));
audio.addEventListener("ended", () => {
  store.drop("place:" + current.id);
  if (index + 1 < episodes.length) play(index + 1);  // the next episode, as a podcast app does
});
window.addEventListener("pagehide", () => savePosition(true));
window.addEventListener("hashchange", () => { if (fromHash()) audio.play().catch(() => {}); });
speed.value = ["0.8", "1", "1.25", "1.5", "1.75", "2"].includes(store.get("speed")) ? store.get("speed") : "1";
speed.addEventListener("change", () => { store.set("speed", speed.value); rate(); });
document.getElementById("previous").addEventListener("click", () => step(-1));
document.getElementById("next").addEventListener("click", () => step(1));
document.getElementById("back").addEventListener("click", () => skip(-15));
document.getElementById("forward").addEventListener("click", () => skip(30));
document.getElementById("moment").addEventListener("click", () => { savePosition(true); });
const copy = document.getElementById("copy");
if (copy) copy.addEventListener("click", async () => {
  const field = document.getElementById("feed-url"), said = document.getElementById("copied");
  try { await navigator.clipboard.writeText(field.value); } catch (e) { field.select(); document.execCommand("copy"); }
  said.textContent = "Đã chép địa chỉ.";
});
plays.forEach((b, i) => b.addEventListener("click", () => play(i)));
if (!fromHash() && episodes.length) show(0);
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# Only the page's own script and style run, whatever a headline or a transcript holds; audio,
# images and the feed come from the page's own folder (or its files, opened from a disk).
CSP = (
    "default-src 'self' file:; "
    f"script-src {_csp_hash(HEAD_SCRIPT)} {_csp_hash(SCRIPT)}; "
    f"style-src {_csp_hash(STYLE)}; "
    "img-src 'self' file: data:; media-src 'self' file:; "
    "object-src 'none'; base-uri 'none'; form-action 'none'"
)


def _item(e: EpisodeInfo, channel_thumb: str | None) -> str:
    audio = quote(e.files["audio"].name)
    thumb = quote(thumb_name(e.files["cover"])) if "cover" in e.files else channel_thumb
    image = f'<img src="{html.escape(thumb)}" alt="" width="56" height="56" loading="lazy">' if thumb else ""
    meta = f"{e.published.astimezone(_VIETNAM):%d/%m/%Y} · {_clock(e.duration_ms)}"
    title = html.escape(e.title)
    ident = episode_id(e)
    return f"""<li id="e-{ident}">
<button class="play" type="button">{image}<span>{title}<span class="meta">{meta}</span></span></button>
<div class="links"><a href="#e={ident}">Liên kết</a><a href="{html.escape(audio)}" download>Tải về</a></div>
<audio class="static" controls preload="none" src="{html.escape(audio)}" aria-label="{title}"></audio>
</li>"""


def _days(episodes: Sequence[EpisodeInfo], channel_thumb: str | None) -> str:
    groups: dict[str, list[EpisodeInfo]] = {}
    for e in episodes:
        groups.setdefault(f"{e.published.astimezone(_VIETNAM):%d/%m/%Y}", []).append(e)
    return "\n".join(
        f'<h3>Ngày {day}</h3>\n<ul class="day">\n' + "\n".join(_item(e, channel_thumb) for e in items) + "\n</ul>"
        for day, items in groups.items()
    )


def listen_page(
    title: str,
    episodes: Sequence[EpisodeInfo],
    feed_url: str | None = None,
    cover: str | None = None,
    description: str = "",
) -> bytes:
    """The page, newest episode first, grouped by day; `feed_url` is the feed's public address
    (for the subscribe block and the preview tags) and `cover` the channel's cover file name."""
    newest = sorted(episodes, key=lambda e: e.published, reverse=True)
    channel = _script_json({"title": title, "cover": quote(cover) if cover else None})
    channel_thumb = quote(thumb_name(Path(cover))) if cover else None
    base = feed_url.rsplit("/", 1)[0] + "/" if feed_url else ""
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
    summary = description or (f"{title}: " + "; ".join(e.title for e in newest[:3]) if newest else title)
    preview = [
        f'<meta name="description" content="{html.escape(summary)}">',
        f'<meta property="og:title" content="{html.escape(title)}">',
        f'<meta property="og:description" content="{html.escape(summary)}">',
        '<meta property="og:type" content="website">',
        '<meta name="twitter:card" content="summary">',
    ]
    if base:
        preview.append(f'<meta property="og:url" content="{html.escape(base)}">')
        if cover:
            preview.append(f'<meta property="og:image" content="{html.escape(base + quote(cover))}">')
    art = f'<img src="{html.escape(channel_thumb)}" alt="" width="56" height="56">' if channel_thumb else ""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<link rel="icon" href="data:,">
<title>{html.escape(title)}</title>
{chr(10).join(preview)}
<link rel="alternate" type="application/rss+xml" title="{html.escape(title)}" href="feed.xml">
<style>{STYLE}</style>
<script>{HEAD_SCRIPT}</script>
</head>
<body>
<header>{art}<h1>{html.escape(title)}</h1></header>
<div id="dock" role="region" aria-label="Trình phát" hidden><div class="inner">
<p id="now" aria-live="polite"></p>
<audio id="player" controls preload="metadata" aria-labelledby="now"></audio>
<div class="controls">
<button id="back" type="button" aria-label="Lùi 15 giây">{ICONS["back"]}15</button>
<button id="forward" type="button" aria-label="Tới 30 giây">{ICONS["forward"]}30</button>
<button id="previous" type="button" aria-label="Chương trước">{ICONS["previous"]}</button>
<button id="next" type="button" aria-label="Chương sau">{ICONS["next"]}</button>
<label for="speed">Tốc độ</label>
<select id="speed">
<option value="0.8">0,8×</option><option value="1">1×</option><option value="1.25">1,25×</option>
<option value="1.5">1,5×</option><option value="1.75">1,75×</option><option value="2">2×</option>
</select>
<a id="moment" href="#">Liên kết thời điểm này</a>
<a id="download" href="#" download>Tải về</a>
</div></div></div>
<main>
<p id="no-script">Chạm nút phát của một số để nghe; bật JavaScript để có trình phát đầy đủ.</p>
<h2 id="episodes-title">Các số</h2>
<div id="episodes" aria-labelledby="episodes-title">
{_days(newest, channel_thumb)}
</div>
{subscribe}
<h2 id="chapters-title">Chương</h2>
<p id="summary"></p>
<ol id="chapters" aria-labelledby="chapters-title"></ol>
<h2 id="transcript-title">Lời thoại</h2>
<button id="follow" type="button" hidden>Về đoạn đang đọc</button>
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
