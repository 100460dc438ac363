"""Writing in scripts no Vietnamese voice reads: "(chữ Hán: 吳權; 898–944)", "sushi (寿司)" left out
with the label that introduces it and the mark after it; a Japanese page's middle dot between two
Vietnamese words ("Khóa học・Học phí") a pause."""

from __future__ import annotations

import re

_CJK = r"[\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0400-\u04ff]"  # and Cyrillic
_FOREIGN_SCRIPT = re.compile(
    rf"(?:(?i:chữ Hán|chữ Nôm|Hán tự|tiếng Trung|tiếng Hoa|tiếng Nhật|tiếng Hàn|phồn thể|giản thể)\s*:\s*)?"
    rf"{_CJK}+(?:[\s・·]*{_CJK}+)*(?:\s*[;,])?\s?"
)
_LATIN_MIDDLE_DOT = re.compile(r"(?<=[A-Za-zÀ-ỹĐđ])\s?・\s?(?=[A-Za-zÀ-ỹĐđ])")


def drop_foreign_script(text: str) -> str:
    """`text` without the writing in Chinese, Japanese, Korean or Cyrillic letters."""
    text = _LATIN_MIDDLE_DOT.sub(", ", text)
    if _FOREIGN_SCRIPT.search(text):
        text = re.sub(rf"/(?={_CJK})|(?<=\w)(?={_CJK})", " ", text)  # "Tuổi từ/岁数 20", "chó con排泄 phân": apart
        # "sushi (寿司)", "tiền cao học (研究性 hoặc 科目等履修生)": no brackets left, nor the "hoặc" between
        text = re.sub(r"\s?\(\s*(?:(?:hoặc|hay|và|or|/)\s*)?\)", "", _FOREIGN_SCRIPT.sub("", text))
    return text
