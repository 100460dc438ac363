"""Lighthouse's Performance and Accessibility scores of the listen page with 30 episodes, at
phone size (Lighthouse's mobile emulation), served on loopback by `audio-edition serve`'s server.

The 30 episodes are one article built with the offline voice and copied under 30 titles over
ten days (the page's weight is its list, thumbnails and script, not the MP3s, which it does not
preload). Lighthouse comes from the npm registry:

    npm install --prefix /tmp/lh lighthouse@12
    .venv/bin/python scripts/lighthouse_page.py --lighthouse /tmp/lh/node_modules/.bin/lighthouse --runs 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "toquoc-2018-11-07-bo-tttt.txt"


def cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "audio_edition", "-q", *args], check=True)


def thirty_episodes(out: Path, cache: Path) -> None:
    """One real episode, then 29 copies of it under other titles, names and dates."""
    cli("build", str(SAMPLE), "-o", str(out), "--engine", "espeak", "--cache-dir", str(cache))
    manifest_path = next(p for p in out.glob("*.json") if not p.name.endswith(".chapters.json"))
    original = json.loads(manifest_path.read_text(encoding="utf-8"))
    start = datetime.now(timezone(timedelta(hours=7))).replace(microsecond=0)
    for n in range(1, 30):
        names = {kind: f"ep{n:02d}-{name}" for kind, name in original["files"].items()}
        for kind, name in original["files"].items():
            shutil.copy2(out / name, out / names[kind])
        copy = dict(original)
        copy["files"] = names
        copy["checksums"] = {f"ep{n:02d}-{name}": sha for name, sha in original.get("checksums", {}).items()}
        copy["title"] = f"{original['title']} (số {n + 1})"
        copy["source"] = f"https://tin.example.vn/bai-{n}.html"
        copy["published"] = (start - timedelta(hours=8 * n)).isoformat()
        copy["segments"] = [dict(s, text=f"{s['text']} {n}") for s in original["segments"]]
        (out / f"ep{n:02d}-{manifest_path.name}").write_text(json.dumps(copy, ensure_ascii=False), encoding="utf-8")


def lighthouse(binary: str, url: str, report: Path) -> dict[str, float]:
    env = dict(os.environ, CHROME_PATH=shutil.which("chromium") or shutil.which("google-chrome") or "")
    command = [binary, url, "--quiet", "--output=json", f"--output-path={report}"]
    command += ["--only-categories=performance,accessibility", "--form-factor=mobile"]
    command += ["--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"]
    subprocess.run(command, check=True, env=env)
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: categories[name]["score"] * 100 for name in ("performance", "accessibility")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lighthouse", default="lighthouse", help="the lighthouse command (npm package)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--report", type=Path, help="also keep the last run's JSON report here")
    args = parser.parse_args()

    from audio_edition.publish.serve import make_server

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "podcast"
        thirty_episodes(out, Path(tmp) / "cache")
        server = make_server(out, port=0)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        cli("feed", str(out), "--base-url", base, "--title", "Bản tin thử", "--author", "Tòa soạn thử")
        episodes = len([p for p in out.glob("*.json") if p.name not in ("feed.json",) and ".chapters." not in p.name])
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            page = base + "index.html"
            runs = [lighthouse(args.lighthouse, page, Path(tmp) / f"run{i}.json") for i in range(args.runs)]
        finally:
            server.shutdown()
        if args.report:
            shutil.copy(Path(tmp) / f"run{args.runs - 1}.json", args.report)
        page_kib = (out / "index.html").stat().st_size / 1024
    for name in ("performance", "accessibility"):
        scores = [r[name] for r in runs]
        print(f"{name}: median {statistics.median(scores):.0f} (runs: {', '.join(f'{s:.0f}' for s in scores)})")
    print(f"{episodes} episodes, index.html {page_kib:.0f} KiB")


if __name__ == "__main__":
    main()
