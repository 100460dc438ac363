from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audio_edition.text.pieces import split_for_requests

WORDS = st.sampled_from(
    ["xây", "dựng", "Chính", "phủ", "điện", "tử,", "và", "mạng", "xã", "hội.", "triệt", "để", "của", "nhà"]
)


@settings(deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=80))
def test_pieces_fit_never_cut_a_word_and_keep_all_text(words: list[str]) -> None:
    text = " ".join(words)
    pieces = split_for_requests(text, 100)
    assert all(len(p) <= 100 for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_prefers_clause_boundaries() -> None:
    text = (
        "Về nhiệm vụ trọng tâm trong tháng mười một, Bộ trưởng yêu cầu các đơn vị trong ngành thực hiện "
        "một số công việc cụ thể sau: Bưu chính phải có định hướng về phát triển lĩnh vực lô gi stíc."
    )
    pieces = split_for_requests(text, 100)
    assert pieces[0] == "Về nhiệm vụ trọng tâm trong tháng mười một,"
    assert pieces[1].endswith("cụ thể sau:")


def test_compound_words_ending_in_conjunction_like_syllables_stay_whole() -> None:
    text = (
        "Các nhà mạng dùng giải pháp kỹ thuật phát hiện sim kích hoạt trước "
        "và xử lý triệt để tình trạng sim rác ở khắp nơi"
    )
    pieces = split_for_requests(text, 100)
    assert not any(p.endswith("triệt") for p in pieces)


def test_spelled_numbers_are_never_cut() -> None:
    text = (
        "Bộ Thông tin và Truyền thông đã tổ chức hội nghị giao ban quản lý nhà nước tháng mười năm "
        "hai nghìn không trăm mười tám, tại Hà Nội."
    )
    pieces = split_for_requests(text, 100)
    assert any("hai nghìn không trăm mười tám" in p for p in pieces)
    assert all(len(p) <= 100 for p in pieces)


def test_a_word_longer_than_the_limit_is_kept_whole() -> None:
    word = "x" * 120
    assert split_for_requests(f"{word} và y", 100) == [word, "và y"]


@pytest.mark.parametrize("text", ["", "   "])
def test_empty(text: str) -> None:
    assert split_for_requests(text, 100) == []
