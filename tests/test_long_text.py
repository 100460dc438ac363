"""A sentence longer than any clip should be, and runs of letters no word is as long as."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from audio_edition.audio.layout import PIECE_PAUSE_S, LayoutStream, article_parts
from audio_edition.audio.settings import Pauses
from audio_edition.jobs.episode import requests_for
from audio_edition.model import ClipInfo, Segment, SegmentKind, Sentence
from audio_edition.proctree import run_measured
from audio_edition.text.pieces import MAX_PIECE_CHARS, MAX_TOKEN_CHARS, speech_pieces

MIB = 1 << 20
WORDS = "thành phố đã hoàn thành dự án cải tạo đường giao thông nông thôn mới cho người dân".split()


def unpunctuated(chars: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(WORDS[len(words) % len(WORDS)])
    return " ".join(words)


def test_a_long_sentence_is_spoken_in_pieces_cut_between_words() -> None:
    text = unpunctuated(5000)
    pieces = speech_pieces(text)
    assert len(pieces) >= 5000 // MAX_PIECE_CHARS and all(len(p) <= MAX_PIECE_CHARS for p in pieces)
    assert " ".join(pieces) == text


def test_a_run_of_letters_longer_than_any_word_is_not_read() -> None:
    blob = "Q" * (MAX_TOKEN_CHARS + 1)
    assert speech_pieces(f"trước {blob} sau") == ("trước sau",)
    assert speech_pieces(blob) == ()


def test_the_pieces_are_placed_together_under_one_cue() -> None:
    text = unpunctuated(1000)
    segment = Segment(SegmentKind.BODY, "Nội dung", ((Sentence("Câu dài.", text),),))
    requests = requests_for((segment,))
    assert [r.text for r in requests] == list(speech_pieces(text)) and len(requests) > 1
    clip = ClipInfo("k", 22050, 22050, b"\0" * 8 * 50, 0.1)
    stream = LayoutStream(article_parts([segment]), lambda _: clip, Pauses(), 22050)
    placements = list(stream)
    assert len(placements) == len(requests)
    (cue,) = stream.layout.cues
    assert cue.text == "Câu dài." and cue.start_ms == 0
    assert cue.end_ms >= len(requests) * 1000 + (len(requests) - 1) * PIECE_PAUSE_S * 1000 - 30


@pytest.mark.e2e
def test_a_paragraph_with_no_punctuation_builds_in_bounded_memory(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text(f"Bài không có dấu câu\n\nĐoạn mở đầu ngắn.\n\n{unpunctuated(12000)}\n", encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "audio_edition", "-q", "build", str(article), "-o", str(out), "--engine", "espeak"]
    run = run_measured(cmd + ["--no-cache"])
    assert run.returncode == 0, run.stderr.decode()
    manifest = json.loads(next(p for p in out.glob("*.json") if ".chapters" not in p.name).read_text())
    body = next(s for s in manifest["segments"] if s["kind"] == "body")
    assert len(body["sentences"]) == 1 and body["sentences"][0]["end_ms"] > 300_000  # five minutes, one cue
    assert run.peak_anonymous_bytes < 100 * MIB, run.peak_anonymous_bytes / MIB
