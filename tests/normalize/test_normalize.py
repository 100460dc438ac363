"""What the sample needs and the stage's guarantees: no digits, no literal symbols."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audio_edition.chapters import to_segments
from audio_edition.errors import InputError
from audio_edition.ingest import read_document
from audio_edition.normalize import Lexicon, normalize, read_user_lexicon
from audio_edition.normalize.lexicon import builtin_abbreviations
from audio_edition.segment import build_article

from ..conftest import ARTICLES


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_spoken_text_of_every_fixture_has_no_digits_or_literal_symbols(path: Path) -> None:
    segments = to_segments(build_article(read_document(path)), normalize)
    for segment in segments:
        for sentence in segment.sentences:
            assert not re.search(r"[0-9%/&@°+=]", sentence.spoken), (sentence.text, sentence.spoken)


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_no_lexicon_abbreviation_is_left_unexpanded(path: Path) -> None:
    keys = {e.key for e in builtin_abbreviations()}
    segments = to_segments(build_article(read_document(path)), normalize)
    for segment in segments:
        for sentence in segment.sentences:
            tokens = set(re.findall(r"[\w.&/-]+", sentence.spoken))
            assert not tokens & keys, (sentence.text, sentence.spoken, tokens & keys)


def test_user_lexicon_overrides_and_extends(tmp_path: Path) -> None:
    lexicon_file = tmp_path / "lex.tsv"
    lexicon_file.write_text(
        "# mine\nVCCorp\tvi xi co\nABC\tđài a bê xê\nCP\tcông suất\tnext=\\s+\\d\n", encoding="utf-8"
    )
    lex = Lexicon(read_user_lexicon(lexicon_file))
    assert normalize("VCCorp và ABC", lexicon=lex) == "vi xi co và đài a bê xê"
    assert normalize("CP 5 và Công ty CP", lexicon=lex) == "công suất năm và Công ty cổ phần"


def test_a_malformed_lexicon_line_is_named(tmp_path: Path) -> None:
    lexicon_file = tmp_path / "lex.tsv"
    lexicon_file.write_text("VCCorp vi xi co\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"lex.tsv, line 1"):
        read_user_lexicon(lexicon_file)
