"""A journal's article page (an open journal system's): under the paper's title it prints the issue
("Nghiên cứu | Tập 2 Số 2 (2023)", "Tạp chí ..., Tập 2 Số 2 (2023)"), a download box ("Tải
xuống", "Dữ liệu tải xuống chưa có sẵn."), how to cite the paper ("1." then "Bùi, T. V. H., ...
(2024).") and its authors, each over an affiliation. None of it is read: the abstract under them
is the lead, and its label ("Tóm tắt") goes too. A paper posted elsewhere keeps its authors'
line ("ThS. Phạm Phú Hưng – GĐ2, TS. Nguyễn Thanh Phương1, CN. ...") and their institutions,
numbered ("1Viện KHKT ..., 2Công ty ..."), under its title: those go as well."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft, ends_sentence, looks_like_names, words

# "Nghiên cứu | Tập 2 Số 2 (2023)", "Tạp chí Khoa học ..., Tập 2 Số 2 (2023)": the issue
_ISSUE_LINE = re.compile(r"(?:^|[|,]\s*)Tập\s+\d{1,3},?\s+Số\s+\d{1,3}\s*\((?:19|20)\d\d\)$")
# "Bùi , T. V. H., Nguyễn, T. T. U. & ...": a citation, its authors by surname and initials
_CITATION = re.compile(r"^[^\W\d_]+\s?,\s+(?:[A-ZĐ]\.\s?){1,4},")
_ABSTRACT_WORDS = 20
# "ThS. Phạm Phú Hưng – GĐ2,TS. Nguyễn Thanh Phương1, CN. ...": three or more authors with titles
_TITLED_AUTHOR = re.compile(r"(?:^|[,;]\s*)(?:PGS|GS|TS|ThS|Ths|THS|NCS|BS|LS|KS|CN)\.\s*[A-ZĐÀ-Ỹ]")
_MIN_AUTHORS = 3
# "1Nguyên PVT Viện KHKT ..., 2Công ty CP ..., 3HTX NN Ân Hảo Tây": the institutions, numbered
_NUMBERED_INSTITUTIONS = re.compile(r"^\d[A-ZĐÀ-Ỹ][^,]{3,80}(?:,\s*\d[A-ZĐÀ-Ỹ][^,]{3,80})+$")
_TOP_BLOCKS = 6


def drop_journal_furniture(d: Draft) -> Draft:
    """On a page that prints a journal issue's line under the title, the lines between the title
    and the abstract go: the issue, the download box, the citation and the authors."""
    blocks = d.blocks
    issue = next((i for i, b in enumerate(blocks[1:6], 1) if _ISSUE_LINE.search(b)), None)
    if issue is None:
        return d
    end = issue
    while end < len(blocks) and not (
        words(blocks[end]) >= _ABSTRACT_WORDS and ends_sentence(blocks[end]) and not _CITATION.match(blocks[end])
    ):
        end += 1
    if end == len(blocks):
        return d
    return dataclasses.replace(d, blocks=(blocks[0], *blocks[end:]))


def drop_paper_credits(d: Draft) -> Draft:
    """Near the top, a paper's line of titled authors and its line of numbered institutions."""
    blocks = tuple(
        b
        for i, b in enumerate(d.blocks)
        if i == 0
        or i > _TOP_BLOCKS
        or not (
            (len(_TITLED_AUTHOR.findall(b)) >= _MIN_AUTHORS and not ends_sentence(b)) or _NUMBERED_INSTITUTIONS.match(b)
        )
    )
    return dataclasses.replace(d, blocks=blocks)


_LIBRARY_BAR = " | "
_SUMMARY_OPENING_WORDS = 6
_LIBRARY_TITLE_WORDS = (4, 25)


def split_library_summary(d: Draft) -> Draft:
    """A document library's first block: the summary, a bar, the document's title and the summary
    again with the text after it ("Một trong những mô hình ... | Một số biện pháp kỹ thuật ... Một
    trong những mô hình ..."): the title heads the text, read once."""
    for i, block in enumerate(d.blocks[:2]):
        summary, bar, after = block.partition(_LIBRARY_BAR)
        opening = " ".join(re.findall(r"[^\W\d_]+", summary)[:_SUMMARY_OPENING_WORDS])
        again = after.find(opening) if bar and words(summary) >= _SUMMARY_OPENING_WORDS * 2 else -1
        if again > 0 and _LIBRARY_TITLE_WORDS[0] <= words(after[:again]) <= _LIBRARY_TITLE_WORDS[1]:
            split = (after[:again].strip(), after[again:])
            return dataclasses.replace(d, blocks=(*d.blocks[:i], *split, *d.blocks[i + 1 :]))
    return d


# a magazine's masthead: its roles in capitals, each over the names that hold it
_MASTHEAD_ROLE = re.compile(
    r"(?i:chịu trách nhiệm (?:nội dung|xuất bản)|hội đồng biên tập|ban biên tập|(?:phó )?tổng biên tập"
    r"|thư ký tòa soạn|biên tập(?: và thiết kế| viên)?|trình bày|thiết kế|ban cố vấn)\s*:?"
)
_MIN_MASTHEAD_ROLES = 2


def drop_masthead(d: Draft) -> Draft:
    """ "CHỊU TRÁCH NHIỆM NỘI DUNG" / "HỘI ĐỒNG BIÊN TẬP" / "Phạm Xuân Long" / ... / "TỔNG BIÊN TẬP" /
    "<name>": a magazine's masthead, its roles and their names, two roles or more; and the editor's given
    name over the whole name under the title ("Giang" / "Nguyễn Thị Giang"): the writer of the
    editorial, its byline. None of it is read."""
    blocks, byline = list(d.blocks), d.byline
    if (
        len(blocks) > 3
        and words(blocks[1]) == 1
        and blocks[2].endswith(" " + blocks[1])
        and looks_like_names(blocks[2])
    ):
        byline = byline or blocks[2]
        del blocks[1:3]
    kept: list[str] = []
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and (_MASTHEAD_ROLE.fullmatch(blocks[end]) or _name(blocks[end])):
            end += 1
        if sum(_MASTHEAD_ROLE.fullmatch(b) is not None for b in blocks[i:end]) >= _MIN_MASTHEAD_ROLES:
            i = end
            continue
        kept.append(blocks[i])
        i += 1
    return dataclasses.replace(d, blocks=tuple(kept), byline=byline)


def _name(block: str) -> bool:
    return 2 <= words(block) <= 5 and not ends_sentence(block) and looks_like_names(block)
