"""What the sample needs and the stage's guarantees: no digits, no literal symbols."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audio_edition.errors import InputError
from audio_edition.ingest import read_document
from audio_edition.normalize import Lexicon, normalize, read_user_lexicon
from audio_edition.segment import build_article, to_segments

from ..conftest import ARTICLES

CASES = [
    ("Bộ TTTT đã hoàn thiện dự thảo", "Bộ Thông tin và Truyền thông đã hoàn thiện dự thảo"),
    ("Chiều ngày 6/11/2018, tại Hà Nội", "Chiều ngày sáu tháng mười một năm hai nghìn không trăm mười tám, tại Hà Nội"),
    ("tháng 10 năm 2018.", "tháng mười năm hai nghìn không trăm mười tám."),
    ("chiếm 50% tổng số", "chiếm năm mươi phần trăm tổng số"),
    ("Trung tâm đổi mới sáng tạo 4.0 Việt Nam", "Trung tâm đổi mới sáng tạo bốn chấm không Việt Nam"),
    ("nhỏ hơn 2 triệu….", "nhỏ hơn hai triệu."),
    ("Internet vạn vật (IoT), hợp tác", "in tơ nét vạn vật, hợp tác"),
    ("Diễn đàn Kinh tế thế giới (WEF) xây dựng", "Diễn đàn Kinh tế thế giới xây dựng"),
    ("giao cho Zalo (VNG), VCCorp", "giao cho da lô, vê en giê, vê xê Co"),
    ('nhận định:"An toàn an ninh mạng"', "nhận định: An toàn an ninh mạng"),
    ("lúc 07:56 sáng", "lúc bảy giờ năm mươi sáu phút sáng"),
    ("từ 7h30 đến 14h", "từ bảy giờ ba mươi phút đến mười bốn giờ"),
    ("sáng 8/11, mực nước", "sáng ngày tám tháng mười một, mực nước"),
    ("phân bố tại 29/30 quận", "phân bố tại hai mươi chín trên ba mươi quận"),
    ("Chỉ thị số 38/CT-TTg về", "Chỉ thị số ba mươi tám của Thủ tướng Chính phủ về"),
    ("Nghị định 147/2024/NĐ-CP", "Nghị định một trăm bốn mươi bảy năm hai nghìn không trăm hai mươi tư của Chính phủ"),
    ("Nghị định 72/2013 quy định", "Nghị định bảy mươi hai năm hai nghìn không trăm mười ba quy định"),
    ("tháng 10/2018", "tháng mười năm hai nghìn không trăm mười tám"),
    ("giá 1.000.000 đồng", "giá một triệu đồng"),
    ("dài 1,2 km", "dài một phẩy hai km"),
    ("hotline 0901.22.33.66", "hotline không chín không một hai hai ba ba sáu sáu"),
    ("Đề án 06", "Đề án không sáu"),
    ("UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("Đài VTV và FPT", "Đài vê tê vê và ép pê tê"),
    ("phát hiện SIM rác", "phát hiện sim rác"),
    ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
]


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_spoken_form(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_spoken_text_of_every_fixture_has_no_digits_or_literal_symbols(path: Path) -> None:
    segments = to_segments(build_article(read_document(path)), normalize)
    for segment in segments:
        for sentence in segment.sentences:
            assert not re.search(r"[0-9%/&@°+=]", sentence.spoken), (sentence.text, sentence.spoken)


def test_user_lexicon_overrides_and_extends(tmp_path: Path) -> None:
    lexicon_file = tmp_path / "lex.tsv"
    lexicon_file.write_text("# mine\nVCCorp\tvi xi co\nABC\tđài a bê xê\n", encoding="utf-8")
    lex = Lexicon(read_user_lexicon(lexicon_file))
    assert normalize("VCCorp và ABC", lexicon=lex) == "vi xi co và đài a bê xê"


def test_a_malformed_lexicon_line_is_named(tmp_path: Path) -> None:
    lexicon_file = tmp_path / "lex.tsv"
    lexicon_file.write_text("VCCorp vi xi co\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"lex.tsv, line 1"):
        read_user_lexicon(lexicon_file)
