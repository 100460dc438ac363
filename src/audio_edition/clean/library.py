"""A document library's page: under the document's title, its file line ("pdf 63 trang Gia Huy
22/05/2022 2020": the file's type, its pages, who posted it, when, how often it was read); in the
preview of its pages under the line, each page's number left at its end ("... sẽ bị nghiêm cấm. 2
1"). None of it is read; the preview's text is."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_FILE_LINE = re.compile(r"(?i:pdf|docx?|pptx?|xlsx?)\s+\d{1,4}\s+trang\b[^.!?]{0,80}")
_PAGE_NUMBERS = re.compile(r"(?<=[.!?…])\s+\d{1,3}(?:\s+\d{1,3})?$")
_TOP_BLOCKS = 4


def drop_library_file_line(d: Draft) -> Draft:
    """The file line near the top and, on a page that has one, the pages' numbers at the ends of
    the preview's paragraphs, and each page's number with the document's title printed over it ("2. 100 truyện
    hay ..."); a preview over "Bạn đang xem tài liệu ..." that the document's text under it repeats."""
    d = _without_repeated_preview(d)
    line = next((i for i, b in enumerate(d.blocks[:_TOP_BLOCKS]) if _FILE_LINE.fullmatch(b.strip())), None)
    if line is None:
        return d
    blocks = (b for i, b in enumerate(d.blocks) if i != line)
    if d.blocks[0] != d.blocks[line] and len(title := d.blocks[0].strip()) > _TITLE_LETTERS:
        heads = re.compile(rf"\d{{1,3}}\.\s+{re.escape(title)}\s*", re.IGNORECASE)
        blocks = (b for b in (heads.sub("", b, count=1) if heads.match(b) else b for b in blocks) if b)
    return dataclasses.replace(d, blocks=_page_numbers_off(tuple(_PAGE_NUMBERS.sub("", b) for b in blocks)))


_PAGE_HEAD = re.compile(r"(\d{1,3})\.\s+(?=\S)")


def _page_numbers_off(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """ "1. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ...", "2. ...": the preview's pages, each opening on its number, from
    the first paragraph under the title on; never read."""
    out, page = list(blocks), 1
    first = next((i for i, b in enumerate(blocks[1:_PREVIEW_BLOCKS], 1) if b.startswith("1. ")), len(blocks))
    for i in range(first, len(out)):
        m = _PAGE_HEAD.match(out[i])
        if m and int(m[1]) == page:
            out[i], page = out[i][m.end() :], page + 1
    return tuple(out)


_TITLE_LETTERS = 10
_VIEWING = re.compile(r"(?i:bạn đang xem (?:\d+ trang mẫu của )?tài liệu)\b")
_PREVIEW_BLOCKS = 12


def _without_repeated_preview(d: Draft) -> Draft:
    """ "Giáo án ..." / its preview / "Bạn đang xem tài liệu ..." / the document from its start: the preview and
    the notice go when most of the preview's paragraphs come again under the notice."""
    k = next((i for i, b in enumerate(d.blocks[:_PREVIEW_BLOCKS]) if _VIEWING.match(b)), 0)
    first = next((i for i in range(1, k) if d.blocks[i] != d.blocks[0]), k)
    preview, after = d.blocks[first:k], {" ".join(b.split()) for b in d.blocks[k + 1 :]}
    if not preview or 2 * sum(" ".join(b.split()) in after for b in preview) < len(preview):
        return d
    return dataclasses.replace(d, blocks=d.blocks[:first] + d.blocks[k + 1 :])


# a slide host's page: the document's title over "Embed Size (px)", then "Citation preview" over the
# document's text printed again, its spaces after stops lost
_EMBED = re.compile(r"(?i:embed size\s*\(px\)|citation preview)")
_EMBED_TITLE_WORDS = 8


def _letters(text: str) -> str:
    return re.sub(r"[\W\d_]+", "", text).lower()


def drop_embed_preview(d: Draft) -> Draft:
    """A slide host's embed box and citation preview: their labels, the title over them, and the
    preview's copy of text read above."""
    marks = [i for i, b in enumerate(d.blocks) if _EMBED.fullmatch(b.strip())]
    if not marks:
        return d
    gone = set(marks)
    first = marks[0]
    if first > 0 and len(d.blocks[first - 1].split()) <= _EMBED_TITLE_WORDS:
        gone.add(first - 1)  # "Cây thuốc nam": the document's name over the box
    read = _letters(" ".join(d.blocks[: first - 1]))
    gone |= {i for i in range(marks[-1] + 1, len(d.blocks)) if _letters(d.blocks[i]) in read}
    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(d.blocks) if i not in gone))
