"""Every integer up to 10^12 reads without digits and round-trips through a reverse parser."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audio_edition.normalize import SOUTHERN, normalize
from audio_edition.normalize.numbers import read_int

from .reverse import parse

INTEGERS = st.integers(min_value=0, max_value=10**12)


@settings(max_examples=2000, deadline=None)
@given(INTEGERS)
def test_cardinals_round_trip(n: int) -> None:
    spoken = read_int(n)
    assert not re.search(r"\d", spoken)
    assert parse(spoken) == n


@settings(max_examples=500, deadline=None)
@given(INTEGERS)
def test_southern_cardinals_round_trip(n: int) -> None:
    assert parse(read_int(n, SOUTHERN)) == n


@settings(deadline=None)  # timing is not the property; a loaded CI machine must not fail it
@given(st.integers(min_value=0, max_value=10**12))
def test_written_with_dot_separators_reads_the_same(n: int) -> None:
    written = f"{n:,}".replace(",", ".")
    assert normalize(f"có {written} người") == f"có {read_int(n)} người"


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_first_unit_after_tens_is_mot_and_ten_is_muoi(n: int) -> None:
    spoken = read_int(n).split()
    for before, word in zip(spoken, spoken[1:]):
        if word in ("mốt", "lăm", "tư"):
            assert before in ("mươi", "mười") or word != "mốt"
        if before == "mười":
            assert word != "mốt"
        if before == "linh":
            assert word not in ("mốt", "lăm", "tư")


def test_all_numbers_up_to_1100_round_trip() -> None:
    for n in range(1100):
        assert parse(read_int(n)) == n
