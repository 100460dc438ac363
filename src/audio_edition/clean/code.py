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


# a code box's language label over its numbered lines: "Text" / "1=SUM(A1:A10) → Cộng ..." / "2=IF(...)"
_BOX_LABELS = frozenset(
    "text plaintext excel python bash shell sh sql js javascript typescript json html css xml yaml c cpp java".split()
)


def _numbered_box(lines: list[str], at: int) -> int:
    """How many lines from `at` on are a code box under its language label, each line opening with its number
    glued to the code ("1=SUM(...)", "2", "3Copy to B3:"): 0 when none."""
    if lines[at].strip().lower() not in _BOX_LABELS:
        return 0
    n = 1
    while at + n < len(lines) and re.match(rf"{n}(?!\d)", lines[at + n].strip()):
        n += 1
    return n if n > 1 else 0


def drop_source_code(text: str) -> str:
    """`text` without its lines of program code, a comment alone on its line kept as prose; a code box's language
    label and its numbered lines go whole (a spreadsheet's formulas, their "# comments" too)."""
    lines = text.split("\n")
    kept, i = [], 0
    while i < len(lines):
        box = _numbered_box(lines, i)
        if box:
            i += box
            continue
        if not _is_code(lines[i]):
            kept.append(_LONE_COMMENT.sub(r"\1", lines[i]))
        i += 1
    return "\n".join(kept)
