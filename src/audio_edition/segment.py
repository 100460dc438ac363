"""Split a cleaned article into headline, lead and body sections, and those into sentences."""

from __future__ import annotations

import dataclasses
import re

from . import lead_labels
from .clean import Draft, clean
from .clean.draft import menu_label
from .clean.header import titles_a_tag_page
from .clean.part_headings import dashed_guide_heading
from .clean.patterns import FIGURE_CELL, FORMAT_LABEL, NUMBERED_PART, SALUTATION, SECTIONS
from .clean.rules import ends_sentence, words
from .clean.summary_first import LABELLED, NUMBERED_HEADING, summary_over_title
from .errors import InputError
from .headline_marks import bare_headline
from .lead_labels import bulleted_label, echoes_title, fact_sheet, leading_fields, list_label, numbering, shouted
from .line_runs import INNER_STOP, bulleted_item, closes_a_list, closing_items, list_item, stanzas, unstopped_page
from .model import Article, Document, Section
from .opening import fronted_opening, opening_clause
from .text.letters import scrambled_marks
from .text.sentences import split_sentences

MAX_HEADLINE_WORDS = 60  # real headlines run to 48 words; a line longer than this is a paragraph
MAX_SUBHEADING_WORDS = 16

_SERIES_PART = re.compile(r"(?:Bài|Kỳ|Phần)\s+(?:\d{1,2}|[IVX]{1,4})\s*:\s*\S")  # a series' part under its kicker
_MARKDOWN_HEADING = re.compile(r"^(?:#{1,6}\s+|\*\*(?=.+\*\*$))")


def build_article(doc: Document) -> Article:
    """Clean `doc` and find its headline, lead, sections and metadata; metadata the input states
    outright (an HTML page's head) wins over what the text implies."""
    if scrambled := scrambled_marks(doc.text):
        raise InputError(
            f"{doc.source}: {scrambled}", hint="the page guards against copying; take the article elsewhere"
        )
    draft = clean(doc.text)
    meta = doc.metadata
    draft = dataclasses.replace(
        draft,
        outlet=meta.outlet or draft.outlet,
        byline=meta.byline or draft.byline,
        category=meta.category or draft.category,
        published=meta.published or draft.published,
    )
    return article_from_blocks(draft, doc.source, html=doc.media_type == "text/html")


_MAX_CAPTION_WORDS = 25
_PARAGRAPH_WORDS = 20
# "... cần biết những thông tin sau:", "... bao gồm:": a sentence that opens a list
# "... các nhóm sở thích sau đây thường xuyên sinh hoạt tại văn phòng Hội:" too
_LIST_OPENER = re.compile(r"(?i:\bsau|\bgồm|\bnhư sau)\s*:\s*$|(?i:\bsau đây\b)[^.!?]{0,80}:\s*$")


_FIGURE = re.compile(r"^\d|\d[\d.,]* ?(?:yên|đồng|USD|đ|giờ)\b")
_LEGAL_BASIS = re.compile(r"(?:Căn cứ|Xét đề nghị|Theo đề nghị)\s[^.]*;$")  # "Căn cứ Luật ... ngày 26/11/2003;"


def article_from_blocks(draft: Draft, source: str, html: bool = False) -> Article:
    """Headline, lead, sections and metadata from the cleaned blocks of a Draft."""
    blocks = [b for b in draft.blocks if re.search(r"\w", b)]
    category = draft.category
    # an article's own date line: with its time and writer, or right under its title
    signed = (draft.byline is not None and "T" in (draft.published or "")) or draft.dated_title
    if not html and not signed and titles_a_tag_page(blocks):  # a tag page's scrape: its title is the category
        category = category or blocks.pop(0)
    labelled = len(blocks) > 2 and menu_label(blocks[0]) in SECTIONS and not ends_sentence(blocks[1])
    if not html and labelled and ends_sentence(blocks[2]):  # "Xu hướng" over "GPLX quốc tế IDP": a section, no title
        category = category or blocks.pop(0)
    if not html and summary_over_title(blocks, draft.listed):  # the headline first, the summary as the lead
        blocks[0], blocks[1] = blocks[1], blocks[0]
    if not blocks:
        raise InputError(
            f"{source}: no headline found: nothing but the site's furniture (menus, contacts, labels) is left",
            hint="is this a news article?"
            if html
            else "the article should start with its headline on a line of its own",
        )
    opening = split_sentences(blocks[0])
    # a page that opens with a paragraph, no headline: its first sentence heads it; two long sentences, the first
    # closed by a full stop, are a paragraph too (a headline may ask and answer; a title of questions is one title)
    two_sentences = len(opening) == 2 and (
        words(blocks[0]) > MAX_HEADLINE_WORDS
        or (words(blocks[0]) > MAX_HEADLINE_WORDS // 2 and opening[0].rstrip("”\"' ").endswith("."))
    )
    asks = all(s.rstrip().endswith("?") for s in opening[:-1])  # "Khi nào ...? Những dụng cụ nào ...? Những bước ..."
    limit = MAX_HEADLINE_WORDS if asks else MAX_HEADLINE_WORDS // 2
    titled = not ends_sentence(blocks[0]) and words(blocks[0]) <= limit  # "... Là Gì? Có Nên ...?"
    if (len(opening) >= 3 and not titled) or two_sentences:
        blocks[0:1] = [opening[0], re.sub(r"(?<=\w)$", ".", " ".join(opening[1:]))]  # the rest: the lead, never a part
    # a listing of long summaries, one after another: the first, whole, heads it
    long_summary = (
        not html
        and len(opening) == 1
        and len(blocks) > 2
        and all(ends_sentence(b) and words(b) > 30 for b in blocks[:2])
    )
    if len(blocks) > 2 and blocks[0].rstrip().endswith(":") and _SERIES_PART.match(blocks[1]):
        blocks[0:2] = [f"{blocks[0].rstrip()} {blocks[1]}"]  # "Lan tỏa ... Nghệ An:" over "Bài 2: ...": one title
    clause = None if html or long_summary else opening_clause(blocks[0], MAX_HEADLINE_WORDS)
    if clause is not None:  # one long sentence opens the page: its first clause heads it
        blocks[0:1] = list(clause)
    whole = not html and fronted_opening(blocks[0])  # "Với lợi thế ..., huyện X đã ...": one sentence heads it
    if words(blocks[0]) > MAX_HEADLINE_WORDS and not long_summary and not whole:
        where = "the page's title" if html else "the first line"
        raise InputError(
            f"{source}: no headline found: {where} runs to {words(blocks[0])} words, more than a headline "
            f"({MAX_HEADLINE_WORDS} at most)",
            hint="the page's title element may hold the article's text"
            if html
            else "the article should start with its headline on a line of its own",
        )
    headline = bare_headline(_strip_heading_marks(blocks[0]))
    rest = blocks[1:]
    kind = _DOCUMENT_KIND.match(headline)
    if kind and len(rest) > 1 and rest[0].strip() == kind.group(0).strip():
        rest.pop(0)  # "KẾ HOẠCH" / "Thông tin, tuyên truyền ...": the document's kind over its title again
    titled_again = rest and lead_labels.same_words(rest[0], headline)
    if titled_again or (rest and kind and lead_labels.same_words(rest[0], headline[kind.end() :])):
        rest.pop(0)  # the title printed again, in other case or dashes, or without its kind ("KẾ HOẠCH")
    if len(rest) > 1 and _top_caption(rest[0], headline) and ends_sentence(rest[1]) and not _parallel(rest[0], rest[1]):
        rest.pop(0)
    venue = rest.pop(0) if len(rest) > 2 and lead_labels.venue(rest[0]) else None  # read first, never the lead
    # two subtitles in capitals over the first paragraph ("HƯỚNG DẪN THỦ TỤC ..." / "VIETRANTOUR HƯỚNG DẪN ..."): one
    two = len(rest) > 3 and shouted(rest[0]) and shouted(rest[1]) and not rest[1][:1].isdigit()
    two = two and not numbering(rest[0])  # "PHẦN I" over "VĂN TỰ SỰ": a part and its name head the body
    second = rest.pop(1) if two and _paragraph(rest[2]) else None
    # A subheading (or a subtitle in capitals) right under the headline ("Vụ án rúng động") opens the body.
    # "Tại sao Phật lại ngồi ...?" asking the title again in other words: the lead, never a numbered part's heading
    # ("I. Đi du lịch ... không?") nor one that goes on from the title ("Bảng chữ cái tiếng Hàn có dễ học ...?")
    asked = bool(rest) and lead_labels.restates(rest[0], headline) and not numbering(rest[0])
    asked = asked and not NUMBERED_PART.match(rest[0]) and not rest[0].startswith(headline)
    numbered = (_opens_numbered_part(rest) and not asked) or bool(
        rest and (lead_labels.first_step(rest[0]) or numbering(rest[0]))
    )
    opening = (
        rest.pop(0)
        if not numbered
        and len(rest) > 2
        and (
            is_subheading(rest[0], rest[1]) or shouted(rest[0]) or lead_labels.INTRO_HEADING.match(rest[0]) is not None
        )
        and _paragraph(rest[1])
        and not numbering(rest[1])
        else None
    )
    # "Ghi bàn:" over a list is no lead: the body starts at once; a paragraph of sentences that ends by opening a
    # list ("... Trong đó:") still is; a heading over the page's one paragraph heads it as a chapter, no lead
    lone_part = len(rest) == 2 and words(rest[0]) <= _PART_WORDS and is_subheading(rest[0], rest[1])
    lone_part = lone_part and not asked
    label = rest and (list_label(rest[0]) or numbering(rest[0]) or lead_labels.first_step(rest[0]) or shouted(rest[0]))
    label = label or bulleted_label(rest, draft) or lead_labels.no_lead(rest)
    verse = bool(rest) and 0 in stanzas(rest)  # a poem under the headline: read whole, no line of it a summary
    skip = numbered or lone_part or label or verse or fact_sheet(rest) or lead_labels.opens_a_list(headline, rest)
    fields = leading_fields(rest) if opening is None and not skip else 0
    skip = skip or (fields < len(rest) and _LEGAL_BASIS.match(rest[fields]) is not None)  # a decision's grounds
    # a part's heading under the headline ("Câu hỏi") heads its text, no lead; intros and subtitles stand over one
    heads = (
        opening is not None
        and words(opening) > 2
        and not shouted(opening)
        and not lead_labels.INTRO_HEADING.match(opening)
    )
    heads = heads and not lead_labels.INTRO_LABEL.fullmatch(opening.strip())
    heads = heads and not lead_labels.restates(opening, headline)  # a subtitle saying the headline again
    heads = heads or (opening is not None and lead_labels.heads_a_list(opening, rest))
    lead = rest.pop(fields) if rest and not skip and not heads else None
    if lead is not None and rest and echoes_title(rest[0], headline):
        rest.pop(0)
    if opening is not None and not lead_labels.INTRO_LABEL.fullmatch(opening.strip()):  # the lead is the intro
        rest.insert(0, opening)
    if second is not None:
        rest.insert(1 if opening is not None else 0, second)
    rest[:0] = [venue] if venue is not None else []
    return Article(
        source=source,
        headline=headline,
        lead=lead,
        sections=_sections(rest, lead is not None and lead.rstrip().endswith(":"), draft.listed),
        byline=draft.byline,
        outlet=draft.outlet,
        category=category,
        published=draft.published,
    )


# a document's kind in capitals opening its title: "KẾ HOẠCH Thông tin, tuyên truyền ..."
_DOCUMENT_KIND = re.compile(
    r"^(?:KẾ HOẠCH|THÔNG BÁO|QUYẾT ĐỊNH|BÁO CÁO|CÔNG VĂN|HƯỚNG DẪN|CHỈ THỊ|NGHỊ QUYẾT|TỜ TRÌNH"
    r"|THƯ MỜI|GIẤY MỜI)\s+(?=\S)"
)


def _parallel(a: str, b: str) -> bool:
    """ "Ưu đãi bắt đầu áp dụng ..." over "Ưu đãi chỉ áp dụng ...": items of one list, opening alike."""
    return a.split()[:2] == b.split()[:2]


def _paragraph(block: str) -> bool:
    """Sentences, not a heading: a block that ends one, or runs to twenty words or more (a reader's
    letter may close on its signature: "... (Nguyễn Đình Tín - 56 tuổi, TPHCM)")."""
    return ends_sentence(block) or words(block) >= _PARAGRAPH_WORDS


def _top_caption(block: str, headline: str) -> bool:
    """A line under the headline too long for a subheading and without a full stop, over the paragraph: the caption of
    the page's first picture ("Học sinh, sinh viên được xem là đối tượng chính sử dụng xe buýt công cộng")."""
    return (
        MAX_SUBHEADING_WORDS < words(block) <= _MAX_CAPTION_WORDS
        and not (ends_sentence(block) or block.startswith("Là "))  # "Là tổn thương ...": what the headline names is
        and not block.endswith((",", ":", ";"))
        and not (numbering(block) or NUMBERED_PART.match(block))  # "1. Festival đua ghe Ngo ...": a part's heading
        and not list_label(block)
        and not lead_labels.extends_title(block, headline)  # the headline's words with more: a summary
        and not LABELLED.match(block)  # "Thành Hoàng được thờ: Ngũ vị Đại Vương: ...": a field, read
        and not lead_labels.NEWS_SUMMARY.search(block)  # "Bộ ... vừa phê duyệt kế hoạch ... (LMLM) năm 2012": the lead
    )


_SUB_ITEM = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s")


def _opens_numbered_part(blocks: list[str]) -> bool:
    """ "1. Quy định chung" over "1.1. Tất cả khách ..." or "a) ...", "1. Mục đích", "1.1 ..." or a question ("Ai được
    cấp thẻ ...?") over its first paragraph: the first part's heading right under the headline, no lead
    (its first paragraph is not read before its heading)."""
    if len(blocks) < 2:
        return False
    first = re.match(r"(\d{1,2})[.)]\s", blocks[0])  # "2. Phạm vi ..." over "3. Phương thức ...": a copy from item 2
    if first and any(re.match(rf"{int(first[1]) + 1}[.)]\s", b) for b in blocks[1:3]):
        return True  # "1. Tối thứ hai tuần này ..." over "2. Lớp tìm hiểu ...": a notice's numbered items, no lead
    if _PART_ONE.match(blocks[0]) and _SUB_ITEM.match(blocks[1]) and words(blocks[0]) <= _PART_ONE_WORDS:
        return True  # "1. Đi làm căn cước cần mang theo những gì?" over "1.1 Đổi từ ...": a heading asks
    if _PART_ONE.match(blocks[0]) and blocks[0].rstrip().endswith("!") and words(blocks[0]) <= _PART_ONE_WORDS:
        return True  # "1. Giới thiệu: ... – Đừng Quá Lo Lắng!": a heading that exclaims
    if not is_subheading(blocks[0], blocks[1]):
        return False
    parts = ((_SUB_ITEM, blocks[1]), (_FIRST_LETTER, blocks[1]), (_PART_ONE, blocks[0]), (_QUESTION_HEADING, blocks[0]))
    parts += ((_STEP_ONE, blocks[0]),)  # "Bước 1: Xử lý chống thấm" over its paragraph: the first step's heading
    parts += ((_SUB_ITEM, blocks[0]), (_PART_ONE, blocks[1]))  # "1.1 Dinh dưỡng" under "1. ...", a part over "1. ..."
    parts += ((_ROMAN_PART, blocks[0]),)  # "IV. THỜI KỲ CẬN ĐẠI" under "... – Phần 2": a series' part, in capitals
    return any(p.match(b) for p, b in parts)


_FIRST_LETTER = re.compile(r"^a[.)]\s+\S")  # "Trình tự thực hiện" over "a) Nộp hồ sơ": its first lettered part
_PART_WORDS = 5  # "Bộ xử lý": a part's heading; a longer line over one paragraph may be its title
_PART_ONE = re.compile(r"^(?:1|I)[.)/]\s*[^\W\d_]")
_ROMAN_PART = re.compile(r"^[IVX]{1,4}[.)]\s+[A-ZĐÀ-Ỹ]+(?:\s+[A-ZĐÀ-Ỹ]+)+\b")
_STEP_ONE = re.compile(r"^(?:Bước|Cách|Phần)\s+(?:1|một|I)\s*[:.)–-]\s*[^\W\d_]")
_PART_ONE_WORDS = 20
# "3.Di tích Đình Trần Xá – ...": a numbered list's item
_LIST_ITEM = re.compile(r"^\d{1,2}[.)]\s?[A-ZĐÀ-Ỹ]")


def _strip_heading_marks(block: str) -> str:
    block = re.sub(r"^#{1,6}\s+", "", block)
    block = FORMAT_LABEL.sub("", block)
    if block.startswith("**") and block.endswith("**"):
        block = block[2:-2]
    return block.strip()


def is_subheading(block: str, next_block: str | None) -> bool:
    """Whether `block`, followed by `next_block`, is a subheading rather than a paragraph."""
    if next_block is None:
        return False
    if _MARKDOWN_HEADING.match(block):
        return True
    if _stopped_numbered_heading(block) and _paragraph(next_block) and words(next_block) > words(block):
        return True  # "1. Đại hội công đoàn cơ sở." over its first paragraph: the part's heading, stop and all
    if _QUESTION_HEADING.match(block) and _paragraph(next_block) and words(next_block) >= _ANSWER_WORDS:
        return True  # "Tết Trung Thu là gì ?" over the paragraph that answers it: an explainer's heading
    # a numbered part's heading may run longer over its paragraph ("1. Đọc kỹ và nắm vững ... mỗi chiếc đồng hồ")
    longer = NUMBERED_HEADING.match(block) or dashed_guide_heading(block)  # "... bẩn – Nguyên nhân hàng đầu ..." too
    limit = _PART_ONE_WORDS if longer and _paragraph(next_block) else MAX_SUBHEADING_WORDS
    if words(block) > limit or ends_sentence(block) or block.endswith((",", ":")):
        return False
    if _PHONE_NUMBER.search(block) or len(_MEASURE.findall(block)) >= 2 or re.search(r"\s\d{5,}$", block):
        return False  # "..., đt: 744-9114": a directory's line; "... 50gr bột nếp, 150g đường": a step; a table's row
    if _FIELD_VALUE.search(block) or SALUTATION.match(block) or re.search(r"\s=\s|[×÷]", block):
        return False  # "Thời gian mở cửa : 08:00 – 22:00", a field and its value; "Kính gửi: ...", a greeting; a sum
    if lead_labels.venue(block) or lead_labels.venue(next_block):
        return False  # "Ấp Thân Bình – Xã Châu Thành – Tỉnh Đồng Tháp": an address, and the place's name over it
    if block[0].islower() or block.startswith(('"', "“", "-", "–")) or (block[0] == "(" and block[-1] == ")"):
        return False  # "(Cho một ổ bánh mì khoảng 800 – 900g)": a note in brackets heads nothing
    if LABELLED.match(block) and LABELLED.match(next_block):
        return False  # "100m: 10.17 giây, ..." over "200m: 20.37 giây, ...": a list's lines
    return not _has_unbalanced_quotes(block)


_STOPPED_HEADING_WORDS = 8
_MEASURE = re.compile(r"\d(?:[.,/]\d+)?\s?(?:gr|g|kg|mg|ml|l|lít|muỗng|thìa|chén|cốc|bát)\b")
_QUESTION_HEADING = re.compile(  # "Tết Trung Thu là gì ?", "Ai được cấp thẻ căn cước ... theo quy định?"
    r"^(?=[A-ZĐÀ-Ỹ])(?:(?i:ai|vì sao|tại sao|khi nào|làm sao|làm thế nào|có nên|bao lâu|bao nhiêu|điều gì)"
    r"\s(?:\S+\s+){0,15}\S+"
    r"|(?:\S+\s+){1,15}?(?:gì|thế nào|ra sao|vì sao|tại sao|bao nhiêu|bao lâu|ở đâu|khi nào|nào|không|chưa))\s*\?$"
)
_ANSWER_WORDS = 15
# "Quán mở cửa từ: 8:00 - 18:00", "Địa chỉ: 27K Lê Hồng Phong": a label, a colon, and a value with figures
_FIELD_VALUE = re.compile(r"^[^:]{2,40}\s?:\s+\S*\d")
# "948-4389", "028 3823 4567": a telephone number's groups (never years: "2002-2012")
_PHONE_NUMBER = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\D(?:19|20)\d\d)\d{3,4}[-. ]\d{4}(?![\d.,/])")


def _stopped_numbered_heading(block: str) -> bool:
    """ "1. Đại hội công đoàn cơ sở.", "1. Đặc điểm chung cây hồ tiêu:": a part's number and a few
    words closed by a full stop or a colon, one sentence; or a part's question or call ("1. Chọn điểm đến –
    Đi đâu để không thấy tiếc?", "1. Đưa Cây Vào Nơi Có Mái Che – Ưu Tiên Số Một!")."""
    return (
        NUMBERED_HEADING.match(block) is not None
        and (
            (words(block) <= _STOPPED_HEADING_WORDS and block.endswith((".", ":")))
            or (words(block) <= MAX_SUBHEADING_WORDS and block.endswith(("?", "!")))
        )
        and len(split_sentences(block)) == 1
    )


def _has_unbalanced_quotes(block: str) -> bool:
    """A quotation that goes on over several lines is not a subheading."""
    return block.count('"') % 2 == 1 or block.count("“") != block.count("”")


_LIST_ITEM_WORDS = 15
# the words that make a line a clause, said of what happened, which a heading over a chart is not
_CLAUSE = re.compile(r"(?<!\w)(?:đã|đang|sẽ|vừa|cũng|rất|diễn ra|kéo dài)(?!\w)")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_CLOSING_WORDS = 6
_CONTINUING = re.compile(r"(?:Và|Rồi|Nhưng|Sau đó|Cuối cùng)\s")  # "Và cùng dâng lên mẹ bài ca ...": a sentence goes on


def _closing_sentence(block: str) -> bool:
    """ "Hội nghị đã diễn ra thành công tốt đẹp": the article's last sentence, its stop left off;
    never a numbered heading ("1. Mỹ Linh và liveshow ...") or a box's label ("Các Album đã đăng")."""
    return (
        words(block) >= _CLOSING_WORDS
        and not block[:1].isdigit()
        and (_CLAUSE.search(_QUOTED.sub("", block)) is not None or _CONTINUING.match(block) is not None)
    )


def _described(block: str) -> bool:
    """ "Task Response (25%): khả năng trả lời vấn đề ...": an item saying what its label means, no heading."""
    label, colon, rest = block.partition(":")
    return bool(colon) and not label[:1].isdigit() and LABELLED.match(block) is not None and words(rest) >= 4


def _sections(blocks: list[str], listing: bool = False, bullets: frozenset[str] = frozenset()) -> tuple[Section, ...]:
    """The body's sections; `listing` when the lead opens a list ("... gồm các hoạt động:"), whose
    short lines are its items, read in order, never chapter titles; `bullets`, the scrape's bulleted lines."""
    sections: list[Section] = []
    title: str | None = None
    paragraphs: list[str] = []
    tail = closing_items(blocks, _LIST_ITEM_WORDS)
    if unstopped_page(blocks):  # a page of lines none of which ends a sentence: no line heads the rest
        return (Section(title=None, paragraphs=tuple(blocks)),) if blocks else ()
    verse = stanzas(blocks)

    def heads(j: int) -> bool:
        """ "1. Thể lệ:" heads its part under a paragraph, never under another heading ("II. NỘI DUNG")."""
        after_heading = j > 0 and not ends_sentence(blocks[j - 1]) and blocks[j].endswith(":")
        # "2. Tên khoa học:" over "Bắc Ngũ vị tử: Schizandra ...": what a numbered heading's colon opens, no heading
        opened_by_heading = j > 0 and blocks[j - 1].endswith(":") and _LIST_ITEM.match(blocks[j - 1]) is not None
        opened_by_heading = opened_by_heading and re.search(r"\S: \S", blocks[j]) is not None  # a field, "name: value"
        return (
            not opened_by_heading
            and is_subheading(blocks[j], blocks[j + 1] if j + 1 < len(blocks) else None)
            and not (after_heading and _stopped_numbered_heading(blocks[j]))
            and not bulleted_item(blocks, j, bullets)  # an item that asks, an ingredient
            and not closes_a_list(blocks, j, _LIST_ITEM_WORDS, bullets)  # a list's last item over a paragraph
        )

    for i, block in enumerate(blocks):
        listing = listing and words(block) <= _LIST_ITEM_WORDS
        if listing or i >= tail:
            paragraphs.append(block)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        # of short lines in a row ("CAHN: Hugo Gomes (41')", "SLNA: Zaracho (15')") only the last before a paragraph
        # can head it, the others read as they stand; "2.Di tích ..." after "1.Di tích ...": items, never headings
        numbered = i > 0 and _LIST_ITEM.match(block) and _LIST_ITEM.match(blocks[i - 1])
        numbered = numbered or list_item(blocks, i, bullets)
        listed = numbered or block in bullets or (i > 0 and LABELLED.match(block) and LABELLED.match(blocks[i - 1]))
        opened = i > 0 and _LIST_OPENER.search(blocks[i - 1]) is not None  # "... những thông tin sau:"
        # the last of a schedule's or a price list's lines ("12h00 – 14h00, Tiệc ...", "Tiền học 60,000 yên") is read
        in_run = i > 0 and all(map(_FIGURE.search, blocks[i - 1 : i + 1])) and is_subheading(blocks[i - 1], block)
        closing = _closing_sentence(block) or _described(block) or FIGURE_CELL.fullmatch(block) is not None  # a price
        cut = INNER_STOP.search(block) is not None  # "... (1904–1942). Năm 1938, khi ...": sentences, no heading
        if nxt is None and is_subheading(block, "") and not (listed or opened or in_run or closing or cut):
            continue  # a heading with nothing under it but a chart or a table: not read
        fielded = i > 0 and lead_labels.field_under_field(block, blocks[i - 1])
        if heads(i) and not numbered and not fielded and i not in verse and not (nxt is not None and heads(i + 1)):
            if paragraphs or title is not None:
                sections.append(Section(title=title, paragraphs=tuple(paragraphs)))
            title, paragraphs = _strip_heading_marks(block), []
        else:  # "## I. ..." over "### 1. ...": a Markdown heading over another, read without its marks
            paragraphs.append(re.sub(r"^#{1,6}\s+", "", block))
    if title is not None and not paragraphs and LABELLED.match(title):  # "Số lượng: 200 SV/kỳ" over a widget: a field
        title, paragraphs = (sections[-1].title, [*sections.pop().paragraphs, title]) if sections else (None, [title])
    if paragraphs or title is not None:
        sections.append(Section(title=title, paragraphs=tuple(paragraphs)))
    return tuple(s for s in sections if s.paragraphs)
