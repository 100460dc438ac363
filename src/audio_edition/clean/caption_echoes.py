"""Lines a page prints twice: a sentence of the text pulled out in large type, and a picture's caption telling, word
for word, what the text tells."""

from __future__ import annotations

import re

from .draft import ends_sentence, words

_PULL_SOURCE_WORDS = 20
_QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def pulled_from(block: str, earlier: tuple[str, ...]) -> bool:
    """`block` is what someone says in quotation marks in one of the `earlier` paragraphs."""
    said = _unquoted(block)
    quoted = (q for b in earlier if words(b) >= _PULL_SOURCE_WORDS for q in _QUOTED.findall(b))
    return any(said == _unquoted(q) for q in quoted)


ECHO_WORDS = 8


def echoes_the_text(block: str, others: tuple[str, ...]) -> bool:
    """An unstopped line of eight words or more whose words, in order, one sentence of the text
    says too, with no more words between them than the line has ("Ban tổ chức tặng giấy khen cho 20 giáo viên đạt giải
    ba" under a picture, "... tặng giấy khen cho 06 giáo viên đạt giải nhì, 20 giáo viên đạt giải
    ba và ..." in the text): the picture's caption, telling what the text tells. The product pictured may be named in
    it, a run of words in plain letters the text does not say ("Thay ruột xe đạp Road Continental 28′ S60 RE sẽ giúp
    ..." under "Thay ruột xe đạp sẽ giúp ...")."""
    if ends_sentence(block) or words(block) < ECHO_WORDS:
        return False
    line = re.findall(r"\w+", _without_model(block).lower())
    if len(line) < ECHO_WORDS:
        return False
    for other in others:
        told = re.findall(r"\w+", other.lower())
        if len(told) <= len(line) or not ends_sentence(other):
            continue
        at = gap = 0
        for word in told:
            if at < len(line) and word == line[at]:
                at += 1
            elif 0 < at < len(line):
                gap += 1
        if at == len(line) and gap <= len(line):
            return True
    return False


# "Road Continental 28′ S60 RE": a product's make and model, capitals and figures in plain letters, in one run
_MODEL = re.compile(r"(?<=\s)(?:[A-Z0-9][A-Za-z0-9]*[′'\"”]?\s+){2,6}(?=[a-zà-ỹđ])")


def _without_model(block: str) -> str:
    """`block` without one run of a product's make and model in it, if it has one."""
    runs = _MODEL.findall(block)
    return _MODEL.sub("", block) if len(runs) == 1 else block


def _unquoted(text: str) -> str:
    """Text as a pulled quotation compares: without quotes or closing marks, spaces as one."""
    return " ".join(re.sub(r"[\"“”'‘’.…!?]", "", text).split()).lower()


def in_verse(blocks: tuple[str, ...], i: int) -> bool:
    """Whether blocks[i] stands among a poem's lines: two short lines before it and two after, none a label."""
    around = blocks[i - 2 : i + 3]
    return i >= 2 and len(around) == 5 and all(words(b) <= _VERSE_WORDS and not b.endswith(":") for b in around)


_VERSE_WORDS = 10
_COUPLET = (6, 8)  # a lục bát couplet's lines, six words then eight


def verse_line(blocks: tuple[str, ...], i: int) -> bool:
    """Whether blocks[i] is a line of a poem the text quotes: short, beside a short line that ends on a comma or a
    semicolon, or one of a couplet of six words then eight ("Chuồn chuồn bay thấp thì mưa" / "Bay cao thì ...")."""

    def short(b: str) -> bool:
        return 0 < words(b) <= _VERSE_WORDS and not b.endswith(":")

    block, before = blocks[i], blocks[i - 1] if i > 0 else ""
    after = blocks[i + 1] if i + 1 < len(blocks) else ""
    paired = (words(before), words(block)) == _COUPLET or (words(block), words(after)) == _COUPLET
    return short(block) and (
        paired or (short(before) and before.rstrip()[-1:] in ",;") or (block.rstrip()[-1:] in ",;" and short(after))
    )


def echoes_the_heading(text: str, before: str) -> bool:
    """“Hỏng cảm biến trục khuỷu” under "3.Hỏng cảm biến trục khuỷu:": a picture's caption echoing
    the heading above it, in quotes, or in small letters under a numbered heading in capitals ("I. CV LÀ GÌ?")."""
    quoted = re.fullmatch(r"[“\"]([^”\"]{3,120})[”\"]", text)
    heading = re.sub(r"^\s*(?:\d+|[IVX]{1,4})\.\s*|\s*:\s*$", "", before)
    shouted = heading != before and heading.isupper() and not text.isupper()
    inner = quoted[1] if quoted else text if shouted else ""
    return bool(inner) and inner.strip().lower() == heading.strip().lower()
