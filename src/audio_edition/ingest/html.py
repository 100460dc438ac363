"""HTML news pages -> a Document whose text has the same shape as a plain-text scrape
(headline, lead, body paragraphs, "## " subheadings), plus the page's metadata.

The main text comes from trafilatura; a table of per-outlet rules (data/outlets.toml) names
the sapo, headline, body and byline elements and the boxes to drop first, for the main
Vietnamese outlets. Everything after this module treats HTML and text articles alike.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Document, Metadata
from ..text.legacy import repair
from ..text.unicode import clean_unicode
from .encoding import decode

log = logging.getLogger(__name__)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_DATE_META = (
    "meta[property='article:published_time']",
    "meta[itemprop='datePublished']",
    "meta[name='pubdate']",
    "meta[name='publishdate']",
    "meta[name='article:published_time']",
)


@dataclass(frozen=True, slots=True)
class Outlet:
    """An outlet's CSS selectors for its headline, sapo, body and author, and what to drop."""

    name: str
    domains: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    headline: tuple[str, ...] = ()
    sapo: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    stamp: tuple[str, ...] = ()  # a location stamp inside the sapo, dropped before it is read
    aliases: tuple[str, ...] = ()  # how it names itself in a scrape's prefix or masthead, lower case


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, tuple[Outlet, ...]]:
    """The generic rules and the per-outlet table."""
    text = resources.files(__package__).joinpath("data").joinpath("outlets.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)

    def outlet(entry: dict[str, Any]) -> Outlet:
        fields: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in entry.items()}
        return Outlet(**fields)

    return outlet({"name": "generic", **data["generic"]}), tuple(outlet(e) for e in data["outlet"])


@lru_cache(maxsize=1)
def outlet_names() -> dict[str, str]:
    """Every outlet's aliases (lower case: "tto", "tuổi trẻ online") -> its name."""
    return {alias: o.name for o in outlets()[1] for alias in o.aliases}


def decode_html(data: bytes, source: str, header_charset: str | None = None) -> str:
    """The page's text: the HTTP charset, else the meta charset, else detection."""
    charset = header_charset
    if not charset:
        m = _META_CHARSET.search(data[:4096])
        charset = m.group(1).decode("ascii", "ignore") if m else None
    if charset:
        try:
            return clean_unicode(repair(data.decode(charset)))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, source)


def _select(tree: Any, selector: str) -> list[Any]:
    """Elements matching a CSS selector; a bad selector in the table matches nothing (logged)."""
    from cssselect import SelectorError

    try:
        return list(tree.cssselect(selector))
    except SelectorError as exc:
        log.warning("ignoring the outlet-table selector %r (%s)", selector, exc)
        return []


def _texts(tree: Any, selectors: tuple[str, ...]) -> list[str]:
    for selector in selectors:
        texts = [" ".join(el.text_content().split()) for el in _select(tree, selector)]
        texts = [t for t in texts if t]
        if texts:
            return texts
    return []


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


def _meta(tree: Any, selector: str) -> str | None:
    found = tree.cssselect(selector)
    value = found[0].get("content") if found else None
    return " ".join(value.split()) if value and value.strip() else None


_MAX_JSON_DEPTH = 64  # an article's JSON-LD is a few levels deep


def _nesting(text: str) -> int:
    """How deep the brackets of a JSON text nest (strings' brackets counted too: an over-estimate)."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _json_ld(tree: Any) -> dict[str, Any]:
    for script in tree.cssselect("script[type='application/ld+json']"):
        text = script.text_content()
        if _nesting(text) > _MAX_JSON_DEPTH:  # a block nested thousands deep would exhaust the stack
            log.warning("a JSON-LD block nested over %d levels deep is not read", _MAX_JSON_DEPTH)
            continue
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and str(item.get("@type", "")).endswith("Article"):
                return item
    return {}


def _host(tree: Any, url: str | None) -> str:
    for candidate in (url, _meta(tree, "meta[property='og:url']")):
        if candidate:
            return (urlsplit(candidate).hostname or "").lower()
    links = tree.cssselect("link[rel='canonical']")
    return (urlsplit(links[0].get("href", "")).hostname or "").lower() if links else ""


def match_outlet(tree: Any, url: str | None) -> Outlet | None:
    """The outlet table's entry for a page, by its address or its site name, if any."""
    host = _host(tree, url)
    site = (_meta(tree, "meta[property='og:site_name']") or "").lower()
    for outlet in outlets()[1]:
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet
        if site and site in (s.lower() for s in outlet.site_names):
            return outlet
    return None


def _local_iso(value: str | None) -> str | None:
    """ "2024-11-15T08:00:00+07:00" -> "2024-11-15T08:00" (the time the outlet printed)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
        return m.group(0) if m else None
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value.strip()):
        return parsed.strftime("%Y-%m-%d")
    return parsed.strftime("%Y-%m-%dT%H:%M")


def _drop(tree: Any, selectors: tuple[str, ...]) -> None:
    """Remove what `selectors` match; the text that follows a removed element (its tail) stays."""
    for selector in selectors:
        for el in _select(tree, selector):
            if el.getparent() is not None and el.tag not in ("html", "body"):
                el.drop_tree()


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_BLOCKS = ("p", "li", "blockquote", "pre", *_HEADINGS)


def _paragraphs(blocks: list[str]) -> list[str]:
    return [b for b in blocks if not b.startswith("## ")]


def _is_all_bold(el: Any, text: str) -> bool:
    bold = " ".join(" ".join(b.text_content().split()) for b in el.iter("strong", "b"))
    return bool(bold) and bold == text


def _blocks_from_element(body: Any) -> tuple[list[str], str | None]:
    """Paragraphs and "## " subheadings of a known outlet's body element, in page order."""
    blocks: list[str] = []
    first_bold: str | None = None
    taken: set[Any] = set()
    for el in body.iter(*_BLOCKS):
        if any(a in taken for a in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if not text:
            continue
        taken.add(el)
        if el.tag in _HEADINGS:
            blocks.append(f"## {text}")
            continue
        if first_bold is None and not _paragraphs(blocks) and _is_all_bold(el, text):
            first_bold = text
        blocks.append(text)
    return blocks, first_bold


def _blocks_from_page(tree: Any) -> tuple[list[str], str | None]:
    """Paragraphs and "## " subheadings that trafilatura finds in an unknown page."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        tree,
        output_format="xml",
        include_formatting=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    if not xml:
        return [], None
    root = etree.fromstring(xml.encode("utf-8"))
    blocks: list[str] = []
    first_bold: str | None = None
    for el in root.iter("head", "p", "item"):
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if el.tag == "head":
            if el.get("rend") != "h1":  # the page's headline, read separately
                blocks.append(f"## {text}")
            continue
        bold = " ".join(" ".join("".join(h.itertext()).split()) for h in el.iter("hi") if (h.get("rend") or "") == "#b")
        if first_bold is None and not _paragraphs(blocks) and bold == text:
            first_bold = text
        blocks.append(text)
    return blocks, first_bold


MAX_DEPTH = 2048  # libxml2's limit with huge_tree; deeper elements would be dropped


def read_html(data: bytes, source: str, url: str | None = None, header_charset: str | None = None) -> Document:
    """Extract the article of an HTML page into a Document."""
    from lxml import html as lxml_html

    text = decode_html(data, source, header_charset)
    parser = lxml_html.HTMLParser(huge_tree=True)  # CMS exports nest past libxml2's default 256 levels
    try:
        tree = lxml_html.fromstring(text, parser=parser)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise InputError(f"{source}: the HTML cannot be parsed ({exc})") from exc
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise InputError(
            f"{source}: the page nests its elements too deeply to be read whole (more than {MAX_DEPTH} levels)",
            hint="save the article's text as a .txt file and build that",
        )
    generic, _ = outlets()
    outlet = match_outlet(tree, url)
    rules = outlet or Outlet(name="")
    ld = _json_ld(tree)

    headline = _first(_texts(tree, rules.headline)) or _meta(tree, "meta[property='og:title']")
    headline = headline or _first(_texts(tree, ("h1",))) or ld.get("headline")
    if not headline:
        raise InputError(f"{source}: no headline found in the page", hint="is this a news article page?")
    _drop(tree, rules.stamp + generic.stamp)  # "Hà Nội" glued to the sapo's first word otherwise
    sapo = _first(_texts(tree, rules.sapo + generic.sapo))
    author = _first(_texts(tree, rules.author)) or _meta(tree, "meta[name='author']")
    if not author and isinstance(ld.get("author"), dict):
        author = ld["author"].get("name")
    published = next((v for v in (_meta(tree, s) for s in _DATE_META) if v), None) or ld.get("datePublished")
    category = _meta(tree, "meta[property='article:section']")
    site = _meta(tree, "meta[property='og:site_name']")
    publisher = ld.get("publisher", {}).get("name") if isinstance(ld.get("publisher"), dict) else None

    _drop(tree, rules.drop + generic.drop)
    bodies = [el for s in rules.body for el in _select(tree, s)]
    blocks, first_bold = _blocks_from_element(bodies[0]) if bodies else _blocks_from_page(tree)
    lead = (
        sapo or first_bold or _meta(tree, "meta[name='description']") or _meta(tree, "meta[property='og:description']")
    )
    if lead:
        blocks = [b for b in blocks if b != lead and not (len(b) > 20 and lead.startswith(b))]
    if author:
        blocks = [b for b in blocks if b.strip("* ") != author]
    lines = [headline, *([lead] if lead else []), *blocks]
    metadata = Metadata(
        outlet=rules.name or site or publisher,
        byline=author,
        category=category,
        published=_local_iso(published),
        url=url,
    )
    return Document(source=source, text=clean_unicode("\n\n".join(lines)), media_type="text/html", metadata=metadata)
