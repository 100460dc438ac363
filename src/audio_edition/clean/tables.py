"""A table a page wrote in pipes, a header row over a rule of dashes ("| Lõi lọc | Thời gian thay |"
/ "|---|---|" / "| Màng RO | 18 – 36 tháng |"), or with no rule when three rows or more have the
same cells: each row read as a sentence, its first cell (after its column's name when it is a bare figure,
"Độ tuổi 2 – 4"), a colon, and the others after their
column's name when there are more than one ("Tốc độ sạc: Ắc quy (chì) 6–8 giờ, Pin Lithium (LFP) 3–5
giờ."), so a listener hears what the table says."""

from __future__ import annotations

import re

_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|]+(?:\|[^|]*)+\|\s*$")  # "Vang đỏ | 3 – 5 ngày |": its first pipe left off


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _sentence(header: list[str], row: list[str]) -> str:
    first, rest = row[0].rstrip(" :"), row[1:]  # "| Cấp xét xử: | Sơ thẩm |": the label's own colon
    if first[:1].isdigit() and header[0] and not _DIGIT.search(header[0]):
        first = f"{header[0].rstrip(' :')} {first}"  # "| 2 – 4 |" under "| Độ tuổi |": a bare figure says its column
    if len(rest) == 1:
        said = rest[0]
    else:
        said = ", ".join(f"{name} {cell}".strip() for name, cell in zip(header[1:], rest) if cell)
    return f"{first}: {said}." if first else f"{said}."


def _unruled_rows(lines: list[str], i: int) -> int:
    """How many lines from `i` are rows in pipes with as many cells as the first, two or more."""
    if not _ROW.match(lines[i]) or len(width := _cells(lines[i])) < 2:
        return 0
    n = 1
    while i + n < len(lines) and _ROW.match(lines[i + n]) and len(_cells(lines[i + n])) == len(width):
        n += 1
    return n


_NUMBER_CELL = re.compile(r"[\d\s.,–-]+(?:[^\W\d_]{1,3})?")  # "10 - 15", "0,5mm"
_CELL_LINES = 9  # three rows of three cells, the least a table printed a cell a line is read as


def _columns(cells: list[str]) -> int:
    """How many columns a table printed one cell a line has: the fewest (two to five) that put the
    figures ("10 - 15") of every row under the header in one column and the names in another; 0 when
    none does."""
    for width in range(2, 6):
        rows = [cells[k : k + width] for k in range(width, len(cells) - width + 1, width)]
        if len(rows) < 2:
            break
        figures = [all(_NUMBER_CELL.fullmatch(row[j]) for row in rows) for j in range(width)]
        if any(figures) and not all(figures):
            return width
    return 0


def _cells_a_line(lines: list[str]) -> list[str]:
    """`lines` with a table printed one cell a line, each under a line of a bar ("Lớp vật liệu" / "|" /
    "Độ dày (cm)" / "|" / ...), written back as rows in pipes under a rule; a row the page cut short goes."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end + 1 < len(lines) and lines[end].strip() not in ("", "|") and lines[end + 1].strip() == "|":
            end += 2
        cells = [lines[k].strip() for k in range(i, end, 2)]
        width = _columns(cells) if len(cells) >= _CELL_LINES else 0
        if not width:
            out.append(lines[i])
            i += 1
            continue
        rows = [cells[k : k + width] for k in range(0, len(cells) - width + 1, width)]
        out.extend(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width])
        out.extend("| " + " | ".join(row) + " |" for row in rows[1:])
        i = end  # the line after the last bar is no cell: the text goes on there
    return out


_CELL_WORDS = 14  # a cell printed on its own line, between blank lines, is no longer than this
_CELL_LINE = re.compile(r"^\s*(?![-–•+*]\s|\d{1,2}[.)]\s|[IVX]{1,4}\.\s)[^.!?:|]*\w[^.!?:|,]*$")
_DIGIT = re.compile(r"\d")


def _cell_column_count(cells: list[str], announced: bool) -> tuple[int, int, int]:
    """How many columns a table printed a cell a line between blank lines has, and how many of the cells are its
    own: the width (three to six) whose header cells hold no figure and whose rows, three or more (two under a
    line that announces them, "... qua bảng sau:"), put figures in the most columns (a visa's code, its stay, in
    every row), and a score (twice how many do, one more when the first column, the rows' names, holds none); a
    short line after its last row is the next part's heading, no cell.
    (0, 0, 0) when no column holds figures in every row."""
    best, best_score, used = 0, 0, 0
    for width in range(3, 7):
        header, rest = cells[:width], cells[width:]
        rest = rest[: len(rest) - len(rest) % width]
        least = (2 if announced else 3) * width
        if len(rest) < least or any(_DIGIT.search(c) for c in header):
            continue
        rows = [rest[k : k + width] for k in range(0, len(rest), width)]
        figures = sum(all(_DIGIT.search(row[j]) for row in rows) for j in range(width))
        score = 2 * figures + (not any(_DIGIT.search(row[0]) for row in rows))  # a row's key: its name
        if 0 < figures < width and score > best_score:
            best, best_score, used = width, score, width + len(rest)
    return best, used, best_score


def _blank_parted_cells(lines: list[str]) -> list[str]:
    """`lines` with a table printed a cell a line between blank lines ("Loại visa" / "" / "Ký hiệu" / ""
    / ... / "C-3-9" / "" / "1 lần" / ...) written back as rows in pipes under a rule."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _is_cell(lines[end]) and (end + 1 >= len(lines) or not lines[end + 1].strip()):
            end += 2
        cells = [lines[k].strip() for k in range(i, min(end, len(lines)), 2)]
        announced = any(line.rstrip().endswith(":") for line in out[-2:])  # "... qua bảng sau:" over it
        width, used, score = _cell_column_count(cells, announced) if len(cells) >= _CELL_LINES else (0, 0, 0)
        _, used_after, score_after = _cell_column_count(cells[1:], announced)  # "Nguyên Liệu Cần Chuẩn Bị" over it
        if not width or (score_after, used_after - len(cells) + 1) > (score, used - len(cells)):
            out.append(lines[i])
            i += 1
            continue
        rows = [cells[k : k + width] for k in range(0, used, width)]
        out.extend(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width])
        out.extend("| " + " | ".join(row) + " |" for row in rows[1:])
        i += 2 * used - 1  # the blank line after its last row; a heading after it reads as a heading
    return out


def _is_cell(line: str) -> bool:  # "Có thể dùng sữa tiệt trùng (Vinamilk, TH True Milk,...)": a list's dots too
    return bool(_CELL_LINE.match(_TRAILING_DOTS.sub("", line))) and len(line.split()) <= _CELL_WORDS


_TRAILING_DOTS = re.compile(r",?\s*(?:\.{3}|…)")


def _rows_over_lines(lines: list[str]) -> list[str]:
    """`lines` with the rows of a ruled table whose cells break over lines ("|" / "Lịch dương 1 ..." / "Ngày bình
    thường" / "|" / "Thứ Năm ... Tội Chỉ |") written back one row a line, a cell's lines joined by commas; a last row
    the page cut short is kept when all its cells have begun."""
    out: list[str] = []
    width = 0
    buffer: list[str] = []
    for line in lines:
        if buffer or (width and (line.strip() == "|" or (line.lstrip().startswith("|") and not _ROW.match(line)))):
            buffer.append(line.strip())
            cells = _cells("\n".join(buffer))
            if buffer[-1].endswith("|") and len(buffer) > 1 and len(cells) == width:
                out.append("| " + " | ".join(_joined(c) for c in cells) + " |")
                buffer = []
            continue
        if out and _RULE_ROW.match(line) and _ROW.match(out[-1]):
            width = len(_cells(out[-1]))
        elif not _ROW.match(line):
            width = 0
        out.append(line)
    if buffer and len(cells := _cells("\n".join(buffer))) == width:
        out.append("| " + " | ".join(_joined(c) for c in cells) + " |")
    else:
        out.extend(buffer)
    return out


_ROW_LOOKAHEAD = 4  # a row's first cell alone on its line, its pipe a few lines on
_LEAD_CELL_WORDS = 12


def _unruled_rows_over_lines(lines: list[str]) -> list[str]:
    """`lines` with the rows of an unruled table in pipes whose cells break over lines ("Tên lễ | Ngày nghỉ | ... |"
    over "Tết dương lịch" / "01/01 |" / "31/12/2022 | 01 | ... |") written back one row a line: a row is done when
    it holds the header's pipes, or one fewer at the table's end (its last, empty cell left off)."""
    out: list[str] = []
    width = 0
    buffer: list[str] = []

    def flush(complete: bool) -> None:
        cells = _cells("\n".join(buffer))
        if complete or (buffer and buffer[-1].endswith("|") and len(cells) == width - 1):
            out.append("| " + " | ".join(_joined(c) for c in cells + [""] * (width - len(cells))) + " |")
        else:
            out.extend(buffer)
        buffer.clear()

    for i, line in enumerate(lines):
        s = line.strip()
        soon = any("|" in n for n in lines[i + 1 : i + 1 + _ROW_LOOKAHEAD] if n.strip())
        if width and not buffer and (_RULE_ROW.match(line) or (_ROW.match(line) and s.count("|") >= width)):
            width = 0 if _RULE_ROW.match(line) else width  # a ruled table, read as it is; a whole row
            out.append(line)
            continue
        if width and s and ("|" in s or (soon and len(s.split()) <= _LEAD_CELL_WORDS) or buffer):
            if buffer and "|" not in s and not soon:
                flush(False)
                width = 0
                out.append(line)
                continue
            buffer.append(s)
            if "\n".join(buffer).count("|") >= width and s.endswith("|"):
                flush(True)
            continue
        if buffer:
            flush(False)
        inside = bool(out) and bool(_ROW.match(out[-1]) or _RULE_ROW.match(out[-1]))  # a row of a table begun
        width = s.count("|") if _ROW.match(line) and s.endswith("|") and len(_cells(s)) >= 3 and not inside else 0
        out.append(line)
    if buffer:
        flush(False)
    return out


# a law library's box of a document's properties over its text ("| Số hiệu | 167/2025/QĐ-UBND |", "| Người ký | ... |")
_DOCUMENT_PROPERTIES = frozenset(
    "Số hiệu|Ký hiệu|Ngày ban hành|Ngày có hiệu lực|Ngày hết hiệu lực|Loại văn bản|Cơ quan ban hành|Nơi ban hành"
    "|Người ký|Lĩnh vực|Tình trạng|Tình trạng hiệu lực|Ngày công báo|Số công báo|Cấp ban hành".split("|")
)


def _joined(cell: str) -> str:
    return ", ".join(" ".join(part.split()) for part in cell.split("\n") if part.strip())


# "TypeExampleBehavior" over "RelativeA1Changes when copied": a table whose cells the scrape glued, its header three
# to six capitalized words run together, each row opening on a word run into its next cell
_GLUED_HEADER = re.compile(r"(?:[A-Z][a-z]{2,}){3,6}")
_GLUED_ROW = re.compile(r"[A-Z][a-z]{2,}[A-Z0-9$]\S*")


def _without_glued_tables(lines: list[str]) -> list[str]:
    """The lines without such a table: its header and the glued rows under it; nothing a listener could follow."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        rows = 0
        if _GLUED_HEADER.fullmatch(lines[i].strip()):
            while i + 1 + rows < len(lines) and _GLUED_ROW.match(lines[i + 1 + rows].strip()):
                rows += 1
        if rows:
            i += 1 + rows
            continue
        out.append(lines[i])
        i += 1
    return out


def read_pipe_tables(text: str) -> str:
    """`text` with each table in pipes turned into one sentence a row, a table whose cells were glued dropped; other
    lines as they were."""
    lines = _cells_a_line(_blank_parted_cells(_without_glued_tables(text.split("\n"))))
    lines = _unruled_rows_over_lines(_rows_over_lines(lines))
    out: list[str] = []
    i = 0
    while i < len(lines):
        ruled = i + 1 < len(lines) and _ROW.match(lines[i]) and _RULE_ROW.match(lines[i + 1])
        rows = _unruled_rows(lines, i)
        if not ruled and rows < 3 and not (rows == 2 and len(_cells(lines[i])) >= 3):  # "Tiêu chí | A | B |"
            out.append(lines[i])
            i += 1
            continue
        header = _cells(lines[i])
        i += 2 if ruled else 1
        said: list[str] = []
        labels = {header[0].rstrip(" :")}
        while i < len(lines) and _ROW.match(lines[i]):
            row = _cells(lines[i])
            if len(row) == len(header) and any(row):
                said.append(_sentence(header, row))
                labels.add(row[0].rstrip(" :"))
            i += 1
        if len(header) != 2 or len(labels & _DOCUMENT_PROPERTIES) < 3:
            out.extend(said)
    return "\n".join(out)
