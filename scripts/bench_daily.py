"""The daily job against the manual path it replaces, side by side in one run.

The fixture articles are served as HTML pages with an RSS feed on loopback. `daily` reads the
feed, builds the edition and an episode per article, and writes feed and page; the baseline
is the same work by hand from the saved pages: `edition FILES...` then `feed`. A second
`daily` with nothing new is timed too. Every cold run starts from an empty cache and output
directory. Prints medians of wall time, CPU time and the peak resident memory of the whole
process tree, and the ratios.

    .venv/bin/python scripts/bench_daily.py [--repeats 3] [--articles 9]
"""

from __future__ import annotations

import argparse
import html
import os
import statistics
import sys
import tempfile
import threading
from email.utils import formatdate
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from audio_edition.proctree import MIB, run_measured

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


def as_html(text: str) -> str:
    headline, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset='utf-8'><title>{html.escape(headline)}</title></head>"
        f"<body><h1>{html.escape(headline)}</h1>{body}</body></html>"
    )


def site(folder: Path, count: int) -> list[Path]:
    pages = []
    for i, article in enumerate(ARTICLES[:count]):
        page = folder / f"bai-{i}.html"
        page.write_text(as_html(article.read_text(encoding="utf-8")), encoding="utf-8")
        pages.append(page)
    return pages


def rss(base: str, pages: list[Path]) -> str:
    items = "".join(
        f"<item><title>{p.stem}</title><link>{base}/{p.name}</link><pubDate>{formatdate()}</pubDate></item>"
        for p in pages
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>{items}</channel></rss>'


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "audio_edition", "-q", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--articles", type=int, default=len(ARTICLES))
    args = parser.parse_args()
    os.environ["AUDIO_EDITION_ALLOW_PRIVATE_URLS"] = "1"  # the loopback outlet
    results: dict[str, list[tuple[float, float, float]]] = {"edition + feed": [], "daily": [], "daily again": []}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        www = root / "www"
        www.mkdir()
        pages = site(www, args.articles)
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(www)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        (www / "rss.xml").write_text(rss(base, pages), encoding="utf-8")
        publish = ["--base-url", "https://tin.example.vn/podcast/"]
        for i in range(args.repeats):
            common = ["--engine", "espeak", "--cache-dir", str(root / f"cache-d{i}")]
            daily = cli("daily", "--from-feed", f"{base}/rss.xml", "--limit", "50", "-o", str(root / f"d{i}"))
            for key in ("daily", "daily again"):
                run = run_measured([*daily, *publish, *common])
                assert run.returncode == 0, run.stderr
                results[key].append((run.wall_s, run.cpu_s, run.peak_tree_bytes / MIB))
            out = root / f"m{i}"
            manual = [str(p) for p in pages]
            cache = ["--engine", "espeak", "--cache-dir", str(root / f"cache-m{i}")]
            edition = run_measured(cli("edition", *manual, "--title", "Bản tin", "-o", str(out), *cache))
            feed = run_measured(cli("feed", str(out), *publish))
            assert edition.returncode == 0 and feed.returncode == 0, edition.stderr + feed.stderr
            peak = max(edition.peak_tree_bytes, feed.peak_tree_bytes) / MIB
            results["edition + feed"].append((edition.wall_s + feed.wall_s, edition.cpu_s + feed.cpu_s, peak))
        server.shutdown()
    medians = {k: tuple(statistics.median(r[j] for r in v) for j in range(3)) for k, v in results.items()}
    print(f"{args.articles} articles, medians of {args.repeats}:")
    for key, (wall, cpu, peak) in medians.items():
        print(f"  {key:<15} wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak RSS (tree) {peak:6.1f} MiB")
    base_wall, base_cpu, base_peak = medians["edition + feed"]
    wall, cpu, peak = medians["daily"]
    print(f"daily / edition + feed: wall {wall / base_wall:.2f}, cpu {cpu / base_cpu:.2f}, peak {peak / base_peak:.2f}")


if __name__ == "__main__":
    main()
