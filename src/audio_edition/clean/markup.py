"""A text scrape that kept the page's markup: a print view or a content system that pasted its
HTML into the text ("<div id=...><p>Việt Nam th&ocirc;ng qua ...</p>"). Its tags are no words
and its entities are letters: the tags go (a block's tag ends a line) and the entities are
decoded, so "th&ocirc;ng" is read "thông". Text with no tag and no entity is left as it is."""

from __future__ import annotations

import html
import re

from ..text.letters import LOWER, UPPER

_BLOCK_TAG = re.compile(
    r"</?(?:div|p|h[1-6]|ul|ol|li|table|tr|td|th|section|article|blockquote)\b(?:[^<>]*>|[^<>\n]*$)", re.I | re.M
)  # a tag the scrape cut off at the end of a line ('<h2 style="font-weight: bold; margi') too
# Word's own tags pasted with its HTML too: "<?xml:namespace prefix = o ... />", "<o:p></o:p>"
_INLINE_TAG = re.compile(
    r"</?(?:span|strong|b|i|em|u|a|font|img|sup|sub|small|label|[a-z]:[a-z]+)\b[^<>]*>|<\?xml\b[^<>]*>", re.I
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


# "**Bước 1:** Đặt trẻ nằm nghiêng": Markdown's bold, not a bullet (a line's "* " is one)
_MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# "Bình [ắc quy oto bao lâu phải thay](https://www.hoclaixetphcm.com/...) về cơ bản": a Markdown link, its words
_MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,200})\]\((?:https?://|www\.|/)[^()\s]*\)")


# ":contentReference[oaicite:0]{index=0}": a chat assistant's citation left in a generated page
_CITATION_MARK = re.compile(r"\s*:?contentReference\[oaicite:\d+\]\{index=\d+\}")


# '{"the-thao":"Th\u1ec3 thao"}': a page's data (its tags and their names) printed as a line
_JSON_LINE = re.compile(r'^[ \t]*\{\s*"[^"\n]*"\s*:[^\n]*\}[ \t]*$', re.M)


# "icon-toc-mobile": an icon's class name printed as a line, before the lines are joined
_ICON_LINE = re.compile(r"^[ \t]*icon(?:-[a-z0-9]+)+[ \t]*$", re.M)


# "Contents" / "ToggleChăm sóc mèo con ...": a contents box's button glued to the first line under it
_TOC_TOGGLE = re.compile(rf"^[ \t]*Toggle(?=[{UPPER}]|\d{{1,2}}\.\s)", re.M)  # "Toggle1. Liệu pháp ..." too


# "phải và !important;o viện", "Đâ !important;y là": a style rule a page's editor pasted into the
# text, even inside a word; it goes with the space before it, and the word closes again
_STYLE_RULE = re.compile(  # a wiki's "[sửa]" too, and a link's "<xem thêm>" in angle brackets
    r"[ \t]?!important;|\[(?:sửa|sửa mã nguồn|sửa \| sửa mã nguồn|edit)\]|[ \t]?<(?:xem thêm|đọc thêm|chi tiết)>"
)

# "&ldquo !important;Con mèo": an entity the style rule took the semicolon from; "<!—->": a comment's
# marks, their dashes made one by a word processor
_ENTITY_BEFORE_RULE = re.compile(r"(&[a-zA-Z]{2,8})[ \t]?!important;")
_COMMENT = re.compile(r"[ \t]?<!(?:--|[—–])[^<>\n]{0,200}?(?:--|[—–])?-?>")

# "[tintuc] CÂU LỤC CHÉP": a blog template's shortcode opening a line, a word in plain small letters in brackets
_SHORTCODE = re.compile(r"^[ \t]*\[[a-z]{3,12}\][ \t]*(?=\S)", re.M)
# '[caption id="attachment_22925" align="aligncenter" width="661"]Mỗi căn nhà ...': WordPress's caption code and the
# picture's caption it holds, to the line's end (or its closing "[/caption]")
_WP_CAPTION = re.compile(r"^[ \t]*\[caption\b[^\]\n]*\][^\n]*?(?:\[/caption\][ \t]*|$)", re.M)
# "Bài [topic id=63]”Bàn thêm ...”[/topic]", "[b]...[/b]", "[url=...]...[/url]", "[h=1]...[/h]": a forum's link,
# style and heading codes
_BB_CODE = re.compile(
    r"\[/?(?:b|i|u|s|h|url|img|quote|topic|post|thread|size|color|center|font)(?:[= ][^\[\]\n]{0,80})?\]", re.I
)

# "... hoàn hảo? [b]Vấn đề cơ bản – nguồn tín hiệu[/b] Home theater ...": a bold heading inside a flattened answer
_BB_HEADING = re.compile(r"(?<=[.!?]) \[b\]([^\[\]\n.!?]{3,80})\[/b\] (?=[A-ZĐÀ-Ỹ])", re.I)

# "$90^\circ\text{C}$", "$10\%$": a formula's TeX a chat assistant wrote into a page; its signs are read
_TEX_MATH = re.compile(r"\$(?=[^$\n]*[\\^])([^$\n]{1,60})\$")
_TEX_SIGNS = {r"\times": "×", r"\cdot": "·", r"\%": "%", r"\pm": "±", r"\le": "≤", r"\ge": "≥"}


def _plain_math(m: re.Match[str]) -> str:
    formula = re.sub(r"\^\s*\{?\\circ\}?|\\circ", "°", m.group(1))
    formula = re.sub(r"\\(?:text|mathrm|textrm|mathbf|mbox)\{([^{}]*)\}", r"\1", formula)
    for sign, plain in _TEX_SIGNS.items():
        formula = formula.replace(sign, plain)
    return re.sub(r"\\[a-zA-Z]+|[{}]", "", formula)


# "![[Review] Đánh giá vivo v50 ...](https://.../vivo-v50-01.jpg)": a Markdown picture, its alt text
# and address (brackets inside its alt text too)
_MARKDOWN_PICTURE = re.compile(r"!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([^()\s]*\)")


# "9820.jpgTrân trọng giới thiệu ...": a picture's file name glued to the line under it
_GLUED_FILE_NAME = re.compile(rf"^[ \t]*[\w-]+\.(?:jpe?g|png|gif|webp)(?=[{UPPER}])", re.M | re.I)


# "(Dự thảo ...)   LỊCH SỬ ... (Dự thảo ...)  I. LỊCH SỬ ...": a page's blocks flattened onto one line, runs of
# spaces where their breaks were: after a bracket closing before capitals, and before a numbered part in capitals
_FLATTENED_BREAK = re.compile(
    rf"(?<=\))[ \t]{{2,}}(?=[{UPPER}]{{2}})|[ \t]{{2,}}(?=(?:[IVX]{{1,4}}|\d{{1,2}})\.\s+[{UPPER}]{{2}})"
)


def _bb_gap(m: re.Match[str]) -> str:
    """A forum's code parts words, unless it sits inside one ("M[FONT=\"]ụ[/FONT]c": a letter set in another font)."""
    before, after = m.string[max(0, m.start() - 1) : m.start()], m.string[m.end() : m.end() + 1]
    return "" if before.isalpha() and after.isalpha() else " "


def _flattened(text: str) -> str:
    return _CAPITAL_HEADING_ON_TEXT.sub("\\1\n", _FLATTENED_BREAK.sub("\n", text))


# "I. LỊCH SỬ XÂY DỰNG ... VIỆT NAM Quyền bào chữa và ...": a numbered part's heading in capitals, its text after it
_CAPITAL_HEADING_ON_TEXT = re.compile(
    rf"^((?:[IVX]{{1,4}}|\d{{1,2}})\.\s+(?:[{UPPER}]+[ ,]+){{2,}}[{UPPER}]+) (?=[{UPPER}][{LOWER}]+ [{LOWER}])", re.M
)


def strip_markup(text: str) -> str:
    """`text` without the HTML tags a scrape kept, its entities decoded, and without Markdown's
    bold marks, links' addresses and pictures, a chat assistant's citation marks and TeX formulas, lines of a page's
    JSON data, icons' names, a contents box's "Toggle", style rules ("!important;") and comments, a template's
    shortcodes ("[tintuc]", WordPress's "[caption ...]" with its caption) or a forum's codes ("[topic id=63]",
    "[/b]"), a picture's file name glued to a line; blocks flattened onto one line are parted."""
    text = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_BOLD.sub(r"\1", _GLUED_FILE_NAME.sub("", _WP_CAPTION.sub("", text))))
    text = _JSON_LINE.sub("", _CITATION_MARK.sub("", text))
    text = _COMMENT.sub("", _ENTITY_BEFORE_RULE.sub(r"\1;", text))
    text = _ICON_LINE.sub("", _STYLE_RULE.sub("", _TEX_MATH.sub(_plain_math, _TOC_TOGGLE.sub("", text))))
    text = _BB_CODE.sub(
        _bb_gap, _BB_HEADING.sub("\n\\1\n", _SHORTCODE.sub("", _MARKDOWN_PICTURE.sub("", _flattened(text))))
    )
    if not (_BLOCK_TAG.search(text) or _INLINE_TAG.search(text) or _ENTITY.search(text)):
        return text
    text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    return html.unescape(text)
