"""A program's source printed in an article ("#define maxLen 800", "void setup() {",
"Serial.begin(115200); //chú ý BAUD là 115200"): lines of code are no sentences a listener can
follow, so they are not read, nor half a template's tag ("expr:class='...'>"); a comment on a line of its own
("// Mặc định led thu ... pin 2") is prose and stays, without its slashes."""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(r"^\s*#\s*(?:define|include|ifdef|ifndef|endif|pragma|undef)\b")
_COMMENT = re.compile(r"(?<!:)//.*$")  # never a link's "https://"
_CODE_MARKS = re.compile(r"[()\[\]=]")
_LONE_COMMENT = re.compile(r"^(\s*)//\s*")
# "expr:class='"loading" + data:blog.mobileClass'>": a blog template's tag, cut in half by the scrape
_TAG_TAIL = re.compile(r"""[\w:-]+=\s*['"].*['"]\s*/?>""")


def _is_code(line: str) -> bool:
    if _DIRECTIVE.match(line):
        return True
    body = _COMMENT.sub("", line).strip()
    if body.isascii() and _TAG_TAIL.fullmatch(body):
        return True
    if not body or not body.isascii() or body[-1] not in ";{}":
        return False
    return len(body) == 1 or _CODE_MARKS.search(body[:-1]) is not None


def drop_source_code(text: str) -> str:
    """`text` without its lines of program code, a comment alone on its line kept as prose."""
    lines = (_LONE_COMMENT.sub(r"\1", line) for line in text.split("\n") if not _is_code(line))
    return "\n".join(lines)
