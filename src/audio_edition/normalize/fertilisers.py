"""A fertiliser's grade ("NPK 16-12-8-11+TE"): its shares one by one, and its trace elements."""

from __future__ import annotations

import re

from .numbers import read_number
from .options import Options


def fertiliser_grades(text: str, opts: Options) -> str:
    """ "NPK 16-12-8-11+TE" -> "NPK mười sáu, mười hai, tám, mười một cộng tê e"; "hoặc 12-7-17+TE" after one, or a
    grade with its trace elements alone, too."""
    text = _NPK_GRADE.sub(lambda m: m["pre"] + _npk(m, opts), text)
    return _NPK_OTHER.sub(lambda m: (m["pre"] or "") + _npk(m, opts), text)


# "NPK 16-12-8-11+TE", "NPK Đầu Trâu 20-20-15": a fertiliser's grade, its shares one by one (and its trace elements)
_NPK_GRADE = re.compile(
    r"(?P<pre>\bNPK\s+(?:[^\W\d_]+\s+){0,3})(?P<g>\d{1,2}(?:-\d{1,2}){2,3})(?P<te>\+\s?TE)?(?![\w-])"
)


# "NPK 12-12-17+TE hoặc 12-7-17+TE", "bón 20-20-15+TE": another grade named after one, or with its trace elements
_NPK_OTHER = re.compile(
    r"(?P<pre>\bNPK\b[^.;:\n]{0,80}?\b(?:hoặc|và)\s+)?(?<![\w.,/-])(?P<g>\d{1,2}(?:-\d{1,2}){2,3})"
    r"(?(pre)(?P<te>\+\s?TE)?|(?P<te2>\+\s?TE))(?![\w-])"
)


def _npk(m: re.Match[str], opts: Options) -> str:
    shares = ", ".join(read_number(n, opts) for n in m["g"].split("-"))
    return shares + (" cộng tê e" if m["te"] or m.groupdict().get("te2") else "")
