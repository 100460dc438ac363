"""Words a number follows as their own ("khoản 2", "mục 3", "bảng 4"): after them a number is a part's, never a
source's note mark."""

from __future__ import annotations

NUMBERED_BY = frozenset("khoản điểm mục điều bước phần mẫu hình bảng trang số loại nhóm câu".split())
