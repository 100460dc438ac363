"""The mark that closes an article ("…/.", "./."), a desk's mark glued to the last stop ("... tháng 5/2022.PV") and
the writer and agency after the mark: typography and credits, not speech."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .draft import Draft, ends_sentence, words

_DESK_MARK = re.compile(r"(?<=[.!?…])\s*(?:PV|P\.V|BTV|CTV|TH|T\.H)\.?$")
_CREDIT_AFTER_MARK = re.compile(
    rf"(?<=[.!?…])\s*/\.\s*(?P<names>[{P.UPPER}][^\W\d_]*(?:\s+[{P.UPPER}][^\W\d_]*){{0,3}}/[A-ZĐ]{{2,8}})$"
)


# "... tiêu biểu cho phong trào Thơ Mới. Wikipedia": a quoted summary's source after its last stop
_SOURCE_AFTER_STOP = re.compile(r"(?<=[.!?…])\s+\(?(?:Theo )?Wikipedia\)?\.?$")


def strip_end_mark(d: Draft) -> Draft:
    """The "…/." or "./." that closes the last paragraph is typography, not speech; nor is a
    desk's mark glued to its last full stop ("... tháng 5/2022.PV"), nor, in any paragraph, the encyclopedia a
    summary was quoted from after its last stop ("... Thơ Mới. Wikipedia")."""
    if not d.blocks:
        return d
    if any(_SOURCE_AFTER_STOP.search(b) for b in d.blocks):
        d = dataclasses.replace(d, blocks=tuple(_SOURCE_AFTER_STOP.sub("", b) for b in d.blocks))
    block = _DESK_MARK.sub("", d.blocks[-1])
    credit = _CREDIT_AFTER_MARK.search(block)
    if credit:  # "... 450.000 tỷ đồng./.Hải Âu/TTXVN": the writer and the agency after the mark
        block = block[: credit.start()] + "/."
    d = dataclasses.replace(d, blocks=d.blocks[:-1] + (block,), byline=d.byline or (credit and credit["names"]))
    m = P.END_MARK.search(block)
    if not m:
        return d
    last = block[: m.start()]
    if not last.endswith((".", "…", "!", "?")):
        last += "."
    return dataclasses.replace(d, blocks=d.blocks[:-1] + (last,))


# "Nguồn: VnExpress", "Theo Báo Hà Tĩnh": the line naming where the text came from, short and without a stop
_SOURCE_LINE = re.compile(r"(?:Nguồn|Theo)\s*:?\s+[^.!?]{2,40}")
_TEASER_MOST, _STUB_WORDS = 30, 3


def drop_teasers_after_source(d: Draft) -> Draft:
    """ "Nguồn: VnExpress" / "Thoái hoá điểm vàng (AMD) gồm hai loại ... và…" / "Nếu uống đều đặn ... không…": the
    site's teasers of other stories after the text's source, every one cut short on an ellipsis; not read."""
    source = next((i for i in range(len(d.blocks) - 2, 0, -1) if _SOURCE_LINE.fullmatch(d.blocks[i])), None)
    tail = d.blocks[source + 1 :] if source is not None else ()
    cut = [b.rstrip().endswith(("…", "...")) and words(b) <= _TEASER_MOST for b in tail]
    if len(cut) > 1 and words(tail[-1]) <= _STUB_WORDS and not ends_sentence(tail[-1]):
        cut[-1] = True  # "Nhiều ngư": the last teaser cut where the page ends
    return dataclasses.replace(d, blocks=d.blocks[: source + 1]) if cut and all(cut) else d
