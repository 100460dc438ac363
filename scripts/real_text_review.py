"""Read real articles as the tool would, for an editor to count what it gets wrong.

For each article file (plain-text scrapes, as a user saves them): the lines dropped as page
furniture, the metadata found, the headline, lead and chapter titles, and every sentence as
written and as it will be spoken. Sentences the normalizer left unchanged are not shown
unless --all. The articles themselves stay outside the repository; `data/real_articles.tsv`
lists their addresses.

    .venv/bin/python scripts/real_text_review.py ~/realtext
    .venv/bin/python scripts/real_text_review.py ~/realtext/07-sggp-keo-tru.txt --all
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audio_edition.clean.patterns import BULLET, END_MARK
from audio_edition.errors import InputError
from audio_edition.jobs.episode import Settings, plan_article, read_article
from audio_edition.text.unicode import clean_unicode


def review(path: Path, show_all: bool) -> int:
    try:
        article = read_article(path)
    except InputError as exc:
        print(f"==== {path.name}: {exc}")
        return 0
    plan = plan_article(article, Settings())
    kept = " ".join(
        [article.headline, article.lead or ""]
        + [p for s in article.sections for p in ((s.title or ""),) + s.paragraphs]
    )
    words = len(kept.split())
    print(f"==== {path.name}: {words} words spoken")
    print(f"  outlet={article.outlet!r} category={article.category!r} published={article.published!r}")
    print(f"  byline={article.byline!r}")
    for line in clean_unicode(path.read_text(encoding="utf-8")).splitlines():
        block = BULLET.sub("", " ".join(line.split()))
        closed = END_MARK.sub("", block)  # "... xuất khẩu/." is read without its closing mark
        if block and block not in kept and closed not in kept:
            print(f"  DROPPED  {block[:110]}")
    for segment in plan.segments:
        print(f"  [{segment.kind.value}] {segment.title}")
        for sentence in segment.sentences:
            if show_all or sentence.text != sentence.spoken:
                print(f"    W: {sentence.text}\n    S: {sentence.spoken}")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="article files or directories of them")
    parser.add_argument("--all", action="store_true", help="show unchanged sentences too")
    args = parser.parse_args()
    files = [f for p in args.paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    total = sum(review(f, args.all) for f in files)
    print(f"{len(files)} articles, {total} words spoken", file=sys.stderr)


if __name__ == "__main__":
    main()
