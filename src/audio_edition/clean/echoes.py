"""A picture's caption between two steps of a how-to that says again what the step above it said: "Gở
bỏ những sợi chỉ và vật bám trên chăn" between "Bước 1: Gở bỏ những vật bám trên chăn như chỉ, tóc ...
trước khi cho vào máy." and "Bước 2: Gấp chăn ...". A line without a stop standing between step n and
step n + 1 heads nothing (a heading there would split a step from the next), and when most of its
words are the step's own it is the step's picture, not read. So is a picture's text that says the
headline's first words again ("4 lịch tập" under "4 Lịch tập gym hiệu quả ...") between the first
heading and its paragraph. A page's summary printed over the paragraph that opens with it, and the
headline again after a label the scrape lost (": <headline>"), are read once. An untitled page's title, printed as
each picture's text, heads it."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, shared_pairs, words

_CAPTION_WORDS = range(4, 26)
_ABOVE = 3  # how far above the caption its step may begin (a step's label over its paragraph)
_ECHO = 0.6  # the share of its words the step holds
# "Bước 1:", "1.", "2)": a step's number
_STEP = re.compile(r"^(?:(?i:bước)\s+)?(\d{1,2})\s*[:.)]\s*\S")
_NOT_A_CAPTION = re.compile(r"^(?:\d|[-–•*+#(“\"])|[:?;,]$")
_COMMON = frozenset(
    "và của các là có cho được trong những một với để thì này khi đã sẽ không như từ theo "
    "nên cần hay hoặc bạn chúng ta mình nhé rất cũng vào ra lên đến tại về do bị".split()
)


def _content(block: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", block.lower()) if w not in _COMMON}


def _share(line: set[str], block: str) -> float:
    return len(line & _content(block)) / len(line)


def _caption_shaped(block: str) -> bool:
    text = block.strip()
    return (
        words(text) in _CAPTION_WORDS
        and not ends_sentence(text)
        and not _NOT_A_CAPTION.search(text)
        and text[:1].isupper()
        and not text.isupper()
    )


def _step(block: str) -> int | None:
    m = _STEP.match(block)
    return int(m[1]) if m else None


def drop_echo_captions(d: Draft) -> Draft:
    """Captions between two steps that repeat the step above them."""
    blocks = d.blocks
    dropped: set[int] = set()
    for i in range(1, len(blocks) - 1):
        if not _caption_shaped(blocks[i]) or _step(blocks[i]) is not None:
            continue
        start = next((k for k in range(i - 1, max(-1, i - 1 - _ABOVE), -1) if _step(blocks[k]) is not None), None)
        if start is None or _step(blocks[i + 1]) != _step(blocks[start]) + 1:
            continue
        line = _content(blocks[i])
        step = " ".join(blocks[start:i])
        if line and ends_sentence(blocks[i - 1]) and _share(line, step) >= _ECHO:
            dropped.add(i)
    if not dropped:
        return d
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in dropped))


_TITLE_ECHO_WORDS = range(2, 5)
_TOP = 6
_PARAGRAPH_WORDS = 15


def drop_title_echo_under_heading(d: Draft) -> Draft:
    """ "4 Lịch tập gym ..." / "Lịch tập gym là gì?" / "4 lịch tập" / its paragraph: the picture's text unread."""
    blocks = d.blocks
    for i in range(2, min(_TOP, len(blocks) - 1)):
        text, above, below = blocks[i].strip(), blocks[i - 1], blocks[i + 1]
        echo = words(text) in _TITLE_ECHO_WORDS and blocks[0].lower().startswith(text.lower() + " ")
        heading = not ends_sentence(above) or above.rstrip().endswith("?")
        if echo and heading and ends_sentence(below) and words(below) >= _PARAGRAPH_WORDS:
            return dataclasses.replace(d, blocks=blocks[:i] + blocks[i + 1 :])
    return d


_COPY_WORDS = 15


def drop_paragraph_printed_longer(d: Draft) -> Draft:
    """A page's summary printed over the paragraph that opens with all of it and goes on ("Khi tìm
    hiểu ... cần thiết?" over "Khi tìm hiểu ... cần thiết? Hãy cùng ... nhé!", or under the title over a paragraph
    and then that one: "Trong 02 ngày ..." / "Thực hiện ..." / "Trong 02 ngày ... Cụ thể triển khai:"): read once,
    in the longer paragraph (or its tail, a copy whose opening words a site replaced with its own); so too a
    teaser cut short ("... không...") over the paragraph it cuts, a line or two further down."""
    blocks = d.blocks
    copies = {
        i
        for i in range(len(blocks) - 1)
        if words(blocks[i]) >= _COPY_WORDS
        and ends_sentence(blocks[i])
        and any(_opens(blocks[i], b) for b in blocks[i + 1 : i + (3 if i == 1 and ends_sentence(blocks[2]) else 2)])
    }
    # "Việc chọn đúng ... không..." over a label and "Việc chọn đúng ... không chỉ ...": a teaser over its paragraph
    for i, block in enumerate(blocks[:-1]):
        cut = _CUT.sub("", block)
        if cut != block and words(cut) >= _TEASER_WORDS and any(b.startswith(cut + " ") for b in blocks[i + 1 : i + 3]):
            copies.add(i)
    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if i not in copies))


_TAIL_WORDS = 8
_SENTENCE_GAP = re.compile(r"(?<=[.!?…])\s+(?=\S)")


def drop_summary_tail_said_again(d: Draft) -> Draft:
    """ "Xà phòng có thể... ăn, ... sử dụng. Trong vài năm trở lại đây, ... độc hại." (the page's summary, no title
    over it) over "Trong vài năm trở lại đây, ... độc hại. Trong các loại ...": the summary's last sentences open the
    first paragraph; said there, once, the summary keeps its first (or, its sentences already parted, loses the
    second)."""
    blocks = d.blocks
    if len(blocks) > 2 and words(blocks[1]) >= _TAIL_WORDS and blocks[2].startswith(blocks[1] + " "):
        return dataclasses.replace(d, blocks=(blocks[0], *blocks[2:]))
    if len(blocks) < 2:
        return d
    first, body = blocks[0], blocks[1]
    for gap in _SENTENCE_GAP.finditer(first):
        tail = first[gap.end() :]
        if words(tail) >= _TAIL_WORDS and body.startswith(tail) and len(body) > len(tail):
            return dataclasses.replace(d, blocks=(first[: gap.start()], *blocks[1:]))
    return d


def _opens(summary: str, paragraph: str) -> bool:
    """Whether `paragraph` opens with all of `summary` and goes on, or holds it whole."""
    return paragraph.startswith(summary + " ") or f" {summary.rstrip('.')} " in f" {paragraph} "


_CUT = re.compile(r"\s*(?:\.{3}|…)$")  # a teaser's end, cut short
_TEASER_WORDS = 6


def drop_headline_after_lost_label(d: Draft) -> Draft:
    """ ": Cảnh giác với ... Update 12/2024" in the body under that headline: the headline again after
    a label the scrape lost, not read (nor taken for a picture's text, which would make the heading
    under it a caption); so too the headline under a short label ("Nội dung tài liệu: <title>")."""
    if len(d.blocks) < 2:
        return d
    echo = ": " + d.blocks[0].strip()

    def again(block: str) -> bool:
        label, colon, rest = block.strip().partition(": ")
        return block.strip() == echo or bool(colon) and rest == echo[2:] and words(label) <= _LABEL_WORDS

    return dataclasses.replace(d, blocks=(d.blocks[0], *(b for b in d.blocks[1:] if not again(b))))


_LABEL_WORDS = 4


_RETITLE_REACH = 3
_RETITLE_WORDS = 3


def drop_headline_retitled(d: Draft) -> Draft:
    """ "Cách trị mụn ẩn tại nhà: chuẩn an toàn, hiệu quả" over "Cách trị mụn ẩn tại nhà: hiểu đúng – làm
    đúng – an toàn cho làn da": the page's other title, the headline's words up to its colon and
    another ending, with no stop; read once, as the headline."""
    blocks = d.blocks
    if not blocks or ": " not in blocks[0]:
        return d
    subject = blocks[0].split(": ", 1)[0].strip()
    if words(subject) < _RETITLE_WORDS:
        return d
    again = {
        i
        for i in range(1, min(_RETITLE_REACH, len(blocks)))
        if blocks[i].startswith(subject + ": ") and not ends_sentence(blocks[i]) and blocks[i] != blocks[0]
    }
    return dataclasses.replace(d, blocks=tuple(b for i, b in enumerate(blocks) if i not in again))


_PART_LOOKBACK = 6  # how far above a part's closing caption its heading may stand
_SHARED_WORDS = 2


def _part_heading(blocks: tuple[str, ...], i: int) -> str | None:
    """The heading of the part block `i` stands in: the nearest short line without a stop over a paragraph."""
    for k in range(i - 1, max(0, i - _PART_LOOKBACK), -1):
        if _caption_shaped(blocks[k]) or words(blocks[k]) < _CAPTION_WORDS.start:
            if not ends_sentence(blocks[k]) and ends_sentence(blocks[k + 1]):
                return blocks[k]
    return None


def drop_part_closing_captions(d: Draft) -> Draft:
    """ "Chai nhựa plastic" / its text / "Chai nhựa plastic đa dạng chủng loại ... của Dakifood" / the next
    part's heading: a line without a stop closing a part, saying the part's heading again in more words or
    fewer (or with the page's topic: "Nguyên nhân bệnh gà rù" closing "Nguyên Nhân Gây Bệnh"), is the part's picture's
    caption, not read."""
    blocks = d.blocks
    dropped = set()
    for i in range(2, len(blocks) - 2):
        nxt, text_under = blocks[i + 1], blocks[i + 2]
        if not _caption_shaped(blocks[i]) or _step(blocks[i]) is not None or not ends_sentence(blocks[i - 1]):
            continue
        if "=" in blocks[i]:
            continue  # "SLN = (cost – salvage)/ life": the part's formula, never a picture's caption
        if ends_sentence(nxt) or words(nxt) >= _CAPTION_WORDS.stop or not ends_sentence(text_under):
            continue
        if words(text_under) < _PARAGRAPH_WORDS:
            continue  # a question heading under the next one
        heading = _part_heading(blocks, i)
        said, titled = _content(blocks[i]), _content(heading or "")
        topic = _content(blocks[0])  # "Nguyên nhân bệnh gà rù" closing "Nguyên Nhân Gây Bệnh": the part, the topic
        extra = said - titled
        if len(said & titled) >= _SHARED_WORDS and (said < titled or titled < said or (extra and extra <= topic)):
            dropped.add(i)  # more words or fewer
    return dataclasses.replace(d, blocks=tuple(b for k, b in enumerate(blocks) if k not in dropped)) if dropped else d


_SAID_AGAIN_WORDS = 8


def drop_sentences_said_again(d: Draft) -> Draft:
    """ "Chè bưởi là một trong những món chè truyền thống ..." alone on a line after the paragraph that
    opened with it: a picture's caption saying a sentence of the text again, read once, in the text.
    A question (a heading) or a list item said in two places is text, kept."""
    openers: set[str] = set()
    kept = []
    for i, block in enumerate(d.blocks):
        sentence = block.strip()
        single = sentence.endswith((".", "!", "…")) and not re.search(r"[.!?…]\s+\S", sentence)
        if 1 < i < len(d.blocks) - 1 and single and words(sentence) >= _SAID_AGAIN_WORDS and sentence in openers:
            continue
        sentences = [s.strip() for s in re.split(r"(?<=[.!?…])\s+", block) if s.strip()]
        if i > 0 and len(sentences) > 1:
            openers.add(sentences[0])
        kept.append(block)
    return d if len(kept) == len(d.blocks) else dataclasses.replace(d, blocks=tuple(kept))


_TITLE_WORDS = 20


def lift_title_under_description(d: Draft) -> Draft:
    """ "Bé bị sổ mũi kéo dài phải làm sao? Tìm hiểu nguyên nhân, ..." over "Bé bị sổ mũi kéo dài phải làm sao?
    Ba mẹ chớ chủ quan!": the page's description, opening with the title's first sentence, printed over the title.
    The title is the headline, and the description, without the sentence the title says, the summary under it."""
    blocks = d.blocks
    if len(blocks) < 3:
        return d
    opening = re.match(r".+?[.!?](?=\s)", blocks[0])
    if opening is None:
        return d
    first, rest = opening.group(0), blocks[0][opening.end() :].strip()
    title = blocks[1]
    longer = words(rest) > words(title) - words(first)  # a description says more than the title adds
    if rest and title.startswith(first + " ") and words(title) <= _TITLE_WORDS and longer:
        return dataclasses.replace(d, blocks=(title, rest, *blocks[2:]))
    return d


_SUMMARY_MOST, _TITLE_MOST = 45, 15


def lift_title_under_summary(d: Draft) -> Draft:
    """ "Du học Nhật Bản hiện đang nổi lên ..., nhưng liệu bạn ...?" over "Du học Nhật Bản, điểm đến du học nhiều
    thế mạnh": a page's summary, one sentence that asks, printed over its title, the title saying two of its pairs of
    words again; the title heads the page and the summary is its lead."""
    blocks = d.blocks
    if len(blocks) < 3 or len(re.findall(r"[.!?](?:\s|$)", blocks[0])) != 1 or not blocks[0].rstrip().endswith("?"):
        return d
    summary, title = blocks[0], blocks[1]
    if ends_sentence(title) or not 4 <= words(title) <= _TITLE_MOST or words(summary) > _SUMMARY_MOST:
        return d
    if shared_pairs(summary, title) < 2 or words(summary) <= words(title):
        return d
    return dataclasses.replace(d, blocks=(title, summary, *blocks[2:]))


_UNTITLED_WORDS = 25  # a first block this long and stopped: the text, its title lost
_ALT_TITLE_WORDS = range(5, 21)
_ALT_TITLE_NEAR = 8  # its copies stand among the first blocks


def lift_title_from_pictures(d: Draft) -> Draft:
    """ "Loa ngoài điện thoại là ..." (the opening paragraph, no title over it), then "Nguyên nhân loa ngoài điện thoại
    bị rè và cách khắc phục" twice further down, never twice in a row: a page whose pictures each carry the post's
    title as their text, its own title lost; that line heads the page, read once, and the opening paragraph is its
    lead."""
    blocks = d.blocks
    if len(blocks) < 4 or words(blocks[0]) < _UNTITLED_WORDS or not ends_sentence(blocks[0]):
        return d
    near = blocks[1:_ALT_TITLE_NEAR]
    for line in near:
        # apart each time: a picture's text and its caption come as a pair, a heading over its pictures as a run
        twice = near.count(line) >= 2 and all(a != b or a != line for a, b in zip(near, near[1:]))
        if twice and not ends_sentence(line) and words(line) in _ALT_TITLE_WORDS and shared_pairs(blocks[0], line) >= 2:
            return dataclasses.replace(d, blocks=(line, *(b for b in blocks if b != line)))
    return d


# "1.1. Tẩy trắng răng ...", "2) ...": a part's number
_PART_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s+\S")


def drop_contents_line_over_text(d: Draft) -> Draft:
    """ "1.1. Tẩy trắng răng hoàn toàn an toàn nếu thực hiện đúng" over the opening paragraph, then again as a
    part's heading further down: a contents box's leftover at the top of a page whose title was lost, not its
    headline; read once, where the part begins."""
    blocks = d.blocks
    if len(blocks) < 3 or not _PART_NUMBER.match(blocks[0]) or blocks[0] not in blocks[2:]:
        return d
    again = blocks.index(blocks[0], 2)
    if again + 1 < len(blocks) and _PART_NUMBER.match(blocks[again + 1]):
        return d  # "1. ...?" / its answer ... "1. ...?" / "2. ...?": an FAQ's first question, its list printed after
    return dataclasses.replace(d, blocks=blocks[1:])


_LISTED_AGAIN = 3


def drop_parts_listed_again(d: Draft) -> Draft:
    """ "1. Bảo dưỡng ... những bước nào?" / "2. Bao lâu ...?" / ... after the text: the page's list of its parts
    printed again (a contents box below), three or more of its headings in a row, the last maybe cut short; read once,
    where each part begins."""
    blocks = d.blocks
    headings = {b for b in blocks if _PART_NUMBER.match(b) and not ends_sentence(b.rstrip("?"))}
    start = None
    for i, block in enumerate(blocks):
        seen = block in headings and blocks.index(block) < i
        cut = start is not None and i == len(blocks) - 1 and any(h.startswith(block) for h in headings if h != block)
        if seen or cut:
            start = i if start is None else start
            continue
        if start is not None and i - start >= _LISTED_AGAIN:
            return dataclasses.replace(d, blocks=blocks[:start] + blocks[i:])
        start = None
    if start is not None and len(blocks) - start >= _LISTED_AGAIN:
        return dataclasses.replace(d, blocks=blocks[:start])
    return d


# "<title>/ Nguyễn Thị Quỳnh Nhung. 2014": a library's record of the work, its writer and year
_RECORD_TAIL = re.compile(r"\s*/\s*[A-ZĐÀ-Ỹ][^./]{2,60}\.\s*(?:\d{4}\.?)?")
_RECORD_LINES = 3


def drop_catalogue_record(d: Draft) -> Draft:
    """A library's record under the title (the title again, "/", the writer, the year) is not read."""
    if not d.blocks:
        return d
    title = d.blocks[0].rstrip(".")

    def record(block: str) -> bool:
        return block.startswith(title) and _RECORD_TAIL.fullmatch(block[len(title) :]) is not None

    kept = [b for i, b in enumerate(d.blocks) if i == 0 or i >= _RECORD_LINES or not record(b)]
    return dataclasses.replace(d, blocks=tuple(kept))


def drop_summary_over_title_again(d: Draft) -> Draft:
    """The title, the page's summary, the title again and the article, whose opening paragraphs the summary
    runs together ("Mã lực ... là một đơn vị cũ ... 1 HP = 0,736kW ..." over "Mã lực ... là một đơn vị cũ ...",
    "Trong thực tế ...", "1 HP = ..."): the summary and the second title go, the article is read once."""
    blocks = d.blocks
    if len(blocks) < 5 or blocks[2].strip() != blocks[0].strip():
        return d
    summary, opening = " ".join(blocks[1].split()), " ".join(blocks[3].split())
    if words(opening) < _SAID_AGAIN_WORDS or not summary.startswith(opening) or len(summary) <= len(opening):
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[3:]))
