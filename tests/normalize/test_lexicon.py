from __future__ import annotations

from collections import Counter
from importlib import resources

from audio_edition.normalize import normalize
from audio_edition.normalize.lexicon import builtin_abbreviations

FOLDER = resources.files("audio_edition.normalize").joinpath("data").joinpath("abbreviations")


def test_the_newsroom_lexicon_has_a_thousand_entries_each_file_naming_its_sources() -> None:
    assert len(builtin_abbreviations()) >= 1000
    for f in FOLDER.iterdir():
        if f.name.endswith(".tsv"):
            head = f.read_text(encoding="utf-8").split("\n\n")[0]
            assert "Source" in head or f.name.startswith("1-"), f.name


def test_no_abbreviation_has_two_defaults() -> None:
    defaults = Counter(e.key for e in builtin_abbreviations() if e.prev is None and e.next is None)
    assert [k for k, n in defaults.items() if n > 1] == []


def test_an_entry_with_a_context_wins_over_the_default_from_an_earlier_file() -> None:
    assert normalize("Xe mang BKS của tỉnh bạn.") == "Xe mang biển kiểm soát của tỉnh bạn."
    assert normalize("BKS công ty đã họp.") == "Ban kiểm soát công ty đã họp."
    assert normalize("BTV Tỉnh ủy họp sáng nay.") == "Ban Thường vụ Tỉnh ủy họp sáng nay."
    assert normalize("BTV Minh Hà dẫn bản tin.") == "biên tập viên Minh Hà dẫn bản tin."
