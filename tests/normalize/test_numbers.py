"""Cardinal numbers read by Vietnamese rules (mười/mươi, mốt, tư, lăm, linh, không trăm)."""

from __future__ import annotations

import pytest

from audio_edition.normalize import SOUTHERN
from audio_edition.normalize.numbers import read_int, read_number

CARDINALS = [
    (0, "không"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (31, "ba mươi mốt"),
    (55, "năm mươi lăm"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (1000, "một nghìn"),
    (1001, "một nghìn không trăm linh một"),
    (1010, "một nghìn không trăm mười"),
    (2018, "hai nghìn không trăm mười tám"),
    (2020, "hai nghìn không trăm hai mươi"),
    (10000, "mười nghìn"),
    (100000, "một trăm nghìn"),
    (1000000, "một triệu"),
    (1000500, "một triệu năm trăm"),
    (1050000, "một triệu không trăm năm mươi nghìn"),
    (1234567, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"),
    (10**9, "một tỷ"),
    (2_000_000_005, "hai tỷ không trăm linh năm"),
    (10**12, "một nghìn tỷ"),
]


@pytest.mark.parametrize(("n", "spoken"), CARDINALS)
def test_cardinals(n: int, spoken: str) -> None:
    assert read_int(n) == spoken


@pytest.mark.parametrize(
    ("n", "spoken"),
    [(24, "hai mươi bốn"), (105, "một trăm lẻ năm"), (1000, "một ngàn"), (2018, "hai ngàn không trăm mười tám")],
)
def test_southern_reading(n: int, spoken: str) -> None:
    assert read_int(n, SOUTHERN) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("3,5", "ba phẩy năm"),
        ("1,05", "một phẩy không năm"),
        ("1.000.000", "một triệu"),
        ("1 000 000", "một triệu"),
        ("06", "không sáu"),
        ("-5", "âm năm"),
    ],
)
def test_written_numbers(written: str, spoken: str) -> None:
    assert read_number(written) == spoken
